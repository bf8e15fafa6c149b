"""Location validation.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .validate import AsyncValidate, Validate


class LocationResource(Resource):
    """Location validation."""

    __slots__ = ()

    @property
    def validate(self) -> Validate:
        """Validate a location and get its areas."""
        from .validate import Validate

        return Validate(self._client)


class AsyncLocationResource(Resource):
    """Location validation. (async)"""

    __slots__ = ()

    @property
    def validate(self) -> AsyncValidate:
        """Validate a location and get its areas."""
        from .validate import AsyncValidate

        return AsyncValidate(self._client)
