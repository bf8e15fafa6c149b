"""Client construction: credentials from arguments or environment, defaults, and use with generated functions."""

from __future__ import annotations

import httpx
import pytest
import respx
from careeronestop_client import CareerOneStopClient
from careeronestop_client.api.occupation import get_occupation_details
from careeronestop_client.exceptions import MissingCredentialError as CosMissing
from onet_client import OnetClient
from onet_client.api.about import get_about
from onet_client.client import AuthenticatedClient
from onet_client.exceptions import MissingCredentialError

from .conftest import COS_USER


def test_onet_key_from_environment(monkeypatch: pytest.MonkeyPatch, onet_api: respx.MockRouter) -> None:
    monkeypatch.setenv("ONET_API_KEY", "env-key-123")
    route = onet_api.get("/about").mock(return_value=httpx.Response(200, json={"api_version": "2.0"}))
    get_about.sync(client=OnetClient())
    assert route.calls[0].request.headers["X-API-Key"] == "env-key-123"


def test_missing_credentials_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ONET_API_KEY", "CAREERONESTOP_API_TOKEN", "CAREERONESTOP_USER_ID"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentialError, match="ONET_API_KEY"):
        OnetClient()
    with pytest.raises(CosMissing, match="CAREERONESTOP_API_TOKEN"):
        CareerOneStopClient(user_id="someone")
    with pytest.raises(CosMissing, match="CAREERONESTOP_USER_ID"):
        CareerOneStopClient(api_token="token-123")
    with pytest.raises(MissingCredentialError):
        OnetClient("   ")


def test_defaults_finite_timeout_user_agent_and_type(onet_api: respx.MockRouter) -> None:
    client = OnetClient("key-1234")
    assert not isinstance(client, AuthenticatedClient)  # the SDK's own class (tests/sdk/test_surface.py)
    timeout = client.get_httpx_client().timeout
    assert timeout.connect == 10.0 and timeout.read == 30.0
    route = onet_api.get("/about").mock(return_value=httpx.Response(200, json={"api_version": "2.0"}))
    get_about.sync(client=client)
    agent = route.calls[0].request.headers["User-Agent"]
    assert agent.startswith("onet_client/") and "python-httpx" in agent
    assert route.calls[0].request.headers["Accept"] == "application/json"
    with pytest.raises(ValueError, match="finite"):
        OnetClient("key-1234", timeout=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_retries"):
        OnetClient("key-1234", max_retries=-1)


async def test_async_and_sync_generated_functions(onet_api: respx.MockRouter) -> None:
    client = OnetClient("key-1234")
    onet_api.get("/about").mock(return_value=httpx.Response(200, json={"api_version": "2.0"}))
    sync_result = get_about.sync(client=client)
    async_result = await get_about.asyncio(client=client)
    detailed = await get_about.asyncio_detailed(client=client)
    assert sync_result == async_result == detailed.parsed
    assert sync_result is not None and sync_result.api_version == "2.0"  # type: ignore[union-attr]
    await client.aclose()
    client.close()


def test_careeronestop_env_and_bound_user_id(monkeypatch: pytest.MonkeyPatch, cos_api: respx.MockRouter) -> None:
    monkeypatch.setenv("CAREERONESTOP_API_TOKEN", "env-token-123")
    monkeypatch.setenv("CAREERONESTOP_USER_ID", COS_USER)
    client = CareerOneStopClient()
    route = cos_api.get(url__regex=r"/v1/occupation/").mock(
        return_value=httpx.Response(200, json={"OccupationDetail": []})
    )
    result = client.bind(get_occupation_details).sync(keyword="29-1141.00", location="US", wages=True)
    assert result is not None
    request = route.calls[0].request
    assert request.url.path == f"/v1/occupation/{COS_USER}/29-1141.00/US"
    assert request.url.params["wages"] == "true"
    assert request.headers["Authorization"] == "Bearer env-token-123"


def test_with_headers_and_timeout_return_working_copies(onet_api: respx.MockRouter) -> None:
    client = OnetClient("key-1234")
    route = onet_api.get("/about").mock(return_value=httpx.Response(200, json={"api_version": "2.0"}))
    tagged = client.with_headers({"X-Trace": "abc"}).with_timeout(httpx.Timeout(5.0))
    assert isinstance(tagged, OnetClient) and tagged is not client
    get_about.sync(client=tagged)
    sent = route.calls[0].request
    assert sent.headers["X-Trace"] == "abc" and sent.headers["X-API-Key"] == "key-1234"
    assert tagged.get_httpx_client().timeout.read == 5.0
    assert client.get_httpx_client().timeout.read == 30.0
    assert "X-Trace" not in client.get_httpx_client().headers
