"""What both SDK clients add to the generated AuthenticatedClient: transports, defaults, redaction, bind()."""

from __future__ import annotations

import copy
import inspect
import os
import threading
from collections.abc import Callable, Mapping
from importlib import metadata
from types import ModuleType
from typing import Any, ClassVar, Self

import httpx

from ..client import AuthenticatedClient
from . import transport
from .errors import InvalidParameterError, MissingCredentialError
from .redaction import Redactor, protect_logs
from .spec_index import PACKAGE

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)  # the generated client would wait forever
# Guards lazy creation of httpx clients: one client used from many threads must create exactly one.
_CREATE_LOCK = threading.Lock()


def _version() -> str:
    try:
        return metadata.version("dol-career-sdks")
    except metadata.PackageNotFoundError:
        return "0+unknown"


USER_AGENT = f"{PACKAGE}/{_version()} (python-httpx/{httpx.__version__})"


def credential(value: str | None, env_var: str, what: str) -> str:
    """The explicit value, else the environment variable; a clear error naming the variable if neither."""
    found = value if value is not None else os.environ.get(env_var)
    if not found or not found.strip():
        raise MissingCredentialError(
            f"{what} is missing: pass it to the client or set the {env_var} environment variable"
        )
    return found


class SDKClient(AuthenticatedClient):
    """Base of OnetClient and CareerOneStopClient; usable as `client=` of every generated operation."""

    # Path parameters the client fills in for callers (python name -> placeholder sent through the stack).
    bound_parameters: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        *,
        token: str,
        auth_header_name: str,
        prefix: str,
        base_url: str,
        timeout: httpx.Timeout | float | None,
        max_retries: int,
        headers: Mapping[str, str] | None,
        secrets: dict[str, str],
        placeholders: dict[str, str],
        httpx_args: dict[str, Any] | None,
        strict_responses: bool = False,
    ) -> None:
        if max_retries < 0:
            raise InvalidParameterError(
                f"max_retries must be 0 or more, not {max_retries}", parameter="max_retries", operation=""
            )
        if timeout is None:
            raise InvalidParameterError(
                "timeout must be finite (the SDK never waits forever); pass seconds or an httpx.Timeout",
                parameter="timeout",
                operation="",
            )
        super().__init__(
            base_url=base_url,
            token=token,
            prefix=prefix,
            auth_header_name=auth_header_name,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            httpx_args=dict(httpx_args or {}),
        )
        self.max_retries = max_retries
        # True: any difference between a response and the spec raises ResponseValidationError (for CI);
        # False: tolerated differences are logged once per operation and path at WARNING.
        self.strict_responses = strict_responses
        self._redact = Redactor(secrets)
        self._placeholders = placeholders
        protect_logs(self._redact, PACKAGE)

    def _client_kwargs(self) -> dict[str, Any]:
        headers = {**self._headers, self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            with _CREATE_LOCK:
                if self._client is None:
                    stack = transport.sync_stack(
                        max_retries=self.max_retries, redact=self._redact, placeholders=self._placeholders
                    )
                    self._client = transport.SDKHTTPClient(
                        redact=self._redact, transport=stack, **self._client_kwargs()
                    )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            with _CREATE_LOCK:
                if self._async_client is None:
                    stack = transport.async_stack(
                        max_retries=self.max_retries, redact=self._redact, placeholders=self._placeholders
                    )
                    self._async_client = transport.SDKAsyncHTTPClient(
                        redact=self._redact, transport=stack, **self._client_kwargs()
                    )
        return self._async_client

    def _copy_with(self, **fields: Any) -> Self:
        """A copy with some private fields replaced and no httpx clients yet (attrs.evolve cannot rebuild us)."""
        clone = copy.copy(self)  # attrs copies the slots; our own attributes live in __dict__
        clone.__dict__.update(self.__dict__)
        for name, value in {**fields, "_client": None, "_async_client": None}.items():
            object.__setattr__(clone, name, value)
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        return self._copy_with(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        return self._copy_with(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        return self._copy_with(_timeout=timeout)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self._base_url!r}, credentials=<redacted>, max_retries={self.max_retries})"

    __str__ = __repr__

    def bind(self, operation: ModuleType) -> BoundOperation:
        """The operation with `client=` (and bound path parameters such as userId) filled in."""
        return BoundOperation(operation, self)


def call_kwargs(
    function: Callable[..., Any], client: SDKClient | AuthenticatedClient, params: dict[str, Any]
) -> dict[str, Any]:
    """Arguments for a generated function: the caller's, plus the client's bound parameters it accepts."""
    accepted = inspect.signature(function).parameters
    bound = getattr(client, "bound_parameters", {})
    extra = {name: value for name, value in bound.items() if name in accepted and name not in params}
    return {**extra, **params, "client": client}


class BoundOperation:
    """sync / sync_detailed / asyncio / asyncio_detailed of one operation, with the client bound."""

    def __init__(self, operation: ModuleType, client: SDKClient) -> None:
        self.operation, self.client = operation, client

    def sync(self, **params: Any) -> Any:
        return self.operation.sync(**call_kwargs(self.operation.sync, self.client, params))

    def sync_detailed(self, **params: Any) -> Any:
        return self.operation.sync_detailed(**call_kwargs(self.operation.sync_detailed, self.client, params))

    async def asyncio(self, **params: Any) -> Any:
        return await self.operation.asyncio(**call_kwargs(self.operation.asyncio, self.client, params))

    async def asyncio_detailed(self, **params: Any) -> Any:
        return await self.operation.asyncio_detailed(
            **call_kwargs(self.operation.asyncio_detailed, self.client, params)
        )
