"""`build.py --fetch`: download the published definition, snapshot it, regenerate, report what changed.

The download replaces only the base document; the overlay (our names, confidence, paging facts, evidence
corrections) is applied again to it. The report compares the effective specs before and after, so a renamed
operationId in the published file is no change while the overlay pins the name, and adds what the overlay
needs a human for: actions whose target no longer matches, values the published file now states itself
(the override can go), and Python names that had to change. Both sides are compared before the evidence rule
(buildlib.assumed) makes unbacked `required` fields assumed: the report says what the provider changed, not how
our rule reads two layouts (it depends on which schemas are shared); `build.py --bump` then classifies the
regenerated effective spec, the rule included, for the spec's version.

Nothing is written until the download parses and validates with the overlay applied (the effective spec is what
the build uses; the base alone is validated only to name its own problems); if regeneration then
fails, the previous snapshot and metadata are put back (generated_client/ is only replaced after a successful
generation). The change report goes to stdout, progress to stderr, so `--format json` output can be piped.
With dry_run (`--dry-run`) the same report is printed and nothing is written or generated: a scheduled drift job
learns what changed without touching the repository.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from . import metadata, specdiff
from .overlay import Applied, apply_file
from .project import Api, BuildError, Project
from .specs import Spec, check_spec, load_spec, normalize, operations, sha256_of

DEFAULT_API = "onet"
EXIT_OK, EXIT_BREAKING = 0, 1
MAX_PROBLEMS = 3


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def download(url: str, timeout: float) -> bytes:
    """The body at url; BuildError (one line) on network errors, timeouts and HTTP errors."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
    except httpx.TimeoutException:
        raise BuildError(f"{url}: no complete answer within {timeout:g} s (see --timeout)") from None
    except httpx.HTTPStatusError as exc:
        raise BuildError(f"{url}: HTTP {exc.response.status_code} {exc.response.reason_phrase}") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise BuildError(f"{url}: cannot download: {_one_line(str(exc)) or type(exc).__name__}") from None
    return response.content


def check_one_line(spec: Spec, source: str) -> None:
    """check_spec, with its problems folded into one line (the --fetch error format)."""
    try:
        check_spec(spec, source)
    except BuildError as exc:
        problems = [_one_line(line, 200) for line in str(exc).splitlines()[1:]]
        shown = "; ".join(problems[:MAX_PROBLEMS])
        more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        raise BuildError(f"{source}: invalid OpenAPI document: {shown}{more}") from None


def parse(raw: bytes, url: str) -> Spec:
    """The downloaded definition as a mapping; BuildError (one line) when it is not one (validated in run)."""
    try:
        data = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        raise BuildError(f"{url}: not valid JSON: {_one_line(str(exc))}") from None
    if not isinstance(data, dict):
        raise BuildError(f"{url}: not an OpenAPI document (the top level is not an object)")
    return data


def effective(base: Spec, api: Api, source: str) -> Applied:
    """The overlay applied to the download, validated (what the build uses); a base's own problems named first.

    One full validation when the download is fine; when anything fails, the base alone is checked so that a
    problem of the published file is reported against its URL rather than as the overlay's.
    """
    try:
        applied = apply_file(base, api.overlay)
        check_one_line(applied.spec, f"{source} with {api.overlay.name}" if api.overlay else source)
    except Exception:
        if api.overlay is not None:
            check_one_line(base, source)
        raise
    return applied


@dataclass(frozen=True)
class OverlayReport:
    """What the overlay needs a human for after a fetch."""

    unmatched: list[dict[str, Any]]  # actions whose target selects nothing in the new base
    redundant: list[dict[str, Any]]  # values the new base already states, so the override can go
    renamed: list[dict[str, Any]]  # operations (same method + path) whose Python name changed

    def as_dict(self) -> dict[str, Any]:
        return {"unmatched": self.unmatched, "redundant": self.redundant, "renamed": self.renamed}


def _python_name(op: dict[str, Any]) -> dict[str, Any]:
    tags = op.get("tags") or ["default"]
    return {
        "module": f"{tags[0]}.{op.get('operationId')}",
        "method": f"{op.get('x-sdk-namespace')}.{op.get('x-sdk-method')}",
    }


def overlay_report(old: Spec, new: Applied) -> OverlayReport:
    """Unmatched and redundant overlay actions, and Python names that differ between old and new effective specs."""
    unmatched = [
        {"action": a.index, "target": a.target, "description": a.description}
        for a in new.unmatched
        if not a.pin  # a pin (clearing tags before they are set) has nothing to clear in some definitions
    ]
    redundant = [{"action": a.index, "target": a.target, "path": where} for a in new.actions for where in a.redundant]
    before = {(m.upper(), p): _python_name(op) for m, p, op in operations(old)}
    renamed = []
    for method, path, op in operations(new.spec):
        key = (method.upper(), path)
        if key in before and before[key] != _python_name(op):
            renamed.append({"operation": f"{key[0]} {path}", "before": before[key], "after": _python_name(op)})
    return OverlayReport(unmatched, redundant, renamed)


def render_overlay(report: OverlayReport, fmt: str) -> str:
    """The overlay part of the change report in the --format of the rest."""
    counts = f"{len(report.unmatched)} unmatched, {len(report.redundant)} redundant, {len(report.renamed)} renamed"
    if fmt == "markdown":
        lines = ["", "## Overlay", "", counts]
        lines += [
            f"- unmatched action {u['action']}: `{u['target']}` {u['description']}".rstrip() for u in report.unmatched
        ]
        lines += [f"- redundant: `{r['path']}` (action {r['action']})" for r in report.redundant]
        lines += [
            f"- renamed: {r['operation']} `{r['before']['module']}` -> `{r['after']['module']}`" for r in report.renamed
        ]
        return "\n".join(lines)
    lines = ["", f"Overlay: {counts}"]
    if report.unmatched:
        lines.append("  Actions whose target no longer matches (our knowledge that no longer applies):")
        lines += [f"    - #{u['action']} {u['target']} {u['description']}".rstrip() for u in report.unmatched]
    if report.redundant:
        lines.append("  Overrides the published definition now states itself (can be dropped from the overlay):")
        lines += [f"    - {r['path']} (action #{r['action']})" for r in report.redundant]
    if report.renamed:
        lines.append("  Python names that had to change:")
        lines += [f"    - {r['operation']}: {r['before']['module']} -> {r['after']['module']}" for r in report.renamed]
    return "\n".join(lines)


def render(changes: list[specdiff.Change], report: OverlayReport, fmt: str) -> str:
    """The whole change report: the spec diff, then the overlay section (a key of its own in JSON)."""
    text = specdiff.RENDERERS[fmt](changes)
    if fmt == "json":
        data = json.loads(text)
        data["overlay"] = report.as_dict()
        return json.dumps(data, indent=2, ensure_ascii=False)
    return text + "\n" + render_overlay(report, fmt)


def write_snapshot(api: Api, spec: Spec, url: str, now: datetime | None = None) -> None:
    """Write the normalized spec and its metadata (source, UTC retrieval time, sha256 of the file)."""
    api.spec.write_bytes(normalize(spec).encode("utf-8"))
    if api.metadata is not None:
        retrieved = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        metadata.write(
            api.metadata,
            {
                "api": api.name,
                "origin": "published",
                "retrieved_at": retrieved,
                "sha256": sha256_of(api.spec),
                "source_url": url,
                **({"overlay_sha256": sha256_of(api.overlay)} if api.overlay else {}),
            },
        )


def run(
    project: Project,
    names: list[str] | None,
    url: str | None,
    *,
    timeout: float,
    fmt: str,
    rebuild: Callable[[Api], int],
    dry_run: bool = False,
) -> int:
    """Fetch, snapshot and regenerate one API (default onet); print the report; 1 if anything breaks.

    rebuild regenerates the API from its new snapshot, which this function has already validated (with the overlay).
    """
    apis = project.select(names or [DEFAULT_API])
    if len(apis) != 1:
        raise BuildError("--fetch works on one API at a time (pass a single --api)")
    api = apis[0]
    if api.metadata is None:
        raise BuildError(f"{api.name}: its spec is not a snapshot (no metadata file in apis.toml); nothing to fetch")
    source = url or api.published_url
    if not source:
        raise BuildError(f"{api.name}: no published_url in apis.toml; pass --fetch URL")
    raw = download(source, timeout)
    new = parse(raw, source)
    old = apply_file(load_spec(api.spec), api.overlay).spec if api.spec.exists() else {}
    applied = effective(new, api, source)
    changes = specdiff.diff(old, applied.spec)
    report = overlay_report(old, applied)
    if dry_run:
        print(f"fetched {source} ({len(raw)} bytes); dry run: nothing written", file=sys.stderr)
    else:
        _install(api, new, source, len(raw), rebuild)
    print(render(changes, report, fmt))
    return EXIT_BREAKING if any(c.breaking for c in changes) else EXIT_OK


def _install(api: Api, new: Spec, source: str, size: int, rebuild: Callable[[Api], int]) -> None:
    """Write the snapshot and regenerate; on any failure put the previous snapshot and metadata back."""
    kept: dict[Path, bytes | None] = {
        path: path.read_bytes() if path.exists() else None for path in (api.spec, api.metadata) if path
    }
    try:
        write_snapshot(api, new, source)
        print(f"fetched {source} ({size} bytes) into {api.spec}", file=sys.stderr)
        with contextlib.redirect_stdout(sys.stderr):
            status = rebuild(api)
        if status != EXIT_OK:
            raise BuildError(f"regenerating {api.name} failed (exit {status})")
    except BaseException as exc:
        for path, content in kept.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        if isinstance(exc, OSError):
            raise BuildError(f"{exc.filename}: cannot write ({exc.strerror})") from exc
        raise
