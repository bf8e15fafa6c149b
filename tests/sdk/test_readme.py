"""Every Python example in README.md runs as written against a mocked API, and passes mypy --strict.

The examples are taken from the README itself, so none can rot. The mock (respx) answers each path the
examples call with a body of the spec's shape; credentials are fake values in the environment.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from .conftest import COS_BASE, ONET_BASE, occupation, onet_occupations

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def examples() -> list[tuple[int, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [(text[: m.start()].count("\n") + 1, m.group(1)) for m in BLOCK.finditer(text)]


OVERVIEW = {
    "code": "29-1141.00",
    "title": "Registered Nurses",
    "description": "Assess patient health problems and needs.",
    "tags": {},
    "summary_contents": [],
    "details_contents": [],
    "custom_contents": [],
}


def onet_answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/online/search":
        start = int(request.url.params.get("start", 1))
        end = min(int(request.url.params.get("end", start + 19)), 120)
        items = [occupation(i) for i in range(start, end + 1)]
        return httpx.Response(200, json={"start": start, "end": end, "total": 120, "occupation": items})
    return onet_occupations(30, OVERVIEW)(request)


def cos_answer(request: httpx.Request) -> httpx.Response:
    parts = request.url.path.split("/")
    if len(parts) == 6:  # /v1/occupation/{userId}/{keyword}/{location}
        return httpx.Response(
            200,
            json={
                "OccupationDetail": [{"OnetTitle": "Registered Nurses", "COSVideoURL": "https://cdn.example/rn.mp4"}]
            },
        )
    offset, limit = int(parts[-2]), int(parts[-1])
    rows = [
        {"OnetCode": f"29-{1000 + i}.00", "OnetTitle": f"Title {i}"} for i in range(offset, min(offset + limit, 25))
    ]
    return httpx.Response(200, json={"OccupationList": rows, "RecordCount": 25})


@pytest.fixture
def mocked_apis(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    import platformdirs

    monkeypatch.setenv("ONET_API_KEY", "readme-key")
    monkeypatch.setenv("CAREERONESTOP_API_TOKEN", "readme-token")
    monkeypatch.setenv("CAREERONESTOP_USER_ID", "readmeuser")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name, appauthor=None: str(tmp_path / name))
    with respx.mock(assert_all_called=False) as router:
        router.route(url__startswith=ONET_BASE).mock(side_effect=onet_answer)
        router.route(url__startswith=COS_BASE).mock(side_effect=cos_answer)
        yield


def test_readme_has_examples_for_both_apis() -> None:
    code = "\n".join(block for _, block in examples())
    assert len(examples()) >= 4
    assert "OnetClient" in code and "CareerOneStopClient" in code and "asyncio.run" in code


@pytest.mark.parametrize(("line", "code"), examples(), ids=[f"README.md:{line}" for line, _ in examples()])
def test_readme_example_runs(line: int, code: str, mocked_apis: None) -> None:
    out = io.StringIO()
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"README.md:{line}", "exec"), namespace)
    assert out.getvalue().strip(), "the example printed nothing"


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    from mypy import api

    files = []
    for line, code in examples():
        path = tmp_path / f"readme_line_{line}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    env_path = os.pathsep.join([str(ROOT / "generated_client"), str(ROOT / "scripts")])
    previous = os.environ.get("MYPYPATH")
    os.environ["MYPYPATH"] = env_path
    try:
        stdout, stderr, status = api.run(
            ["--strict", "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary", *files]
        )
    finally:
        if previous is None:
            os.environ.pop("MYPYPATH")
        else:
            os.environ["MYPYPATH"] = previous
    assert status == 0, stdout + stderr
