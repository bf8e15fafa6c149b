"""What the O*NET and CareerOneStop SDKs share: one error family (`except dol_career_sdks.SDKError`).

Installed with both SDKs (distribution dol-career-sdks). Every error `onet_client` or `careeronestop_client`
raises is an instance of the class here with the same name, and of the package's own base
(`OnetError` / `CareerOneStopError`).
"""

from .errors import (
    APIConnectionError,
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
    ResponseValidationError,
    SDKError,
    ServerError,
    UndecodableResponseError,
    UnknownIdentifierError,
    UsageError,
    ValidationError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InvalidParameterError",
    "MissingCredentialError",
    "NoDataError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ResponseValidationError",
    "SDKError",
    "ServerError",
    "UndecodableResponseError",
    "UnknownIdentifierError",
    "UsageError",
    "ValidationError",
]
