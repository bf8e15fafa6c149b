"""What the drift monitor reuses from the SDK, so each concept has one implementation.

The secret Redactor and the Retry-After parser (seconds or HTTP date; anything else, `nan` and `inf`
included, counts as absent). Both generated packages carry the same `_core` (copied from overrides/_core);
the O*NET one is imported.
"""

from __future__ import annotations

from onet_client._core.errors import parse_retry_after
from onet_client._core.redaction import Redactor

__all__ = ["Redactor", "parse_retry_after"]
