"""Scrubbing secrets (API key, token, userId) out of everything the monitor writes or logs."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from .apis import REDACTED


class Redactor:
    """Replaces each secret, raw or percent-encoded and in any letter case, by its placeholder."""

    def __init__(self, secrets: dict[str, str]) -> None:
        variants: dict[str, str] = {}
        for secret, placeholder in secrets.items():
            if not secret:
                continue
            for form in {secret, quote(secret, safe=""), quote(secret)}:
                variants[form] = placeholder
        # Longest first, so a secret that contains another is replaced whole.
        ordered = sorted(variants, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in ordered), re.IGNORECASE) if ordered else None
        self._lookup = {k.lower(): v for k, v in variants.items()}

    def text(self, value: str) -> str:
        if self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self._lookup[m.group(0).lower()], value)

    def json(self, value: Any) -> Any:
        """A copy of a decoded JSON value with secrets replaced in every string, keys included."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(v) for v in value]
        if isinstance(value, dict):
            return {self.text(k): self.json(v) for k, v in value.items()}
        return value

    def __call__(self, value: str) -> str:
        return self.text(value)


def redactor_for(secret_values: dict[str, str | None], user_id_placeholder: str | None = None) -> Redactor:
    """A Redactor for named credentials; a userId becomes its path placeholder, anything else <redacted>."""
    mapping: dict[str, str] = {}
    for name, value in secret_values.items():
        if value:
            mapping[value] = user_id_placeholder if (name.endswith("USER_ID") and user_id_placeholder) else REDACTED
    return Redactor(mapping)
