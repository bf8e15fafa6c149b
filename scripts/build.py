#!/usr/bin/env python3
"""Regenerate the Python clients from the committed OpenAPI specs, offline.

python scripts/build.py                 # validate specs, generate, apply overrides, format
python scripts/build.py --check         # exit 1 (with a diff summary) if generated_client/ is stale
python scripts/build.py --api onet      # limit to one API (onet | careeronestop)
python scripts/build.py --export DIR    # only write bundled, validated specs + index.json to DIR
python scripts/build.py --fetch [URL]   # snapshot the published onet spec, regenerate, report changes
python scripts/build.py --fetch --dry-run  # only report what changed (exit 1 if breaking); write nothing
python scripts/build.py --bump          # record a release of each changed spec: info.version follows the diff
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from buildlib import evidence, export, facade, fetch, metadata, versions
from buildlib.generate import copy_shared_packages, generate_packages
from buildlib.project import REPO_ROOT, Api, BuildError, Project
from buildlib.treediff import compare

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2


def _stale_doc(project: Project, api: Api, package_dir: Path) -> str | None:
    """Why the generated operation table in docs/ is stale, or None."""
    doc = facade.operations_doc(project.root, api.name, package_dir)
    if doc is None or (doc[0].is_file() and doc[0].read_text(encoding="utf-8") == doc[1]):
        return None
    return f"{doc[0].relative_to(project.root)} is missing or out of date"


def _stale_shared(project: Project, scratch: Path, names: list[str]) -> bool:
    """Compare the shared top-level packages (overrides/_shared/) with their committed copies; print what differs."""
    stale = False
    for name in names:
        diff = compare(project.generated_dir / name, scratch / name)
        if diff:
            stale = True
            print(f"STALE: generated_client/{name} does not match overrides/_shared/{name}")
            print(diff.summary(f"  generated_client/{name}"))
    return stale


def _install(scratch: Path, generated_dir: Path, names: list[str]) -> None:
    """Replace generated_dir/<name> by the freshly built scratch/<name>."""
    for name in names:
        if (generated_dir / name).exists():
            shutil.rmtree(generated_dir / name)
        shutil.copytree(scratch / name, generated_dir / name)


def regenerate(project: Project, apis: list[Api], *, check: bool, validate: bool = True) -> int:
    """Generate every selected API into a scratch dir, then compare (--check) or install the result.

    validate=False skips the spec validation, for a caller that has just validated the same effective specs.
    """
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="build-") as tmp:
        scratch = Path(tmp)
        stats = generate_packages(project, apis, scratch, validate=validate)
        shared = copy_shared_packages(project, scratch)
        if check:
            stale = _stale_shared(project, scratch, shared)
            for api in apis:
                diff = compare(project.generated_dir / api.package, scratch / api.package)
                reason = metadata.stale_reason(api) or _stale_doc(project, api, scratch / api.package)
                unversioned = versions.stale_reason(project, api)
                if diff or reason:
                    stale = True
                    print(f"STALE {api.name}: generated_client/{api.package} does not match {api.spec.name}")
                    if reason:
                        print(f"  {reason}")
                    if diff:
                        print(diff.summary(f"  generated_client/{api.package}"))
                else:
                    print(f"fresh {api.name}: generated_client/{api.package} matches {api.spec.name}")
                if unversioned:
                    stale = True
                    print(f"UNVERSIONED {api.name}: {unversioned}")
            if evidence_reason := evidence.stale_reason(project):
                stale = True
                print(f"STALE evidence: {evidence_reason}")
            if stale:
                print("Run `python scripts/build.py` (or `tox -e regen`), `--bump` if a spec changed, and commit.")
            return EXIT_STALE if stale else EXIT_OK
        project.generated_dir.mkdir(exist_ok=True)
        _install(scratch, project.generated_dir, shared)
        for api in apis:
            target = project.generated_dir / api.package
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(scratch / api.package, target)
            metadata.refresh_hash(api)
            doc = facade.operations_doc(project.root, api.name, target)
            if doc:
                doc[0].parent.mkdir(parents=True, exist_ok=True)
                doc[0].write_text(doc[1], encoding="utf-8")
        if evidence_doc := evidence.evidence_doc(project):  # both APIs' evidence, whichever were rebuilt
            evidence_doc[0].parent.mkdir(parents=True, exist_ok=True)
            evidence_doc[0].write_text(evidence_doc[1], encoding="utf-8")
    elapsed = time.monotonic() - started
    for name, s in stats.items():
        print(f"{name}: {s.operations} operations, {s.models} models, {s.files} files")
    print(f"generated {len(stats)} package(s) in {elapsed:.1f} s")
    return EXIT_OK


def export_specs(project: Project, apis: list[Api], dest: Path) -> int:
    """Write the bundled specs for other languages (see buildlib/export.py) and their changelogs; generates nothing."""
    started = time.monotonic()
    exported = export.export(project, apis, dest, changelogs=versions.changelogs(project, apis))
    for item in exported:
        names = ", ".join(f.name for f in item.files)
        print(f"{item.api}: {item.operations} operations -> {names}")
    print(f"exported {len(exported)} spec(s) and {export.INDEX_NAME} to {dest} in {time.monotonic() - started:.1f} s")
    return EXIT_OK


def bump_versions(project: Project, apis: list[Api]) -> int:
    """Record a release of every selected spec whose content changed since its last one (buildlib/versions.py)."""
    for api in apis:
        release, changed = versions.bump(project, api)
        level = release.history[0]["level"] if changed else "unchanged"
        print(f"{api.name}: {release.version} ({level})")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated_client/ is stale")
    parser.add_argument("--api", action="append", help="limit to this API (repeatable)")
    parser.add_argument("--export", type=Path, metavar="DIR", help="only export bundled specs to DIR")
    parser.add_argument(
        "--fetch",
        nargs="?",
        const="",
        metavar="URL",
        help="download the definition (default: published_url in apis.toml), snapshot it, regenerate and "
        "report changes; exit 1 if any break clients",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="--fetch: download, validate and report changes (same exit codes), but write and generate nothing",
    )
    parser.add_argument(
        "--bump",
        action="store_true",
        help="record a release of each changed spec: info.version moves by the spec diff (breaking: major, "
        "other reported changes: minor, documentation: patch); generates nothing",
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="--fetch: seconds to wait (default 30)")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="--fetch report")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.export is not None and args.check:
        parser.error("--export and --check cannot be combined")
    if args.fetch is not None and (args.check or args.export is not None):
        parser.error("--fetch cannot be combined with --check or --export")
    if args.dry_run and args.fetch is None:
        parser.error("--dry-run only applies to --fetch")
    if args.bump and (args.check or args.export is not None or args.fetch is not None):
        parser.error("--bump cannot be combined with --check, --export or --fetch")
    project = Project(args.root.resolve())
    try:
        if args.fetch is not None:
            return fetch.run(
                project,
                args.api,
                args.fetch or None,
                timeout=args.timeout,
                fmt=args.format,
                rebuild=lambda api: regenerate(project, [api], check=False, validate=False),
                dry_run=args.dry_run,
            )
        apis = project.select(args.api)
        if args.bump:
            return bump_versions(project, apis)
        if args.export is not None:
            return export_specs(project, apis, args.export.resolve())
        return regenerate(project, apis, check=args.check)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
