"""Typed client for the CareerOneStop Web API.

Generated from openapi/careeronestop/openapi.yaml; `CareerOneStopClient`, `careeronestop_client.pagination`
and `careeronestop_client.exceptions` come from overrides/careeronestop_client (see README).
"""

from .client import AuthenticatedClient, Client
from .exceptions import CareerOneStopError
from .sdk import BOUND_USER_ID, CareerOneStopClient

__all__ = (
    "BOUND_USER_ID",
    "AuthenticatedClient",
    "CareerOneStopClient",
    "CareerOneStopError",
    "Client",
)
