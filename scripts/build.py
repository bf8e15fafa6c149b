#!/usr/bin/env python3
"""Regenerate the Python clients from the committed OpenAPI specs, offline.

    python scripts/build.py                 # validate specs, generate, apply overrides, format
    python scripts/build.py --check         # exit 1 (with a diff summary) if generated_client/ is stale
    python scripts/build.py --api onet      # limit to one API (onet | careeronestop)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from buildlib import metadata  # noqa: E402
from buildlib.generate import generate_package  # noqa: E402
from buildlib.project import REPO_ROOT, Api, BuildError, Project  # noqa: E402
from buildlib.treediff import compare  # noqa: E402

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2


def regenerate(project: Project, apis: list[Api], *, check: bool) -> int:
    """Generate every selected API into a scratch dir, then compare (--check) or install the result."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="build-") as tmp:
        scratch = Path(tmp)
        stats = {api.name: generate_package(project, api, scratch) for api in apis}
        if check:
            stale = False
            for api in apis:
                diff = compare(project.generated_dir / api.package, scratch / api.package)
                reason = metadata.stale_reason(api)
                if diff or reason:
                    stale = True
                    print(f"STALE {api.name}: generated_client/{api.package} does not match {api.spec.name}")
                    if reason:
                        print(f"  {reason}")
                    if diff:
                        print(diff.summary(f"  generated_client/{api.package}"))
                else:
                    print(f"fresh {api.name}: generated_client/{api.package} matches {api.spec.name}")
            if stale:
                print("Run `python scripts/build.py` (or `tox -e regen`) and commit the result.")
            return EXIT_STALE if stale else EXIT_OK
        project.generated_dir.mkdir(exist_ok=True)
        for api in apis:
            target = project.generated_dir / api.package
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(scratch / api.package, target)
            metadata.refresh_hash(api)
    elapsed = time.monotonic() - started
    for name, s in stats.items():
        print(f"{name}: {s.operations} operations, {s.models} models, {s.files} files")
    print(f"generated {len(stats)} package(s) in {elapsed:.1f} s")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated_client/ is stale")
    parser.add_argument("--api", action="append", help="limit to this API (repeatable)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    project = Project(args.root.resolve())
    try:
        apis = project.select(args.api)
        return regenerate(project, apis, check=args.check)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
