"""American Job Centers, unemployment statistics, apprenticeship offices, workforce boards.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_workforce_board import AsyncGetWorkforceBoard, GetWorkforceBoard
    from .list_american_job_centers import AsyncListAmericanJobCenters, ListAmericanJobCenters
    from .list_apprenticeship_offices import AsyncListApprenticeshipOffices, ListApprenticeshipOffices
    from .list_unemployment_rates import AsyncListUnemploymentRates, ListUnemploymentRates


class ServicesResource(Resource):
    """American Job Centers, unemployment statistics, apprenticeship offices, workforce boards."""

    __slots__ = ()

    @property
    def get_workforce_board(self) -> GetWorkforceBoard:
        """Get workforce development board or youth committee by id."""
        from .get_workforce_board import GetWorkforceBoard

        return GetWorkforceBoard(self._client)

    @property
    def list_american_job_centers(self) -> ListAmericanJobCenters:
        """List American Job Centers by location."""
        from .list_american_job_centers import ListAmericanJobCenters

        return ListAmericanJobCenters(self._client)

    @property
    def list_apprenticeship_offices(self) -> ListApprenticeshipOffices:
        """List apprenticeship offices."""
        from .list_apprenticeship_offices import ListApprenticeshipOffices

        return ListApprenticeshipOffices(self._client)

    @property
    def list_unemployment_rates(self) -> ListUnemploymentRates:
        """List unemployment rates."""
        from .list_unemployment_rates import ListUnemploymentRates

        return ListUnemploymentRates(self._client)


class AsyncServicesResource(Resource):
    """American Job Centers, unemployment statistics, apprenticeship offices, workforce boards. (async)"""

    __slots__ = ()

    @property
    def get_workforce_board(self) -> AsyncGetWorkforceBoard:
        """Get workforce development board or youth committee by id."""
        from .get_workforce_board import AsyncGetWorkforceBoard

        return AsyncGetWorkforceBoard(self._client)

    @property
    def list_american_job_centers(self) -> AsyncListAmericanJobCenters:
        """List American Job Centers by location."""
        from .list_american_job_centers import AsyncListAmericanJobCenters

        return AsyncListAmericanJobCenters(self._client)

    @property
    def list_apprenticeship_offices(self) -> AsyncListApprenticeshipOffices:
        """List apprenticeship offices."""
        from .list_apprenticeship_offices import AsyncListApprenticeshipOffices

        return AsyncListApprenticeshipOffices(self._client)

    @property
    def list_unemployment_rates(self) -> AsyncListUnemploymentRates:
        """List unemployment rates."""
        from .list_unemployment_rates import AsyncListUnemploymentRates

        return AsyncListUnemploymentRates(self._client)
