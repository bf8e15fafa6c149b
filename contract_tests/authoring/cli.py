"""Rewrite contract_tests/fixtures/ from the authoring data and the current specs.

    python -m contract_tests.authoring                  # both APIs: write what changed, remove stale files
    python -m contract_tests.authoring --api onet       # one API (repeatable)
    python -m contract_tests.authoring --check          # write nothing; exit 1 when a file would change

Run it from the repository root with scripts/ on the path (`tox -e fixtures` does both). Every fixture is
checked for format and strictly against the spec before anything is written; one failure writes nothing.
Recorded files (provenance recorded-live or recorded-public) are never overwritten or removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from driftlib.apis import API_NAMES, FIXTURES_DIR, load_apis
from driftlib.fixtures import dump_fixture, format_problems
from driftlib.validate import checker_for_spec

from .exchanges import Author, AuthoringError, load_api_data


def render(api: str) -> tuple[dict[str, str], list[str], list[str]]:
    """One API's fixture texts by file name, the notices, and the problems that forbid writing them."""
    config = load_apis()[api]
    checker = checker_for_spec(config.spec_path, api)  # cached while the spec file is unchanged
    spec = checker.spec
    author = Author(config, load_api_data(api), spec)
    fixtures = author.fixtures()
    problems: list[str] = []
    for name, fixture in fixtures.items():
        problems += [f"{name}: {p}" for p in format_problems(fixture, config)]
        operation = spec.operations[fixture["operationId"]]
        response = fixture["response"]
        for p in checker.check(operation, response["status"], response["body"]):
            problems.append(f"{name}: {p.path}: {p.kind} (expected {p.expected}, seen {p.seen})")
    return {name: dump_fixture(f) for name, f in fixtures.items()}, author.notices, problems


RECORDED_SOURCES = ("recorded-live", "recorded-public")


def _recorded(path: Path) -> bool:
    """True for a file holding a real body (recorded live or by a third party): evidence the tool never touches."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and data.get("provenance", {}).get("source") in RECORDED_SOURCES


def changes(texts: dict[str, str], folder: Path) -> tuple[list[str], list[str]]:
    """(files to write, files to remove) to make `folder` hold exactly `texts`, recorded files aside."""
    write = [
        name
        for name, text in texts.items()
        if not (folder / name).exists()
        or (not _recorded(folder / name) and (folder / name).read_text(encoding="utf-8") != text)
    ]
    stale = [p.name for p in sorted(folder.glob("*.json")) if p.name not in texts and not _recorded(p)]
    return write, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests.authoring",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--api", choices=API_NAMES, action="append", help="limit to one API (repeatable)")
    parser.add_argument("--out", type=Path, default=FIXTURES_DIR, help="fixtures root (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a fixture would change")
    parser.add_argument("--quiet", action="store_true", help="do not print notices")
    args = parser.parse_args(argv)
    status = 0
    for api in args.api or list(API_NAMES):
        try:
            texts, notices, problems = render(api)
        except AuthoringError as exc:
            print(f"{api}: {exc}", file=sys.stderr)
            return 2
        if not args.quiet:
            for notice in notices:
                print(f"{api}: {notice}")
        if problems:
            for problem in problems:
                print(f"refused: {api}/{problem}", file=sys.stderr)
            status = 1
            continue
        folder = args.out / api
        write, stale = changes(texts, folder)
        if args.check:
            for name in write + stale:
                print(f"stale: {folder / name}")
            status = status or int(bool(write or stale))
            print(f"{api}: {len(texts)} fixtures, {len(write)} to write, {len(stale)} to remove")
            continue
        folder.mkdir(parents=True, exist_ok=True)
        for name in write:
            (folder / name).write_text(texts[name], encoding="utf-8")
        for name in stale:
            (folder / name).unlink()
        print(f"{api}: {len(texts)} fixtures, {len(write)} written, {len(stale)} removed")
    return status
