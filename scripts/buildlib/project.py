"""Where things live: the repository layout and the APIs listed in openapi/apis.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


class BuildError(Exception):
    """A build step failed; the message says which file and what went wrong."""


@dataclass(frozen=True)
class Api:
    """One API: its spec, generator config and the package generated from it."""

    name: str
    package: str
    spec: Path
    config: Path
    metadata: Path | None
    published_url: str | None
    overlay: Path | None = None  # an OpenAPI Overlay applied to spec (see buildlib.overlay)
    # Security scheme or secret path parameter -> environment variable (apis.toml [<api>.credentials]).
    credentials: dict[str, str] = field(default_factory=dict, hash=False)
    log_env: str | None = None  # environment variable that turns on the SDK's request log (apis.toml log_env)


@dataclass(frozen=True)
class Project:
    """A checkout laid out as the design card says (openapi/, overrides/, generated_client/)."""

    root: Path

    @property
    def openapi_dir(self) -> Path:
        return self.root / "openapi"

    @property
    def templates_dir(self) -> Path:
        """Generator templates that replace openapi-python-client's stock ones of the same name."""
        return self.openapi_dir / "templates"

    @property
    def overrides_dir(self) -> Path:
        return self.root / "overrides"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated_client"

    @property
    def fixtures_dir(self) -> Path:
        """The contract fixtures, one folder per API (contract_tests/README.md)."""
        return self.root / "contract_tests" / "fixtures"

    def apis(self) -> dict[str, Api]:
        table = tomllib.loads((self.openapi_dir / "apis.toml").read_text(encoding="utf-8"))
        apis = {}
        for name, entry in table.items():
            meta = entry.get("metadata")
            apis[name] = Api(
                name=name,
                package=entry["package"],
                spec=self.openapi_dir / entry["spec"],
                config=self.openapi_dir / entry["config"],
                metadata=self.openapi_dir / meta if meta else None,
                published_url=entry.get("published_url"),
                overlay=self.openapi_dir / entry["overlay"] if entry.get("overlay") else None,
                credentials=dict(entry.get("credentials", {})),
                log_env=entry.get("log_env"),
            )
        return apis

    def select(self, names: list[str] | None) -> list[Api]:
        apis = self.apis()
        if not names:
            return list(apis.values())
        unknown = [n for n in names if n not in apis]
        if unknown:
            raise BuildError(f"unknown API {', '.join(unknown)}; known: {', '.join(apis)}")
        return [apis[n] for n in names]
