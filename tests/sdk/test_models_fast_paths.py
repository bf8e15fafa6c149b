"""Generated models (issue 14): names resolve lazily, and the fast from_dict paths keep the stock behaviour."""

from __future__ import annotations

import importlib
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import careeronestop_client.models
import httpx
import onet_client.models
import pytest
from onet_client import OnetClient
from onet_client._core import models as models_runtime
from onet_client.models.database_row import DatabaseRow
from onet_client.models.database_row_page import DatabaseRowPage
from onet_client.models.occupation_item import OccupationItem
from onet_client.models.online_occupation_list import OnlineOccupationList
from onet_client.models.tags import Tags

GENERATED = Path(__file__).resolve().parents[2] / "generated_client"


def _modules_after(statement: str) -> list[str]:
    """Model modules loaded by a fresh interpreter after running `statement`."""
    probe = f"import json, sys\n{statement}\nprint(json.dumps(sorted(m for m in sys.modules if '.models.' in m)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env={"PYTHONPATH": str(GENERATED)}, check=True
    )
    return list(json.loads(result.stdout))


def test_importing_an_operation_loads_only_the_models_it_uses() -> None:
    loaded = _modules_after("from onet_client.api.online import list_occupations")
    assert "onet_client.models.online_occupation_list" in loaded
    assert "onet_client.models.tags" in loaded  # nested model, needed to parse an item
    assert "onet_client.models.database_row_page" not in loaded
    assert len(loaded) < len(onet_client.models.__all__) // 4


@pytest.mark.parametrize("package", [onet_client.models, careeronestop_client.models], ids=lambda m: m.__name__)
def test_every_exported_model_name_resolves_on_first_access(package: object) -> None:
    names = package.__all__  # type: ignore[attr-defined]
    assert names and set(names) <= set(dir(package))
    for name in names:
        value = getattr(package, name)
        defining = importlib.import_module(package._MODULES[name], package.__name__)  # type: ignore[attr-defined]
        assert value is getattr(defining, name)
        assert vars(package)[name] is value  # cached: the next access is a plain attribute


def test_unknown_model_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        onet_client.models.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018


def test_row_cells_are_copied_not_aliased() -> None:
    source = {"onetsoc_code": "11-1011.00", "data_value": 4.5, "lower_ci_bound": None}
    row = DatabaseRow.from_dict(source)
    assert row.additional_properties == source
    row["data_value"] = 1.0
    assert source["data_value"] == 4.5
    assert row.to_dict() == {"onetsoc_code": "11-1011.00", "data_value": 1.0, "lower_ci_bound": None}


def test_rows_of_a_call_keep_the_objects_the_sdk_decoded_and_each_call_decodes_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No copy per row on the SDK's own path (the body is nobody else's); calls never share a row object."""
    body = {"start": 1, "end": 2, "total": 2, "row": [{"onetsoc_code": "11-1011.00", "data_value": 4.5}] * 2}
    decoded: list[Any] = []
    real_loads = json.loads

    def loads(text: Any, **kwargs: Any) -> Any:
        value = real_loads(text, **kwargs)
        decoded.append(value)
        return value

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})

    monkeypatch.setattr(json, "loads", loads)
    with OnetClient("rows-key", httpx_args={"transport": httpx.MockTransport(serve)}) as onet:
        first = onet.database.list_rows("abilities").row
        second = onet.database.list_rows("abilities").row
    assert first is not None and second is not None
    rows_decoded = [value["row"] for value in decoded if isinstance(value, dict) and "row" in value]
    assert len(rows_decoded) == 2
    assert first[0].additional_properties is rows_decoded[0][0]  # kept, not copied
    first[0]["data_value"] = 1.0
    assert second[0]["data_value"] == 4.5 and first[1]["data_value"] == 4.5  # nothing shared across rows or calls
    assert models_runtime.decoding.own_body is False  # set only while a body is being parsed
    source = {"onetsoc_code": "11-1011.00"}
    assert DatabaseRow.from_dict(source).additional_properties is not source  # a caller's dict: always copied


def test_a_model_without_extra_keys_makes_its_extras_dict_on_first_read_and_behaves_as_before() -> None:
    """from_dict stores no additional_properties for an object with only its fields; every use still sees one."""
    body = {"code": "11-1011.00", "href": "h", "title": "Chief", "tags": {}}
    item, twin = OccupationItem.from_dict(body), OccupationItem.from_dict(dict(body))
    assert item == twin and "additional_properties={}" in repr(item)
    assert attrs.asdict(item)["additional_properties"] == {} and item.to_dict() == body
    assert pickle.loads(pickle.dumps(item)) == item and attrs.evolve(item, title="CEO").title == "CEO"
    fresh = OccupationItem.from_dict(body)
    fresh["note"] = 1  # the dict made on first use is the model's own and stays
    assert fresh.additional_properties == {"note": 1} and fresh.to_dict()["note"] == 1 and item.to_dict() == body
    with pytest.raises(AttributeError, match="'OccupationItem' object has no attribute 'titel'"):
        getattr(item, "titel")  # noqa: B009
    assert not hasattr(Tags.from_dict({}), "no_such_field")


def test_unknown_members_are_kept_and_known_ones_are_not_repeated() -> None:
    page = OnlineOccupationList.from_dict(
        {
            "start": 1,
            "end": 1,
            "total": 1,
            "occupation": [{"code": "11-1011.00", "href": "h", "title": "Chief", "tags": {}, "new": 1}],
            "info": "x",
        }
    )
    assert isinstance(page.occupation, list)  # assumed (no real body of this listing yet), so typed as optional
    item = page.occupation[0]
    assert isinstance(item.tags, Tags) and item.tags.additional_properties == {}
    assert item.additional_properties == {"new": 1}
    assert page.additional_properties == {"info": "x"}
    assert page.next_ is None and "next_" not in page.fields_sent()


def test_empty_additional_properties_are_not_shared_between_instances() -> None:
    first, second = Tags.from_dict({}), Tags.from_dict({})
    first["flag"] = True
    assert second.additional_properties == {}


def test_missing_required_member_still_raises_key_error() -> None:
    with pytest.raises(KeyError, match="total"):  # the paging envelope is observed, so `total` stays required
        DatabaseRowPage.from_dict({"start": 1, "end": 1, "row": []})
