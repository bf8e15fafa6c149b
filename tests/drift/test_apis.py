"""The drift tool's API configuration is derived from apis.toml and the spec index, not listed in code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from buildlib.overlay import effective_spec_at
from buildlib.project import REPO_ROOT, Project
from driftlib.apis import API_NAMES, load_apis


def _copy_layout(root: Path) -> None:
    """A checkout holding only what load_apis reads: apis.toml and each package's committed spec index."""
    (root / "openapi").mkdir(parents=True)
    shutil.copy(REPO_ROOT / "openapi" / "apis.toml", root / "openapi" / "apis.toml")
    for api in Project(REPO_ROOT).apis().values():
        target = root / "generated_client" / api.package
        target.mkdir(parents=True)
        shutil.copy(REPO_ROOT / "generated_client" / api.package / "_spec_index.json", target / "_spec_index.json")


def _edit_index(root: Path, package: str, **changes: Any) -> None:
    path = root / "generated_client" / package / "_spec_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index.update(changes)
    path.write_text(json.dumps(index), encoding="utf-8")


def test_committed_configuration_matches_the_specs_and_the_credentials_table() -> None:
    apis = load_apis()
    assert tuple(Project(REPO_ROOT).apis()) == API_NAMES
    for name, api in Project(REPO_ROOT).apis().items():
        config = apis[name]
        servers = effective_spec_at(api.spec).get("servers") or []
        assert config.base_url == str(servers[0]["url"]).rstrip("/"), name
        assert set(config.env_vars) == set(api.credentials.values()), name
    assert apis["careeronestop"].auth_prefix == "Bearer " and apis["careeronestop"].secret_path_param == "userId"
    assert apis["onet"].auth_prefix == "" and apis["onet"].secret_path_param is None


def test_a_changed_server_scheme_or_bound_parameter_changes_the_configuration(tmp_path: Path) -> None:
    _copy_layout(tmp_path)
    auth = {"scheme": "KeyHeader", "header": "X-Other-Key", "prefix": "Token", "env": "OTHER_KEY"}
    bound = [{"name": "account", "python_name": "account", "env": "OTHER_ACCOUNT", "placeholder": "{account}"}]
    _edit_index(tmp_path, "onet_client", base_url="https://example.test/v9", auth=auth, bound_parameters=bound)
    config = load_apis(tmp_path)["onet"]
    assert config.base_url == "https://example.test/v9"
    assert (config.auth_header, config.auth_prefix) == ("X-Other-Key", "Token ")
    assert config.env_vars == ("OTHER_KEY", "OTHER_ACCOUNT")
    assert config.secret_path_param == "account"
    assert config.spec_path == tmp_path / "openapi" / "onet" / "openapi.json"
