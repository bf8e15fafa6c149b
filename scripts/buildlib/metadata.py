"""The metadata file beside a snapshot: where the spec came from, when, and its sha256."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .project import Api, BuildError
from .specs import sha256_of


def read(api: Api) -> dict[str, Any]:
    if api.metadata is None or not api.metadata.exists():
        return {}
    try:
        data: dict[str, Any] = json.loads(api.metadata.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise BuildError(f"{api.metadata}: not valid JSON: {exc}") from exc
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def stale_reason(api: Api) -> str | None:
    """Why the metadata no longer describes the spec file, or None when it does."""
    if api.metadata is None:
        return None
    recorded = read(api).get("sha256")
    actual = sha256_of(api.spec)
    if recorded != actual:
        return f"{api.metadata}: sha256 {recorded} does not match {api.spec.name} ({actual})"
    return None


def refresh_hash(api: Api) -> None:
    """Record the spec's current sha256 (the spec was edited by hand, e.g. the reconstruction)."""
    if api.metadata is None:
        return
    data = read(api)
    data["sha256"] = sha256_of(api.spec)
    write(api.metadata, data)
