"""Keep credentials out of messages and log records by replacing them (in every encoded form) with placeholders."""

from __future__ import annotations

import base64
import logging
import re
import weakref
from collections.abc import Callable, Iterable

# Loggers that see request URLs, headers or bodies: httpx logs each request at INFO, httpx-retries and httpcore
# at DEBUG (httpcore prints response headers such as Location), hishel logs cache keys. A logging filter applies
# only to records created on the logger it is attached to, so every emitting logger is listed, not its parent.
WATCHED_LOGGERS = (
    "httpx",
    "httpx_retries",
    "httpx_retries.transport",
    "httpx_retries.retry",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hishel",
    "hishel.core.spec",
    "hishel._core._storages._sync_sqlite",
    "hishel._core._storages._async_sqlite",
    "hishel._core._storages._sync_redis",
    "hishel._core._storages._async_redis",
)
# Any other logger already created under these prefixes is covered too (a library may add modules).
WATCHED_PREFIXES = ("httpx", "httpcore", "hishel")

# Shorter values cannot be told apart from ordinary text; real keys, tokens and userIds are far longer.
MIN_SECRET_LENGTH = 4


def _char_forms(char: str) -> list[str]:
    """Ways one character of a secret can appear in text: itself, JSON/JS escapes, percent and HTML forms."""
    code = ord(char)
    forms = [re.escape(char)]
    if code < 0x10000:
        forms.append(rf"\\u{code:04x}")  # matched case-insensitively: \u002b and \u002B (ASP.NET)
    if code < 0x80:
        forms.append(rf"%{code:02x}")
        forms.append(rf"&#0*{code};|&#x0*{code:x};")
        if char == "/":
            forms.append(r"\\/")  # JSON may escape the slash
        if char == " ":
            forms.append(r"\+")  # form encoding
    else:
        forms.append("".join(f"%{b:02x}" for b in char.encode()))
    return forms


def _pattern(secret: str) -> str:
    """A regex matching the secret with each character in any of its encoded forms (mixed forms too)."""
    return "".join(f"(?:{'|'.join(_char_forms(c))})" for c in secret)


def _base64_forms(secret: str) -> Iterable[str]:
    raw = secret.encode()
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        text = encode(raw).decode()
        yield text
        yield text.rstrip("=")


class Redactor:
    """Replaces each secret, plain or encoded (JSON-escaped, percent-encoded, base64), with its placeholder."""

    def __init__(self, secrets: dict[str, str]) -> None:
        kept = {s: p for s, p in secrets.items() if len(s) >= MIN_SECRET_LENGTH}
        # Longest first, so a secret containing another is replaced whole.
        ordered = sorted(kept.items(), key=lambda item: -len(item[0]))
        self._placeholders: dict[str, str] = {}
        alternatives = []
        for index, (secret, placeholder) in enumerate(ordered):
            group = f"s{index}"
            self._placeholders[group] = placeholder
            encoded = sorted(set(_base64_forms(secret)), key=len, reverse=True)
            forms = [_pattern(secret), *(re.escape(text) for text in encoded)]
            alternatives.append(f"(?P<{group}>{'|'.join(forms)})")
        self._source = "|".join(alternatives)  # compiled on first use: a call that succeeds never redacts
        self._regex: re.Pattern[str] | None = None

    def _replace(self, found: re.Match[str]) -> str:
        return self._placeholders[str(found.lastgroup)]

    def __call__(self, text: str) -> str:
        if not self._source or not text:
            return text
        if self._regex is None:
            self._regex = re.compile(self._source, re.IGNORECASE)  # a race compiles it twice, to the same pattern
        return self._regex.sub(self._replace, text)


def _unchanged(text: str) -> str:
    return text


def redactor_of(client: object) -> Callable[[str], str]:
    """The client's Redactor (SDK clients have one), or the identity for a plain generated client."""
    found = getattr(client, "_redact", None)
    return found if isinstance(found, Redactor) else _unchanged


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message (and any attached exception text) through every live client's Redactor."""

    def __init__(self) -> None:
        super().__init__()
        self.redactors: weakref.WeakSet[Redactor] = weakref.WeakSet()

    def _redact(self, text: str) -> str:
        for redactor in list(self.redactors):
            text = redactor(text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.redactors:
            return True
        try:
            original = record.getMessage()
        except Exception:  # a malformed record: show its template only, never the arguments
            original = str(record.msg)
        message = self._redact(original)
        if message != original or record.args:
            record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True


_FILTER = _RedactingFilter()


def log_filter() -> logging.Filter:
    """The one redacting filter (for a handler the SDK installs, e.g. logs.py's stderr handler)."""
    return _FILTER


def protect_logs(redactor: Redactor, package_logger: str) -> None:
    """Register a client's secrets with the filter on the HTTP loggers and the package's own logger."""
    _FILTER.redactors.add(redactor)
    existing = [name for name in logging.root.manager.loggerDict if name.startswith(WATCHED_PREFIXES)]
    for name in (*WATCHED_LOGGERS, *existing, package_logger):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
