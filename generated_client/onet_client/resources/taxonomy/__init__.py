"""O*NET-SOC taxonomy crosswalks.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .convert_2010_to_2019 import AsyncConvert2010To2019, Convert2010To2019
    from .convert_2010_to_active import AsyncConvert2010ToActive, Convert2010ToActive
    from .convert_2019_to_2010 import AsyncConvert2019To2010, Convert2019To2010
    from .convert_2019_to_active import AsyncConvert2019ToActive, Convert2019ToActive
    from .convert_active_to_2010 import AsyncConvertActiveTo2010, ConvertActiveTo2010
    from .convert_active_to_2019 import AsyncConvertActiveTo2019, ConvertActiveTo2019


class TaxonomyResource(Resource):
    """O*NET-SOC taxonomy crosswalks."""

    __slots__ = ()

    @property
    def convert_2010_to_2019(self) -> Convert2010To2019:
        """2010 to 2019."""
        from .convert_2010_to_2019 import Convert2010To2019

        return Convert2010To2019(self._client)

    @property
    def convert_2010_to_active(self) -> Convert2010ToActive:
        """2010 to active."""
        from .convert_2010_to_active import Convert2010ToActive

        return Convert2010ToActive(self._client)

    @property
    def convert_2019_to_2010(self) -> Convert2019To2010:
        """2019 to 2010."""
        from .convert_2019_to_2010 import Convert2019To2010

        return Convert2019To2010(self._client)

    @property
    def convert_2019_to_active(self) -> Convert2019ToActive:
        """2019 to active."""
        from .convert_2019_to_active import Convert2019ToActive

        return Convert2019ToActive(self._client)

    @property
    def convert_active_to_2010(self) -> ConvertActiveTo2010:
        """Active to 2010."""
        from .convert_active_to_2010 import ConvertActiveTo2010

        return ConvertActiveTo2010(self._client)

    @property
    def convert_active_to_2019(self) -> ConvertActiveTo2019:
        """Active to 2019."""
        from .convert_active_to_2019 import ConvertActiveTo2019

        return ConvertActiveTo2019(self._client)


class AsyncTaxonomyResource(Resource):
    """O*NET-SOC taxonomy crosswalks. (async)"""

    __slots__ = ()

    @property
    def convert_2010_to_2019(self) -> AsyncConvert2010To2019:
        """2010 to 2019."""
        from .convert_2010_to_2019 import AsyncConvert2010To2019

        return AsyncConvert2010To2019(self._client)

    @property
    def convert_2010_to_active(self) -> AsyncConvert2010ToActive:
        """2010 to active."""
        from .convert_2010_to_active import AsyncConvert2010ToActive

        return AsyncConvert2010ToActive(self._client)

    @property
    def convert_2019_to_2010(self) -> AsyncConvert2019To2010:
        """2019 to 2010."""
        from .convert_2019_to_2010 import AsyncConvert2019To2010

        return AsyncConvert2019To2010(self._client)

    @property
    def convert_2019_to_active(self) -> AsyncConvert2019ToActive:
        """2019 to active."""
        from .convert_2019_to_active import AsyncConvert2019ToActive

        return AsyncConvert2019ToActive(self._client)

    @property
    def convert_active_to_2010(self) -> AsyncConvertActiveTo2010:
        """Active to 2010."""
        from .convert_active_to_2010 import AsyncConvertActiveTo2010

        return AsyncConvertActiveTo2010(self._client)

    @property
    def convert_active_to_2019(self) -> AsyncConvertActiveTo2019:
        """Active to 2019."""
        from .convert_active_to_2019 import AsyncConvertActiveTo2019

        return AsyncConvertActiveTo2019(self._client)
