"""The shipped GitHub workflows run commands that exist, with arguments their parsers accept.

Every `run:` step is split into shell commands; each Python script, `python -m` module and console command of
this distribution is handed its exact argument list, and the program's own argparse parser reads it (nothing
runs: the parser stops the program right after parsing). A renamed option or a removed tox environment or
extra fails here, not in a user's weekly job.
"""

from __future__ import annotations

import argparse
import configparser
import importlib
import importlib.util
import re
import shlex
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SEPARATORS = {"&&", "||", ";", "|", "&", "(", ")"}
REDIRECTS = {">", ">>", "<", ">&", "&>"}
SHELL_KEYWORDS = {"if", "then", "else", "elif", "do", "!"}


class Parsed(Exception):
    """Raised by the patched parse_args once the real parser accepted the arguments."""


def workflow(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def run_steps() -> Iterator[tuple[str, str]]:
    """(workflow/job/step, script) for every step with a `run:`."""
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job_id, job in workflow(path.name)["jobs"].items():
            for index, step in enumerate(job["steps"]):
                if "run" in step:
                    yield f"{path.name}/{job_id}/{step.get('name', index)}", str(step["run"])


def commands(script: str) -> Iterator[list[str]]:
    """The simple commands of a shell script: words without redirections, split at && || ; | and newlines."""
    for line in script.replace("\\\n", " ").splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        lexer.commenters = "#"
        current: list[str] = []
        skip_next = False
        for token in lexer:
            if skip_next:
                skip_next = False
            elif token in REDIRECTS:
                skip_next = True
                if current and current[-1].isdigit():
                    current.pop()  # the 2 of 2>/dev/null
            elif token in SEPARATORS:
                yield from [current] if current else []
                current = []
            else:
                current.append(token)
        if current:
            yield current


def parse_only(monkeypatch: pytest.MonkeyPatch, program: Callable[[list[str]], object], args: list[str]) -> None:
    """Let `program` parse `args` with its own parser and stop it there; pytest.fail with argparse's message."""
    original = argparse.ArgumentParser.parse_args

    def stop_after_parsing(self: argparse.ArgumentParser, *a: Any, **k: Any) -> NoReturn:
        original(self, *a, **k)
        raise Parsed

    with monkeypatch.context() as patch:
        patch.setattr(argparse.ArgumentParser, "parse_args", stop_after_parsing)
        try:
            program(args)
        except Parsed:
            return
        except SystemExit as exc:
            pytest.fail(f"{args} is refused by the parser (exit {exc.code})")
    pytest.fail(f"{args}: the program never parsed its arguments")


def script_main(path: Path) -> Callable[[list[str]], object]:
    spec = importlib.util.spec_from_file_location(f"_workflow_{path.stem}", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main: Callable[[list[str]], object] = module.main
    return main


def console_main(name: str) -> Callable[[list[str]], object]:
    """The function a [project.scripts] console command calls (imported as the install maps it)."""
    module_name, _, function = PYPROJECT["project"]["scripts"][name].partition(":")
    main: Callable[[list[str]], object] = getattr(importlib.import_module(module_name), function)
    return main


def tox_envs() -> set[str]:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "tox.ini", encoding="utf-8")
    named = {s.removeprefix("testenv:") for s in config.sections() if s.startswith("testenv:")}
    return named | {e.strip() for e in config["tox"]["env_list"].split(",")}


def check_pip(args: list[str]) -> None:
    assert args[0] == "install", args
    for requirement in (a for a in args[1:] if not a.startswith("-")):
        match = re.fullmatch(r"\.\[([\w,-]+)\]", requirement)
        if match:  # this distribution with extras
            for extra in match.group(1).split(","):
                assert extra in PYPROJECT["project"]["optional-dependencies"], f"no extra {extra!r}"
        else:
            assert re.fullmatch(r"[A-Za-z0-9_.-]+", requirement), requirement  # a plain PyPI name such as tox


def check_tox(args: list[str]) -> None:
    envs = [e for i, a in enumerate(args) if a == "-e" for e in args[i + 1].split(",")]
    assert set(envs) <= tox_envs(), f"unknown tox environment in {args}"


def check_python(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> str:
    """Check one `python ...` command; the name it is counted under."""
    if args[0] == "-m" and args[1] == "pip":
        check_pip(args[2:])
        return "pip"
    if args[0] == "-m" and args[1] == "tox":
        check_tox(args[2:])
        return "tox"
    script = ROOT / args[0]
    assert args[0].endswith(".py") and script.is_file(), f"no such script: {args[0]}"
    parse_only(monkeypatch, script_main(script), args[1:])
    return args[0]


def check(monkeypatch: pytest.MonkeyPatch, words: list[str]) -> str | None:
    """Check one command if it is ours (Python, tox or a console command); the name it is counted under."""
    while words and words[0] in SHELL_KEYWORDS:
        words = words[1:]
    if not words:
        return None
    if words[0] in ("python", "python3"):
        return check_python(monkeypatch, words[1:])
    if words[0] == "tox":
        check_tox(words[1:])
        return "tox"
    if words[0] in PYPROJECT["project"]["scripts"]:
        parse_only(monkeypatch, console_main(words[0]), words[1:])
        return f"{words[0]} {words[1]}"
    return None


def test_every_command_a_workflow_runs_exists_and_parses_its_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: dict[str, list[str]] = {}
    for label, script in run_steps():
        for words in commands(script):
            name = check(monkeypatch, words)
            if name is not None:
                checked.setdefault(name, []).append(label)
    # The commands the workflows exist for were found (an extraction that finds nothing would pass vacuously).
    assert {"pip", "tox", "scripts/build.py", "dol-career-drift live"} <= set(checked), checked


def test_a_renamed_option_or_unknown_environment_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = "dol-career-drift live --api onet --reports markdown:drift.md"
    with pytest.raises(pytest.fail.Exception, match="refused by the parser"):
        check(monkeypatch, next(commands(renamed)))
    with pytest.raises(pytest.fail.Exception, match="refused by the parser"):
        check(monkeypatch, next(commands("python scripts/build.py --fetch --dry-run --format html > r.md")))
    with pytest.raises(AssertionError, match="unknown tox environment"):
        check(monkeypatch, next(commands("python3 -m tox -e py,nosuchenv")))
    with pytest.raises(AssertionError, match="no extra"):
        check(monkeypatch, next(commands('python -m pip install ".[nosuchextra]"')))


def test_ci_runs_the_readme_test_command_on_push_and_pull_request() -> None:
    ci = workflow("ci.yml")
    assert {"push", "pull_request"} <= set(ci[True])  # YAML 1.1 reads the key `on` as true
    scripts = [step["run"] for job in ci["jobs"].values() for step in job["steps"] if "run" in step]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 -m pip install tox && python3 -m tox" in scripts
    assert "python3 -m pip install tox && python3 -m tox " in readme  # the README's command, as written


def test_drift_job_needs_its_secrets_and_never_passes_without_them() -> None:
    drift = workflow("drift.yml")
    assert {"schedule", "workflow_dispatch"} <= set(drift[True])
    gate, live = drift["jobs"]["secrets"], drift["jobs"]["drift"]
    gate_script = gate["steps"][0]["run"]
    assert set(gate["steps"][0]["env"]) == {"ONET_API_KEY", "CAREERONESTOP_API_TOKEN", "CAREERONESTOP_USER_ID"}
    assert "GITHUB_STEP_SUMMARY" in gate_script and "ready=false" in gate_script
    missing_branch = gate_script[gate_script.index("ready=false") : gate_script.index("else")]
    assert "exit 1" in missing_branch  # a skipped drift job alone would leave the run green
    assert live["needs"] == "secrets" and live["if"] == "needs.secrets.outputs.ready == 'true'"
    text = (WORKFLOWS / "drift.yml").read_text(encoding="utf-8")
    assert "--skip-without-credentials" not in text  # a job without its secrets must not turn green
    (run_live,) = [s for s in live["steps"] if "dol-career-drift live" in s.get("run", "")]
    assert "--api onet --api careeronestop" in run_live["run"] and '>> "$GITHUB_STEP_SUMMARY"' in run_live["run"]
    (issue,) = [s for s in live["steps"] if "gh issue" in s.get("run", "")]
    assert issue["if"] == "failure() && steps.live.outputs.status != '0'"  # drift with errors (exit 2) too
    assert issue["run"].index('grep -q ": drift found"') < issue["run"].index("gh label create")
    found = issue["run"].index("gh issue list --label api-drift --state open")
    assert found < issue["run"].index("gh issue create") and "gh issue comment" in issue["run"]


def test_workflows_pin_actions_by_commit_and_start_without_permissions() -> None:
    for path in sorted(WORKFLOWS.glob("*.yml")):
        data = workflow(path.name)
        assert data["permissions"] == {}, path.name
        for job in data["jobs"].values():
            for step in job["steps"]:
                if "uses" in step:
                    assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
