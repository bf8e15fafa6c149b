#!/usr/bin/env python3
"""The SDKs' costs as ratios against plain httpx, measured side by side in one run (figures, not tests).

    python benchmarks/run.py                  # every figure, one table
    python benchmarks/run.py --json           # the same data as JSON
    python benchmarks/run.py --only call --only import --rounds 3
    python benchmarks/run.py --repo OTHER     # measure another checkout (e.g. an older commit) with this script

Every SDK figure goes through the namespaced surface the README teaches (`client.database.list_rows(...)`,
`.iter()`, `AsyncOnetClient`). Two kinds of figures: "inprocess" ones answer from an httpx.MockTransport under the
SDK's whole stack (retries included) against httpx.Client + json.loads on the same bytes, so no latency hides the
SDK's own cost (plus fresh processes for import and first call); the others are served from 127.0.0.1 by a server
this script starts (paging with a fixed latency). Nothing else is contacted. Each figure is measured in several
rounds (default 15); in every round the SDK case and its reference run back to back (their order alternating), and
the table shows the median ratio, its spread (lowest and highest round) and the median absolute figures.
Operations are looked up by method and path in the package's _spec_index.json, so the script does not depend on
generated names. `--only models` adds benchmarks/models.py's figures when the checkout has that script.

Bodies: O*NET rows use the column ids of the O*NET database's Abilities table with illustrative values;
occupation items have the shape of O*NET OnLine's occupation listing; the CareerOneStop occupation details body
is the contract fixture contract_tests/fixtures/careeronestop/get_occupation_details.json (all include flags).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import importlib
import importlib.util
import inspect
import json
import os
import resource
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

HERE = Path(__file__).resolve().parents[1]
USER_ID = "benchuser0001"
ROWS_TABLE = "abilities"
COS_KEYWORD = "nurse"
DETAILS_KEYWORD, DETAILS_LOCATION = "29-1141.00", "Chicago, IL"
MAX_WINDOW = 2000  # the page size; smaller when the spec caps an operation's page lower
LIVE_WINDOW_CAP = 1000  # O*NET refuses a start/end window over 1,000 items with 422 (live-evidence.md, O4)
UNCAPPED = "X-Bench-Uncapped"  # a request header lifting the cap: only for the labelled "uncapped" reference
REFUSAL = b'{"error": "the window is larger than 1000"}'
GROUPS = ("inprocess", "call", "client", "import", "paging", "memory", "build", "models")
MOCK_BASE = "https://bench.invalid"  # the in-process figures' base URL: answered by an httpx.MockTransport


# ----------------------------------------------------------------------------------------- served data


def abilities_row(n: int) -> dict[str, Any]:
    return {
        "onetsoc_code": f"{11 + n % 43}-{n % 10000:04d}.00",
        "element_id": f"1.A.1.a.{n % 4 + 1}",
        "element_name": "Oral Comprehension",
        "scale_id": "IM" if n % 2 else "LV",
        "data_value": round(1 + (n % 600) / 100, 2),
        "n": 8,
        "standard_error": 0.19,
        "lower_ci_bound": None if n % 3 else 3.52,
        "upper_ci_bound": None if n % 3 else 4.28,
        "recommend_suppress": "N",
        "not_relevant": None,
        "date_updated": "2023-08-01",
        "domain_source": "Analyst",
    }


def occupation_item(n: int) -> dict[str, Any]:
    code = f"{11 + n % 43}-{n % 10000:04d}.00"
    return {
        "href": f"https://api-v2.onetcenter.org/online/occupations/{code}/",
        "code": code,
        "title": f"Occupation {n}",
        "tags": {"bright_outlook": True} if n % 3 == 0 else {},
    }


def details_body(repo: Path) -> bytes:
    """The measured checkout's own fixture, so the body matches the spec its SDK was generated from."""
    fixture = repo / "contract_tests" / "fixtures" / "careeronestop" / "get_occupation_details.json"
    return json.dumps(json.loads(fixture.read_text(encoding="utf-8"))["response"]["body"]).encode()


class Bodies:
    """O*NET rows and occupations, CareerOneStop keyword listing and occupation details: each response body by
    request target (path and query), rendered once and kept, for the 127.0.0.1 server and the in-process mock."""

    def __init__(self, *, base_url: str, rows: int, occupations: int, cos_items: int, details: bytes = b"{}") -> None:
        self.base_url, self.rows, self.occupations, self.cos_items = base_url, rows, occupations, cos_items
        self._lock = threading.Lock()
        self._cache: dict[str, bytes] = {}
        self._details = details

    def body(self, target: str) -> bytes | None:
        with self._lock:
            cached = self._cache.get(target)
        if cached is not None:
            return cached
        body = self._render(target)
        if body is not None:
            with self._lock:
                self._cache[target] = body
        return body

    def prewarm(self, targets: list[str]) -> None:
        for target in targets:
            self.body(target)

    def _render(self, target: str) -> bytes | None:
        url = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        segments = url.path.strip("/").split("/")
        if url.path.startswith("/database/rows/"):
            start, end = self._window(query, self.rows)
            rows = [abilities_row(n) for n in range(start, end + 1)]
            return json.dumps({"start": start, "end": end, "total": self.rows, "row": rows}).encode()
        if url.path.rstrip("/") == "/online/occupations":
            start, end = self._window(query, self.occupations)
            page: dict[str, Any] = {"start": start, "end": end, "total": self.occupations}
            if end < self.occupations:
                size = end - start + 1
                page["next"] = f"{self.base_url}/online/occupations/?start={end + 1}&end={end + size}"
            page["occupation"] = [occupation_item(n) for n in range(start, end + 1)]
            return json.dumps(page).encode()
        if segments[:3] == ["v1", "occupation", USER_ID] and len(segments) == 7:
            first, count = int(segments[5]), int(segments[6])
            items = [
                {"OnetCode": "29-1141.00", "OnetTitle": f"Title {n}", "OccupationDescription": "Assess."}
                for n in range(first, min(first + count, self.cos_items))
            ]
            return json.dumps({"OccupationList": items, "RecordCount": self.cos_items}).encode()
        if segments[:3] == ["v1", "occupation", USER_ID] and len(segments) == 5:
            return self._details
        return None

    @staticmethod
    def _window(query: dict[str, str], total: int) -> tuple[int, int]:
        start = int(query.get("start", "1"))
        return start, min(int(query.get("end", str(start + 19))), total)


class Listings(ThreadingHTTPServer):
    """The Bodies served from 127.0.0.1 with fixed latency.

    Like the live O*NET API, a start/end window over LIVE_WINDOW_CAP items is refused with 422.
    """

    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 drops parallel connects (a 1 s SYN retry)

    def __init__(self, *, latency: float, rows: int, occupations: int, cos_items: int, details: bytes = b"{}") -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.latency = latency
        self.requests = 0
        self._lock = threading.Lock()
        self.bodies = Bodies(
            base_url=self.base_url, rows=rows, occupations=occupations, cos_items=cos_items, details=details
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def count(self) -> None:
        with self._lock:
            self.requests += 1

    def body(self, target: str) -> bytes | None:
        return self.bodies.body(target)

    def prewarm(self, targets: list[str]) -> None:
        self.bodies.prewarm(targets)

    def refused(self, target: str, uncapped: bool) -> bool:
        """Whether O*NET would refuse this request's window (over LIVE_WINDOW_CAP items)."""
        url = urlsplit(target)
        if uncapped or not url.path.startswith(("/database/rows/", "/online/")):
            return False
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        start = int(query.get("start", "1"))
        return int(query.get("end", str(start))) - start + 1 > LIVE_WINDOW_CAP


class _Handler(BaseHTTPRequestHandler):
    server: Listings
    protocol_version = "HTTP/1.1"  # keep-alive, as against the real APIs
    disable_nagle_algorithm = True  # headers and body go out at once, without a delayed-ACK stall

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.server.latency:
            time.sleep(self.server.latency)
        self.server.count()
        body: bytes | None
        if self.server.refused(self.path, uncapped=UNCAPPED in self.headers):
            status, body = 422, REFUSAL
        else:
            status, body = 200, self.server.body(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serving(**settings: Any) -> Iterator[Listings]:
    server = Listings(**settings)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


# ------------------------------------------------------------------------------------------------ the SDK


class Sdk:
    """The two packages of one checkout, and their operations found by method and path."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self.onet = importlib.import_module("onet_client")
        self.cos = importlib.import_module("careeronestop_client")

    def index_entry(self, package: str, method: str, path: str) -> dict[str, Any]:
        index = json.loads((self.repo / "generated_client" / package / "_spec_index.json").read_text())
        for entry in index["operations"]:
            if entry["method"] == method and entry["path"] == path:
                return dict(entry)
        raise LookupError(f"{package}: no {method} {path} in _spec_index.json")

    def window(self, package: str, method: str, path: str) -> int:
        """The page size a figure uses: the operation's largest page per the spec, at most MAX_WINDOW."""
        paging = self.index_entry(package, method, path).get("paging") or {}
        return min(MAX_WINDOW, int(paging.get("max_page_size") or MAX_WINDOW))

    def operation(self, package: str, method: str, path: str) -> ModuleType:
        return importlib.import_module(f"{package}.{self.index_entry(package, method, path)['module']}")

    def onet_client(self, base_url: str, **options: Any) -> Any:
        return self.onet.OnetClient("bench-key", base_url=base_url, **options)

    def onet_async_client(self, base_url: str, **options: Any) -> Any:
        return self.onet.AsyncOnetClient("bench-key", base_url=base_url, **options)

    def cos_client(self, base_url: str, **options: Any) -> Any:
        return self.cos.CareerOneStopClient("bench-token", USER_ID, base_url=base_url, **options)

    def cos_async_client(self, base_url: str, **options: Any) -> Any:
        return self.cos.AsyncCareerOneStopClient("bench-token", USER_ID, base_url=base_url, **options)

    def method(self, client: Any, package: str, method: str, path: str) -> Any:
        """`client.<namespace>.<method>` of the operation: the namespaced surface the README teaches."""
        entry = self.index_entry(package, method, path)
        return getattr(getattr(client, entry["namespace"]), entry["sdk_method"])


def concurrency_of(pager_factory: Any, wanted: int) -> dict[str, int]:
    """`concurrency=wanted` when the checkout's async `.iter()` takes it (older checkouts: nothing, the default)."""
    return {"concurrency": wanted} if "concurrency" in inspect.signature(pager_factory).parameters else {}


ROWS = ("onet_client", "GET", "/database/rows/{table_id}")
OCCUPATIONS = ("onet_client", "GET", "/online/occupations/")
DETAILS = ("careeronestop_client", "GET", "/v1/occupation/{userId}/{keyword}/{location}")
KEYWORD = (
    "careeronestop_client",
    "GET",
    "/v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}",
)


def detail_flags(sdk: Sdk) -> dict[str, bool]:
    """Every boolean query flag of the details operation (all include flags on)."""
    entry = sdk.index_entry(*DETAILS)
    return {
        p["python_name"]: True
        for p in entry["parameters"]
        if p["in"] == "query" and p.get("schema", {}).get("type") == "boolean"
    }


# ------------------------------------------------------------------------------------------- measuring


@dataclass
class Figure:
    key: str
    group: str
    title: str
    sdk_label: str
    ref_label: str
    unit: str  # of the absolute values: "ms", "MiB", "s"
    target: float | None = None
    sdk: list[float] = field(default_factory=list)
    ref: list[float] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def ratios(self) -> list[float]:
        return [s / r for s, r in zip(self.sdk, self.ref, strict=True) if r > 0]

    def summary(self) -> dict[str, Any]:
        ratios = self.ratios
        ratio = statistics.median(ratios) if ratios else None
        return {
            **{k: v for k, v in asdict(self).items() if k not in {"sdk", "ref"}},
            "rounds": len(ratios),
            "ratio": ratio,
            "ratio_min": min(ratios, default=None),
            "ratio_max": max(ratios, default=None),
            "sdk_median": statistics.median(self.sdk) if self.sdk else None,
            "ref_median": statistics.median(self.ref) if self.ref else None,
            "sdk_values": self.sdk,
            "ref_values": self.ref,
            "meets_target": None if self.target is None or ratio is None else ratio <= self.target,
        }


def seconds(run: Callable[[], object], repeat: int = 1) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(repeat):
        run()
    return (time.perf_counter() - started) / repeat


def timer(run: Callable[[], object], repeat: int = 1) -> Callable[[], float]:
    """A measurement: milliseconds per run of `run`, averaged over `repeat` back-to-back runs."""
    return lambda: seconds(run, repeat) * 1e3


def interleave(figure: Figure, rounds: int, sdk: Callable[[], float], ref: Callable[[], float]) -> Figure:
    """Alternate which side goes first, so drift in machine load hits both sides alike."""
    for n in range(rounds):
        if n % 2:
            s = sdk()
            r = ref()
        else:
            r = ref()
            s = sdk()
        figure.sdk.append(s)
        figure.ref.append(r)
    return figure


def run_async(make: Callable[[], Awaitable[object]]) -> Callable[[], object]:
    return lambda: asyncio.run(make())  # type: ignore[arg-type]


# ------------------------------------------------------------------ the figures: in process (no latency)


def mock_transport(bodies: Bodies) -> httpx.MockTransport:
    """Bodies answered in process (sync and async): the SDK's whole stack runs, retries included; no network."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = bodies.body(request.url.raw_path.decode("ascii"))
        if body is None:
            return httpx.Response(404, json={"error": "not served"})
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


def inprocess_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    """The SDK's own cost: namespaced calls over an httpx.MockTransport vs httpx.Client + json.loads, same bytes."""
    repeat = 3
    rows_page, occupations_page = sdk.window(*ROWS), sdk.window(*OCCUPATIONS)
    async_rows = 20 * rows_page
    bodies = Bodies(
        base_url=MOCK_BASE,
        rows=async_rows,
        occupations=2 * occupations_page,
        cos_items=0,
        details=details_body(sdk.repo),
    )
    transport = mock_transport(bodies)
    onet = sdk.onet_client(MOCK_BASE, httpx_args={"transport": transport})
    cos = sdk.cos_client(MOCK_BASE, httpx_args={"transport": transport})
    plain = httpx.Client(base_url=MOCK_BASE, transport=transport, headers={"X-API-Key": "bench-key"})
    list_rows, list_occupations = sdk.method(onet, *ROWS), sdk.method(onet, *OCCUPATIONS)
    get_details, flags = sdk.method(cos, *DETAILS), detail_flags(sdk)
    wire_flags = {name: "true" for name in _wire_flags(sdk)}
    rows_windows = [(1, rows_page), (rows_page + 1, 2 * rows_page)]  # 2,000 rows: two calls at the spec's cap
    occupation_windows = [(1, occupations_page), (occupations_page + 1, 2 * occupations_page)]

    def sdk_rows() -> int:
        return sum(len(list_rows(ROWS_TABLE, start=s, end=e).row) for s, e in rows_windows)

    def plain_rows() -> int:
        path = f"/database/rows/{ROWS_TABLE}"
        return sum(
            len(json.loads(plain.get(path, params={"start": s, "end": e}).content)["row"]) for s, e in rows_windows
        )

    def sdk_occupations() -> int:
        return sum(len(list_occupations(start=s, end=e).occupation) for s, e in occupation_windows)

    def plain_occupations() -> int:
        pages = (plain.get("/online/occupations/", params={"start": s, "end": e}) for s, e in occupation_windows)
        return sum(len(json.loads(page.content)["occupation"]) for page in pages)

    def sdk_details() -> object:
        return get_details(DETAILS_KEYWORD, DETAILS_LOCATION, **flags)

    def plain_details() -> object:
        path = f"/v1/occupation/{USER_ID}/{DETAILS_KEYWORD}/{DETAILS_LOCATION}"
        return json.loads(plain.get(path, params=wire_flags, headers={"Authorization": "Bearer bench-token"}).content)

    windows = -(-async_rows // rows_page)

    async def sdk_async_rows() -> int:
        client = sdk.onet_async_client(MOCK_BASE, httpx_args={"transport": transport})
        try:
            pager = sdk.method(client, *ROWS).iter
            return len([row async for row in pager(ROWS_TABLE, **concurrency_of(pager, windows))])
        finally:
            await client.aclose()

    async def plain_async_rows() -> int:
        async with httpx.AsyncClient(
            base_url=MOCK_BASE, transport=transport, headers={"X-API-Key": "bench-key"}
        ) as http:
            path = f"/database/rows/{ROWS_TABLE}"
            starts = range(1, async_rows + 1, rows_page)
            pages = await asyncio.gather(
                *(http.get(path, params={"start": s, "end": s + rows_page - 1}) for s in starts)
            )
            return sum(len(json.loads(page.content)["row"]) for page in pages)

    checks = {
        "rows": (sdk_rows, plain_rows, 2 * rows_page),
        "occupations": (sdk_occupations, plain_occupations, 2 * occupations_page),
        "async rows": (run_async(sdk_async_rows), run_async(plain_async_rows), async_rows),
    }
    for name, (sdk_side, plain_side, expected) in checks.items():  # every side sees every item before timing
        if not sdk_side() == plain_side() == expected:
            raise RuntimeError(f"in-process {name}: the two sides disagree or miss items (expected {expected})")
    if not hasattr(sdk_details(), "occupation_detail") or not plain_details():
        raise RuntimeError("in-process details: the served body did not parse")
    cases: list[tuple[Figure, Callable[[], object], Callable[[], object], int]] = [
        (
            Figure(
                "inproc-rows",
                "inprocess",
                f"in process: {2 * rows_page:,} database rows ({len(rows_windows)} calls)",
                "SDK call",
                "httpx + json.loads",
                "ms",
                1.3,
            ),
            sdk_rows,
            plain_rows,
            repeat,
        ),
        (
            Figure(
                "inproc-occupations",
                "inprocess",
                f"in process: {2 * occupations_page:,} occupations (nested tags; {len(occupation_windows)} calls)",
                "SDK call",
                "httpx + json.loads",
                "ms",
                2.0,
            ),
            sdk_occupations,
            plain_occupations,
            repeat,
        ),
        (
            Figure(
                "inproc-cos-details",
                "inprocess",
                "in process: CareerOneStop occupation details, all include flags",
                "SDK call",
                "httpx + json.loads",
                "ms",
                1.8,
            ),
            sdk_details,
            plain_details,
            repeat * 3,
        ),
        (
            Figure(
                "inproc-rows-20k-async",
                "inprocess",
                f"in process: {async_rows:,} rows, async .iter() vs {windows} plain GETs in parallel",
                "AsyncOnetClient .iter()",
                "asyncio.gather",
                "ms",
                1.5,
            ),
            run_async(sdk_async_rows),
            run_async(plain_async_rows),
            1,
        ),
    ]
    figures = [
        interleave(figure, rounds, timer(sdk_side, n), timer(ref_side, n)) for figure, sdk_side, ref_side, n in cases
    ]
    onet.close()
    cos.close()
    plain.close()
    return figures


FIRST_CALL_PROBE = """
import json, sys, time
started = time.perf_counter()
import onet_client
import httpx

body = json.dumps({"start": 1, "end": 1, "total": 1, "occupation": [
    {"href": "https://api-v2.onetcenter.org/online/occupations/15-1252.00/", "code": "15-1252.00",
     "title": "Software Developers", "tags": {}}]}).encode()
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
client = onet_client.OnetClient("bench-key", httpx_args={"transport": transport})
result = getattr(getattr(client, sys.argv[1]), sys.argv[2])(keyword="software")
elapsed = time.perf_counter() - started
assert result.occupation, "the first call returned no item"
print(json.dumps({"seconds": elapsed, "modules": len(sys.modules)}))
"""


def first_call_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    """Fresh processes: `import onet_client`, a client, its first namespaced call (in process) vs `import httpx`."""
    entry = sdk.index_entry("onet_client", "GET", "/online/search")
    env = {**os.environ, "PYTHONPATH": str(sdk.repo / "generated_client")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def probe(*argv: str) -> dict[str, float]:
        code = FIRST_CALL_PROBE if argv else IMPORT_PROBE
        command = [sys.executable, "-c", code, *(argv or ("httpx",))]
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        return dict(json.loads(out.stdout))

    sdk_argv = (entry["namespace"], entry["sdk_method"])
    probe(*sdk_argv), probe()  # compile and cache bytecode first
    figure = Figure(
        "import-first-call",
        "inprocess",
        f"fresh process: import, client, first client.{'.'.join(sdk_argv)}(...)",
        "SDK",
        "import httpx",
        "ms",
        1.8,
    )
    counts: dict[str, list[float]] = {"sdk": [], "httpx": []}

    def side(key: str, *argv: str) -> float:
        result = probe(*argv)
        counts[key].append(result["modules"])
        return result["seconds"] * 1e3

    interleave(figure, rounds, lambda: side("sdk", *sdk_argv), lambda: side("httpx"))
    figure.notes = {
        "modules_sdk": statistics.median(counts["sdk"]),
        "modules_httpx": statistics.median(counts["httpx"]),
    }
    return [figure]


# --------------------------------------------------------------------------------- the figures: one call


def call_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    repeat = 3
    rows_page, occupations_page = sdk.window(*ROWS), sdk.window(*OCCUPATIONS)
    settings = {"rows": rows_page, "occupations": occupations_page, "details": details_body(sdk.repo)}
    with serving(latency=0.0, cos_items=0, **settings) as server:
        base = server.base_url
        onet, cos = sdk.onet_client(base), sdk.cos_client(base)
        plain_onet = httpx.Client(base_url=base, headers={"X-API-Key": "bench-key"})
        plain_cos = httpx.Client(base_url=base, headers={"Authorization": "Bearer bench-token"})
        list_rows, list_occupations = sdk.method(onet, *ROWS), sdk.method(onet, *OCCUPATIONS)
        get_details, flags = sdk.method(cos, *DETAILS), detail_flags(sdk)
        cases: list[tuple[Figure, Callable[[], object], Callable[[], object]]] = [
            (
                Figure(
                    "call-rows",
                    "call",
                    f"SDK call, {rows_page:,}-row /database/rows page",
                    "SDK call",
                    "httpx + json.loads",
                    "ms",
                    2.5,
                ),
                lambda: list_rows(ROWS_TABLE, start=1, end=rows_page),
                lambda: json.loads(
                    plain_onet.get(f"/database/rows/{ROWS_TABLE}", params={"start": 1, "end": rows_page}).content
                ),
            ),
            (
                Figure(
                    "call-occupations",
                    "call",
                    f"SDK call, {occupations_page:,} occupations",
                    "SDK call",
                    "httpx + json.loads",
                    "ms",
                    3.0,
                ),
                lambda: list_occupations(start=1, end=occupations_page),
                lambda: json.loads(
                    plain_onet.get("/online/occupations/", params={"start": 1, "end": occupations_page}).content
                ),
            ),
            (
                Figure(
                    "call-cos-details",
                    "call",
                    "CareerOneStop occupation details, all include flags",
                    "SDK call",
                    "httpx + json.loads",
                    "ms",
                    2.5,
                ),
                lambda: get_details(DETAILS_KEYWORD, DETAILS_LOCATION, **flags),
                lambda: json.loads(
                    plain_cos.get(
                        f"/v1/occupation/{USER_ID}/{DETAILS_KEYWORD}/{DETAILS_LOCATION}",
                        params={name: "true" for name in _wire_flags(sdk)},
                    ).content
                ),
            ),
        ]
        figures = []
        for figure, sdk_call, ref_call in cases:
            if sdk_call() is None:
                raise RuntimeError(f"{figure.key}: the SDK call returned nothing; is the served body right?")
            ref_call()
            figures.append(
                interleave(
                    figure,
                    rounds,
                    timer(sdk_call, repeat),
                    timer(ref_call, repeat),
                )
            )
        onet.close()
        cos.close()
        plain_onet.close()
        plain_cos.close()
    return figures


def _wire_flags(sdk: Sdk) -> list[str]:
    entry = sdk.index_entry(*DETAILS)
    return [
        p["name"] for p in entry["parameters"] if p["in"] == "query" and p.get("schema", {}).get("type") == "boolean"
    ]


# -------------------------------------------------------------------------------------- the figure: client


def client_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    """A client ready to send (its httpx client and transport stack built) vs a plain `httpx.Client()`."""
    repeat = 20
    base = "https://127.0.0.1:9"  # never contacted: construction only

    def sdk_client() -> None:
        client = sdk.onet_client(base)
        client.get_httpx_client()
        client.close()

    def plain_client() -> None:
        httpx.Client(base_url=base, headers={"X-API-Key": "bench-key"}).close()

    sdk_client()  # the process's first SDK client builds the shared TLS context; every later one reuses it
    figure = Figure(
        "client",
        "client",
        "client construction (ready to send)",
        "SDK client",
        "httpx.Client()",
        "ms",
    )
    return [interleave(figure, rounds, timer(sdk_client, repeat), timer(plain_client, repeat))]


# -------------------------------------------------------------------------------------- the figure: import

IMPORT_PROBE = """
import importlib, json, sys, time
module = sys.argv[1]
started = time.perf_counter()
if module == "httpx":
    import httpx
else:
    import onet_client
    importlib.import_module("onet_client." + module)
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "modules": len(sys.modules)}))
"""


def import_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    module = sdk.index_entry(*OCCUPATIONS)["module"]
    env = {**os.environ, "PYTHONPATH": str(sdk.repo / "generated_client")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def probe(target: str) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE, target], env=env, capture_output=True, text=True, check=True
        )
        return dict(json.loads(out.stdout))

    probe(module), probe("httpx")  # compile and cache bytecode first
    figure = Figure("import", "import", "import onet_client + one operation", "SDK import", "import httpx", "ms", 2.0)
    counts: dict[str, list[float]] = {"sdk": [], "httpx": []}

    def side(target: str, key: str) -> float:
        result = probe(target)
        counts[key].append(result["modules"])
        return result["seconds"] * 1e3

    interleave(figure, rounds, lambda: side(module, "sdk"), lambda: side("httpx", "httpx"))
    figure.notes = {
        "modules_sdk": statistics.median(counts["sdk"]),
        "modules_httpx": statistics.median(counts["httpx"]),
    }
    return [figure]


# --------------------------------------------------------------------------------------- the figures: paging


@functools.cache
def plain_tls() -> ssl.SSLContext:
    """One TLS context for the plain clients, as a developer creating many would share it: the servers here are
    http://, and a default httpx client loads the CA bundle (~25 ms), which the SDK clients no longer repeat."""
    return httpx.create_ssl_context()


def naive_onet_listing(base: str, headers: dict[str, str]) -> int:
    """Follow O*NET's `next` links at the server's default page size, as a client without a paginator would."""
    count, url = 0, f"{base}/online/occupations/"
    with httpx.Client(verify=plain_tls(), headers=headers) as http:
        while url:
            body = json.loads(http.get(url).content)
            count += len(body["occupation"])
            url = body.get("next")
    return count


def capped_onet_listing(base: str, headers: dict[str, str]) -> int:
    """An O*NET listing in the fewest plain GETs the live cap allows: windows of LIVE_WINDOW_CAP, one after another
    (the total is known only from the first answer)."""
    count, start, total = 0, 1, None
    with httpx.Client(verify=plain_tls(), base_url=base, headers=headers) as http:
        while total is None or start <= total:
            window = {"start": start, "end": start + LIVE_WINDOW_CAP - 1}
            body = json.loads(http.get("/online/occupations/", params=window).raise_for_status().content)
            total = int(body["total"])
            count += len(body["occupation"])
            start += LIVE_WINDOW_CAP
    return count


def uncapped_onet_listing(base: str, headers: dict[str, str], total: int) -> int:
    """The whole O*NET listing in one GET, past the live cap (the fake server lifts it for this reference only)."""
    with httpx.Client(verify=plain_tls(), base_url=base, headers={**headers, UNCAPPED: "1"}) as http:
        body = json.loads(http.get("/online/occupations/", params={"start": 1, "end": total}).content)
        return len(body["occupation"])


def one_get_cos_listing(base: str, headers: dict[str, str], total: int) -> int:
    """The whole CareerOneStop listing in one GET, past the spec's page cap."""
    with httpx.Client(verify=plain_tls(), base_url=base, headers=headers) as http:
        url = f"/v1/occupation/{USER_ID}/{COS_KEYWORD}/N/0/{total}"
        return len(json.loads(http.get(url).content)["OccupationList"])


def capped_cos_listing(base: str, headers: dict[str, str], cap: int) -> int:
    """A CareerOneStop listing in the fewest plain GETs the spec's page cap allows, one after another."""
    count, offset, total = 0, 0, None
    with httpx.Client(verify=plain_tls(), base_url=base, headers=headers) as http:
        while total is None or offset < total:
            body = json.loads(http.get(f"/v1/occupation/{USER_ID}/{COS_KEYWORD}/N/{offset}/{cap}").content)
            total = int(body["RecordCount"])
            count += len(body["OccupationList"])
            offset += cap
    return count


def naive_cos_listing(base: str, headers: dict[str, str]) -> int:
    """Page a CareerOneStop keyword listing 10 rows at a time, as a client without a paginator would."""
    count, offset = 0, 0
    with httpx.Client(verify=plain_tls(), base_url=base, headers=headers) as http:
        while True:
            body = json.loads(http.get(f"/v1/occupation/{USER_ID}/{COS_KEYWORD}/N/{offset}/10").content)
            count += len(body["OccupationList"])
            offset += 10
            if offset >= body["RecordCount"]:
                return count


def paging_figures(sdk: Sdk, rounds: int, latency: float) -> list[Figure]:
    rows_total, occupations_total, cos_total = 20_000, 1016, 1234
    rows_page = sdk.window(*ROWS)
    parallel = -(-rows_total // rows_page)
    with serving(latency=latency, rows=rows_total, occupations=occupations_total, cos_items=cos_total) as server:
        base = server.base_url
        onet_headers = {"X-API-Key": "bench-key"}
        cos_headers = {"Authorization": "Bearer bench-token"}

        async def sdk_rows() -> int:
            client = sdk.onet_async_client(base)
            try:
                pager = sdk.method(client, *ROWS).iter
                return len([r async for r in pager(ROWS_TABLE, **concurrency_of(pager, parallel))])
            finally:
                await client.aclose()

        async def plain_rows() -> int:
            async with httpx.AsyncClient(verify=plain_tls(), base_url=base, headers=onet_headers) as http:
                pages = await asyncio.gather(
                    *(
                        http.get(f"/database/rows/{ROWS_TABLE}", params={"start": s, "end": s + rows_page - 1})
                        for s in range(1, rows_total + 1, rows_page)
                    )
                )
                return sum(len(json.loads(p.content)["row"]) for p in pages)

        def onet_iter() -> int:
            client = sdk.onet_client(base)
            with client.get_httpx_client():
                return len(list(sdk.method(client, *OCCUPATIONS).iter()))

        async def onet_aiter() -> int:
            client = sdk.onet_async_client(base)
            try:
                return len([o async for o in sdk.method(client, *OCCUPATIONS).iter()])
            finally:
                await client.aclose()

        def onet_capped() -> int:
            return capped_onet_listing(base, onet_headers)

        def onet_uncapped() -> int:
            return uncapped_onet_listing(base, onet_headers, occupations_total)

        def onet_naive() -> int:
            return naive_onet_listing(base, onet_headers)

        cos_args = {"keyword": COS_KEYWORD, "data_level_only": "N"}

        def cos_iter() -> int:
            client = sdk.cos_client(base)
            with client.get_httpx_client():
                return len(list(sdk.method(client, *KEYWORD).iter(**cos_args)))

        async def cos_aiter() -> int:
            client = sdk.cos_async_client(base)
            try:
                return len([o async for o in sdk.method(client, *KEYWORD).iter(**cos_args)])
            finally:
                await client.aclose()

        def cos_capped() -> int:
            return capped_cos_listing(base, cos_headers, sdk.window(*KEYWORD))

        def cos_round_trip() -> int:
            return one_get_cos_listing(base, cos_headers, cos_total)

        def cos_naive() -> int:
            return naive_cos_listing(base, cos_headers)

        capped_trips = -(-occupations_total // LIVE_WINDOW_CAP)
        cos_trips = -(-cos_total // sdk.window(*KEYWORD))
        checks = {
            "rows": (run_async(sdk_rows), rows_total),
            "onet_capped": (onet_capped, occupations_total),
            "onet_uncapped": (onet_uncapped, occupations_total),
            "cos_capped": (cos_capped, cos_total),
            "cos_round_trip": (cos_round_trip, cos_total),
            "onet_iter": (onet_iter, occupations_total),
            "onet_aiter": (run_async(onet_aiter), occupations_total),
            "cos_iter": (cos_iter, cos_total),
            "cos_aiter": (run_async(cos_aiter), cos_total),
        }
        check_counts(checks)
        cases: list[tuple[Figure, Callable[[], object], Callable[[], object], int]] = [
            (
                Figure(
                    "rows-20k",
                    "paging",
                    f"20,000 rows, async .iter(concurrency={parallel}) vs {parallel} parallel plain GETs",
                    "async .iter()",
                    "parallel ideal",
                    "ms",
                    1.5,
                ),
                run_async(sdk_rows),
                run_async(plain_rows),
                rounds,
            ),
            (
                Figure(
                    "onet-list-all",
                    "paging",
                    f"O*NET list-all ({occupations_total:,} items) vs the fewest plain GETs the cap allows",
                    ".iter()",
                    f"{capped_trips} plain GETs",
                    "ms",
                    1.3,
                ),
                onet_iter,
                onet_capped,
                rounds,
            ),
            (
                Figure(
                    "onet-list-all-async",
                    "paging",
                    "O*NET list-all vs the fewest plain GETs the cap allows, async",
                    "async .iter()",
                    f"{capped_trips} plain GETs",
                    "ms",
                ),
                run_async(onet_aiter),
                onet_capped,
                rounds,
            ),
            (
                Figure(
                    "onet-list-all-uncapped",
                    "paging",
                    "O*NET list-all vs one uncapped GET (the live API refuses it)",
                    ".iter()",
                    "one GET, no cap",
                    "ms",
                ),
                onet_iter,
                onet_uncapped,
                rounds,
            ),
            (
                Figure(
                    "onet-vs-naive",
                    "paging",
                    "O*NET list-all vs naive next links (20/page)",
                    ".iter()",
                    "naive paging",
                    "ms",
                ),
                onet_iter,
                onet_naive,
                max(2, rounds // 2),
            ),
            (
                Figure(
                    "cos-list-all",
                    "paging",
                    f"CareerOneStop list-all ({cos_total:,} items) vs the fewest plain GETs the spec's cap allows",
                    ".iter()",
                    f"{cos_trips} plain GETs",
                    "ms",
                ),
                cos_iter,
                cos_capped,
                rounds,
            ),
            (
                Figure(
                    "cos-list-all-async",
                    "paging",
                    "CareerOneStop list-all vs the fewest plain GETs the spec's cap allows, async",
                    "async .iter()",
                    f"{cos_trips} plain GETs",
                    "ms",
                ),
                run_async(cos_aiter),
                cos_capped,
                rounds,
            ),
            (
                Figure(
                    "cos-list-all-one-get",
                    "paging",
                    "CareerOneStop list-all vs one GET of every item (over the spec's cap)",
                    ".iter()",
                    "one plain GET",
                    "ms",
                ),
                cos_iter,
                cos_round_trip,
                rounds,
            ),
            (
                Figure(
                    "cos-vs-naive",
                    "paging",
                    "CareerOneStop list-all vs naive offsets (10/page)",
                    "async .iter()",
                    "naive paging",
                    "ms",
                ),
                run_async(cos_aiter),
                cos_naive,
                max(2, rounds // 2),
            ),
        ]
        return [measure_paging(server, latency, *case) for case in cases]


def check_counts(checks: dict[str, tuple[Callable[[], object], int]]) -> None:
    """Every side of every paging figure lists the whole listing, before anything is timed."""
    for name, (run, expected) in checks.items():
        got = run()
        if got != expected:
            raise RuntimeError(f"paging {name}: {got} items, expected {expected}")


def measure_paging(
    server: Listings,
    latency: float,
    figure: Figure,
    sdk_run: Callable[[], object],
    ref_run: Callable[[], object],
    n: int,
) -> Figure:
    """One paging figure over `n` rounds, noting the server's latency and the requests each round made."""
    before = server.requests
    interleave(figure, n, timer(sdk_run), timer(ref_run))
    figure.notes = {"latency_ms": latency * 1e3, "requests_per_round": (server.requests - before) / n}
    return figure


# -------------------------------------------------------------------------------------- the figure: memory

MEMORY_ROWS = 100_000


def memory_child(repo: Path, side: str) -> None:
    """Peak traced memory (run in its own process) of one side: "sdk" streams MEMORY_ROWS rows through the sync
    `client.database.list_rows.iter(...)`, "plain" through an httpx page loop, "one-call" makes one SDK call of one
    page (its rows kept while counted)."""
    sdk = Sdk(repo)
    with serving(latency=0.0, rows=MEMORY_ROWS, occupations=0, cos_items=0) as server:
        window = sdk.window(*ROWS)
        starts = range(1, MEMORY_ROWS + 1, window)
        server.prewarm([f"/database/rows/{ROWS_TABLE}?start={s}&end={s + window - 1}" for s in starts])
        count, expected = 0, MEMORY_ROWS
        if side in ("sdk", "one-call"):
            client = sdk.onet_client(server.base_url)
            http = client.get_httpx_client()
            list_rows = sdk.method(client, *ROWS)
            list_rows(ROWS_TABLE, start=1, end=window)  # warm-up: modules, route table, client
            tracemalloc.start()
            if side == "sdk":
                for _row in list_rows.iter(ROWS_TABLE):
                    count += 1
            else:
                page = list_rows(ROWS_TABLE, start=1, end=window)
                for _row in page.row:
                    count += 1
                expected = window
                del page
        else:
            http = httpx.Client(base_url=server.base_url, headers={"X-API-Key": "bench-key"})
            http.get(f"/database/rows/{ROWS_TABLE}", params={"start": 1, "end": window})
            tracemalloc.start()
            for s in starts:
                body = json.loads(
                    http.get(f"/database/rows/{ROWS_TABLE}", params={"start": s, "end": s + window - 1}).content
                )
                for _row in body["row"]:
                    count += 1
                del body
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        http.close()
    if count != expected:
        raise RuntimeError(f"memory {side}: streamed {count} rows, expected {expected}")
    print(json.dumps({"peak_bytes": peak}))


def memory_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    def child(side: str) -> float:
        out = subprocess.run(
            [sys.executable, __file__, "--repo", str(sdk.repo), "--child-memory", side],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(json.loads(out.stdout)["peak_bytes"]) / 2**20

    page = sdk.window(*ROWS)
    versus_plain = Figure(
        "memory-100k",
        "memory",
        f"memory peak streaming 100,000 rows ({page:,}/page), sync .iter() vs a plain page loop",
        ".iter()",
        "plain page loop",
        "MiB",
    )
    versus_call = Figure(
        "memory-100k-one-call",
        "memory",
        f"memory peak streaming 100,000 rows through sync .iter() vs one {page:,}-row call",
        ".iter()",
        "one SDK call",
        "MiB",
        1.15,
    )
    for n in range(rounds):
        sides = ["sdk", "plain", "one-call"]
        peaks = {side: child(side) for side in (sides if n % 2 else reversed(sides))}
        versus_plain.sdk.append(peaks["sdk"])
        versus_plain.ref.append(peaks["plain"])
        versus_call.sdk.append(peaks["sdk"])
        versus_call.ref.append(peaks["one-call"])
    return [versus_call, versus_plain]


# ------------------------------------------------------------------------------ the figures: model building

MODELS_SCRIPT = Path("benchmarks") / "models.py"  # model-construction figures (h/models), when the checkout has it


def models_figures(repo: Path, rounds: int) -> dict[str, Any] | None:
    """The figures of benchmarks/models.py (`--json --rounds N`), run as is when the checkout has the script."""
    script = repo / MODELS_SCRIPT
    if not script.is_file():
        return None
    out = subprocess.run(
        [sys.executable, str(script), "--json", "--rounds", str(rounds)], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


# --------------------------------------------------------------------------------------- the figure: build


def build_figures(sdk: Sdk, rounds: int) -> list[Figure]:
    repo = sdk.repo
    apis = _apis(repo)
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        copy = Path(tmp) / "repo"
        ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
        for name in ("openapi", "overrides", "scripts", "generated_client"):
            shutil.copytree(repo / name, copy / name, ignore=ignore)
        build = [sys.executable, str(copy / "scripts" / "build.py"), "--root", str(copy)]
        templates: list[str] = ["--custom-template-path", str(copy / "openapi" / "templates")]

        def bare_once() -> None:
            for spec, config in apis:
                out = Path(tmp) / "bare"
                command = [
                    sys.executable,
                    "-m",
                    "openapi_python_client",
                    "generate",
                    "--path",
                    str(copy / "openapi" / spec),
                    "--config",
                    str(copy / "openapi" / config),
                    "--meta",
                    "none",
                    "--output-path",
                    str(out),
                    "--overwrite",
                    *templates,
                ]
                subprocess.run(command, capture_output=True, check=True, cwd=tmp)

        try:
            bare_once()
        except subprocess.CalledProcessError:
            templates.clear()  # the project's templates need more than the bare CLI provides: compare with stock ones
            bare_once()

        def run_build(*extra: str) -> None:
            subprocess.run([*build, *extra], capture_output=True, check=True)

        run_build()  # warm caches (bytecode, ruff) once
        build_figure = Figure(
            "build",
            "build",
            "scripts/build.py (both APIs) vs the bare generator",
            "build.py",
            "bare generator",
            "s",
            1.5,
        )
        check_figure = Figure("build-check", "build", "build.py --check vs build.py", "--check", "build.py", "s", 1.0)
        cpu: dict[str, list[float]] = {}  # CPU seconds (user + system) of the processes each side started
        for n in range(rounds):
            order: list[tuple[str, Callable[[], None]]] = [
                ("bare", bare_once),
                ("build", run_build),
                ("check", lambda: run_build("--check")),
            ]
            if n % 2:
                order.reverse()
            results: dict[str, float] = {}
            for name, run in order:
                cpu_before = _children_cpu()
                started = time.perf_counter()
                run()
                results[name] = time.perf_counter() - started
                cpu.setdefault(name, []).append(_children_cpu() - cpu_before)
            build_figure.sdk.append(results["build"])
            build_figure.ref.append(results["bare"])
            check_figure.sdk.append(results["check"])
            check_figure.ref.append(results["build"])
        build_figure.notes = {
            "bare_generator_templates": "project" if templates else "stock",
            **{f"{name}_cpu_s": round(statistics.median(values), 2) for name, values in cpu.items()},
        }
    return [build_figure, check_figure]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _apis(repo: Path) -> list[tuple[str, str]]:
    import tomllib

    table = tomllib.loads((repo / "openapi" / "apis.toml").read_text(encoding="utf-8"))
    return [(entry["spec"], entry["config"]) for entry in table.values()]


# ------------------------------------------------------------------------------------------------- output


def render_table(figures: list[Figure], settings: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"SDK vs plain httpx ({settings['rounds']} rounds unless noted; median, spread = lowest-highest)"
    )
    for column in ("figure", "ratio", "spread", "target", "SDK", "reference", "n"):
        table.add_column(column, justify="left" if column == "figure" else "right")
    for figure in figures:
        s = figure.summary()
        target = "" if figure.target is None else f"<= {figure.target:g}x {'ok' if s['meets_target'] else 'MISSED'}"
        table.add_row(
            figure.title,
            f"{_ratio(s['ratio'])}x",
            f"{_ratio(s['ratio_min'])}-{_ratio(s['ratio_max'])}",
            target,
            f"{figure.sdk_label} {s['sdk_median']:.3g} {figure.unit}",
            f"{figure.ref_label} {s['ref_median']:.3g} {figure.unit}",
            str(s["rounds"]),
        )
    Console(width=170).print(table)
    for figure in figures:
        if figure.notes:
            print(f"  {figure.key}: " + ", ".join(f"{k}={v}" for k, v in figure.notes.items()))


def _ratio(value: float) -> str:
    return f"{value:.2f}" if value >= 0.1 else f"{value:.2g}"


def run_against(repo: Path, argv: list[str], script: str = __file__) -> int | None:
    """None when the importable packages are `repo`'s; else the exit status of `script` re-run against them."""
    generated = (repo / "generated_client").resolve()
    found = importlib.util.find_spec("onet_client")
    if found and found.origin and Path(found.origin).resolve().is_relative_to(generated):
        return None
    if os.environ.get("BENCH_PACKAGES_FROM") == str(generated):
        raise SystemExit(f"cannot import onet_client from {generated}")
    path = os.pathsep.join(p for p in (str(generated), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path, "BENCH_PACKAGES_FROM": str(generated)}
    return subprocess.call([sys.executable, script, *argv], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--rounds", type=int, default=15, help="rounds per figure (default 15; build and memory use fewer)"
    )
    parser.add_argument("--latency", type=float, default=0.02, help="server latency per request for paging figures (s)")
    parser.add_argument("--only", action="append", choices=GROUPS, help="measure only these groups (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--repo", type=Path, default=HERE, help="checkout whose generated_client/ and build to measure")
    parser.add_argument("--child-memory", choices=("sdk", "plain", "one-call"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    status = run_against(repo, sys.argv[1:] if argv is None else argv)
    if status is not None:
        return status
    if args.child_memory:
        memory_child(repo, args.child_memory)
        return 0
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    sdk = Sdk(repo)
    groups = args.only or list(GROUPS)
    slow_rounds = max(1, min(3, args.rounds))
    figures: list[Figure] = []
    if "inprocess" in groups:
        figures += inprocess_figures(sdk, args.rounds)
        figures += first_call_figures(sdk, args.rounds)
    if "call" in groups:
        figures += call_figures(sdk, args.rounds)
    if "client" in groups:
        figures += client_figures(sdk, args.rounds)
    if "import" in groups:
        figures += import_figures(sdk, args.rounds)
    if "paging" in groups:
        figures += paging_figures(sdk, args.rounds, args.latency)
    if "memory" in groups:
        figures += memory_figures(sdk, slow_rounds)
    if "build" in groups:
        figures += build_figures(sdk, slow_rounds)
    settings = {
        "repo": str(repo),
        "rounds": args.rounds,
        "slow_rounds": slow_rounds,
        "latency_s": args.latency,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
    }
    models = models_figures(repo, slow_rounds) if "models" in groups else None
    if args.json:
        print(json.dumps({"settings": settings, "figures": [f.summary() for f in figures], "models": models}, indent=1))
    else:
        render_table(figures, settings)
        if models is not None:
            print(f"benchmarks/models.py: {json.dumps(models)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
