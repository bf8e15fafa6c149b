"""Every generated operation attaches request metadata that names an operation of the index, with its template."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "generated_client"


@pytest.mark.parametrize("package", ["onet_client", "careeronestop_client"])
def test_every_operation_module_describes_itself(package: str) -> None:
    index = json.loads((ROOT / package / "_spec_index.json").read_text(encoding="utf-8"))
    checked = 0
    for entry in index["operations"]:
        module = importlib.import_module(f"{package}.{entry['module']}")
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        assert f'"operation_id": "{entry["operation_id"]}"' in source, entry["module"]
        assert f'"path_template": "{entry["path"]}"' in source, entry["module"]
        for param in entry["parameters"]:
            if param["in"] in ("path", "query"):
                assert f'"{param["name"]}": {param["python_name"]},' in source, (entry["module"], param["name"])
        checked += 1
    assert checked == len(index["operations"]) > 0
