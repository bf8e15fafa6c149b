"""scripts/build.py --fetch end to end, against a local HTTP server and a throwaway copy of the repository."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from buildlib.overlay import effective_spec_at
from buildlib.specs import deref, effective_schema

from tests.conftest import BuildCli

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = Path("openapi/onet/openapi.json")
METADATA = Path("openapi/onet/source.json")
STEM_PATH = "/online/stem_occupations/all"
MOVED_PATH, MOVED_TO = "/online/hot_technology", "/online/hot_technologies"  # the alternative renames this path
PAGING_KEYS = {"start", "end", "total", "prev", "next"}
PAGINATION = REPO / "overrides" / "onet_client" / "pagination.py"


# --- a local server --------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    routes: dict[str, tuple[int, bytes, float]]

    def serve(self, path: str, body: bytes, status: int = 200, delay: float = 0.0) -> str:
        self.routes[path] = (status, body, delay)
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        status, body, delay = self.server.routes.get(self.path, (404, b"not found", 0.0))
        time.sleep(delay)
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


def start_server() -> _Server:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.routes = {}
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


# --- copies of the repository, and build.py --fetch runs in them ------------------------------------


def copy_repo(source: Path, dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".ruff_cache", ".mypy_cache")
    for name in ("openapi", "overrides", "scripts", "generated_client"):
        shutil.copytree(source / name, dest / name, ignore=ignore)
    return dest


@pytest.fixture(scope="module", autouse=True)
def no_proxy() -> Iterator[None]:
    """The in-process fetches talk to 127.0.0.1 only: no proxy from the environment."""
    with pytest.MonkeyPatch.context() as patch:
        for name in [k for k in os.environ if k.lower().endswith("_proxy")]:
            patch.delenv(name)
        yield


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the repository: other people edit the real one meanwhile."""
    return copy_repo(REPO, tmp_path_factory.mktemp("pristine"))


@pytest.fixture(scope="module")
def repo(pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy for the runs that must leave it untouched; each compares it with its own state before the run."""
    return copy_repo(pristine, tmp_path_factory.mktemp("repo"))


def digest(path: Path) -> dict[str, str]:
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return {str(p.relative_to(path.parent)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def state(root: Path) -> dict[str, str]:
    """Everything --fetch may write: the snapshot, its metadata and the generated package."""
    return {**digest(root / SNAPSHOT), **digest(root / METADATA), **digest(root / "generated_client")}


def load(root: Path) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((root / SNAPSHOT).read_text(encoding="utf-8"))
    return spec


def effective(root: Path) -> dict[str, Any]:
    """The snapshot with the overlay applied: where operationIds, tags and paging facts come from."""
    return effective_spec_at(root / SNAPSHOT)


def python_names(root: Path) -> dict[tuple[str, str], str]:
    """Generated module (tag.operationId) per method + path of the effective spec."""
    return {(m, p): f"{op['tags'][0]}.{op['operationId']}" for m, p, op in operations(effective(root))}


@dataclass
class Fetch:
    """One `build.py --fetch` run (in-process, tests/conftest.py) in a copy of the repository, and what it served."""

    root: Path
    url: str
    body: bytes
    started: datetime
    before: dict[str, str]
    result: subprocess.CompletedProcess[str]


def run_fetch(build_cli: BuildCli, server: _Server, root: Path, name: str, body: bytes, *args: str) -> Fetch:
    """Serve body as /<name>/openapi.json and run `build.py --root root --fetch <its URL> *args`."""
    url = server.serve(f"/{name}/openapi.json", body)
    before, started = state(root), datetime.now(UTC)
    result = build_cli("--root", str(root), "--fetch", url, *args)
    return Fetch(root, url, body, started, before, result)


# --- building modified definitions -------------------------------------------------------------------


def flatten(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """An object schema in plain OpenAPI form (`type: object`), folded by the spec library (effective_schema)."""
    folded = effective_schema(spec, node)
    out: dict[str, Any] = {"type": "object", "properties": dict(folded.get("properties", {}))}
    for key in ("required", "description", "additionalProperties"):
        if folded.get(key) not in (None, []):
            out[key] = folded[key]
    return out


def json_body(op: dict[str, Any]) -> dict[str, Any]:
    content: dict[str, Any] = op["responses"]["200"]["content"]["application/json"]
    return content


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in {"get", "put", "post", "delete", "patch"}:
                yield method, path, op


def broken_definition(spec: dict[str, Any]) -> dict[str, Any]:
    """The STEM listing with `title` removed from its items and tags.bright_outlook retyped to string."""
    new = copy.deepcopy(spec)
    op = new["paths"][STEM_PATH]["get"]
    envelope = flatten(new, json_body(op)["schema"])
    items = flatten(new, envelope["properties"]["occupation"]["items"])
    tags = flatten(new, items["properties"]["tags"])
    assert "title" in items["properties"] and "bright_outlook" in tags["properties"]
    del items["properties"]["title"]
    items["required"] = [r for r in items.get("required", []) if r != "title"]
    tags["properties"]["bright_outlook"] = {"type": "string"}
    items["properties"]["tags"] = tags
    envelope["properties"]["occupation"] = {"type": "array", "items": items}
    json_body(op)["schema"] = envelope
    return new


def ungeneratable(spec: dict[str, Any]) -> dict[str, Any]:
    """Valid OpenAPI the generator cannot use (it warns, and the build treats warnings as errors)."""
    new = copy.deepcopy(spec)
    xml = {"application/xml": {"schema": {"type": "string"}}}
    new["paths"][STEM_PATH]["get"]["responses"]["200"]["content"] = xml
    return new


# An alternative layout of the same API: pagination must still recognise every paged operation.
ALT_TAG = "everything"

CHECK_PAGINATION = """
import importlib, json, sys
from onet_client.pagination import paging_info
expected = json.loads(sys.argv[1])
problems = []
for name, fields in expected.items():
    module = importlib.import_module(f"onet_client.api.{name}")
    if fields is None:
        try:
            paging_info(module)
        except TypeError:
            continue
        problems.append(f"{name}: not paged, but paging_info accepted it")
        continue
    try:
        info = paging_info(module)
    except Exception as exc:
        problems.append(f"{name}: paging_info raised {exc!r}")
        continue
    if info.items_field not in fields:
        problems.append(f"{name}: items_field {info.items_field!r}, expected one of {fields}")
print("\\n".join(problems) or f"checked {len(expected)} operations")
sys.exit(1 if problems else 0)
"""


def alternative_layout(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[tuple[str, str], list[str] | None]]:
    """Rename every operationId, file everything under one tag, inline parameters and paging envelopes.

    Returns the definition and, per method + path, the possible items fields (None: not paged).
    """
    new = copy.deepcopy(spec)
    new["tags"] = [{"name": ALT_TAG, "description": "Every operation."}]
    expected: dict[tuple[str, str], list[str] | None] = {}
    for method, path, op in operations(new):
        op["operationId"] = f"alt_{op['operationId']}"
        op["tags"] = [ALT_TAG]
        op["parameters"] = [copy.deepcopy(deref(new, p)) for p in op.get("parameters", [])]
        queries = {p["name"] for p in op["parameters"] if p["in"] == "query"}
        content = deref(new, op["responses"].get("200", {})).get("content", {})
        body = content.get("application/json") if "content" in op["responses"].get("200", {}) else None
        if body is None or "$ref" not in body.get("schema", {}):
            expected[(method, path)] = None if not {"start", "end"} & queries else []
            continue
        envelope = flatten(new, body["schema"])
        properties = envelope["properties"]
        if {"start", "end"} <= queries and "total" in properties:
            body["schema"] = envelope  # the paging envelope, inline
            arrays = [k for k, v in properties.items() if k not in PAGING_KEYS and deref(new, v).get("type") == "array"]
            assert arrays and all(a.isidentifier() for a in arrays)
            expected[(method, path)] = arrays
        elif not {"start", "end"} & queries and "total" not in properties:
            expected[(method, path)] = None
    # A path the published file names differently: the overlay's knowledge of the old one no longer applies.
    new["paths"][MOVED_TO] = new["paths"].pop(MOVED_PATH)
    # Operations with only some paging signals are ambiguous: no expectation.
    return new, {key: fields for key, fields in expected.items() if fields != [] and key[1] != MOVED_PATH}


# --- the runs that regenerate the client ---------------------------------------------------------------


def redundant_definition(root: Path) -> dict[str, Any]:
    """A published file that states our paging facts itself, and root's overlay loses its name for /about."""
    spec = load(root)
    ours = effective(root)
    end = spec["components"]["parameters"]["End"]
    end.update({k: v for k, v in ours["components"]["parameters"]["End"].items() if k.startswith("x-onet-page")})
    overlay_file = root / "openapi" / "onet" / "overlay.yaml"
    text = overlay_file.read_text(encoding="utf-8")
    about = "$.paths['/about'].get"
    assert f"- target: {about}\n" in text
    # Without our name for /about, the operationId the published file gives it takes over: the report says so.
    spec["paths"]["/about"]["get"]["operationId"] = "published_about"
    overlay_file.write_text(text.replace(f"- target: {about}\n", "- target: $.paths['/nowhere'].get\n", 1))
    return spec


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    """The programmable server every fetch downloads from (a thread: in-process builds then use worker threads)."""
    httpd = start_server()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


# Two runs regenerate the client (the real generator): "alternative", whose tree the tests read, and
# "ungeneratable", which fails at the generator's parse. The report-only cases are --dry-run runs.


@pytest.fixture(scope="module")
def unchanged(build_cli: BuildCli, server: _Server, repo: Path, pristine: Path) -> Fetch:
    """The committed definition served back, --dry-run (text report)."""
    return run_fetch(build_cli, server, repo, "unchanged", (pristine / SNAPSHOT).read_bytes(), "--dry-run")


@pytest.fixture(scope="module")
def broken(build_cli: BuildCli, server: _Server, repo: Path, pristine: Path) -> Fetch:
    """The definition with two breaking changes (broken_definition), --dry-run (text report)."""
    return run_fetch(
        build_cli, server, repo, "broken", json.dumps(broken_definition(load(pristine))).encode(), "--dry-run"
    )


@pytest.fixture(scope="module")
def alternative(
    build_cli: BuildCli, server: _Server, pristine: Path, tmp_path_factory: pytest.TempPathFactory
) -> Fetch:
    """Another layout of the same API with the two breaking changes of "broken": written, regenerated, JSON report."""
    root = copy_repo(pristine, tmp_path_factory.mktemp("alternative"))
    body = json.dumps(broken_definition(alternative_layout(load(pristine))[0])).encode()
    return run_fetch(build_cli, server, root, "alternative", body, "--format", "json")


@pytest.fixture(scope="module")
def ungeneratable_run(
    build_cli: BuildCli, server: _Server, pristine: Path, tmp_path_factory: pytest.TempPathFactory
) -> Fetch:
    """Valid OpenAPI the generator rejects: the run that must put the previous snapshot back."""
    root = copy_repo(pristine, tmp_path_factory.mktemp("ungeneratable"))
    return run_fetch(build_cli, server, root, "ungeneratable", json.dumps(ungeneratable(load(pristine))).encode())


@pytest.fixture(scope="module")
def redundant(build_cli: BuildCli, server: _Server, pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Fetch:
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


def test_fetch_writes_normalized_snapshot_and_metadata_and_regenerates(alternative: Fetch) -> None:
    result = alternative.result
    assert result.returncode == 1, result.stdout + result.stderr  # breaking (test_json_report_...)
    assert "generated 1 package(s)" in result.stderr  # regenerated (progress goes to stderr)
    text = (alternative.root / SNAPSHOT).read_text(encoding="utf-8")
    served = json.loads(alternative.body)
    assert json.loads(text) == served  # the served definition, normalized:
    assert text == json.dumps(served, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    meta = json.loads((alternative.root / METADATA).read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256((alternative.root / SNAPSHOT).read_bytes()).hexdigest()
    assert meta["source_url"] == alternative.url and meta["origin"] == "published"
    retrieved = datetime.fromisoformat(meta["retrieved_at"].replace("Z", "+00:00"))
    assert retrieved.utcoffset() == timedelta(0)
    assert alternative.started - timedelta(seconds=2) <= retrieved <= datetime.now(UTC) + timedelta(seconds=2)


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


def test_the_snapshot_and_generated_client_follow_the_breaking_changes(alternative: Fetch, pristine: Path) -> None:
    """The same two changes as "broken", written: the snapshot and the operation's generated module follow them."""
    op_id = effective(pristine)["paths"][STEM_PATH]["get"]["operationId"]
    schema = json_body(load(alternative.root)["paths"][STEM_PATH]["get"])["schema"]
    assert "title" not in schema["properties"]["occupation"]["items"]["properties"]
    module = f"generated_client/onet_client/api/online/{op_id}.py"
    assert module in alternative.before and state(alternative.root)[module] != alternative.before[module]


def test_json_report_parses_and_lists_the_breaking_changes(alternative: Fetch, pristine: Path) -> None:
    result = alternative.result  # the alternative layout, plus the two changes of "broken"
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["breaking"] is True
    # The two planted changes and the moved path (removed: breaking; added under its new path: not breaking).
    flags = [c["breaking"] for c in report["findings"]]
    counts = report["counts"]
    assert (counts["ERR"], counts["WARN"] + counts["INFO"]) == (flags.count(True), flags.count(False))
    assert (counts["ERR"], counts["WARN"] + counts["INFO"]) == (3, 1)
    # The overlay pins operationIds and tags by method + path, so the report names the operation as before.
    label = f"GET {STEM_PATH} ({effective(pristine)['paths'][STEM_PATH]['get']['operationId']})"
    keys = ("operation", "path", "kind", "breaking", "expected", "seen")  # rule, severity, ... checked elsewhere
    schema_changes = [{k: c[k] for k in keys} for c in report["findings"] if c["operation"] == label]
    assert sorted(schema_changes, key=lambda c: str(c["path"])) == [
        {
            "operation": label,
            "path": "response 200 $.occupation[].tags.bright_outlook",
            "kind": "type-changed",
            "breaking": True,
            "expected": "boolean",
            "seen": "string",
        },
        {
            "operation": label,
            "path": "response 200 $.occupation[].title",
            "kind": "field-removed",
            "breaking": True,
            "expected": "string",
            "seen": None,
        },
    ]


def test_generation_failure_restores_the_previous_snapshot(ungeneratable_run: Fetch) -> None:
    run = ungeneratable_run
    result = run.result
    assert result.returncode == 2, result.stdout + result.stderr
    assert "openapi-python-client" in result.stderr and "Traceback" not in result.stderr
    assert "warnings fail the build" in result.stderr  # stopped at the generator's parse
    assert state(run.root) == run.before


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
    repo: Path, server: _Server, build_cli: BuildCli, case: str, expected: str
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
    elif case == "invalid-spec":
        del spec["info"]
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


def test_alternative_definition_keeps_python_names_and_paging_and_reports_the_overlay(
    alternative: Fetch, pristine: Path
) -> None:
    """Other operationIds, one tag, inline parameters and envelopes, one moved path: the overlay still applies."""
    definition, expected = alternative_layout(load(pristine))
    assert any(expected.values()), "the definition has no paged operation"
    run = alternative
    result = run.result
    assert result.returncode == 1, result.stdout + result.stderr  # the planted changes and the moved path
    report = json.loads(result.stdout)
    assert not {c["kind"] for c in report["findings"]} & {"operation-id-changed", "tag-changed"}

    # Same method + path, same generated module (tag package and operationId module).
    before, after = python_names(pristine), python_names(run.root)
    kept = {key: name for key, name in before.items() if key[1] != MOVED_PATH}
    assert {key: name for key, name in after.items() if key in before} == kept
    api = run.root / "generated_client" / "onet_client" / "api"
    missing = [name for name in kept.values() if not (api / f"{name.replace('.', '/')}.py").is_file()]
    assert not missing, missing
    # The moved operation has no overlay names any more: it keeps the published ones, alone in their tag.
    moved_id = definition["paths"][MOVED_TO]["get"]["operationId"]
    assert after[("get", MOVED_TO)] == f"{ALT_TAG}.{moved_id}"
    assert sorted(p.stem for p in (api / ALT_TAG).glob("*.py") if p.stem != "__init__") == [moved_id]

    # The report names the overlay's knowledge that no longer applies, and nothing else.
    overlay = report["overlay"]
    unmatched = [u["target"] for u in overlay["unmatched"]]
    assert f"$.paths['{MOVED_PATH}'].get" in unmatched
    assert all(target.startswith(f"$.paths['{MOVED_PATH}']") for target in unmatched), unmatched
    assert overlay["renamed"] == [] and overlay["redundant"] == []

    if not PAGINATION.exists():
        pytest.skip("onet_client.pagination (overrides/onet_client/pagination.py) does not exist yet")
    by_module = {after[key]: fields for key, fields in expected.items()}
    check = subprocess.run(
        [sys.executable, "-c", CHECK_PAGINATION, json.dumps(by_module)],
        env={**os.environ, "PYTHONPATH": str(run.root / "generated_client")},  # the fetched build, not ours
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr


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
