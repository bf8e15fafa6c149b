"""My Next Move for Veterans services.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.career_check_out_my_state import CareerCheckOutMyState
    from ..models.career_education import CareerEducation
    from ..models.career_element_group import CareerElementGroup
    from ..models.career_explore_more import CareerExploreMore
    from ..models.career_industry import CareerIndustry
    from ..models.career_item import CareerItem
    from ..models.career_job_outlook import CareerJobOutlook
    from ..models.career_listing import CareerListing
    from ..models.career_overview import CareerOverview
    from ..models.career_personality import CareerPersonality
    from ..models.career_technology_category import CareerTechnologyCategory
    from ..models.error import Error
    from ..models.military_branch_filter import MilitaryBranchFilter, check_military_branch_filter
    from ..models.military_career import MilitaryCareer
    from ..models.military_match import MilitaryMatch
    from ..models.military_search_results import MilitarySearchResults
    from ..types import UNSET, Unset


class GetCareerAbilities(Operation):
    """Abilities (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/abilities` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/abilities"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Abilities (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/abilities` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. No v2 client parses abilities; the body
        is assumed equal to knowledge/skills.

        Returns the career's abilities grouped into categories, as a top-level array. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_abilities as _veterans_get_veterans_career_abilities

        response = _veterans_get_veterans_career_abilities.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/abilities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_abilities as _veterans_get_veterans_career_abilities

        return _veterans_get_veterans_career_abilities.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerAbilities(AsyncOperation):
    """Abilities (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/abilities` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/abilities"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Abilities (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/abilities` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. No v2 client parses abilities; the body
        is assumed equal to knowledge/skills.

        Returns the career's abilities grouped into categories, as a top-level array. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_abilities as _veterans_get_veterans_career_abilities

        response = await _veterans_get_veterans_career_abilities.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/abilities` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_abilities as _veterans_get_veterans_career_abilities

        return await _veterans_get_veterans_career_abilities.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerCheckOutMyState(Operation):
    """Check Out My State (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
    `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
    `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

    `GET /veterans/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/check_out_my_state"

    def __call__(self, code: str) -> CareerCheckOutMyState:
        """Check Out My State (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
        `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
        `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

        `GET /veterans/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

        The v2 body is not established: v1.9 nested objects are shown with the wrapper-unwrap rule applied,
        while one client reads a flat array instead.

        Compares the career's employment concentration (location quotient) across states, grouped into
        above-average, average and below-average bands. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerCheckOutMyState: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import (
            get_veterans_career_check_out_my_state as _veterans_get_veterans_career_check_out_my_state,
        )
        from ..models.career_check_out_my_state import CareerCheckOutMyState

        response = _veterans_get_veterans_career_check_out_my_state.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerCheckOutMyState)

    def raw(self, code: str) -> Response[CareerCheckOutMyState | Error | str]:
        """`GET /veterans/careers/{code}/check_out_my_state` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import (
            get_veterans_career_check_out_my_state as _veterans_get_veterans_career_check_out_my_state,
        )

        return _veterans_get_veterans_career_check_out_my_state.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerCheckOutMyState(AsyncOperation):
    """Check Out My State (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
    `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
    `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

    `GET /veterans/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/check_out_my_state"

    async def __call__(self, code: str) -> CareerCheckOutMyState:
        """Check Out My State (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
        `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
        `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

        `GET /veterans/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

        The v2 body is not established: v1.9 nested objects are shown with the wrapper-unwrap rule applied,
        while one client reads a flat array instead.

        Compares the career's employment concentration (location quotient) across states, grouped into
        above-average, average and below-average bands. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerCheckOutMyState: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import (
            get_veterans_career_check_out_my_state as _veterans_get_veterans_career_check_out_my_state,
        )
        from ..models.career_check_out_my_state import CareerCheckOutMyState

        response = await _veterans_get_veterans_career_check_out_my_state.asyncio_detailed(
            client=self._client, code=code
        )
        return self._expect(response, CareerCheckOutMyState)

    async def raw(self, code: str) -> Response[CareerCheckOutMyState | Error | str]:
        """`GET /veterans/careers/{code}/check_out_my_state` returning status, headers and body whatever the status."""
        from ..api.veterans import (
            get_veterans_career_check_out_my_state as _veterans_get_veterans_career_check_out_my_state,
        )

        return await _veterans_get_veterans_career_check_out_my_state.asyncio_detailed(
            client=self._raw_client(), code=code
        )


class GetCareerEducation(Operation):
    """Education (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `job_zone`, `job_zone.code`.

    `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/education"

    def __call__(self, code: str) -> CareerEducation:
        """Education (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `job_zone`, `job_zone.code`.

        `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to /mnm (job_zone as
        an object).

        Returns the Job Zone of the career and the education levels people usually need. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerEducation: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education
        from ..models.career_education import CareerEducation

        response = _veterans_get_veterans_career_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerEducation)

    def raw(self, code: str) -> Response[CareerEducation | Error | str]:
        """`GET /veterans/careers/{code}/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education

        return _veterans_get_veterans_career_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerEducation(AsyncOperation):
    """Education (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `job_zone`, `job_zone.code`.

    `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/education"

    async def __call__(self, code: str) -> CareerEducation:
        """Education (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `job_zone`, `job_zone.code`.

        `GET /veterans/careers/{code}/education` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to /mnm (job_zone as
        an object).

        Returns the Job Zone of the career and the education levels people usually need. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerEducation: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education
        from ..models.career_education import CareerEducation

        response = await _veterans_get_veterans_career_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerEducation)

    async def raw(self, code: str) -> Response[CareerEducation | Error | str]:
        """`GET /veterans/careers/{code}/education` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_education as _veterans_get_veterans_career_education

        return await _veterans_get_veterans_career_education.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerExploreMore(Operation):
    """Explore More (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
    `industries[*].percent_employed`.

    `GET /veterans/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/explore_more"

    def __call__(self, code: str) -> CareerExploreMore:
        """Explore More (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
        `industries[*].percent_employed`.

        `GET /veterans/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

        Returns related careers and the industries that employ people in this career. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerExploreMore: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_explore_more as _veterans_get_veterans_career_explore_more
        from ..models.career_explore_more import CareerExploreMore

        response = _veterans_get_veterans_career_explore_more.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerExploreMore)

    def raw(self, code: str) -> Response[CareerExploreMore | Error | str]:
        """`GET /veterans/careers/{code}/explore_more` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_explore_more as _veterans_get_veterans_career_explore_more

        return _veterans_get_veterans_career_explore_more.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerExploreMore(AsyncOperation):
    """Explore More (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
    `industries[*].percent_employed`.

    `GET /veterans/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/explore_more"

    async def __call__(self, code: str) -> CareerExploreMore:
        """Explore More (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
        `industries[*].percent_employed`.

        `GET /veterans/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

        Returns related careers and the industries that employ people in this career. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerExploreMore: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_explore_more as _veterans_get_veterans_career_explore_more
        from ..models.career_explore_more import CareerExploreMore

        response = await _veterans_get_veterans_career_explore_more.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerExploreMore)

    async def raw(self, code: str) -> Response[CareerExploreMore | Error | str]:
        """`GET /veterans/careers/{code}/explore_more` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_explore_more as _veterans_get_veterans_career_explore_more

        return await _veterans_get_veterans_career_explore_more.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerInTheMilitary(Operation):
    """(Unverified path) In the military.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
    `[*].external_info[*].href`, `[*].external_info[*].title`.

    `GET /veterans/careers/{code}/military` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/military"

    def __call__(self, code: str) -> list[MilitaryMatch]:
        """(Unverified path) In the military.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
        `[*].external_info[*].href`, `[*].external_info[*].title`.

        `GET /veterans/careers/{code}/military` (confidence: guess).

        Unverified path and body: no v1.9 or v2 source shows this section; /veterans/careers/{code}/military
        is the suggested guess and /veterans/careers/{code}/in_the_military (snake-cased section title, like
        check_out_my_state) is the alternative.

        The military form is used as the only candidate previously suggested; the body is assumed to reuse
        the military search item shape. Returns military jobs related to the civilian career (the report
        section shown only to veterans). (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[MilitaryMatch]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        response = _veterans_get_veterans_career_in_the_military.sync_detailed(client=self._client, code=code)
        return cast("list[MilitaryMatch]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[MilitaryMatch] | str]:
        """`GET /veterans/careers/{code}/military` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        return _veterans_get_veterans_career_in_the_military.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerInTheMilitary(AsyncOperation):
    """(Unverified path) In the military.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
    `[*].external_info[*].href`, `[*].external_info[*].title`.

    `GET /veterans/careers/{code}/military` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/military"

    async def __call__(self, code: str) -> list[MilitaryMatch]:
        """(Unverified path) In the military.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/careers/{code}/in_the_military. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].branch`, `[*].code`, `[*].title`, `[*].active`,
        `[*].external_info[*].href`, `[*].external_info[*].title`.

        `GET /veterans/careers/{code}/military` (confidence: guess).

        Unverified path and body: no v1.9 or v2 source shows this section; /veterans/careers/{code}/military
        is the suggested guess and /veterans/careers/{code}/in_the_military (snake-cased section title, like
        check_out_my_state) is the alternative.

        The military form is used as the only candidate previously suggested; the body is assumed to reuse
        the military search item shape. Returns military jobs related to the civilian career (the report
        section shown only to veterans). (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[MilitaryMatch]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        response = await _veterans_get_veterans_career_in_the_military.asyncio_detailed(client=self._client, code=code)
        return cast("list[MilitaryMatch]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[MilitaryMatch] | str]:
        """`GET /veterans/careers/{code}/military` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_in_the_military as _veterans_get_veterans_career_in_the_military

        return await _veterans_get_veterans_career_in_the_military.asyncio_detailed(
            client=self._raw_client(), code=code
        )


class GetCareerJobOutlook(Operation):
    """Job Outlook (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
    `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

    `GET /veterans/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/job_outlook"

    def __call__(self, code: str) -> CareerJobOutlook:
        """Job Outlook (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
        `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

        `GET /veterans/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client reading outlook and salary
        percentiles), not from a v2 manual page or a recorded response, so field optionality may differ. The
        *_over wage flags are from v1.9.

        Returns the projected outlook category with a short statement, Bright Outlook reasons when they
        apply, and national wage percentiles. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerJobOutlook: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_job_outlook as _veterans_get_veterans_career_job_outlook
        from ..models.career_job_outlook import CareerJobOutlook

        response = _veterans_get_veterans_career_job_outlook.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerJobOutlook)

    def raw(self, code: str) -> Response[CareerJobOutlook | Error | str]:
        """`GET /veterans/careers/{code}/job_outlook` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_job_outlook as _veterans_get_veterans_career_job_outlook

        return _veterans_get_veterans_career_job_outlook.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerJobOutlook(AsyncOperation):
    """Job Outlook (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
    `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

    `GET /veterans/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/job_outlook"

    async def __call__(self, code: str) -> CareerJobOutlook:
        """Job Outlook (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
        `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

        `GET /veterans/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client reading outlook and salary
        percentiles), not from a v2 manual page or a recorded response, so field optionality may differ. The
        *_over wage flags are from v1.9.

        Returns the projected outlook category with a short statement, Bright Outlook reasons when they
        apply, and national wage percentiles. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerJobOutlook: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_job_outlook as _veterans_get_veterans_career_job_outlook
        from ..models.career_job_outlook import CareerJobOutlook

        response = await _veterans_get_veterans_career_job_outlook.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerJobOutlook)

    async def raw(self, code: str) -> Response[CareerJobOutlook | Error | str]:
        """`GET /veterans/careers/{code}/job_outlook` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_job_outlook as _veterans_get_veterans_career_job_outlook

        return await _veterans_get_veterans_career_job_outlook.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerKnowledge(Operation):
    """Knowledge (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
    `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/knowledge` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/knowledge"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Knowledge (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
        `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/knowledge` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client reading a list of categories), not
        from a v2 manual page or a recorded response, so field optionality may differ. Group id/name fields
        come from another client.

        Returns the career's knowledge areas grouped into categories, as a top-level array. (My Next Move
        for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_knowledge as _veterans_get_veterans_career_knowledge

        response = _veterans_get_veterans_career_knowledge.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/knowledge` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_knowledge as _veterans_get_veterans_career_knowledge

        return _veterans_get_veterans_career_knowledge.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerKnowledge(AsyncOperation):
    """Knowledge (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
    `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/knowledge` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/knowledge"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Knowledge (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
        `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/knowledge` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client reading a list of categories), not
        from a v2 manual page or a recorded response, so field optionality may differ. Group id/name fields
        come from another client.

        Returns the career's knowledge areas grouped into categories, as a top-level array. (My Next Move
        for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_knowledge as _veterans_get_veterans_career_knowledge

        response = await _veterans_get_veterans_career_knowledge.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/knowledge` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_knowledge as _veterans_get_veterans_career_knowledge

        return await _veterans_get_veterans_career_knowledge.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerOverview(Operation):
    """Career overview (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `code`, `title`,
    `also_called[*].summary`.

    `GET /veterans/careers/{code}/` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/"

    def __call__(self, code: str) -> CareerOverview:
        """Career overview (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `code`, `title`,
        `also_called[*].summary`.

        `GET /veterans/careers/{code}/` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ. Whether v1.9's career_video/resources remain is
        unknown.

        Returns the top of a career report: title, plain-language description, alternate titles and typical
        tasks. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerOverview: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_overview as _veterans_get_veterans_career_overview
        from ..models.career_overview import CareerOverview

        response = _veterans_get_veterans_career_overview.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerOverview)

    def raw(self, code: str) -> Response[CareerOverview | Error | str]:
        """`GET /veterans/careers/{code}/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_overview as _veterans_get_veterans_career_overview

        return _veterans_get_veterans_career_overview.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerOverview(AsyncOperation):
    """Career overview (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `code`, `title`,
    `also_called[*].summary`.

    `GET /veterans/careers/{code}/` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/"

    async def __call__(self, code: str) -> CareerOverview:
        """Career overview (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `code`, `title`,
        `also_called[*].summary`.

        `GET /veterans/careers/{code}/` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ. Whether v1.9's career_video/resources remain is
        unknown.

        Returns the top of a career report: title, plain-language description, alternate titles and typical
        tasks. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerOverview: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_overview as _veterans_get_veterans_career_overview
        from ..models.career_overview import CareerOverview

        response = await _veterans_get_veterans_career_overview.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerOverview)

    async def raw(self, code: str) -> Response[CareerOverview | Error | str]:
        """`GET /veterans/careers/{code}/` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_overview as _veterans_get_veterans_career_overview

        return await _veterans_get_veterans_career_overview.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerPersonality(Operation):
    """Personality (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
    `work_styles[*].name`.

    `GET /veterans/careers/{code}/personality` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/personality"

    def __call__(self, code: str) -> CareerPersonality:
        """Personality (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
        `work_styles[*].name`.

        `GET /veterans/careers/{code}/personality` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to the /mnm reading
        (a single, possibly backend-mapped source).

        Returns the career's strongest interest area and the work styles that matter in it. (My Next Move
        for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerPersonality: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_personality as _veterans_get_veterans_career_personality
        from ..models.career_personality import CareerPersonality

        response = _veterans_get_veterans_career_personality.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerPersonality)

    def raw(self, code: str) -> Response[CareerPersonality | Error | str]:
        """`GET /veterans/careers/{code}/personality` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_personality as _veterans_get_veterans_career_personality

        return _veterans_get_veterans_career_personality.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerPersonality(AsyncOperation):
    """Personality (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
    `work_styles[*].name`.

    `GET /veterans/careers/{code}/personality` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/personality"

    async def __call__(self, code: str) -> CareerPersonality:
        """Personality (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
        `work_styles[*].name`.

        `GET /veterans/careers/{code}/personality` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to the /mnm reading
        (a single, possibly backend-mapped source).

        Returns the career's strongest interest area and the work styles that matter in it. (My Next Move
        for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            CareerPersonality: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_personality as _veterans_get_veterans_career_personality
        from ..models.career_personality import CareerPersonality

        response = await _veterans_get_veterans_career_personality.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerPersonality)

    async def raw(self, code: str) -> Response[CareerPersonality | Error | str]:
        """`GET /veterans/careers/{code}/personality` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_personality as _veterans_get_veterans_career_personality

        return await _veterans_get_veterans_career_personality.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerSkills(Operation):
    """Skills (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
    `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/skills"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Skills (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
        `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ.

        Returns the career's skills grouped into categories, as a top-level array. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        response = _veterans_get_veterans_career_skills.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        return _veterans_get_veterans_career_skills.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerSkills(AsyncOperation):
    """Skills (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
    `[*].element[*].id`, `[*].element[*].name`.

    `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/skills"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Skills (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].id`, `[*].name`,
        `[*].element[*].id`, `[*].element[*].name`.

        `GET /veterans/careers/{code}/skills` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ.

        Returns the career's skills grouped into categories, as a top-level array. (My Next Move for
        Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerElementGroup]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        response = await _veterans_get_veterans_career_skills.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /veterans/careers/{code}/skills` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_skills as _veterans_get_veterans_career_skills

        return await _veterans_get_veterans_career_skills.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerTechnology(Operation):
    """Technology (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].title`, `[*].example[*].title`.

    `GET /veterans/careers/{code}/technology` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/technology"

    def __call__(self, code: str) -> list[CareerTechnologyCategory]:
        """Technology (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].title`, `[*].example[*].title`.

        `GET /veterans/careers/{code}/technology` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ. That client still tolerates a v1.9 {category:
        [...]} object.

        Returns technology categories used in the career with example products, flagging hot technologies.
        Mi Próximo Paso has no such section. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerTechnologyCategory]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_technology as _veterans_get_veterans_career_technology

        response = _veterans_get_veterans_career_technology.sync_detailed(client=self._client, code=code)
        return cast("list[CareerTechnologyCategory]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerTechnologyCategory] | str]:
        """`GET /veterans/careers/{code}/technology` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import get_veterans_career_technology as _veterans_get_veterans_career_technology

        return _veterans_get_veterans_career_technology.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerTechnology(AsyncOperation):
    """Technology (My Next Move for Veterans).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].title`, `[*].example[*].title`.

    `GET /veterans/careers/{code}/technology` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/{code}/technology"

    async def __call__(self, code: str) -> list[CareerTechnologyCategory]:
        """Technology (My Next Move for Veterans).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].title`, `[*].example[*].title`.

        `GET /veterans/careers/{code}/technology` (confidence: observed-in-typed-client-code).

        Path and response shape come from v2 client code (a Django client), not from a v2 manual page or a
        recorded response, so field optionality may differ. That client still tolerates a v1.9 {category:
        [...]} object.

        Returns technology categories used in the career with example products, flagging hot technologies.
        Mi Próximo Paso has no such section. (My Next Move for Veterans tree.)

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[CareerTechnologyCategory]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import get_veterans_career_technology as _veterans_get_veterans_career_technology

        response = await _veterans_get_veterans_career_technology.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerTechnologyCategory]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerTechnologyCategory] | str]:
        """`GET /veterans/careers/{code}/technology` returning status, headers and body whatever the status."""
        from ..api.veterans import get_veterans_career_technology as _veterans_get_veterans_career_technology

        return await _veterans_get_veterans_career_technology.asyncio_detailed(client=self._raw_client(), code=code)


class ListCareers(Operation):
    """See all careers (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/careers/` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """See all careers (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/careers/` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules.

        Lists every career in the tree alphabetically, in pages. Clients call it with or without the
        trailing slash. (My Next Move for Veterans tree.)

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_careers as _veterans_list_veterans_careers
        from ..models.career_listing import CareerListing

        response = _veterans_list_veterans_careers.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, CareerListing)

    def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[CareerListing | Error | str]:
        """`GET /veterans/careers/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import list_veterans_careers as _veterans_list_veterans_careers

        return _veterans_list_veterans_careers.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(self, *, page_size: int | None = None, max_items: int | None = None) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.veterans import list_veterans_careers as _veterans_list_veterans_careers

        return Pager(_veterans_list_veterans_careers, self._client, page_size, max_items, {})


class AsyncListCareers(AsyncOperation):
    """See all careers (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/careers/` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/careers/"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """See all careers (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/careers/` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules.

        Lists every career in the tree alphabetically, in pages. Clients call it with or without the
        trailing slash. (My Next Move for Veterans tree.)

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_careers as _veterans_list_veterans_careers
        from ..models.career_listing import CareerListing

        response = await _veterans_list_veterans_careers.asyncio_detailed(client=self._client, start=start, end=end)
        return self._expect(response, CareerListing)

    async def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[CareerListing | Error | str]:
        """`GET /veterans/careers/` returning status, headers and body whatever the status."""
        from ..api.veterans import list_veterans_careers as _veterans_list_veterans_careers

        return await _veterans_list_veterans_careers.asyncio_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.veterans import list_veterans_careers as _veterans_list_veterans_careers

        return AsyncPager(_veterans_list_veterans_careers, self._client, page_size, max_items, {})


class ListIndustries(Operation):
    """(Unverified path) Industry listing (My Next Move for Veterans).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
    `[*].code`, `[*].title`.

    `GET /veterans/industries/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/industries/"

    def __call__(self) -> list[CareerIndustry]:
        """(Unverified path) Industry listing (My Next Move for Veterans).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
        `[*].code`, `[*].title`.

        `GET /veterans/industries/` (confidence: guess).

        Unverified path: candidates are /veterans/industries/ (low-trust Go client) and /veterans/browse/
        (v1.9 name), and the body (bare array vs {industry: [...]}) is carried over from v1.9.

        /veterans/industries/ is used because the two per-industry career lists must be separate paths
        (most_people / some_people is the only distinct-path form known), and the listing is kept in the
        same family; /veterans/browse/ remains the v1.9 alternative. Lists the industries used to browse
        careers by where people work; each entry links to that industry's careers. (My Next Move for
        Veterans tree.)

        Returns:
            list[CareerIndustry]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_industries as _veterans_list_veterans_industries

        response = _veterans_list_veterans_industries.sync_detailed(client=self._client)
        return cast("list[CareerIndustry]", response.parsed)

    def raw(self) -> Response[Error | list[CareerIndustry] | str]:
        """`GET /veterans/industries/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import list_veterans_industries as _veterans_list_veterans_industries

        return _veterans_list_veterans_industries.sync_detailed(client=self._raw_client())


class AsyncListIndustries(AsyncOperation):
    """(Unverified path) Industry listing (My Next Move for Veterans).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
    `[*].code`, `[*].title`.

    `GET /veterans/industries/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /veterans/industries/"

    async def __call__(self) -> list[CareerIndustry]:
        """(Unverified path) Industry listing (My Next Move for Veterans).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/browse/. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `[*].href`,
        `[*].code`, `[*].title`.

        `GET /veterans/industries/` (confidence: guess).

        Unverified path: candidates are /veterans/industries/ (low-trust Go client) and /veterans/browse/
        (v1.9 name), and the body (bare array vs {industry: [...]}) is carried over from v1.9.

        /veterans/industries/ is used because the two per-industry career lists must be separate paths
        (most_people / some_people is the only distinct-path form known), and the listing is kept in the
        same family; /veterans/browse/ remains the v1.9 alternative. Lists the industries used to browse
        careers by where people work; each entry links to that industry's careers. (My Next Move for
        Veterans tree.)

        Returns:
            list[CareerIndustry]: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_industries as _veterans_list_veterans_industries

        response = await _veterans_list_veterans_industries.asyncio_detailed(client=self._client)
        return cast("list[CareerIndustry]", response.parsed)

    async def raw(self) -> Response[Error | list[CareerIndustry] | str]:
        """`GET /veterans/industries/` returning status, headers and body whatever the status."""
        from ..api.veterans import list_veterans_industries as _veterans_list_veterans_industries

        return await _veterans_list_veterans_industries.asyncio_detailed(client=self._raw_client())


class ListIndustryCareersMost(Operation):
    """(Unverified path) Careers in industry (most people) (My Next Move for Veterans).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/{industry_code}?category=most. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/industries/{industry_code}/most_people` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/industries/{industry_code}/most_people"

    def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (most people) (My Next Move for Veterans).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/browse/{industry_code}?category=most. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/industries/{industry_code}/most_people` (confidence: guess).

        Unverified path and body: candidates are /veterans/industries/{industry_code}/most_people (low-trust
        Go client) and /veterans/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

        The most_people form is chosen because the manual lists most/some as two services and a query switch
        (category=most|some) on one path could not be two operations; the Go client may also echo the
        industry code/title. Lists careers for which most workers are employed in the given industry. (My
        Next Move for Veterans tree.)

        Args:
            industry_code: Industry code from the industry listing (integer in v1.9, e.g. 54).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_industry_careers_most as _veterans_list_veterans_industry_careers_most
        from ..models.career_listing import CareerListing

        response = _veterans_list_veterans_industry_careers_most.sync_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/industries/{industry_code}/most_people` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import list_veterans_industry_careers_most as _veterans_list_veterans_industry_careers_most

        return _veterans_list_veterans_industry_careers_most.sync_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.veterans import list_veterans_industry_careers_most as _veterans_list_veterans_industry_careers_most

        return Pager(
            _veterans_list_veterans_industry_careers_most,
            self._client,
            page_size,
            max_items,
            {"industry_code": industry_code},
        )


class AsyncListIndustryCareersMost(AsyncOperation):
    """(Unverified path) Careers in industry (most people) (My Next Move for Veterans).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/{industry_code}?category=most. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/industries/{industry_code}/most_people` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/industries/{industry_code}/most_people"

    async def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (most people) (My Next Move for Veterans).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/browse/{industry_code}?category=most. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/industries/{industry_code}/most_people` (confidence: guess).

        Unverified path and body: candidates are /veterans/industries/{industry_code}/most_people (low-trust
        Go client) and /veterans/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

        The most_people form is chosen because the manual lists most/some as two services and a query switch
        (category=most|some) on one path could not be two operations; the Go client may also echo the
        industry code/title. Lists careers for which most workers are employed in the given industry. (My
        Next Move for Veterans tree.)

        Args:
            industry_code: Industry code from the industry listing (integer in v1.9, e.g. 54).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_industry_careers_most as _veterans_list_veterans_industry_careers_most
        from ..models.career_listing import CareerListing

        response = await _veterans_list_veterans_industry_careers_most.asyncio_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/industries/{industry_code}/most_people` returning status, headers and body whatever the status."""
        from ..api.veterans import list_veterans_industry_careers_most as _veterans_list_veterans_industry_careers_most

        return await _veterans_list_veterans_industry_careers_most.asyncio_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.veterans import list_veterans_industry_careers_most as _veterans_list_veterans_industry_careers_most

        return AsyncPager(
            _veterans_list_veterans_industry_careers_most,
            self._client,
            page_size,
            max_items,
            {"industry_code": industry_code},
        )


class ListIndustryCareersSome(Operation):
    """(Unverified path) Careers in industry (some people) (My Next Move for Veterans).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/{industry_code}?category=some. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/industries/{industry_code}/some_people` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/industries/{industry_code}/some_people"

    def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (some people) (My Next Move for Veterans).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/browse/{industry_code}?category=some. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/industries/{industry_code}/some_people` (confidence: guess).

        Unverified path and body: candidates are /veterans/industries/{industry_code}/some_people (low-trust
        Go client) and /veterans/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

        Chosen for the same reason as the most-people list: separate services need separate paths. Lists
        careers that employ some (but not most) of their workers in the given industry. (My Next Move for
        Veterans tree.)

        Args:
            industry_code: Industry code from the industry listing (integer in v1.9, e.g. 54).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_industry_careers_some as _veterans_list_veterans_industry_careers_some
        from ..models.career_listing import CareerListing

        response = _veterans_list_veterans_industry_careers_some.sync_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/industries/{industry_code}/some_people` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import list_veterans_industry_careers_some as _veterans_list_veterans_industry_careers_some

        return _veterans_list_veterans_industry_careers_some.sync_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.veterans import list_veterans_industry_careers_some as _veterans_list_veterans_industry_careers_some

        return Pager(
            _veterans_list_veterans_industry_careers_some,
            self._client,
            page_size,
            max_items,
            {"industry_code": industry_code},
        )


class AsyncListIndustryCareersSome(AsyncOperation):
    """(Unverified path) Careers in industry (some people) (My Next Move for Veterans).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /veterans/browse/{industry_code}?category=some. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/industries/{industry_code}/some_people` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/industries/{industry_code}/some_people"

    async def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (some people) (My Next Move for Veterans).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /veterans/browse/{industry_code}?category=some. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/industries/{industry_code}/some_people` (confidence: guess).

        Unverified path and body: candidates are /veterans/industries/{industry_code}/some_people (low-trust
        Go client) and /veterans/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

        Chosen for the same reason as the most-people list: separate services need separate paths. Lists
        careers that employ some (but not most) of their workers in the given industry. (My Next Move for
        Veterans tree.)

        Args:
            industry_code: Industry code from the industry listing (integer in v1.9, e.g. 54).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import list_veterans_industry_careers_some as _veterans_list_veterans_industry_careers_some
        from ..models.career_listing import CareerListing

        response = await _veterans_list_veterans_industry_careers_some.asyncio_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/industries/{industry_code}/some_people` returning status, headers and body whatever the status."""
        from ..api.veterans import list_veterans_industry_careers_some as _veterans_list_veterans_industry_careers_some

        return await _veterans_list_veterans_industry_careers_some.asyncio_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.veterans import list_veterans_industry_careers_some as _veterans_list_veterans_industry_careers_some

        return AsyncPager(
            _veterans_list_veterans_industry_careers_some,
            self._client,
            page_size,
            max_items,
            {"industry_code": industry_code},
        )


class SearchCareers(Operation):
    """Search careers with key words (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/search` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/search"

    def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """Search careers with key words (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/search` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The body is assumed identical to
        /mnm/search.

        Finds careers in the tree from key words, a job title or a full or partial O*NET-SOC code. Results
        come in pages of 20 by default; an empty search gives an empty career array. (My Next Move for
        Veterans tree.)

        Args:
            keyword: Search words, a phrase, a job title, or a full or partial O*NET-SOC code. Constraints:
                min length 1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import search_veterans_careers as _veterans_search_veterans_careers
        from ..models.career_listing import CareerListing

        response = _veterans_search_veterans_careers.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return _veterans_search_veterans_careers.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return Pager(_veterans_search_veterans_careers, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchCareers(AsyncOperation):
    """Search careers with key words (My Next Move for Veterans).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /veterans/search` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/search"

    async def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """Search careers with key words (My Next Move for Veterans).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /veterans/search` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The body is assumed identical to
        /mnm/search.

        Finds careers in the tree from key words, a job title or a full or partial O*NET-SOC code. Results
        come in pages of 20 by default; an empty search gives an empty career array. (My Next Move for
        Veterans tree.)

        Args:
            keyword: Search words, a phrase, a job title, or a full or partial O*NET-SOC code. Constraints:
                min length 1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerListing: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import search_veterans_careers as _veterans_search_veterans_careers
        from ..models.career_listing import CareerListing

        response = await _veterans_search_veterans_careers.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /veterans/search` returning status, headers and body whatever the status."""
        from ..api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return await _veterans_search_veterans_careers.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.veterans import search_veterans_careers as _veterans_search_veterans_careers

        return AsyncPager(_veterans_search_veterans_careers, self._client, page_size, max_items, {"keyword": keyword})


class SearchMilitary(Operation):
    """Find careers like your military job.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
    `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
    `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
    1 more.

    `GET /veterans/military` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/military"

    def __call__(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitarySearchResults:
        """Find careers like your military job.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
        `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
        `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
        1 more.

        `GET /veterans/military` (confidence: observed-in-typed-client-code).

        Path and main arrays come from a Django client fixed against the live API, but paging, external_info
        and military_jobs are carried over from v1.9.

        Finds civilian careers like a military job, from an MOS, rating, AFSC or designator code or a job
        title, optionally limited to one branch. Navy officer designators and Coast Guard ratings find no
        matches; clients also call it with a trailing slash. (My Next Move for Veterans tree.)

        Args:
            keyword: Military occupation code (e.g. 11B) or job title. Constraints: min length 1.
            branch: Restrict matches to one service branch. One client also sends space_force; unverified.
                One of: 'all', 'army', 'navy', 'air_force', 'marine_corps', 'coast_guard'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitarySearchResults: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import search_veterans_military as _veterans_search_veterans_military
        from ..models.military_search_results import MilitarySearchResults

        response = _veterans_search_veterans_military.sync_detailed(
            client=self._client, keyword=keyword, branch=branch, start=start, end=end
        )
        return self._expect(response, MilitarySearchResults)

    def raw(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitarySearchResults | str]:
        """`GET /veterans/military` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.veterans import search_veterans_military as _veterans_search_veterans_military

        return _veterans_search_veterans_military.sync_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[MilitaryCareer, MilitarySearchResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.veterans import search_veterans_military as _veterans_search_veterans_military

        return Pager(
            _veterans_search_veterans_military,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch},
        )


class AsyncSearchMilitary(AsyncOperation):
    """Find careers like your military job.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
    `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
    `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
    1 more.

    `GET /veterans/military` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /veterans/military"

    async def __call__(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitarySearchResults:
        """Find careers like your military job.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career`, `military_match`,
        `career[*].match_type`, `military_match[*].branch`, `military_match[*].code`,
        `military_match[*].title`, `military_match[*].active`, `military_match[*].external_info[*].href` and
        1 more.

        `GET /veterans/military` (confidence: observed-in-typed-client-code).

        Path and main arrays come from a Django client fixed against the live API, but paging, external_info
        and military_jobs are carried over from v1.9.

        Finds civilian careers like a military job, from an MOS, rating, AFSC or designator code or a job
        title, optionally limited to one branch. Navy officer designators and Coast Guard ratings find no
        matches; clients also call it with a trailing slash. (My Next Move for Veterans tree.)

        Args:
            keyword: Military occupation code (e.g. 11B) or job title. Constraints: min length 1.
            branch: Restrict matches to one service branch. One client also sends space_force; unverified.
                One of: 'all', 'army', 'navy', 'air_force', 'marine_corps', 'coast_guard'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitarySearchResults: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            AuthenticationError: the credentials were refused (HTTP 401/403)
            ValidationError: the API found an argument invalid (HTTP 422; `.detail` holds its message)
            RateLimitError: too many requests, after retries (HTTP 429; `.retry_after`)
            UnknownIdentifierError: an unknown or obsolete code or table (HTTP 422 saying not found); a NotFoundError and a ValidationError
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.veterans import search_veterans_military as _veterans_search_veterans_military
        from ..models.military_search_results import MilitarySearchResults

        response = await _veterans_search_veterans_military.asyncio_detailed(
            client=self._client, keyword=keyword, branch=branch, start=start, end=end
        )
        return self._expect(response, MilitarySearchResults)

    async def raw(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitarySearchResults | str]:
        """`GET /veterans/military` returning status, headers and body whatever the status."""
        from ..api.veterans import search_veterans_military as _veterans_search_veterans_military

        return await _veterans_search_veterans_military.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: MilitaryBranchFilter | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MilitaryCareer, MilitarySearchResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.veterans import search_veterans_military as _veterans_search_veterans_military

        return AsyncPager(
            _veterans_search_veterans_military,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch},
        )


class VeteransResource(Resource):
    """My Next Move for Veterans services."""

    __slots__ = ()

    @property
    def get_career_abilities(self) -> GetCareerAbilities:
        """Abilities (My Next Move for Veterans)."""
        return GetCareerAbilities(self._client)

    @property
    def get_career_check_out_my_state(self) -> GetCareerCheckOutMyState:
        """Check Out My State (My Next Move for Veterans)."""
        return GetCareerCheckOutMyState(self._client)

    @property
    def get_career_education(self) -> GetCareerEducation:
        """Education (My Next Move for Veterans)."""
        return GetCareerEducation(self._client)

    @property
    def get_career_explore_more(self) -> GetCareerExploreMore:
        """Explore More (My Next Move for Veterans)."""
        return GetCareerExploreMore(self._client)

    @property
    def get_career_in_the_military(self) -> GetCareerInTheMilitary:
        """(Unverified path) In the military."""
        return GetCareerInTheMilitary(self._client)

    @property
    def get_career_job_outlook(self) -> GetCareerJobOutlook:
        """Job Outlook (My Next Move for Veterans)."""
        return GetCareerJobOutlook(self._client)

    @property
    def get_career_knowledge(self) -> GetCareerKnowledge:
        """Knowledge (My Next Move for Veterans)."""
        return GetCareerKnowledge(self._client)

    @property
    def get_career_overview(self) -> GetCareerOverview:
        """Career overview (My Next Move for Veterans)."""
        return GetCareerOverview(self._client)

    @property
    def get_career_personality(self) -> GetCareerPersonality:
        """Personality (My Next Move for Veterans)."""
        return GetCareerPersonality(self._client)

    @property
    def get_career_skills(self) -> GetCareerSkills:
        """Skills (My Next Move for Veterans)."""
        return GetCareerSkills(self._client)

    @property
    def get_career_technology(self) -> GetCareerTechnology:
        """Technology (My Next Move for Veterans)."""
        return GetCareerTechnology(self._client)

    @property
    def list_careers(self) -> ListCareers:
        """See all careers (My Next Move for Veterans)."""
        return ListCareers(self._client)

    @property
    def list_industries(self) -> ListIndustries:
        """(Unverified path) Industry listing (My Next Move for Veterans)."""
        return ListIndustries(self._client)

    @property
    def list_industry_careers_most(self) -> ListIndustryCareersMost:
        """(Unverified path) Careers in industry (most people) (My Next Move for Veterans)."""
        return ListIndustryCareersMost(self._client)

    @property
    def list_industry_careers_some(self) -> ListIndustryCareersSome:
        """(Unverified path) Careers in industry (some people) (My Next Move for Veterans)."""
        return ListIndustryCareersSome(self._client)

    @property
    def search_careers(self) -> SearchCareers:
        """Search careers with key words (My Next Move for Veterans)."""
        return SearchCareers(self._client)

    @property
    def search_military(self) -> SearchMilitary:
        """Find careers like your military job."""
        return SearchMilitary(self._client)


class AsyncVeteransResource(Resource):
    """My Next Move for Veterans services. (async)"""

    __slots__ = ()

    @property
    def get_career_abilities(self) -> AsyncGetCareerAbilities:
        """Abilities (My Next Move for Veterans)."""
        return AsyncGetCareerAbilities(self._client)

    @property
    def get_career_check_out_my_state(self) -> AsyncGetCareerCheckOutMyState:
        """Check Out My State (My Next Move for Veterans)."""
        return AsyncGetCareerCheckOutMyState(self._client)

    @property
    def get_career_education(self) -> AsyncGetCareerEducation:
        """Education (My Next Move for Veterans)."""
        return AsyncGetCareerEducation(self._client)

    @property
    def get_career_explore_more(self) -> AsyncGetCareerExploreMore:
        """Explore More (My Next Move for Veterans)."""
        return AsyncGetCareerExploreMore(self._client)

    @property
    def get_career_in_the_military(self) -> AsyncGetCareerInTheMilitary:
        """(Unverified path) In the military."""
        return AsyncGetCareerInTheMilitary(self._client)

    @property
    def get_career_job_outlook(self) -> AsyncGetCareerJobOutlook:
        """Job Outlook (My Next Move for Veterans)."""
        return AsyncGetCareerJobOutlook(self._client)

    @property
    def get_career_knowledge(self) -> AsyncGetCareerKnowledge:
        """Knowledge (My Next Move for Veterans)."""
        return AsyncGetCareerKnowledge(self._client)

    @property
    def get_career_overview(self) -> AsyncGetCareerOverview:
        """Career overview (My Next Move for Veterans)."""
        return AsyncGetCareerOverview(self._client)

    @property
    def get_career_personality(self) -> AsyncGetCareerPersonality:
        """Personality (My Next Move for Veterans)."""
        return AsyncGetCareerPersonality(self._client)

    @property
    def get_career_skills(self) -> AsyncGetCareerSkills:
        """Skills (My Next Move for Veterans)."""
        return AsyncGetCareerSkills(self._client)

    @property
    def get_career_technology(self) -> AsyncGetCareerTechnology:
        """Technology (My Next Move for Veterans)."""
        return AsyncGetCareerTechnology(self._client)

    @property
    def list_careers(self) -> AsyncListCareers:
        """See all careers (My Next Move for Veterans)."""
        return AsyncListCareers(self._client)

    @property
    def list_industries(self) -> AsyncListIndustries:
        """(Unverified path) Industry listing (My Next Move for Veterans)."""
        return AsyncListIndustries(self._client)

    @property
    def list_industry_careers_most(self) -> AsyncListIndustryCareersMost:
        """(Unverified path) Careers in industry (most people) (My Next Move for Veterans)."""
        return AsyncListIndustryCareersMost(self._client)

    @property
    def list_industry_careers_some(self) -> AsyncListIndustryCareersSome:
        """(Unverified path) Careers in industry (some people) (My Next Move for Veterans)."""
        return AsyncListIndustryCareersSome(self._client)

    @property
    def search_careers(self) -> AsyncSearchCareers:
        """Search careers with key words (My Next Move for Veterans)."""
        return AsyncSearchCareers(self._client)

    @property
    def search_military(self) -> AsyncSearchMilitary:
        """Find careers like your military job."""
        return AsyncSearchMilitary(self._client)
