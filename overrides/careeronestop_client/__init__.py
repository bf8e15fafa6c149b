"""Typed client for the CareerOneStop Web API: `CareerOneStopClient` (sync) and `AsyncCareerOneStopClient`.

Generated from openapi/careeronestop/openapi.yaml (see README). The generated module functions stay available
under `careeronestop_client.api`, the generator's own clients under `careeronestop_client.client`.
"""

from ._core.client import version as _version
from ._core.facade import AsyncPager, ItemPage, Pager
from .exceptions import CareerOneStopError
from .sdk import BOUND_USER_ID, AsyncCareerOneStopClient, CareerOneStopClient

__version__ = _version()

__all__ = (
    "BOUND_USER_ID",
    "AsyncCareerOneStopClient",
    "AsyncPager",
    "CareerOneStopClient",
    "CareerOneStopError",
    "ItemPage",
    "Pager",
    "__version__",
)
