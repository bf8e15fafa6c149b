"""Errors raised by OnetClient; every one is an OnetError."""

from ._core.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidParameterError,
    MissingCredentialError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ServerError,
    UndecodableResponseError,
    ValidationError,
)

OnetError = APIError  # the package's base error (this package's own copy of the shared class)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InvalidParameterError",
    "MissingCredentialError",
    "NotFoundError",
    "OnetError",
    "PaginationError",
    "RateLimitError",
    "ServerError",
    "UndecodableResponseError",
    "ValidationError",
]
