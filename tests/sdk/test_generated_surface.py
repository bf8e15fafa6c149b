"""The generated module functions: four call forms per operation, docstrings that describe every parameter
and name the SDK's errors, unverified-path warnings, and api packages that list their operations."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["onet_client", "careeronestop_client"]
FORMS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def index(package: str) -> list[dict[str, object]]:
    text = (ROOT / "generated_client" / package / "_spec_index.json").read_text(encoding="utf-8")
    operations: list[dict[str, object]] = json.loads(text)["operations"]
    return operations


@pytest.mark.parametrize("package", PACKAGES)
def test_every_operation_has_all_call_forms(package: str) -> None:
    operations = index(package)
    assert len(operations) >= (139 if package == "onet_client" else 30)
    for op in operations:
        module = importlib.import_module(f"{package}.{op['module']}")
        missing = [form for form in FORMS if not callable(getattr(module, form, None))]
        assert not missing, f"{op['operation_id']}: missing {missing}"


def test_guessed_onet_operations_warn_in_their_docstrings() -> None:
    guesses = [op for op in index("onet_client") if op["confidence"] == "guess"]
    assert guesses
    for op in guesses:
        module = importlib.import_module(f"onet_client.{op['module']}")
        assert "unverified" in (module.sync_detailed.__doc__ or "").lower(), op["operation_id"]


def spec_parameters(package: str) -> list[tuple[str, str, str]]:
    """(module, python name, description) of every parameter that has a description in the spec."""
    from buildlib.project import Project
    from buildlib.spec_index import raw_parameters
    from buildlib.specs import deref, load_spec, operations

    api = next(a for a in Project(ROOT).apis().values() if a.package == package)
    spec = load_spec(api.spec)
    by_path = {(op["method"], op["path"]): op for op in index(package)}
    found = []
    for method, path, op in operations(spec):
        entry = by_path[(method.upper(), path)]
        python = {str(p["name"]): str(p["python_name"]) for p in entry["parameters"]}  # type: ignore[attr-defined]
        for param in raw_parameters(spec, spec["paths"][path], op):
            text = param.get("description") or deref(spec, param.get("schema", {})).get("description")
            if text:
                found.append((str(entry["module"]), python[param["name"]], " ".join(str(text).split())))
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_docstrings_describe_every_parameter_and_name_the_sdk_errors(package: str) -> None:
    described = spec_parameters(package)
    assert len(described) > (300 if package == "onet_client" else 200)
    for module_name, python_name, description in described:
        doc = " ".join((importlib.import_module(f"{package}.{module_name}").sync_detailed.__doc__ or "").split())
        assert f"{python_name} (" in doc and description[:40] in doc, (module_name, python_name)
    for op in index(package):
        doc = importlib.import_module(f"{package}.{op['module']}").sync_detailed.__doc__ or ""
        assert "UnexpectedStatus" not in doc and "httpx.TimeoutException" not in doc
        assert "APITimeoutError" in doc and "InvalidParameterError" in doc


@pytest.mark.parametrize("package", PACKAGES)
def test_api_packages_list_their_operations_before_import(package: str) -> None:
    import subprocess
    import sys

    modules = {str(op["module"]) for op in index(package)}
    tags = sorted({m.split(".")[1] for m in modules})
    code = f"import {package}.api as api, json; print(json.dumps({{t: dir(getattr(api, t)) for t in {tags!r}}}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "generated_client")},
    )
    listed = json.loads(result.stdout)
    for module in modules:
        _, tag, name = module.split(".")
        assert name in listed[tag], module
