"""Drift monitor: checks recorded API exchanges (fixtures) and live responses against the OpenAPI specs.

The generated clients are lenient on purpose (unknown keys land in `additional_properties`, primitive types are
not checked), so they cannot tell when an API's answers stop matching our specs. This package validates bodies
strictly against a test-time copy of each spec and reports every mismatch with its JSON path.
"""

from __future__ import annotations

from onet_client import __version__

# The command that recorded a fixture: the clone's script, or the console command of the installed package.
TOOL_NAME = "scripts/drift.py" if __name__ == "driftlib" else "dol-career-drift"
# The monitor ships in the SDKs' distribution, so it has that version (set once, in pyproject.toml).
TOOL_VERSION = __version__

# Exit codes shared by every command.
EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2
