"""Drift monitor: checks recorded API exchanges (fixtures) and live responses against the OpenAPI specs.

The generated clients are lenient on purpose (unknown keys land in `additional_properties`, primitive types are
not checked), so they cannot tell when an API's answers stop matching our specs. This package validates bodies
strictly against a test-time copy of each spec and reports every mismatch with its JSON path.
"""

from __future__ import annotations

TOOL_NAME = "scripts/drift.py"
TOOL_VERSION = "1.0.0"

# Exit codes shared by every command.
EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2
