"""Contract-test setup: make the generated packages importable when they are not installed."""

from __future__ import annotations

from contract_support import ensure_packages_importable

ensure_packages_importable()
