"""Mi Próximo Paso services (Spanish My Next Move).

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
    from ..models.career_job_zone_code import CareerJobZoneCode, check_career_job_zone_code
    from ..models.career_listing import CareerListing
    from ..models.career_overview import CareerOverview
    from ..models.career_personality import CareerPersonality
    from ..models.error import Error
    from ..models.interest_profiler_area_code import InterestProfilerAreaCode, check_interest_profiler_area_code
    from ..models.interest_profiler_career import InterestProfilerCareer
    from ..models.interest_profiler_careers import InterestProfilerCareers
    from ..models.interest_profiler_interest import InterestProfilerInterest
    from ..models.interest_profiler_job_zone import InterestProfilerJobZone
    from ..models.interest_profiler_question import InterestProfilerQuestion
    from ..models.interest_profiler_questions import InterestProfilerQuestions
    from ..models.interest_profiler_results import InterestProfilerResults
    from ..types import UNSET, Unset


class GetCareerAbilities(Operation):
    """Abilities (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/abilities` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/abilities"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Abilities (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/abilities` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. No v2 client parses abilities; the body
        is assumed equal to knowledge/skills.

        Returns the career's abilities grouped into categories, as a top-level array. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_abilities as _mpp_get_mpp_career_abilities

        response = _mpp_get_mpp_career_abilities.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/abilities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_abilities as _mpp_get_mpp_career_abilities

        return _mpp_get_mpp_career_abilities.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerAbilities(AsyncOperation):
    """Abilities (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/abilities` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/abilities"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Abilities (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/abilities` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. No v2 client parses abilities; the body
        is assumed equal to knowledge/skills.

        Returns the career's abilities grouped into categories, as a top-level array. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_abilities as _mpp_get_mpp_career_abilities

        response = await _mpp_get_mpp_career_abilities.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/abilities` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_abilities as _mpp_get_mpp_career_abilities

        return await _mpp_get_mpp_career_abilities.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerCheckOutMyState(Operation):
    """Check Out My State (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
    `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
    `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

    `GET /mpp/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/check_out_my_state"

    def __call__(self, code: str) -> CareerCheckOutMyState:
        """Check Out My State (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
        `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
        `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

        `GET /mpp/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

        The v2 body is not established: v1.9 nested objects are shown with the wrapper-unwrap rule applied,
        while one client reads a flat array instead.

        Compares the career's employment concentration (location quotient) across states, grouped into
        above-average, average and below-average bands. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_check_out_my_state as _mpp_get_mpp_career_check_out_my_state
        from ..models.career_check_out_my_state import CareerCheckOutMyState

        response = _mpp_get_mpp_career_check_out_my_state.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerCheckOutMyState)

    def raw(self, code: str) -> Response[CareerCheckOutMyState | Error | str]:
        """`GET /mpp/careers/{code}/check_out_my_state` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_check_out_my_state as _mpp_get_mpp_career_check_out_my_state

        return _mpp_get_mpp_career_check_out_my_state.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerCheckOutMyState(AsyncOperation):
    """Check Out My State (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
    `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
    `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

    `GET /mpp/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/check_out_my_state"

    async def __call__(self, code: str) -> CareerCheckOutMyState:
        """Check Out My State (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `above_average[*].postal_code`, `above_average[*].name`,
        `above_average[*].location_quotient`, `average[*].postal_code`, `average[*].name`,
        `average[*].location_quotient`, `below_average[*].postal_code`, `below_average[*].name` and 1 more.

        `GET /mpp/careers/{code}/check_out_my_state` (confidence: inferred-from-v1.9).

        The v2 body is not established: v1.9 nested objects are shown with the wrapper-unwrap rule applied,
        while one client reads a flat array instead.

        Compares the career's employment concentration (location quotient) across states, grouped into
        above-average, average and below-average bands. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_check_out_my_state as _mpp_get_mpp_career_check_out_my_state
        from ..models.career_check_out_my_state import CareerCheckOutMyState

        response = await _mpp_get_mpp_career_check_out_my_state.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerCheckOutMyState)

    async def raw(self, code: str) -> Response[CareerCheckOutMyState | Error | str]:
        """`GET /mpp/careers/{code}/check_out_my_state` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_check_out_my_state as _mpp_get_mpp_career_check_out_my_state

        return await _mpp_get_mpp_career_check_out_my_state.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerEducation(Operation):
    """Education (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `job_zone`, `job_zone.code`.

    `GET /mpp/careers/{code}/education` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/education"

    def __call__(self, code: str) -> CareerEducation:
        """Education (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `job_zone`, `job_zone.code`.

        `GET /mpp/careers/{code}/education` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to /mnm (job_zone as
        an object).

        Returns the Job Zone of the career and the education levels people usually need. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_education as _mpp_get_mpp_career_education
        from ..models.career_education import CareerEducation

        response = _mpp_get_mpp_career_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerEducation)

    def raw(self, code: str) -> Response[CareerEducation | Error | str]:
        """`GET /mpp/careers/{code}/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_education as _mpp_get_mpp_career_education

        return _mpp_get_mpp_career_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerEducation(AsyncOperation):
    """Education (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `job_zone`, `job_zone.code`.

    `GET /mpp/careers/{code}/education` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/education"

    async def __call__(self, code: str) -> CareerEducation:
        """Education (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `job_zone`, `job_zone.code`.

        `GET /mpp/careers/{code}/education` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to /mnm (job_zone as
        an object).

        Returns the Job Zone of the career and the education levels people usually need. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_education as _mpp_get_mpp_career_education
        from ..models.career_education import CareerEducation

        response = await _mpp_get_mpp_career_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerEducation)

    async def raw(self, code: str) -> Response[CareerEducation | Error | str]:
        """`GET /mpp/careers/{code}/education` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_education as _mpp_get_mpp_career_education

        return await _mpp_get_mpp_career_education.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerExploreMore(Operation):
    """Explore More (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
    `industries[*].percent_employed`.

    `GET /mpp/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/explore_more"

    def __call__(self, code: str) -> CareerExploreMore:
        """Explore More (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
        `industries[*].percent_employed`.

        `GET /mpp/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

        Returns related careers and the industries that employ people in this career. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_explore_more as _mpp_get_mpp_career_explore_more
        from ..models.career_explore_more import CareerExploreMore

        response = _mpp_get_mpp_career_explore_more.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerExploreMore)

    def raw(self, code: str) -> Response[CareerExploreMore | Error | str]:
        """`GET /mpp/careers/{code}/explore_more` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_explore_more as _mpp_get_mpp_career_explore_more

        return _mpp_get_mpp_career_explore_more.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerExploreMore(AsyncOperation):
    """Explore More (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
    `industries[*].percent_employed`.

    `GET /mpp/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/explore_more"

    async def __call__(self, code: str) -> CareerExploreMore:
        """Explore More (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `industries[*].href`, `industries[*].code`, `industries[*].title`,
        `industries[*].percent_employed`.

        `GET /mpp/careers/{code}/explore_more` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. industries is unconfirmed in v2.

        Returns related careers and the industries that employ people in this career. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_explore_more as _mpp_get_mpp_career_explore_more
        from ..models.career_explore_more import CareerExploreMore

        response = await _mpp_get_mpp_career_explore_more.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerExploreMore)

    async def raw(self, code: str) -> Response[CareerExploreMore | Error | str]:
        """`GET /mpp/careers/{code}/explore_more` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_explore_more as _mpp_get_mpp_career_explore_more

        return await _mpp_get_mpp_career_explore_more.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerJobOutlook(Operation):
    """Job Outlook (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
    `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

    `GET /mpp/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/job_outlook"

    def __call__(self, code: str) -> CareerJobOutlook:
        """Job Outlook (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
        `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

        `GET /mpp/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

        A live comparison by one client confirms national wages here but no body was recorded; outlook and
        reason strings are probably Spanish (v1.9).

        Returns the projected outlook category with a short statement, Bright Outlook reasons when they
        apply, and national wage percentiles. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_job_outlook as _mpp_get_mpp_career_job_outlook
        from ..models.career_job_outlook import CareerJobOutlook

        response = _mpp_get_mpp_career_job_outlook.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerJobOutlook)

    def raw(self, code: str) -> Response[CareerJobOutlook | Error | str]:
        """`GET /mpp/careers/{code}/job_outlook` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_job_outlook as _mpp_get_mpp_career_job_outlook

        return _mpp_get_mpp_career_job_outlook.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerJobOutlook(AsyncOperation):
    """Job Outlook (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
    `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

    `GET /mpp/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/job_outlook"

    async def __call__(self, code: str) -> CareerJobOutlook:
        """Job Outlook (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `outlook`, `bright_outlook[*].code`,
        `bright_outlook[*].title`, `outlook.category`, `outlook.description`.

        `GET /mpp/careers/{code}/job_outlook` (confidence: observed-in-typed-client-code).

        A live comparison by one client confirms national wages here but no body was recorded; outlook and
        reason strings are probably Spanish (v1.9).

        Returns the projected outlook category with a short statement, Bright Outlook reasons when they
        apply, and national wage percentiles. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_job_outlook as _mpp_get_mpp_career_job_outlook
        from ..models.career_job_outlook import CareerJobOutlook

        response = await _mpp_get_mpp_career_job_outlook.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerJobOutlook)

    async def raw(self, code: str) -> Response[CareerJobOutlook | Error | str]:
        """`GET /mpp/careers/{code}/job_outlook` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_job_outlook as _mpp_get_mpp_career_job_outlook

        return await _mpp_get_mpp_career_job_outlook.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerKnowledge(Operation):
    """Knowledge (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/knowledge"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Knowledge (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to be the /mnm top-level array
        of groups.

        Returns the career's knowledge areas grouped into categories, as a top-level array. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        response = _mpp_get_mpp_career_knowledge.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/knowledge` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        return _mpp_get_mpp_career_knowledge.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerKnowledge(AsyncOperation):
    """Knowledge (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/knowledge"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Knowledge (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/knowledge` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to be the /mnm top-level array
        of groups.

        Returns the career's knowledge areas grouped into categories, as a top-level array. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        response = await _mpp_get_mpp_career_knowledge.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/knowledge` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_knowledge as _mpp_get_mpp_career_knowledge

        return await _mpp_get_mpp_career_knowledge.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerOverview(Operation):
    """Career overview (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `code`, `title`,
    `also_called[*].summary`.

    `GET /mpp/careers/{code}/` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/"

    def __call__(self, code: str) -> CareerOverview:
        """Career overview (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `code`, `title`,
        `also_called[*].summary`.

        `GET /mpp/careers/{code}/` (confidence: observed-in-typed-client-code).

        Field names come from an abridged live body kept in one client's tests; v1.9's
        career_video/resources are unconfirmed. The path gives 404 for about 93 codes.

        Returns the top of a career report: title, plain-language description, alternate titles and typical
        tasks. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_overview as _mpp_get_mpp_career_overview
        from ..models.career_overview import CareerOverview

        response = _mpp_get_mpp_career_overview.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerOverview)

    def raw(self, code: str) -> Response[CareerOverview | Error | str]:
        """`GET /mpp/careers/{code}/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_overview as _mpp_get_mpp_career_overview

        return _mpp_get_mpp_career_overview.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerOverview(AsyncOperation):
    """Career overview (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `code`, `title`,
    `also_called[*].summary`.

    `GET /mpp/careers/{code}/` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/"

    async def __call__(self, code: str) -> CareerOverview:
        """Career overview (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `code`, `title`,
        `also_called[*].summary`.

        `GET /mpp/careers/{code}/` (confidence: observed-in-typed-client-code).

        Field names come from an abridged live body kept in one client's tests; v1.9's
        career_video/resources are unconfirmed. The path gives 404 for about 93 codes.

        Returns the top of a career report: title, plain-language description, alternate titles and typical
        tasks. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_overview as _mpp_get_mpp_career_overview
        from ..models.career_overview import CareerOverview

        response = await _mpp_get_mpp_career_overview.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerOverview)

    async def raw(self, code: str) -> Response[CareerOverview | Error | str]:
        """`GET /mpp/careers/{code}/` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_overview as _mpp_get_mpp_career_overview

        return await _mpp_get_mpp_career_overview.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerPersonality(Operation):
    """Personality (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
    `work_styles[*].name`.

    `GET /mpp/careers/{code}/personality` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/personality"

    def __call__(self, code: str) -> CareerPersonality:
        """Personality (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
        `work_styles[*].name`.

        `GET /mpp/careers/{code}/personality` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to the /mnm reading
        (a single, possibly backend-mapped source).

        Returns the career's strongest interest area and the work styles that matter in it. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_personality as _mpp_get_mpp_career_personality
        from ..models.career_personality import CareerPersonality

        response = _mpp_get_mpp_career_personality.sync_detailed(client=self._client, code=code)
        return self._expect(response, CareerPersonality)

    def raw(self, code: str) -> Response[CareerPersonality | Error | str]:
        """`GET /mpp/careers/{code}/personality` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_personality as _mpp_get_mpp_career_personality

        return _mpp_get_mpp_career_personality.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerPersonality(AsyncOperation):
    """Personality (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
    `work_styles[*].name`.

    `GET /mpp/careers/{code}/personality` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/personality"

    async def __call__(self, code: str) -> CareerPersonality:
        """Personality (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `top_interest.id`, `top_interest.name`, `work_styles[*].id`,
        `work_styles[*].name`.

        `GET /mpp/careers/{code}/personality` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Body assumed equal to the /mnm reading
        (a single, possibly backend-mapped source).

        Returns the career's strongest interest area and the work styles that matter in it. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import get_mpp_career_personality as _mpp_get_mpp_career_personality
        from ..models.career_personality import CareerPersonality

        response = await _mpp_get_mpp_career_personality.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, CareerPersonality)

    async def raw(self, code: str) -> Response[CareerPersonality | Error | str]:
        """`GET /mpp/careers/{code}/personality` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_personality as _mpp_get_mpp_career_personality

        return await _mpp_get_mpp_career_personality.asyncio_detailed(client=self._raw_client(), code=code)


class GetCareerSkills(Operation):
    """Skills (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/skills` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/skills"

    def __call__(self, code: str) -> list[CareerElementGroup]:
        """Skills (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/skills` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to be the /mnm top-level array
        of groups.

        Returns the career's skills grouped into categories, as a top-level array. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_skills as _mpp_get_mpp_career_skills

        response = _mpp_get_mpp_career_skills.sync_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_career_skills as _mpp_get_mpp_career_skills

        return _mpp_get_mpp_career_skills.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCareerSkills(AsyncOperation):
    """Skills (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

    `GET /mpp/careers/{code}/skills` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/{code}/skills"

    async def __call__(self, code: str) -> list[CareerElementGroup]:
        """Skills (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`, `[*].name`, `[*].element[*].id`, `[*].element[*].name`.

        `GET /mpp/careers/{code}/skills` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to be the /mnm top-level array
        of groups.

        Returns the career's skills grouped into categories, as a top-level array. (Mi Próximo Paso tree.)

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
        from ..api.mpp import get_mpp_career_skills as _mpp_get_mpp_career_skills

        response = await _mpp_get_mpp_career_skills.asyncio_detailed(client=self._client, code=code)
        return cast("list[CareerElementGroup]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[CareerElementGroup] | str]:
        """`GET /mpp/careers/{code}/skills` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_career_skills as _mpp_get_mpp_career_skills

        return await _mpp_get_mpp_career_skills.asyncio_detailed(client=self._raw_client(), code=code)


class GetInterestProfilerCareers(Operation):
    """Matching careers (Mi Próximo Paso).

    `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/careers"

    def __call__(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> InterestProfilerCareers:
        """Matching careers (Mi Próximo Paso).

        `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (zone, fit, Spanish titles, total) and assumed identical to the
        documented /mnm page; no body recorded.

        Returns careers matching either an answers string or all six interest scores (exactly one of the two
        sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
        career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
        default. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Give either answers or all six interest
                scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
            realistic: Realistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            investigative: Investigative interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            artistic: Artistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            social: Social interest score (from the Results operation or the paper Interest Profiler). Give
                all six scores together instead of answers. Constraints: min 0.
            enterprising: Enterprising interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            conventional: Conventional interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            zone: Return only careers in this Job Zone. The v1.9 name job_zone is silently ignored by v2.
                One of: 1, 2, 3, 4, 5.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            InterestProfilerCareers: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers
        from ..models.interest_profiler_careers import InterestProfilerCareers

        response = _mpp_get_mpp_interest_profiler_careers.sync_detailed(
            client=self._client,
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )
        return self._expect(response, InterestProfilerCareers)

    def raw(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | InterestProfilerCareers | str]:
        """`GET /mpp/interestprofiler/careers` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return _mpp_get_mpp_interest_profiler_careers.sync_detailed(
            client=self._raw_client(),
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )

    def iter(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[InterestProfilerCareer, InterestProfilerCareers]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return Pager(
            _mpp_get_mpp_interest_profiler_careers,
            self._client,
            page_size,
            max_items,
            {
                "answers": answers,
                "realistic": realistic,
                "investigative": investigative,
                "artistic": artistic,
                "social": social,
                "enterprising": enterprising,
                "conventional": conventional,
                "zone": zone,
            },
        )


class AsyncGetInterestProfilerCareers(AsyncOperation):
    """Matching careers (Mi Próximo Paso).

    `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/careers"

    async def __call__(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> InterestProfilerCareers:
        """Matching careers (Mi Próximo Paso).

        `GET /mpp/interestprofiler/careers` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (zone, fit, Spanish titles, total) and assumed identical to the
        documented /mnm page; no body recorded.

        Returns careers matching either an answers string or all six interest scores (exactly one of the two
        sets). zone limits results to one Job Zone, and some profiles have no matches in some zones. Each
        career carries a fit rating; a flat profile can return hundreds of Good matches. Pages of 20 by
        default. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Give either answers or all six interest
                scores, not both. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.
            realistic: Realistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            investigative: Investigative interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            artistic: Artistic interest score (from the Results operation or the paper Interest Profiler).
                Give all six scores together instead of answers. Constraints: min 0.
            social: Social interest score (from the Results operation or the paper Interest Profiler). Give
                all six scores together instead of answers. Constraints: min 0.
            enterprising: Enterprising interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            conventional: Conventional interest score (from the Results operation or the paper Interest
                Profiler). Give all six scores together instead of answers. Constraints: min 0.
            zone: Return only careers in this Job Zone. The v1.9 name job_zone is silently ignored by v2.
                One of: 1, 2, 3, 4, 5.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            InterestProfilerCareers: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers
        from ..models.interest_profiler_careers import InterestProfilerCareers

        response = await _mpp_get_mpp_interest_profiler_careers.asyncio_detailed(
            client=self._client,
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )
        return self._expect(response, InterestProfilerCareers)

    async def raw(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | InterestProfilerCareers | str]:
        """`GET /mpp/interestprofiler/careers` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return await _mpp_get_mpp_interest_profiler_careers.asyncio_detailed(
            client=self._raw_client(),
            answers=answers,
            realistic=realistic,
            investigative=investigative,
            artistic=artistic,
            social=social,
            enterprising=enterprising,
            conventional=conventional,
            zone=zone,
            start=start,
            end=end,
        )

    def iter(
        self,
        *,
        answers: str | Unset = UNSET,
        realistic: int | Unset = UNSET,
        investigative: int | Unset = UNSET,
        artistic: int | Unset = UNSET,
        social: int | Unset = UNSET,
        enterprising: int | Unset = UNSET,
        conventional: int | Unset = UNSET,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InterestProfilerCareer, InterestProfilerCareers]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import get_mpp_interest_profiler_careers as _mpp_get_mpp_interest_profiler_careers

        return AsyncPager(
            _mpp_get_mpp_interest_profiler_careers,
            self._client,
            page_size,
            max_items,
            {
                "answers": answers,
                "realistic": realistic,
                "investigative": investigative,
                "artistic": artistic,
                "social": social,
                "enterprising": enterprising,
                "conventional": conventional,
                "zone": zone,
            },
        )


class GetInterestProfilerInterestCareers(Operation):
    """(Unverified path) Careers related to single interest (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/interests/{interest_code}"

    def __call__(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerListing:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

        Unverified path, parameters and body: the low-trust Go client uses
        /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
        .../interests/{n}/careers; zone and paging are assumed.

        The Go-client form is chosen because it nests under the documented interests listing and the
        alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
        one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

        Args:
            interest_code: RIASEC interest area code (guessed values, as in the results operation). One of:
                'realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'.
            zone: Return only careers in this Job Zone. The v1.9 name job_zone is silently ignored by v2.
                One of: 1, 2, 3, 4, 5.
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
        from ..api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )
        from ..models.career_listing import CareerListing

        response = _mpp_get_mpp_interest_profiler_interest_careers.sync_detailed(
            client=self._client, interest_code=interest_code, zone=zone, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/interestprofiler/interests/{interest_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return _mpp_get_mpp_interest_profiler_interest_careers.sync_detailed(
            client=self._raw_client(), interest_code=interest_code, zone=zone, start=start, end=end
        )

    def iter(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return Pager(
            _mpp_get_mpp_interest_profiler_interest_careers,
            self._client,
            page_size,
            max_items,
            {"interest_code": interest_code, "zone": zone},
        )


class AsyncGetInterestProfilerInterestCareers(AsyncOperation):
    """(Unverified path) Careers related to single interest (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/interests/{interest_code}"

    async def __call__(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerListing:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/interestprofiler/interests/{interest_code}/careers. Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/interestprofiler/interests/{interest_code}` (confidence: guess).

        Unverified path, parameters and body: the low-trust Go client uses
        /mpp/interestprofiler/interests/{interest_code}; another untrusted script builds
        .../interests/{n}/careers; zone and paging are assumed.

        The Go-client form is chosen because it nests under the documented interests listing and the
        alternative comes from a v1.9-era script using Basic auth and numeric ids. Lists careers related to
        one RIASEC interest area, optionally limited to one Job Zone. (Mi Próximo Paso tree.)

        Args:
            interest_code: RIASEC interest area code (guessed values, as in the results operation). One of:
                'realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'.
            zone: Return only careers in this Job Zone. The v1.9 name job_zone is silently ignored by v2.
                One of: 1, 2, 3, 4, 5.
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
        from ..api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )
        from ..models.career_listing import CareerListing

        response = await _mpp_get_mpp_interest_profiler_interest_careers.asyncio_detailed(
            client=self._client, interest_code=interest_code, zone=zone, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/interestprofiler/interests/{interest_code}` returning status, headers and body whatever the status."""
        from ..api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return await _mpp_get_mpp_interest_profiler_interest_careers.asyncio_detailed(
            client=self._raw_client(), interest_code=interest_code, zone=zone, start=start, end=end
        )

    def iter(
        self,
        interest_code: InterestProfilerAreaCode,
        *,
        zone: CareerJobZoneCode | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import (
            get_mpp_interest_profiler_interest_careers as _mpp_get_mpp_interest_profiler_interest_careers,
        )

        return AsyncPager(
            _mpp_get_mpp_interest_profiler_interest_careers,
            self._client,
            page_size,
            max_items,
            {"interest_code": interest_code, "zone": zone},
        )


class GetInterestProfilerQuestions(Operation):
    """Short Form Questions (60-question desktop version) (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
    `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
    `answer_option[*].name`.

    `GET /mpp/interestprofiler/questions` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/questions"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> InterestProfilerQuestions:
        """Short Form Questions (60-question desktop version) (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
        `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
        `answer_option[*].name`.

        `GET /mpp/interestprofiler/questions` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (60 items, Spanish text), but no body was recorded; the area
        value's letter case is unconfirmed.

        Returns the 60 work-activity items of the Interest Profiler Short Form with the five-point answer
        scale. Only the first 20 items come back without start/end; ask for start=1&end=60. (Mi Próximo Paso
        tree.)

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
            InterestProfilerQuestions: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_questions as _mpp_get_mpp_interest_profiler_questions
        from ..models.interest_profiler_questions import InterestProfilerQuestions

        response = _mpp_get_mpp_interest_profiler_questions.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, InterestProfilerQuestions)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | InterestProfilerQuestions | str]:
        """`GET /mpp/interestprofiler/questions` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_interest_profiler_questions as _mpp_get_mpp_interest_profiler_questions

        return _mpp_get_mpp_interest_profiler_questions.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[InterestProfilerQuestion, InterestProfilerQuestions]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import get_mpp_interest_profiler_questions as _mpp_get_mpp_interest_profiler_questions

        return Pager(_mpp_get_mpp_interest_profiler_questions, self._client, page_size, max_items, {})


class AsyncGetInterestProfilerQuestions(AsyncOperation):
    """Short Form Questions (60-question desktop version) (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
    `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
    `answer_option[*].name`.

    `GET /mpp/interestprofiler/questions` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/questions"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> InterestProfilerQuestions:
        """Short Form Questions (60-question desktop version) (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `question`, `answer_option`,
        `question[*].index`, `question[*].area`, `question[*].text`, `answer_option[*].value`,
        `answer_option[*].name`.

        `GET /mpp/interestprofiler/questions` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (60 items, Spanish text), but no body was recorded; the area
        value's letter case is unconfirmed.

        Returns the 60 work-activity items of the Interest Profiler Short Form with the five-point answer
        scale. Only the first 20 items come back without start/end; ask for start=1&end=60. (Mi Próximo Paso
        tree.)

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
            InterestProfilerQuestions: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_questions as _mpp_get_mpp_interest_profiler_questions
        from ..models.interest_profiler_questions import InterestProfilerQuestions

        response = await _mpp_get_mpp_interest_profiler_questions.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, InterestProfilerQuestions)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | InterestProfilerQuestions | str]:
        """`GET /mpp/interestprofiler/questions` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_interest_profiler_questions as _mpp_get_mpp_interest_profiler_questions

        return await _mpp_get_mpp_interest_profiler_questions.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[InterestProfilerQuestion, InterestProfilerQuestions]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import get_mpp_interest_profiler_questions as _mpp_get_mpp_interest_profiler_questions

        return AsyncPager(_mpp_get_mpp_interest_profiler_questions, self._client, page_size, max_items, {})


class GetInterestProfilerQuestions30(Operation):
    """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `question`, `answer_option`, `question[*].index`, `question[*].area`,
    `question[*].text`, `answer_option[*].value`, `answer_option[*].name`.

    `GET /mpp/interestprofiler/questions_30` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/questions_30"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> InterestProfilerQuestions:
        """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `question`, `answer_option`, `question[*].index`, `question[*].area`,
        `question[*].text`, `answer_option[*].value`, `answer_option[*].name`.

        `GET /mpp/interestprofiler/questions_30` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to match
        /mpp/interestprofiler/questions with 30 items.

        Returns the 30 items of the Mini Interest Profiler for mobile or time-limited use, with the answer
        scale. Ask for start=1&end=30 to get every item. (Mi Próximo Paso tree.)

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
            InterestProfilerQuestions: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_questions_30 as _mpp_get_mpp_interest_profiler_questions_30
        from ..models.interest_profiler_questions import InterestProfilerQuestions

        response = _mpp_get_mpp_interest_profiler_questions_30.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, InterestProfilerQuestions)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | InterestProfilerQuestions | str]:
        """`GET /mpp/interestprofiler/questions_30` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_interest_profiler_questions_30 as _mpp_get_mpp_interest_profiler_questions_30

        return _mpp_get_mpp_interest_profiler_questions_30.sync_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[InterestProfilerQuestion, InterestProfilerQuestions]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import get_mpp_interest_profiler_questions_30 as _mpp_get_mpp_interest_profiler_questions_30

        return Pager(_mpp_get_mpp_interest_profiler_questions_30, self._client, page_size, max_items, {})


class AsyncGetInterestProfilerQuestions30(AsyncOperation):
    """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `question`, `answer_option`, `question[*].index`, `question[*].area`,
    `question[*].text`, `answer_option[*].value`, `answer_option[*].name`.

    `GET /mpp/interestprofiler/questions_30` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/questions_30"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> InterestProfilerQuestions:
        """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `question`, `answer_option`, `question[*].index`, `question[*].area`,
        `question[*].text`, `answer_option[*].value`, `answer_option[*].name`.

        `GET /mpp/interestprofiler/questions_30` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Assumed to match
        /mpp/interestprofiler/questions with 30 items.

        Returns the 30 items of the Mini Interest Profiler for mobile or time-limited use, with the answer
        scale. Ask for start=1&end=30 to get every item. (Mi Próximo Paso tree.)

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
            InterestProfilerQuestions: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_questions_30 as _mpp_get_mpp_interest_profiler_questions_30
        from ..models.interest_profiler_questions import InterestProfilerQuestions

        response = await _mpp_get_mpp_interest_profiler_questions_30.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, InterestProfilerQuestions)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | InterestProfilerQuestions | str]:
        """`GET /mpp/interestprofiler/questions_30` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_interest_profiler_questions_30 as _mpp_get_mpp_interest_profiler_questions_30

        return await _mpp_get_mpp_interest_profiler_questions_30.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[InterestProfilerQuestion, InterestProfilerQuestions]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import get_mpp_interest_profiler_questions_30 as _mpp_get_mpp_interest_profiler_questions_30

        return AsyncPager(_mpp_get_mpp_interest_profiler_questions_30, self._client, page_size, max_items, {})


class GetInterestProfilerResults(Operation):
    """Results (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

    `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/results"

    def __call__(self, *, answers: str) -> InterestProfilerResults:
        """Results (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `careers`, `result`,
        `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

        `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
        area href is unconfirmed.

        Scores an answers string into six RIASEC interest scores and links to the careers matching those
        answers. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.

        Returns:
            InterestProfilerResults: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results
        from ..models.interest_profiler_results import InterestProfilerResults

        response = _mpp_get_mpp_interest_profiler_results.sync_detailed(client=self._client, answers=answers)
        return self._expect(response, InterestProfilerResults)

    def raw(self, *, answers: str) -> Response[Error | InterestProfilerResults | str]:
        """`GET /mpp/interestprofiler/results` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results

        return _mpp_get_mpp_interest_profiler_results.sync_detailed(client=self._raw_client(), answers=answers)


class AsyncGetInterestProfilerResults(AsyncOperation):
    """Results (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `careers`, `result`,
    `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

    `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/results"

    async def __call__(self, *, answers: str) -> InterestProfilerResults:
        """Results (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `careers`, `result`,
        `result[*].code`, `result[*].title`, `result[*].description`, `result[*].score`.

        `GET /mpp/interestprofiler/results` (confidence: observed-in-typed-client-code).

        Exercised live by a Spanish proxy (code English, title translated) but no body was recorded; per-
        area href is unconfirmed.

        Scores an answers string into six RIASEC interest scores and links to the careers matching those
        answers. (Mi Próximo Paso tree.)

        Args:
            answers: One digit 1-5 per item in index order (1 = strongly dislike .. 5 = strongly like): 60
                digits for the Short Form, 30 for the Mini-IP. Constraints: pattern ^[1-5]{30}$|^[1-5]{60}$.

        Returns:
            InterestProfilerResults: the parsed success response

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
        from ..api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results
        from ..models.interest_profiler_results import InterestProfilerResults

        response = await _mpp_get_mpp_interest_profiler_results.asyncio_detailed(client=self._client, answers=answers)
        return self._expect(response, InterestProfilerResults)

    async def raw(self, *, answers: str) -> Response[Error | InterestProfilerResults | str]:
        """`GET /mpp/interestprofiler/results` returning status, headers and body whatever the status."""
        from ..api.mpp import get_mpp_interest_profiler_results as _mpp_get_mpp_interest_profiler_results

        return await _mpp_get_mpp_interest_profiler_results.asyncio_detailed(client=self._raw_client(), answers=answers)


class ListCareers(Operation):
    """See all careers (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career`.

    `GET /mpp/careers/` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """See all careers (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career`.

        `GET /mpp/careers/` (confidence: observed-in-typed-client-code).

        Path and list were exercised live by one client (923 careers), but no response body was recorded; a
        sort parameter is not established.

        Lists every career in the tree alphabetically, in pages. Clients call it with or without the
        trailing slash. (Mi Próximo Paso tree.)

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
        from ..api.mpp import list_mpp_careers as _mpp_list_mpp_careers
        from ..models.career_listing import CareerListing

        response = _mpp_list_mpp_careers.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, CareerListing)

    def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[CareerListing | Error | str]:
        """`GET /mpp/careers/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import list_mpp_careers as _mpp_list_mpp_careers

        return _mpp_list_mpp_careers.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(self, *, page_size: int | None = None, max_items: int | None = None) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import list_mpp_careers as _mpp_list_mpp_careers

        return Pager(_mpp_list_mpp_careers, self._client, page_size, max_items, {})


class AsyncListCareers(AsyncOperation):
    """See all careers (Mi Próximo Paso).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career`.

    `GET /mpp/careers/` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/careers/"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """See all careers (Mi Próximo Paso).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career`.

        `GET /mpp/careers/` (confidence: observed-in-typed-client-code).

        Path and list were exercised live by one client (923 careers), but no response body was recorded; a
        sort parameter is not established.

        Lists every career in the tree alphabetically, in pages. Clients call it with or without the
        trailing slash. (Mi Próximo Paso tree.)

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
        from ..api.mpp import list_mpp_careers as _mpp_list_mpp_careers
        from ..models.career_listing import CareerListing

        response = await _mpp_list_mpp_careers.asyncio_detailed(client=self._client, start=start, end=end)
        return self._expect(response, CareerListing)

    async def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[CareerListing | Error | str]:
        """`GET /mpp/careers/` returning status, headers and body whatever the status."""
        from ..api.mpp import list_mpp_careers as _mpp_list_mpp_careers

        return await _mpp_list_mpp_careers.asyncio_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import list_mpp_careers as _mpp_list_mpp_careers

        return AsyncPager(_mpp_list_mpp_careers, self._client, page_size, max_items, {})


class ListIndustries(Operation):
    """(Unverified path) Industry listing (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

    `GET /mpp/industries/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/"

    def __call__(self) -> list[CareerIndustry]:
        """(Unverified path) Industry listing (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

        `GET /mpp/industries/` (confidence: guess).

        Unverified path: candidates are /mpp/industries/ (low-trust Go client) and /mpp/browse/ (v1.9 name),
        and the body (bare array vs {industry: [...]}) is carried over from v1.9.

        /mpp/industries/ is used because the two per-industry career lists must be separate paths
        (most_people / some_people is the only distinct-path form known), and the listing is kept in the
        same family; /mpp/browse/ remains the v1.9 alternative. Lists the industries used to browse careers
        by where people work; each entry links to that industry's careers. (Mi Próximo Paso tree.)

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
        from ..api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        response = _mpp_list_mpp_industries.sync_detailed(client=self._client)
        return cast("list[CareerIndustry]", response.parsed)

    def raw(self) -> Response[Error | list[CareerIndustry] | str]:
        """`GET /mpp/industries/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        return _mpp_list_mpp_industries.sync_detailed(client=self._raw_client())


class AsyncListIndustries(AsyncOperation):
    """(Unverified path) Industry listing (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

    `GET /mpp/industries/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/"

    async def __call__(self) -> list[CareerIndustry]:
        """(Unverified path) Industry listing (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are /mpp/browse/.
        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `[*].href`, `[*].code`, `[*].title`.

        `GET /mpp/industries/` (confidence: guess).

        Unverified path: candidates are /mpp/industries/ (low-trust Go client) and /mpp/browse/ (v1.9 name),
        and the body (bare array vs {industry: [...]}) is carried over from v1.9.

        /mpp/industries/ is used because the two per-industry career lists must be separate paths
        (most_people / some_people is the only distinct-path form known), and the listing is kept in the
        same family; /mpp/browse/ remains the v1.9 alternative. Lists the industries used to browse careers
        by where people work; each entry links to that industry's careers. (Mi Próximo Paso tree.)

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
        from ..api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        response = await _mpp_list_mpp_industries.asyncio_detailed(client=self._client)
        return cast("list[CareerIndustry]", response.parsed)

    async def raw(self) -> Response[Error | list[CareerIndustry] | str]:
        """`GET /mpp/industries/` returning status, headers and body whatever the status."""
        from ..api.mpp import list_mpp_industries as _mpp_list_mpp_industries

        return await _mpp_list_mpp_industries.asyncio_detailed(client=self._raw_client())


class ListIndustryCareersMost(Operation):
    """(Unverified path) Careers in industry (most people) (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/industries/{industry_code}/most_people` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/{industry_code}/most_people"

    def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (most people) (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/industries/{industry_code}/most_people` (confidence: guess).

        Unverified path and body: candidates are /mpp/industries/{industry_code}/most_people (low-trust Go
        client) and /mpp/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

        The most_people form is chosen because the manual lists most/some as two services and a query switch
        (category=most|some) on one path could not be two operations; the Go client may also echo the
        industry code/title. Lists careers for which most workers are employed in the given industry. (Mi
        Próximo Paso tree.)

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
        from ..api.mpp import list_mpp_industry_careers_most as _mpp_list_mpp_industry_careers_most
        from ..models.career_listing import CareerListing

        response = _mpp_list_mpp_industry_careers_most.sync_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/industries/{industry_code}/most_people` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import list_mpp_industry_careers_most as _mpp_list_mpp_industry_careers_most

        return _mpp_list_mpp_industry_careers_most.sync_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import list_mpp_industry_careers_most as _mpp_list_mpp_industry_careers_most

        return Pager(
            _mpp_list_mpp_industry_careers_most, self._client, page_size, max_items, {"industry_code": industry_code}
        )


class AsyncListIndustryCareersMost(AsyncOperation):
    """(Unverified path) Careers in industry (most people) (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/industries/{industry_code}/most_people` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/{industry_code}/most_people"

    async def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (most people) (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/browse/{industry_code}?category=most. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/industries/{industry_code}/most_people` (confidence: guess).

        Unverified path and body: candidates are /mpp/industries/{industry_code}/most_people (low-trust Go
        client) and /mpp/browse/{industry_code}?category=most (v1.9-style); paging is assumed.

        The most_people form is chosen because the manual lists most/some as two services and a query switch
        (category=most|some) on one path could not be two operations; the Go client may also echo the
        industry code/title. Lists careers for which most workers are employed in the given industry. (Mi
        Próximo Paso tree.)

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
        from ..api.mpp import list_mpp_industry_careers_most as _mpp_list_mpp_industry_careers_most
        from ..models.career_listing import CareerListing

        response = await _mpp_list_mpp_industry_careers_most.asyncio_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/industries/{industry_code}/most_people` returning status, headers and body whatever the status."""
        from ..api.mpp import list_mpp_industry_careers_most as _mpp_list_mpp_industry_careers_most

        return await _mpp_list_mpp_industry_careers_most.asyncio_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import list_mpp_industry_careers_most as _mpp_list_mpp_industry_careers_most

        return AsyncPager(
            _mpp_list_mpp_industry_careers_most, self._client, page_size, max_items, {"industry_code": industry_code}
        )


class ListIndustryCareersSome(Operation):
    """(Unverified path) Careers in industry (some people) (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/industries/{industry_code}/some_people` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/{industry_code}/some_people"

    def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (some people) (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/industries/{industry_code}/some_people` (confidence: guess).

        Unverified path and body: candidates are /mpp/industries/{industry_code}/some_people (low-trust Go
        client) and /mpp/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

        Chosen for the same reason as the most-people list: separate services need separate paths. Lists
        careers that employ some (but not most) of their workers in the given industry. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import list_mpp_industry_careers_some as _mpp_list_mpp_industry_careers_some
        from ..models.career_listing import CareerListing

        response = _mpp_list_mpp_industry_careers_some.sync_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/industries/{industry_code}/some_people` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import list_mpp_industry_careers_some as _mpp_list_mpp_industry_careers_some

        return _mpp_list_mpp_industry_careers_some.sync_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import list_mpp_industry_careers_some as _mpp_list_mpp_industry_careers_some

        return Pager(
            _mpp_list_mpp_industry_careers_some, self._client, page_size, max_items, {"industry_code": industry_code}
        )


class AsyncListIndustryCareersSome(AsyncOperation):
    """(Unverified path) Careers in industry (some people) (Mi Próximo Paso).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /mpp/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/industries/{industry_code}/some_people` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/industries/{industry_code}/some_people"

    async def __call__(self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """(Unverified path) Careers in industry (some people) (Mi Próximo Paso).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /mpp/browse/{industry_code}?category=some. Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/industries/{industry_code}/some_people` (confidence: guess).

        Unverified path and body: candidates are /mpp/industries/{industry_code}/some_people (low-trust Go
        client) and /mpp/browse/{industry_code}?category=some (v1.9-style); paging is assumed.

        Chosen for the same reason as the most-people list: separate services need separate paths. Lists
        careers that employ some (but not most) of their workers in the given industry. (Mi Próximo Paso
        tree.)

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
        from ..api.mpp import list_mpp_industry_careers_some as _mpp_list_mpp_industry_careers_some
        from ..models.career_listing import CareerListing

        response = await _mpp_list_mpp_industry_careers_some.asyncio_detailed(
            client=self._client, industry_code=industry_code, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, industry_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/industries/{industry_code}/some_people` returning status, headers and body whatever the status."""
        from ..api.mpp import list_mpp_industry_careers_some as _mpp_list_mpp_industry_careers_some

        return await _mpp_list_mpp_industry_careers_some.asyncio_detailed(
            client=self._raw_client(), industry_code=industry_code, start=start, end=end
        )

    def iter(
        self, industry_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import list_mpp_industry_careers_some as _mpp_list_mpp_industry_careers_some

        return AsyncPager(
            _mpp_list_mpp_industry_careers_some, self._client, page_size, max_items, {"industry_code": industry_code}
        )


class ListInterestProfilerInterests(Operation):
    """RIASEC interests (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].code`, `[*].title`, `[*].description`.

    `GET /mpp/interestprofiler/interests/` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/interests/"

    def __call__(self) -> list[InterestProfilerInterest]:
        """RIASEC interests (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].code`, `[*].title`, `[*].description`.

        `GET /mpp/interestprofiler/interests/` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The wrapper (bare array vs {interest:
        [...]}) is open.

        Lists the six RIASEC interest areas with their descriptions. (Mi Próximo Paso tree.)

        Returns:
            list[InterestProfilerInterest]: the parsed success response

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
        from ..api.mpp import list_mpp_interest_profiler_interests as _mpp_list_mpp_interest_profiler_interests

        response = _mpp_list_mpp_interest_profiler_interests.sync_detailed(client=self._client)
        return cast("list[InterestProfilerInterest]", response.parsed)

    def raw(self) -> Response[Error | list[InterestProfilerInterest] | str]:
        """`GET /mpp/interestprofiler/interests/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import list_mpp_interest_profiler_interests as _mpp_list_mpp_interest_profiler_interests

        return _mpp_list_mpp_interest_profiler_interests.sync_detailed(client=self._raw_client())


class AsyncListInterestProfilerInterests(AsyncOperation):
    """RIASEC interests (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].code`, `[*].title`, `[*].description`.

    `GET /mpp/interestprofiler/interests/` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/interests/"

    async def __call__(self) -> list[InterestProfilerInterest]:
        """RIASEC interests (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].code`, `[*].title`, `[*].description`.

        `GET /mpp/interestprofiler/interests/` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The wrapper (bare array vs {interest:
        [...]}) is open.

        Lists the six RIASEC interest areas with their descriptions. (Mi Próximo Paso tree.)

        Returns:
            list[InterestProfilerInterest]: the parsed success response

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
        from ..api.mpp import list_mpp_interest_profiler_interests as _mpp_list_mpp_interest_profiler_interests

        response = await _mpp_list_mpp_interest_profiler_interests.asyncio_detailed(client=self._client)
        return cast("list[InterestProfilerInterest]", response.parsed)

    async def raw(self) -> Response[Error | list[InterestProfilerInterest] | str]:
        """`GET /mpp/interestprofiler/interests/` returning status, headers and body whatever the status."""
        from ..api.mpp import list_mpp_interest_profiler_interests as _mpp_list_mpp_interest_profiler_interests

        return await _mpp_list_mpp_interest_profiler_interests.asyncio_detailed(client=self._raw_client())


class ListInterestProfilerJobZones(Operation):
    """Job Zones (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

    `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/job_zones"

    def __call__(self) -> list[InterestProfilerJobZone]:
        """Job Zones (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].value`, `[*].title`.

        `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
        vs code are open.

        Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
        careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

        Returns:
            list[InterestProfilerJobZone]: the parsed success response

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
        from ..api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        response = _mpp_list_mpp_interest_profiler_job_zones.sync_detailed(client=self._client)
        return cast("list[InterestProfilerJobZone]", response.parsed)

    def raw(self) -> Response[Error | list[InterestProfilerJobZone] | str]:
        """`GET /mpp/interestprofiler/job_zones` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        return _mpp_list_mpp_interest_profiler_job_zones.sync_detailed(client=self._raw_client())


class AsyncListInterestProfilerJobZones(AsyncOperation):
    """Job Zones (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].value`, `[*].title`.

    `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /mpp/interestprofiler/job_zones"

    async def __call__(self) -> list[InterestProfilerJobZone]:
        """Job Zones (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].value`, `[*].title`.

        `GET /mpp/interestprofiler/job_zones` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. Bare array vs paged envelope and value
        vs code are open.

        Describes the five Job Zones (levels of preparation) so a user can pick the zone filter for matching
        careers. Note that O*NET 30.3 rates no occupation in Job Zone 1. (Mi Próximo Paso tree.)

        Returns:
            list[InterestProfilerJobZone]: the parsed success response

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
        from ..api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        response = await _mpp_list_mpp_interest_profiler_job_zones.asyncio_detailed(client=self._client)
        return cast("list[InterestProfilerJobZone]", response.parsed)

    async def raw(self) -> Response[Error | list[InterestProfilerJobZone] | str]:
        """`GET /mpp/interestprofiler/job_zones` returning status, headers and body whatever the status."""
        from ..api.mpp import list_mpp_interest_profiler_job_zones as _mpp_list_mpp_interest_profiler_job_zones

        return await _mpp_list_mpp_interest_profiler_job_zones.asyncio_detailed(client=self._raw_client())


class SearchCareers(Operation):
    """Search careers with key words (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/search` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/search"

    def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """Search careers with key words (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/search` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The body is assumed identical to
        /mnm/search.

        Finds careers in the tree from key words, a job title or a full or partial O*NET-SOC code. Results
        come in pages of 20 by default; an empty search gives an empty career array. (Mi Próximo Paso tree.)

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
        from ..api.mpp import search_mpp_careers as _mpp_search_mpp_careers
        from ..models.career_listing import CareerListing

        response = _mpp_search_mpp_careers.sync_detailed(client=self._client, keyword=keyword, start=start, end=end)
        return self._expect(response, CareerListing)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.mpp import search_mpp_careers as _mpp_search_mpp_careers

        return _mpp_search_mpp_careers.sync_detailed(client=self._raw_client(), keyword=keyword, start=start, end=end)

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerItem, CareerListing]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.mpp import search_mpp_careers as _mpp_search_mpp_careers

        return Pager(_mpp_search_mpp_careers, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchCareers(AsyncOperation):
    """Search careers with key words (Mi Próximo Paso).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career`.

    `GET /mpp/search` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /mpp/search"

    async def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> CareerListing:
        """Search careers with key words (Mi Próximo Paso).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career`.

        `GET /mpp/search` (confidence: inferred-from-v1.9).

        Only the operation's existence is documented (v2 manual contents); path and body are carried over
        from v1.9 / the sibling tree by the known v1.9-to-v2 rules. The body is assumed identical to
        /mnm/search.

        Finds careers in the tree from key words, a job title or a full or partial O*NET-SOC code. Results
        come in pages of 20 by default; an empty search gives an empty career array. (Mi Próximo Paso tree.)

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
        from ..api.mpp import search_mpp_careers as _mpp_search_mpp_careers
        from ..models.career_listing import CareerListing

        response = await _mpp_search_mpp_careers.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, CareerListing)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerListing | Error | str]:
        """`GET /mpp/search` returning status, headers and body whatever the status."""
        from ..api.mpp import search_mpp_careers as _mpp_search_mpp_careers

        return await _mpp_search_mpp_careers.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerItem, CareerListing]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.mpp import search_mpp_careers as _mpp_search_mpp_careers

        return AsyncPager(_mpp_search_mpp_careers, self._client, page_size, max_items, {"keyword": keyword})


class MppResource(Resource):
    """Mi Próximo Paso services (Spanish My Next Move)."""

    __slots__ = ()

    @property
    def get_career_abilities(self) -> GetCareerAbilities:
        """Abilities (Mi Próximo Paso)."""
        return GetCareerAbilities(self._client)

    @property
    def get_career_check_out_my_state(self) -> GetCareerCheckOutMyState:
        """Check Out My State (Mi Próximo Paso)."""
        return GetCareerCheckOutMyState(self._client)

    @property
    def get_career_education(self) -> GetCareerEducation:
        """Education (Mi Próximo Paso)."""
        return GetCareerEducation(self._client)

    @property
    def get_career_explore_more(self) -> GetCareerExploreMore:
        """Explore More (Mi Próximo Paso)."""
        return GetCareerExploreMore(self._client)

    @property
    def get_career_job_outlook(self) -> GetCareerJobOutlook:
        """Job Outlook (Mi Próximo Paso)."""
        return GetCareerJobOutlook(self._client)

    @property
    def get_career_knowledge(self) -> GetCareerKnowledge:
        """Knowledge (Mi Próximo Paso)."""
        return GetCareerKnowledge(self._client)

    @property
    def get_career_overview(self) -> GetCareerOverview:
        """Career overview (Mi Próximo Paso)."""
        return GetCareerOverview(self._client)

    @property
    def get_career_personality(self) -> GetCareerPersonality:
        """Personality (Mi Próximo Paso)."""
        return GetCareerPersonality(self._client)

    @property
    def get_career_skills(self) -> GetCareerSkills:
        """Skills (Mi Próximo Paso)."""
        return GetCareerSkills(self._client)

    @property
    def get_interest_profiler_careers(self) -> GetInterestProfilerCareers:
        """Matching careers (Mi Próximo Paso)."""
        return GetInterestProfilerCareers(self._client)

    @property
    def get_interest_profiler_interest_careers(self) -> GetInterestProfilerInterestCareers:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso)."""
        return GetInterestProfilerInterestCareers(self._client)

    @property
    def get_interest_profiler_questions(self) -> GetInterestProfilerQuestions:
        """Short Form Questions (60-question desktop version) (Mi Próximo Paso)."""
        return GetInterestProfilerQuestions(self._client)

    @property
    def get_interest_profiler_questions_30(self) -> GetInterestProfilerQuestions30:
        """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso)."""
        return GetInterestProfilerQuestions30(self._client)

    @property
    def get_interest_profiler_results(self) -> GetInterestProfilerResults:
        """Results (Mi Próximo Paso)."""
        return GetInterestProfilerResults(self._client)

    @property
    def list_careers(self) -> ListCareers:
        """See all careers (Mi Próximo Paso)."""
        return ListCareers(self._client)

    @property
    def list_industries(self) -> ListIndustries:
        """(Unverified path) Industry listing (Mi Próximo Paso)."""
        return ListIndustries(self._client)

    @property
    def list_industry_careers_most(self) -> ListIndustryCareersMost:
        """(Unverified path) Careers in industry (most people) (Mi Próximo Paso)."""
        return ListIndustryCareersMost(self._client)

    @property
    def list_industry_careers_some(self) -> ListIndustryCareersSome:
        """(Unverified path) Careers in industry (some people) (Mi Próximo Paso)."""
        return ListIndustryCareersSome(self._client)

    @property
    def list_interest_profiler_interests(self) -> ListInterestProfilerInterests:
        """RIASEC interests (Mi Próximo Paso)."""
        return ListInterestProfilerInterests(self._client)

    @property
    def list_interest_profiler_job_zones(self) -> ListInterestProfilerJobZones:
        """Job Zones (Mi Próximo Paso)."""
        return ListInterestProfilerJobZones(self._client)

    @property
    def search_careers(self) -> SearchCareers:
        """Search careers with key words (Mi Próximo Paso)."""
        return SearchCareers(self._client)


class AsyncMppResource(Resource):
    """Mi Próximo Paso services (Spanish My Next Move). (async)"""

    __slots__ = ()

    @property
    def get_career_abilities(self) -> AsyncGetCareerAbilities:
        """Abilities (Mi Próximo Paso)."""
        return AsyncGetCareerAbilities(self._client)

    @property
    def get_career_check_out_my_state(self) -> AsyncGetCareerCheckOutMyState:
        """Check Out My State (Mi Próximo Paso)."""
        return AsyncGetCareerCheckOutMyState(self._client)

    @property
    def get_career_education(self) -> AsyncGetCareerEducation:
        """Education (Mi Próximo Paso)."""
        return AsyncGetCareerEducation(self._client)

    @property
    def get_career_explore_more(self) -> AsyncGetCareerExploreMore:
        """Explore More (Mi Próximo Paso)."""
        return AsyncGetCareerExploreMore(self._client)

    @property
    def get_career_job_outlook(self) -> AsyncGetCareerJobOutlook:
        """Job Outlook (Mi Próximo Paso)."""
        return AsyncGetCareerJobOutlook(self._client)

    @property
    def get_career_knowledge(self) -> AsyncGetCareerKnowledge:
        """Knowledge (Mi Próximo Paso)."""
        return AsyncGetCareerKnowledge(self._client)

    @property
    def get_career_overview(self) -> AsyncGetCareerOverview:
        """Career overview (Mi Próximo Paso)."""
        return AsyncGetCareerOverview(self._client)

    @property
    def get_career_personality(self) -> AsyncGetCareerPersonality:
        """Personality (Mi Próximo Paso)."""
        return AsyncGetCareerPersonality(self._client)

    @property
    def get_career_skills(self) -> AsyncGetCareerSkills:
        """Skills (Mi Próximo Paso)."""
        return AsyncGetCareerSkills(self._client)

    @property
    def get_interest_profiler_careers(self) -> AsyncGetInterestProfilerCareers:
        """Matching careers (Mi Próximo Paso)."""
        return AsyncGetInterestProfilerCareers(self._client)

    @property
    def get_interest_profiler_interest_careers(self) -> AsyncGetInterestProfilerInterestCareers:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso)."""
        return AsyncGetInterestProfilerInterestCareers(self._client)

    @property
    def get_interest_profiler_questions(self) -> AsyncGetInterestProfilerQuestions:
        """Short Form Questions (60-question desktop version) (Mi Próximo Paso)."""
        return AsyncGetInterestProfilerQuestions(self._client)

    @property
    def get_interest_profiler_questions_30(self) -> AsyncGetInterestProfilerQuestions30:
        """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso)."""
        return AsyncGetInterestProfilerQuestions30(self._client)

    @property
    def get_interest_profiler_results(self) -> AsyncGetInterestProfilerResults:
        """Results (Mi Próximo Paso)."""
        return AsyncGetInterestProfilerResults(self._client)

    @property
    def list_careers(self) -> AsyncListCareers:
        """See all careers (Mi Próximo Paso)."""
        return AsyncListCareers(self._client)

    @property
    def list_industries(self) -> AsyncListIndustries:
        """(Unverified path) Industry listing (Mi Próximo Paso)."""
        return AsyncListIndustries(self._client)

    @property
    def list_industry_careers_most(self) -> AsyncListIndustryCareersMost:
        """(Unverified path) Careers in industry (most people) (Mi Próximo Paso)."""
        return AsyncListIndustryCareersMost(self._client)

    @property
    def list_industry_careers_some(self) -> AsyncListIndustryCareersSome:
        """(Unverified path) Careers in industry (some people) (Mi Próximo Paso)."""
        return AsyncListIndustryCareersSome(self._client)

    @property
    def list_interest_profiler_interests(self) -> AsyncListInterestProfilerInterests:
        """RIASEC interests (Mi Próximo Paso)."""
        return AsyncListInterestProfilerInterests(self._client)

    @property
    def list_interest_profiler_job_zones(self) -> AsyncListInterestProfilerJobZones:
        """Job Zones (Mi Próximo Paso)."""
        return AsyncListInterestProfilerJobZones(self._client)

    @property
    def search_careers(self) -> AsyncSearchCareers:
        """Search careers with key words (Mi Próximo Paso)."""
        return AsyncSearchCareers(self._client)
