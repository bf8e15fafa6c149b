"""Typed client for O*NET Web Services v2.

Generated from openapi/onet/openapi.json; `OnetClient`, `onet_client.pagination` and
`onet_client.exceptions` come from overrides/onet_client (see README).
"""

from .client import AuthenticatedClient, Client
from .exceptions import OnetError
from .sdk import OnetClient

__all__ = (
    "AuthenticatedClient",
    "Client",
    "OnetClient",
    "OnetError",
)
