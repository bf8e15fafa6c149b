"""scripts/build.py --fetch runs that only report (--dry-run) or stop with an error, in-process, against 127.0.0.1.

Each run compares its copy of the repository with its state before the run: none may write anything.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.build.fetch_support import (
    SNAPSHOT,
    STEM_PATH,
    Fetch,
    Server,
    broken_definition,
    copy_repo,
    effective,
    json_body,
    load,
    redundant_definition,
    run_fetch,
    state,
)
from tests.conftest import BuildCli

pytestmark = [
    pytest.mark.cost(6),  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)
    pytest.mark.usefixtures("no_proxy"),  # tests/build/conftest.py
]


@pytest.fixture(scope="module")
def repo(pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy for the runs that must leave it untouched; each compares it with its own state before the run."""
    return copy_repo(pristine, tmp_path_factory.mktemp("repo"))


@pytest.fixture(scope="module")
def unchanged(build_cli: BuildCli, server: Server, repo: Path, pristine: Path) -> Fetch:
    """The committed definition served back, --dry-run (text report)."""
    return run_fetch(build_cli, server, repo, "unchanged", (pristine / SNAPSHOT).read_bytes(), "--dry-run")


@pytest.fixture(scope="module")
def broken(build_cli: BuildCli, server: Server, repo: Path, pristine: Path) -> Fetch:
    """The definition with two breaking changes (broken_definition), --dry-run (text report)."""
    return run_fetch(
        build_cli, server, repo, "broken", json.dumps(broken_definition(load(pristine))).encode(), "--dry-run"
    )


@pytest.fixture(scope="module")
def redundant(build_cli: BuildCli, server: Server, pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Fetch:
    """redundant_definition (which edits its root's overlay), --dry-run, JSON report."""
    root = copy_repo(pristine, tmp_path_factory.mktemp("redundant"))
    body = json.dumps(redundant_definition(root)).encode()
    return run_fetch(build_cli, server, root, "redundant", body, "--dry-run", "--format", "json")


# --- tests -------------------------------------------------------------------------------------------


def test_dry_run_of_the_unchanged_definition_exits_0_and_writes_nothing(unchanged: Fetch) -> None:
    result = unchanged.result
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no breaking changes" in result.stdout.lower()
    assert "Overlay: 0 unmatched, 0 redundant, 0 renamed" in result.stdout
    assert "dry run: nothing written" in result.stderr and "generated" not in result.stderr
    assert state(unchanged.root) == unchanged.before


def test_breaking_changes_exit_1_and_name_operation_and_json_paths(broken: Fetch, pristine: Path) -> None:
    op_id = effective(pristine)["paths"][STEM_PATH]["get"]["operationId"]
    result = broken.result
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "BREAKING" in out.splitlines()[0]
    assert f"GET {STEM_PATH} ({op_id})" in out
    assert "response 200 $.occupation[].title: field-removed [response-field-removed]; was string" in out
    bright = "response 200 $.occupation[].tags.bright_outlook: type-changed [response-type-changed]"
    assert f"{bright}; was boolean, now string" in out
    assert state(broken.root) == broken.before  # --dry-run


def test_overlay_renames_and_redundant_overrides_are_reported(redundant: Fetch) -> None:
    """A published file that states our paging facts itself, and an overlay that lost its name for /about."""
    result = redundant.result  # the definition and overlay of redundant_definition
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert state(redundant.root) == redundant.before  # --dry-run
    overlay = json.loads(result.stdout)["overlay"]
    dropped = {r["path"] for r in overlay["redundant"]}
    assert '$.components.parameters.End["x-onet-page-size-max"]' in dropped
    assert "$.components.parameters.End.description" not in dropped  # the published text differs from ours
    assert "$.paths['/nowhere'].get" in [u["target"] for u in overlay["unmatched"]]
    assert [(r["operation"], r["after"]["module"]) for r in overlay["renamed"]] == [
        ("GET /about", "default.published_about")
    ]


def test_dry_run_without_fetch_is_a_usage_error(repo: Path, build_cli: BuildCli) -> None:
    result = build_cli("--root", str(repo), "--dry-run")
    assert result.returncode == 2
    assert "--dry-run only applies to --fetch" in result.stderr


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.json"


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("http-404", "HTTP 404"),
        ("invalid-json", "not valid JSON"),
        ("not-an-object", "not an OpenAPI document"),
        ("invalid-spec", "invalid OpenAPI document: $: 'info' is a required property"),
        ("dangling-ref", "points to nothing"),
        ("timeout", "no complete answer within 0.2 s"),
        ("connection-refused", "cannot download"),
    ],
)
def test_errors_exit_2_with_one_line_and_leave_the_repo_untouched(
    repo: Path, server: Server, build_cli: BuildCli, case: str, expected: str
) -> None:
    """In-process (tests/conftest.py): these runs stop before generation, so a subprocess would mostly cost startup."""
    spec = load(repo)
    args: list[str] = []
    if case == "http-404":
        url = server.serve("/missing/openapi.json", b'{"error": "gone"}', status=404)
    elif case == "invalid-json":
        url = server.serve("/truncated/openapi.json", json.dumps(spec).encode()[:5000])
    elif case == "not-an-object":
        url = server.serve("/list/openapi.json", b"[]")
    elif case == "invalid-spec":  # a small document: the full one would be validated twice (base and effective)
        spec = {"openapi": spec["openapi"], "paths": {}}
        url = server.serve("/no-info/openapi.json", json.dumps(spec).encode())
    elif case == "dangling-ref":
        json_body(spec["paths"][STEM_PATH]["get"])["schema"] = {"$ref": "#/components/schemas/Nope"}
        url = server.serve("/dangling/openapi.json", json.dumps(spec).encode())
    elif case == "timeout":
        url = server.serve("/slow/openapi.json", json.dumps(spec).encode(), delay=1.0)
        args = ["--timeout", "0.2"]
    else:
        url = _closed_port_url()
    before = state(repo)
    result = build_cli("--root", str(repo), "--fetch", url, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr and url in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert state(repo) == before
