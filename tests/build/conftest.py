"""Fixtures of the `--fetch` test files (test_fetch.py, test_fetch_report.py); module-scoped: one per file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.build.fetch_support import REPO, Server, copy_repo, start_server


@pytest.fixture(scope="module")
def no_proxy() -> Iterator[None]:
    """The in-process fetches talk to 127.0.0.1 only: no proxy from the environment meanwhile."""
    with pytest.MonkeyPatch.context() as patch:
        for name in [k for k in os.environ if k.lower().endswith("_proxy")]:
            patch.delenv(name)
        yield


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """A running server (a thread: in-process builds then use worker threads), shut down afterwards."""
    httpd = start_server()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the repository: other people edit the real one meanwhile."""
    return copy_repo(REPO, tmp_path_factory.mktemp("pristine"))
