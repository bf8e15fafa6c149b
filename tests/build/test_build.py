"""scripts/build.py on a tiny throwaway project: generation, --check, and failure paths."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[2] / "scripts" / "build.py"

TINY_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {"schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}},
}


def run_build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BUILD), "--root", str(root), *args], capture_output=True, text=True)


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "openapi" / "tiny").mkdir(parents=True)
    (tmp_path / "openapi" / "apis.toml").write_text(
        '[tiny]\npackage = "tiny_client"\nspec = "tiny/openapi.json"\nconfig = "tiny/config.yaml"\n'
    )
    (tmp_path / "openapi" / "tiny" / "openapi.json").write_text(json.dumps(TINY_SPEC, indent=2))
    (tmp_path / "openapi" / "tiny" / "config.yaml").write_text("package_name_override: tiny_client\npost_hooks: []\n")
    overrides = tmp_path / "overrides" / "tiny_client"
    overrides.mkdir(parents=True)
    (overrides / "py.typed").write_text("")
    (overrides / "extras.py").write_text('"""Hand-written."""\n\nVALUE = 1\n')
    return tmp_path


def write_spec(project: Path, spec: dict[str, object]) -> None:
    (project / "openapi" / "tiny" / "openapi.json").write_text(json.dumps(spec, indent=2))


def test_build_generates_package_with_overrides_and_is_deterministic(project: Path) -> None:
    first = run_build(project)
    assert first.returncode == 0, first.stderr
    package = project / "generated_client" / "tiny_client"
    assert (package / "api" / "things" / "list_things.py").is_file()
    assert (package / "extras.py").read_text() == '"""Hand-written."""\n\nVALUE = 1\n'
    assert (package / "py.typed").exists()
    assert "1 operations" in first.stdout and "seconds" not in first.stderr
    assert not list(package.rglob(".ruff_cache")) and not list(package.rglob("__pycache__"))
    before = tree_digest(package)
    assert run_build(project).returncode == 0
    assert tree_digest(package) == before


def test_check_passes_when_fresh_and_names_stale_files(project: Path) -> None:
    assert run_build(project).returncode == 0
    fresh = run_build(project, "--check")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr

    spec = json.loads(json.dumps(TINY_SPEC))
    spec["components"]["schemas"]["Thing"]["properties"]["size"] = {"type": "integer"}
    write_spec(project, spec)
    stale = run_build(project, "--check")
    assert stale.returncode == 1
    assert "STALE tiny" in stale.stdout
    assert "models/thing.py" in stale.stdout
    assert "size" in stale.stdout  # the diff excerpt shows what changed


def test_check_reports_hand_edit_of_generated_code(project: Path) -> None:
    assert run_build(project).returncode == 0
    module = project / "generated_client" / "tiny_client" / "api" / "things" / "list_things.py"
    module.write_text(module.read_text() + "\n# edited by hand\n")
    stale = run_build(project, "--check")
    assert stale.returncode == 1
    assert "api/things/list_things.py" in stale.stdout


def test_dangling_ref_fails_with_file_and_path_and_leaves_output_untouched(project: Path) -> None:
    assert run_build(project).returncode == 0
    before = tree_digest(project / "generated_client")
    spec = json.loads(json.dumps(TINY_SPEC))
    content = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]
    content["application/json"]["schema"] = {"$ref": "#/components/schemas/Missing"}
    write_spec(project, spec)
    result = run_build(project)
    assert result.returncode == 2
    assert "tiny/openapi.json" in result.stderr
    assert '$.paths["/things"].get.responses["200"]' in result.stderr
    assert "#/components/schemas/Missing" in result.stderr
    assert tree_digest(project / "generated_client") == before


def test_schema_violation_names_json_path(project: Path) -> None:
    spec = json.loads(json.dumps(TINY_SPEC))
    spec["paths"]["/things"]["get"]["responses"]["200"]["description"] = 5
    write_spec(project, spec)
    result = run_build(project)
    assert result.returncode == 2
    assert "description" in result.stderr and "/things" in result.stderr


def test_generator_warning_fails_the_build(project: Path) -> None:
    spec = json.loads(json.dumps(TINY_SPEC))
    # Valid OpenAPI, but the generator cannot use it: it warns and skips the endpoint.
    spec["paths"]["/things"]["get"]["responses"]["200"]["content"] = {"application/xml": {"schema": {"type": "string"}}}
    write_spec(project, spec)
    result = run_build(project)
    assert result.returncode == 2
    assert "openapi-python-client" in result.stderr


def test_override_may_not_shadow_generated_module(project: Path) -> None:
    (project / "overrides" / "tiny_client" / "client.py").write_text("X = 1\n")
    result = run_build(project)
    assert result.returncode == 2
    assert "would overwrite the generated tiny_client/client.py" in result.stderr


def test_init_override_must_keep_generated_exports(project: Path) -> None:
    (project / "overrides" / "tiny_client" / "__init__.py").write_text(
        'from .client import Client\n\n__all__ = ("Client",)\n'
    )
    result = run_build(project)
    assert result.returncode == 2
    assert "AuthenticatedClient" in result.stderr


def test_unknown_api_is_a_usage_error(project: Path) -> None:
    result = run_build(project, "--api", "nope")
    assert result.returncode == 2
    assert "unknown API nope" in result.stderr
