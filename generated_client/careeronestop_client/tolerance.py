"""Values the spec does not list, kept as the server sent them (see docs/guide/usage.md, "Tolerant parsing").

An enum field typed `Literal[...] | UnknownEnumValue` holds either a listed value or an `UnknownEnumValue` (a `str`
subclass; `UnknownEnumInt` is the `int` one): test with `isinstance` to handle values added after the spec.
"""

from ._core.tolerance import UnknownEnumInt, UnknownEnumValue

__all__ = ["UnknownEnumInt", "UnknownEnumValue"]
