"""Every spec operation is a generated module with all four call forms; guessed paths warn in docstrings."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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
