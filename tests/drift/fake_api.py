"""A real HTTP server on 127.0.0.1 that answers like an API by serving fixtures (for `drift.py live` tests).

It matches each request's method, path and query against the fixtures' requests, insists on the
credentials the live run must send (X-API-Key for O*NET; Authorization: Bearer plus the userId path
segment for CareerOneStop) and answers 401 without them. Bodies can be replaced per fixture to simulate
drift, and a fixture can be made to answer 429 first to exercise Retry-After handling.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from driftlib.fixtures import Fixture

from .local_api import Answer, json_answer, serve

__all__ = ["FakeApi", "serve"]

Mutation = Callable[[Any], Any]


@dataclass
class FakeApi:
    """What the server serves and what it saw."""

    api: str
    fixtures: list[Fixture]
    key: str = ""
    token: str = ""
    user_id: str = ""
    mutations: dict[str, Mutation] = field(default_factory=dict)  # fixture file name -> body transform
    rate_limit_once: dict[str, str] = field(default_factory=dict)  # fixture file name -> Retry-After value
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # method, path, headers
    rejected: int = 0

    def route(self, method: str, path: str, query: list[tuple[str, str]]) -> Fixture | None:
        for fixture in self.fixtures:
            request = fixture.request
            expected = str(request["path"])
            for name, value in request["pathParams"].items():
                value = self.user_id if (self.api == "careeronestop" and name == "userId") else value
                expected = expected.replace("{" + name + "}", quote(str(value), safe=""))
            wanted = sorted(
                (k, v) for k, vals in request["query"].items() for v in (vals if isinstance(vals, list) else [vals])
            )
            if request["method"] == method and expected == path and wanted == sorted(query):
                return fixture
        return None

    def respond(self, method: str, target: str, headers: dict[str, str]) -> Answer:
        url = urlsplit(target)
        self.seen.append((method, url.path, headers))
        if not self.authorized(url.path, headers):
            self.rejected += 1
            return json_answer(401, {"Message": "Authorization has been denied for this request."})
        fixture = self.route(method, url.path, parse_qsl(url.query, keep_blank_values=True))
        if fixture is None:
            return json_answer(404, {"Message": "No HTTP resource was found that matches the request URI."})
        if fixture.name in self.rate_limit_once:
            return json_answer(
                429, {"Message": "Too many requests"}, {"Retry-After": self.rate_limit_once.pop(fixture.name)}
            )
        body = json.loads(json.dumps(fixture.body))
        mutate = self.mutations.get(fixture.name)
        return json_answer(fixture.status, body if mutate is None else mutate(body))

    def authorized(self, path: str, headers: dict[str, str]) -> bool:
        if self.api == "onet":
            return headers.get("x-api-key") == self.key
        return headers.get("authorization") == f"Bearer {self.token}" and f"/{self.user_id}/" in f"{path}/"
