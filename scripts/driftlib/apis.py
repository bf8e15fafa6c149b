"""The two APIs the monitor knows: where their specs live and how their credentials travel.

Spec locations come from openapi/apis.toml (the same table scripts/build.py reads); the credential rules are
the monitor's own, because they decide what must be scrubbed from recordings and reports.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES_DIR = REPO_ROOT / "contract_tests" / "fixtures"

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


def _spec_paths(root: Path) -> dict[str, tuple[str, Path]]:
    table = tomllib.loads((root / "openapi" / "apis.toml").read_text(encoding="utf-8"))
    return {name: (entry["package"], root / "openapi" / entry["spec"]) for name, entry in table.items()}


def load_apis(root: Path = REPO_ROOT) -> dict[str, ApiConfig]:
    """Both API configurations, with spec paths read from openapi/apis.toml under `root`."""
    specs = _spec_paths(root)
    onet_package, onet_spec = specs["onet"]
    cos_package, cos_spec = specs["careeronestop"]
    return {
        "onet": ApiConfig(
            name="onet",
            package=onet_package,
            spec_path=onet_spec,
            base_url="https://api-v2.onetcenter.org",
            env_vars=("ONET_API_KEY",),
            auth_header="X-API-Key",
            auth_prefix="",
        ),
        "careeronestop": ApiConfig(
            name="careeronestop",
            package=cos_package,
            spec_path=cos_spec,
            base_url="https://api.careeronestop.org",
            env_vars=("CAREERONESTOP_API_TOKEN", "CAREERONESTOP_USER_ID"),
            auth_header="Authorization",
            auth_prefix="Bearer ",
            secret_path_param="userId",
        ),
    }


API_NAMES = ("onet", "careeronestop")
