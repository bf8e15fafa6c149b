"""Errors raised by CareerOneStopClient; every one is a CareerOneStopError.

The classes live in careeronestop_client._core.errors (this package's own copy of the shared
module), so they are distinct from the other package's classes of the same name.
"""

from ._core.errors import *  # noqa: F403
from ._core.errors import APIError
from ._core.errors import __all__ as _shared

CareerOneStopError = APIError  # the package's base error

__all__ = [*_shared, "CareerOneStopError"]
