"""`drift.py live`: replay every success fixture's request against the real API and validate the answers.

Plain httpx is used instead of the SDK so that every status and body can be seen as it arrived. Secrets
never reach httpx's request objects: the credential header and the CareerOneStop userId path segment are
added by `SecretTransport` just before the request leaves, so httpx's own log lines ("HTTP Request: GET
...") show only placeholders. Everything the run reports, logs or records passes through the SDK's Redactor
too (one implementation, imported from the generated package), and log records are redacted at the handler.

Transient trouble is not drift: 429 waits for Retry-After, 5xx and connection errors are retried a few
times with backoff, and an API still failing after that is reported as unavailable (exit 2). An API that
cannot be connected to at all is an outage: a few connection failures in a row stop the whole run with one
"API unreachable" error (exit 2) instead of trying every remaining exchange.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus

import httpx

from . import TOOL_NAME, TOOL_VERSION
from ._speclib import Kind, Severity
from .apis import REDACTED, USER_ID_PLACEHOLDER, ApiConfig, load_apis
from .check import match_operation
from .findings import Finding, Problem, Redact, redact_json
from .fixtures import SECRET_HEADERS, Fixture, FixtureError, dump_fixture, fixture_paths, load_fixture
from .report import ExchangeResult, Report
from .sdk import Redactor, parse_retry_after
from .validate import NOT_JSON, ApiChecker, checker_for_spec

log = logging.getLogger("driftlib.live")

MAX_RATE_LIMIT_RETRIES = 3
MAX_RETRY_AFTER = 120.0  # seconds; a longer Retry-After is capped (and logged at WARNING)
MAX_SERVER_RETRIES = 2  # extra attempts after a 5xx or a connection error before "unavailable"
SERVER_BACKOFF = 1.0  # seconds before the first retry of a 5xx or connection error; doubles each time
UNREACHABLE_AFTER = 3  # connection attempts failing in a row (across exchanges) that make the API unreachable
CONNECTION_FAILURES = (httpx.ConnectError, httpx.ConnectTimeout)  # no connection at all, unlike a reset or a stall
KEPT_RESPONSE_HEADERS = ("content-type",)
T = TypeVar("T")


class MissingCredentials(Exception):
    """Credential environment variables are unset or empty."""

    def __init__(self, variables: list[str]) -> None:
        names = ", ".join(variables)
        verb = "is" if len(variables) == 1 else "are"
        super().__init__(f"{names} {verb} not set; export {'it' if len(variables) == 1 else 'them'} to run live checks")
        self.variables = variables


class CredentialsRejected(Exception):
    """The API answered 401/403: the credentials are wrong or not enabled."""


def read_credentials(api: ApiConfig, environ: Mapping[str, str]) -> dict[str, str]:
    """The API's credentials from the environment, by variable name; MissingCredentials names every gap."""
    values = {variable: environ.get(variable, "").strip() for variable in api.env_vars}
    missing = [variable for variable, value in values.items() if not value]
    if missing:
        raise MissingCredentials(missing)
    return values


def redactor_for(credentials: Mapping[str, str]) -> Redactor:
    """The SDK's Redactor for named credentials: a userId becomes its path placeholder, anything else <redacted>.

    Each secret is registered as written, in upper and lower case and form-encoded, so an API that echoes
    it recased or encoded is scrubbed too (the Redactor adds the percent-encoded form itself).
    """
    mapping: dict[str, str] = {}
    for name, value in credentials.items():
        placeholder = USER_ID_PLACEHOLDER if name.endswith("USER_ID") else REDACTED
        for form in (value, value.lower(), value.upper(), quote(value), quote_plus(value)):
            mapping.setdefault(form, placeholder)
    return Redactor(mapping)


class _RedactingFilter(logging.Filter):
    """Rewrites every record a handler emits through a Redactor."""

    def __init__(self, redact: Redact) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self._redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


@contextmanager
def redacting_logs(redact: Redact) -> Iterator[None]:
    """While the block runs, every root-logger handler (the -v console, pytest's capture) redacts records."""
    log_filter = _RedactingFilter(redact)
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(log_filter)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(log_filter)


@dataclass
class LiveOptions:
    """Settings of one live run."""

    base_url: str
    record_dir: Path | None = None
    delay: float = 0.5
    timeout: float = 30.0
    progress: bool = False
    allow_status_change: bool = False  # a recorded success answering a declared error status is WARN, not ERR
    server_retries: int = MAX_SERVER_RETRIES
    sleep: Callable[[float], None] = field(default=lambda seconds: time.sleep(seconds))
    today: str = field(default_factory=lambda: datetime.now(UTC).date().isoformat())


class SecretTransport(httpx.BaseTransport):
    """Adds the credential header and swaps the userId placeholder segment for the real value, last thing."""

    def __init__(self, inner: httpx.BaseTransport, header: tuple[str, str], path_secret: str | None) -> None:
        self._inner = inner
        self._header = header
        self._path_secret = path_secret

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = httpx.Headers(request.headers)
        headers[self._header[0]] = self._header[1]
        url = request.url
        if self._path_secret is not None:
            path, mark, query = url.raw_path.partition(b"?")
            placeholder = quote(USER_ID_PLACEHOLDER, safe="").encode()
            real = quote(self._path_secret, safe="").encode()
            segments = [real if segment == placeholder else segment for segment in path.split(b"/")]
            url = url.copy_with(raw_path=b"/".join(segments) + mark + query)
        outgoing = httpx.Request(
            request.method, url, headers=headers, stream=request.stream, extensions=request.extensions
        )
        return self._inner.handle_request(outgoing)

    def close(self) -> None:
        self._inner.close()


def request_path(fixture: Fixture) -> str:
    """The encoded request path: each path value percent-encoded into the template (userId as placeholder)."""
    request = fixture.request
    path = str(request["path"])
    for name, value in request["pathParams"].items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return path


def request_query(fixture: Fixture) -> list[tuple[str, str | int | float | bool | None]]:
    """The fixture's query as (key, value) pairs, repeated keys for list values, in recorded order."""
    items: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in fixture.request["query"].items():
        for single in value if isinstance(value, list) else [value]:
            items.append((key, single))
    return items


def request_headers(fixture: Fixture) -> dict[str, str]:
    """The fixture's headers without credentials (those are added by SecretTransport)."""
    headers = {k: v for k, v in fixture.request["headers"].items() if k.lower() not in SECRET_HEADERS}
    headers.setdefault("Accept", "application/json")
    headers["User-Agent"] = f"dol-career-sdks-drift/{TOOL_VERSION}"
    return headers


class Unavailable(Exception):
    """The API kept failing (5xx or no connection) after the retries; not drift, but nothing was checked."""


class Unreachable(Exception):
    """Connection attempts kept failing in a row: the API is down or the base URL is wrong; the run stops."""


def public_url(url: str) -> str:
    """The URL as a report may show it: without user information (a password in a base URL is a secret)."""
    parsed = httpx.URL(url)
    return str(parsed.copy_with(userinfo=b"")) if parsed.userinfo else str(parsed)


@dataclass
class Connectivity:
    """Counts connection failures in a row across a run's exchanges; any response resets the count."""

    base_url: str
    limit: int = UNREACHABLE_AFTER
    failures: int = 0

    def reached(self) -> None:
        self.failures = 0

    def failed(self, exc: httpx.TransportError) -> None:
        """Note one failed connection attempt; Unreachable once `limit` of them came in a row."""
        self.failures += 1
        if self.failures >= self.limit:
            raise Unreachable(
                f"API unreachable: {public_url(self.base_url)} ({type(exc).__name__}: {exc}; "
                f"{self.failures} connection attempts in a row failed)"
            ) from exc


def _wait(options: LiveOptions, seconds: float, why: str) -> None:
    if seconds > MAX_RETRY_AFTER:
        log.warning("%s asks for %.1f s; waiting the maximum of %.0f s instead", why, seconds, MAX_RETRY_AFTER)
        seconds = MAX_RETRY_AFTER
    else:
        log.info("%s; waiting %.1f s", why, seconds)
    options.sleep(seconds)


def send(
    client: httpx.Client, fixture: Fixture, options: LiveOptions, connectivity: Connectivity | None = None
) -> httpx.Response:
    """Send one fixture's request, waiting out 429s and retrying 5xx and connection errors a few times.

    Raises Unavailable when the server still answers 5xx, or still cannot be reached, after the retries, and
    Unreachable when `connectivity` has seen its limit of connection failures in a row.
    """
    connectivity = connectivity or Connectivity(str(client.base_url))
    request = fixture.request
    rate_limited = failures = 0
    while True:
        try:
            response = client.request(
                request["method"],
                request_path(fixture),
                params=request_query(fixture),
                headers=request_headers(fixture),
                json=request.get("body") if request.get("body") is not None else None,
            )
        except httpx.TransportError as exc:
            if isinstance(exc, CONNECTION_FAILURES):
                connectivity.failed(exc)
            failures += 1
            if failures > options.server_retries:
                raise Unavailable(f"request failed {failures} time(s): {type(exc).__name__}: {exc}") from exc
            _wait(options, SERVER_BACKOFF * 2 ** (failures - 1), f"{fixture.operation_id}: {type(exc).__name__}")
            continue
        connectivity.reached()
        if response.status_code == 429 and rate_limited < MAX_RATE_LIMIT_RETRIES:
            rate_limited += 1
            wait = parse_retry_after(response.headers.get("Retry-After"))
            _wait(options, 1.0 if wait is None else wait, f"rate limited on {fixture.operation_id} (Retry-After)")
            continue
        if response.status_code >= 500:
            failures += 1
            if failures > options.server_retries:
                raise Unavailable(f"unavailable: HTTP {response.status_code} after {failures} attempt(s)")
            wait = parse_retry_after(response.headers.get("Retry-After"))
            backoff = SERVER_BACKOFF * 2 ** (failures - 1)
            _wait(options, backoff if wait is None else wait, f"HTTP {response.status_code} on {fixture.operation_id}")
            continue
        return response


def decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return NOT_JSON


def recorded(
    fixture: Fixture, response: httpx.Response, body: Any, redact: Redact, options: LiveOptions
) -> dict[str, Any]:
    """A fresh fixture from a live exchange, with every secret replaced by its placeholder."""
    headers = {k: redact(v) for k, v in fixture.request["headers"].items()}
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers[name] = REDACTED
    data: dict[str, Any] = {
        "operationId": fixture.operation_id,
        "request": redact_json({**fixture.request, "headers": headers}, redact),
        "response": {
            "status": response.status_code,
            "headers": {k: redact(v) for k, v in response.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS},
            "body": redact_json(body, redact) if body is not NOT_JSON else redact(response.text),
        },
        "provenance": {
            "source": "recorded-live",
            "recordedAt": options.today,
            "tool": TOOL_NAME,
            "toolVersion": TOOL_VERSION,
            "notes": f"Replayed from {fixture.name} against {public_url(options.base_url)}; "
            "secrets replaced by placeholders.",
        },
    }
    return data


def with_progress(items: list[T], label: str, enabled: bool) -> Iterator[T]:
    """Iterate with a rich progress bar on stderr when enabled (the caller checks for a terminal)."""
    if not enabled:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=len(items))
        for item in items:
            yield item
            progress.advance(task)


def status_change(fixture: Fixture, status: int) -> Problem | None:
    """A recorded success now answering another status (drift; a warning with --allow-status-change)."""
    if status == fixture.status:
        return None
    return Problem("$", Kind.STATUS_CHANGED, f"{fixture.status} (recorded)", str(status))


def check_one(
    api: ApiConfig,
    checker: ApiChecker,
    client: httpx.Client,
    fixture: Fixture,
    redact: Redact,
    options: LiveOptions,
    connectivity: Connectivity | None = None,
) -> ExchangeResult:
    """Replay one fixture and validate the live answer; CredentialsRejected on 401/403, Unreachable (see send)."""
    result = ExchangeResult(api=api.name, operation_id=fixture.operation_id, fixture=fixture.name)
    operation = match_operation(checker.spec, fixture)
    try:
        response = send(client, fixture, options, connectivity)
    except Unavailable as exc:
        result.error = redact(str(exc))
        log.warning("%s %s: %s", fixture.operation_id, fixture.request["path"], result.error)
        return result
    result.status = response.status_code
    log.debug(
        "%s %s %s -> %d", fixture.request["method"], fixture.request["path"], fixture.operation_id, response.status_code
    )
    if response.status_code in (401, 403):
        raise CredentialsRejected(
            f"the API answered HTTP {response.status_code} to {fixture.operation_id}: credentials rejected"
        )
    if response.status_code == 429:
        result.error = "still rate limited (HTTP 429) after retries"
        return result
    body = decode(response)
    content_type = response.headers.get("content-type", "")
    problems = checker.check(operation, response.status_code, body, content_type=content_type, redact=redact)
    changed = status_change(fixture, response.status_code)
    if changed is not None and not any(p.kind is Kind.STATUS_UNDECLARED for p in problems):
        problems.append(changed)
    for problem in problems:
        finding = Finding.of(api.name, fixture.operation_id, fixture.name, problem)
        if problem.kind is Kind.STATUS_CHANGED and options.allow_status_change:
            finding = replace(finding, severity=Severity.WARN)
        result.findings.append(finding)
    if options.record_dir is not None:
        target = options.record_dir / api.name / fixture.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_fixture(recorded(fixture, response, body, redact, options)), encoding="utf-8")
    return result


def run_live(
    api: ApiConfig, fixtures_root: Path, options: LiveOptions, environ: Mapping[str, str] | None = None
) -> Report:
    """Replay every success fixture of `api`; MissingCredentials when the environment lacks a credential."""
    environ = os.environ if environ is None else environ
    credentials = read_credentials(api, environ)
    secret = credentials[api.env_vars[0]]
    user_id = credentials.get(api.env_vars[1]) if len(api.env_vars) > 1 else None
    # Every credential in the environment is scrubbed, not only this API's: an echo of the other is a leak too.
    known = {name: environ.get(name, "").strip() for other in load_apis().values() for name in other.env_vars}
    # A password in --base-url is a secret too: httpx's log lines show the URL as given.
    userinfo = {"base URL password": httpx.URL(options.base_url).password or ""}
    redact = redactor_for({**{k: v for k, v in {**known, **userinfo}.items() if v}, **credentials})
    report = Report(command="live", apis=[api.name])
    fixtures: list[Fixture] = []
    for path in fixture_paths(fixtures_root, api.name):
        try:
            fixture = load_fixture(path, api)
        except FixtureError as exc:
            report.errors.append(exc.message if str(exc.path) in exc.message else f"{path.name}: {exc.message}")
            continue
        if fixture.is_success:
            fixtures.append(fixture)
    if not fixtures:
        report.errors.append(f"no success fixtures for {api.name} under {fixtures_root / api.name}")
        return report
    checker = checker_for_spec(api.spec_path, api.name)
    transport = SecretTransport(httpx.HTTPTransport(), (api.auth_header, api.auth_prefix + secret), user_id)
    client = httpx.Client(base_url=options.base_url, transport=transport, timeout=options.timeout)
    connectivity = Connectivity(options.base_url)
    with client, redacting_logs(redact):
        for index, fixture in enumerate(with_progress(fixtures, f"drift live {api.name}", options.progress)):
            if index and options.delay > 0:
                options.sleep(options.delay)
            started = time.perf_counter()
            try:
                report.results.append(check_one(api, checker, client, fixture, redact, options, connectivity))
                report.results[-1].seconds = time.perf_counter() - started
            except CredentialsRejected as exc:
                report.errors.append(str(exc))
                break
            except Unreachable as exc:
                unchecked = len(fixtures) - index
                report.errors.append(redact(f"{exc}; {unchecked} of {len(fixtures)} exchange(s) not checked"))
                break
            except FixtureError as exc:
                report.results.append(
                    ExchangeResult(
                        api=api.name, operation_id=fixture.operation_id, fixture=fixture.name, error=exc.message
                    )
                )
    return report


def progress_wanted() -> bool:
    return sys.stdout.isatty()
