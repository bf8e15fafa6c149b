#!/usr/bin/env python3
"""Prove that other generators and linters consume the exported specs.

    python scripts/downstream.py --work DIR [--tools DIR]     # what `tox -e downstream` runs (default run)
    python scripts/downstream.py --go --work DIR              # what `tox -e downstream-go` runs

Default steps, each reported on one line, and on failure with the step's name and the tool's output:

1. export      `scripts/build.py --export WORK/specs` (bundled, validated specs and index.json)
2. tools       `npm ci` installs the tools pinned in contract_tests/downstream/package-lock.json into TOOLS
               (skipped when TOOLS already holds that lockfile's install)
3. lint        Spectral (`spectral:oas`) and Redocly (`recommended`) on every exported JSON spec: no finding
4. types       openapi-typescript turns every exported JSON spec into WORK/types/<api>.ts
5. type-check  `tsc` on contract_tests/downstream/usage.ts, which imports those types, and on the types
6. pydantic    datamodel-code-generator builds pydantic v2 models from every spec; every fixture body of
               contract_tests/fixtures/<api>/ validates into the model of its operation and status and dumps
               back to the same JSON (nothing dropped, nothing added)

With --go (Java, Go and the Go libraries must be installed; tox -e downstream-go installs them from Debian):

1. export       as above
2. go-generate  openapi-generator (the pinned PyPI package bundles the jar) writes a Go client per spec
3. go-build     `go build ./...` of each client, offline (GOPATH mode, libraries from /usr/share/gocode)
4. go-unmarshal contract_tests/downstream/go/main.go unmarshals every fixture body into its generated struct

Exit status: 0 when every step passed, 1 when one failed (the rest are skipped).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from buildlib.specs import COMPONENT_SCHEMAS, deref, ref_of, resolve_pointer

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(__file__).resolve().parent / "build.py"
CONSUMERS = Path("contract_tests") / "downstream"  # relative to the root: usage.ts, lint configs, npm pins, go/
FIXTURES = Path("contract_tests") / "fixtures"

NPM_FLAGS = ["--no-audit", "--no-fund", "--no-update-notifier", "--ignore-scripts", "--loglevel=error"]
NPM_BINARIES = ("openapi-typescript", "tsc", "spectral", "redocly")
STEP_TIMEOUT = 600  # seconds; a hung tool should fail the run, not stall CI
MODULE_PREFIX = "@dol-specs"  # usage.ts imports "@dol-specs/<api>"
GO_MODULE_ROOT = "dolsdk"  # Go import path prefix of the generated clients: dolsdk/<api>
DEBIAN_GOPATH = "/usr/share/gocode"
STEPS = ("export", "tools", "lint", "types", "type-check", "pydantic")
GO_STEPS = ("export", "go-generate", "go-build", "go-unmarshal")


class StepFailed(Exception):
    """A step failed; the message says what went wrong (the tool's output included)."""


def run(cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, failing: str = "") -> str:
    """Run a command; return its output, or raise StepFailed with `failing` (what the failure means, when given),
    the command line and its output."""
    try:
        return _run(cmd, cwd=cwd, env=env)
    except StepFailed as exc:
        if not failing:
            raise
        raise StepFailed(f"{failing}:\n{exc}") from exc


def _run(cmd: Sequence[str], *, cwd: Path | None, env: dict[str, str] | None) -> str:
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


def load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StepFailed(f"cannot read {path}: {exc}") from exc


# ---------------------------------------------------------------------------------------------- export


def step_export(root: Path, specs: Path) -> list[dict[str, Any]]:
    output = run([sys.executable, str(BUILD), "--root", str(root), "--export", str(specs)])
    print("\n".join(f"    {line}" for line in output.splitlines()))
    index = load_json(specs / "index.json")
    entries: list[dict[str, Any]] = [e for e in index["files"] if e["format"] == "json"]
    if not entries:
        raise StepFailed(f"{specs / 'index.json'} lists no JSON spec")
    return entries


# ---------------------------------------------------------------------------------------------- npm tools


def npm_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        npm_config_update_notifier="false",
        npm_config_fund="false",
        npm_config_audit="false",
        REDOCLY_TELEMETRY="off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE="true",
    )
    return env


def step_tools(root: Path, tools: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise StepFailed("node and npm must be on PATH (Node.js 20 or newer)")
    tools.mkdir(parents=True, exist_ok=True)
    lock = (root / CONSUMERS / "package-lock.json").read_bytes()
    stamp = tools / "installed-from.sha256"  # skip `npm ci` when TOOLS already holds exactly these pins
    bin_dir = tools / "node_modules" / ".bin"
    wanted = hashlib.sha256(lock).hexdigest()
    current = stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else ""
    if current != wanted or not all(shutil.which(n, path=str(bin_dir)) for n in NPM_BINARIES):
        stamp.unlink(missing_ok=True)
        for name in ("package.json", "package-lock.json"):  # the pins: versions and integrity hashes
            shutil.copyfile(root / CONSUMERS / name, tools / name)
        run([npm, "ci", "--prefix", str(tools), *NPM_FLAGS], cwd=tools, env=npm_env())
        stamp.write_text(wanted + "\n", encoding="utf-8")
    for name in NPM_BINARIES:
        tool(bin_dir, name)
    pins = load_json(tools / "package.json")["dependencies"]
    versions = [f"{p}@{load_json(tools / 'node_modules' / p / 'package.json')['version']}" for p in pins]
    print(f"    {', '.join(versions)} in {tools}")
    return bin_dir


def tool(bin_dir: Path, name: str) -> str:
    found = shutil.which(name, path=str(bin_dir))
    if found is None:
        raise StepFailed(f"{name} not found in {bin_dir}")
    return found


# ---------------------------------------------------------------------------------------------- lint


def spectral_findings(bin_dir: Path, config: Path, spec: Path) -> list[str]:
    """Every Spectral result (errors down to hints) as `line:col severity rule message`."""
    cmd = [tool(bin_dir, "spectral"), "lint", "--ruleset", str(config), "--format", "json", "--quiet", str(spec)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=STEP_TIMEOUT, env=npm_env())
    try:
        found = json.loads(result.stdout or "[]")
    except ValueError as exc:
        raise StepFailed(
            f"Spectral printed no JSON for {spec.name}:\n{(result.stdout + result.stderr)[-4000:]}"
        ) from exc
    severities = {0: "error", 1: "warning", 2: "info", 3: "hint"}
    return [
        f"{r['range']['start']['line'] + 1}:{r['range']['start']['character'] + 1} "
        f"{severities.get(r['severity'], r['severity'])} {r['code']} {r['message']} "
        f"(at {'.'.join(map(str, r['path']))})"
        for r in found
    ]


def redocly_findings(bin_dir: Path, config: Path, spec: Path) -> list[str]:
    """Every Redocly problem (errors and warnings) as `severity rule message`."""
    cmd = [tool(bin_dir, "redocly"), "lint", "--config", str(config), "--format", "json", str(spec)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=STEP_TIMEOUT, env=npm_env())
    start = result.stdout.find("{")
    try:
        report = json.loads(result.stdout[start:]) if start >= 0 else None
    except ValueError:
        report = None
    if not isinstance(report, dict) or "problems" not in report:
        output = (result.stdout + result.stderr)[-4000:]
        raise StepFailed(f"Redocly printed no JSON report for {spec.name}:\n{output}")
    return [
        f"{p['severity']} {p['ruleId']} {p['message']} "
        f"(at {', '.join(loc.get('pointer', '') for loc in p['location'])})"
        for p in report["problems"]
    ]


def step_lint(root: Path, bin_dir: Path, specs: Path, entries: list[dict[str, Any]]) -> None:
    spectral_config = root / CONSUMERS / "spectral.yaml"
    redocly_config = root / CONSUMERS / "redocly.yaml"
    failures = []
    for entry in entries:
        spec = specs / str(entry["file"])
        for linter, findings in (
            ("spectral:oas", spectral_findings(bin_dir, spectral_config, spec)),
            ("redocly recommended", redocly_findings(bin_dir, redocly_config, spec)),
        ):
            print(f"    {linter}: {spec.name}: {len(findings)} finding(s)")
            failures += [f"{linter} {spec.name} {finding}" for finding in findings]
    if failures:
        shown = "\n".join(failures[:60])
        more = f"\n... and {len(failures) - 60} more" if len(failures) > 60 else ""
        raise StepFailed(f"{len(failures)} lint finding(s):\n{shown}{more}")


# ---------------------------------------------------------------------------------------------- TypeScript


def step_types(bin_dir: Path, specs: Path, entries: list[dict[str, Any]], types: Path) -> list[Path]:
    fresh_dir(types)
    generator = tool(bin_dir, "openapi-typescript")
    outputs = []
    for entry in entries:
        spec = specs / str(entry["file"])
        target = types / f"{entry['api']}.ts"
        run(
            [generator, str(spec), "--output", str(target)],
            cwd=types,
            env=npm_env(),
            failing=f"openapi-typescript could not turn {spec.name} into types",
        )
        if not target.is_file():
            raise StepFailed(f"openapi-typescript wrote no {target}")
        print(f"    {spec.name} -> {target.name} ({target.stat().st_size} bytes)")
        outputs.append(target)
    return outputs


def step_type_check(bin_dir: Path, root: Path, work: Path, types: Path, generated: list[Path]) -> None:
    usage_dir = root / CONSUMERS
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
    failing = f"the TypeScript types or {usage.relative_to(root)} do not compile"
    run([tool(bin_dir, "tsc"), "--project", str(config)], cwd=root, env=npm_env(), failing=failing)  # paths from root
    print(f"    tsc --noEmit: {usage.relative_to(root)} and {len(generated)} generated file(s) compile")


# ---------------------------------------------------------------------------------------------- fixtures


def fixture_bodies(root: Path, api: str) -> Iterator[tuple[Path, str, int, Any]]:
    """(file, operationId, status, body) of every fixture of one API, sorted by file name."""
    folder = root / FIXTURES / api
    for path in sorted(folder.glob("*.json")):
        fixture = load_json(path)
        yield path, fixture["operationId"], int(fixture["response"]["status"]), fixture["response"]["body"]


def response_schema_name(spec: dict[str, Any], operation_id: str, status: int) -> str:
    """The component schema name of an operation's JSON response for a status (or its `default`)."""
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or op.get("operationId") != operation_id:
                continue
            response = op["responses"].get(str(status)) or op["responses"].get("default")
            if response is None:
                raise StepFailed(f"{operation_id} declares no response for HTTP {status}")
            response = deref(spec, response)
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            ref = ref_of(schema) or ""
            if not ref.startswith(COMPONENT_SCHEMAS):
                raise StepFailed(f"{operation_id} HTTP {status}: the JSON body is not a named component schema")
            return str(ref.rsplit("/", 1)[1])
    raise StepFailed(f"no operation {operation_id!r} in the exported spec")


# ---------------------------------------------------------------------------------------------- pydantic


def generate_models(spec: Path, target: Path) -> ModuleType:
    """datamodel-code-generator: pydantic v2 models of every component schema, extra keys kept."""
    cmd = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(spec), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel", "--output", str(target),
        "--allow-extra-fields", "--target-python-version", "3.11", "--use-standard-collections",
        "--use-union-operator", "--disable-timestamp",
    ]  # fmt: skip
    run(cmd, failing=f"datamodel-code-generator could not model {spec.name}")
    loader = importlib.util.spec_from_file_location(f"downstream_models_{target.stem}", target)
    if loader is None or loader.loader is None:
        raise StepFailed(f"cannot import {target}")
    module = importlib.util.module_from_spec(loader)
    sys.modules[loader.name] = module
    try:
        loader.loader.exec_module(module)
    except Exception as exc:  # a generated module that does not import is the finding
        raise StepFailed(f"the models generated from {spec.name} do not import: {exc!r}") from exc
    return module


def json_differences(seen: Any, expected: Any, path: str = "$") -> list[str]:
    """Where two JSON values differ, as JSON paths (ints and floats of equal value count as equal)."""
    numbers = (int, float)
    if isinstance(seen, bool) != isinstance(expected, bool) or (
        type(seen) is not type(expected) and not (isinstance(seen, numbers) and isinstance(expected, numbers))
    ):
        return [f"{path}: {seen!r:.80} instead of {expected!r:.80}"]
    if isinstance(expected, dict):
        out = [f"{path}.{k}: dropped" for k in expected if k not in seen]
        out += [f"{path}.{k}: added" for k in seen if k not in expected]
        return out + [d for k in expected if k in seen for d in json_differences(seen[k], expected[k], f"{path}.{k}")]
    if isinstance(expected, list):
        if len(seen) != len(expected):
            return [f"{path}: {len(seen)} items instead of {len(expected)}"]
        return [
            d
            for i, (a, b) in enumerate(zip(seen, expected, strict=True))
            for d in json_differences(a, b, f"{path}[{i}]")
        ]
    return [] if seen == expected else [f"{path}: {seen!r:.80} instead of {expected!r:.80}"]


def round_trip(model: Any, body: Any) -> list[str]:
    """Validate a body into a pydantic model and dump it back; the differences (or the validation error)."""
    try:
        parsed = model.model_validate(body)
        dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    except Exception as exc:  # pydantic's ValidationError, or anything a generated model raises
        return [f"does not validate: {' '.join(str(exc).split())[:400]}"]
    return json_differences(dumped, body)


def step_pydantic(root: Path, specs: Path, entries: list[dict[str, Any]], work: Path) -> None:
    models_dir = fresh_dir(work / "pydantic")
    failures: list[str] = []
    for entry in entries:
        api = str(entry["api"])
        spec = load_json(specs / str(entry["file"]))
        module = generate_models(specs / str(entry["file"]), models_dir / f"{api}_models.py")
        count = 0
        for path, operation_id, status, body in fixture_bodies(root, api):
            name = response_schema_name(spec, operation_id, status)
            model = getattr(module, name, None)
            if model is None:
                failures.append(f"{api}: datamodel-code-generator made no model {name} (for {path.name})")
                continue
            failures += [f"{api}/{path.name} as {name}: {problem}" for problem in round_trip(model, body)[:5]]
            count += 1
        if count == 0:
            raise StepFailed(f"no fixture body found for {api} in {root / FIXTURES / api}")
        print(f"    {api}: {len(vars(module))} names in {api}_models.py; {count} fixture bodies round-tripped")
        canary(module, spec, api)
    if failures:
        raise StepFailed(f"{len(failures)} body/model mismatch(es):\n" + "\n".join(failures[:60]))


def canary(module: ModuleType, spec: dict[str, Any], api: str) -> None:
    """The round trip must be able to fail: an unknown key survives and a wrong shape is rejected."""
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") == "object" and schema.get("properties") and hasattr(module, name):
            model = getattr(module, name)
            kept = round_trip(model, {"DownstreamCanaryKey": "kept"})
            wrong = round_trip(model, [])
            if kept or not wrong:
                raise StepFailed(f"{api}: the {name} model loses unknown keys or accepts a list; the check is void")
            return
    raise StepFailed(f"{api}: no object schema to run the canary on")


# ---------------------------------------------------------------------------------------------- Go


def go_env(gopath: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        GOPATH=f"{gopath}{os.pathsep}{DEBIAN_GOPATH}",  # the generated clients, then Debian's Go libraries
        GO111MODULE="off",  # no module proxy is reachable: resolve imports from GOPATH only
        GOPROXY="off",
        GOFLAGS="",
        GOCACHE=str(gopath.parent / "gocache"),
        CGO_ENABLED="0",
    )
    return env


def step_go_generate(specs: Path, entries: list[dict[str, Any]], gopath: Path) -> dict[str, Path]:
    search = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # the venv's scripts first
    generator = shutil.which("openapi-generator-cli", path=search)
    if generator is None:
        raise StepFailed("openapi-generator-cli is not installed (pip extra `downstream-go`)")
    if shutil.which("java") is None:
        raise StepFailed("java is not on PATH (Debian: default-jre-headless)")
    fresh_dir(gopath)
    packages = {}
    for entry in entries:
        api = str(entry["api"])
        out = gopath / "src" / GO_MODULE_ROOT / api
        cmd = [
            generator, "generate", "--generator-name", "go", "--input-spec", str(specs / str(entry["file"])),
            "--output", str(out), "--package-name", api,
            "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
            # enumClassPrefix: Go gives enum constants package scope, and O*NET reuses values (ARMY, 1-5) across enums.
            "--additional-properties", "withGoMod=false,generateInterfaces=false,enumClassPrefix=true",
        ]  # fmt: skip
        run(cmd, failing=f"openapi-generator could not write a Go client from {entry['file']}")
        files = list(out.glob("*.go"))
        print(f"    {entry['file']} -> {out.relative_to(gopath)} ({len(files)} Go files)")
        packages[api] = out
    print(f"    {run([generator, 'version']).splitlines()[-1].strip()} (openapi-generator)")
    return packages


def step_go_build(packages: dict[str, Path], gopath: Path) -> None:
    if shutil.which("go") is None:
        raise StepFailed("go is not on PATH (Debian: golang-go)")
    print(f"    {run(['go', 'version'], env=go_env(gopath))}")
    for api, folder in packages.items():
        run(
            ["go", "build", "./..."],
            cwd=folder,
            env=go_env(gopath),
            failing=f"the generated Go client for {api} does not build",
        )
        print(f"    go build ./... ok: {folder.relative_to(gopath)}")


def go_struct_names(folder: Path) -> set[str]:
    pattern = re.compile(r"^type (\w+) struct", re.M)
    return {name for path in folder.glob("*.go") for name in pattern.findall(path.read_text(encoding="utf-8"))}


def go_type_of(spec: dict[str, Any], api: str, structs: set[str], schema: dict[str, Any]) -> str | None:
    """The Go type openapi-generator gives a schema: its struct, a slice of one, or a free-form map."""
    ref = ref_of(schema)
    if ref:
        name = ref.rsplit("/", 1)[1]
        if name in structs:
            return f"{api}.{name}"
        schema = resolve_pointer(spec, ref)
    if schema.get("type") == "array":
        item = go_type_of(spec, api, structs, schema.get("items", {}))
        return f"[]{item}" if item else None
    if schema.get("type") == "object" and not schema.get("properties"):
        return "map[string]interface{}"  # a free-form body: the generator makes no struct
    return None


def step_go_unmarshal(
    root: Path, specs: Path, entries: list[dict[str, Any]], packages: dict[str, Path], gopath: Path
) -> None:
    consumer = gopath / "src" / GO_MODULE_ROOT / "consumer"
    consumer.mkdir(parents=True)
    shutil.copyfile(root / CONSUMERS / "go" / "main.go", consumer / "main.go")
    lines = ["// Code generated by scripts/downstream.py --go; DO NOT EDIT.", "", "package main", "", "import ("]
    lines += ['\t"encoding/json"', '\t"fmt"', ""]
    lines += [f'\t{api} "{GO_MODULE_ROOT}/{api}"' for api in packages]
    lines += [")", "", "var checks = []check{"]
    canary_line = None
    for entry in entries:
        api = str(entry["api"])
        spec = load_json(specs / str(entry["file"]))
        structs = go_struct_names(packages[api])
        bodies = gopath / "bodies" / api
        bodies.mkdir(parents=True)
        for path, operation_id, status, body in fixture_bodies(root, api):
            body_file = bodies / path.name  # the response body alone, as the server would send it
            body_file.write_text(json.dumps(body), encoding="utf-8")
            name = response_schema_name(spec, operation_id, status)
            schema = spec["components"]["schemas"][name]
            go_type = go_type_of(spec, api, structs, {"$ref": f"#/components/schemas/{name}"})
            if go_type is None:
                raise StepFailed(f"openapi-generator made no Go type for {name} ({api}/{path.name})")
            decode = f"func(data []byte) error {{ var v {go_type}; return json.Unmarshal(data, &v) }}"
            lines.append(f"\t{{{json.dumps(str(body_file))}, {json.dumps(go_type)}, {decode}}},")
            if canary_line is None and name in structs and schema.get("required"):
                canary_line = go_type
    lines.append("}")
    if canary_line is None:
        raise StepFailed("no response struct with required properties to run the canary on")
    lines += [
        "",
        "// canary fails when a body without the required properties unmarshals: the checks would be void.",
        "func canary() error {",
        f"\tvar v {canary_line}",
        '\tif json.Unmarshal([]byte("{}"), &v) == nil {',
        f'\t\treturn fmt.Errorf("{canary_line} accepted an empty object")',
        "\t}",
        "\treturn nil",
        "}",
        "",
    ]
    (consumer / "checks_gen.go").write_text("\n".join(lines), encoding="utf-8")
    failing = "fixture bodies do not unmarshal into the generated Go structs"
    run(["go", "vet", "."], cwd=consumer, env=go_env(gopath), failing=failing)
    output = run(["go", "run", "."], cwd=consumer, env=go_env(gopath), failing=failing)
    print("\n".join(f"    {line}" for line in output.splitlines()[-5:]))


# ---------------------------------------------------------------------------------------------- driver


class Progress:
    """Prints `step N/M NAME ...`, then ok with the time taken, or FAILED with the reason."""

    def __init__(self, steps: Sequence[str]) -> None:
        self.steps = tuple(steps)
        self.started = time.monotonic()
        self.step_started = self.started
        self.index = -1

    @property
    def label(self) -> str:
        return f"step {self.index + 1}/{len(self.steps)} {self.steps[self.index]}"

    def start(self, name: str) -> None:
        self.index = self.steps.index(name)
        self.step_started = time.monotonic()
        print(f"downstream: {self.label} ...", flush=True)

    def done(self) -> None:
        print(f"downstream: {self.label} ok ({time.monotonic() - self.step_started:.1f} s)", flush=True)

    def failed(self, exc: StepFailed) -> None:
        print(f"downstream: FAILED at {self.label}: {exc}", file=sys.stderr, flush=True)
        later = self.steps[self.index + 1 :]
        if later:
            print(f"downstream: skipped {', '.join(later)}", file=sys.stderr)

    def finished(self) -> None:
        print(f"downstream: all {len(self.steps)} steps passed in {time.monotonic() - self.started:.1f} s")


def run_default(root: Path, work: Path, tools: Path, progress: Progress) -> None:
    specs, types = work / "specs", work / "types"
    progress.start("export")
    entries = step_export(root, specs)
    progress.done()
    progress.start("tools")
    bin_dir = step_tools(root, tools)
    progress.done()
    progress.start("lint")
    step_lint(root, bin_dir, specs, entries)
    progress.done()
    progress.start("types")
    generated = step_types(bin_dir, specs, entries, types)
    progress.done()
    progress.start("type-check")
    step_type_check(bin_dir, root, work, types, generated)
    progress.done()
    progress.start("pydantic")
    step_pydantic(root, specs, entries, work)
    progress.done()


def run_go(root: Path, work: Path, progress: Progress) -> None:
    specs, gopath = work / "specs", work / "go"
    progress.start("export")
    entries = step_export(root, specs)
    progress.done()
    progress.start("go-generate")
    packages = step_go_generate(specs, entries, gopath)
    progress.done()
    progress.start("go-build")
    step_go_build(packages, gopath)
    progress.done()
    progress.start("go-unmarshal")
    step_go_unmarshal(root, specs, entries, packages, gopath)
    progress.done()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True, help="scratch dir for specs/, types/, models, Go code")
    parser.add_argument("--tools", type=Path, help="where npm installs the tools (default: WORK/tools)")
    parser.add_argument("--go", action="store_true", help="run the Go consumer instead of the default steps")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root, work = args.root.resolve(), args.work.resolve()
    tools = (args.tools or work / "tools").resolve()
    work.mkdir(parents=True, exist_ok=True)
    for stale in ("specs", "types", "pydantic", "go"):  # a failed run leaves nothing from an earlier, passing one
        if (work / stale).exists():
            shutil.rmtree(work / stale)
    (work / "tsconfig.json").unlink(missing_ok=True)

    progress = Progress(GO_STEPS if args.go else STEPS)
    try:
        if args.go:
            run_go(root, work, progress)
        else:
            run_default(root, work, tools, progress)
    except StepFailed as exc:
        progress.failed(exc)
        return 1
    progress.finished()
    return 0


if __name__ == "__main__":
    sys.exit(main())
