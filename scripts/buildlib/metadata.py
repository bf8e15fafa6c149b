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
    """Why the metadata no longer describes the spec file (or its overlay), or None when it does."""
    if api.metadata is None:
        return None
    data = read(api)
    for key, path in hashed_files(api).items():
        recorded, actual = data.get(key), sha256_of(path)
        if recorded != actual:
            return f"{api.metadata}: {key} {recorded} does not match {path.name} ({actual})"
    return None


def hashed_files(api: Api) -> dict[str, Path]:
    """The files the generated package derives from, by the metadata key that records their sha256."""
    return {"sha256": api.spec, **({"overlay_sha256": api.overlay} if api.overlay else {})}


def refresh_hash(api: Api) -> None:
    """Record the current sha256 of the spec and its overlay (either was edited by hand)."""
    if api.metadata is None:
        return
    data = read(api)
    data.update({key: sha256_of(path) for key, path in hashed_files(api).items()})
    write(api.metadata, data)
