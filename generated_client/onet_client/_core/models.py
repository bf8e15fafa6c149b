"""What the generated models share at run time: drift noted while building, the fields sent, JSON values back.

A response model's from_dict (openapi/templates/model.py.jinja) checks each value as it stores it and calls
`drifted()` when one differs from the spec; `tolerance.parse` compares `drift_count()` before and after building
and walks the parsed models for the details only when it moved. The count is per thread, so a parse in one thread
never sees another's drift (or misses its own).
"""

from __future__ import annotations

import datetime
import enum
import sys
import threading
from typing import Any

import attrs

_state = threading.local()


class _Decoding(threading.local):
    """Per thread: whether the models being built come from a body the SDK decoded itself (tolerance.parse)."""

    own_body = False


# Read by generated from_dict: a model whose only content is additional properties (a database row) keeps such a
# body's JSON object instead of copying it; an object a caller passes to from_dict is always copied.
decoding = _Decoding()


def drifted() -> None:
    """Note that the model being built holds something its spec does not describe (called by generated code)."""
    _state.count = getattr(_state, "count", 0) + 1


def drift_count() -> int:
    """How many times this thread has called drifted(): a change across a parse means its result needs checking."""
    count: int = getattr(_state, "count", 0)
    return count


def extras_on_first_use(model: Any, name: str) -> Any:
    """`__getattr__` of response models with fields: their additional_properties dict, made when first read.

    from_dict stores none when the object has no keys beyond the fields (nearly always): one allocation less per
    model, which also means fewer collections of the young generation while a large body is built.
    """
    if name == "additional_properties":
        extras: dict[str, Any] = {}
        object.__setattr__(model, name, extras)
        return extras
    raise AttributeError(f"{type(model).__name__!r} object has no attribute {name!r}", name=name, obj=model)


_NOT_FIELDS = frozenset({"additional_properties", "_sent_null"})
_split: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def fields_sent(model: Any) -> frozenset[str]:
    """Attribute names of the fields a response model's body had, null or not (its fields_sent() method)."""
    cls = type(model)
    split = _split.get(cls)
    if split is None:
        fields = [f for f in attrs.fields(cls) if f.name not in _NOT_FIELDS]
        required = tuple(f.name for f in fields if f.default is attrs.NOTHING)
        optional = tuple(f.name for f in fields if f.default is not attrs.NOTHING)
        split = _split[cls] = (required, optional)
    required, optional = split
    nulls = getattr(model, "_sent_null", ())
    return frozenset((*required, *(n for n in optional if getattr(model, n) is not None or n in nulls)))


def dump(value: Any) -> Any:
    """The JSON value of a stored field: models by their to_dict, lists item by item, dates as ISO text."""
    if isinstance(value, list):
        return [dump(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, datetime.date):  # datetime too
        return value.isoformat()
    uuids = sys.modules.get("uuid")  # not imported for this: a UUID value means something already imported it
    if uuids is not None and isinstance(value, uuids.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value
