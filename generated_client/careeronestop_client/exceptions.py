"""Errors raised by CareerOneStopClient; every one is a CareerOneStopError."""

from ._core.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidParameterError,
    MissingCredentialError,
    NoDataError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ServerError,
    UndecodableResponseError,
    ValidationError,
)

CareerOneStopError = APIError  # the package's base error (this package's own copy of the shared class)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CareerOneStopError",
    "InvalidParameterError",
    "MissingCredentialError",
    "NoDataError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ServerError",
    "UndecodableResponseError",
    "ValidationError",
]
