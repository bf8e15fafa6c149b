"""Every Python example in README.md and docs/guide/*.md runs as written against a mocked API, and passes
mypy --strict; every relative link in them points at a file (and heading) that exists.

The examples are taken from the documents themselves, so none can rot. The mock (respx) answers each path the
examples call with a body of the spec's shape; credentials are fake values in the environment.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from .conftest import COS_BASE, ONET_BASE, occupation, onet_occupations, own_garbage

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs" / "guide").glob("*.md"))]


def _name(document: Path) -> str:
    return document.relative_to(ROOT).as_posix()


def examples(documents: list[Path] = DOCUMENTS) -> list[tuple[str, int, str]]:
    """(document, line, code) of every ```python block, in document order."""
    found = []
    for document in documents:
        text = document.read_text(encoding="utf-8")
        found += [(_name(document), text[: m.start()].count("\n") + 1, m.group(1)) for m in BLOCK.finditer(text)]
    return found


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


def test_the_guides_exist_and_the_readme_links_each() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for guide in ("usage", "drift-ci", "specs", "development"):
        assert (ROOT / "docs" / "guide" / f"{guide}.md").is_file()
        assert f"(docs/guide/{guide}.md)" in readme, guide


def test_readme_has_examples_for_both_apis() -> None:
    readme_code = "\n".join(code for _, _, code in examples([ROOT / "README.md"]))
    assert "OnetClient" in readme_code and "CareerOneStopClient" in readme_code
    code = "\n".join(block for _, _, block in examples())
    assert len(examples()) >= 4
    assert "OnetClient" in code and "CareerOneStopClient" in code and "asyncio.run" in code


@pytest.mark.parametrize(("document", "line", "code"), examples(), ids=[f"{d}:{n}" for d, n, _ in examples()])
def test_readme_example_runs(document: str, line: int, code: str, mocked_apis: None) -> None:
    """Each example runs, prints, and closes the clients it opens (as under `python -W error::ResourceWarning`)."""
    out = io.StringIO()
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    unclosed: list[str] = []
    hook = sys.unraisablehook
    sys.unraisablehook = lambda failure: unclosed.append(str(failure.exc_value))  # a ResourceWarning in __del__
    try:
        with own_garbage(), warnings.catch_warnings():  # what follows is the example's own garbage
            warnings.simplefilter("error", ResourceWarning)
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"{document}:{line}", "exec"), namespace)
            namespace.clear()  # the example's clients are freed here: one left open warns
            gc.collect()
    finally:
        sys.unraisablehook = hook
    assert out.getvalue().strip(), "the example printed nothing"
    assert not unclosed, f"{document}:{line} leaves a client open: {unclosed}"


def test_the_not_found_example_catches_the_fixtures_unknown_code(mocked_apis: None) -> None:
    """The documented way to catch "no such occupation" fires on the answer the contract fixture records (a 422)."""
    shown = [(document, line, code) for document, line, code in examples() if "no such occupation" in code]
    assert shown, "no example shows how to catch an unknown occupation"
    for document, line, code in shown:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{document}:{line}", "exec"), {"__name__": "__readme__"})
        assert "no such occupation: 422 Occupation code 99-9999.00 not found" in out.getvalue(), document


@pytest.mark.typecheck  # tox -e type runs it, with the cache its mypy runs over the packages just filled
def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """All blocks of all documents in one mypy run (one start-up, one cache); errors name the document."""
    from mypy import api

    files = []
    for document, line, code in examples():
        stem = re.sub(r"\W", "_", document.removesuffix(".md"))
        path = tmp_path / f"{stem}_line_{line}.py"
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


FENCE = re.compile(r"^```.*?^```", re.S | re.M)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _prose(text: str) -> str:
    """The text without code blocks and code spans, where brackets and `#` lines are not markdown."""
    return re.sub(r"`[^`\n]*`", "", FENCE.sub("", text))


def anchors(text: str) -> set[str]:
    """The fragment GitHub gives each heading: lower case, punctuation dropped, spaces to hyphens, -1 on repeats."""
    seen: dict[str, int] = {}
    for heading in re.findall(r"^#{1,6} +(.+?) *$", FENCE.sub("", text), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        if count:
            seen[f"{slug}-{count}"] = 1
    return set(seen)


def broken_links(document: Path) -> list[str]:
    """Relative links of a markdown document whose file, or heading in that file, does not exist."""
    broken = []
    for target in LINK.findall(_prose(document.read_text(encoding="utf-8"))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):
            continue  # https:, mailto: ...
        path_part, _, fragment = target.partition("#")
        path = (document.parent / path_part).resolve() if path_part else document
        if not path.exists():
            broken.append(f"{target} (no such file)")
        elif fragment and path.suffix == ".md" and fragment not in anchors(path.read_text(encoding="utf-8")):
            broken.append(f"{target} (no such heading)")
    return broken


@pytest.mark.parametrize("document", DOCUMENTS, ids=_name)
def test_every_relative_link_resolves(document: Path) -> None:
    assert not broken_links(document), f"{_name(document)}: {broken_links(document)}"


def test_the_link_check_can_fail(tmp_path: Path) -> None:
    (tmp_path / "there.md").write_text("# Real heading\n\n```sh\n# not a heading\n```\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](there.md) [ok](there.md#real-heading) [web](https://example.org/x) `[code](nowhere.md)`\n"
        "[gone](missing.md) [bad](there.md#not-a-heading) [self](#nothing)\n",
        encoding="utf-8",
    )
    assert broken_links(page) == [
        "missing.md (no such file)",
        "there.md#not-a-heading (no such heading)",
        "#nothing (no such heading)",
    ]
    assert anchors("## Refreshing the O\\*NET snapshot\n## A `b`, c\n## A b c\n") == {
        "refreshing-the-onet-snapshot",
        "a-b-c",
        "a-b-c-1",
    }
