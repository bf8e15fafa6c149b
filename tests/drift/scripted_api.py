"""A scripted HTTP server on 127.0.0.1 for `drift.py live` tests: each path answers from its own queue.

An answer is (status, headers, body bytes); the last answer of a queue repeats. A path without a script
answers 404 "not scripted". The server itself is local_api's, shared with fake_api.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .local_api import Answer, json_answer, serve

__all__ = ["Answer", "ScriptedApi", "json_answer", "serve"]


@dataclass
class ScriptedApi:
    """Answers by request path; records every request (method, path, headers)."""

    scripts: dict[str, list[Answer]] = field(default_factory=dict)
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def respond(self, method: str, target: str, headers: dict[str, str]) -> Answer:
        path = urlsplit(target).path
        self.seen.append((method, path, headers))
        return self.answer(path)

    def answer(self, path: str) -> Answer:
        queue = self.scripts.get(path)
        if not queue:
            return json_answer(404, {"error": "not scripted"})
        return queue.pop(0) if len(queue) > 1 else queue[0]
