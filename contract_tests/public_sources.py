"""Checks of recorded-public fixtures: real bodies a third party captured and published in a public repository.

Their provenance names the repository, commit and file, where the body sits in it (`extract`), and every member
of the fixture body the source did not keep (`reconstructed`). `provenance_problems` checks that account on its
own; `source_mismatch` compares the body with the source file's text, so anyone holding the commit can check it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from driftlib.fixtures import Fixture

RECORDED_PUBLIC = "recorded-public"
ENVELOPE = ("start", "end", "total")


def members(path: str) -> list[str]:
    """The member names of a simple JSON path (`$.details.tasks` -> ["details", "tasks"])."""
    return path.split(".")[1:]


def at(value: Any, path: str) -> Any:
    """The value at a simple JSON path; KeyError when a member is missing."""
    for name in members(path):
        if not isinstance(value, dict) or name not in value:
            raise KeyError(f"{path}: no member {name!r}")
        value = value[name]
    return value


def provenance_problems(fixture: Fixture) -> list[str]:
    """What the fixture's own account of its origin gets wrong (empty when it adds up)."""
    provenance, body = fixture.provenance, fixture.body
    extract = provenance["extract"]
    problems: list[str] = []
    reconstructed = [entry["path"] for entry in provenance["reconstructed"]]
    for path in [extract["to"], *reconstructed]:
        try:
            at(body, path)
        except KeyError as exc:
            problems.append(f"{path} is named in the provenance but absent from the body ({exc})")
    if extract["to"] == "$":
        if reconstructed:
            problems.append("the whole body is the source's, so nothing can be reconstructed")
    elif isinstance(body, dict):
        accounted = {members(extract["to"])[0], *(members(p)[0] for p in reconstructed)}
        if unaccounted := sorted(set(body) - accounted):
            problems.append(f"members neither from the source nor listed as reconstructed: {unaccounted}")
    if isinstance(body, dict) and all(k in body for k in ENVELOPE):
        items = at(body, extract["to"]) if extract["to"] != "$" else []
        start, end, total = (body[k] for k in ENVELOPE)
        if end - start + 1 != len(items):
            problems.append(f"the window start={start}&end={end} does not hold the {len(items)} items kept")
        if total < end or ("next" in body) != (end < total):
            problems.append(f"total={total}, end={end} and the presence of next disagree")
        query = fixture.request["query"]
        if (query.get("start"), query.get("end")) != (str(start), str(end)):
            problems.append(f"the request asks for start={query.get('start')}&end={query.get('end')}, not this window")
    if "keep" in extract and len(at(body, extract["to"])) != extract["keep"]:
        problems.append(f"extract.keep is {extract['keep']} but the body holds another number of items")
    if not any(name in provenance["attribution"] for name in ("Creative Commons Attribution 4.0", "CC BY 4.0")):
        problems.append("the attribution names no CC BY 4.0 licence")
    return problems


def source_value(fixture: Fixture, text: str) -> Any:
    """The value the fixture took from the source file's text, after the documented omissions and trimming."""
    extract = fixture.provenance["extract"]
    document = json.loads(text.splitlines()[extract["line"] - 1] if "line" in extract else text)
    value = at(document, extract["from"])
    omitted = {members(path)[0] for path in extract.get("omit", [])}  # top-level members the source added
    if omitted:
        value = {k: v for k, v in value.items() if k not in omitted}
    if "keep" in extract:
        value = value[: extract["keep"]]
    return value


def source_mismatch(fixture: Fixture, text: str) -> str | None:
    """Why the fixture's body differs from what its provenance says the source file holds, or None."""
    expected = source_value(fixture, text)
    kept = at(fixture.body, fixture.provenance["extract"]["to"])
    if kept == expected:
        return None
    if isinstance(kept, list) and isinstance(expected, list):
        diff = next((i for i, (a, b) in enumerate(zip(kept, expected, strict=False)) if a != b), None)
        where = f"item {diff}" if diff is not None else f"{len(kept)} items kept, {len(expected)} in the source"
        return f"{fixture.name}: differs from {fixture.provenance['path']} at {where}"
    return f"{fixture.name}: differs from {fixture.provenance['path']}"


def read_source(mirrors: Path, fixture: Fixture) -> str | None:
    """The source file at its commit from a local git mirror (`<mirrors>/<owner>+<name>/repo`), or None if absent."""
    provenance = fixture.provenance
    git_dir = mirrors / provenance["repository"].replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return None
    shown = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{provenance['commit']}:{provenance['path']}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return shown.stdout if shown.returncode == 0 else None
