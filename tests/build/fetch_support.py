"""What the build.py --fetch tests share: a programmable 127.0.0.1 server, repository copies, in-process runs and
the modified definitions they serve (tests/build/test_fetch.py: runs that regenerate; test_fetch_report.py: the rest).
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

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


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    routes: dict[str, tuple[int, bytes, float]]

    def serve(self, path: str, body: bytes, status: int = 200, delay: float = 0.0) -> str:
        self.routes[path] = (status, body, delay)
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class Handler(BaseHTTPRequestHandler):
    server: Server

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


def start_server() -> Server:
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.routes = {}
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


# --- copies of the repository, and build.py --fetch runs in them ------------------------------------


FETCHED_PACKAGE = "generated_client/onet_client"  # --fetch snapshots and regenerates O*NET only


def copy_repo(source: Path, dest: Path) -> Path:
    """What a --fetch run reads and may write: specs, overrides, scripts and the fetched API's package (the other
    API's package, which no --fetch touches, is not copied: 200 files fewer to write and delete per copy)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".ruff_cache", ".mypy_cache")
    for name in ("openapi", "overrides", "scripts", FETCHED_PACKAGE):
        shutil.copytree(source / name, dest / name, ignore=ignore)
    return dest


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


def run_fetch(build_cli: BuildCli, server: Server, root: Path, name: str, body: bytes, *args: str) -> Fetch:
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


# --- what the two test modules' fixtures do -----------------------------------------------------------
