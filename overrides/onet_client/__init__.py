"""Typed client for O*NET Web Services v2: `OnetClient` (sync) and `AsyncOnetClient`.

Generated from openapi/onet/openapi.json (see README). The generated module functions stay available under
`onet_client.api`, the generator's own clients under `onet_client.client`.
"""

from ._core.client import version as _version
from ._core.facade import AsyncPager, ItemPage, Pager
from .exceptions import OnetError
from .sdk import AsyncOnetClient, OnetClient

__version__ = _version()

__all__ = (
    "AsyncOnetClient",
    "AsyncPager",
    "ItemPage",
    "OnetClient",
    "OnetError",
    "Pager",
    "__version__",
)
