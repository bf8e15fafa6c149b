"""Command line of scripts/drift.py: argument parsing, report output and exit codes.

Exit codes: 0 no drift, 1 drift found, 2 usage or input error (bad arguments, unreadable or malformed
fixture, missing credentials, API unavailable). Problems are reported as messages, never as tracebacks.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import EXIT_DRIFT, EXIT_OK, EXIT_USAGE
from .apis import API_NAMES, FIXTURES_DIR, ApiConfig, load_apis
from .check import run_check
from .live import LiveOptions, MissingCredentials, progress_wanted, read_credentials, run_live
from .mutate import render as render_tallies
from .mutate import run as mutation_run
from .report import RENDERERS, Report
from .spec import SpecError


def _report_target(value: str) -> tuple[str, Path]:
    fmt, sep, path = value.partition(":")
    if not sep or fmt not in RENDERERS or not path:
        raise argparse.ArgumentTypeError(
            f"expected FORMAT:PATH with FORMAT one of {', '.join(RENDERERS)}, got {value!r}"
        )
    return fmt, Path(path)


def _delay(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if seconds < 0:
        raise argparse.ArgumentTypeError("the delay cannot be negative")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Detect drift between the O*NET / CareerOneStop APIs and their OpenAPI specs.",
        epilog="Exit codes: 0 no drift, 1 drift found, 2 usage or input error.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--fixtures",
        type=Path,
        default=FIXTURES_DIR,
        help="fixtures root with one folder per API (default: %(default)s)",
    )
    common.add_argument("--format", choices=sorted(RENDERERS), default="text", help="report format on stdout")
    common.add_argument(
        "--report",
        type=_report_target,
        action="append",
        default=[],
        metavar="FORMAT:PATH",
        help="also write the report to PATH in FORMAT (repeatable), e.g. junit:drift.xml",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log each request (secrets are never logged)")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", parents=[common], help="validate fixtures strictly against the specs")
    check.add_argument("--api", choices=API_NAMES, help="only this API (default: both)")

    live = commands.add_parser("live", parents=[common], help="replay fixtures against the API and validate")
    live.add_argument(
        "--api", choices=API_NAMES, action="append", required=True, help="API to replay (repeat for both)"
    )
    live.add_argument("--base-url", help="API root (default: the spec's server)")
    live.add_argument("--record", type=Path, metavar="DIR", help="write fresh, secret-free fixtures into DIR/<api>/")
    live.add_argument(
        "--delay", type=_delay, default=0.5, metavar="SECONDS", help="pause between requests (default 0.5)"
    )
    live.add_argument("--timeout", type=_delay, default=30.0, metavar="SECONDS", help="per-request timeout")
    live.add_argument(
        "--skip-without-credentials",
        action="store_true",
        help="skip an API whose credentials are not in the environment (default: exit 2 naming them)",
    )
    live.add_argument(
        "--allow-status-change",
        action="store_true",
        help="report a recorded success that now answers another declared status as a warning, not drift",
    )
    mutate = commands.add_parser(
        "mutate", help="break every fixture in each way an API might drift and print recall per finding kind"
    )
    mutate.add_argument("--api", choices=API_NAMES, help="only this API (default: both)")
    mutate.add_argument("--fixtures", type=Path, default=FIXTURES_DIR, help="fixtures root (default: %(default)s)")
    mutate.add_argument("--sites", type=int, default=3, help="sites per mutation kind and fixture (default 3)")
    mutate.add_argument("--format", choices=("markdown", "json"), default="markdown")
    return parser


def run_mutate(apis: list[ApiConfig], args: argparse.Namespace) -> int:
    """The mutation run; exit 1 when a mutant the oracle calls drift went unreported."""
    tallies = mutation_run(apis, args.fixtures, args.sites)
    sys.stdout.write(render_tallies(tallies, args.format))
    return EXIT_DRIFT if any(t.detected < t.expected for t in tallies.values()) else EXIT_OK


def emit(report: Report, fmt: str, targets: Sequence[tuple[str, Path]]) -> None:
    """Print the report in `fmt` and write any requested report files."""
    sys.stdout.write(RENDERERS[fmt](report))
    for target_format, path in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(RENDERERS[target_format](report), encoding="utf-8")
    if fmt != "text":  # stdout holds a document; the verdict and what stopped the run go to the terminal
        print(report.summary(), file=sys.stderr)
        for error in report.errors:
            print(f"error: {error}", file=sys.stderr)


def run_live_apis(selected: list[ApiConfig], args: argparse.Namespace) -> Report | None:
    """Live runs for each selected API, merged into one report; None when credentials are missing.

    Without --skip-without-credentials a missing credential stops the run before any request, with a message
    naming every missing variable of every selected API; with it, such an API is skipped with a message.
    """
    missing: list[str] = []
    runnable: list[ApiConfig] = []
    for api in selected:
        try:
            read_credentials(api, os.environ)
        except MissingCredentials as exc:
            if args.skip_without_credentials:
                print(f"drift live {api.name}: skipped, {exc}")
            else:
                missing += exc.variables
            continue
        runnable.append(api)
    if missing:
        print(f"drift live: {MissingCredentials(missing)} (or pass --skip-without-credentials)", file=sys.stderr)
        return None
    merged = Report(command="live", apis=[])
    for api in runnable:
        options = LiveOptions(
            base_url=args.base_url or api.base_url,
            record_dir=args.record,
            delay=args.delay,
            timeout=args.timeout,
            progress=progress_wanted(),
            allow_status_change=args.allow_status_change,
        )
        merged.merge(run_live(api, args.fixtures, options, os.environ))
    return merged


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "verbose", False):
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    apis = load_apis()
    report: Report | None
    try:
        if args.command == "mutate":
            return run_mutate([apis[args.api]] if args.api else [apis[name] for name in API_NAMES], args)
        if args.command == "check":
            selected = [apis[args.api]] if args.api else [apis[name] for name in API_NAMES]
            report = run_check(selected, args.fixtures)
        else:
            if args.base_url and len(set(args.api)) > 1:
                print("drift live: --base-url applies to one API; give a single --api with it", file=sys.stderr)
                return EXIT_USAGE
            report = run_live_apis([apis[name] for name in dict.fromkeys(args.api)], args)
    except SpecError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"drift: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return EXIT_USAGE
    if report is None:
        return EXIT_USAGE
    if not report.apis:
        return EXIT_OK  # every selected API was skipped for want of credentials
    emit(report, args.format, args.report)
    return report.exit_code
