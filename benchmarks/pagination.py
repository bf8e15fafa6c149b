#!/usr/bin/env python3
"""Pagination benchmark: requests made and wall time against a local server with 50 ms latency per request.

    python benchmarks/pagination.py [--latency 0.05] [--onet-items 1016] [--cos-items 2345]

Serves a 1,016-item O*NET listing and a CareerOneStop keyword listing on 127.0.0.1 (nothing else is
contacted) and compares naive next-link following at the API's default page size with iter_items and
aiter_items. Prints a table; makes no claims beyond the figures it prints.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from careeronestop_client import CareerOneStopClient
from careeronestop_client import pagination as cos_pages
from careeronestop_client.api.occupation import list_occupations_by_keyword
from onet_client import OnetClient
from onet_client import pagination as onet_pages
from onet_client.api.online import list_occupations

USER_ID = "benchuser0001"


class ListingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, latency: float, onet_items: int, cos_items: int) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.latency, self.onet_items, self.cos_items = latency, onet_items, cos_items
        self.requests = 0
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: ListingServer

    def log_message(self, *args: Any) -> None:  # keep the table readable
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.requests += 1
        time.sleep(self.server.latency)
        url = urlsplit(self.path)
        if url.path == "/online/occupations/":
            body = self.onet_page(parse_qs(url.query))
        elif url.path.startswith(f"/v1/occupation/{USER_ID}/"):
            body = self.cos_page(url.path)
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def onet_page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        total = self.server.onet_items
        start = int(query.get("start", ["1"])[0])
        end = min(int(query.get("end", [str(start + 19)])[0]), total)
        body: dict[str, Any] = {"start": start, "end": end, "total": total}
        if end < total:
            body["next"] = f"{self.server.base_url}/online/occupations/?start={end + 1}&end={end + 1 + (end - start)}"
        body["occupation"] = [
            {
                "href": "https://api-v2.onetcenter.org/online/occupations/11-1011.00/",
                "code": f"{n // 10000 + 11}-{n % 10000:04d}.00",
                "title": f"Occupation {n}",
                "tags": {},
            }
            for n in range(start, end + 1)
        ]
        return body

    def cos_page(self, path: str) -> dict[str, Any]:
        *_, offset, limit = path.split("/")
        first, count = int(offset), int(limit)
        rows = range(first, min(first + count, self.server.cos_items))
        return {
            "OccupationList": [{"OnetCode": "29-1141.00", "OnetTitle": f"Title {n}"} for n in rows],
            "RecordCount": self.server.cos_items,
        }


def measure(server: ListingServer, run: Callable[[], int]) -> tuple[int, int, float]:
    before, started = server.requests, time.perf_counter()
    items = run()
    return items, server.requests - before, time.perf_counter() - started


def naive_onet(base: str) -> int:
    """Follow `next` links from the first page at the documented default page size (20)."""
    count, url = 0, f"{base}/online/occupations/"
    with httpx.Client(headers={"X-API-Key": "bench-key"}) as http:
        while url:
            body = http.get(url).json()
            count += len(body["occupation"])
            url = body.get("next")
    return count


def naive_cos(base: str) -> int:
    """CareerOneStop has no next links: step the offset at the documented default limit (10)."""
    count, offset = 0, 0
    with httpx.Client(headers={"Authorization": "Bearer bench-token"}) as http:
        while True:
            body = http.get(f"{base}/v1/occupation/{USER_ID}/nurse/N/{offset}/10").json()
            count += len(body["OccupationList"])
            offset += 10
            if offset >= body["RecordCount"]:
                return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--onet-items", type=int, default=1016)
    parser.add_argument("--cos-items", type=int, default=2345)
    args = parser.parse_args()
    server = ListingServer(args.latency, args.onet_items, args.cos_items)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def onet() -> OnetClient:  # a client per case: an async client is tied to the event loop that made it
        return OnetClient("bench-key", base_url=server.base_url)

    def cos() -> CareerOneStopClient:
        return CareerOneStopClient("bench-token", USER_ID, base_url=server.base_url)

    def sync_count(pages: Any, operation: Any, client: Any, **params: Any) -> int:
        return len(list(pages.iter_items(operation, client=client, **params)))

    def async_count(pages: Any, operation: Any, client: Any, **params: Any) -> int:
        async def collect() -> int:
            return len([item async for item in pages.aiter_items(operation, client=client, **params)])

        return asyncio.run(collect())

    occupations = (onet_pages, list_occupations)
    keyword = (cos_pages, list_occupations_by_keyword)
    cos_args = {"keyword": "nurse", "data_level_only": "N"}
    cases: list[tuple[str, str, Callable[[], int]]] = [
        ("O*NET", "naive next links (20/page)", lambda: naive_onet(server.base_url)),
        ("O*NET", "iter_items (default 1000/page)", lambda: sync_count(*occupations, onet())),
        ("O*NET", "aiter_items (default 1000/page)", lambda: async_count(*occupations, onet())),
        ("O*NET", "iter_items (page_size=100)", lambda: sync_count(*occupations, onet(), page_size=100)),
        ("O*NET", "aiter_items (page_size=100)", lambda: async_count(*occupations, onet(), page_size=100)),
        ("CareerOneStop", "naive offsets (10/page)", lambda: naive_cos(server.base_url)),
        ("CareerOneStop", "iter_items (default 1000/page)", lambda: sync_count(*keyword, cos(), **cos_args)),
        ("CareerOneStop", "aiter_items (default 1000/page)", lambda: async_count(*keyword, cos(), **cos_args)),
        ("CareerOneStop", "iter_items (page_size=200)", lambda: sync_count(*keyword, cos(), page_size=200, **cos_args)),
        (
            "CareerOneStop",
            "aiter_items (page_size=200)",
            lambda: async_count(*keyword, cos(), page_size=200, **cos_args),
        ),
    ]
    print(
        f"latency {args.latency * 1000:.0f} ms per request; O*NET listing {args.onet_items} items, "
        f"CareerOneStop listing {args.cos_items} items"
    )
    print(f"{'API':<14} {'method':<34} {'items':>6} {'requests':>9} {'wall s':>8}")
    for api, label, run in cases:
        items, requests, seconds = measure(server, run)
        print(f"{api:<14} {label:<34} {items:>6} {requests:>9} {seconds:>8.2f}")
    server.shutdown()


if __name__ == "__main__":
    main()
