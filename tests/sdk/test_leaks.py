"""Leak scan: three distinctive fake secrets, echoed by a 127.0.0.1 server in every encoding we know of, must
not appear in any text the SDK emits: errors (with their chained causes and tracebacks), reprs, DEBUG records of
every logger, drift warnings and Python warnings."""

from __future__ import annotations

import base64
import json
import logging
import traceback
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from careeronestop_client import CareerOneStopClient
from careeronestop_client import pagination as cos_pagination
from careeronestop_client.api.occupation import get_occupation_details, list_occupations_by_keyword
from onet_client import OnetClient
from onet_client.api.about import get_about
from onet_client.api.online import get_occupation_overview, keyword_search

from .localserver import LocalServer, Reply, Seen

KEY = "onetKEY+leak/42=="
TOKEN = "cosTOKEN+leak/77=="
USER = "cosUSER+leak/99"
SECRETS = (KEY, TOKEN, USER)


def forms(secret: str) -> set[str]:
    """Every encoding a server or a library might give the secret."""
    raw = secret.encode()
    escaped = "".join(c if c.isalnum() else f"\\u{ord(c):04X}" for c in secret)  # ASP.NET style
    return {
        secret,
        json.dumps(secret)[1:-1],
        escaped,
        escaped.lower(),
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    }


ALL_FORMS = sorted({f for s in SECRETS for f in forms(s)}, key=len, reverse=True)


def echo(secret: str) -> dict[str, Any]:
    """A body quoting the secret in each form (what a chatty server might send back)."""
    return {f"form{i}": f"seen {form} here" for i, form in enumerate(sorted(forms(secret)))}


def leaks(texts: list[str]) -> list[str]:
    return [f"{form!r} in {text[:200]!r}" for text in texts for form in ALL_FORMS if form in text]


def texts_of(error: BaseException) -> list[str]:
    found: list[str] = ["".join(traceback.format_exception(error)), str(error), repr(error)]
    for name in ("body", "detail", "message", "path", "seen", "expected", "json_path"):
        value = getattr(error, name, None)
        if isinstance(value, str):
            found.append(value)
    cause: BaseException | None = error.__cause__ or error.__context__
    while cause is not None:
        found += [str(cause), repr(cause)]
        cause = cause.__cause__ or cause.__context__
    return found


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "httpx_retries", "onet_client"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog


def handler(seen: Seen, n: int) -> Reply:
    """Routes of the leak server: each answers with the secrets echoed in a different place."""
    location = f"/next?key={quote(KEY, safe='')}&user={quote(USER, safe='')}&t={quote_plus(TOKEN)}"
    headers = {
        "Location": location,
        "WWW-Authenticate": f"Bearer {TOKEN}",
        "X-Echo": base64.b64encode(KEY.encode()).decode(),
    }
    onet_headers = {"Location": f"/next?key={quote(KEY, safe='')}", "X-Echo": base64.b64encode(KEY.encode()).decode()}
    if seen.path == "/about":
        return Reply.json({"error": f"key {KEY} rejected", **echo(KEY)}, 401, **onet_headers)
    if seen.path.startswith("/online/occupations/"):
        return Reply(200, f"<html>{KEY} {base64.b64encode(KEY.encode()).decode()}</html>".encode(), onet_headers)
    if seen.path == "/online/search":
        body: dict[str, Any] = {
            "start": 1,
            "end": 1,
            "total": 1,
            "occupation": [{"href": KEY, "code": 1, "title": KEY, "tags": {}}],
        }
        body["occupation"][0]["extra"] = quote(KEY, safe="")  # drift: an unknown field whose value is a secret
        return Reply.json(body, **onet_headers)
    if seen.path.startswith(f"/v1/occupation/{USER}/boom"):
        message = json.dumps(f"token {TOKEN} and user {USER} are invalid")  # JSON-escaped below, as ASP.NET does
        escaped = message.replace("+", "\\u002B").replace("/", "\\/")
        return Reply(400, ('{"Message": ' + escaped + "}").encode(), {"Content-Type": "application/json", **headers})
    if seen.path.startswith(f"/v1/occupation/{USER}/"):
        *_, offset, limit = seen.path.split("/")
        rows = [
            {"OnetCode": f"29-{i}", "OnetTitle": USER} for i in range(int(offset), min(int(offset) + int(limit), 3))
        ]
        return Reply.json({"OccupationList": rows, "RecordCount": TOKEN}, **headers)
    return Reply(500, json.dumps(echo(USER)).encode(), headers)


def test_no_secret_in_any_emitted_text(
    server: LocalServer, everything_logged: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    server.handler = handler
    onet = OnetClient(KEY, base_url=server.url, max_retries=1)
    strict = OnetClient(KEY, base_url=server.url, max_retries=0, strict_responses=True)
    cos = CareerOneStopClient(TOKEN, USER, base_url=server.url, max_retries=1)
    emitted: list[str] = [repr(onet), str(onet), repr(cos), str(cos)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for call in (
            lambda: get_about.sync(client=onet),  # 401 echoing the key in every form, headers too
            lambda: get_occupation_overview.sync("15-1252.00", client=onet),  # HTML 200 quoting the key
            lambda: keyword_search.sync(client=strict, keyword="a"),  # strict: the deviation quotes the secrets
            lambda: get_occupation_overview.sync(KEY, client=onet),  # the key passed as an argument
            lambda: cos.bind(get_occupation_details).sync(keyword="boom", location="US"),  # JSON-escaped echo
            lambda: cos.bind(get_occupation_details).sync(keyword="x", location="US"),  # 500 after a retry
        ):
            with pytest.raises(Exception) as error:
                call()
            emitted += texts_of(error.value)
        result = keyword_search.sync(client=onet, keyword="a")  # tolerated drift, logged at WARNING
        assert result is not None
        rows = list(
            cos_pagination.iter_items(
                list_occupations_by_keyword, client=cos, keyword="n", data_level_only="N", page_size=2
            )
        )
        assert len(rows) == 3  # RecordCount is the token: not a count, so paging runs until the rows end
    emitted += [str(w.message) for w in caught]
    emitted += [record.getMessage() for record in everything_logged.records]
    emitted.append(everything_logged.text)
    assert any("httpcore" in r.name for r in everything_logged.records)  # the DEBUG logs really ran
    assert any(r.levelno == logging.WARNING and r.name == "onet_client" for r in everything_logged.records)
    assert caught, "the paging warning was emitted"
    found = leaks(emitted)
    assert found == [], "\n".join(found)
