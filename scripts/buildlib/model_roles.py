"""What model.py.jinja needs to know about each model beyond its schema: who builds it, what it only assumes.

Both are derived from the parsed spec (openapi-python-client's own objects) and the spec index, never listed by
hand: request models (a request body holds them) keep "not sent" semantics, and a response model's fields that
the spec only assumes (x-assumed-required, buildlib.assumed) make its from_dict note drift when absent, so the
response checks that report them (_core/spec_index.assumed_absent) run only for bodies that lack one.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .docs import shape, untrusted
from .project import BuildError


def request_models(parsed: GeneratorData) -> frozenset[str]:
    """Class names of the models a request body holds, itself or nested: they keep "not sent" (UNSET) semantics.

    Every other model only ever comes from a response, so model.py.jinja gives it None for absent fields.
    """
    found: set[str] = set()
    processed = _processed(parsed)

    def visit(prop: object) -> None:
        if isinstance(prop, ModelProperty):
            if prop.class_info.name in found:
                return
            found.add(prop.class_info.name)
            prop = processed.get(prop.class_info.name, prop)
            for member in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
                visit(member)
            visit(prop.additional_properties)
        elif isinstance(prop, ListProperty):
            visit(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for option in prop.inner_properties:
                visit(option)

    for collection in parsed.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                visit(body.prop)
    return frozenset(found)


def _processed(parsed: GeneratorData) -> dict[str, ModelProperty]:
    """Each model with its properties resolved (a reference elsewhere may hold the unprocessed copy)."""
    return {model.class_info.name: model for model in parsed.models}


def _step(prop: object, key: str, processed: dict[str, ModelProperty]) -> object | None:
    """The property one step of an index path leads to: a member by JSON key, or "*" for an array's items."""
    if isinstance(prop, UnionProperty):  # e.g. a nullable object: the member the step fits
        found = [_step(option, key, processed) for option in prop.inner_properties]
        return next((f for f in found if f is not None), None)
    if key == "*":
        return prop.inner_property if isinstance(prop, ListProperty) else None
    if isinstance(prop, ModelProperty):
        prop = processed.get(prop.class_info.name, prop)
        members = [*(prop.required_properties or []), *(prop.optional_properties or [])]
        return next((m for m in members if m.name == key), None)
    return None


def _model_at(prop: object) -> ModelProperty | None:
    if isinstance(prop, UnionProperty):
        return next((m for m in map(_model_at, prop.inner_properties) if m is not None), None)
    return prop if isinstance(prop, ModelProperty) else None


def assumed_fields(parsed: GeneratorData, index: dict[str, Any]) -> dict[str, frozenset[str]]:
    """JSON keys by model class name: the fields the spec index says a response object expects but only assumes.

    Every place `assumed_absent` looks at (an operation, a status, a path into the body) is followed through the
    parsed models to the class built there; a place that leads to no model is a build error, since a body lacking
    the field would then go unnoticed until its next drift.
    """
    spots: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {
        shape(entry["method"], entry["path"]): entry["assumed_required"]
        for entry in index.get("operations", [])
        if entry.get("assumed_required")
    }
    found: dict[str, set[str]] = {}
    processed = _processed(parsed)
    for collection in parsed.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            path = untrusted(endpoint.path)
            by_status = spots.get(shape(str(endpoint.method), path))
            if not by_status:
                continue
            for response in endpoint.responses:
                for spot in by_status.get(response.status_code.pattern, []):
                    prop: object | None = response.prop
                    for key in spot["at"]:
                        prop = None if prop is None else _step(prop, key, processed)
                    model = None if prop is None else _model_at(prop)
                    if model is None:
                        where = f"{str(endpoint.method).upper()} {path} {response.status_code.pattern}"
                        raise BuildError(f"{where}: no model at {spot['at']} for assumed fields {spot['fields']}")
                    found.setdefault(model.class_info.name, set()).update(spot["fields"])
    return {name: frozenset(fields) for name, fields in sorted(found.items())}
