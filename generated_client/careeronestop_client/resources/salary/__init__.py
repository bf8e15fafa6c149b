"""OEWS wage lookups and wage comparisons.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .compare_by_locations import AsyncCompareByLocations, CompareByLocations
    from .compare_by_occupations import AsyncCompareByOccupations, CompareByOccupations
    from .get_details import AsyncGetDetails, GetDetails


class SalaryResource(Resource):
    """OEWS wage lookups and wage comparisons."""

    __slots__ = ()

    @property
    def compare_by_locations(self) -> CompareByLocations:
        """Compare salaries across locations."""
        from .compare_by_locations import CompareByLocations

        return CompareByLocations(self._client)

    @property
    def compare_by_occupations(self) -> CompareByOccupations:
        """Compare salaries across occupations in one location."""
        from .compare_by_occupations import CompareByOccupations

        return CompareByOccupations(self._client)

    @property
    def get_details(self) -> GetDetails:
        """Get salary details for one occupation and location."""
        from .get_details import GetDetails

        return GetDetails(self._client)


class AsyncSalaryResource(Resource):
    """OEWS wage lookups and wage comparisons. (async)"""

    __slots__ = ()

    @property
    def compare_by_locations(self) -> AsyncCompareByLocations:
        """Compare salaries across locations."""
        from .compare_by_locations import AsyncCompareByLocations

        return AsyncCompareByLocations(self._client)

    @property
    def compare_by_occupations(self) -> AsyncCompareByOccupations:
        """Compare salaries across occupations in one location."""
        from .compare_by_occupations import AsyncCompareByOccupations

        return AsyncCompareByOccupations(self._client)

    @property
    def get_details(self) -> AsyncGetDetails:
        """Get salary details for one occupation and location."""
        from .get_details import AsyncGetDetails

        return AsyncGetDetails(self._client)
