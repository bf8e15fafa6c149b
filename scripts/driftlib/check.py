"""`drift.py check`: strict validation of fixture bodies against the specs, without any network."""

from __future__ import annotations

import time
from pathlib import Path

from .apis import ApiConfig
from .findings import Finding
from .fixtures import Fixture, FixtureError, fixture_paths, load_fixture
from .report import ExchangeResult, Report
from .spec import Operation, Spec
from .validate import ApiChecker, checker_for_spec


def match_operation(spec: Spec, fixture: Fixture) -> Operation:
    """The spec operation a fixture records; FixtureError when the spec has none or it disagrees."""
    operation = spec.operations.get(fixture.operation_id)
    if operation is None:
        raise FixtureError(fixture.path, f"the spec has no operation {fixture.operation_id!r}")
    request = fixture.request
    if (request["method"], request["path"]) != (operation.method, operation.path):
        raise FixtureError(
            fixture.path,
            f"request {request['method']} {request['path']} does not match {fixture.operation_id} "
            f"({operation.method} {operation.path}) in the spec",
        )
    return operation


def check_fixture(api: ApiConfig, checker: ApiChecker, fixture: Fixture) -> ExchangeResult:
    """Findings of one fixture's recorded response."""
    started = time.perf_counter()
    result = ExchangeResult(
        api=api.name, operation_id=fixture.operation_id, fixture=fixture.name, status=fixture.status
    )
    operation = match_operation(checker.spec, fixture)
    problems = checker.check(operation, fixture.status, fixture.body, content_type=fixture.content_type)
    result.findings.extend(Finding.of(api.name, fixture.operation_id, fixture.name, p) for p in problems)
    result.seconds = time.perf_counter() - started
    return result


def run_check(apis: list[ApiConfig], fixtures_root: Path) -> Report:
    """Check every fixture of the given APIs under `fixtures_root`."""
    report = Report(command="check", apis=[a.name for a in apis])
    for api in apis:
        paths = fixture_paths(fixtures_root, api.name)
        if not paths:
            report.errors.append(f"no fixtures for {api.name} under {fixtures_root / api.name}")
            continue
        checker = checker_for_spec(api.spec_path, api.name)
        for path in paths:
            try:
                fixture = load_fixture(path, api)
                report.results.append(check_fixture(api, checker, fixture))
            except FixtureError as exc:
                report.results.append(
                    ExchangeResult(
                        api=api.name, operation_id=path.stem.split("__")[0], fixture=path.name, error=exc.message
                    )
                )
    return report
