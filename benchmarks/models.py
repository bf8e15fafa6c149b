#!/usr/bin/env python3
"""Where a parsed response's time goes: json.loads, the generated from_dict, the tolerance pass (figures, not tests).

    python benchmarks/models.py                 # one table: milliseconds and multiples of json.loads
    python benchmarks/models.py --json          # the same data as JSON
    python benchmarks/models.py --repo OTHER    # measure another checkout's generated_client/ with this script

No HTTP: each body is decoded from bytes (json.loads), built into the operation's success model (from_dict), and
passed whole through `_core.tolerance.parse` (the path every SDK call takes after the transport: the generated
parser plus the response checks). "tolerance pass" is parse minus from_dict, the part the drift checks cost.
Each round measures the three back to back; the table shows medians and, for the ratios, the lowest and highest
round. `breakdown()` returns the rows, so `benchmarks/run.py` can show them beside its own figures.

Bodies: 2,000 O*NET occupation items (the shape of O*NET OnLine's listing, each with a nested `tags` object),
2,000 O*NET database rows (column ids of the Abilities table, illustrative values), and the contract fixture
contract_tests/fixtures/careeronestop/get_occupation_details.json (CareerOneStop details, all include flags).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from run import abilities_row, details_body, occupation_item, run_against  # run.py's bodies, one definition

HERE = Path(__file__).resolve().parents[1]
ITEMS = 2000


def page(key: str, items: list[dict[str, Any]]) -> bytes:
    return json.dumps({"start": 1, "end": len(items), "total": len(items), key: items}).encode()


@dataclass(frozen=True)
class Body:
    """A response body and the model its operation declares for it."""

    title: str
    package: str
    model: str
    content: bytes


def bodies(repo: Path) -> list[Body]:
    return [
        Body(
            f"{ITEMS:,} occupations",
            "onet_client",
            "OnlineOccupationList",
            page("occupation", [occupation_item(n) for n in range(1, ITEMS + 1)]),
        ),
        Body(
            f"{ITEMS:,} database rows",
            "onet_client",
            "DatabaseRowPage",
            page("row", [abilities_row(n) for n in range(1, ITEMS + 1)]),
        ),
        Body(
            "CareerOneStop occupation details",
            "careeronestop_client",
            "OccupationDetailsResponse",
            details_body(repo),
        ),
    ]


@dataclass
class Breakdown:
    """Milliseconds per round for one body: decode, build, and build plus the response checks."""

    title: str
    loads: list[float] = field(default_factory=list)
    from_dict: list[float] = field(default_factory=list)
    parse: list[float] = field(default_factory=list)

    @property
    def checks(self) -> list[float]:
        return [max(0.0, p - f) for p, f in zip(self.parse, self.from_dict, strict=True)]

    def summary(self) -> dict[str, Any]:
        def ratios(values: list[float]) -> list[float]:
            return [v / base for v, base in zip(values, self.loads, strict=True) if base > 0]

        row: dict[str, Any] = {"title": self.title, "rounds": len(self.loads)}
        for name, values in (
            ("loads", self.loads),
            ("from_dict", self.from_dict),
            ("checks", self.checks),
            ("parse", self.parse),
        ):
            row[f"{name}_ms"] = statistics.median(values)
            if name != "loads":
                rs = ratios(values)
                row[f"{name}_x"] = statistics.median(rs)
                row[f"{name}_x_range"] = (min(rs), max(rs))
        return row


def _ms(run: Callable[[], object], repeat: int) -> float:
    """Milliseconds per run; the cyclic GC stays on (collecting the objects a parse makes is part of its cost)."""
    gc.collect()
    started = time.perf_counter()
    for _ in range(repeat):
        run()
    return (time.perf_counter() - started) / repeat * 1e3


class _NoClient:
    """What parse() needs of a client here: nothing to redact, tolerant mode."""

    strict_responses = False


def breakdown(repo: Path = HERE, rounds: int = 7, repeat: int = 0) -> list[Breakdown]:
    """Measure each body `rounds` times with the packages importable now (see run_against for another checkout)."""
    results = []
    for body in bodies(repo):
        model = getattr(importlib.import_module(f"{body.package}.models"), body.model)
        tolerance = importlib.import_module(f"{body.package}._core.tolerance")
        data = json.loads(body.content)

        def loads(content: bytes = body.content) -> object:
            return json.loads(content)

        def from_dict(data: Any = data, model: Any = model) -> object:
            return model.from_dict(data)

        def parse(data: Any = data, model: Any = model, tolerance: Any = tolerance, name: str = body.model) -> object:
            response = httpx.Response(200, content=b"", extensions={tolerance.BODY_EXTENSION: data})
            return tolerance.parse(
                response, client=_NoClient(), declared={200: name}, parse_body=lambda r, b: model.from_dict(b)
            )

        cases: list[tuple[str, Callable[[], object]]] = [("loads", loads), ("from_dict", from_dict), ("parse", parse)]
        n = repeat or max(1, int(0.02 / max(1e-6, _ms(cases[0][1], 1) / 1e3)))  # ~20 ms of json.loads a round
        for _, run in cases:
            run()  # warm: imports, per-class caches
        found = Breakdown(body.title)
        for r in range(rounds):
            order = cases if r % 2 == 0 else cases[::-1]
            for name, run in order:
                getattr(found, name).append(_ms(run, n))
        results.append(found)
    return results


def render(rows: list[Breakdown]) -> str:
    head = f"{'body':34} {'json.loads':>11} {'from_dict':>22} {'tolerance pass':>22} {'parse (both)':>22}"
    lines = [head, "-" * len(head)]
    for found in rows:
        s = found.summary()
        cells = [f"{s['loads_ms']:8.3f} ms"]
        for name in ("from_dict", "checks", "parse"):
            low, high = s[f"{name}_x_range"]
            cells.append(f"{s[f'{name}_ms']:7.3f} ms {s[f'{name}_x']:4.2f}x ({low:.2f}-{high:.2f})")
        lines.append(f"{found.title:34} {cells[0]:>11} {cells[1]:>22} {cells[2]:>22} {cells[3]:>22}")
    lines.append(
        f"medians of {rows[0].summary()['rounds'] if rows else 0} rounds; x = multiple of json.loads "
        "(lowest-highest round)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7, help="rounds per body (default 7)")
    parser.add_argument("--repeat", type=int, default=0, help="runs per measurement (default: ~20 ms of json.loads)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    parser.add_argument("--repo", type=Path, default=HERE, help="checkout whose generated_client/ to measure")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    repo = args.repo.resolve()
    status = run_against(repo, sys.argv[1:] if argv is None else argv, script=__file__)
    if status is not None:
        return status
    rows = breakdown(repo, args.rounds, args.repeat)
    if args.json:
        bodies = [
            {**r.summary(), "values": {"loads": r.loads, "from_dict": r.from_dict, "parse": r.parse}} for r in rows
        ]
        settings = {"repo": str(repo), "rounds": args.rounds, "python": sys.version.split()[0]}
        print(json.dumps({"settings": settings, "bodies": bodies}, indent=1))
    else:
        print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
