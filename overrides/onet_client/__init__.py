"""Typed client for O*NET Web Services v2: `OnetClient` (sync) and `AsyncOnetClient`.

Generated from openapi/onet/openapi.json (see README). The generated module functions stay available under
`onet_client.api`, the generator's own clients under `onet_client.client`.

Absent and null response fields both read None (`model.fields_sent()` tells them apart). `UNSET` (of type `Unset`)
is this package's "not sent" for optional request arguments, the default of every optional parameter.
"""

from ._core.client import version as _version
from ._core.facade import AsyncPager, ItemPage, Pager
from .exceptions import OnetError
from .sdk import AsyncOnetClient, OnetClient
from .types import UNSET, Unset

__version__ = _version()

__all__ = (
    "UNSET",
    "AsyncOnetClient",
    "AsyncPager",
    "ItemPage",
    "OnetClient",
    "OnetError",
    "Pager",
    "Unset",
    "__version__",
)
