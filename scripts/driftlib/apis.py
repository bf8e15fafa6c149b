"""The APIs the monitor knows: where their specs live and how their credentials travel.

Everything here is derived, nothing listed: the APIs and their spec files come from openapi/apis.toml (read by
buildlib.project, as scripts/build.py reads it), and the default server, the auth header and its prefix, the
environment variables and the secret path parameter from the package's _spec_index.json (the build derives
those from the spec's `servers` and `securitySchemes` and the table's `[<api>.credentials]`).

Where those files are: installed (`dol_career_drift`), the package carries openapi/ and fixtures/ as package
data and each SDK package its own _spec_index.json; in a clone, they are the repository's openapi/,
contract_tests/fixtures/ and generated_client/.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ._speclib import REPO_ROOT, Api, Project, memo


def _shipped_data() -> Path | None:
    """The folder holding openapi/ and fixtures/ inside the installed package; None in a clone."""
    folder = resources.files(__name__.rpartition(".")[0])
    if isinstance(folder, Path) and (folder / "openapi" / "apis.toml").is_file():
        return folder
    return None


_SHIPPED = _shipped_data()
DATA_ROOT = _SHIPPED or REPO_ROOT  # a project root: openapi/apis.toml below it
FIXTURES_DIR = _SHIPPED / "fixtures" if _SHIPPED else REPO_ROOT / "contract_tests" / "fixtures"

REDACTED = "<redacted>"
USER_ID_PLACEHOLDER = "{userId}"


@dataclass(frozen=True)
class ApiConfig:
    """One API: its spec file, generated package, default server and credential rules."""

    name: str
    package: str
    spec_path: Path
    base_url: str
    # Environment variables holding the credentials, in the order the API needs them.
    env_vars: tuple[str, ...]
    # Request header that carries a credential, and the prefix before the secret ("Bearer " or "").
    auth_header: str
    auth_prefix: str
    # Path parameter that carries a secret (CareerOneStop's userId) and the placeholder fixtures hold instead.
    secret_path_param: str | None = None


def _index_text(project: Project, api: Api) -> str:
    """The generated package's _spec_index.json (the build's record of what the spec says).

    The project's generated_client/ copy when it has one (a clone), else the installed package's.
    """
    generated = project.generated_dir / api.package / "_spec_index.json"
    if project.generated_dir.is_dir():
        return generated.read_text(encoding="utf-8")
    return resources.files(api.package).joinpath("_spec_index.json").read_text(encoding="utf-8")


def _config(project: Project, api: Api) -> ApiConfig:
    """One API's configuration, derived once per (table entry, spec index content)."""
    text = _index_text(project, api)
    return memo.remember("drift-api", memo.digest(repr(api), text), lambda: _derive(api, json.loads(text)))


def _derive(api: Api, index: dict[str, Any]) -> ApiConfig:
    """The configuration the spec index implies for one API; ValueError when it has no server or scheme."""
    auth = index["auth"]
    if auth is None or not index["base_url"]:
        raise ValueError(f"{api.spec}: the drift monitor needs a server URL and a security scheme")
    bound = index["bound_parameters"]
    return ApiConfig(
        name=api.name,
        package=api.package,
        spec_path=api.spec,
        base_url=index["base_url"],
        env_vars=(auth["env"], *(b["env"] for b in bound)),
        auth_header=auth["header"],
        auth_prefix=f"{auth['prefix']} " if auth["prefix"] else "",
        secret_path_param=bound[0]["name"] if bound else None,
    )


def load_apis(root: Path = DATA_ROOT) -> dict[str, ApiConfig]:
    """Every API of openapi/apis.toml under `root`, configured from its generated package's spec index."""
    project = Project(root)
    return {name: _config(project, api) for name, api in _apis(project).items()}


def _apis(project: Project) -> dict[str, Api]:
    """The project's API table, read once per (root, apis.toml content)."""
    table = (project.openapi_dir / "apis.toml").read_text(encoding="utf-8")
    return memo.remember("api-table", memo.exact_key(str(project.root), table), project.apis)


API_NAMES = tuple(Project(DATA_ROOT).apis())
