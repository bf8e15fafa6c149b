#!/usr/bin/env python3
"""Drift monitor: notice when the O*NET or CareerOneStop APIs stop answering the way openapi/ says.

    python scripts/drift.py check [--api onet|careeronestop] [--fixtures DIR] [--format text|json|markdown|junit]
    python scripts/drift.py live --api onet|careeronestop [--base-url URL] [--record DIR] [--delay SECONDS]
        [--allow-status-change] [--skip-without-credentials]
    python scripts/drift.py mutate [--api onet|careeronestop] [--sites N] [--format markdown|json]

`check` validates the recorded fixtures strictly against the specs (offline); `live` replays every success
fixture's request against the API (credentials from ONET_API_KEY, or CAREERONESTOP_API_TOKEN and
CAREERONESTOP_USER_ID) and validates the answers the same way. Both print one finding per problem with its
API, operationId, fixture file, JSON path, kind, rule, expected and seen value and spec location. `mutate`
measures how much of the drift it is meant to find `check` does find, on mutated copies of the fixtures.

Python puts scripts/ on the path; the generated packages come from the install tox makes (in a plain checkout:
PYTHONPATH=generated_client python scripts/drift.py ...). Installed with the `drift` extra, the same program is
the `dol-career-drift` command, with the specs and fixtures it ships.

Exit codes: 0 no drift, 1 drift found, 2 usage or input error (missing credentials, API unavailable or
unreachable).
"""

from __future__ import annotations

import sys

try:
    from driftlib.cli import main
except ModuleNotFoundError as missing:  # the SDK's redactor and Retry-After parser come from the packages
    if missing.name not in ("onet_client", "careeronestop_client"):
        raise
    print(f"drift: {missing.name} is not importable; use tox, or set PYTHONPATH=generated_client", file=sys.stderr)
    sys.exit(2)

if __name__ == "__main__":
    sys.exit(main())
