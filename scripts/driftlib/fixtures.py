"""The fixture file format: one recorded (or synthesized) HTTP exchange per JSON file.

Layout: <fixtures root>/<api>/<operationId>[__<variant>].json. The format is described for people in
contract_tests/README.md and enforced here by fixture.schema.json (data beside this module) plus a few rules
JSON Schema cannot express (file name matches the operationId, secrets are placeholders).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from ._speclib import memo
from .apis import REDACTED, USER_ID_PLACEHOLDER, ApiConfig

SECRET_HEADERS = ("x-api-key", "authorization")
SCHEMA_FILE = Path(__file__).with_name("fixture.schema.json")
FIXTURE_SCHEMA: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
PROVENANCE_SOURCES = tuple(FIXTURE_SCHEMA["properties"]["provenance"]["properties"]["source"]["enum"])

_FORMAT = Draft202012Validator(FIXTURE_SCHEMA)


class FixtureError(Exception):
    """A fixture file cannot be used: unreadable, not JSON, or not in the fixture format."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass(frozen=True)
class Fixture:
    """A loaded fixture file."""

    path: Path
    api: str
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def operation_id(self) -> str:
        return str(self.data["operationId"])

    @property
    def request(self) -> dict[str, Any]:
        return dict(self.data["request"])

    @property
    def response(self) -> dict[str, Any]:
        return dict(self.data["response"])

    @property
    def status(self) -> int:
        return int(self.data["response"]["status"])

    @property
    def content_type(self) -> str:
        """The recorded response's Content-Type ("" when the fixture has none)."""
        headers = self.data["response"]["headers"]
        return next((str(v) for k, v in headers.items() if k.lower() == "content-type"), "")

    @property
    def body(self) -> Any:
        return self.data["response"]["body"]

    @property
    def provenance(self) -> dict[str, Any]:
        return dict(self.data["provenance"])

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300


def format_problems(data: Any, api: ApiConfig | None = None) -> list[str]:
    """Every way `data` breaks the fixture format, as readable messages (empty when it conforms)."""
    messages = [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
        for e in sorted(_FORMAT.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    ]
    if messages or not isinstance(data, dict):
        return messages
    headers = data["request"]["headers"]
    for name, value in headers.items():
        if name.lower() in SECRET_HEADERS and value != REDACTED:
            messages.append(f"request/headers/{name}: a credential header must hold {REDACTED!r}")
    if api is not None and api.secret_path_param is not None:
        value = data["request"]["pathParams"].get(api.secret_path_param)
        if value != USER_ID_PLACEHOLDER:
            messages.append(
                f"request/pathParams/{api.secret_path_param}: must be the placeholder {USER_ID_PLACEHOLDER!r}"
            )
    return messages


def load_fixture(path: Path, api: ApiConfig | None = None) -> Fixture:
    """Read and check one fixture file; FixtureError says what is wrong (never a traceback for the user).

    A content found well-formed once (for the same API) is not checked again in this process.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FixtureError(path, f"cannot read: {exc}") from exc
    data = memo.remember("fixture", memo.exact_key(text, api), lambda: _well_formed(path, text, api))
    stem = path.stem
    operation_id = data["operationId"]
    if stem != operation_id and not stem.startswith(f"{operation_id}__"):
        raise FixtureError(path, f"file name must be {operation_id}.json or {operation_id}__<variant>.json")
    return Fixture(path=path, api=api.name if api else path.parent.name, data=data)


def _well_formed(path: Path, text: str, api: ApiConfig | None) -> dict[str, Any]:
    """The fixture's data when it is JSON in the fixture format; FixtureError naming `path` otherwise."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FixtureError(path, f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    problems = format_problems(data, api)
    if problems:
        raise FixtureError(path, "not in the fixture format: " + "; ".join(problems))
    checked: dict[str, Any] = data
    return checked


def fixture_paths(root: Path, api: str) -> list[Path]:
    """The fixture files of one API under a fixtures root, sorted by name."""
    folder = root / api
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def dump_fixture(data: dict[str, Any]) -> str:
    """The canonical text of a fixture: two-space indent, keys in a fixed order, trailing newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
