"""Each fixture replayed through its API's SDK client, with respx serving the recorded response.

The clients are strict (`strict_responses=True`), so drift the SDK tolerates in the default mode, such as a
missing field the spec only assumes (x-assumed-required), fails the replay. For a success fixture the test calls
the generated operation with the fixture's parameters and checks
that the request went to the recorded path and query, that the body parsed into the operation's 200
model, that the model serializes back to the same body (so every key field holds the fixture's value),
and that nothing landed in `additional_properties` anywhere in the model tree. For an error fixture it
checks that the SDK raises its typed error.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from driftlib.apis import API_NAMES, load_apis
from driftlib.fixtures import Fixture, fixture_paths, load_fixture

from contract_tests.authoring.requests import parameter_default, wire
from contract_tests.contract_support import (
    FIXTURES,
    additional_properties,
    call_arguments,
    checker_for,
    fill_path,
    generated_operation,
    request_query,
)

COS_USER = "testuser123"

CASES = [(api, path) for api in API_NAMES for path in fixture_paths(FIXTURES, api)]
APIS = load_apis()  # the committed configuration, read once for the module


@cache
def make_client(api: str) -> Any:
    """One SDK client per API for the whole module (building httpx clients and SSL contexts is slow).

    Strict: any drift the SDK notices fails the replay, a missing field the spec only assumes included.
    """
    if api == "onet":
        from onet_client import OnetClient

        return OnetClient(api_key="test-key", base_url=APIS[api].base_url, max_retries=0, strict_responses=True)
    from careeronestop_client import CareerOneStopClient

    return CareerOneStopClient(
        api_token="test-token", user_id=COS_USER, base_url=APIS[api].base_url, max_retries=0, strict_responses=True
    )


def with_defaults(api: str, fixture: Fixture, query: dict[str, Any]) -> dict[str, list[str]]:
    """A query as lists of values with the spec's declared defaults filled in.

    Sending a declared default or leaving it out means the same to the API, so both compare equal.
    """
    spec = checker_for(api).spec
    operation = spec.operations[fixture.operation_id]
    out = {k: v if isinstance(v, list) else [v] for k, v in query.items()}
    for param in operation.parameters:
        default = parameter_default(spec.document, param.schema)
        if param.location == "query" and default is not None and param.name not in out:
            value = wire(default)
            out[param.name] = value if isinstance(value, list) else [value]
    return out


def replay(api: str, fixture: Fixture) -> tuple[respx.Route, Any]:
    """Call the fixture's operation through the SDK while respx serves the fixture's response."""
    config = APIS[api]
    op = generated_operation(config.package, fixture.request["method"], fixture.request["path"])
    overrides: dict[str, Any] = {}
    path_values = dict(fixture.request["pathParams"])
    if api == "careeronestop":
        from careeronestop_client import BOUND_USER_ID

        overrides["userId"] = BOUND_USER_ID
        path_values["userId"] = COS_USER
    kwargs = call_arguments(op, fixture.request, overrides)
    base = config.base_url
    expected_path = fill_path(fixture.request["path"], path_values)
    response = httpx.Response(fixture.status, json=fixture.body, headers=fixture.response["headers"])
    client = make_client(api)
    with respx.mock(base_url=base, assert_all_called=False) as router:
        route = router.route(method=fixture.request["method"], path=expected_path).mock(return_value=response)
        elsewhere = router.route().respond(599, json={"Message": "not the recorded request"})
        try:
            result: Any = op.module.sync_detailed(client=client, **kwargs)
        except Exception as exc:  # error fixtures: the typed error is the result
            result = exc
    sent_to = [f"{c.request.method} {c.request.url.raw_path.decode()}" for c in elsewhere.calls]
    assert route.call_count == 1, f"expected {fixture.request['method']} {expected_path}; the SDK sent {sent_to}"
    request = route.calls.last.request
    sent = request_query(request.url.params.multi_items())
    assert with_defaults(api, fixture, sent) == with_defaults(api, fixture, fixture.request["query"])
    if fixture.request.get("body") is not None:
        import json

        assert json.loads(request.content) == fixture.request["body"]
    return route, result


SUCCESS = [(a, p) for a, p in CASES if load_fixture(p, APIS[a]).is_success]
ERRORS = [(a, p) for a, p in CASES if (a, p) not in SUCCESS]


@pytest.mark.parametrize("api,path", SUCCESS, ids=[f"{a}/{p.stem}" for a, p in SUCCESS])
def test_success_fixture_parses_into_its_model_without_unknown_keys(api: str, path: Path) -> None:
    fixture = load_fixture(path, APIS[api])
    op = generated_operation(APIS[api].package, fixture.request["method"], fixture.request["path"])
    _, response = replay(api, fixture)
    assert not isinstance(response, Exception), f"SDK raised {type(response).__name__}: {response}"
    assert response.status_code == fixture.status
    parsed = response.parsed
    assert op.success_class is not None, "the generated operation parses no 200 model"
    model = getattr(op.module, op.success_class)
    if op.success_is_list:
        assert isinstance(parsed, list) and all(isinstance(item, model) for item in parsed)
        assert [item.to_dict() for item in parsed] == fixture.body
    else:
        assert isinstance(parsed, model), f"parsed into {type(parsed).__name__}, not {model.__name__}"
        assert parsed.to_dict() == fixture.body
    leaked = list(additional_properties(parsed))
    assert not leaked, f"unknown keys kept in additional_properties at: {leaked}"


@pytest.mark.parametrize("api,path", ERRORS, ids=[f"{a}/{p.stem}" for a, p in ERRORS])
def test_error_fixture_raises_the_typed_error(api: str, path: Path) -> None:
    fixture = load_fixture(path, APIS[api])
    _, raised = replay(api, fixture)
    if api == "onet":
        from onet_client import OnetError
        from onet_client.exceptions import ValidationError

        assert fixture.status == 422
        assert isinstance(raised, ValidationError) and isinstance(raised, OnetError), repr(raised)
        assert fixture.body["error"] in raised.message
    else:
        from careeronestop_client.exceptions import NoDataError

        assert fixture.status == 404
        assert isinstance(raised, NoDataError), repr(raised)
        assert COS_USER not in raised.message and "test-token" not in raised.message


def test_replay_fails_on_a_missing_assumed_field_that_the_default_mode_tolerates() -> None:
    """list_hot_technologies is a guess: a technology's `title` is assumed, optional in the model, still drift."""
    path = FIXTURES / "onet" / "list_hot_technologies.json"
    fixture = load_fixture(path, APIS["onet"])
    body = copy.deepcopy(fixture.body)
    del body["technology"][0]["title"]
    data = copy.deepcopy(fixture.data)
    data["response"]["body"] = body
    _, raised = replay("onet", Fixture(path, "onet", data))
    from onet_client.exceptions import ResponseValidationError

    assert isinstance(raised, ResponseValidationError), repr(raised)
    assert [(d.path, d.kind) for d in raised.deviations] == [("$.technology[*].title", "field-removed")]
