"""scripts/build.py on a tiny throwaway project: generation, --check, parallel APIs, and failure paths.

The build runs in-process (tests/conftest.py) and the tiny project is generated once per module; tests that
start from a built project copy that tree instead of generating it again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from buildlib.project import REPO_ROOT, Project
from buildlib.specs import YAML_LOADER

from tests.conftest import BuildCli

pytestmark = pytest.mark.cost(4)  # seconds, idle 2-core machine: scheduled early (tests/conftest.py)

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


RunBuild = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def run_build(build_cli: BuildCli) -> RunBuild:
    def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return build_cli("--root", str(root), *args)

    return run


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def make_project(root: Path, api: str = "tiny") -> Path:
    """A project with one API (more with add_api), its spec TINY_SPEC; nothing generated yet."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "openapi").mkdir(exist_ok=True)
    (root / "openapi" / "apis.toml").write_text("")
    add_api(root, api)
    return root


def add_api(root: Path, api: str) -> None:
    package = f"{api}_client"
    with (root / "openapi" / "apis.toml").open("a") as toml:
        toml.write(f'[{api}]\npackage = "{package}"\nspec = "{api}/openapi.json"\nconfig = "{api}/config.yaml"\n')
    (root / "openapi" / api).mkdir()
    (root / "openapi" / api / "openapi.json").write_text(json.dumps(TINY_SPEC, indent=2))
    (root / "openapi" / api / "config.yaml").write_text(f"package_name_override: {package}\npost_hooks: []\n")
    overrides = root / "overrides" / package
    overrides.mkdir(parents=True)
    (overrides / "py.typed").write_text("")
    (overrides / "extras.py").write_text('"""Hand-written."""\n\nVALUE = 1\n')


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory, run_build: RunBuild) -> tuple[Path, str]:
    """The tiny project, generated once for the module, and what the build printed."""
    root = make_project(tmp_path_factory.mktemp("built") / "project")
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    return root, result.stdout


@pytest.fixture
def built(first_build: tuple[Path, str], tmp_path: Path) -> Path:
    """A private copy of the generated tiny project."""
    return Path(shutil.copytree(first_build[0], tmp_path / "project"))


def write_spec(project: Path, spec: dict[str, object]) -> None:
    (project / "openapi" / "tiny" / "openapi.json").write_text(json.dumps(spec, indent=2))


def test_build_generates_package_with_overrides_and_is_deterministic(
    first_build: tuple[Path, str], built: Path, run_build: RunBuild
) -> None:
    package = built / "generated_client" / "tiny_client"
    assert (package / "api" / "things" / "list_things.py").is_file()
    assert (package / "extras.py").read_text() == '"""Hand-written."""\n\nVALUE = 1\n'
    assert (package / "py.typed").exists()
    assert "1 operations" in first_build[1]
    assert not list(package.rglob(".ruff_cache")) and not list(package.rglob("__pycache__"))
    before = tree_digest(package)
    again = run_build(built)
    assert again.returncode == 0 and "seconds" not in again.stderr
    assert tree_digest(package) == before


def test_check_passes_when_fresh_and_names_stale_files(built: Path, run_build: RunBuild) -> None:
    project = built
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


def test_check_reports_hand_edit_of_generated_code(built: Path, run_build: RunBuild) -> None:
    project = built
    module = project / "generated_client" / "tiny_client" / "api" / "things" / "list_things.py"
    module.write_text(module.read_text() + "\n# edited by hand\n")
    stale = run_build(project, "--check")
    assert stale.returncode == 1
    assert "api/things/list_things.py" in stale.stdout


def test_dangling_ref_fails_with_file_and_path_and_leaves_output_untouched(built: Path, run_build: RunBuild) -> None:
    project = built
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


def test_schema_violation_names_json_path(project: Path, run_build: RunBuild) -> None:
    spec = json.loads(json.dumps(TINY_SPEC))
    spec["paths"]["/things"]["get"]["responses"]["200"]["description"] = 5
    write_spec(project, spec)
    result = run_build(project)
    assert result.returncode == 2
    assert "description" in result.stderr and "/things" in result.stderr


def test_generator_warning_fails_the_build(project: Path, run_build: RunBuild) -> None:
    spec = json.loads(json.dumps(TINY_SPEC))
    # Valid OpenAPI, but the generator cannot use it: it warns and skips the endpoint.
    spec["paths"]["/things"]["get"]["responses"]["200"]["content"] = {"application/xml": {"schema": {"type": "string"}}}
    write_spec(project, spec)
    result = run_build(project)
    assert result.returncode == 2
    assert "openapi-python-client" in result.stderr


def test_override_may_not_shadow_generated_module(project: Path, run_build: RunBuild) -> None:
    (project / "overrides" / "tiny_client" / "client.py").write_text("X = 1\n")
    result = run_build(project)
    assert result.returncode == 2
    assert "would overwrite the generated tiny_client/client.py" in result.stderr


def test_init_override_must_keep_generated_exports(project: Path, run_build: RunBuild) -> None:
    (project / "overrides" / "tiny_client" / "__init__.py").write_text(
        'from .client import Client\n\n__all__ = ("Client",)\n'
    )
    result = run_build(project)
    assert result.returncode == 2
    assert "AuthenticatedClient" in result.stderr


def test_unknown_api_is_a_usage_error(project: Path, run_build: RunBuild) -> None:
    """(The script's entry point runs as a real subprocess in test_export's byte-identical test.)"""
    result = run_build(project, "--api", "nope")
    assert result.returncode == 2
    assert "unknown API nope" in result.stderr


def test_apis_are_generated_together_with_the_same_output_as_alone(
    first_build: tuple[Path, str], project: Path, run_build: RunBuild
) -> None:
    add_api(project, "twin")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    assert "generated 2 package(s)" in result.stdout
    generated = project / "generated_client"
    assert tree_digest(generated / "tiny_client") == tree_digest(first_build[0] / "generated_client" / "tiny_client")
    assert (generated / "twin_client" / "api" / "things" / "list_things.py").is_file()


def test_invalid_spec_of_one_api_fails_the_whole_build_naming_only_that_api(project: Path, run_build: RunBuild) -> None:
    add_api(project, "twin")
    spec = json.loads(json.dumps(TINY_SPEC))
    spec["paths"]["/things"]["get"]["responses"]["200"]["description"] = 5  # the generator might still cope
    (project / "openapi" / "twin" / "openapi.json").write_text(json.dumps(spec))
    result = run_build(project)
    assert result.returncode == 2
    assert "twin/openapi.json: invalid OpenAPI document" in result.stderr
    assert "tiny/openapi.json" not in result.stderr and "openapi-python-client" not in result.stderr
    assert not (project / "generated_client").exists()  # not even the valid API is installed


YAML_SPECS = sorted(name for name, api in Project(REPO_ROOT).apis().items() if api.spec.suffix in {".yaml", ".yml"})


@pytest.mark.parametrize("api", YAML_SPECS)
def test_fast_yaml_loader_reads_every_yaml_spec_like_the_pure_python_one(api: str) -> None:
    text = Project(REPO_ROOT).apis()[api].spec.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=YAML_LOADER) == yaml.load(text, Loader=yaml.SafeLoader)


def test_fast_yaml_loader_agrees_on_yaml_corner_cases() -> None:
    text = (
        "200: {description: int key}\n'201': str key\ndate: 2024-05-01\nflags: [yes, no, on, true, ~, null]\n"
        "numbers: [0x1f, 1e3, .5, -.inf, 017, 1_000]\nanchor: &a {x: [1, 2]}\nalias: *a\n"
        'unicode: "O*NET \\u00e9t\u00e9"\nblock: |\n  two\n  lines\n'
    )
    assert yaml.load(text, Loader=YAML_LOADER) == yaml.load(text, Loader=yaml.SafeLoader)


def test_threaded_build_keeps_its_own_output(first_build: tuple[Path, str], project: Path, run_build: RunBuild) -> None:
    """With another thread alive the build uses worker threads; their silenced generator must not swallow stdout."""
    add_api(project, "twin")
    release = threading.Event()
    bystander = threading.Thread(target=release.wait, daemon=True)  # makes forking unsafe: threads are used
    bystander.start()
    try:
        result = run_build(project)
    finally:
        release.set()
        bystander.join()
    assert result.returncode == 0, result.stderr
    assert "generated 2 package(s)" in result.stdout


def test_an_edited_template_is_compiled_again_in_the_same_process(project: Path, run_build: RunBuild) -> None:
    """In-process builds reuse compiled templates (buildlib.generator) only while the template source is the same."""
    shutil.copytree(REPO_ROOT / "openapi" / "templates", project / "openapi" / "templates")
    model = project / "openapi" / "templates" / "model.py.jinja"
    thing = project / "generated_client" / "tiny_client" / "models" / "thing.py"
    release = threading.Event()
    bystander = threading.Thread(target=release.wait, daemon=True)  # worker threads: both builds in this process
    bystander.start()
    try:
        assert run_build(project).returncode == 0
        assert "# edited template" not in thing.read_text()
        model.write_text(model.read_text() + "\n# edited template\n")
        result = run_build(project)
    finally:
        release.set()
        bystander.join()
    assert result.returncode == 0, result.stderr
    assert "# edited template" in thing.read_text()


def test_check_fails_on_a_spec_change_without_a_version_move(built: Path, run_build: RunBuild) -> None:
    """With release records kept (openapi/releases/), a spec edit needs `--bump` before --check passes."""
    (built / "openapi" / "releases").mkdir()
    assert run_build(built, "--bump").returncode == 0
    assert run_build(built, "--check").returncode == 0
    spec = json.loads(json.dumps(TINY_SPEC))
    spec["info"]["description"] = "Described anew."  # no generated file changes: only the version check can fail
    write_spec(built, spec)
    stale = run_build(built, "--check")
    assert stale.returncode == 1
    assert "UNVERSIONED tiny: the spec changed since 1 without its version moving" in stale.stdout
    assert "a patch change" in stale.stdout
    bumped = run_build(built, "--bump")
    assert bumped.returncode == 0 and "(patch)" in bumped.stdout
    assert run_build(built, "--check").returncode == 0
