"""Opt-in response cache: repeated calls make no request, credentials never share entries, no secret on disk.

Requests go to an httpx.MockTransport injected as the innermost transport; its call count is the number of
requests that reached the network. Fake credentials come from tests/sdk/conftest.py.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from careeronestop_client import AsyncCareerOneStopClient, CareerOneStopClient
from onet_client import AsyncOnetClient, OnetClient

from .conftest import COS_TOKEN, COS_USER, ONET_KEY, occupation
from .facade_lookup import COS_DETAILS, SEARCH, operation

SEARCH_BODY = {"start": 1, "end": 1, "total": 1, "occupation": [occupation(1)]}
# The members the spec requires of an occupation (COSVideoURL is always present: live evidence C3).
DETAILS = {
    "OccupationDetail": [
        {"OnetTitle": "Registered Nurses", "OnetCode": "29-1141.00", "COSVideoURL": "https://cdn.example/rn.mp4"}
    ]
}


class Counter:
    def __init__(self, body: dict[str, Any]) -> None:
        self.body, self.calls = body, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(200, json=self.body)

    def transport(self) -> dict[str, Any]:
        return {"transport": httpx.MockTransport(self)}


def encodings(secret: str) -> set[bytes]:
    """The forms a secret could take in storage: plain, URL-quoted, base64 and hex."""
    raw = secret.encode()
    return {
        raw,
        quote(secret, safe="").encode(),
        base64.b64encode(raw),
        base64.urlsafe_b64encode(raw),
        raw.hex().encode(),
    }


def stored_bytes(path: Path) -> bytes:
    """The SQLite file with its -wal / -journal companions (recent entries may still sit in the WAL)."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(f"{path.name}*")))


def assert_no_secret(path: Path, *secrets: str) -> None:
    stored = stored_bytes(path)
    assert b"/online/search" in stored or b"29-1141.00" in stored, "the scan does not see the stored entries"
    for secret in secrets:
        for form in encodings(secret):
            assert form not in stored, f"{secret!r} stored as {form!r}"


def test_repeated_call_is_served_from_memory_without_a_request() -> None:
    api = Counter(SEARCH_BODY)
    onet = OnetClient(ONET_KEY, cache="memory", httpx_args=api.transport())
    first = operation(onet, SEARCH)(keyword="nurse")
    second = operation(onet, SEARCH)(keyword="nurse")
    assert api.calls == 1 and first.total == second.total == 1
    operation(onet, SEARCH)(keyword="welder")
    assert api.calls == 2  # another URL is another entry


def test_cache_is_off_by_default() -> None:
    api = Counter(SEARCH_BODY)
    onet = OnetClient(ONET_KEY, httpx_args=api.transport())
    operation(onet, SEARCH)(keyword="nurse")
    operation(onet, SEARCH)(keyword="nurse")
    assert api.calls == 2


def test_file_cache_survives_clients_but_different_keys_never_share(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    api = Counter(SEARCH_BODY)
    for _ in range(2):
        operation(OnetClient(ONET_KEY, cache=path, httpx_args=api.transport()), SEARCH)(keyword="nurse")
    assert api.calls == 1
    operation(OnetClient("other-key-9876", cache=path, httpx_args=api.transport()), SEARCH)(keyword="nurse")
    assert api.calls == 2
    assert_no_secret(path, ONET_KEY, "other-key-9876")


def test_careeronestop_user_ids_never_share_and_nothing_secret_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "cos.sqlite"
    api = Counter(DETAILS)
    for _ in range(2):
        cos = CareerOneStopClient(COS_TOKEN, COS_USER, cache=path, httpx_args=api.transport())
        assert operation(cos, COS_DETAILS)("29-1141.00", "US").occupation_detail[0].onet_code
    assert api.calls == 1
    other = CareerOneStopClient(COS_TOKEN, "anotheruser42", cache=path, httpx_args=api.transport())
    operation(other, COS_DETAILS)("29-1141.00", "US")
    assert api.calls == 2
    assert_no_secret(path, COS_TOKEN, COS_USER, "anotheruser42", f"Bearer {COS_TOKEN}")
    assert b"/v1/occupation/{userId}/29-1141.00/US" in stored_bytes(path)  # the placeholder, not the userId


async def test_async_clients_cache_too(tmp_path: Path) -> None:
    api = Counter(SEARCH_BODY)
    onet = AsyncOnetClient(ONET_KEY, cache="memory", httpx_args=api.transport())
    await operation(onet, SEARCH)(keyword="nurse")
    await operation(onet, SEARCH)(keyword="nurse")
    assert api.calls == 1
    await onet.aclose()
    path = tmp_path / "async.sqlite"
    cos_api = Counter(DETAILS)
    cos = AsyncCareerOneStopClient(COS_TOKEN, COS_USER, cache=path, httpx_args=cos_api.transport())
    await operation(cos, COS_DETAILS)("29-1141.00", "US")
    await operation(cos, COS_DETAILS)("29-1141.00", "US")
    assert cos_api.calls == 1
    await cos.aclose()
    assert_no_secret(path, COS_TOKEN, COS_USER)


def test_cache_true_uses_the_user_cache_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name, appauthor=None: str(tmp_path / name))
    api = Counter(SEARCH_BODY)
    onet = OnetClient(ONET_KEY, cache=True, httpx_args=api.transport())
    operation(onet, SEARCH)(keyword="nurse")
    onet.close()
    stored = tmp_path / "onet_client" / "http-cache.sqlite"
    assert stored.exists()
    assert_no_secret(stored, ONET_KEY)


def test_error_responses_are_not_cached() -> None:
    answers = iter([httpx.Response(404, json={"error": "no"}), httpx.Response(200, json=SEARCH_BODY)])
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return next(answers)

    onet = OnetClient(ONET_KEY, cache="memory", httpx_args={"transport": httpx.MockTransport(answer)})
    with pytest.raises(Exception, match="404"):
        operation(onet, SEARCH)(keyword="nurse")
    assert operation(onet, SEARCH)(keyword="nurse").total == 1
    assert len(calls) == 2


def test_bad_cache_setting_is_refused() -> None:
    with pytest.raises(TypeError, match="cache must be"):
        client = OnetClient(ONET_KEY, cache=3, httpx_args=Counter(SEARCH_BODY).transport())  # type: ignore[arg-type]
        client.get_httpx_client()


def test_a_credential_echoed_in_a_body_is_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "echo.sqlite"
    echo = {"OccupationDetail": [{**DETAILS["OccupationDetail"][0], "OnetTitle": f"for {COS_USER}"}]}
    api = Counter(echo)
    cos = CareerOneStopClient(COS_TOKEN, COS_USER, cache=path, httpx_args=api.transport())
    first = operation(cos, COS_DETAILS)("29-1141.00", "US")
    again = operation(cos, COS_DETAILS)("29-1141.00", "US")
    assert api.calls == 1
    assert first.occupation_detail[0].onet_title == again.occupation_detail[0].onet_title == "for {userId}"
    assert_no_secret(path, COS_TOKEN, COS_USER)
