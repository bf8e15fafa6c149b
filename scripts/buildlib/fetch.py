"""`build.py --fetch`: download the published definition, snapshot it, regenerate, report what changed.

Nothing is written until the download parses and validates; if regeneration then fails, the previous
snapshot and metadata are put back (generated_client/ is only replaced after a successful generation).
The change report goes to stdout, progress to stderr, so `--format json` output can be piped.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx

from . import metadata, specdiff
from .project import Api, BuildError, Project
from .specs import Spec, check_spec, load_spec, normalize, sha256_of

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


def parse(raw: bytes, url: str) -> Spec:
    """The downloaded definition, checked like a committed spec; BuildError (one line) when unusable."""
    try:
        data = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        raise BuildError(f"{url}: not valid JSON: {_one_line(str(exc))}") from None
    if not isinstance(data, dict):
        raise BuildError(f"{url}: not an OpenAPI document (the top level is not an object)")
    try:
        check_spec(data, url)
    except BuildError as exc:
        problems = [_one_line(line, 200) for line in str(exc).splitlines()[1:]]
        shown = "; ".join(problems[:MAX_PROBLEMS])
        more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        raise BuildError(f"{url}: invalid OpenAPI document: {shown}{more}") from None
    return data


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
) -> int:
    """Fetch, snapshot and regenerate one API (default onet); print the report; 1 if anything breaks."""
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
    old = load_spec(api.spec) if api.spec.exists() else {}
    changes = specdiff.diff(old, new)

    kept: dict[Path, bytes | None] = {
        path: path.read_bytes() if path.exists() else None for path in (api.spec, api.metadata) if path
    }
    try:
        write_snapshot(api, new, source)
        print(f"fetched {source} ({len(raw)} bytes) into {api.spec}", file=sys.stderr)
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
    print(specdiff.RENDERERS[fmt](changes))
    return EXIT_BREAKING if any(c.breaking for c in changes) else EXIT_OK
