"""What the drift monitor reuses from the SDK, so each concept has one implementation: the secret Redactor.

Both generated packages carry the same `_core` (copied from overrides/_core); the O*NET one is imported.
"""

from __future__ import annotations

from onet_client._core.redaction import Redactor

__all__ = ["Redactor"]
