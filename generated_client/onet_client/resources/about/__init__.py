"""Version information.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_info import AsyncGetInfo, GetInfo
    from .get_service_index import AsyncGetServiceIndex, GetServiceIndex


class AboutResource(Resource):
    """Version information."""

    __slots__ = ()

    @property
    def get_info(self) -> GetInfo:
        """Version information."""
        from .get_info import GetInfo

        return GetInfo(self._client)

    @property
    def get_service_index(self) -> GetServiceIndex:
        """Service index."""
        from .get_service_index import GetServiceIndex

        return GetServiceIndex(self._client)


class AsyncAboutResource(Resource):
    """Version information. (async)"""

    __slots__ = ()

    @property
    def get_info(self) -> AsyncGetInfo:
        """Version information."""
        from .get_info import AsyncGetInfo

        return AsyncGetInfo(self._client)

    @property
    def get_service_index(self) -> AsyncGetServiceIndex:
        """Service index."""
        from .get_service_index import AsyncGetServiceIndex

        return AsyncGetServiceIndex(self._client)
