#!/usr/bin/env python3
"""Write the synthesized fixtures into contract_tests/fixtures/ (run once; kept for regenerating).

    python scripts/driftlib/synthesize.py                 # both APIs, only files that do not exist yet
    python scripts/driftlib/synthesize.py --api onet      # one API
    python scripts/driftlib/synthesize.py --force         # also overwrite existing synthesized fixtures

Fixtures recorded live (provenance recorded-live) are never overwritten, even with --force: they are better
evidence than anything built here. Every body is checked against the strict spec before it is written, so
the tool refuses to write a fixture that would itself report drift.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `driftlib` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from driftlib.apis import API_NAMES, FIXTURES_DIR, load_apis
from driftlib.fixtures import dump_fixture, format_problems
from driftlib.spec import Spec
from driftlib.validate import ApiChecker

Generator = Callable[[Spec], dict[str, dict[str, Any]]]


def generator(api: str) -> Generator:
    if api == "onet":
        from driftlib.synth.onet_fixtures import onet_fixtures

        return onet_fixtures
    from driftlib.synth.careeronestop_fixtures import careeronestop_fixtures

    return careeronestop_fixtures


def verify(checker: ApiChecker, name: str, fixture: dict[str, Any]) -> list[str]:
    """Why a synthesized fixture may not be written (format problems or drift against the spec)."""
    problems = format_problems(fixture)
    operation = checker.spec.operations[fixture["operationId"]]
    response = fixture["response"]
    problems += [
        f"{p.path}: {p.kind} (expected {p.expected}, seen {p.seen})"
        for p in checker.check(operation, response["status"], response["body"])
    ]
    return [f"{name}: {p}" for p in problems]


def write_api(api: str, out_dir: Path, *, force: bool) -> tuple[int, int, list[str]]:
    """Write one API's fixtures; returns (written, kept, problems)."""
    config = load_apis()[api]
    spec = Spec.load(config.spec_path, name=api)
    checker = ApiChecker(spec)
    fixtures = generator(api)(spec)
    problems = [p for name, fixture in fixtures.items() for p in verify(checker, name, fixture)]
    if problems:
        return 0, 0, problems
    out_dir.mkdir(parents=True, exist_ok=True)
    written = kept = 0
    for name, fixture in sorted(fixtures.items()):
        target = out_dir / name
        if target.exists():
            existing = json.loads(target.read_text(encoding="utf-8"))
            live = existing.get("provenance", {}).get("source") == "recorded-live"
            if live or not force:
                kept += 1
                continue
        target.write_text(dump_fixture(fixture), encoding="utf-8")
        written += 1
    return written, kept, []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", choices=API_NAMES, action="append", help="limit to one API (repeatable)")
    parser.add_argument("--out", type=Path, default=FIXTURES_DIR, help="fixtures root (default: %(default)s)")
    parser.add_argument("--force", action="store_true", help="overwrite synthesized fixtures that exist")
    args = parser.parse_args(argv)
    status = 0
    for api in args.api or list(API_NAMES):
        written, kept, problems = write_api(api, args.out / api, force=args.force)
        for problem in problems:
            print(f"refused: {problem}", file=sys.stderr)
        if problems:
            status = 1
        print(f"{api}: {written} written, {kept} kept")
    return status


if __name__ == "__main__":
    sys.exit(main())
