"""Fixture authoring: plans, bodies and vocabularies as data, and the small engine that turns them into fixtures.

`python -m contract_tests.authoring` (with scripts/ on the path, as `tox -e fixtures` sets it) rewrites
contract_tests/fixtures/ from the data files beside this module and the current specs.
"""

from __future__ import annotations

TOOL = "contract_tests/authoring"
TOOL_VERSION = "2.0.0"
