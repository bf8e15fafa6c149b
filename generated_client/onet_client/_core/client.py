"""The SDK clients' own base: credentials, transports, defaults, options, cache, lifecycle, bind().

Server, credential header and secret path parameters come from the spec (via _spec_index.json); the
package's sdk.py only names the constructor arguments.
"""

from __future__ import annotations

import copy
import inspect
import os
import threading
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Self, TypedDict, TypeVar

import httpx

from ..client import AuthenticatedClient
from . import cache as cache_layer
from . import logs, pacing, proxies, spec_index, tls, transport
from .errors import InvalidParameterError, MissingCredentialError, UsageError
from .redaction import Redactor, protect_logs
from .spec_index import PACKAGE

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)  # the generated client would wait forever
DEFAULT_MAX_RETRIES = 2
SECRET_MASK = "***"
# Guards lazy creation of httpx clients: one client used from many threads must create exactly one.
_CREATE_LOCK = threading.Lock()
# httpx.Client options that configure its default transport; the SDK builds that transport, so it applies them.
TRANSPORT_OPTIONS = ("verify", "cert", "trust_env", "http1", "http2", "limits", "proxy")
# Given to httpx.Client beside our transport, a proxy would mount its own transport in front of the SDK's stack.
TRANSPORT_ONLY = ("proxy",)


_Init = TypeVar("_Init", bound=Callable[..., None])


def version() -> str:
    """The distribution's version: pyproject.toml's, written into the package by the build (no importlib.metadata)."""
    from .._version import VERSION

    return VERSION


USER_AGENT = f"{PACKAGE}/{version()} (python-httpx/{httpx.__version__})"


def auth_header() -> str:
    """The header that carries the API's credential (from the spec's securitySchemes)."""
    auth = spec_index.index()["auth"]
    return str(auth["header"]) if auth else "Authorization"


def auth_env() -> str:
    """The environment variable holding the API's credential (from the spec's securitySchemes + apis.toml)."""
    auth = spec_index.index()["auth"]
    return str(auth["env"]) if auth else ""


def _bound(python_name: str) -> dict[str, Any]:
    for bound in spec_index.index()["bound_parameters"]:
        if bound["python_name"] == python_name:
            return dict(bound)
    raise KeyError(f"{python_name} is not a bound parameter of {PACKAGE}")


def bound_env(python_name: str) -> str:
    """The environment variable of a bound path parameter such as CareerOneStop's userId."""
    return str(_bound(python_name)["env"])


def bound_placeholder(python_name: str) -> str:
    """What travels in place of a bound path parameter until the innermost transport (e.g. {userId})."""
    return str(_bound(python_name)["placeholder"])


def default_base_url() -> str:
    """servers[0].url of the spec; an InvalidParameterError (a ValueError) when the spec names no server."""
    url = spec_index.index()["base_url"]
    if not url:
        raise InvalidParameterError(
            f"the {PACKAGE} spec names no server: pass base_url= to the client", parameter="base_url", operation=""
        )
    return str(url)


def credential(value: str | None, env_var: str, what: str) -> str:
    """The explicit value, else the environment variable; a clear error naming the variable if neither."""
    found = value if value is not None else os.environ.get(env_var)
    if not found or not found.strip():
        raise MissingCredentialError(
            f"{what} is missing: pass it to the client or set the {env_var} environment variable"
        )
    return found


@dataclass(frozen=True)
class OperationInfo:
    """One row of `client.operations()`: where an operation lives in the facade and on the server."""

    name: str  # "<namespace>.<method>", as called on the client
    http: str  # "GET /online/search"
    paged: bool
    confidence: str | None
    summary: str


class ClientOptions(TypedDict, total=False):
    """The keyword arguments every package's client takes besides its credentials (defaults: SDKClient's)."""

    base_url: str | None
    timeout: httpx.Timeout | float
    max_retries: int
    headers: Mapping[str, str] | None
    httpx_args: Mapping[str, Any] | None
    cache: cache_layer.CacheSetting
    cache_ttl: float
    strict_responses: bool
    trust_env: bool
    max_requests_per_second: float | None


# What help() and IDEs show for every option of the package clients (after their credential arguments).
OPTIONS_DOC = """base_url: the API's server (default: the spec's first server).
timeout: seconds, or an httpx.Timeout, for every request (default 30 s, 10 s to connect); never infinite.
max_retries: retries of connection failures, 408, 429 and 5xx, with backoff and Retry-After (default 2).
headers: extra headers for every request.
httpx_args: options of the httpx client (verify, cert, proxy, limits, ...); its `transport` goes under the
    SDK's checks, retries and typed errors.
cache: keep successful responses: True (user cache directory), "memory" or a file path (default: off).
cache_ttl: seconds a cached response stays fresh (default 7 days).
strict_responses: raise ResponseValidationError on any difference from the spec instead of logging it (CI).
trust_env: read proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY) and CA variables from the environment,
    as httpx does (default True).
max_requests_per_second: pace this client and its copies to at most this many requests a second (default:
    no pacing).

Use the client as a context manager (`with ...:` / `async with ...:`) or close it (close() / aclose()).
Every failure raises the package's typed error (see the package's exceptions module)."""


def constructor(credentials: str) -> Callable[[_Init], _Init]:
    """The package client's __init__, with the signature and docstring help() shows: its credential arguments
    (`credentials` documents them), then every SDK option with its default."""

    def decorate(init: _Init) -> _Init:
        own = [p for p in inspect.signature(init).parameters.values() if p.kind is not p.VAR_KEYWORD]
        shared = inspect.signature(SDKClient.__init__).parameters.values()
        options = [p for p in shared if p.name not in ("self", "secret", "bound")]
        init.__signature__ = inspect.Signature([*own, *options])  # type: ignore[attr-defined]
        init.__doc__ = f"{credentials}\n{OPTIONS_DOC}"
        return init

    return decorate


class SDKClient:
    """Base of the O*NET and CareerOneStop clients; usable as `client=` of every generated operation.

    The SDK's own class, not the generator's AuthenticatedClient: only the SDK's options and methods are public,
    and every request goes through the SDK's stack (checks, retries, typed errors, redaction).
    """

    def __init__(
        self,
        *,
        secret: str,
        bound: Mapping[str, str],
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        cache: cache_layer.CacheSetting = False,
        cache_ttl: float = cache_layer.DEFAULT_TTL,
        strict_responses: bool = False,
        trust_env: bool = True,
        max_requests_per_second: float | None = None,
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
        auth = spec_index.index()["auth"] or {"header": "Authorization", "prefix": ""}
        args = dict(httpx_args or {})
        self._transport_arg = args.pop("transport", None)
        # -- environment, pacing, logging (proxies.py, pacing.py, logs.py) --
        if not trust_env:
            args["trust_env"] = False  # httpx's own switch, also accepted in httpx_args
        # One budget for this client and every copy of it (with_options, raw twin, sync and async).
        self._pace = pacing.RateLimit(rate) if (rate := pacing.checked_rate(max_requests_per_second)) else None
        # Read once, as httpx.Client does: the proxies the environment names, unless trust_env is off or
        # httpx_args' `proxy` or `transport` says otherwise.
        use_env = args.get("trust_env", True) and "proxy" not in args and self._transport_arg is None
        self._env_proxies = proxies.environment_proxies() if use_env else {}
        proxy_secrets = proxies.proxy_secrets(self._env_proxies, args.get("proxy"))
        logs.configure_from_env()
        # -- end --
        self._base_url = base_url or default_base_url()
        self._secret = secret
        self._auth_header: str = auth["header"]
        self._auth_prefix: str = auth["prefix"]
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
        self._cookies: dict[str, str] = {}
        self._verify_ssl: Any = True
        self._follow_redirects = False
        self._httpx_args = args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._closed = False
        self.max_retries = max_retries
        placeholders = {b["placeholder"]: bound[b["python_name"]] for b in spec_index.index()["bound_parameters"]}
        # Path parameters the client fills in for callers (python name -> placeholder sent through the stack).
        self.bound_parameters = {b["python_name"]: b["placeholder"] for b in spec_index.index()["bound_parameters"]}
        # True: any difference between a response and the spec raises ResponseValidationError (for CI);
        # False: tolerated differences are logged once per operation and path at WARNING.
        self.strict_responses = strict_responses
        self._placeholders = placeholders
        self._redact = Redactor(
            {
                secret: SECRET_MASK,
                **dict.fromkeys(proxy_secrets, SECRET_MASK),
                **{v: k for k, v in placeholders.items()},
            }
        )
        self._cache_setting, self._cache_ttl = cache, cache_ttl
        self._cache_scope = cache_layer.scope([secret, *placeholders.values()]) if cache is not False else ""
        self._raise_for_status = True
        self._raw: SDKClient | None = None
        protect_logs(self._redact, PACKAGE)

    # -- transports ---------------------------------------------------------------------------------------

    def _client_kwargs(self) -> dict[str, Any]:
        secret = f"{self._auth_prefix} {self._secret}" if self._auth_prefix else self._secret
        headers = {**self._headers, self._auth_header: secret}
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            **{name: value for name, value in self._httpx_args.items() if name not in TRANSPORT_ONLY},
        }

    def _innermost(self, kind: type[Any], default: Callable[[], Any]) -> Any:
        given = self._transport_arg
        if given is None:
            return default()
        if not isinstance(given, kind):
            raise UsageError(  # a TypeError, and the package's own
                f"httpx_args['transport'] is a {type(given).__name__}; this client needs an {kind.__name__} "
                "(httpx.MockTransport works for both)"
            )
        return given

    def _scrubber(self) -> cache_layer.Scrubber:
        return cache_layer.Scrubber(self._redact, frozenset({self._auth_header.lower()}))

    def _transport_options(self) -> dict[str, Any]:
        """Keyword arguments of the innermost httpx transport: httpx_args' transport options, TLS context shared
        when it is the default one (see tls.py)."""
        options = {name: self._httpx_args[name] for name in TRANSPORT_OPTIONS if name in self._httpx_args}
        verify = options.get("verify", self._verify_ssl)
        options["verify"] = tls.transport_verify(verify, options.get("cert"), options.get("trust_env", True))
        return options

    def _new_transport(self, *, sync: bool) -> Any:
        """The stack under an httpx client: checks and redaction, retries, userId substitution, cache, innermost."""
        cached: Callable[..., Any]
        stacked: Callable[..., Any]
        if sync:
            inner = self._innermost(
                httpx.BaseTransport, lambda: proxies.sync_bottom(self._env_proxies, self._transport_options())
            )
            cached, stacked = cache_layer.sync_cache, transport.sync_stack
        else:
            inner = self._innermost(
                httpx.AsyncBaseTransport, lambda: proxies.async_bottom(self._env_proxies, self._transport_options())
            )
            cached, stacked = cache_layer.async_cache, transport.async_stack
        if self._pace is not None:  # under the cache: a cached answer spends no budget
            inner = pacing.paced(inner, self._pace, sync=sync)
        if self._cache_setting is not False:
            inner = cached(inner, self._cache_setting, self._cache_ttl, self._cache_scope, self._scrubber())
        checks = transport.Checks(self._redact, self._placeholders, self._raise_for_status)
        stack = stacked(inner=logs.counted(inner, sync=sync), checks=checks, max_retries=self.max_retries)
        return logs.logged(stack, self._redact, sync=sync)  # one line per call, retries included

    def _refuse_if_closed(self) -> None:
        if self._closed:
            raise UsageError(f"this {type(self).__name__} is closed; create a new client, or use with_options()")

    def _created(self, attr: str, client_class: Callable[..., Any], *, sync: bool) -> Any:
        """The httpx client held in `attr`, built on first use: exactly once, even when threads race for it."""
        self._refuse_if_closed()
        if getattr(self, attr) is None:
            with _CREATE_LOCK:
                if getattr(self, attr) is None:
                    stack = self._new_transport(sync=sync)
                    setattr(self, attr, client_class(redact=self._redact, transport=stack, **self._client_kwargs()))
        return getattr(self, attr)

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client over the SDK's stack (checks, retries, typed errors), created on first use."""
        client: httpx.Client = self._created("_client", transport.SDKHTTPClient, sync=True)
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient over the SDK's stack, created on first use."""
        client: httpx.AsyncClient = self._created("_async_client", transport.SDKAsyncHTTPClient, sync=False)
        return client

    # -- copies -------------------------------------------------------------------------------------------

    def _copy_with(self, **fields: Any) -> Self:
        """A copy with some private fields replaced, open, and with no httpx clients yet."""
        clone = copy.copy(self)
        clone.__dict__.update({**fields, "_client": None, "_async_client": None, "_raw": None, "_closed": False})
        return clone

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with another timeout, retry count or extra headers (as openai-python's with_options)."""
        fields: dict[str, Any] = {}
        if timeout is not None:
            fields["_timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise InvalidParameterError(
                    f"max_retries must be 0 or more, not {max_retries}",
                    parameter="max_retries",
                    operation="with_options",
                )
            fields["max_retries"] = max_retries
        if headers:
            fields["_headers"] = {**self._headers, **headers}
        return self._copy_with(**fields)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy that also sends these headers."""
        return self._copy_with(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy that also sends these cookies."""
        return self._copy_with(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy with another timeout (`with_options(timeout=...)` also takes seconds)."""
        return self._copy_with(_timeout=timeout)

    def _raw_twin(self) -> Self:
        """This client, except that declared error statuses come back as responses (the `.raw()` forms)."""
        self._refuse_if_closed()  # a closed client's raw form would be an open copy
        if self._raw is None:
            self._raw = self._copy_with(_raise_for_status=False)
        twin: Self = self._raw  # type: ignore[assignment]
        return twin

    # -- lifecycle and introspection ------------------------------------------------------------------------

    def operations(self) -> tuple[OperationInfo, ...]:
        """Every operation of the facade: `namespace.method`, HTTP method and path, paged or not, confidence."""
        rows = [
            OperationInfo(
                name=op.name,
                http=f"{op.method} {op.path}",
                paged=op.paging is not None,
                confidence=op.confidence,
                summary=op.summary,
            )
            for op in spec_index.operations()
        ]
        return tuple(sorted(rows, key=lambda row: row.name))

    def close(self) -> None:
        """Close the connections this client opened (also what leaving `with OnetClient() as onet:` does)."""
        self._closed = True
        if self._client is not None:
            self._client.close()
        if self._raw is not None:
            self._raw.close()

    async def aclose(self) -> None:
        """Close the async connections (what leaving `async with AsyncOnetClient() as aonet:` does)."""
        self._closed = True
        if self._async_client is not None:
            await self._async_client.aclose()
        if self._client is not None:
            self._client.close()
        if self._raw is not None:
            await self._raw.aclose()

    def __enter__(self) -> Self:
        """`with OnetClient() as onet:` (the connections open lazily, on the first request)."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Leaving the block closes the client."""
        self.close()

    async def __aenter__(self) -> Self:
        """`async with AsyncOnetClient() as aonet:`."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Leaving the block closes the client."""
        await self.aclose()

    def __del__(self) -> None:
        """A ResourceWarning (shown with -W error::ResourceWarning or -X dev) for a client left open."""
        state = self.__dict__
        opened = [state.get("_client"), state.get("_async_client")]
        if any(client is not None and not client.is_closed for client in opened):
            name = type(self).__name__
            warnings.warn(
                f"{name} was not closed: use `with {name}(...) as client:` (`async with` for the async client) or "
                "call close() / await aclose()",
                ResourceWarning,
                source=self,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        """The client's server and retries; credentials never appear."""
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
