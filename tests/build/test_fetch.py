"""scripts/build.py --fetch end to end, against a local HTTP server and a throwaway copy of the repository."""

from __future__ import annotations

import atexit
import copy
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
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
    """One `build.py --fetch` subprocess in its own copy of the repository."""

    root: Path
    url: str
    started: datetime
    before: dict[str, str]
    process: subprocess.Popen[bytes]
    _result: subprocess.CompletedProcess[str] | None = None

    def result(self) -> subprocess.CompletedProcess[str]:
        if self._result is None:
            self.process.wait(timeout=300)
            out, err = (self.root / "stdout.txt", self.root / "stderr.txt")
            self._result = subprocess.CompletedProcess(
                self.process.args, self.process.returncode, out.read_text(), err.read_text()
            )
        return self._result


def start_fetch(root: Path, url: str, *args: str) -> Fetch:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}  # 127.0.0.1 only
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    command = [sys.executable, str(root / "scripts" / "build.py"), "--root", str(root), "--fetch", url, *args]
    before = state(root)
    # Niced: started early (see prestart), these builds use the core the test process leaves idle.
    nice = (lambda: os.nice(10)) if hasattr(os, "nice") else None
    with open(root / "stdout.txt", "wb") as out, open(root / "stderr.txt", "wb") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, preexec_fn=nice)
    return Fetch(root, url, datetime.now(UTC), before, process)


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


class StaticServer:
    """`python -m http.server` over a folder, in its own process.

    The early fetches need a server before any test runs; a thread in this process would change how in-process
    builds in other tests run (buildlib.generate forks workers only while no other thread is alive).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        command = [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", str(folder)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self.process.stdout is not None
        banner = self.process.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N (http://127.0.0.1:N/) ..."
        self.base = banner.split("(", 1)[1].split(")", 1)[0].rstrip("/")

    def serve(self, path: str, body: bytes) -> str:
        target = self.folder / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        return f"{self.base}{path}"

    def stop(self) -> None:
        self.process.kill()
        self.process.communicate()


@dataclass
class Batch:
    """A snapshot of the repository, and every fetch that regenerates the client, running.

    A build of the real definition takes several seconds; these five are all the file needs. They start at
    once, each in its own copy, so they overlap each other and (through prestart) the rest of the test run.
    """

    workdir: Path
    server: StaticServer
    pristine: Path
    runs: dict[str, Fetch]

    @classmethod
    def start(cls, workdir: Path) -> Batch:
        (workdir / "www").mkdir(parents=True)
        server = StaticServer(workdir / "www")
        pristine = copy_repo(REPO, workdir / "pristine")  # other people edit the real repository meanwhile
        spec = load(pristine)
        redundant_root = copy_repo(pristine, workdir / "redundant")
        definitions: dict[str, tuple[bytes, list[str], Path | None]] = {
            "unchanged": ((pristine / SNAPSHOT).read_bytes(), [], None),
            "broken": (json.dumps(broken_definition(spec)).encode(), [], None),
            # Another layout of the same API with the same two breaking changes, reported as JSON.
            "alternative": (
                json.dumps(broken_definition(alternative_layout(spec)[0])).encode(),
                ["--format", "json"],
                None,
            ),
            "ungeneratable": (json.dumps(ungeneratable(spec)).encode(), [], None),
            "redundant": (
                json.dumps(redundant_definition(redundant_root)).encode(),
                ["--format", "json"],
                redundant_root,
            ),
        }
        runs = {}
        for name, (body, args, root) in definitions.items():
            root = root or copy_repo(pristine, workdir / name)
            runs[name] = start_fetch(root, server.serve(f"/{name}/openapi.json", body), *args)
        return cls(workdir, server, pristine, runs)

    def stop(self) -> None:
        for run in self.runs.values():
            if run.process.poll() is None:
                run.process.kill()
                run.process.wait()
        self.server.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


_batch: list[Batch] = []


def prestart() -> None:
    """Called by tests/conftest.py once collection is done: start the batch before this module's tests run."""
    if not _batch:
        _batch.append(Batch.start(Path(tempfile.mkdtemp(prefix="test-fetch-"))))
        atexit.register(_stop_batch)  # a run that ended before the module


def _stop_batch() -> None:
    while _batch:
        _batch.pop().stop()


@pytest.fixture(scope="module")
def batch() -> Iterator[Batch]:
    prestart()  # a no-op when the collection hook already started it
    yield _batch[0]
    _stop_batch()


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    """The programmable server of the error cases (a thread: these runs never reach the generator)."""
    httpd = start_server()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def pristine(batch: Batch) -> Path:
    return batch.pristine


@pytest.fixture(scope="module")
def fetched(batch: Batch) -> dict[str, Fetch]:
    return batch.runs


# --- tests -------------------------------------------------------------------------------------------


def test_unchanged_definition_exits_0_and_writes_snapshot_and_metadata(
    fetched: dict[str, Fetch], pristine: Path
) -> None:
    run = fetched["unchanged"]
    result = run.result()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no breaking changes" in result.stdout.lower()
    assert "Overlay: 0 unmatched, 0 redundant, 0 renamed" in result.stdout
    assert "generated 1 package(s)" in result.stderr  # regenerated (progress goes to stderr)

    text = (run.root / SNAPSHOT).read_text(encoding="utf-8")
    assert json.loads(text) == load(pristine)  # the served definition, normalized:
    assert text == json.dumps(load(pristine), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    meta = json.loads((run.root / METADATA).read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256((run.root / SNAPSHOT).read_bytes()).hexdigest()
    assert meta["source_url"] == run.url and meta["origin"] == "published"
    retrieved = datetime.fromisoformat(meta["retrieved_at"].replace("Z", "+00:00"))
    assert retrieved.utcoffset() == timedelta(0)
    assert run.started - timedelta(seconds=2) <= retrieved <= datetime.now(UTC) + timedelta(seconds=2)


def test_breaking_changes_exit_1_and_name_operation_and_json_paths(fetched: dict[str, Fetch], pristine: Path) -> None:
    run = fetched["broken"]
    op_id = effective(pristine)["paths"][STEM_PATH]["get"]["operationId"]
    result = run.result()
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "BREAKING" in out.splitlines()[0]
    assert f"GET {STEM_PATH} ({op_id})" in out
    assert "response 200 $.occupation[].title: field-removed [response-field-removed]; was string" in out
    bright = "response 200 $.occupation[].tags.bright_outlook: type-changed [response-type-changed]"
    assert f"{bright}; was boolean, now string" in out
    # The snapshot, its metadata and the generated client all follow the new definition.
    schema = json_body(load(run.root)["paths"][STEM_PATH]["get"])["schema"]
    assert "title" not in schema["properties"]["occupation"]["items"]["properties"]
    meta = json.loads((run.root / METADATA).read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256((run.root / SNAPSHOT).read_bytes()).hexdigest()
    module = f"generated_client/onet_client/api/online/{op_id}.py"
    assert module in run.before and state(run.root)[module] != run.before[module]


def test_json_report_parses_and_lists_the_breaking_changes(fetched: dict[str, Fetch], pristine: Path) -> None:
    result = fetched["alternative"].result()  # the alternative layout, plus the two changes of "broken"
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


def test_generation_failure_restores_the_previous_snapshot(fetched: dict[str, Fetch]) -> None:
    run = fetched["ungeneratable"]
    result = run.result()
    assert result.returncode == 2, result.stdout + result.stderr
    assert "openapi-python-client" in result.stderr and "Traceback" not in result.stderr
    assert state(run.root) == run.before


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
    repo: Path, server: _Server, build_cli: BuildCli, monkeypatch: pytest.MonkeyPatch, case: str, expected: str
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
    for name in [k for k in os.environ if k.lower().endswith("_proxy")]:
        monkeypatch.delenv(name)  # 127.0.0.1 only, as in start_fetch
    before = state(repo)
    result = build_cli("--root", str(repo), "--fetch", url, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr and url in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert state(repo) == before


def test_alternative_definition_keeps_python_names_and_paging_and_reports_the_overlay(
    fetched: dict[str, Fetch], pristine: Path
) -> None:
    """Other operationIds, one tag, inline parameters and envelopes, one moved path: the overlay still applies."""
    alternative, expected = alternative_layout(load(pristine))
    assert any(expected.values()), "the definition has no paged operation"
    run = fetched["alternative"]
    result = run.result()
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
    moved_id = alternative["paths"][MOVED_TO]["get"]["operationId"]
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


def test_overlay_renames_and_redundant_overrides_are_reported(fetched: dict[str, Fetch]) -> None:
    """A published file that states our paging facts itself, and an overlay that lost its name for /about."""
    result = fetched["redundant"].result()  # the definition and overlay of redundant_definition
    assert result.returncode in (0, 1), result.stdout + result.stderr
    overlay = json.loads(result.stdout)["overlay"]
    redundant = {r["path"] for r in overlay["redundant"]}
    assert '$.components.parameters.End["x-onet-page-size-max"]' in redundant
    assert "$.components.parameters.End.description" not in redundant  # the published text differs from ours
    assert "$.paths['/nowhere'].get" in [u["target"] for u in overlay["unmatched"]]
    assert [(r["operation"], r["after"]["module"]) for r in overlay["renamed"]] == [
        ("GET /about", "default.published_about")
    ]
