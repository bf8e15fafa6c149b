"""The overlay applier against the examples of the OpenAPI Overlay specification (1.0.0, merge rules of 1.1.0).

Each example document and overlay is transcribed from the specification's "Examples" section; the expected
results follow its prose (and, for traits, the result the 1.1.0 text prints).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from buildlib.overlay import apply_overlay
from buildlib.project import BuildError


def overlay(actions: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(
        f"overlay: 1.0.0\ninfo: {{title: t, version: 1.0.0}}\nactions:\n{actions}"
    )
    return document


PETS = yaml.safe_load(
    """
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
paths:
  /:
    get:
      responses: {'200': {description: OK}}
  /pets:
    get:
      summary: old
      parameters:
        - {name: filter, in: query, schema: {type: string}}
        - {name: dummy, in: query, schema: {type: string}}
        - {name: filter, in: header, schema: {type: string}}
      responses: {'200': {description: OK}}
  /foo:
    get:
      description: old foo
  /bar:
    get:
      description: old bar
    post:
      description: old post
      x-safe: true
      tags: [a]
"""
)


def test_structured_overlay_merges_a_mirror_of_the_document() -> None:
    # The example's trailing `components:` and `tags:` are empty placeholders for "more of the same".
    result = apply_overlay(
        PETS,
        overlay(
            """
  - target: '$'
    update:
      info: {x-overlay-applied: structured-overlay}
      paths:
        '/': {summary: The root resource, get: {summary: Retrieve the root resource, x-rate-limit: 100}}
        '/pets': {get: {summary: Retrieve a list of pets, x-rate-limit: 100}}
"""
        ),
    ).spec
    assert result["info"] == {"title": "Pets", "version": "1.0.0", "x-overlay-applied": "structured-overlay"}
    assert result["paths"]["/"]["summary"] == "The root resource"
    assert result["paths"]["/"]["get"]["responses"] == {"200": {"description": "OK"}}  # kept
    assert result["paths"]["/pets"]["get"]["summary"] == "Retrieve a list of pets"
    assert result["paths"]["/pets"]["get"]["x-rate-limit"] == 100
    assert len(result["paths"]["/pets"]["get"]["parameters"]) == 3


def test_targeted_overlay_updates_each_target_and_adds_children() -> None:
    applied = apply_overlay(
        PETS,
        overlay(
            """
  - target: $.paths['/foo'].get
    update: {description: This is the new description}
  - target: $.paths['/bar'].get
    update: {description: This is the updated description}
  - target: $.paths['/bar']
    update:
      post: {description: This is an updated description of a child object, x-safe: false}
"""
        ),
    )
    paths = applied.spec["paths"]
    assert paths["/foo"]["get"]["description"] == "This is the new description"
    assert paths["/bar"]["get"]["description"] == "This is the updated description"
    assert paths["/bar"]["post"] == {
        "description": "This is an updated description of a child object",
        "x-safe": False,
        "tags": ["a"],
    }
    assert [a.matched for a in applied.actions] == [1, 1, 1]
    assert PETS["paths"]["/foo"]["get"]["description"] == "old foo"  # the base is never modified


def test_wildcard_and_filter_targets_update_every_match() -> None:
    applied = apply_overlay(
        PETS,
        overlay(
            """
  - target: $.paths.*.get
    update: {x-safe: true}
  - target: $.paths.*.get.parameters[?@.name=='filter' && @.in=='query']
    update:
      schema: {$ref: '#/components/schemas/filterSchema'}
"""
        ),
    )
    assert [a.matched for a in applied.actions] == [4, 1]
    assert all(item["get"]["x-safe"] is True for item in applied.spec["paths"].values())
    params = applied.spec["paths"]["/pets"]["get"]["parameters"]
    assert params[0]["schema"] == {"type": "string", "$ref": "#/components/schemas/filterSchema"}
    assert params[2]["schema"] == {"type": "string"}  # the header parameter of the same name is untouched


def test_update_on_an_array_appends_and_remove_deletes_array_items() -> None:
    added = apply_overlay(
        PETS, overlay("  - target: $.paths.*.get.parameters\n    update: {name: newParam, in: query}\n")
    ).spec
    assert [p["name"] for p in added["paths"]["/pets"]["get"]["parameters"]] == [
        "filter",
        "dummy",
        "filter",
        "newParam",
    ]
    removed = apply_overlay(
        PETS, overlay("  - target: $.paths.*.get.parameters[?@.name == 'dummy']\n    remove: true\n")
    ).spec
    assert [p["name"] for p in removed["paths"]["/pets"]["get"]["parameters"]] == ["filter", "filter"]


def test_traits_example_gives_the_printed_result() -> None:
    document = yaml.safe_load(
        """
openapi: 3.1.0
info: {title: API with a paged collection, version: 1.0.0}
paths:
  /items:
    get:
      x-oai-traits: ['paged']
      responses: {'200': {description: OK}}
  /items/{id}/subitems:
    get:
      x-oai-traits: ['paged']
      parameters: [{name: id, in: path, required: true}]
      responses: {'200': {description: OK}}
  /other:
    get:
      responses: {'200': {description: OK}}
"""
    )
    result = apply_overlay(
        document,
        overlay(
            """
  - target: $.paths[?(@.get['x-oai-traits'][?(@ == 'paged')])].get
    update:
      parameters: [{name: top, in: query}, {name: skip, in: query}]
"""
        ),
    ).spec
    assert [p["name"] for p in result["paths"]["/items"]["get"]["parameters"]] == ["top", "skip"]
    assert [p["name"] for p in result["paths"]["/items/{id}/subitems"]["get"]["parameters"]] == ["id", "top", "skip"]
    assert "parameters" not in result["paths"]["/other"]["get"]


def test_actions_apply_in_order_so_a_removed_node_can_be_recreated() -> None:
    applied = apply_overlay(
        PETS,
        overlay(
            """
  - target: $.paths['/bar'].post.tags
    remove: true
  - target: $.paths['/bar'].post
    update: {tags: [b]}
"""
        ),
    )
    assert applied.spec["paths"]["/bar"]["post"]["tags"] == ["b"]  # replaced, not concatenated to [a, b]


def test_unmatched_and_redundant_actions_are_reported_not_raised() -> None:
    applied = apply_overlay(
        PETS,
        overlay(
            """
  - target: $.paths['/gone'].get
    update: {x-safe: true}
  - target: $.paths['/foo'].get
    update: {description: old foo, summary: new}
"""
        ),
    )
    assert [a.target for a in applied.unmatched] == ["$.paths['/gone'].get"]
    assert applied.actions[1].redundant == ('$.paths["/foo"].get.description',)


@pytest.mark.parametrize(
    ("actions", "message"),
    [
        ("  - target: paths\n    update: {a: 1}\n", "starting with $"),
        ("  - target: $.paths[\n    update: {a: 1}\n", "$.actions[0].target"),
        ("  - target: $.info\n", "neither update nor remove"),
        ("  - target: $.info\n    update: {a: 1}\n    replace: true\n", "unknown field(s) replace"),
        ("  - target: $.info.title\n    update: x\n", "not an object or array"),
        ("  - target: $.paths\n    update: [1]\n", "update must be an object"),
        ("  - target: $.paths['/bar'].post\n    update: {tags: x}\n", "cannot merge str"),
    ],
)
def test_malformed_overlays_raise_build_errors_naming_the_action(actions: str, message: str) -> None:
    before = copy.deepcopy(PETS)
    with pytest.raises(BuildError) as info:
        apply_overlay(PETS, overlay(actions), source="test.yaml")
    assert message in str(info.value) and "test.yaml" in str(info.value)
    assert before == PETS


def test_an_overlay_needs_version_info_and_actions() -> None:
    with pytest.raises(BuildError, match=r"\$\.overlay.*\n.*\$\.info.*\n.*\$\.actions"):
        apply_overlay(PETS, {"overlay": "2.0.0", "actions": []}, source="o.yaml")
