"""Keep credentials out of messages and log records by replacing them with placeholders."""

from __future__ import annotations

import logging
import weakref
from urllib.parse import quote

# Loggers that may print request URLs: httpx logs each request at INFO, httpx-retries at DEBUG.
WATCHED_LOGGERS = ("httpx", "httpx_retries.transport", "httpx_retries.retry")


# Shorter values cannot be told apart from ordinary text; real keys, tokens and userIds are far longer.
MIN_SECRET_LENGTH = 4


class Redactor:
    """Replaces each secret (and its URL-encoded form) with a placeholder such as '***'."""

    def __init__(self, secrets: dict[str, str]) -> None:
        pairs: dict[str, str] = {}
        for secret, placeholder in secrets.items():
            if len(secret) >= MIN_SECRET_LENGTH:
                pairs[secret] = placeholder
                pairs[quote(secret, safe="")] = placeholder
        # Longest first, so a secret containing another is replaced whole.
        self._pairs = sorted(pairs.items(), key=lambda item: -len(item[0]))

    def __call__(self, text: str) -> str:
        for secret, placeholder in self._pairs:
            text = text.replace(secret, placeholder)
        return text


class _RedactingFilter(logging.Filter):
    """Rewrites a record's message through every live client's Redactor."""

    def __init__(self) -> None:
        super().__init__()
        self.redactors: weakref.WeakSet[Redactor] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        redactors = list(self.redactors)
        if redactors:
            message = original = record.getMessage()
            for redactor in redactors:
                message = redactor(message)
            if message != original:
                record.msg, record.args = message, None
        return True


_FILTER = _RedactingFilter()


def protect_logs(redactor: Redactor, package_logger: str) -> None:
    """Register a client's secrets with the filter on the HTTP loggers and the package's own logger."""
    _FILTER.redactors.add(redactor)
    for name in (*WATCHED_LOGGERS, package_logger):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
