"""Typed client for the CareerOneStop Web API: `CareerOneStopClient` (sync) and `AsyncCareerOneStopClient`.

Generated from openapi/careeronestop/openapi.yaml (see README). The generated module functions stay available
under `careeronestop_client.api`, the generator's own clients under `careeronestop_client.client`.

Absent and null response fields both read None (`model.fields_sent()` tells them apart). `UNSET` (of type `Unset`)
is this package's "not sent" for optional request arguments, the default of every optional parameter.
"""

from ._core.client import version as _version
from ._core.facade import AsyncPager, ItemPage, Pager
from .exceptions import CareerOneStopError
from .sdk import BOUND_USER_ID, AsyncCareerOneStopClient, CareerOneStopClient
from .types import UNSET, Unset

__version__ = _version()

__all__ = (
    "BOUND_USER_ID",
    "UNSET",
    "AsyncCareerOneStopClient",
    "AsyncPager",
    "CareerOneStopClient",
    "CareerOneStopError",
    "ItemPage",
    "Pager",
    "Unset",
    "__version__",
)
