"""The exported YAML is the same text whichever emitter writes it: libyaml's (fast) or PyYAML's pure-Python one."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from buildlib.export import YAML_DUMPER, _PurePlainDumper, plain_json, render_yaml
from buildlib.overlay import effective_spec
from buildlib.project import REPO_ROOT, Project

needs_libyaml = pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="PyYAML built without libyaml")

CORNERS: list[Any] = [
    *({"k" * n: 1} for n in range(118, 134)),  # around both emitters' simple-key limits
    *({"é" * n: [1]} for n in range(60, 68)),  # the limit counts UTF-8 bytes
    {"/v1/{a}/{b}": {"get": {"description": "line one\nline two\n"}}},
    {"x": "a" * 300, "y": " ".join(["word"] * 80), "z": "multi\n\nblank\n  indented\n"},
    {"x": "", "y": "yes", "z": "123", "w": "1e3", "v": "null", "u": "#c", "t": "- a", "s": "a: b"},
    {"x": [[], {}, [[1]], {"a": []}], "y": 1.5, "z": True, "w": None, "v": -0.0},
    {"x": "tab\there", "y": "ctrl \x07", "z": "\ufeffbom", "w": "ends with newline\n", "v": "\nstarts", "u": " lead"},
    {"key\nwith break": 1, "é" * 200: "é" * 200},
]


@needs_libyaml
def test_the_fast_emitter_is_in_use() -> None:
    assert issubclass(YAML_DUMPER, yaml.CSafeDumper)


@needs_libyaml
@pytest.mark.parametrize("api", sorted(Project(REPO_ROOT).apis()))
def test_both_emitters_write_each_spec_byte_for_byte_alike(api: str) -> None:
    source = Project(REPO_ROOT).apis()[api]
    spec = plain_json(effective_spec(source), source.spec)  # what the export writes (test_export.py)
    assert render_yaml(spec) == render_yaml(spec, _PurePlainDumper)  # that it reads back: test_export.py


@needs_libyaml
@pytest.mark.parametrize("data", CORNERS, ids=range(len(CORNERS)))
def test_both_emitters_agree_on_corner_cases(data: Any) -> None:
    fast = render_yaml(data)
    assert fast == render_yaml(data, _PurePlainDumper)
    assert yaml.load(fast, Loader=yaml.SafeLoader) == data


def test_the_pure_emitter_keeps_a_128_byte_key_simple_and_writes_no_anchors() -> None:
    shared = {"a": 1}
    text = render_yaml({"k" * 128: shared, "k" * 129: shared}, _PurePlainDumper)
    assert text.startswith("k" * 128 + ":\n")
    assert "? " + "k" * 129 in text and "&" not in text and "*" not in text
