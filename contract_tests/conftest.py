"""Contract-test setup: say plainly when the generated packages are not importable."""

from __future__ import annotations

import importlib.util

import pytest

if importlib.util.find_spec("onet_client") is None or importlib.util.find_spec("careeronestop_client") is None:
    pytest.exit("the generated packages are not importable: run `tox`, or set PYTHONPATH=generated_client", 4)
