#!/usr/bin/env python3
"""Prove that a second generator consumes the exported specs: TypeScript types from openapi-typescript.

    python scripts/downstream.py --work DIR [--tools DIR]     # what `tox -e downstream` runs

Steps, each reported on one line, and on failure with the step's name and the tool's output:

1. export      `scripts/build.py --export WORK/specs` (bundled, validated specs and index.json)
2. tools       npm installs the pinned openapi-typescript and typescript into TOOLS (never globally)
3. types       openapi-typescript turns every exported JSON spec into WORK/types/<api>.ts
4. type-check  `tsc` on contract_tests/downstream/usage.ts, which imports those types, and on the types

Exit status: 0 when every step passed, 1 when one failed (the rest are skipped).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(__file__).resolve().parent / "build.py"

# The second generator and its compiler, pinned. openapi-typescript 7 supports typescript ^5.
NPM_PACKAGES = {"openapi-typescript": "7.13.0", "typescript": "5.9.3"}
NPM_FLAGS = ["--no-audit", "--no-fund", "--no-update-notifier", "--ignore-scripts", "--loglevel=error"]
STEP_TIMEOUT = 600  # seconds; a hung npm should fail the run, not stall CI
MODULE_PREFIX = "@dol-specs"  # usage.ts imports "@dol-specs/<api>"
STEPS = ("export", "tools", "types", "type-check")


class StepFailed(Exception):
    """A step failed; the message says what went wrong (the tool's output included)."""


def run(cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    """Run a command; return its output, or raise StepFailed with the command line and its output."""
    try:
        result = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT)
    except FileNotFoundError as exc:
        raise StepFailed(f"cannot run {cmd[0]}: {exc.strerror}") from exc
    except subprocess.TimeoutExpired as exc:
        raise StepFailed(f"`{' '.join(cmd)}` did not finish within {STEP_TIMEOUT} s") from exc
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise StepFailed(f"`{' '.join(cmd)}` exited {result.returncode}:\n{output[-8000:]}")
    return output


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def step_export(root: Path, specs: Path) -> list[dict[str, object]]:
    output = run([sys.executable, str(BUILD), "--root", str(root), "--export", str(specs)])
    print("\n".join(f"    {line}" for line in output.splitlines()))
    try:
        index = json.loads((specs / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StepFailed(f"the export wrote no readable {specs / 'index.json'}: {exc}") from exc
    entries: list[dict[str, object]] = [e for e in index["files"] if e["format"] == "json"]
    if not entries:
        raise StepFailed(f"{specs / 'index.json'} lists no JSON spec")
    return entries


def npm_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(npm_config_update_notifier="false", npm_config_fund="false", npm_config_audit="false")
    return env


def step_tools(tools: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise StepFailed("node and npm must be on PATH (Node.js 18 or newer)")
    tools.mkdir(parents=True, exist_ok=True)
    manifest = {
        "name": "dol-career-sdks-downstream-tools",
        "private": True,
        "description": "Throwaway: written by scripts/downstream.py",
        "dependencies": NPM_PACKAGES,
    }
    (tools / "package.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    run([npm, "install", "--prefix", str(tools), *NPM_FLAGS], cwd=tools, env=npm_env())
    bin_dir = tools / "node_modules" / ".bin"
    for name in ("openapi-typescript", "tsc"):
        if shutil.which(name, path=str(bin_dir)) is None:
            raise StepFailed(f"npm install finished but {bin_dir / name} is missing")
    versions = []
    for package in NPM_PACKAGES:
        meta = json.loads((tools / "node_modules" / package / "package.json").read_text(encoding="utf-8"))
        versions.append(f"{package}@{meta['version']}")
    print(f"    {', '.join(versions)} in {tools}")
    return bin_dir


def tool(bin_dir: Path, name: str) -> str:
    found = shutil.which(name, path=str(bin_dir))
    if found is None:
        raise StepFailed(f"{name} not found in {bin_dir}")
    return found


def step_types(bin_dir: Path, specs: Path, entries: list[dict[str, object]], types: Path) -> list[Path]:
    fresh_dir(types)
    generator = tool(bin_dir, "openapi-typescript")
    outputs = []
    for entry in entries:
        spec = specs / str(entry["file"])
        target = types / f"{entry['api']}.ts"
        try:
            run([generator, str(spec), "--output", str(target)], cwd=types, env=npm_env())
        except StepFailed as exc:
            raise StepFailed(f"openapi-typescript could not turn {spec.name} into types:\n{exc}") from exc
        if not target.is_file():
            raise StepFailed(f"openapi-typescript wrote no {target}")
        print(f"    {spec.name} -> {target.name} ({target.stat().st_size} bytes)")
        outputs.append(target)
    return outputs


def step_type_check(bin_dir: Path, root: Path, work: Path, types: Path, generated: list[Path]) -> None:
    usage_dir = root / "contract_tests" / "downstream"
    usage = usage_dir / "usage.ts"
    if not usage.is_file():
        raise StepFailed(f"{usage} is missing")
    tsconfig = {
        "extends": str(usage_dir / "tsconfig.json"),
        "compilerOptions": {"paths": {f"{MODULE_PREFIX}/*": [f"{types.as_posix()}/*"]}},
        "files": [usage.as_posix(), *(p.as_posix() for p in generated)],
    }
    config = work / "tsconfig.json"
    config.write_text(json.dumps(tsconfig, indent=2) + "\n", encoding="utf-8")
    try:
        run([tool(bin_dir, "tsc"), "--project", str(config)], cwd=root, env=npm_env())  # paths relative to root
    except StepFailed as exc:
        raise StepFailed(f"the TypeScript types or {usage.relative_to(root)} do not compile:\n{exc}") from exc
    print(f"    tsc --noEmit: {usage.relative_to(root)} and {len(generated)} generated file(s) compile")


class Progress:
    """Prints `step N/4 NAME ...`, then ok with the time taken, or FAILED with the reason."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.step_started = self.started
        self.index = -1

    @property
    def label(self) -> str:
        return f"step {self.index + 1}/{len(STEPS)} {STEPS[self.index]}"

    def start(self, name: str) -> None:
        self.index = STEPS.index(name)
        self.step_started = time.monotonic()
        print(f"downstream: {self.label} ...", flush=True)

    def done(self) -> None:
        print(f"downstream: {self.label} ok ({time.monotonic() - self.step_started:.1f} s)", flush=True)

    def failed(self, exc: StepFailed) -> None:
        print(f"downstream: FAILED at {self.label}: {exc}", file=sys.stderr, flush=True)
        later = STEPS[self.index + 1 :]
        if later:
            print(f"downstream: skipped {', '.join(later)}", file=sys.stderr)

    def finished(self) -> None:
        print(f"downstream: all {len(STEPS)} steps passed in {time.monotonic() - self.started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True, help="scratch dir for specs/, types/, tsconfig")
    parser.add_argument("--tools", type=Path, help="where npm installs the tools (default: WORK/tools)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root, work = args.root.resolve(), args.work.resolve()
    tools = (args.tools or work / "tools").resolve()
    specs, types = work / "specs", work / "types"
    work.mkdir(parents=True, exist_ok=True)
    for stale in (specs, types):  # a failed run leaves nothing from an earlier, passing one
        if stale.exists():
            shutil.rmtree(stale)
    (work / "tsconfig.json").unlink(missing_ok=True)

    progress = Progress()
    try:
        progress.start("export")
        entries = step_export(root, specs)
        progress.done()
        progress.start("tools")
        bin_dir = step_tools(tools)
        progress.done()
        progress.start("types")
        generated = step_types(bin_dir, specs, entries, types)
        progress.done()
        progress.start("type-check")
        step_type_check(bin_dir, root, work, types, generated)
        progress.done()
    except StepFailed as exc:
        progress.failed(exc)
        return 1
    progress.finished()
    return 0


if __name__ == "__main__":
    sys.exit(main())
