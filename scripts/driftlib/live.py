"""`drift.py live`: replay every success fixture's request against the real API and validate the answers.

Plain httpx is used instead of the SDK so that every status and body can be seen as it arrived. Secrets
never reach httpx's request objects: the credential header and the CareerOneStop userId path segment are
added by `SecretTransport` just before the request leaves, so httpx's own log lines ("HTTP Request: GET
...") show only placeholders. Everything the run reports, logs or records passes through a Redactor too.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from . import TOOL_NAME, TOOL_VERSION
from .apis import REDACTED, USER_ID_PLACEHOLDER, ApiConfig
from .check import match_operation
from .findings import Finding
from .fixtures import SECRET_HEADERS, Fixture, FixtureError, dump_fixture, fixture_paths, load_fixture
from .redact import Redactor, redactor_for
from .report import ExchangeResult, Report
from .validate import NOT_JSON, ApiChecker, checker_for_spec

log = logging.getLogger("driftlib.live")

MAX_RATE_LIMIT_RETRIES = 3
MAX_RETRY_AFTER = 120.0  # seconds; a longer Retry-After is capped (and reported)
KEPT_RESPONSE_HEADERS = ("content-type",)
T = TypeVar("T")


class MissingCredentials(Exception):
    """A credential environment variable is unset or empty."""

    def __init__(self, variable: str) -> None:
        super().__init__(f"{variable} is not set; export it to run live checks")
        self.variable = variable


class CredentialsRejected(Exception):
    """The API answered 401/403: the credentials are wrong or not enabled."""


def read_credentials(api: ApiConfig, environ: Mapping[str, str]) -> dict[str, str]:
    """The API's credentials from the environment, by variable name; MissingCredentials names the first gap."""
    values: dict[str, str] = {}
    for variable in api.env_vars:
        value = environ.get(variable, "").strip()
        if not value:
            raise MissingCredentials(variable)
        values[variable] = value
    return values


@dataclass
class LiveOptions:
    """Settings of one live run."""

    base_url: str
    record_dir: Path | None = None
    delay: float = 0.5
    timeout: float = 30.0
    progress: bool = False
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


def retry_after_seconds(value: str | None, now: float | None = None) -> float:
    """Seconds to wait from a Retry-After header (seconds or HTTP date); 1 s when absent or unreadable."""
    if not value:
        return 1.0
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 1.0
    current = time.time() if now is None else now
    return max(when.timestamp() - current, 0.0)


def send(client: httpx.Client, fixture: Fixture, options: LiveOptions) -> httpx.Response:
    """Send one fixture's request, waiting out 429 answers as Retry-After asks (a few times at most)."""
    request = fixture.request
    for attempt in range(MAX_RATE_LIMIT_RETRIES + 1):
        response = client.request(
            request["method"],
            request_path(fixture),
            params=request_query(fixture),
            headers=request_headers(fixture),
            json=request.get("body") if request.get("body") is not None else None,
        )
        if response.status_code != 429 or attempt == MAX_RATE_LIMIT_RETRIES:
            return response
        wait = min(retry_after_seconds(response.headers.get("Retry-After")), MAX_RETRY_AFTER)
        log.info("rate limited on %s; waiting %.1f s (Retry-After)", fixture.operation_id, wait)
        options.sleep(wait)
    raise AssertionError("unreachable")


def decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return NOT_JSON


def recorded(
    fixture: Fixture, response: httpx.Response, body: Any, redact: Redactor, options: LiveOptions
) -> dict[str, Any]:
    """A fresh fixture from a live exchange, with every secret replaced by its placeholder."""
    headers = {k: redact.text(v) for k, v in fixture.request["headers"].items()}
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers[name] = REDACTED
    data: dict[str, Any] = {
        "operationId": fixture.operation_id,
        "request": redact.json({**fixture.request, "headers": headers}),
        "response": {
            "status": response.status_code,
            "headers": {k: redact.text(v) for k, v in response.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS},
            "body": redact.json(body) if body is not NOT_JSON else redact.text(response.text),
        },
        "provenance": {
            "source": "recorded-live",
            "recordedAt": options.today,
            "tool": TOOL_NAME,
            "toolVersion": TOOL_VERSION,
            "notes": f"Replayed from {fixture.name} against {options.base_url}; secrets replaced by placeholders.",
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


def _findings(api: str, fixture: Fixture, problems: Iterable[Any], redact: Redactor) -> list[Finding]:
    return [
        Finding(
            api=api,
            operation_id=fixture.operation_id,
            fixture=fixture.name,
            path=redact.text(p.path),
            kind=p.kind,
            expected=redact.text(p.expected),
            seen=redact.text(p.seen),
        )
        for p in problems
    ]


def check_one(
    api: ApiConfig, checker: ApiChecker, client: httpx.Client, fixture: Fixture, redact: Redactor, options: LiveOptions
) -> ExchangeResult:
    """Replay one fixture and validate the live answer; CredentialsRejected on 401/403."""
    result = ExchangeResult(api=api.name, operation_id=fixture.operation_id, fixture=fixture.name)
    operation = match_operation(checker.spec, fixture)
    try:
        response = send(client, fixture, options)
    except httpx.HTTPError as exc:
        result.error = redact.text(f"request failed: {type(exc).__name__}: {exc}")
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
    result.findings = _findings(api.name, fixture, checker.check(operation, response.status_code, body), redact)
    if response.status_code != fixture.status:
        result.findings.append(
            Finding(
                api=api.name,
                operation_id=fixture.operation_id,
                fixture=fixture.name,
                path="$",
                kind="status-changed",
                expected=str(fixture.status),
                seen=str(response.status_code),
                severity="warning",
            )
        )
    if options.record_dir is not None:
        target = options.record_dir / api.name / fixture.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_fixture(recorded(fixture, response, body, redact, options)), encoding="utf-8")
    return result


def run_live(
    api: ApiConfig, fixtures_root: Path, options: LiveOptions, environ: Mapping[str, str] | None = None
) -> Report:
    """Replay every success fixture of `api`; MissingCredentials when the environment lacks a credential."""
    credentials = read_credentials(api, os.environ if environ is None else environ)
    secret = credentials[api.env_vars[0]]
    user_id = credentials.get(api.env_vars[1]) if len(api.env_vars) > 1 else None
    redact = redactor_for(dict(credentials), USER_ID_PLACEHOLDER)
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
    with httpx.Client(base_url=options.base_url, transport=transport, timeout=options.timeout) as client:
        for index, fixture in enumerate(with_progress(fixtures, f"drift live {api.name}", options.progress)):
            if index and options.delay > 0:
                options.sleep(options.delay)
            try:
                report.results.append(check_one(api, checker, client, fixture, redact, options))
            except CredentialsRejected as exc:
                report.errors.append(str(exc))
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
