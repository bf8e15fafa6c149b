"""O*NET OnLine services: search, browse and occupation reports.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.apprenticeship_occupation_list import ApprenticeshipOccupationList
    from ..models.bright_outlook_category import BrightOutlookCategory
    from ..models.bright_outlook_occupation_list import BrightOutlookOccupationList
    from ..models.career_cluster import CareerCluster
    from ..models.career_cluster_occupation import CareerClusterOccupation
    from ..models.career_cluster_occupation_list import CareerClusterOccupationList
    from ..models.crosswalk_match import CrosswalkMatch
    from ..models.error import Error
    from ..models.job_duties_occupation_list import JobDutiesOccupationList
    from ..models.job_duties_occupation_search_results import JobDutiesOccupationSearchResults
    from ..models.job_duties_task import JobDutiesTask
    from ..models.job_family_list_item import JobFamilyListItem
    from ..models.keyword_search_occupation import KeywordSearchOccupation
    from ..models.keyword_search_results import KeywordSearchResults
    from ..models.military_crosswalk_results import MilitaryCrosswalkResults
    from ..models.occupation_item import OccupationItem
    from ..models.occupation_overview import OccupationOverview
    from ..models.onet_data_element import OnetDataElement
    from ..models.onet_data_occupation_list import OnetDataOccupationList
    from ..models.online_occupation_list import OnlineOccupationList
    from ..models.other_crosswalk_results import OtherCrosswalkResults
    from ..models.professional_association import ProfessionalAssociation
    from ..models.professional_associations_all_list import ProfessionalAssociationsAllList
    from ..models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation
    from ..models.professional_associations_occupation_search_results import (
        ProfessionalAssociationsOccupationSearchResults,
    )
    from ..models.related_activities_dwa import RelatedActivitiesDwa
    from ..models.related_activities_occupation import RelatedActivitiesOccupation
    from ..models.related_activities_occupation_list import RelatedActivitiesOccupationList
    from ..models.related_activities_occupation_search_results import RelatedActivitiesOccupationSearchResults
    from ..models.related_activities_results_sort import (
        RelatedActivitiesResultsSort,
        check_related_activities_results_sort,
    )
    from ..models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline
    from ..models.report_detailed_work_activity import ReportDetailedWorkActivity
    from ..models.report_details_abilities import ReportDetailsAbilities
    from ..models.report_details_apprenticeship import ReportDetailsApprenticeship
    from ..models.report_details_detailed_work_activities import ReportDetailsDetailedWorkActivities
    from ..models.report_details_education import ReportDetailsEducation
    from ..models.report_details_interests import ReportDetailsInterests
    from ..models.report_details_knowledge import ReportDetailsKnowledge
    from ..models.report_details_military_career_summaries import ReportDetailsMilitaryCareerSummaries
    from ..models.report_details_professional_associations import ReportDetailsProfessionalAssociations
    from ..models.report_details_related_occupations import ReportDetailsRelatedOccupations
    from ..models.report_details_skills import ReportDetailsSkills
    from ..models.report_details_tasks import ReportDetailsTasks
    from ..models.report_details_technology_skills import ReportDetailsTechnologySkills
    from ..models.report_details_tools_used import ReportDetailsToolsUsed
    from ..models.report_details_work_activities import ReportDetailsWorkActivities
    from ..models.report_details_work_context import ReportDetailsWorkContext
    from ..models.report_details_work_styles import ReportDetailsWorkStyles
    from ..models.report_details_work_values import ReportDetailsWorkValues
    from ..models.report_element_details import ReportElementDetails
    from ..models.report_element_summary import ReportElementSummary
    from ..models.report_hot_technology import ReportHotTechnology
    from ..models.report_in_demand_skills import ReportInDemandSkills
    from ..models.report_job_zone import ReportJobZone
    from ..models.report_military_career_summary import ReportMilitaryCareerSummary
    from ..models.report_professional_association import ReportProfessionalAssociation
    from ..models.report_related_occupation import ReportRelatedOccupation
    from ..models.report_summary_abilities import ReportSummaryAbilities
    from ..models.report_summary_apprenticeship import ReportSummaryApprenticeship
    from ..models.report_summary_detailed_work_activities import ReportSummaryDetailedWorkActivities
    from ..models.report_summary_education import ReportSummaryEducation
    from ..models.report_summary_interests import ReportSummaryInterests
    from ..models.report_summary_knowledge import ReportSummaryKnowledge
    from ..models.report_summary_military_career_summaries import ReportSummaryMilitaryCareerSummaries
    from ..models.report_summary_professional_associations import ReportSummaryProfessionalAssociations
    from ..models.report_summary_related_occupations import ReportSummaryRelatedOccupations
    from ..models.report_summary_skills import ReportSummarySkills
    from ..models.report_summary_tasks import ReportSummaryTasks
    from ..models.report_summary_technology_skills import ReportSummaryTechnologySkills
    from ..models.report_summary_work_activities import ReportSummaryWorkActivities
    from ..models.report_summary_work_context import ReportSummaryWorkContext
    from ..models.report_summary_work_styles import ReportSummaryWorkStyles
    from ..models.report_summary_work_values import ReportSummaryWorkValues
    from ..models.report_task_details import ReportTaskDetails
    from ..models.report_task_summary import ReportTaskSummary
    from ..models.report_work_context_details_element import ReportWorkContextDetailsElement
    from ..models.report_work_context_summary_element import ReportWorkContextSummaryElement
    from ..models.site_hot_technology_list import SiteHotTechnologyList
    from ..models.site_in_demand_list import SiteInDemandList
    from ..models.site_technology_item import SiteTechnologyItem
    from ..models.soft_skill import SoftSkill
    from ..models.soft_skills_occupation_list import SoftSkillsOccupationList
    from ..models.stem_all_occupation import StemAllOccupation
    from ..models.stem_all_occupation_list import StemAllOccupationList
    from ..models.stem_occupation_type import StemOccupationType
    from ..models.stem_occupations_sort import StemOccupationsSort, check_stem_occupations_sort
    from ..models.stem_type_occupation import StemTypeOccupation
    from ..models.stem_type_occupation_list import StemTypeOccupationList
    from ..models.stem_type_occupations_sort import StemTypeOccupationsSort, check_stem_type_occupations_sort
    from ..models.technology_category import TechnologyCategory
    from ..models.technology_example import TechnologyExample
    from ..models.technology_search_category import TechnologySearchCategory
    from ..models.technology_search_category_occupation_list import TechnologySearchCategoryOccupationList
    from ..models.technology_search_category_results import TechnologySearchCategoryResults
    from ..models.technology_search_example import TechnologySearchExample
    from ..models.technology_search_example_occupation import TechnologySearchExampleOccupation
    from ..models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList
    from ..models.technology_search_example_results import TechnologySearchExampleResults
    from ..models.tools_used_category import ToolsUsedCategory
    from ..types import UNSET, Unset


class GetCustomWorkActivitiesOutline(Operation):
    """Work Activities Outline.

    Warning: unverified path (confidence: guess).

    `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/custom/work_activities_outline"

    def __call__(self, code: str) -> ReportCustomWorkActivitiesOutline:
        """Work Activities Outline.

        Warning: unverified path (confidence: guess).

        `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

        Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
        no source shows the body, its query parameters or whether it is paged.

        Returns a custom report arranging the occupation's work activities as an outline that leads down to
        detailed work activities and the task statements filed under them. The schema is a placeholder built
        from a prose description.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportCustomWorkActivitiesOutline: the parsed success response

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
        from ..api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline
        from ..models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline

        response = _online_get_custom_work_activities_outline.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportCustomWorkActivitiesOutline)

    def raw(self, code: str) -> Response[Error | ReportCustomWorkActivitiesOutline | str]:
        """`GET /online/occupations/{code}/custom/work_activities_outline` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline

        return _online_get_custom_work_activities_outline.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetCustomWorkActivitiesOutline(AsyncOperation):
    """Work Activities Outline.

    Warning: unverified path (confidence: guess).

    `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/custom/work_activities_outline"

    async def __call__(self, code: str) -> ReportCustomWorkActivitiesOutline:
        """Work Activities Outline.

        Warning: unverified path (confidence: guess).

        `GET /online/occupations/{code}/custom/work_activities_outline` (confidence: guess).

        Unverified response shape and parameters: the path is named by the manual TOC and a v1.9 link, but
        no source shows the body, its query parameters or whether it is paged.

        Returns a custom report arranging the occupation's work activities as an outline that leads down to
        detailed work activities and the task statements filed under them. The schema is a placeholder built
        from a prose description.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportCustomWorkActivitiesOutline: the parsed success response

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
        from ..api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline
        from ..models.report_custom_work_activities_outline import ReportCustomWorkActivitiesOutline

        response = await _online_get_custom_work_activities_outline.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportCustomWorkActivitiesOutline)

    async def raw(self, code: str) -> Response[Error | ReportCustomWorkActivitiesOutline | str]:
        """`GET /online/occupations/{code}/custom/work_activities_outline` returning status, headers and body whatever the status."""
        from ..api.online import get_custom_work_activities_outline as _online_get_custom_work_activities_outline

        return await _online_get_custom_work_activities_outline.asyncio_detailed(client=self._raw_client(), code=code)


class GetDetailsAbilities(Operation):
    """Abilities (details report).

    `GET /online/occupations/{code}/details/abilities` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/abilities"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsAbilities:
        """Abilities (details report).

        `GET /online/occupations/{code}/details/abilities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_abilities__public_*): all 52 abilities of each rated
        occupation carried an integer importance (never null).

        Lists the occupation's abilities with id, name, description, related link and an importance rating
        on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsAbilities: the parsed success response

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
        from ..api.online import get_details_abilities as _online_get_details_abilities
        from ..models.report_details_abilities import ReportDetailsAbilities

        response = _online_get_details_abilities.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsAbilities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsAbilities | str]:
        """`GET /online/occupations/{code}/details/abilities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_abilities as _online_get_details_abilities

        return _online_get_details_abilities.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementDetails, ReportDetailsAbilities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_abilities as _online_get_details_abilities

        return Pager(_online_get_details_abilities, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsAbilities(AsyncOperation):
    """Abilities (details report).

    `GET /online/occupations/{code}/details/abilities` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/abilities"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsAbilities:
        """Abilities (details report).

        `GET /online/occupations/{code}/details/abilities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_abilities__public_*): all 52 abilities of each rated
        occupation carried an integer importance (never null).

        Lists the occupation's abilities with id, name, description, related link and an importance rating
        on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsAbilities: the parsed success response

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
        from ..api.online import get_details_abilities as _online_get_details_abilities
        from ..models.report_details_abilities import ReportDetailsAbilities

        response = await _online_get_details_abilities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsAbilities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsAbilities | str]:
        """`GET /online/occupations/{code}/details/abilities` returning status, headers and body whatever the status."""
        from ..api.online import get_details_abilities as _online_get_details_abilities

        return await _online_get_details_abilities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementDetails, ReportDetailsAbilities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_abilities as _online_get_details_abilities

        return AsyncPager(_online_get_details_abilities, self._client, page_size, max_items, {"code": code})


class GetDetailsApprenticeship(Operation):
    """Apprenticeship (details report).

    `GET /online/occupations/{code}/details/apprenticeship` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/apprenticeship"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsApprenticeship:
        """Apprenticeship (details report).

        `GET /online/occupations/{code}/details/apprenticeship` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_apprenticeship__public_*): one or two plain title
        strings where the occupation has apprenticeships (3 of 5); the others do not link the section.

        Lists registered apprenticeship job titles linked to the occupation as plain strings.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsApprenticeship: the parsed success response

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
        from ..api.online import get_details_apprenticeship as _online_get_details_apprenticeship
        from ..models.report_details_apprenticeship import ReportDetailsApprenticeship

        response = _online_get_details_apprenticeship.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsApprenticeship)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsApprenticeship | str]:
        """`GET /online/occupations/{code}/details/apprenticeship` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_apprenticeship as _online_get_details_apprenticeship

        return _online_get_details_apprenticeship.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[str, ReportDetailsApprenticeship]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_apprenticeship as _online_get_details_apprenticeship

        return Pager(_online_get_details_apprenticeship, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsApprenticeship(AsyncOperation):
    """Apprenticeship (details report).

    `GET /online/occupations/{code}/details/apprenticeship` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/apprenticeship"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsApprenticeship:
        """Apprenticeship (details report).

        `GET /online/occupations/{code}/details/apprenticeship` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_apprenticeship__public_*): one or two plain title
        strings where the occupation has apprenticeships (3 of 5); the others do not link the section.

        Lists registered apprenticeship job titles linked to the occupation as plain strings.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsApprenticeship: the parsed success response

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
        from ..api.online import get_details_apprenticeship as _online_get_details_apprenticeship
        from ..models.report_details_apprenticeship import ReportDetailsApprenticeship

        response = await _online_get_details_apprenticeship.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsApprenticeship)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsApprenticeship | str]:
        """`GET /online/occupations/{code}/details/apprenticeship` returning status, headers and body whatever the status."""
        from ..api.online import get_details_apprenticeship as _online_get_details_apprenticeship

        return await _online_get_details_apprenticeship.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[str, ReportDetailsApprenticeship]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_apprenticeship as _online_get_details_apprenticeship

        return AsyncPager(_online_get_details_apprenticeship, self._client, page_size, max_items, {"code": code})


class GetDetailsDetailedWorkActivities(Operation):
    """Detailed Work Activities (details report).

    `GET /online/occupations/{code}/details/detailed_work_activities` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/detailed_work_activities"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsDetailedWorkActivities:
        """Detailed Work Activities (details report).

        `GET /online/occupations/{code}/details/detailed_work_activities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_detailed_work_activities__public_*): items carried
        id, title and related only, with no rating (18 to 25 per occupation).

        Lists all detailed work activities (DWAs) linked to the occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsDetailedWorkActivities: the parsed success response

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
        from ..api.online import get_details_detailed_work_activities as _online_get_details_detailed_work_activities
        from ..models.report_details_detailed_work_activities import ReportDetailsDetailedWorkActivities

        response = _online_get_details_detailed_work_activities.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsDetailedWorkActivities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsDetailedWorkActivities | str]:
        """`GET /online/occupations/{code}/details/detailed_work_activities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_detailed_work_activities as _online_get_details_detailed_work_activities

        return _online_get_details_detailed_work_activities.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportDetailedWorkActivity, ReportDetailsDetailedWorkActivities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_detailed_work_activities as _online_get_details_detailed_work_activities

        return Pager(_online_get_details_detailed_work_activities, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsDetailedWorkActivities(AsyncOperation):
    """Detailed Work Activities (details report).

    `GET /online/occupations/{code}/details/detailed_work_activities` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/detailed_work_activities"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsDetailedWorkActivities:
        """Detailed Work Activities (details report).

        `GET /online/occupations/{code}/details/detailed_work_activities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_detailed_work_activities__public_*): items carried
        id, title and related only, with no rating (18 to 25 per occupation).

        Lists all detailed work activities (DWAs) linked to the occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsDetailedWorkActivities: the parsed success response

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
        from ..api.online import get_details_detailed_work_activities as _online_get_details_detailed_work_activities
        from ..models.report_details_detailed_work_activities import ReportDetailsDetailedWorkActivities

        response = await _online_get_details_detailed_work_activities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsDetailedWorkActivities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsDetailedWorkActivities | str]:
        """`GET /online/occupations/{code}/details/detailed_work_activities` returning status, headers and body whatever the status."""
        from ..api.online import get_details_detailed_work_activities as _online_get_details_detailed_work_activities

        return await _online_get_details_detailed_work_activities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportDetailedWorkActivity, ReportDetailsDetailedWorkActivities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_detailed_work_activities as _online_get_details_detailed_work_activities

        return AsyncPager(
            _online_get_details_detailed_work_activities, self._client, page_size, max_items, {"code": code}
        )


class GetDetailsEducation(Operation):
    """Education (details report).

    `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/education"

    def __call__(self, code: str) -> ReportDetailsEducation:
        """Education (details report).

        `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_education__public_*): three levels per occupation,
        each with code, title and percentage_of_respondents; description was present on some levels only.

        Returns every education level with the share of respondents reporting it. The captured body has no
        start/end/total, so it is not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportDetailsEducation: the parsed success response

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
        from ..api.online import get_details_education as _online_get_details_education
        from ..models.report_details_education import ReportDetailsEducation

        response = _online_get_details_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportDetailsEducation)

    def raw(self, code: str) -> Response[Error | ReportDetailsEducation | str]:
        """`GET /online/occupations/{code}/details/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_education as _online_get_details_education

        return _online_get_details_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetDetailsEducation(AsyncOperation):
    """Education (details report).

    `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/education"

    async def __call__(self, code: str) -> ReportDetailsEducation:
        """Education (details report).

        `GET /online/occupations/{code}/details/education` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_education__public_*): three levels per occupation,
        each with code, title and percentage_of_respondents; description was present on some levels only.

        Returns every education level with the share of respondents reporting it. The captured body has no
        start/end/total, so it is not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportDetailsEducation: the parsed success response

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
        from ..api.online import get_details_education as _online_get_details_education
        from ..models.report_details_education import ReportDetailsEducation

        response = await _online_get_details_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportDetailsEducation)

    async def raw(self, code: str) -> Response[Error | ReportDetailsEducation | str]:
        """`GET /online/occupations/{code}/details/education` returning status, headers and body whatever the status."""
        from ..api.online import get_details_education as _online_get_details_education

        return await _online_get_details_education.asyncio_detailed(client=self._raw_client(), code=code)


class GetDetailsInterests(Operation):
    """Interests (details report).

    `GET /online/occupations/{code}/details/interests` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/interests"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsInterests:
        """Interests (details report).

        `GET /online/occupations/{code}/details/interests` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_interests__public_*): all six interest areas with
        occupational_interest, for every occupation (41-3091.00 included). The source kept only the item
        list, so whether the body has a page envelope or interest_code stays open.

        Returns all six RIASEC interest areas with the occupation's interest rating (0-100) for each.
        start/end are accepted here because clients send them; their effect is unknown.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsInterests: the parsed success response

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
        from ..api.online import get_details_interests as _online_get_details_interests
        from ..models.report_details_interests import ReportDetailsInterests

        response = _online_get_details_interests.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsInterests)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsInterests | str]:
        """`GET /online/occupations/{code}/details/interests` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_interests as _online_get_details_interests

        return _online_get_details_interests.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)


class AsyncGetDetailsInterests(AsyncOperation):
    """Interests (details report).

    `GET /online/occupations/{code}/details/interests` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/interests"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsInterests:
        """Interests (details report).

        `GET /online/occupations/{code}/details/interests` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_interests__public_*): all six interest areas with
        occupational_interest, for every occupation (41-3091.00 included). The source kept only the item
        list, so whether the body has a page envelope or interest_code stays open.

        Returns all six RIASEC interest areas with the occupation's interest rating (0-100) for each.
        start/end are accepted here because clients send them; their effect is unknown.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsInterests: the parsed success response

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
        from ..api.online import get_details_interests as _online_get_details_interests
        from ..models.report_details_interests import ReportDetailsInterests

        response = await _online_get_details_interests.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsInterests)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsInterests | str]:
        """`GET /online/occupations/{code}/details/interests` returning status, headers and body whatever the status."""
        from ..api.online import get_details_interests as _online_get_details_interests

        return await _online_get_details_interests.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )


class GetDetailsJobZone(Operation):
    """Job Zone (details report).

    `GET /online/occupations/{code}/details/job_zone` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/job_zone"

    def __call__(self, code: str) -> ReportJobZone:
        """Job Zone (details report).

        `GET /online/occupations/{code}/details/job_zone` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_job_zone__public_*): the whole body as sent, for
        five occupations; 41-3091.00 answered zone code 2 titled "Job Zone 1-2: Very Little to Some
        Preparation Needed", so the title does not always name a single zone.

        Returns the occupation's Job Zone with zone number, title, typical education, related experience,
        on-the-job training, example occupations and SVP range. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportJobZone: the parsed success response

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
        from ..api.online import get_details_job_zone as _online_get_details_job_zone
        from ..models.report_job_zone import ReportJobZone

        response = _online_get_details_job_zone.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportJobZone)

    def raw(self, code: str) -> Response[Error | ReportJobZone | str]:
        """`GET /online/occupations/{code}/details/job_zone` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_job_zone as _online_get_details_job_zone

        return _online_get_details_job_zone.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetDetailsJobZone(AsyncOperation):
    """Job Zone (details report).

    `GET /online/occupations/{code}/details/job_zone` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/job_zone"

    async def __call__(self, code: str) -> ReportJobZone:
        """Job Zone (details report).

        `GET /online/occupations/{code}/details/job_zone` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_job_zone__public_*): the whole body as sent, for
        five occupations; 41-3091.00 answered zone code 2 titled "Job Zone 1-2: Very Little to Some
        Preparation Needed", so the title does not always name a single zone.

        Returns the occupation's Job Zone with zone number, title, typical education, related experience,
        on-the-job training, example occupations and SVP range. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportJobZone: the parsed success response

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
        from ..api.online import get_details_job_zone as _online_get_details_job_zone
        from ..models.report_job_zone import ReportJobZone

        response = await _online_get_details_job_zone.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportJobZone)

    async def raw(self, code: str) -> Response[Error | ReportJobZone | str]:
        """`GET /online/occupations/{code}/details/job_zone` returning status, headers and body whatever the status."""
        from ..api.online import get_details_job_zone as _online_get_details_job_zone

        return await _online_get_details_job_zone.asyncio_detailed(client=self._raw_client(), code=code)


class GetDetailsKnowledge(Operation):
    """Knowledge (details report).

    `GET /online/occupations/{code}/details/knowledge` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/knowledge"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsKnowledge:
        """Knowledge (details report).

        `GET /online/occupations/{code}/details/knowledge` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_knowledge__public_*): all 33 knowledge areas of each
        rated occupation carried an integer importance (never null).

        Lists the occupation's knowledge areas with id, name, description, related link and an importance
        rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsKnowledge: the parsed success response

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
        from ..api.online import get_details_knowledge as _online_get_details_knowledge
        from ..models.report_details_knowledge import ReportDetailsKnowledge

        response = _online_get_details_knowledge.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsKnowledge)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsKnowledge | str]:
        """`GET /online/occupations/{code}/details/knowledge` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_knowledge as _online_get_details_knowledge

        return _online_get_details_knowledge.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementDetails, ReportDetailsKnowledge]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_knowledge as _online_get_details_knowledge

        return Pager(_online_get_details_knowledge, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsKnowledge(AsyncOperation):
    """Knowledge (details report).

    `GET /online/occupations/{code}/details/knowledge` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/knowledge"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsKnowledge:
        """Knowledge (details report).

        `GET /online/occupations/{code}/details/knowledge` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_knowledge__public_*): all 33 knowledge areas of each
        rated occupation carried an integer importance (never null).

        Lists the occupation's knowledge areas with id, name, description, related link and an importance
        rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsKnowledge: the parsed success response

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
        from ..api.online import get_details_knowledge as _online_get_details_knowledge
        from ..models.report_details_knowledge import ReportDetailsKnowledge

        response = await _online_get_details_knowledge.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsKnowledge)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsKnowledge | str]:
        """`GET /online/occupations/{code}/details/knowledge` returning status, headers and body whatever the status."""
        from ..api.online import get_details_knowledge as _online_get_details_knowledge

        return await _online_get_details_knowledge.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementDetails, ReportDetailsKnowledge]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_knowledge as _online_get_details_knowledge

        return AsyncPager(_online_get_details_knowledge, self._client, page_size, max_items, {"code": code})


class GetDetailsMilitaryCareerSummaries(Operation):
    """Military Career Summaries (details report).

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career_summary`, `career_summary[*].url`, `career_summary[*].title`.

    `GET /online/occupations/{code}/details/military_career_summaries` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/military_career_summaries"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsMilitaryCareerSummaries:
        """Military Career Summaries (details report).

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career_summary`, `career_summary[*].url`, `career_summary[*].title`.

        `GET /online/occupations/{code}/details/military_career_summaries` (confidence: guess).

        Unverified response shape: the path is listed by the manual TOC and one client, but the item shape
        is copied from the summary typing and paging is assumed.

        Lists external military career summary pages linked to the occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsMilitaryCareerSummaries: the parsed success response

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
        from ..api.online import get_details_military_career_summaries as _online_get_details_military_career_summaries
        from ..models.report_details_military_career_summaries import ReportDetailsMilitaryCareerSummaries

        response = _online_get_details_military_career_summaries.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsMilitaryCareerSummaries)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsMilitaryCareerSummaries | str]:
        """`GET /online/occupations/{code}/details/military_career_summaries` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_military_career_summaries as _online_get_details_military_career_summaries

        return _online_get_details_military_career_summaries.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportMilitaryCareerSummary, ReportDetailsMilitaryCareerSummaries]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_military_career_summaries as _online_get_details_military_career_summaries

        return Pager(_online_get_details_military_career_summaries, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsMilitaryCareerSummaries(AsyncOperation):
    """Military Career Summaries (details report).

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `career_summary`, `career_summary[*].url`, `career_summary[*].title`.

    `GET /online/occupations/{code}/details/military_career_summaries` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/military_career_summaries"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsMilitaryCareerSummaries:
        """Military Career Summaries (details report).

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `career_summary`, `career_summary[*].url`, `career_summary[*].title`.

        `GET /online/occupations/{code}/details/military_career_summaries` (confidence: guess).

        Unverified response shape: the path is listed by the manual TOC and one client, but the item shape
        is copied from the summary typing and paging is assumed.

        Lists external military career summary pages linked to the occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsMilitaryCareerSummaries: the parsed success response

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
        from ..api.online import get_details_military_career_summaries as _online_get_details_military_career_summaries
        from ..models.report_details_military_career_summaries import ReportDetailsMilitaryCareerSummaries

        response = await _online_get_details_military_career_summaries.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsMilitaryCareerSummaries)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsMilitaryCareerSummaries | str]:
        """`GET /online/occupations/{code}/details/military_career_summaries` returning status, headers and body whatever the status."""
        from ..api.online import get_details_military_career_summaries as _online_get_details_military_career_summaries

        return await _online_get_details_military_career_summaries.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportMilitaryCareerSummary, ReportDetailsMilitaryCareerSummaries]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_military_career_summaries as _online_get_details_military_career_summaries

        return AsyncPager(
            _online_get_details_military_career_summaries, self._client, page_size, max_items, {"code": code}
        )


class GetDetailsProfessionalAssociations(Operation):
    """Professional Associations (details report).

    `GET /online/occupations/{code}/details/professional_associations` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/professional_associations"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsProfessionalAssociations:
        """Professional Associations (details report).

        `GET /online/occupations/{code}/details/professional_associations` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_professional_associations__public_*): items had url,
        name and a category (national, regional or other); ally appeared once, as true (15-2031.00), and was
        absent elsewhere.

        Lists professional associations connected with the occupation (v1.9 additional_information).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsProfessionalAssociations: the parsed success response

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
        from ..api.online import get_details_professional_associations as _online_get_details_professional_associations
        from ..models.report_details_professional_associations import ReportDetailsProfessionalAssociations

        response = _online_get_details_professional_associations.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsProfessionalAssociations)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsProfessionalAssociations | str]:
        """`GET /online/occupations/{code}/details/professional_associations` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_professional_associations as _online_get_details_professional_associations

        return _online_get_details_professional_associations.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportProfessionalAssociation, ReportDetailsProfessionalAssociations]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_professional_associations as _online_get_details_professional_associations

        return Pager(_online_get_details_professional_associations, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsProfessionalAssociations(AsyncOperation):
    """Professional Associations (details report).

    `GET /online/occupations/{code}/details/professional_associations` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/professional_associations"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsProfessionalAssociations:
        """Professional Associations (details report).

        `GET /online/occupations/{code}/details/professional_associations` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_professional_associations__public_*): items had url,
        name and a category (national, regional or other); ally appeared once, as true (15-2031.00), and was
        absent elsewhere.

        Lists professional associations connected with the occupation (v1.9 additional_information).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsProfessionalAssociations: the parsed success response

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
        from ..api.online import get_details_professional_associations as _online_get_details_professional_associations
        from ..models.report_details_professional_associations import ReportDetailsProfessionalAssociations

        response = await _online_get_details_professional_associations.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsProfessionalAssociations)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsProfessionalAssociations | str]:
        """`GET /online/occupations/{code}/details/professional_associations` returning status, headers and body whatever the status."""
        from ..api.online import get_details_professional_associations as _online_get_details_professional_associations

        return await _online_get_details_professional_associations.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportProfessionalAssociation, ReportDetailsProfessionalAssociations]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_professional_associations as _online_get_details_professional_associations

        return AsyncPager(
            _online_get_details_professional_associations, self._client, page_size, max_items, {"code": code}
        )


class GetDetailsRelatedOccupations(Operation):
    """Related Occupations (details report).

    `GET /online/occupations/{code}/details/related_occupations` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/related_occupations"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsRelatedOccupations:
        """Related Occupations (details report).

        `GET /online/occupations/{code}/details/related_occupations` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_related_occupations__public_*): 20 per occupation,
        each with href, code, title and tags (empty or bright_outlook true); supplemental appeared as true
        on 10 of the 20 and was absent, never false, on the others.

        Lists occupations related to this one (a real-data audit saw 20 per occupation), flagging
        supplemental relations.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsRelatedOccupations: the parsed success response

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
        from ..api.online import get_details_related_occupations as _online_get_details_related_occupations
        from ..models.report_details_related_occupations import ReportDetailsRelatedOccupations

        response = _online_get_details_related_occupations.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsRelatedOccupations)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsRelatedOccupations | str]:
        """`GET /online/occupations/{code}/details/related_occupations` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_related_occupations as _online_get_details_related_occupations

        return _online_get_details_related_occupations.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportRelatedOccupation, ReportDetailsRelatedOccupations]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_related_occupations as _online_get_details_related_occupations

        return Pager(_online_get_details_related_occupations, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsRelatedOccupations(AsyncOperation):
    """Related Occupations (details report).

    `GET /online/occupations/{code}/details/related_occupations` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/related_occupations"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsRelatedOccupations:
        """Related Occupations (details report).

        `GET /online/occupations/{code}/details/related_occupations` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_related_occupations__public_*): 20 per occupation,
        each with href, code, title and tags (empty or bright_outlook true); supplemental appeared as true
        on 10 of the 20 and was absent, never false, on the others.

        Lists occupations related to this one (a real-data audit saw 20 per occupation), flagging
        supplemental relations.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsRelatedOccupations: the parsed success response

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
        from ..api.online import get_details_related_occupations as _online_get_details_related_occupations
        from ..models.report_details_related_occupations import ReportDetailsRelatedOccupations

        response = await _online_get_details_related_occupations.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsRelatedOccupations)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsRelatedOccupations | str]:
        """`GET /online/occupations/{code}/details/related_occupations` returning status, headers and body whatever the status."""
        from ..api.online import get_details_related_occupations as _online_get_details_related_occupations

        return await _online_get_details_related_occupations.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportRelatedOccupation, ReportDetailsRelatedOccupations]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_related_occupations as _online_get_details_related_occupations

        return AsyncPager(_online_get_details_related_occupations, self._client, page_size, max_items, {"code": code})


class GetDetailsSkills(Operation):
    """Skills (details report).

    `GET /online/occupations/{code}/details/skills` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsSkills:
        """Skills (details report).

        `GET /online/occupations/{code}/details/skills` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_skills__public_*): all 35 skills of each rated
        occupation carried an integer importance (never null); 41-3091.00 has no skills section.

        Lists the occupation's skills with id, name, description, related link and an importance rating on a
        0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsSkills: the parsed success response

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
        from ..api.online import get_details_skills as _online_get_details_skills
        from ..models.report_details_skills import ReportDetailsSkills

        response = _online_get_details_skills.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsSkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsSkills | str]:
        """`GET /online/occupations/{code}/details/skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_skills as _online_get_details_skills

        return _online_get_details_skills.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementDetails, ReportDetailsSkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_skills as _online_get_details_skills

        return Pager(_online_get_details_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsSkills(AsyncOperation):
    """Skills (details report).

    `GET /online/occupations/{code}/details/skills` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/skills"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsSkills:
        """Skills (details report).

        `GET /online/occupations/{code}/details/skills` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_skills__public_*): all 35 skills of each rated
        occupation carried an integer importance (never null); 41-3091.00 has no skills section.

        Lists the occupation's skills with id, name, description, related link and an importance rating on a
        0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsSkills: the parsed success response

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
        from ..api.online import get_details_skills as _online_get_details_skills
        from ..models.report_details_skills import ReportDetailsSkills

        response = await _online_get_details_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsSkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsSkills | str]:
        """`GET /online/occupations/{code}/details/skills` returning status, headers and body whatever the status."""
        from ..api.online import get_details_skills as _online_get_details_skills

        return await _online_get_details_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementDetails, ReportDetailsSkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_skills as _online_get_details_skills

        return AsyncPager(_online_get_details_skills, self._client, page_size, max_items, {"code": code})


class GetDetailsTasks(Operation):
    """Tasks (details report).

    `GET /online/occupations/{code}/details/tasks` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/tasks"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsTasks:
        """Tasks (details report).

        `GET /online/occupations/{code}/details/tasks` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_tasks__public_*): Core and Supplemental tasks
        carried importance; every New task came without it (13 of 30 tasks of 13-2072.00, all 15 of
        41-3091.00), so importance is optional.

        Lists the occupation's task statements with category (Core, Supplemental or New) and, for rated
        tasks, an importance value on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsTasks: the parsed success response

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
        from ..api.online import get_details_tasks as _online_get_details_tasks
        from ..models.report_details_tasks import ReportDetailsTasks

        response = _online_get_details_tasks.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsTasks)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsTasks | str]:
        """`GET /online/occupations/{code}/details/tasks` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_tasks as _online_get_details_tasks

        return _online_get_details_tasks.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportTaskDetails, ReportDetailsTasks]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_tasks as _online_get_details_tasks

        return Pager(_online_get_details_tasks, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsTasks(AsyncOperation):
    """Tasks (details report).

    `GET /online/occupations/{code}/details/tasks` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/tasks"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsTasks:
        """Tasks (details report).

        `GET /online/occupations/{code}/details/tasks` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_tasks__public_*): Core and Supplemental tasks
        carried importance; every New task came without it (13 of 30 tasks of 13-2072.00, all 15 of
        41-3091.00), so importance is optional.

        Lists the occupation's task statements with category (Core, Supplemental or New) and, for rated
        tasks, an importance value on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsTasks: the parsed success response

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
        from ..api.online import get_details_tasks as _online_get_details_tasks
        from ..models.report_details_tasks import ReportDetailsTasks

        response = await _online_get_details_tasks.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsTasks)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsTasks | str]:
        """`GET /online/occupations/{code}/details/tasks` returning status, headers and body whatever the status."""
        from ..api.online import get_details_tasks as _online_get_details_tasks

        return await _online_get_details_tasks.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportTaskDetails, ReportDetailsTasks]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_tasks as _online_get_details_tasks

        return AsyncPager(_online_get_details_tasks, self._client, page_size, max_items, {"code": code})


class GetDetailsTechnologySkills(Operation):
    """Technology Skills (details report).

    `GET /online/occupations/{code}/details/technology_skills` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/technology_skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsTechnologySkills:
        """Technology Skills (details report).

        `GET /online/occupations/{code}/details/technology_skills` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_technology_skills__public_*): code is an integer
        UNSPSC commodity; every example had title and href, hot_technology only when true, in_demand and
        percentage on a few; example_more appeared on some categories only (none for 41-3091.00). The source
        kept only the category list, so the hot_technology / in_demand_skills pointers are unconfirmed.

        Lists every technology-skill category (UNSPSC commodity) for the occupation with its examples, plus
        a pointer to the Hot Technology list. Pages run over categories.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsTechnologySkills: the parsed success response

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
        from ..api.online import get_details_technology_skills as _online_get_details_technology_skills
        from ..models.report_details_technology_skills import ReportDetailsTechnologySkills

        response = _online_get_details_technology_skills.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsTechnologySkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsTechnologySkills | str]:
        """`GET /online/occupations/{code}/details/technology_skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_technology_skills as _online_get_details_technology_skills

        return _online_get_details_technology_skills.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologyCategory, ReportDetailsTechnologySkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_technology_skills as _online_get_details_technology_skills

        return Pager(_online_get_details_technology_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsTechnologySkills(AsyncOperation):
    """Technology Skills (details report).

    `GET /online/occupations/{code}/details/technology_skills` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/technology_skills"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsTechnologySkills:
        """Technology Skills (details report).

        `GET /online/occupations/{code}/details/technology_skills` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_technology_skills__public_*): code is an integer
        UNSPSC commodity; every example had title and href, hot_technology only when true, in_demand and
        percentage on a few; example_more appeared on some categories only (none for 41-3091.00). The source
        kept only the category list, so the hot_technology / in_demand_skills pointers are unconfirmed.

        Lists every technology-skill category (UNSPSC commodity) for the occupation with its examples, plus
        a pointer to the Hot Technology list. Pages run over categories.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsTechnologySkills: the parsed success response

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
        from ..api.online import get_details_technology_skills as _online_get_details_technology_skills
        from ..models.report_details_technology_skills import ReportDetailsTechnologySkills

        response = await _online_get_details_technology_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsTechnologySkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsTechnologySkills | str]:
        """`GET /online/occupations/{code}/details/technology_skills` returning status, headers and body whatever the status."""
        from ..api.online import get_details_technology_skills as _online_get_details_technology_skills

        return await _online_get_details_technology_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologyCategory, ReportDetailsTechnologySkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_technology_skills as _online_get_details_technology_skills

        return AsyncPager(_online_get_details_technology_skills, self._client, page_size, max_items, {"code": code})


class GetDetailsToolsUsed(Operation):
    """Tools Used.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `category`, `category[*].code`, `category[*].title`, `category[*].example`.

    `GET /online/occupations/{code}/details/tools_used` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/tools_used"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsToolsUsed:
        """Tools Used.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `category`, `category[*].code`, `category[*].title`, `category[*].example`.

        `GET /online/occupations/{code}/details/tools_used` (confidence: inferred-from-v1.9).

        No typed v2 shape was found, so the category shape is inferred from v1.9 and one v2 fetcher, and
        whether examples are strings or objects is unsettled; paging is probable but unconfirmed.

        Lists the tool categories (UNSPSC commodities) for the occupation with example machines, equipment
        and instruments. This section exists only in the details report.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsToolsUsed: the parsed success response

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
        from ..api.online import get_details_tools_used as _online_get_details_tools_used
        from ..models.report_details_tools_used import ReportDetailsToolsUsed

        response = _online_get_details_tools_used.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsToolsUsed)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsToolsUsed | str]:
        """`GET /online/occupations/{code}/details/tools_used` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_tools_used as _online_get_details_tools_used

        return _online_get_details_tools_used.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ToolsUsedCategory, ReportDetailsToolsUsed]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_tools_used as _online_get_details_tools_used

        return Pager(_online_get_details_tools_used, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsToolsUsed(AsyncOperation):
    """Tools Used.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `category`, `category[*].code`, `category[*].title`, `category[*].example`.

    `GET /online/occupations/{code}/details/tools_used` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/tools_used"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsToolsUsed:
        """Tools Used.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `category`, `category[*].code`, `category[*].title`, `category[*].example`.

        `GET /online/occupations/{code}/details/tools_used` (confidence: inferred-from-v1.9).

        No typed v2 shape was found, so the category shape is inferred from v1.9 and one v2 fetcher, and
        whether examples are strings or objects is unsettled; paging is probable but unconfirmed.

        Lists the tool categories (UNSPSC commodities) for the occupation with example machines, equipment
        and instruments. This section exists only in the details report.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsToolsUsed: the parsed success response

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
        from ..api.online import get_details_tools_used as _online_get_details_tools_used
        from ..models.report_details_tools_used import ReportDetailsToolsUsed

        response = await _online_get_details_tools_used.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsToolsUsed)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsToolsUsed | str]:
        """`GET /online/occupations/{code}/details/tools_used` returning status, headers and body whatever the status."""
        from ..api.online import get_details_tools_used as _online_get_details_tools_used

        return await _online_get_details_tools_used.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ToolsUsedCategory, ReportDetailsToolsUsed]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_tools_used as _online_get_details_tools_used

        return AsyncPager(_online_get_details_tools_used, self._client, page_size, max_items, {"code": code})


class GetDetailsWorkActivities(Operation):
    """Work Activities (details report).

    `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_activities"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkActivities:
        """Work Activities (details report).

        `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_activities__public_*): all 41 work activities
        of each rated occupation carried an integer importance (never null); 41-3091.00 has no work-activity
        section.

        Lists the occupation's generalized work activities with id, name, description, related link and an
        importance rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkActivities: the parsed success response

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
        from ..api.online import get_details_work_activities as _online_get_details_work_activities
        from ..models.report_details_work_activities import ReportDetailsWorkActivities

        response = _online_get_details_work_activities.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkActivities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkActivities | str]:
        """`GET /online/occupations/{code}/details/work_activities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_work_activities as _online_get_details_work_activities

        return _online_get_details_work_activities.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementDetails, ReportDetailsWorkActivities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_work_activities as _online_get_details_work_activities

        return Pager(_online_get_details_work_activities, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsWorkActivities(AsyncOperation):
    """Work Activities (details report).

    `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_activities"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsWorkActivities:
        """Work Activities (details report).

        `GET /online/occupations/{code}/details/work_activities` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_activities__public_*): all 41 work activities
        of each rated occupation carried an integer importance (never null); 41-3091.00 has no work-activity
        section.

        Lists the occupation's generalized work activities with id, name, description, related link and an
        importance rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkActivities: the parsed success response

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
        from ..api.online import get_details_work_activities as _online_get_details_work_activities
        from ..models.report_details_work_activities import ReportDetailsWorkActivities

        response = await _online_get_details_work_activities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkActivities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkActivities | str]:
        """`GET /online/occupations/{code}/details/work_activities` returning status, headers and body whatever the status."""
        from ..api.online import get_details_work_activities as _online_get_details_work_activities

        return await _online_get_details_work_activities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementDetails, ReportDetailsWorkActivities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_work_activities as _online_get_details_work_activities

        return AsyncPager(_online_get_details_work_activities, self._client, page_size, max_items, {"code": code})


class GetDetailsWorkContext(Operation):
    """Work Context (details report).

    `GET /online/occupations/{code}/details/work_context` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_context"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkContext:
        """Work Context (details report).

        `GET /online/occupations/{code}/details/work_context` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_context__public_*): all 57 items of each rated
        occupation had context and a response list, which can be empty (one item of 11-3031.00); no category
        member was seen.

        Lists the occupation's work context questions with an overall context rating (0-100) and the
        distribution of respondents' answers.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkContext: the parsed success response

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
        from ..api.online import get_details_work_context as _online_get_details_work_context
        from ..models.report_details_work_context import ReportDetailsWorkContext

        response = _online_get_details_work_context.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsWorkContext)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkContext | str]:
        """`GET /online/occupations/{code}/details/work_context` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_work_context as _online_get_details_work_context

        return _online_get_details_work_context.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportWorkContextDetailsElement, ReportDetailsWorkContext]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_work_context as _online_get_details_work_context

        return Pager(_online_get_details_work_context, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsWorkContext(AsyncOperation):
    """Work Context (details report).

    `GET /online/occupations/{code}/details/work_context` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_context"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportDetailsWorkContext:
        """Work Context (details report).

        `GET /online/occupations/{code}/details/work_context` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_context__public_*): all 57 items of each rated
        occupation had context and a response list, which can be empty (one item of 11-3031.00); no category
        member was seen.

        Lists the occupation's work context questions with an overall context rating (0-100) and the
        distribution of respondents' answers.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkContext: the parsed success response

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
        from ..api.online import get_details_work_context as _online_get_details_work_context
        from ..models.report_details_work_context import ReportDetailsWorkContext

        response = await _online_get_details_work_context.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkContext)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkContext | str]:
        """`GET /online/occupations/{code}/details/work_context` returning status, headers and body whatever the status."""
        from ..api.online import get_details_work_context as _online_get_details_work_context

        return await _online_get_details_work_context.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportWorkContextDetailsElement, ReportDetailsWorkContext]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_work_context as _online_get_details_work_context

        return AsyncPager(_online_get_details_work_context, self._client, page_size, max_items, {"code": code})


class GetDetailsWorkStyles(Operation):
    """Work Styles (details report).

    `GET /online/occupations/{code}/details/work_styles` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_styles"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkStyles:
        """Work Styles (details report).

        `GET /online/occupations/{code}/details/work_styles` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_styles__public_*): every item carried an
        integer importance; 21 items for four occupations and 19 for 41-3091.00.

        Lists the occupation's work styles (revised taxonomy, element ids under 1.D) with id, name,
        description, related link and an importance rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkStyles: the parsed success response

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
        from ..api.online import get_details_work_styles as _online_get_details_work_styles
        from ..models.report_details_work_styles import ReportDetailsWorkStyles

        response = _online_get_details_work_styles.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsWorkStyles)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkStyles | str]:
        """`GET /online/occupations/{code}/details/work_styles` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_work_styles as _online_get_details_work_styles

        return _online_get_details_work_styles.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementDetails, ReportDetailsWorkStyles]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_details_work_styles as _online_get_details_work_styles

        return Pager(_online_get_details_work_styles, self._client, page_size, max_items, {"code": code})


class AsyncGetDetailsWorkStyles(AsyncOperation):
    """Work Styles (details report).

    `GET /online/occupations/{code}/details/work_styles` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_styles"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkStyles:
        """Work Styles (details report).

        `GET /online/occupations/{code}/details/work_styles` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_details_work_styles__public_*): every item carried an
        integer importance; 21 items for four occupations and 19 for 41-3091.00.

        Lists the occupation's work styles (revised taxonomy, element ids under 1.D) with id, name,
        description, related link and an importance rating on a 0-100 scale.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkStyles: the parsed success response

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
        from ..api.online import get_details_work_styles as _online_get_details_work_styles
        from ..models.report_details_work_styles import ReportDetailsWorkStyles

        response = await _online_get_details_work_styles.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkStyles)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkStyles | str]:
        """`GET /online/occupations/{code}/details/work_styles` returning status, headers and body whatever the status."""
        from ..api.online import get_details_work_styles as _online_get_details_work_styles

        return await _online_get_details_work_styles.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementDetails, ReportDetailsWorkStyles]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_details_work_styles as _online_get_details_work_styles

        return AsyncPager(_online_get_details_work_styles, self._client, page_size, max_items, {"code": code})


class GetDetailsWorkValues(Operation):
    """Work Values (details report).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

    `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_values"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkValues:
        """Work Values (details report).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
        `element[*].description`.

        `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

        The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
        shape is carried over from v1.9 and the v2 name of its rating field is unknown.

        Would list the occupation's work values with an extent rating. Marked deprecated here: expect 404
        and do not rely on it.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkValues: the parsed success response

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
        from ..api.online import get_details_work_values as _online_get_details_work_values
        from ..models.report_details_work_values import ReportDetailsWorkValues

        response = _online_get_details_work_values.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportDetailsWorkValues)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkValues | str]:
        """`GET /online/occupations/{code}/details/work_values` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_details_work_values as _online_get_details_work_values

        return _online_get_details_work_values.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)


class AsyncGetDetailsWorkValues(AsyncOperation):
    """Work Values (details report).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

    `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/details/work_values"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportDetailsWorkValues:
        """Work Values (details report).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
        `element[*].description`.

        `GET /online/occupations/{code}/details/work_values` (confidence: inferred-from-v1.9).

        The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
        shape is carried over from v1.9 and the v2 name of its rating field is unknown.

        Would list the occupation's work values with an extent rating. Marked deprecated here: expect 404
        and do not rely on it.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportDetailsWorkValues: the parsed success response

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
        from ..api.online import get_details_work_values as _online_get_details_work_values
        from ..models.report_details_work_values import ReportDetailsWorkValues

        response = await _online_get_details_work_values.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportDetailsWorkValues)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportDetailsWorkValues | str]:
        """`GET /online/occupations/{code}/details/work_values` returning status, headers and body whatever the status."""
        from ..api.online import get_details_work_values as _online_get_details_work_values

        return await _online_get_details_work_values.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )


class GetHotTechnology(Operation):
    """Hot Technologies.

    `GET /online/occupations/{code}/hot_technology` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/hot_technology"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportHotTechnology:
        """Hot Technologies.

        `GET /online/occupations/{code}/hot_technology` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_hot_technology__public_*): every example had title, href and
        hot_technology true; percentage was missing on some examples (2 of 9 for 13-2072.00) and in_demand
        appeared only when true.

        Lists the occupation's Hot Technology examples (technologies frequently named in employer job
        postings), each with optional in-demand flag and share of postings. Results are paged over examples.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportHotTechnology: the parsed success response

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
        from ..api.online import get_hot_technology as _online_get_hot_technology
        from ..models.report_hot_technology import ReportHotTechnology

        response = _online_get_hot_technology.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportHotTechnology)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportHotTechnology | str]:
        """`GET /online/occupations/{code}/hot_technology` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_hot_technology as _online_get_hot_technology

        return _online_get_hot_technology.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologyExample, ReportHotTechnology]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_hot_technology as _online_get_hot_technology

        return Pager(_online_get_hot_technology, self._client, page_size, max_items, {"code": code})


class AsyncGetHotTechnology(AsyncOperation):
    """Hot Technologies.

    `GET /online/occupations/{code}/hot_technology` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/hot_technology"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportHotTechnology:
        """Hot Technologies.

        `GET /online/occupations/{code}/hot_technology` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_hot_technology__public_*): every example had title, href and
        hot_technology true; percentage was missing on some examples (2 of 9 for 13-2072.00) and in_demand
        appeared only when true.

        Lists the occupation's Hot Technology examples (technologies frequently named in employer job
        postings), each with optional in-demand flag and share of postings. Results are paged over examples.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportHotTechnology: the parsed success response

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
        from ..api.online import get_hot_technology as _online_get_hot_technology
        from ..models.report_hot_technology import ReportHotTechnology

        response = await _online_get_hot_technology.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportHotTechnology)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportHotTechnology | str]:
        """`GET /online/occupations/{code}/hot_technology` returning status, headers and body whatever the status."""
        from ..api.online import get_hot_technology as _online_get_hot_technology

        return await _online_get_hot_technology.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologyExample, ReportHotTechnology]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_hot_technology as _online_get_hot_technology

        return AsyncPager(_online_get_hot_technology, self._client, page_size, max_items, {"code": code})


class GetInDemandSkills(Operation):
    """(Unverified path) In Demand skills.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `example`.

    `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/in_demand_skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportInDemandSkills:
        """(Unverified path) In Demand skills.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `example`.

        `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

        Unverified path: the manual lists an In Demand skills report but no source shows its URL; candidates
        are /online/occupations/{code}/in_demand_skills (used here), /online/occupations/{code}/in_demand
        and /online/occupations/{code}/details/in_demand_skills, and the item shape is assumed to match
        hot_technology.

        Meant to list the technology examples flagged as in demand for the occupation. One client reports
        that an in-demand link advertised for some occupations answers 404. When a technology_skills
        response carries an in_demand_skills pointer, prefer its href over this path.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportInDemandSkills: the parsed success response

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
        from ..api.online import get_in_demand_skills as _online_get_in_demand_skills
        from ..models.report_in_demand_skills import ReportInDemandSkills

        response = _online_get_in_demand_skills.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportInDemandSkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportInDemandSkills | str]:
        """`GET /online/occupations/{code}/in_demand_skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_in_demand_skills as _online_get_in_demand_skills

        return _online_get_in_demand_skills.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologyExample, ReportInDemandSkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_in_demand_skills as _online_get_in_demand_skills

        return Pager(_online_get_in_demand_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetInDemandSkills(AsyncOperation):
    """(Unverified path) In Demand skills.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `example`.

    `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/in_demand_skills"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportInDemandSkills:
        """(Unverified path) In Demand skills.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/occupations/{code}/in_demand, /online/occupations/{code}/details/in_demand_skills. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `example`.

        `GET /online/occupations/{code}/in_demand_skills` (confidence: guess).

        Unverified path: the manual lists an In Demand skills report but no source shows its URL; candidates
        are /online/occupations/{code}/in_demand_skills (used here), /online/occupations/{code}/in_demand
        and /online/occupations/{code}/details/in_demand_skills, and the item shape is assumed to match
        hot_technology.

        Meant to list the technology examples flagged as in demand for the occupation. One client reports
        that an in-demand link advertised for some occupations answers 404. When a technology_skills
        response carries an in_demand_skills pointer, prefer its href over this path.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportInDemandSkills: the parsed success response

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
        from ..api.online import get_in_demand_skills as _online_get_in_demand_skills
        from ..models.report_in_demand_skills import ReportInDemandSkills

        response = await _online_get_in_demand_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportInDemandSkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportInDemandSkills | str]:
        """`GET /online/occupations/{code}/in_demand_skills` returning status, headers and body whatever the status."""
        from ..api.online import get_in_demand_skills as _online_get_in_demand_skills

        return await _online_get_in_demand_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologyExample, ReportInDemandSkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_in_demand_skills as _online_get_in_demand_skills

        return AsyncPager(_online_get_in_demand_skills, self._client, page_size, max_items, {"code": code})


class GetOccupationOverview(Operation):
    """Occupation overview.

    `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/"

    def __call__(self, code: str) -> OccupationOverview:
        """Occupation overview.

        `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_occupation_overview__public_*): every body had code, title,
        tags, description, updated, summary_contents, details_contents and custom_contents.
        sample_of_reported_titles was absent for 41-3091.00, also_see appeared only for 11-3031.00, and
        bright_outlook (a list of categories) only where tags.bright_outlook is true; tags is an empty
        object otherwise. The contents lists name only the sections an occupation has (41-3091.00 links 10,
        without work activities, work context, skills, knowledge, education or abilities). Hot Technologies
        is linked at /hot_technology and In Demand Skills at /in_demand.

        Returns the headline record of one occupation: code, title, description and flags, optional lists of
        reported job titles, related occupations and Bright Outlook categories, update provenance, and link
        lists to every summary, details and custom report section available for it. Every client seen calls
        it with the trailing slash.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            OccupationOverview: the parsed success response

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
        from ..api.online import get_occupation_overview as _online_get_occupation_overview
        from ..models.occupation_overview import OccupationOverview

        response = _online_get_occupation_overview.sync_detailed(client=self._client, code=code)
        return self._expect(response, OccupationOverview)

    def raw(self, code: str) -> Response[Error | OccupationOverview | str]:
        """`GET /online/occupations/{code}/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_occupation_overview as _online_get_occupation_overview

        return _online_get_occupation_overview.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetOccupationOverview(AsyncOperation):
    """Occupation overview.

    `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/"

    async def __call__(self, code: str) -> OccupationOverview:
        """Occupation overview.

        `GET /online/occupations/{code}/` (confidence: observed-in-real-response).

        Real bodies for five occupations, captured from api-v2 on 2026-06-01 by a public project
        (olwordeaux/onet_role_dna; fixtures get_occupation_overview__public_*): every body had code, title,
        tags, description, updated, summary_contents, details_contents and custom_contents.
        sample_of_reported_titles was absent for 41-3091.00, also_see appeared only for 11-3031.00, and
        bright_outlook (a list of categories) only where tags.bright_outlook is true; tags is an empty
        object otherwise. The contents lists name only the sections an occupation has (41-3091.00 links 10,
        without work activities, work context, skills, knowledge, education or abilities). Hot Technologies
        is linked at /hot_technology and In Demand Skills at /in_demand.

        Returns the headline record of one occupation: code, title, description and flags, optional lists of
        reported job titles, related occupations and Bright Outlook categories, update provenance, and link
        lists to every summary, details and custom report section available for it. Every client seen calls
        it with the trailing slash.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            OccupationOverview: the parsed success response

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
        from ..api.online import get_occupation_overview as _online_get_occupation_overview
        from ..models.occupation_overview import OccupationOverview

        response = await _online_get_occupation_overview.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, OccupationOverview)

    async def raw(self, code: str) -> Response[Error | OccupationOverview | str]:
        """`GET /online/occupations/{code}/` returning status, headers and body whatever the status."""
        from ..api.online import get_occupation_overview as _online_get_occupation_overview

        return await _online_get_occupation_overview.asyncio_detailed(client=self._raw_client(), code=code)


class GetSummaryAbilities(Operation):
    """Abilities (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/abilities` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/abilities"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryAbilities:
        """Abilities (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/abilities` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant abilities for the occupation with id, name, description and a related link.
        The manual documents a default page of 20; one docs-derived script claims summary sections return 5
        by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryAbilities: the parsed success response

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
        from ..api.online import get_summary_abilities as _online_get_summary_abilities
        from ..models.report_summary_abilities import ReportSummaryAbilities

        response = _online_get_summary_abilities.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummaryAbilities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryAbilities | str]:
        """`GET /online/occupations/{code}/summary/abilities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_abilities as _online_get_summary_abilities

        return _online_get_summary_abilities.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementSummary, ReportSummaryAbilities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_abilities as _online_get_summary_abilities

        return Pager(_online_get_summary_abilities, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryAbilities(AsyncOperation):
    """Abilities (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/abilities` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/abilities"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryAbilities:
        """Abilities (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/abilities` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant abilities for the occupation with id, name, description and a related link.
        The manual documents a default page of 20; one docs-derived script claims summary sections return 5
        by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryAbilities: the parsed success response

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
        from ..api.online import get_summary_abilities as _online_get_summary_abilities
        from ..models.report_summary_abilities import ReportSummaryAbilities

        response = await _online_get_summary_abilities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryAbilities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryAbilities | str]:
        """`GET /online/occupations/{code}/summary/abilities` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_abilities as _online_get_summary_abilities

        return await _online_get_summary_abilities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementSummary, ReportSummaryAbilities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_abilities as _online_get_summary_abilities

        return AsyncPager(_online_get_summary_abilities, self._client, page_size, max_items, {"code": code})


class GetSummaryApprenticeship(Operation):
    """Apprenticeship (summary report).

    `GET /online/occupations/{code}/summary/apprenticeship` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/apprenticeship"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryApprenticeship:
        """Apprenticeship (summary report).

        `GET /online/occupations/{code}/summary/apprenticeship` (confidence: observed-in-real-response).

        The response shape comes from typed v2 client code, not from a readable manual page; the list may be
        empty (total 0).

        Lists registered apprenticeship job titles linked to the occupation as plain strings. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryApprenticeship: the parsed success response

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
        from ..api.online import get_summary_apprenticeship as _online_get_summary_apprenticeship
        from ..models.report_summary_apprenticeship import ReportSummaryApprenticeship

        response = _online_get_summary_apprenticeship.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryApprenticeship)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryApprenticeship | str]:
        """`GET /online/occupations/{code}/summary/apprenticeship` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_apprenticeship as _online_get_summary_apprenticeship

        return _online_get_summary_apprenticeship.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[str, ReportSummaryApprenticeship]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_apprenticeship as _online_get_summary_apprenticeship

        return Pager(_online_get_summary_apprenticeship, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryApprenticeship(AsyncOperation):
    """Apprenticeship (summary report).

    `GET /online/occupations/{code}/summary/apprenticeship` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/apprenticeship"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryApprenticeship:
        """Apprenticeship (summary report).

        `GET /online/occupations/{code}/summary/apprenticeship` (confidence: observed-in-real-response).

        The response shape comes from typed v2 client code, not from a readable manual page; the list may be
        empty (total 0).

        Lists registered apprenticeship job titles linked to the occupation as plain strings. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryApprenticeship: the parsed success response

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
        from ..api.online import get_summary_apprenticeship as _online_get_summary_apprenticeship
        from ..models.report_summary_apprenticeship import ReportSummaryApprenticeship

        response = await _online_get_summary_apprenticeship.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryApprenticeship)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryApprenticeship | str]:
        """`GET /online/occupations/{code}/summary/apprenticeship` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_apprenticeship as _online_get_summary_apprenticeship

        return await _online_get_summary_apprenticeship.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[str, ReportSummaryApprenticeship]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_apprenticeship as _online_get_summary_apprenticeship

        return AsyncPager(_online_get_summary_apprenticeship, self._client, page_size, max_items, {"code": code})


class GetSummaryDetailedWorkActivities(Operation):
    """Detailed Work Activities (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `activity`.

    `GET /online/occupations/{code}/summary/detailed_work_activities` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/detailed_work_activities"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryDetailedWorkActivities:
        """Detailed Work Activities (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `activity`.

        `GET /online/occupations/{code}/summary/detailed_work_activities` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page.

        Lists the most relevant detailed work activities (DWAs) for the occupation with id, statement and
        related link. The manual documents a default page of 20; one docs-derived script claims summary
        sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryDetailedWorkActivities: the parsed success response

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
        from ..api.online import get_summary_detailed_work_activities as _online_get_summary_detailed_work_activities
        from ..models.report_summary_detailed_work_activities import ReportSummaryDetailedWorkActivities

        response = _online_get_summary_detailed_work_activities.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryDetailedWorkActivities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryDetailedWorkActivities | str]:
        """`GET /online/occupations/{code}/summary/detailed_work_activities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_detailed_work_activities as _online_get_summary_detailed_work_activities

        return _online_get_summary_detailed_work_activities.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportDetailedWorkActivity, ReportSummaryDetailedWorkActivities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_detailed_work_activities as _online_get_summary_detailed_work_activities

        return Pager(_online_get_summary_detailed_work_activities, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryDetailedWorkActivities(AsyncOperation):
    """Detailed Work Activities (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `activity`.

    `GET /online/occupations/{code}/summary/detailed_work_activities` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/detailed_work_activities"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryDetailedWorkActivities:
        """Detailed Work Activities (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `activity`.

        `GET /online/occupations/{code}/summary/detailed_work_activities` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page.

        Lists the most relevant detailed work activities (DWAs) for the occupation with id, statement and
        related link. The manual documents a default page of 20; one docs-derived script claims summary
        sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryDetailedWorkActivities: the parsed success response

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
        from ..api.online import get_summary_detailed_work_activities as _online_get_summary_detailed_work_activities
        from ..models.report_summary_detailed_work_activities import ReportSummaryDetailedWorkActivities

        response = await _online_get_summary_detailed_work_activities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryDetailedWorkActivities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryDetailedWorkActivities | str]:
        """`GET /online/occupations/{code}/summary/detailed_work_activities` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_detailed_work_activities as _online_get_summary_detailed_work_activities

        return await _online_get_summary_detailed_work_activities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportDetailedWorkActivity, ReportSummaryDetailedWorkActivities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_detailed_work_activities as _online_get_summary_detailed_work_activities

        return AsyncPager(
            _online_get_summary_detailed_work_activities, self._client, page_size, max_items, {"code": code}
        )


class GetSummaryEducation(Operation):
    """Education (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
    `response[*].title`.

    `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/education"

    def __call__(self, code: str) -> ReportSummaryEducation:
        """Education (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
        `response[*].title`.

        `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; description and
        percentage_of_respondents are optional in that typing.

        Returns the education levels reported by incumbents of the occupation, most common first where
        given. The body has no paging envelope.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryEducation: the parsed success response

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
        from ..api.online import get_summary_education as _online_get_summary_education
        from ..models.report_summary_education import ReportSummaryEducation

        response = _online_get_summary_education.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryEducation)

    def raw(self, code: str) -> Response[Error | ReportSummaryEducation | str]:
        """`GET /online/occupations/{code}/summary/education` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_education as _online_get_summary_education

        return _online_get_summary_education.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetSummaryEducation(AsyncOperation):
    """Education (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
    `response[*].title`.

    `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/education"

    async def __call__(self, code: str) -> ReportSummaryEducation:
        """Education (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `response`, `response[*].code`,
        `response[*].title`.

        `GET /online/occupations/{code}/summary/education` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; description and
        percentage_of_respondents are optional in that typing.

        Returns the education levels reported by incumbents of the occupation, most common first where
        given. The body has no paging envelope.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryEducation: the parsed success response

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
        from ..api.online import get_summary_education as _online_get_summary_education
        from ..models.report_summary_education import ReportSummaryEducation

        response = await _online_get_summary_education.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryEducation)

    async def raw(self, code: str) -> Response[Error | ReportSummaryEducation | str]:
        """`GET /online/occupations/{code}/summary/education` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_education as _online_get_summary_education

        return await _online_get_summary_education.asyncio_detailed(client=self._raw_client(), code=code)


class GetSummaryInterests(Operation):
    """Interests (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
    `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/interests"

    def __call__(self, code: str) -> ReportSummaryInterests:
        """Interests (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
        `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; start/end are
        ignored by the service according to that client.

        Returns the occupation's RIASEC interest code and the interest areas behind it. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryInterests: the parsed success response

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
        from ..api.online import get_summary_interests as _online_get_summary_interests
        from ..models.report_summary_interests import ReportSummaryInterests

        response = _online_get_summary_interests.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryInterests)

    def raw(self, code: str) -> Response[Error | ReportSummaryInterests | str]:
        """`GET /online/occupations/{code}/summary/interests` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_interests as _online_get_summary_interests

        return _online_get_summary_interests.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetSummaryInterests(AsyncOperation):
    """Interests (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
    `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/interests"

    async def __call__(self, code: str) -> ReportSummaryInterests:
        """Interests (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `interest_code`, `element`,
        `element[*].id`, `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/interests` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; start/end are
        ignored by the service according to that client.

        Returns the occupation's RIASEC interest code and the interest areas behind it. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportSummaryInterests: the parsed success response

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
        from ..api.online import get_summary_interests as _online_get_summary_interests
        from ..models.report_summary_interests import ReportSummaryInterests

        response = await _online_get_summary_interests.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportSummaryInterests)

    async def raw(self, code: str) -> Response[Error | ReportSummaryInterests | str]:
        """`GET /online/occupations/{code}/summary/interests` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_interests as _online_get_summary_interests

        return await _online_get_summary_interests.asyncio_detailed(client=self._raw_client(), code=code)


class GetSummaryJobZone(Operation):
    """Job Zone (summary report).

    `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/job_zone"

    def __call__(self, code: str) -> ReportJobZone:
        """Job Zone (summary report).

        `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page (a details-
        report body with the same fields was captured live); start/end are ignored.

        Returns the occupation's Job Zone: the zone number and title with typical education, related
        experience, on-the-job training, example occupations and SVP range. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportJobZone: the parsed success response

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
        from ..api.online import get_summary_job_zone as _online_get_summary_job_zone
        from ..models.report_job_zone import ReportJobZone

        response = _online_get_summary_job_zone.sync_detailed(client=self._client, code=code)
        return self._expect(response, ReportJobZone)

    def raw(self, code: str) -> Response[Error | ReportJobZone | str]:
        """`GET /online/occupations/{code}/summary/job_zone` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_job_zone as _online_get_summary_job_zone

        return _online_get_summary_job_zone.sync_detailed(client=self._raw_client(), code=code)


class AsyncGetSummaryJobZone(AsyncOperation):
    """Job Zone (summary report).

    `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/job_zone"

    async def __call__(self, code: str) -> ReportJobZone:
        """Job Zone (summary report).

        `GET /online/occupations/{code}/summary/job_zone` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page (a details-
        report body with the same fields was captured live); start/end are ignored.

        Returns the occupation's Job Zone: the zone number and title with typical education, related
        experience, on-the-job training, example occupations and SVP range. Not paged.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ReportJobZone: the parsed success response

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
        from ..api.online import get_summary_job_zone as _online_get_summary_job_zone
        from ..models.report_job_zone import ReportJobZone

        response = await _online_get_summary_job_zone.asyncio_detailed(client=self._client, code=code)
        return self._expect(response, ReportJobZone)

    async def raw(self, code: str) -> Response[Error | ReportJobZone | str]:
        """`GET /online/occupations/{code}/summary/job_zone` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_job_zone as _online_get_summary_job_zone

        return await _online_get_summary_job_zone.asyncio_detailed(client=self._raw_client(), code=code)


class GetSummaryKnowledge(Operation):
    """Knowledge (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/knowledge` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/knowledge"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryKnowledge:
        """Knowledge (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/knowledge` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant knowledge areas for the occupation with id, name, description and a related
        link. The manual documents a default page of 20; one docs-derived script claims summary sections
        return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryKnowledge: the parsed success response

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
        from ..api.online import get_summary_knowledge as _online_get_summary_knowledge
        from ..models.report_summary_knowledge import ReportSummaryKnowledge

        response = _online_get_summary_knowledge.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummaryKnowledge)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryKnowledge | str]:
        """`GET /online/occupations/{code}/summary/knowledge` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_knowledge as _online_get_summary_knowledge

        return _online_get_summary_knowledge.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementSummary, ReportSummaryKnowledge]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_knowledge as _online_get_summary_knowledge

        return Pager(_online_get_summary_knowledge, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryKnowledge(AsyncOperation):
    """Knowledge (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/knowledge` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/knowledge"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryKnowledge:
        """Knowledge (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/knowledge` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant knowledge areas for the occupation with id, name, description and a related
        link. The manual documents a default page of 20; one docs-derived script claims summary sections
        return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryKnowledge: the parsed success response

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
        from ..api.online import get_summary_knowledge as _online_get_summary_knowledge
        from ..models.report_summary_knowledge import ReportSummaryKnowledge

        response = await _online_get_summary_knowledge.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryKnowledge)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryKnowledge | str]:
        """`GET /online/occupations/{code}/summary/knowledge` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_knowledge as _online_get_summary_knowledge

        return await _online_get_summary_knowledge.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementSummary, ReportSummaryKnowledge]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_knowledge as _online_get_summary_knowledge

        return AsyncPager(_online_get_summary_knowledge, self._client, page_size, max_items, {"code": code})


class GetSummaryMilitaryCareerSummaries(Operation):
    """Military Career Summaries (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career_summary`,
    `career_summary[*].url`, `career_summary[*].title`.

    `GET /online/occupations/{code}/summary/military_career_summaries` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/military_career_summaries"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryMilitaryCareerSummaries:
        """Military Career Summaries (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career_summary`,
        `career_summary[*].url`, `career_summary[*].title`.

        `GET /online/occupations/{code}/summary/military_career_summaries` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page.

        Lists external military career summary pages linked to the occupation. The manual documents a
        default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryMilitaryCareerSummaries: the parsed success response

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
        from ..api.online import get_summary_military_career_summaries as _online_get_summary_military_career_summaries
        from ..models.report_summary_military_career_summaries import ReportSummaryMilitaryCareerSummaries

        response = _online_get_summary_military_career_summaries.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryMilitaryCareerSummaries)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryMilitaryCareerSummaries | str]:
        """`GET /online/occupations/{code}/summary/military_career_summaries` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_military_career_summaries as _online_get_summary_military_career_summaries

        return _online_get_summary_military_career_summaries.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportMilitaryCareerSummary, ReportSummaryMilitaryCareerSummaries]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_military_career_summaries as _online_get_summary_military_career_summaries

        return Pager(_online_get_summary_military_career_summaries, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryMilitaryCareerSummaries(AsyncOperation):
    """Military Career Summaries (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `career_summary`,
    `career_summary[*].url`, `career_summary[*].title`.

    `GET /online/occupations/{code}/summary/military_career_summaries` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/military_career_summaries"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryMilitaryCareerSummaries:
        """Military Career Summaries (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `career_summary`,
        `career_summary[*].url`, `career_summary[*].title`.

        `GET /online/occupations/{code}/summary/military_career_summaries` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page.

        Lists external military career summary pages linked to the occupation. The manual documents a
        default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryMilitaryCareerSummaries: the parsed success response

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
        from ..api.online import get_summary_military_career_summaries as _online_get_summary_military_career_summaries
        from ..models.report_summary_military_career_summaries import ReportSummaryMilitaryCareerSummaries

        response = await _online_get_summary_military_career_summaries.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryMilitaryCareerSummaries)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryMilitaryCareerSummaries | str]:
        """`GET /online/occupations/{code}/summary/military_career_summaries` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_military_career_summaries as _online_get_summary_military_career_summaries

        return await _online_get_summary_military_career_summaries.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportMilitaryCareerSummary, ReportSummaryMilitaryCareerSummaries]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_military_career_summaries as _online_get_summary_military_career_summaries

        return AsyncPager(
            _online_get_summary_military_career_summaries, self._client, page_size, max_items, {"code": code}
        )


class GetSummaryProfessionalAssociations(Operation):
    """Professional Associations (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `source`.

    `GET /online/occupations/{code}/summary/professional_associations` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/professional_associations"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryProfessionalAssociations:
        """Professional Associations (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `source`.

        `GET /online/occupations/{code}/summary/professional_associations` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the meaning of
        the optional ally flag is undocumented.

        Lists professional associations connected with the occupation with web address and national /
        regional / other category. The manual documents a default page of 20; one docs-derived script claims
        summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryProfessionalAssociations: the parsed success response

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
        from ..api.online import get_summary_professional_associations as _online_get_summary_professional_associations
        from ..models.report_summary_professional_associations import ReportSummaryProfessionalAssociations

        response = _online_get_summary_professional_associations.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryProfessionalAssociations)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryProfessionalAssociations | str]:
        """`GET /online/occupations/{code}/summary/professional_associations` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_professional_associations as _online_get_summary_professional_associations

        return _online_get_summary_professional_associations.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportProfessionalAssociation, ReportSummaryProfessionalAssociations]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_professional_associations as _online_get_summary_professional_associations

        return Pager(_online_get_summary_professional_associations, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryProfessionalAssociations(AsyncOperation):
    """Professional Associations (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `source`.

    `GET /online/occupations/{code}/summary/professional_associations` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/professional_associations"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryProfessionalAssociations:
        """Professional Associations (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `source`.

        `GET /online/occupations/{code}/summary/professional_associations` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the meaning of
        the optional ally flag is undocumented.

        Lists professional associations connected with the occupation with web address and national /
        regional / other category. The manual documents a default page of 20; one docs-derived script claims
        summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryProfessionalAssociations: the parsed success response

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
        from ..api.online import get_summary_professional_associations as _online_get_summary_professional_associations
        from ..models.report_summary_professional_associations import ReportSummaryProfessionalAssociations

        response = await _online_get_summary_professional_associations.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryProfessionalAssociations)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryProfessionalAssociations | str]:
        """`GET /online/occupations/{code}/summary/professional_associations` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_professional_associations as _online_get_summary_professional_associations

        return await _online_get_summary_professional_associations.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportProfessionalAssociation, ReportSummaryProfessionalAssociations]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_professional_associations as _online_get_summary_professional_associations

        return AsyncPager(
            _online_get_summary_professional_associations, self._client, page_size, max_items, {"code": code}
        )


class GetSummaryRelatedOccupations(Operation):
    """Related Occupations (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/occupations/{code}/summary/related_occupations` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/related_occupations"

    def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryRelatedOccupations:
        """Related Occupations (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/occupations/{code}/summary/related_occupations` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the
        supplemental flag is optional.

        Lists occupations related to this one, flagging lower-tier (supplemental) relations. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryRelatedOccupations: the parsed success response

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
        from ..api.online import get_summary_related_occupations as _online_get_summary_related_occupations
        from ..models.report_summary_related_occupations import ReportSummaryRelatedOccupations

        response = _online_get_summary_related_occupations.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryRelatedOccupations)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryRelatedOccupations | str]:
        """`GET /online/occupations/{code}/summary/related_occupations` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_related_occupations as _online_get_summary_related_occupations

        return _online_get_summary_related_occupations.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportRelatedOccupation, ReportSummaryRelatedOccupations]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_related_occupations as _online_get_summary_related_occupations

        return Pager(_online_get_summary_related_occupations, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryRelatedOccupations(AsyncOperation):
    """Related Occupations (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/occupations/{code}/summary/related_occupations` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/related_occupations"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryRelatedOccupations:
        """Related Occupations (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/occupations/{code}/summary/related_occupations` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the
        supplemental flag is optional.

        Lists occupations related to this one, flagging lower-tier (supplemental) relations. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryRelatedOccupations: the parsed success response

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
        from ..api.online import get_summary_related_occupations as _online_get_summary_related_occupations
        from ..models.report_summary_related_occupations import ReportSummaryRelatedOccupations

        response = await _online_get_summary_related_occupations.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryRelatedOccupations)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryRelatedOccupations | str]:
        """`GET /online/occupations/{code}/summary/related_occupations` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_related_occupations as _online_get_summary_related_occupations

        return await _online_get_summary_related_occupations.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportRelatedOccupation, ReportSummaryRelatedOccupations]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_related_occupations as _online_get_summary_related_occupations

        return AsyncPager(_online_get_summary_related_occupations, self._client, page_size, max_items, {"code": code})


class GetSummarySkills(Operation):
    """Skills (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummarySkills:
        """Skills (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant skills for the occupation with id, name, description and a related link. The
        manual documents a default page of 20; one docs-derived script claims summary sections return 5 by
        default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummarySkills: the parsed success response

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
        from ..api.online import get_summary_skills as _online_get_summary_skills
        from ..models.report_summary_skills import ReportSummarySkills

        response = _online_get_summary_skills.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummarySkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummarySkills | str]:
        """`GET /online/occupations/{code}/summary/skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_skills as _online_get_summary_skills

        return _online_get_summary_skills.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementSummary, ReportSummarySkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_skills as _online_get_summary_skills

        return Pager(_online_get_summary_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetSummarySkills(AsyncOperation):
    """Skills (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/skills"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummarySkills:
        """Skills (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/skills` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant skills for the occupation with id, name, description and a related link. The
        manual documents a default page of 20; one docs-derived script claims summary sections return 5 by
        default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummarySkills: the parsed success response

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
        from ..api.online import get_summary_skills as _online_get_summary_skills
        from ..models.report_summary_skills import ReportSummarySkills

        response = await _online_get_summary_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummarySkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummarySkills | str]:
        """`GET /online/occupations/{code}/summary/skills` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_skills as _online_get_summary_skills

        return await _online_get_summary_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementSummary, ReportSummarySkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_skills as _online_get_summary_skills

        return AsyncPager(_online_get_summary_skills, self._client, page_size, max_items, {"code": code})


class GetSummaryTasks(Operation):
    """Tasks (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `task`, `task[*].id`,
    `task[*].related`, `task[*].title`.

    `GET /online/occupations/{code}/summary/tasks` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/tasks"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryTasks:
        """Tasks (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `task`, `task[*].id`,
        `task[*].related`, `task[*].title`.

        `GET /online/occupations/{code}/summary/tasks` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the summary
        variant is typed without importance or category.

        Lists the occupation's most relevant task statements with id, statement and related link. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryTasks: the parsed success response

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
        from ..api.online import get_summary_tasks as _online_get_summary_tasks
        from ..models.report_summary_tasks import ReportSummaryTasks

        response = _online_get_summary_tasks.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummaryTasks)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryTasks | str]:
        """`GET /online/occupations/{code}/summary/tasks` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_tasks as _online_get_summary_tasks

        return _online_get_summary_tasks.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportTaskSummary, ReportSummaryTasks]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_tasks as _online_get_summary_tasks

        return Pager(_online_get_summary_tasks, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryTasks(AsyncOperation):
    """Tasks (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `task`, `task[*].id`,
    `task[*].related`, `task[*].title`.

    `GET /online/occupations/{code}/summary/tasks` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/tasks"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryTasks:
        """Tasks (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `task`, `task[*].id`,
        `task[*].related`, `task[*].title`.

        `GET /online/occupations/{code}/summary/tasks` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the summary
        variant is typed without importance or category.

        Lists the occupation's most relevant task statements with id, statement and related link. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryTasks: the parsed success response

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
        from ..api.online import get_summary_tasks as _online_get_summary_tasks
        from ..models.report_summary_tasks import ReportSummaryTasks

        response = await _online_get_summary_tasks.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryTasks)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryTasks | str]:
        """`GET /online/occupations/{code}/summary/tasks` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_tasks as _online_get_summary_tasks

        return await _online_get_summary_tasks.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportTaskSummary, ReportSummaryTasks]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_tasks as _online_get_summary_tasks

        return AsyncPager(_online_get_summary_tasks, self._client, page_size, max_items, {"code": code})


class GetSummaryTechnologySkills(Operation):
    """Technology Skills (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `category`.

    `GET /online/occupations/{code}/summary/technology_skills` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/technology_skills"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryTechnologySkills:
        """Technology Skills (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `category`.

        `GET /online/occupations/{code}/summary/technology_skills` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the
        hot_technology / in_demand_skills pointers and example_more lists may be absent.

        Lists the technology-skill categories (UNSPSC commodities) used in the occupation, each with example
        products and flags for Hot and in-demand technologies. Pages run over categories. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryTechnologySkills: the parsed success response

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
        from ..api.online import get_summary_technology_skills as _online_get_summary_technology_skills
        from ..models.report_summary_technology_skills import ReportSummaryTechnologySkills

        response = _online_get_summary_technology_skills.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryTechnologySkills)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryTechnologySkills | str]:
        """`GET /online/occupations/{code}/summary/technology_skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_technology_skills as _online_get_summary_technology_skills

        return _online_get_summary_technology_skills.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologyCategory, ReportSummaryTechnologySkills]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_technology_skills as _online_get_summary_technology_skills

        return Pager(_online_get_summary_technology_skills, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryTechnologySkills(AsyncOperation):
    """Technology Skills (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `category`.

    `GET /online/occupations/{code}/summary/technology_skills` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/technology_skills"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryTechnologySkills:
        """Technology Skills (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `category`.

        `GET /online/occupations/{code}/summary/technology_skills` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; the
        hot_technology / in_demand_skills pointers and example_more lists may be absent.

        Lists the technology-skill categories (UNSPSC commodities) used in the occupation, each with example
        products and flags for Hot and in-demand technologies. Pages run over categories. The manual
        documents a default page of 20; one docs-derived script claims summary sections return 5 by default
        (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryTechnologySkills: the parsed success response

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
        from ..api.online import get_summary_technology_skills as _online_get_summary_technology_skills
        from ..models.report_summary_technology_skills import ReportSummaryTechnologySkills

        response = await _online_get_summary_technology_skills.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryTechnologySkills)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryTechnologySkills | str]:
        """`GET /online/occupations/{code}/summary/technology_skills` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_technology_skills as _online_get_summary_technology_skills

        return await _online_get_summary_technology_skills.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologyCategory, ReportSummaryTechnologySkills]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_technology_skills as _online_get_summary_technology_skills

        return AsyncPager(_online_get_summary_technology_skills, self._client, page_size, max_items, {"code": code})


class GetSummaryWorkActivities(Operation):
    """Work Activities (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/work_activities` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_activities"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryWorkActivities:
        """Work Activities (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/work_activities` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant generalized work activities for the occupation with id, name, description
        and a related link. The manual documents a default page of 20; one docs-derived script claims
        summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkActivities: the parsed success response

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
        from ..api.online import get_summary_work_activities as _online_get_summary_work_activities
        from ..models.report_summary_work_activities import ReportSummaryWorkActivities

        response = _online_get_summary_work_activities.sync_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryWorkActivities)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkActivities | str]:
        """`GET /online/occupations/{code}/summary/work_activities` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_work_activities as _online_get_summary_work_activities

        return _online_get_summary_work_activities.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementSummary, ReportSummaryWorkActivities]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_work_activities as _online_get_summary_work_activities

        return Pager(_online_get_summary_work_activities, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryWorkActivities(AsyncOperation):
    """Work Activities (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/work_activities` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_activities"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryWorkActivities:
        """Work Activities (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/work_activities` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant.

        Lists the most relevant generalized work activities for the occupation with id, name, description
        and a related link. The manual documents a default page of 20; one docs-derived script claims
        summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkActivities: the parsed success response

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
        from ..api.online import get_summary_work_activities as _online_get_summary_work_activities
        from ..models.report_summary_work_activities import ReportSummaryWorkActivities

        response = await _online_get_summary_work_activities.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryWorkActivities)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkActivities | str]:
        """`GET /online/occupations/{code}/summary/work_activities` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_work_activities as _online_get_summary_work_activities

        return await _online_get_summary_work_activities.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementSummary, ReportSummaryWorkActivities]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_work_activities as _online_get_summary_work_activities

        return AsyncPager(_online_get_summary_work_activities, self._client, page_size, max_items, {"code": code})


class GetSummaryWorkContext(Operation):
    """Work Context (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`, `element[*].response`.

    `GET /online/occupations/{code}/summary/work_context` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_context"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryWorkContext:
        """Work Context (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`, `element[*].response`.

        `GET /online/occupations/{code}/summary/work_context` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; how many answer
        categories the summary keeps per question is not documented.

        Lists the most relevant work context questions for the occupation, each with the leading answer(s)
        and the share of respondents giving them. The manual documents a default page of 20; one docs-
        derived script claims summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkContext: the parsed success response

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
        from ..api.online import get_summary_work_context as _online_get_summary_work_context
        from ..models.report_summary_work_context import ReportSummaryWorkContext

        response = _online_get_summary_work_context.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummaryWorkContext)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkContext | str]:
        """`GET /online/occupations/{code}/summary/work_context` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_work_context as _online_get_summary_work_context

        return _online_get_summary_work_context.sync_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportWorkContextSummaryElement, ReportSummaryWorkContext]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_work_context as _online_get_summary_work_context

        return Pager(_online_get_summary_work_context, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryWorkContext(AsyncOperation):
    """Work Context (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`, `element[*].response`.

    `GET /online/occupations/{code}/summary/work_context` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_context"

    async def __call__(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ReportSummaryWorkContext:
        """Work Context (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`, `element[*].response`.

        `GET /online/occupations/{code}/summary/work_context` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; how many answer
        categories the summary keeps per question is not documented.

        Lists the most relevant work context questions for the occupation, each with the leading answer(s)
        and the share of respondents giving them. The manual documents a default page of 20; one docs-
        derived script claims summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkContext: the parsed success response

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
        from ..api.online import get_summary_work_context as _online_get_summary_work_context
        from ..models.report_summary_work_context import ReportSummaryWorkContext

        response = await _online_get_summary_work_context.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryWorkContext)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkContext | str]:
        """`GET /online/occupations/{code}/summary/work_context` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_work_context as _online_get_summary_work_context

        return await _online_get_summary_work_context.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportWorkContextSummaryElement, ReportSummaryWorkContext]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_work_context as _online_get_summary_work_context

        return AsyncPager(_online_get_summary_work_context, self._client, page_size, max_items, {"code": code})


class GetSummaryWorkStyles(Operation):
    """Work Styles (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/work_styles` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_styles"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryWorkStyles:
        """Work Styles (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/work_styles` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant. Not every work style is returned for every occupation.

        Lists the most relevant work styles (revised taxonomy, element ids under 1.D) for the occupation
        with id, name, description and a related link. The manual documents a default page of 20; one docs-
        derived script claims summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkStyles: the parsed success response

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
        from ..api.online import get_summary_work_styles as _online_get_summary_work_styles
        from ..models.report_summary_work_styles import ReportSummaryWorkStyles

        response = _online_get_summary_work_styles.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummaryWorkStyles)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkStyles | str]:
        """`GET /online/occupations/{code}/summary/work_styles` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_work_styles as _online_get_summary_work_styles

        return _online_get_summary_work_styles.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ReportElementSummary, ReportSummaryWorkStyles]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import get_summary_work_styles as _online_get_summary_work_styles

        return Pager(_online_get_summary_work_styles, self._client, page_size, max_items, {"code": code})


class AsyncGetSummaryWorkStyles(AsyncOperation):
    """Work Styles (summary report).

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
    `element[*].related`, `element[*].name`, `element[*].description`.

    `GET /online/occupations/{code}/summary/work_styles` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_styles"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryWorkStyles:
        """Work Styles (summary report).

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `element`, `element[*].id`,
        `element[*].related`, `element[*].name`, `element[*].description`.

        `GET /online/occupations/{code}/summary/work_styles` (confidence: observed-in-typed-client-code).

        The response shape comes from typed v2 client code, not from a readable manual page; no rating field
        is expected in the summary variant. Not every work style is returned for every occupation.

        Lists the most relevant work styles (revised taxonomy, element ids under 1.D) for the occupation
        with id, name, description and a related link. The manual documents a default page of 20; one docs-
        derived script claims summary sections return 5 by default (unresolved).

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkStyles: the parsed success response

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
        from ..api.online import get_summary_work_styles as _online_get_summary_work_styles
        from ..models.report_summary_work_styles import ReportSummaryWorkStyles

        response = await _online_get_summary_work_styles.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryWorkStyles)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkStyles | str]:
        """`GET /online/occupations/{code}/summary/work_styles` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_work_styles as _online_get_summary_work_styles

        return await _online_get_summary_work_styles.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )

    def iter(
        self, code: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ReportElementSummary, ReportSummaryWorkStyles]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import get_summary_work_styles as _online_get_summary_work_styles

        return AsyncPager(_online_get_summary_work_styles, self._client, page_size, max_items, {"code": code})


class GetSummaryWorkValues(Operation):
    """Work Values (summary report).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

    `GET /online/occupations/{code}/summary/work_values` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_values"

    def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryWorkValues:
        """Work Values (summary report).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
        `element[*].description`.

        `GET /online/occupations/{code}/summary/work_values` (confidence: inferred-from-v1.9).

        The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
        response shape and paging are carried over from v1.9.

        Would list the work values (what a worker needs from the job to be satisfied) that matter for the
        occupation. Marked deprecated here: expect 404 and do not rely on it.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkValues: the parsed success response

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
        from ..api.online import get_summary_work_values as _online_get_summary_work_values
        from ..models.report_summary_work_values import ReportSummaryWorkValues

        response = _online_get_summary_work_values.sync_detailed(client=self._client, code=code, start=start, end=end)
        return self._expect(response, ReportSummaryWorkValues)

    def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkValues | str]:
        """`GET /online/occupations/{code}/summary/work_values` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import get_summary_work_values as _online_get_summary_work_values

        return _online_get_summary_work_values.sync_detailed(client=self._raw_client(), code=code, start=start, end=end)


class AsyncGetSummaryWorkValues(AsyncOperation):
    """Work Values (summary report).

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
    `element[*].description`.

    `GET /online/occupations/{code}/summary/work_values` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/occupations/{code}/summary/work_values"

    async def __call__(self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ReportSummaryWorkValues:
        """Work Values (summary report).

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `element`, `element[*].id`, `element[*].related`, `element[*].name`,
        `element[*].description`.

        `GET /online/occupations/{code}/summary/work_values` (confidence: inferred-from-v1.9).

        The live API was reported to answer 404 for this section, which only an older manual TOC lists; the
        response shape and paging are carried over from v1.9.

        Would list the work values (what a worker needs from the job to be satisfied) that matter for the
        occupation. Marked deprecated here: expect 404 and do not rely on it.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            ReportSummaryWorkValues: the parsed success response

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
        from ..api.online import get_summary_work_values as _online_get_summary_work_values
        from ..models.report_summary_work_values import ReportSummaryWorkValues

        response = await _online_get_summary_work_values.asyncio_detailed(
            client=self._client, code=code, start=start, end=end
        )
        return self._expect(response, ReportSummaryWorkValues)

    async def raw(
        self, code: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ReportSummaryWorkValues | str]:
        """`GET /online/occupations/{code}/summary/work_values` returning status, headers and body whatever the status."""
        from ..api.online import get_summary_work_values as _online_get_summary_work_values

        return await _online_get_summary_work_values.asyncio_detailed(
            client=self._raw_client(), code=code, start=start, end=end
        )


class ListAllBrightOutlookOccupations(Operation):
    """All Bright Outlook occupations.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/bright_outlook/all` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/all"

    def __call__(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> BrightOutlookOccupationList:
        """All Bright Outlook occupations.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/bright_outlook/all` (confidence: guess).

        Unverified: the path is an analogy with the documented /online/stem_occupations/all and the client-
        observed /online/career_clusters/all; body shape and sort values are guesses.

        Pages through every occupation with a Bright Outlook designation, whatever the category.

        Args:
            sort: Sort order (unverified; v1.9 accepted name and code).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            BrightOutlookOccupationList: the parsed success response

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
        from ..api.online import list_all_bright_outlook_occupations as _online_list_all_bright_outlook_occupations
        from ..models.bright_outlook_occupation_list import BrightOutlookOccupationList

        response = _online_list_all_bright_outlook_occupations.sync_detailed(
            client=self._client, sort=sort, start=start, end=end
        )
        return self._expect(response, BrightOutlookOccupationList)

    def raw(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[BrightOutlookOccupationList | Error | str]:
        """`GET /online/bright_outlook/all` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_all_bright_outlook_occupations as _online_list_all_bright_outlook_occupations

        return _online_list_all_bright_outlook_occupations.sync_detailed(
            client=self._raw_client(), sort=sort, start=start, end=end
        )

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, BrightOutlookOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_all_bright_outlook_occupations as _online_list_all_bright_outlook_occupations

        return Pager(_online_list_all_bright_outlook_occupations, self._client, page_size, max_items, {"sort": sort})


class AsyncListAllBrightOutlookOccupations(AsyncOperation):
    """All Bright Outlook occupations.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/bright_outlook/all` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/all"

    async def __call__(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> BrightOutlookOccupationList:
        """All Bright Outlook occupations.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/bright_outlook/all` (confidence: guess).

        Unverified: the path is an analogy with the documented /online/stem_occupations/all and the client-
        observed /online/career_clusters/all; body shape and sort values are guesses.

        Pages through every occupation with a Bright Outlook designation, whatever the category.

        Args:
            sort: Sort order (unverified; v1.9 accepted name and code).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            BrightOutlookOccupationList: the parsed success response

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
        from ..api.online import list_all_bright_outlook_occupations as _online_list_all_bright_outlook_occupations
        from ..models.bright_outlook_occupation_list import BrightOutlookOccupationList

        response = await _online_list_all_bright_outlook_occupations.asyncio_detailed(
            client=self._client, sort=sort, start=start, end=end
        )
        return self._expect(response, BrightOutlookOccupationList)

    async def raw(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[BrightOutlookOccupationList | Error | str]:
        """`GET /online/bright_outlook/all` returning status, headers and body whatever the status."""
        from ..api.online import list_all_bright_outlook_occupations as _online_list_all_bright_outlook_occupations

        return await _online_list_all_bright_outlook_occupations.asyncio_detailed(
            client=self._raw_client(), sort=sort, start=start, end=end
        )

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, BrightOutlookOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_all_bright_outlook_occupations as _online_list_all_bright_outlook_occupations

        return AsyncPager(
            _online_list_all_bright_outlook_occupations, self._client, page_size, max_items, {"sort": sort}
        )


class ListAllCareerClusterOccupations(Operation):
    """Occupations in all Career Clusters.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`,
    `occupation[*].career_cluster.code`, `occupation[*].career_cluster.title`,
    `occupation[*].career_pathway.code`, `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/all` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/all"

    def __call__(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> CareerClusterOccupationList:
        """Occupations in all Career Clusters.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`,
        `occupation[*].career_cluster.code`, `occupation[*].career_cluster.title`,
        `occupation[*].career_pathway.code`, `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/all` (confidence: observed-in-typed-client-code).

        Path and paging are seen in a v2 client; per-item cluster/sub-cluster members and sort values follow
        v1.9 and are unconfirmed.

        Pages through the occupations linked to any Career Cluster (sorted by cluster in v1.9).

        Args:
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ..api.online import list_all_career_cluster_occupations as _online_list_all_career_cluster_occupations
        from ..models.career_cluster_occupation_list import CareerClusterOccupationList

        response = _online_list_all_career_cluster_occupations.sync_detailed(
            client=self._client, sort=sort, start=start, end=end
        )
        return self._expect(response, CareerClusterOccupationList)

    def raw(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/all` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_all_career_cluster_occupations as _online_list_all_career_cluster_occupations

        return _online_list_all_career_cluster_occupations.sync_detailed(
            client=self._raw_client(), sort=sort, start=start, end=end
        )

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_all_career_cluster_occupations as _online_list_all_career_cluster_occupations

        return Pager(_online_list_all_career_cluster_occupations, self._client, page_size, max_items, {"sort": sort})


class AsyncListAllCareerClusterOccupations(AsyncOperation):
    """Occupations in all Career Clusters.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`,
    `occupation[*].career_cluster.code`, `occupation[*].career_cluster.title`,
    `occupation[*].career_pathway.code`, `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/all` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/all"

    async def __call__(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> CareerClusterOccupationList:
        """Occupations in all Career Clusters.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`,
        `occupation[*].career_cluster.code`, `occupation[*].career_cluster.title`,
        `occupation[*].career_pathway.code`, `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/all` (confidence: observed-in-typed-client-code).

        Path and paging are seen in a v2 client; per-item cluster/sub-cluster members and sort values follow
        v1.9 and are unconfirmed.

        Pages through the occupations linked to any Career Cluster (sorted by cluster in v1.9).

        Args:
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ..api.online import list_all_career_cluster_occupations as _online_list_all_career_cluster_occupations
        from ..models.career_cluster_occupation_list import CareerClusterOccupationList

        response = await _online_list_all_career_cluster_occupations.asyncio_detailed(
            client=self._client, sort=sort, start=start, end=end
        )
        return self._expect(response, CareerClusterOccupationList)

    async def raw(
        self, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/all` returning status, headers and body whatever the status."""
        from ..api.online import list_all_career_cluster_occupations as _online_list_all_career_cluster_occupations

        return await _online_list_all_career_cluster_occupations.asyncio_detailed(
            client=self._raw_client(), sort=sort, start=start, end=end
        )

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_all_career_cluster_occupations as _online_list_all_career_cluster_occupations

        return AsyncPager(
            _online_list_all_career_cluster_occupations, self._client, page_size, max_items, {"sort": sort}
        )


class ListAllProfessionalAssociations(Operation):
    """(Unverified path) Associations across all occupations.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/all. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `association`, `association[*].name`.

    `GET /online/professional_associations/all` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/all"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ProfessionalAssociationsAllList:
        """(Unverified path) Associations across all occupations.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/all. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `association`, `association[*].name`.

        `GET /online/professional_associations/all` (confidence: guess).

        Path unverified: /online/professional_associations/all or /online/associations/all (Go client); the
        list member name association is the Go client's guess.

        Pages through professional associations linked to any occupation.

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
            ProfessionalAssociationsAllList: the parsed success response

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
        from ..api.online import list_all_professional_associations as _online_list_all_professional_associations
        from ..models.professional_associations_all_list import ProfessionalAssociationsAllList

        response = _online_list_all_professional_associations.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, ProfessionalAssociationsAllList)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ProfessionalAssociationsAllList | str]:
        """`GET /online/professional_associations/all` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_all_professional_associations as _online_list_all_professional_associations

        return _online_list_all_professional_associations.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[ProfessionalAssociation, ProfessionalAssociationsAllList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_all_professional_associations as _online_list_all_professional_associations

        return Pager(_online_list_all_professional_associations, self._client, page_size, max_items, {})


class AsyncListAllProfessionalAssociations(AsyncOperation):
    """(Unverified path) Associations across all occupations.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/all. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `association`, `association[*].name`.

    `GET /online/professional_associations/all` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/all"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ProfessionalAssociationsAllList:
        """(Unverified path) Associations across all occupations.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/all. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `association`, `association[*].name`.

        `GET /online/professional_associations/all` (confidence: guess).

        Path unverified: /online/professional_associations/all or /online/associations/all (Go client); the
        list member name association is the Go client's guess.

        Pages through professional associations linked to any occupation.

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
            ProfessionalAssociationsAllList: the parsed success response

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
        from ..api.online import list_all_professional_associations as _online_list_all_professional_associations
        from ..models.professional_associations_all_list import ProfessionalAssociationsAllList

        response = await _online_list_all_professional_associations.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, ProfessionalAssociationsAllList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ProfessionalAssociationsAllList | str]:
        """`GET /online/professional_associations/all` returning status, headers and body whatever the status."""
        from ..api.online import list_all_professional_associations as _online_list_all_professional_associations

        return await _online_list_all_professional_associations.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[ProfessionalAssociation, ProfessionalAssociationsAllList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_all_professional_associations as _online_list_all_professional_associations

        return AsyncPager(_online_list_all_professional_associations, self._client, page_size, max_items, {})


class ListAllStemOccupations(Operation):
    """All STEM occupations.

    `GET /online/stem_occupations/all` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/all"

    def __call__(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> StemAllOccupationList:
        """All STEM occupations.

        `GET /online/stem_occupations/all` (confidence: documented).

        Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

        Pages through every occupation linked to at least one STEM occupation type; each result lists its
        types and its Job Family. Sorted by title unless sort says otherwise.

        Args:
            job_family: Restrict results to one Job Family, given by its code (e.g. 11-0000). No filter by
                default. Constraints: pattern ^\\d{2}-0000$.
            sort: Sort order. One of: 'job_family', 'title', 'code', 'stem_occupation_type'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            StemAllOccupationList: the parsed success response

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
        from ..api.online import list_all_stem_occupations as _online_list_all_stem_occupations
        from ..models.stem_all_occupation_list import StemAllOccupationList

        response = _online_list_all_stem_occupations.sync_detailed(
            client=self._client, job_family=job_family, sort=sort, start=start, end=end
        )
        return self._expect(response, StemAllOccupationList)

    def raw(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | StemAllOccupationList | str]:
        """`GET /online/stem_occupations/all` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return _online_list_all_stem_occupations.sync_detailed(
            client=self._raw_client(), job_family=job_family, sort=sort, start=start, end=end
        )

    def iter(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[StemAllOccupation, StemAllOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return Pager(
            _online_list_all_stem_occupations,
            self._client,
            page_size,
            max_items,
            {"job_family": job_family, "sort": sort},
        )


class AsyncListAllStemOccupations(AsyncOperation):
    """All STEM occupations.

    `GET /online/stem_occupations/all` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/all"

    async def __call__(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> StemAllOccupationList:
        """All STEM occupations.

        `GET /online/stem_occupations/all` (confidence: documented).

        Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

        Pages through every occupation linked to at least one STEM occupation type; each result lists its
        types and its Job Family. Sorted by title unless sort says otherwise.

        Args:
            job_family: Restrict results to one Job Family, given by its code (e.g. 11-0000). No filter by
                default. Constraints: pattern ^\\d{2}-0000$.
            sort: Sort order. One of: 'job_family', 'title', 'code', 'stem_occupation_type'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            StemAllOccupationList: the parsed success response

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
        from ..api.online import list_all_stem_occupations as _online_list_all_stem_occupations
        from ..models.stem_all_occupation_list import StemAllOccupationList

        response = await _online_list_all_stem_occupations.asyncio_detailed(
            client=self._client, job_family=job_family, sort=sort, start=start, end=end
        )
        return self._expect(response, StemAllOccupationList)

    async def raw(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | StemAllOccupationList | str]:
        """`GET /online/stem_occupations/all` returning status, headers and body whatever the status."""
        from ..api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return await _online_list_all_stem_occupations.asyncio_detailed(
            client=self._raw_client(), job_family=job_family, sort=sort, start=start, end=end
        )

    def iter(
        self,
        *,
        job_family: str | Unset = UNSET,
        sort: StemOccupationsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[StemAllOccupation, StemAllOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_all_stem_occupations as _online_list_all_stem_occupations

        return AsyncPager(
            _online_list_all_stem_occupations,
            self._client,
            page_size,
            max_items,
            {"job_family": job_family, "sort": sort},
        )


class ListApprenticeshipOccupations(Operation):
    """(Unverified path) Apprenticeship listing.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/apprenticeship/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/apprenticeship/"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ApprenticeshipOccupationList:
        """(Unverified path) Apprenticeship listing.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/apprenticeship/` (confidence: guess).

        Path unverified and invented: no v2 search or listing endpoint was found (apprenticeship appears
        only inside Summary/Details occupation reports); /online/apprenticeship/ and
        /online/crosswalks/rapids are placeholders, and paging and body are analogies.

        Placeholder for the v1.9 Careers with Registered Apprenticeships listing.

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
            ApprenticeshipOccupationList: the parsed success response

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
        from ..api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations
        from ..models.apprenticeship_occupation_list import ApprenticeshipOccupationList

        response = _online_list_apprenticeship_occupations.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, ApprenticeshipOccupationList)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[ApprenticeshipOccupationList | Error | str]:
        """`GET /online/apprenticeship/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return _online_list_apprenticeship_occupations.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, ApprenticeshipOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return Pager(_online_list_apprenticeship_occupations, self._client, page_size, max_items, {})


class AsyncListApprenticeshipOccupations(AsyncOperation):
    """(Unverified path) Apprenticeship listing.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/apprenticeship/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/apprenticeship/"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> ApprenticeshipOccupationList:
        """(Unverified path) Apprenticeship listing.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/rapids. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/apprenticeship/` (confidence: guess).

        Path unverified and invented: no v2 search or listing endpoint was found (apprenticeship appears
        only inside Summary/Details occupation reports); /online/apprenticeship/ and
        /online/crosswalks/rapids are placeholders, and paging and body are analogies.

        Placeholder for the v1.9 Careers with Registered Apprenticeships listing.

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
            ApprenticeshipOccupationList: the parsed success response

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
        from ..api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations
        from ..models.apprenticeship_occupation_list import ApprenticeshipOccupationList

        response = await _online_list_apprenticeship_occupations.asyncio_detailed(
            client=self._client, start=start, end=end
        )
        return self._expect(response, ApprenticeshipOccupationList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[ApprenticeshipOccupationList | Error | str]:
        """`GET /online/apprenticeship/` returning status, headers and body whatever the status."""
        from ..api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return await _online_list_apprenticeship_occupations.asyncio_detailed(
            client=self._raw_client(), start=start, end=end
        )

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, ApprenticeshipOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_apprenticeship_occupations as _online_list_apprenticeship_occupations

        return AsyncPager(_online_list_apprenticeship_occupations, self._client, page_size, max_items, {})


class ListBrightOutlookCategories(Operation):
    """Bright Outlook category listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].code`, `[*].title`.

    `GET /online/bright_outlook/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/"

    def __call__(self) -> list[BrightOutlookCategory]:
        """Bright Outlook category listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].code`, `[*].title`.

        `GET /online/bright_outlook/` (confidence: guess).

        Unverified: the v2 body was never seen; a bare array of {href, code, title} is assumed from the
        documented STEM type listing (v1.9 wrapped the list in a category member).

        Lists the Bright Outlook categories, e.g. rapid growth and numerous job openings. Each entry links
        to the occupations in that category.

        Returns:
            list[BrightOutlookCategory]: the parsed success response

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
        from ..api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        response = _online_list_bright_outlook_categories.sync_detailed(client=self._client)
        return cast("list[BrightOutlookCategory]", response.parsed)

    def raw(self) -> Response[Error | list[BrightOutlookCategory] | str]:
        """`GET /online/bright_outlook/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        return _online_list_bright_outlook_categories.sync_detailed(client=self._raw_client())


class AsyncListBrightOutlookCategories(AsyncOperation):
    """Bright Outlook category listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].code`, `[*].title`.

    `GET /online/bright_outlook/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/"

    async def __call__(self) -> list[BrightOutlookCategory]:
        """Bright Outlook category listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].code`, `[*].title`.

        `GET /online/bright_outlook/` (confidence: guess).

        Unverified: the v2 body was never seen; a bare array of {href, code, title} is assumed from the
        documented STEM type listing (v1.9 wrapped the list in a category member).

        Lists the Bright Outlook categories, e.g. rapid growth and numerous job openings. Each entry links
        to the occupations in that category.

        Returns:
            list[BrightOutlookCategory]: the parsed success response

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
        from ..api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        response = await _online_list_bright_outlook_categories.asyncio_detailed(client=self._client)
        return cast("list[BrightOutlookCategory]", response.parsed)

    async def raw(self) -> Response[Error | list[BrightOutlookCategory] | str]:
        """`GET /online/bright_outlook/` returning status, headers and body whatever the status."""
        from ..api.online import list_bright_outlook_categories as _online_list_bright_outlook_categories

        return await _online_list_bright_outlook_categories.asyncio_detailed(client=self._raw_client())


class ListBrightOutlookCategoryOccupations(Operation):
    """Occupations in a Bright Outlook category.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/bright_outlook/{category}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/{category}"

    def __call__(
        self, category: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> BrightOutlookOccupationList:
        """Occupations in a Bright Outlook category.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/bright_outlook/{category}` (confidence: guess).

        Unverified: path from a machine-generated client and v1.9 usage; category codes (grow, openings) and
        the sort values are v1.9 knowledge.

        Pages through the occupations expected to grow rapidly or to have many openings, for the chosen
        category.

        Args:
            category: Bright Outlook category code from the category listing (v1.9 values: grow, openings).
            sort: Sort order (unverified; v1.9 accepted name and code).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            BrightOutlookOccupationList: the parsed success response

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
        from ..api.online import (
            list_bright_outlook_category_occupations as _online_list_bright_outlook_category_occupations,
        )
        from ..models.bright_outlook_occupation_list import BrightOutlookOccupationList

        response = _online_list_bright_outlook_category_occupations.sync_detailed(
            client=self._client, category=category, sort=sort, start=start, end=end
        )
        return self._expect(response, BrightOutlookOccupationList)

    def raw(
        self, category: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[BrightOutlookOccupationList | Error | str]:
        """`GET /online/bright_outlook/{category}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import (
            list_bright_outlook_category_occupations as _online_list_bright_outlook_category_occupations,
        )

        return _online_list_bright_outlook_category_occupations.sync_detailed(
            client=self._raw_client(), category=category, sort=sort, start=start, end=end
        )

    def iter(
        self, category: str, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, BrightOutlookOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import (
            list_bright_outlook_category_occupations as _online_list_bright_outlook_category_occupations,
        )

        return Pager(
            _online_list_bright_outlook_category_occupations,
            self._client,
            page_size,
            max_items,
            {"category": category, "sort": sort},
        )


class AsyncListBrightOutlookCategoryOccupations(AsyncOperation):
    """Occupations in a Bright Outlook category.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/bright_outlook/{category}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/bright_outlook/{category}"

    async def __call__(
        self, category: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> BrightOutlookOccupationList:
        """Occupations in a Bright Outlook category.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/bright_outlook/{category}` (confidence: guess).

        Unverified: path from a machine-generated client and v1.9 usage; category codes (grow, openings) and
        the sort values are v1.9 knowledge.

        Pages through the occupations expected to grow rapidly or to have many openings, for the chosen
        category.

        Args:
            category: Bright Outlook category code from the category listing (v1.9 values: grow, openings).
            sort: Sort order (unverified; v1.9 accepted name and code).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            BrightOutlookOccupationList: the parsed success response

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
        from ..api.online import (
            list_bright_outlook_category_occupations as _online_list_bright_outlook_category_occupations,
        )
        from ..models.bright_outlook_occupation_list import BrightOutlookOccupationList

        response = await _online_list_bright_outlook_category_occupations.asyncio_detailed(
            client=self._client, category=category, sort=sort, start=start, end=end
        )
        return self._expect(response, BrightOutlookOccupationList)

    async def raw(
        self, category: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[BrightOutlookOccupationList | Error | str]:
        """`GET /online/bright_outlook/{category}` returning status, headers and body whatever the status."""
        from ..api.online import (
            list_bright_outlook_category_occupations as _online_list_bright_outlook_category_occupations,
        )

        return await _online_list_bright_outlook_category_occupations.asyncio_detailed(
            client=self._raw_client(), category=category, sort=sort, start=start, end=end
        )

    def iter(
        self, category: str, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, BrightOutlookOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import (
            list_bright_outlook_category_occupations as _online_list_bright_outlook_category_occupations,
        )

        return AsyncPager(
            _online_list_bright_outlook_category_occupations,
            self._client,
            page_size,
            max_items,
            {"category": category, "sort": sort},
        )


class ListCareerClusterOccupations(Operation):
    """Occupations in a Career Cluster.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
    `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
    `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/{cluster_code}` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/{cluster_code}"

    def __call__(
        self, cluster_code: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> CareerClusterOccupationList:
        """Occupations in a Career Cluster.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
        `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
        `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/{cluster_code}` (confidence: inferred-from-v1.9).

        Taken from v1.9: the v2 names of the per-item cluster/sub-cluster members and of the sort values are
        not confirmed, so the per-item members are optional and sort is free text.

        Pages through the occupations linked to one Career Cluster, sorted by sub-cluster then title by
        default. Each result names its cluster and sub-cluster.

        Args:
            cluster_code: Six-digit Career Cluster code. Constraints: pattern ^\\d{6}$.
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ..api.online import list_career_cluster_occupations as _online_list_career_cluster_occupations
        from ..models.career_cluster_occupation_list import CareerClusterOccupationList

        response = _online_list_career_cluster_occupations.sync_detailed(
            client=self._client, cluster_code=cluster_code, sort=sort, start=start, end=end
        )
        return self._expect(response, CareerClusterOccupationList)

    def raw(
        self, cluster_code: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/{cluster_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_career_cluster_occupations as _online_list_career_cluster_occupations

        return _online_list_career_cluster_occupations.sync_detailed(
            client=self._raw_client(), cluster_code=cluster_code, sort=sort, start=start, end=end
        )

    def iter(
        self,
        cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_career_cluster_occupations as _online_list_career_cluster_occupations

        return Pager(
            _online_list_career_cluster_occupations,
            self._client,
            page_size,
            max_items,
            {"cluster_code": cluster_code, "sort": sort},
        )


class AsyncListCareerClusterOccupations(AsyncOperation):
    """Occupations in a Career Cluster.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
    `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
    `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/{cluster_code}` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/{cluster_code}"

    async def __call__(
        self, cluster_code: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> CareerClusterOccupationList:
        """Occupations in a Career Cluster.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
        `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
        `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/{cluster_code}` (confidence: inferred-from-v1.9).

        Taken from v1.9: the v2 names of the per-item cluster/sub-cluster members and of the sort values are
        not confirmed, so the per-item members are optional and sort is free text.

        Pages through the occupations linked to one Career Cluster, sorted by sub-cluster then title by
        default. Each result names its cluster and sub-cluster.

        Args:
            cluster_code: Six-digit Career Cluster code. Constraints: pattern ^\\d{6}$.
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ..api.online import list_career_cluster_occupations as _online_list_career_cluster_occupations
        from ..models.career_cluster_occupation_list import CareerClusterOccupationList

        response = await _online_list_career_cluster_occupations.asyncio_detailed(
            client=self._client, cluster_code=cluster_code, sort=sort, start=start, end=end
        )
        return self._expect(response, CareerClusterOccupationList)

    async def raw(
        self, cluster_code: str, *, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/{cluster_code}` returning status, headers and body whatever the status."""
        from ..api.online import list_career_cluster_occupations as _online_list_career_cluster_occupations

        return await _online_list_career_cluster_occupations.asyncio_detailed(
            client=self._raw_client(), cluster_code=cluster_code, sort=sort, start=start, end=end
        )

    def iter(
        self,
        cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_career_cluster_occupations as _online_list_career_cluster_occupations

        return AsyncPager(
            _online_list_career_cluster_occupations,
            self._client,
            page_size,
            max_items,
            {"cluster_code": cluster_code, "sort": sort},
        )


class ListCareerClusters(Operation):
    """Career Cluster listing.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
    `[*].sub_cluster[*].title`.

    `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/"

    def __call__(self) -> list[CareerCluster]:
        """Career Cluster listing.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
        `[*].sub_cluster[*].title`.

        `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

        The path is v1.9's (also in one generated v2 client); the v2 body is assumed to be a bare array like
        other v2 listings, and the nested sub_cluster list is a guess.

        Lists the Career Clusters, groups of occupations in one field of work needing similar skills. Each
        entry links to its occupation listing. Cluster codes are six digits (e.g. 010100 Advanced
        Manufacturing).

        Returns:
            list[CareerCluster]: the parsed success response

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
        from ..api.online import list_career_clusters as _online_list_career_clusters

        response = _online_list_career_clusters.sync_detailed(client=self._client)
        return cast("list[CareerCluster]", response.parsed)

    def raw(self) -> Response[Error | list[CareerCluster] | str]:
        """`GET /online/career_clusters/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_career_clusters as _online_list_career_clusters

        return _online_list_career_clusters.sync_detailed(client=self._raw_client())


class AsyncListCareerClusters(AsyncOperation):
    """Career Cluster listing.

    Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
    documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
    `[*].sub_cluster[*].title`.

    `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/"

    async def __call__(self) -> list[CareerCluster]:
        """Career Cluster listing.

        Warning: unverified path (confidence: inferred-from-v1.9). Assumed response fields (no real body or
        documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].href`, `[*].code`, `[*].title`, `[*].sub_cluster[*].code`,
        `[*].sub_cluster[*].title`.

        `GET /online/career_clusters/` (confidence: inferred-from-v1.9).

        The path is v1.9's (also in one generated v2 client); the v2 body is assumed to be a bare array like
        other v2 listings, and the nested sub_cluster list is a guess.

        Lists the Career Clusters, groups of occupations in one field of work needing similar skills. Each
        entry links to its occupation listing. Cluster codes are six digits (e.g. 010100 Advanced
        Manufacturing).

        Returns:
            list[CareerCluster]: the parsed success response

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
        from ..api.online import list_career_clusters as _online_list_career_clusters

        response = await _online_list_career_clusters.asyncio_detailed(client=self._client)
        return cast("list[CareerCluster]", response.parsed)

    async def raw(self) -> Response[Error | list[CareerCluster] | str]:
        """`GET /online/career_clusters/` returning status, headers and body whatever the status."""
        from ..api.online import list_career_clusters as _online_list_career_clusters

        return await _online_list_career_clusters.asyncio_detailed(client=self._raw_client())


class ListCareerSubClusterOccupations(Operation):
    """(Unverified path) Occupations in a sub-cluster.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/career_clusters/sub_clusters/{sub_cluster_code},
    /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
    real body or documentation shows them; optional in the model, a missing one is logged as drift and
    raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
    `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
    `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/{cluster_code}/{sub_cluster_code}"

    def __call__(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerClusterOccupationList:
        """(Unverified path) Occupations in a sub-cluster.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/career_clusters/sub_clusters/{sub_cluster_code},
        /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
        real body or documentation shows them; optional in the model, a missing one is logged as drift and
        raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
        `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
        `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

        Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
        /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
        filter on the cluster listing; the body is assumed equal to the cluster listing.

        Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

        Args:
            cluster_code: Six-digit Career Cluster code. Constraints: pattern ^\\d{6}$.
            sub_cluster_code: Six-digit sub-cluster code. Constraints: pattern ^\\d{6}$.
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ..api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations
        from ..models.career_cluster_occupation_list import CareerClusterOccupationList

        response = _online_list_career_sub_cluster_occupations.sync_detailed(
            client=self._client,
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )
        return self._expect(response, CareerClusterOccupationList)

    def raw(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return _online_list_career_sub_cluster_occupations.sync_detailed(
            client=self._raw_client(),
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )

    def iter(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return Pager(
            _online_list_career_sub_cluster_occupations,
            self._client,
            page_size,
            max_items,
            {"cluster_code": cluster_code, "sub_cluster_code": sub_cluster_code, "sort": sort},
        )


class AsyncListCareerSubClusterOccupations(AsyncOperation):
    """(Unverified path) Occupations in a sub-cluster.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/career_clusters/sub_clusters/{sub_cluster_code},
    /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
    real body or documentation shows them; optional in the model, a missing one is logged as drift and
    raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
    `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
    `occupation[*].career_pathway.title`.

    `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/career_clusters/{cluster_code}/{sub_cluster_code}"

    async def __call__(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> CareerClusterOccupationList:
        """(Unverified path) Occupations in a sub-cluster.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/career_clusters/sub_clusters/{sub_cluster_code},
        /online/career_clusters/{cluster_code}?sub_cluster={sub_cluster_code}. Assumed response fields (no
        real body or documentation shows them; optional in the model, a missing one is logged as drift and
        raises with strict_responses=True): `occupation`, `occupation[*].career_cluster.code`,
        `occupation[*].career_cluster.title`, `occupation[*].career_pathway.code`,
        `occupation[*].career_pathway.title`.

        `GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` (confidence: guess).

        Path unverified: candidates are /online/career_clusters/{cluster_code}/{sub_cluster_code},
        /online/career_clusters/sub_clusters/{sub_cluster_code} (generated client) and a ?sub_cluster=
        filter on the cluster listing; the body is assumed equal to the cluster listing.

        Pages through the occupations of one sub-cluster, a narrower area inside a Career Cluster.

        Args:
            cluster_code: Six-digit Career Cluster code. Constraints: pattern ^\\d{6}$.
            sub_cluster_code: Six-digit sub-cluster code. Constraints: pattern ^\\d{6}$.
            sort: Sort order. v1.9 values: pathway (sub-cluster, default for one cluster), name, code,
                cluster (default for all); v2 may rename pathway and name (unverified).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            CareerClusterOccupationList: the parsed success response

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
        from ..api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations
        from ..models.career_cluster_occupation_list import CareerClusterOccupationList

        response = await _online_list_career_sub_cluster_occupations.asyncio_detailed(
            client=self._client,
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )
        return self._expect(response, CareerClusterOccupationList)

    async def raw(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[CareerClusterOccupationList | Error | str]:
        """`GET /online/career_clusters/{cluster_code}/{sub_cluster_code}` returning status, headers and body whatever the status."""
        from ..api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return await _online_list_career_sub_cluster_occupations.asyncio_detailed(
            client=self._raw_client(),
            cluster_code=cluster_code,
            sub_cluster_code=sub_cluster_code,
            sort=sort,
            start=start,
            end=end,
        )

    def iter(
        self,
        cluster_code: str,
        sub_cluster_code: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CareerClusterOccupation, CareerClusterOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_career_sub_cluster_occupations as _online_list_career_sub_cluster_occupations

        return AsyncPager(
            _online_list_career_sub_cluster_occupations,
            self._client,
            page_size,
            max_items,
            {"cluster_code": cluster_code, "sub_cluster_code": sub_cluster_code, "sort": sort},
        )


class ListHotTechnologies(Operation):
    """(Unverified path) Hot Technologies listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
    or documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `technology`, `technology[*].title`.

    `GET /online/hot_technology` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/hot_technology"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteHotTechnologyList:
        """(Unverified path) Hot Technologies listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
        or documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `technology`, `technology[*].title`.

        `GET /online/hot_technology` (confidence: guess).

        Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
        other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
        only shows Hot Technologies as a per-occupation report, so this listing may not exist.

        Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
        list). Paging is assumed from the start/end parameters in the v2 test.

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
            SiteHotTechnologyList: the parsed success response

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
        from ..api.online import list_hot_technologies as _online_list_hot_technologies
        from ..models.site_hot_technology_list import SiteHotTechnologyList

        response = _online_list_hot_technologies.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteHotTechnologyList)

    def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[Error | SiteHotTechnologyList | str]:
        """`GET /online/hot_technology` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_hot_technologies as _online_list_hot_technologies

        return _online_list_hot_technologies.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[SiteTechnologyItem, SiteHotTechnologyList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_hot_technologies as _online_list_hot_technologies

        return Pager(_online_list_hot_technologies, self._client, page_size, max_items, {})


class AsyncListHotTechnologies(AsyncOperation):
    """(Unverified path) Hot Technologies listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
    or documentation shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `technology`, `technology[*].title`.

    `GET /online/hot_technology` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/hot_technology"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteHotTechnologyList:
        """(Unverified path) Hot Technologies listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/hot_technology/, /online/hot_technology/{technology}. Assumed response fields (no real body
        or documentation shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `technology`, `technology[*].title`.

        `GET /online/hot_technology` (confidence: guess).

        Path unverified: a v2 test calls /online/hot_technology?start=1&end=5 without showing the answer;
        other candidates are /online/hot_technology/ and /online/hot_technology/{technology}; the v2 manual
        only shows Hot Technologies as a per-occupation report, so this listing may not exist.

        Would list technologies frequently requested in job postings across all occupations (v1.9 had such a
        list). Paging is assumed from the start/end parameters in the v2 test.

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
            SiteHotTechnologyList: the parsed success response

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
        from ..api.online import list_hot_technologies as _online_list_hot_technologies
        from ..models.site_hot_technology_list import SiteHotTechnologyList

        response = await _online_list_hot_technologies.asyncio_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteHotTechnologyList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | SiteHotTechnologyList | str]:
        """`GET /online/hot_technology` returning status, headers and body whatever the status."""
        from ..api.online import list_hot_technologies as _online_list_hot_technologies

        return await _online_list_hot_technologies.asyncio_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[SiteTechnologyItem, SiteHotTechnologyList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_hot_technologies as _online_list_hot_technologies

        return AsyncPager(_online_list_hot_technologies, self._client, page_size, max_items, {})


class ListInDemandSkills(Operation):
    """(Unverified path) In Demand skills listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
    `technology[*].title`.

    `GET /online/in_demand_skills` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/in_demand_skills"

    def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteInDemandList:
        """(Unverified path) In Demand skills listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
        `technology[*].title`.

        `GET /online/in_demand_skills` (confidence: guess).

        Path unverified and invented: no v1.9 or v2 source names a site-wide endpoint (the manual lists In
        Demand skills only as an occupation report); candidates /online/in_demand_skills and
        /online/in_demand are analogies with the Hot Technologies listing, as is the body.

        Placeholder for a possible site-wide list of technology skills most in demand by employers.

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
            SiteInDemandList: the parsed success response

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
        from ..api.online import list_in_demand_skills as _online_list_in_demand_skills
        from ..models.site_in_demand_list import SiteInDemandList

        response = _online_list_in_demand_skills.sync_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteInDemandList)

    def raw(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> Response[Error | SiteInDemandList | str]:
        """`GET /online/in_demand_skills` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_in_demand_skills as _online_list_in_demand_skills

        return _online_list_in_demand_skills.sync_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[SiteTechnologyItem, SiteInDemandList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_in_demand_skills as _online_list_in_demand_skills

        return Pager(_online_list_in_demand_skills, self._client, page_size, max_items, {})


class AsyncListInDemandSkills(AsyncOperation):
    """(Unverified path) In Demand skills listing (site-wide).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
    `technology[*].title`.

    `GET /online/in_demand_skills` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/in_demand_skills"

    async def __call__(self, *, start: int | Unset = 1, end: int | Unset = UNSET) -> SiteInDemandList:
        """(Unverified path) In Demand skills listing (site-wide).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/in_demand. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `technology`,
        `technology[*].title`.

        `GET /online/in_demand_skills` (confidence: guess).

        Path unverified and invented: no v1.9 or v2 source names a site-wide endpoint (the manual lists In
        Demand skills only as an occupation report); candidates /online/in_demand_skills and
        /online/in_demand are analogies with the Hot Technologies listing, as is the body.

        Placeholder for a possible site-wide list of technology skills most in demand by employers.

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
            SiteInDemandList: the parsed success response

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
        from ..api.online import list_in_demand_skills as _online_list_in_demand_skills
        from ..models.site_in_demand_list import SiteInDemandList

        response = await _online_list_in_demand_skills.asyncio_detailed(client=self._client, start=start, end=end)
        return self._expect(response, SiteInDemandList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | SiteInDemandList | str]:
        """`GET /online/in_demand_skills` returning status, headers and body whatever the status."""
        from ..api.online import list_in_demand_skills as _online_list_in_demand_skills

        return await _online_list_in_demand_skills.asyncio_detailed(client=self._raw_client(), start=start, end=end)

    def iter(
        self, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[SiteTechnologyItem, SiteInDemandList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_in_demand_skills as _online_list_in_demand_skills

        return AsyncPager(_online_list_in_demand_skills, self._client, page_size, max_items, {})


class ListJobDutiesRelatedOccupations(Operation):
    """(Unverified path) Job duties: related occupations for tasks.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/results/. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/job_duties/results/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/results/{code}"

    def __call__(
        self, code: str, *, tasks: str, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> JobDutiesOccupationList:
        """(Unverified path) Job duties: related occupations for tasks.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/results/. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/job_duties/results/{code}` (confidence: guess).

        Path unverified: /online/job_duties/results/{code} (Go client) or /online/job_duties/results/
        without a code (Zig client); body and sort values are guesses.

        Step 3 of the Job Duties custom list: occupations whose tasks match those the user selected.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            tasks: Comma-separated task ids chosen in step 2. Constraints: min length 1.
            sort: Sort order (unverified; values unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            JobDutiesOccupationList: the parsed success response

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
        from ..api.online import list_job_duties_related_occupations as _online_list_job_duties_related_occupations
        from ..models.job_duties_occupation_list import JobDutiesOccupationList

        response = _online_list_job_duties_related_occupations.sync_detailed(
            client=self._client, code=code, tasks=tasks, sort=sort, start=start, end=end
        )
        return self._expect(response, JobDutiesOccupationList)

    def raw(
        self, code: str, *, tasks: str, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | JobDutiesOccupationList | str]:
        """`GET /online/job_duties/results/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_job_duties_related_occupations as _online_list_job_duties_related_occupations

        return _online_list_job_duties_related_occupations.sync_detailed(
            client=self._raw_client(), code=code, tasks=tasks, sort=sort, start=start, end=end
        )

    def iter(
        self,
        code: str,
        *,
        tasks: str,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[OccupationItem, JobDutiesOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_job_duties_related_occupations as _online_list_job_duties_related_occupations

        return Pager(
            _online_list_job_duties_related_occupations,
            self._client,
            page_size,
            max_items,
            {"code": code, "tasks": tasks, "sort": sort},
        )


class AsyncListJobDutiesRelatedOccupations(AsyncOperation):
    """(Unverified path) Job duties: related occupations for tasks.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/results/. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/job_duties/results/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/results/{code}"

    async def __call__(
        self, code: str, *, tasks: str, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> JobDutiesOccupationList:
        """(Unverified path) Job duties: related occupations for tasks.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/results/. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/job_duties/results/{code}` (confidence: guess).

        Path unverified: /online/job_duties/results/{code} (Go client) or /online/job_duties/results/
        without a code (Zig client); body and sort values are guesses.

        Step 3 of the Job Duties custom list: occupations whose tasks match those the user selected.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            tasks: Comma-separated task ids chosen in step 2. Constraints: min length 1.
            sort: Sort order (unverified; values unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            JobDutiesOccupationList: the parsed success response

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
        from ..api.online import list_job_duties_related_occupations as _online_list_job_duties_related_occupations
        from ..models.job_duties_occupation_list import JobDutiesOccupationList

        response = await _online_list_job_duties_related_occupations.asyncio_detailed(
            client=self._client, code=code, tasks=tasks, sort=sort, start=start, end=end
        )
        return self._expect(response, JobDutiesOccupationList)

    async def raw(
        self, code: str, *, tasks: str, sort: str | Unset = UNSET, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | JobDutiesOccupationList | str]:
        """`GET /online/job_duties/results/{code}` returning status, headers and body whatever the status."""
        from ..api.online import list_job_duties_related_occupations as _online_list_job_duties_related_occupations

        return await _online_list_job_duties_related_occupations.asyncio_detailed(
            client=self._raw_client(), code=code, tasks=tasks, sort=sort, start=start, end=end
        )

    def iter(
        self,
        code: str,
        *,
        tasks: str,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[OccupationItem, JobDutiesOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_job_duties_related_occupations as _online_list_job_duties_related_occupations

        return AsyncPager(
            _online_list_job_duties_related_occupations,
            self._client,
            page_size,
            max_items,
            {"code": code, "tasks": tasks, "sort": sort},
        )


class ListJobDutiesTasks(Operation):
    """(Unverified path) Job duties: tasks in occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].id`, `[*].title`.

    `GET /online/job_duties/tasks/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/tasks/{code}"

    def __call__(self, code: str) -> list[JobDutiesTask]:
        """(Unverified path) Job duties: tasks in occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].id`, `[*].title`.

        `GET /online/job_duties/tasks/{code}` (confidence: guess).

        Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
        client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
        assumes {code, title, task[]} instead); paging unknown.

        Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
        can pick the ones they perform.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[JobDutiesTask]: the parsed success response

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
        from ..api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        response = _online_list_job_duties_tasks.sync_detailed(client=self._client, code=code)
        return cast("list[JobDutiesTask]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[JobDutiesTask] | str]:
        """`GET /online/job_duties/tasks/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        return _online_list_job_duties_tasks.sync_detailed(client=self._raw_client(), code=code)


class AsyncListJobDutiesTasks(AsyncOperation):
    """(Unverified path) Job duties: tasks in occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].id`, `[*].title`.

    `GET /online/job_duties/tasks/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/tasks/{code}"

    async def __call__(self, code: str) -> list[JobDutiesTask]:
        """(Unverified path) Job duties: tasks in occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/{code}/. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].id`, `[*].title`.

        `GET /online/job_duties/tasks/{code}` (confidence: guess).

        Path unverified: /online/job_duties/tasks/{code} (Go client) or /online/job_duties/{code}/ (Zig
        client); the bare array of {id, title} is an analogy with activities in occupation (the Go client
        assumes {code, title, task[]} instead); paging unknown.

        Step 2 of the Job Duties custom list: lists the task statements of the chosen occupation so the user
        can pick the ones they perform.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[JobDutiesTask]: the parsed success response

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
        from ..api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        response = await _online_list_job_duties_tasks.asyncio_detailed(client=self._client, code=code)
        return cast("list[JobDutiesTask]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[JobDutiesTask] | str]:
        """`GET /online/job_duties/tasks/{code}` returning status, headers and body whatever the status."""
        from ..api.online import list_job_duties_tasks as _online_list_job_duties_tasks

        return await _online_list_job_duties_tasks.asyncio_detailed(client=self._raw_client(), code=code)


class ListJobFamilies(Operation):
    """(Unverified path) Browse by Job Family / Job Zone / Industry.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

    `GET /online/job_families/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_families/"

    def __call__(self) -> list[JobFamilyListItem]:
        """(Unverified path) Browse by Job Family / Job Zone / Industry.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
        /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].code`, `[*].title`.

        `GET /online/job_families/` (confidence: guess).

        Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
        candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
        /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
        the Job Family listing is modelled.

        Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
        the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
        and item property on STEM lists.

        Returns:
            list[JobFamilyListItem]: the parsed success response

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
        from ..api.online import list_job_families as _online_list_job_families

        response = _online_list_job_families.sync_detailed(client=self._client)
        return cast("list[JobFamilyListItem]", response.parsed)

    def raw(self) -> Response[Error | list[JobFamilyListItem] | str]:
        """`GET /online/job_families/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_job_families as _online_list_job_families

        return _online_list_job_families.sync_detailed(client=self._raw_client())


class AsyncListJobFamilies(AsyncOperation):
    """(Unverified path) Browse by Job Family / Job Zone / Industry.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
    /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `[*].code`, `[*].title`.

    `GET /online/job_families/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/job_families/"

    async def __call__(self) -> list[JobFamilyListItem]:
        """(Unverified path) Browse by Job Family / Job Zone / Industry.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_families/{code}, /online/job_zones/, /online/job_zones/{job_zone}, /online/industries/,
        /online/industries/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `[*].code`, `[*].title`.

        `GET /online/job_families/` (confidence: guess).

        Path unverified: these v1.9 browse services are absent from all v2 navigation and may be removed;
        candidates are the v1.9 paths /online/job_families/, /online/job_families/{code},
        /online/job_zones/, /online/job_zones/{1-5}, /online/industries/ and /online/industries/{code}. Only
        the Job Family listing is modelled.

        Would list Job Families, each linking to its occupations; Job Zone and Industry browsing followed
        the same listing-then-occupations pattern in v1.9. In v2 job families are confirmed only as a filter
        and item property on STEM lists.

        Returns:
            list[JobFamilyListItem]: the parsed success response

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
        from ..api.online import list_job_families as _online_list_job_families

        response = await _online_list_job_families.asyncio_detailed(client=self._client)
        return cast("list[JobFamilyListItem]", response.parsed)

    async def raw(self) -> Response[Error | list[JobFamilyListItem] | str]:
        """`GET /online/job_families/` returning status, headers and body whatever the status."""
        from ..api.online import list_job_families as _online_list_job_families

        return await _online_list_job_families.asyncio_detailed(client=self._raw_client())


class ListOccupationProfessionalAssociations(Operation):
    """(Unverified path) Related associations for occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

    `GET /online/professional_associations/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/{code}"

    def __call__(self, code: str) -> ProfessionalAssociationsForOccupation:
        """(Unverified path) Related associations for occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `source`, `source[*].name`.

        `GET /online/professional_associations/{code}` (confidence: guess).

        Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
        client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

        Lists professional associations relevant to the selected occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ProfessionalAssociationsForOccupation: the parsed success response

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
        from ..api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )
        from ..models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation

        response = _online_list_occupation_professional_associations.sync_detailed(client=self._client, code=code)
        return self._expect(response, ProfessionalAssociationsForOccupation)

    def raw(self, code: str) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
        """`GET /online/professional_associations/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )

        return _online_list_occupation_professional_associations.sync_detailed(client=self._raw_client(), code=code)


class AsyncListOccupationProfessionalAssociations(AsyncOperation):
    """(Unverified path) Related associations for occupation.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `source`, `source[*].name`.

    `GET /online/professional_associations/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/{code}"

    async def __call__(self, code: str) -> ProfessionalAssociationsForOccupation:
        """(Unverified path) Related associations for occupation.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/{code}. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `source`, `source[*].name`.

        `GET /online/professional_associations/{code}` (confidence: guess).

        Path unverified: /online/professional_associations/{code} or /online/associations/{code} (Go
        client); the source[{name, url, category}] body follows a v1.9-era client and paging is unknown.

        Lists professional associations relevant to the selected occupation.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            ProfessionalAssociationsForOccupation: the parsed success response

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
        from ..api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )
        from ..models.professional_associations_for_occupation import ProfessionalAssociationsForOccupation

        response = await _online_list_occupation_professional_associations.asyncio_detailed(
            client=self._client, code=code
        )
        return self._expect(response, ProfessionalAssociationsForOccupation)

    async def raw(self, code: str) -> Response[Error | ProfessionalAssociationsForOccupation | str]:
        """`GET /online/professional_associations/{code}` returning status, headers and body whatever the status."""
        from ..api.online import (
            list_occupation_professional_associations as _online_list_occupation_professional_associations,
        )

        return await _online_list_occupation_professional_associations.asyncio_detailed(
            client=self._raw_client(), code=code
        )


class ListOccupations(Operation):
    """See all occupations.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/occupations/` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/"

    def __call__(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> OnlineOccupationList:
        """See all occupations.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/occupations/` (confidence: observed-in-typed-client-code).

        Path and envelope come from v2 client code; the sort parameter is a guess from v1.9 browse listings
        and tags on this listing are not confirmed.

        Pages through every occupation in the current O*NET-SOC taxonomy. A v2 client and a next link also
        use the spelling without trailing slash.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.
            sort: Sort order (unverified; not observed in v2, values unknown).

        Returns:
            OnlineOccupationList: the parsed success response

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
        from ..api.online import list_occupations as _online_list_occupations
        from ..models.online_occupation_list import OnlineOccupationList

        response = _online_list_occupations.sync_detailed(client=self._client, start=start, end=end, sort=sort)
        return self._expect(response, OnlineOccupationList)

    def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> Response[Error | OnlineOccupationList | str]:
        """`GET /online/occupations/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_occupations as _online_list_occupations

        return _online_list_occupations.sync_detailed(client=self._raw_client(), start=start, end=end, sort=sort)

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, OnlineOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_occupations as _online_list_occupations

        return Pager(_online_list_occupations, self._client, page_size, max_items, {"sort": sort})


class AsyncListOccupations(AsyncOperation):
    """See all occupations.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/occupations/` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/occupations/"

    async def __call__(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> OnlineOccupationList:
        """See all occupations.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/occupations/` (confidence: observed-in-typed-client-code).

        Path and envelope come from v2 client code; the sort parameter is a guess from v1.9 browse listings
        and tags on this listing are not confirmed.

        Pages through every occupation in the current O*NET-SOC taxonomy. A v2 client and a next link also
        use the spelling without trailing slash.

        Args:
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.
            sort: Sort order (unverified; not observed in v2, values unknown).

        Returns:
            OnlineOccupationList: the parsed success response

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
        from ..api.online import list_occupations as _online_list_occupations
        from ..models.online_occupation_list import OnlineOccupationList

        response = await _online_list_occupations.asyncio_detailed(client=self._client, start=start, end=end, sort=sort)
        return self._expect(response, OnlineOccupationList)

    async def raw(
        self, *, start: int | Unset = 1, end: int | Unset = UNSET, sort: str | Unset = UNSET
    ) -> Response[Error | OnlineOccupationList | str]:
        """`GET /online/occupations/` returning status, headers and body whatever the status."""
        from ..api.online import list_occupations as _online_list_occupations

        return await _online_list_occupations.asyncio_detailed(
            client=self._raw_client(), start=start, end=end, sort=sort
        )

    def iter(
        self, *, sort: str | Unset = UNSET, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, OnlineOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_occupations as _online_list_occupations

        return AsyncPager(_online_list_occupations, self._client, page_size, max_items, {"sort": sort})


class ListOnetDataElementOccupations(Operation):
    """O*NET data: occupations for element.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/{element_id}"

    def __call__(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> OnetDataOccupationList:
        """O*NET data: occupations for element.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

        Unverified: path from client tests and a secondary guide; body, score members and sort values are
        guesses.

        Pages through occupations ordered by how important or prevalent the chosen element is for them.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.
            element_id: Content-model element id.
            sort: Sort order (unverified; values unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OnetDataOccupationList: the parsed success response

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
        from ..api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations
        from ..models.onet_data_occupation_list import OnetDataOccupationList

        response = _online_list_onet_data_element_occupations.sync_detailed(
            client=self._client, descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )
        return self._expect(response, OnetDataOccupationList)

    def raw(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | OnetDataOccupationList | str]:
        """`GET /online/onet_data/{descriptor}/{element_id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return _online_list_onet_data_element_occupations.sync_detailed(
            client=self._raw_client(), descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )

    def iter(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[OccupationItem, OnetDataOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return Pager(
            _online_list_onet_data_element_occupations,
            self._client,
            page_size,
            max_items,
            {"descriptor": descriptor, "element_id": element_id, "sort": sort},
        )


class AsyncListOnetDataElementOccupations(AsyncOperation):
    """O*NET data: occupations for element.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/{element_id}"

    async def __call__(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> OnetDataOccupationList:
        """O*NET data: occupations for element.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/onet_data/{descriptor}/{element_id}` (confidence: guess).

        Unverified: path from client tests and a secondary guide; body, score members and sort values are
        guesses.

        Pages through occupations ordered by how important or prevalent the chosen element is for them.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.
            element_id: Content-model element id.
            sort: Sort order (unverified; values unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OnetDataOccupationList: the parsed success response

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
        from ..api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations
        from ..models.onet_data_occupation_list import OnetDataOccupationList

        response = await _online_list_onet_data_element_occupations.asyncio_detailed(
            client=self._client, descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )
        return self._expect(response, OnetDataOccupationList)

    async def raw(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | OnetDataOccupationList | str]:
        """`GET /online/onet_data/{descriptor}/{element_id}` returning status, headers and body whatever the status."""
        from ..api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return await _online_list_onet_data_element_occupations.asyncio_detailed(
            client=self._raw_client(), descriptor=descriptor, element_id=element_id, sort=sort, start=start, end=end
        )

    def iter(
        self,
        descriptor: str,
        element_id: str,
        *,
        sort: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[OccupationItem, OnetDataOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_onet_data_element_occupations as _online_list_onet_data_element_occupations

        return AsyncPager(
            _online_list_onet_data_element_occupations,
            self._client,
            page_size,
            max_items,
            {"descriptor": descriptor, "element_id": element_id, "sort": sort},
        )


class ListOnetDataElements(Operation):
    """O*NET data: elements of a descriptor.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/onet_data/{descriptor}/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/"

    def __call__(self, descriptor: str) -> list[OnetDataElement]:
        """O*NET data: elements of a descriptor.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/onet_data/{descriptor}/` (confidence: guess).

        Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
        body come from unverified clients.

        Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.

        Returns:
            list[OnetDataElement]: the parsed success response

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
        from ..api.online import list_onet_data_elements as _online_list_onet_data_elements

        response = _online_list_onet_data_elements.sync_detailed(client=self._client, descriptor=descriptor)
        return cast("list[OnetDataElement]", response.parsed)

    def raw(self, descriptor: str) -> Response[Error | list[OnetDataElement] | str]:
        """`GET /online/onet_data/{descriptor}/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_onet_data_elements as _online_list_onet_data_elements

        return _online_list_onet_data_elements.sync_detailed(client=self._raw_client(), descriptor=descriptor)


class AsyncListOnetDataElements(AsyncOperation):
    """O*NET data: elements of a descriptor.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/onet_data/{descriptor}/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/onet_data/{descriptor}/"

    async def __call__(self, descriptor: str) -> list[OnetDataElement]:
        """O*NET data: elements of a descriptor.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/onet_data/{descriptor}/` (confidence: guess).

        Unverified: only skills_cf is backed by a v2 manual URL; other descriptor names and the bare-array
        body come from unverified clients.

        Lists the elements (e.g. individual skills) of one O*NET descriptor family for browsing.

        Args:
            descriptor: Descriptor family. Seen: abilities, interests, skills_basic, skills_cf, work_styles;
                plausible: knowledge, work_activities, work_context, work_values.

        Returns:
            list[OnetDataElement]: the parsed success response

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
        from ..api.online import list_onet_data_elements as _online_list_onet_data_elements

        response = await _online_list_onet_data_elements.asyncio_detailed(client=self._client, descriptor=descriptor)
        return cast("list[OnetDataElement]", response.parsed)

    async def raw(self, descriptor: str) -> Response[Error | list[OnetDataElement] | str]:
        """`GET /online/onet_data/{descriptor}/` returning status, headers and body whatever the status."""
        from ..api.online import list_onet_data_elements as _online_list_onet_data_elements

        return await _online_list_onet_data_elements.asyncio_detailed(client=self._raw_client(), descriptor=descriptor)


class ListRelatedActivities(Operation):
    """Related activities: activities in occupation.

    `GET /online/related_activities/activities/{code}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/activities/{code}"

    def __call__(self, code: str) -> list[RelatedActivitiesDwa]:
        """Related activities: activities in occupation.

        `GET /online/related_activities/activities/{code}` (confidence: documented).

        Paging is unclear: the manual text says 20 results come by default, yet the documented body is a
        bare array and no start/end parameters are listed, so none are declared.

        Step 2 of the Related Activities search: lists the detailed work activities (DWAs) of the chosen
        occupation; the user picks some and passes their ids to step 3.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[RelatedActivitiesDwa]: the parsed success response

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
        from ..api.online import list_related_activities as _online_list_related_activities

        response = _online_list_related_activities.sync_detailed(client=self._client, code=code)
        return cast("list[RelatedActivitiesDwa]", response.parsed)

    def raw(self, code: str) -> Response[Error | list[RelatedActivitiesDwa] | str]:
        """`GET /online/related_activities/activities/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_related_activities as _online_list_related_activities

        return _online_list_related_activities.sync_detailed(client=self._raw_client(), code=code)


class AsyncListRelatedActivities(AsyncOperation):
    """Related activities: activities in occupation.

    `GET /online/related_activities/activities/{code}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/activities/{code}"

    async def __call__(self, code: str) -> list[RelatedActivitiesDwa]:
        """Related activities: activities in occupation.

        `GET /online/related_activities/activities/{code}` (confidence: documented).

        Paging is unclear: the manual text says 20 results come by default, yet the documented body is a
        bare array and no start/end parameters are listed, so none are declared.

        Step 2 of the Related Activities search: lists the detailed work activities (DWAs) of the chosen
        occupation; the user picks some and passes their ids to step 3.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.

        Returns:
            list[RelatedActivitiesDwa]: the parsed success response

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
        from ..api.online import list_related_activities as _online_list_related_activities

        response = await _online_list_related_activities.asyncio_detailed(client=self._client, code=code)
        return cast("list[RelatedActivitiesDwa]", response.parsed)

    async def raw(self, code: str) -> Response[Error | list[RelatedActivitiesDwa] | str]:
        """`GET /online/related_activities/activities/{code}` returning status, headers and body whatever the status."""
        from ..api.online import list_related_activities as _online_list_related_activities

        return await _online_list_related_activities.asyncio_detailed(client=self._raw_client(), code=code)


class ListRelatedActivitiesOccupations(Operation):
    """(Unverified path) Related activities: related occupations for activities.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/related_activities/related/{code}.

    `GET /online/related_activities/results/{code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/results/{code}"

    def __call__(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> RelatedActivitiesOccupationList:
        """(Unverified path) Related activities: related occupations for activities.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/related_activities/related/{code}.

        `GET /online/related_activities/results/{code}` (confidence: guess).

        Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
        comes only from a generated client (alternative: /online/related_activities/related/{code}).
        Parameters and body are documented.

        Step 3 of the Related Activities search: returns occupations that share one or more of the selected
        DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
        (shared, similar, full). Sorted by the number of shared activities by default.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            activities: Comma-separated DWA ids chosen in step 2, e.g. 4.A.4.a.1.I05.D01,4.A.2.a.2.I05.D04.
                Constraints: min length 1.
            sort: Sort order. One of: 'shared', 'similar', 'title', 'code', 'zone'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            RelatedActivitiesOccupationList: the parsed success response

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
        from ..api.online import list_related_activities_occupations as _online_list_related_activities_occupations
        from ..models.related_activities_occupation_list import RelatedActivitiesOccupationList

        response = _online_list_related_activities_occupations.sync_detailed(
            client=self._client, code=code, activities=activities, sort=sort, start=start, end=end
        )
        return self._expect(response, RelatedActivitiesOccupationList)

    def raw(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | RelatedActivitiesOccupationList | str]:
        """`GET /online/related_activities/results/{code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return _online_list_related_activities_occupations.sync_detailed(
            client=self._raw_client(), code=code, activities=activities, sort=sort, start=start, end=end
        )

    def iter(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[RelatedActivitiesOccupation, RelatedActivitiesOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return Pager(
            _online_list_related_activities_occupations,
            self._client,
            page_size,
            max_items,
            {"code": code, "activities": activities, "sort": sort},
        )


class AsyncListRelatedActivitiesOccupations(AsyncOperation):
    """(Unverified path) Related activities: related occupations for activities.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/related_activities/related/{code}.

    `GET /online/related_activities/results/{code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/results/{code}"

    async def __call__(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> RelatedActivitiesOccupationList:
        """(Unverified path) Related activities: related occupations for activities.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/related_activities/related/{code}.

        `GET /online/related_activities/results/{code}` (confidence: guess).

        Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
        comes only from a generated client (alternative: /online/related_activities/related/{code}).
        Parameters and body are documented.

        Step 3 of the Related Activities search: returns occupations that share one or more of the selected
        DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
        (shared, similar, full). Sorted by the number of shared activities by default.

        Args:
            code: O*NET-SOC occupation code with its two-digit suffix, e.g. 15-1252.00. Constraints: pattern
                ^\\d{2}-\\d{4}\\.\\d{2}$.
            activities: Comma-separated DWA ids chosen in step 2, e.g. 4.A.4.a.1.I05.D01,4.A.2.a.2.I05.D04.
                Constraints: min length 1.
            sort: Sort order. One of: 'shared', 'similar', 'title', 'code', 'zone'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            RelatedActivitiesOccupationList: the parsed success response

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
        from ..api.online import list_related_activities_occupations as _online_list_related_activities_occupations
        from ..models.related_activities_occupation_list import RelatedActivitiesOccupationList

        response = await _online_list_related_activities_occupations.asyncio_detailed(
            client=self._client, code=code, activities=activities, sort=sort, start=start, end=end
        )
        return self._expect(response, RelatedActivitiesOccupationList)

    async def raw(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | RelatedActivitiesOccupationList | str]:
        """`GET /online/related_activities/results/{code}` returning status, headers and body whatever the status."""
        from ..api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return await _online_list_related_activities_occupations.asyncio_detailed(
            client=self._raw_client(), code=code, activities=activities, sort=sort, start=start, end=end
        )

    def iter(
        self,
        code: str,
        *,
        activities: str,
        sort: RelatedActivitiesResultsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[RelatedActivitiesOccupation, RelatedActivitiesOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_related_activities_occupations as _online_list_related_activities_occupations

        return AsyncPager(
            _online_list_related_activities_occupations,
            self._client,
            page_size,
            max_items,
            {"code": code, "activities": activities, "sort": sort},
        )


class ListSoftSkills(Operation):
    """Soft skills: skill listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/soft_skills/` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/soft_skills/"

    def __call__(self) -> list[SoftSkill]:
        """Soft skills: skill listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/soft_skills/` (confidence: guess).

        Unverified: the path comes from two unverified clients and the response shape (a bare array of {id,
        title}) is a guess; paging unknown.

        Lists the basic and cross-functional skills a user can choose from before asking for matching
        occupations.

        Returns:
            list[SoftSkill]: the parsed success response

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
        from ..api.online import list_soft_skills as _online_list_soft_skills

        response = _online_list_soft_skills.sync_detailed(client=self._client)
        return cast("list[SoftSkill]", response.parsed)

    def raw(self) -> Response[Error | list[SoftSkill] | str]:
        """`GET /online/soft_skills/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_soft_skills as _online_list_soft_skills

        return _online_list_soft_skills.sync_detailed(client=self._raw_client())


class AsyncListSoftSkills(AsyncOperation):
    """Soft skills: skill listing.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `[*].id`.

    `GET /online/soft_skills/` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/soft_skills/"

    async def __call__(self) -> list[SoftSkill]:
        """Soft skills: skill listing.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `[*].id`.

        `GET /online/soft_skills/` (confidence: guess).

        Unverified: the path comes from two unverified clients and the response shape (a bare array of {id,
        title}) is a guess; paging unknown.

        Lists the basic and cross-functional skills a user can choose from before asking for matching
        occupations.

        Returns:
            list[SoftSkill]: the parsed success response

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
        from ..api.online import list_soft_skills as _online_list_soft_skills

        response = await _online_list_soft_skills.asyncio_detailed(client=self._client)
        return cast("list[SoftSkill]", response.parsed)

    async def raw(self) -> Response[Error | list[SoftSkill] | str]:
        """`GET /online/soft_skills/` returning status, headers and body whatever the status."""
        from ..api.online import list_soft_skills as _online_list_soft_skills

        return await _online_list_soft_skills.asyncio_detailed(client=self._raw_client())


class ListSoftSkillsOccupations(Operation):
    """Soft skills: occupations for selected skills.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/soft_skills/results` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/soft_skills/results"

    def __call__(self, *, skills: str, start: int | Unset = 1, end: int | Unset = UNSET) -> SoftSkillsOccupationList:
        """Soft skills: occupations for selected skills.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/soft_skills/results` (confidence: guess).

        Unverified: path and skills parameter are seen in untyped clients only; the body is a guess.

        Pages through occupations that match the selected soft skills. Some clients use a trailing slash.

        Args:
            skills: Comma-separated skill element ids chosen from the skill listing. Constraints: min length
                1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            SoftSkillsOccupationList: the parsed success response

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
        from ..api.online import list_soft_skills_occupations as _online_list_soft_skills_occupations
        from ..models.soft_skills_occupation_list import SoftSkillsOccupationList

        response = _online_list_soft_skills_occupations.sync_detailed(
            client=self._client, skills=skills, start=start, end=end
        )
        return self._expect(response, SoftSkillsOccupationList)

    def raw(
        self, *, skills: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | SoftSkillsOccupationList | str]:
        """`GET /online/soft_skills/results` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_soft_skills_occupations as _online_list_soft_skills_occupations

        return _online_list_soft_skills_occupations.sync_detailed(
            client=self._raw_client(), skills=skills, start=start, end=end
        )

    def iter(
        self, *, skills: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, SoftSkillsOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_soft_skills_occupations as _online_list_soft_skills_occupations

        return Pager(_online_list_soft_skills_occupations, self._client, page_size, max_items, {"skills": skills})


class AsyncListSoftSkillsOccupations(AsyncOperation):
    """Soft skills: occupations for selected skills.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/soft_skills/results` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/soft_skills/results"

    async def __call__(
        self, *, skills: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> SoftSkillsOccupationList:
        """Soft skills: occupations for selected skills.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/soft_skills/results` (confidence: guess).

        Unverified: path and skills parameter are seen in untyped clients only; the body is a guess.

        Pages through occupations that match the selected soft skills. Some clients use a trailing slash.

        Args:
            skills: Comma-separated skill element ids chosen from the skill listing. Constraints: min length
                1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            SoftSkillsOccupationList: the parsed success response

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
        from ..api.online import list_soft_skills_occupations as _online_list_soft_skills_occupations
        from ..models.soft_skills_occupation_list import SoftSkillsOccupationList

        response = await _online_list_soft_skills_occupations.asyncio_detailed(
            client=self._client, skills=skills, start=start, end=end
        )
        return self._expect(response, SoftSkillsOccupationList)

    async def raw(
        self, *, skills: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | SoftSkillsOccupationList | str]:
        """`GET /online/soft_skills/results` returning status, headers and body whatever the status."""
        from ..api.online import list_soft_skills_occupations as _online_list_soft_skills_occupations

        return await _online_list_soft_skills_occupations.asyncio_detailed(
            client=self._raw_client(), skills=skills, start=start, end=end
        )

    def iter(
        self, *, skills: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, SoftSkillsOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_soft_skills_occupations as _online_list_soft_skills_occupations

        return AsyncPager(_online_list_soft_skills_occupations, self._client, page_size, max_items, {"skills": skills})


class ListStemOccupationTypes(Operation):
    """STEM occupation types.

    `GET /online/stem_occupations/` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/"

    def __call__(self) -> list[StemOccupationType]:
        """STEM occupation types.

        `GET /online/stem_occupations/` (confidence: documented).

        The body is documented; the listing URL itself is not printed in the manual and is inferred as the
        parent of the documented /online/stem_occupations/{n} links.

        Lists the STEM occupation types, each grouping occupations that need education in science,
        technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
        Attachment C.

        Returns:
            list[StemOccupationType]: the parsed success response

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
        from ..api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        response = _online_list_stem_occupation_types.sync_detailed(client=self._client)
        return cast("list[StemOccupationType]", response.parsed)

    def raw(self) -> Response[Error | list[StemOccupationType] | str]:
        """`GET /online/stem_occupations/` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        return _online_list_stem_occupation_types.sync_detailed(client=self._raw_client())


class AsyncListStemOccupationTypes(AsyncOperation):
    """STEM occupation types.

    `GET /online/stem_occupations/` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/"

    async def __call__(self) -> list[StemOccupationType]:
        """STEM occupation types.

        `GET /online/stem_occupations/` (confidence: documented).

        The body is documented; the listing URL itself is not printed in the manual and is inferred as the
        parent of the documented /online/stem_occupations/{n} links.

        Lists the STEM occupation types, each grouping occupations that need education in science,
        technology, engineering or mathematics, with the Job Families found in each type. Source: SOC 2018
        Attachment C.

        Returns:
            list[StemOccupationType]: the parsed success response

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
        from ..api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        response = await _online_list_stem_occupation_types.asyncio_detailed(client=self._client)
        return cast("list[StemOccupationType]", response.parsed)

    async def raw(self) -> Response[Error | list[StemOccupationType] | str]:
        """`GET /online/stem_occupations/` returning status, headers and body whatever the status."""
        from ..api.online import list_stem_occupation_types as _online_list_stem_occupation_types

        return await _online_list_stem_occupation_types.asyncio_detailed(client=self._raw_client())


class ListStemTypeOccupations(Operation):
    """Occupations in type.

    `GET /online/stem_occupations/{type_code}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/{type_code}"

    def __call__(
        self,
        type_code: int,
        *,
        job_family: str | Unset = UNSET,
        sort: StemTypeOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> StemTypeOccupationList:
        """Occupations in type.

        `GET /online/stem_occupations/{type_code}` (confidence: documented).

        Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

        Pages through the occupations grouped into one STEM occupation type, each with its Job Family.
        Sorted by Job Family unless sort says otherwise; job_family narrows the list to one family.

        Args:
            type_code: STEM occupation type code (1-5). Constraints: min 1; max 5.
            job_family: Restrict results to one Job Family, given by its code (e.g. 11-0000). No filter by
                default. Constraints: pattern ^\\d{2}-0000$.
            sort: Sort order. One of: 'job_family', 'title', 'code'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            StemTypeOccupationList: the parsed success response

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
        from ..api.online import list_stem_type_occupations as _online_list_stem_type_occupations
        from ..models.stem_type_occupation_list import StemTypeOccupationList

        response = _online_list_stem_type_occupations.sync_detailed(
            client=self._client, type_code=type_code, job_family=job_family, sort=sort, start=start, end=end
        )
        return self._expect(response, StemTypeOccupationList)

    def raw(
        self,
        type_code: int,
        *,
        job_family: str | Unset = UNSET,
        sort: StemTypeOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | StemTypeOccupationList | str]:
        """`GET /online/stem_occupations/{type_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_stem_type_occupations as _online_list_stem_type_occupations

        return _online_list_stem_type_occupations.sync_detailed(
            client=self._raw_client(), type_code=type_code, job_family=job_family, sort=sort, start=start, end=end
        )

    def iter(
        self,
        type_code: int,
        *,
        job_family: str | Unset = UNSET,
        sort: StemTypeOccupationsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[StemTypeOccupation, StemTypeOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_stem_type_occupations as _online_list_stem_type_occupations

        return Pager(
            _online_list_stem_type_occupations,
            self._client,
            page_size,
            max_items,
            {"type_code": type_code, "job_family": job_family, "sort": sort},
        )


class AsyncListStemTypeOccupations(AsyncOperation):
    """Occupations in type.

    `GET /online/stem_occupations/{type_code}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/stem_occupations/{type_code}"

    async def __call__(
        self,
        type_code: int,
        *,
        job_family: str | Unset = UNSET,
        sort: StemTypeOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> StemTypeOccupationList:
        """Occupations in type.

        `GET /online/stem_occupations/{type_code}` (confidence: documented).

        Nothing material is uncertain: path, parameters and body are documented in the v2 manual.

        Pages through the occupations grouped into one STEM occupation type, each with its Job Family.
        Sorted by Job Family unless sort says otherwise; job_family narrows the list to one family.

        Args:
            type_code: STEM occupation type code (1-5). Constraints: min 1; max 5.
            job_family: Restrict results to one Job Family, given by its code (e.g. 11-0000). No filter by
                default. Constraints: pattern ^\\d{2}-0000$.
            sort: Sort order. One of: 'job_family', 'title', 'code'.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            StemTypeOccupationList: the parsed success response

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
        from ..api.online import list_stem_type_occupations as _online_list_stem_type_occupations
        from ..models.stem_type_occupation_list import StemTypeOccupationList

        response = await _online_list_stem_type_occupations.asyncio_detailed(
            client=self._client, type_code=type_code, job_family=job_family, sort=sort, start=start, end=end
        )
        return self._expect(response, StemTypeOccupationList)

    async def raw(
        self,
        type_code: int,
        *,
        job_family: str | Unset = UNSET,
        sort: StemTypeOccupationsSort | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | StemTypeOccupationList | str]:
        """`GET /online/stem_occupations/{type_code}` returning status, headers and body whatever the status."""
        from ..api.online import list_stem_type_occupations as _online_list_stem_type_occupations

        return await _online_list_stem_type_occupations.asyncio_detailed(
            client=self._raw_client(), type_code=type_code, job_family=job_family, sort=sort, start=start, end=end
        )

    def iter(
        self,
        type_code: int,
        *,
        job_family: str | Unset = UNSET,
        sort: StemTypeOccupationsSort | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[StemTypeOccupation, StemTypeOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_stem_type_occupations as _online_list_stem_type_occupations

        return AsyncPager(
            _online_list_stem_type_occupations,
            self._client,
            page_size,
            max_items,
            {"type_code": type_code, "job_family": job_family, "sort": sort},
        )


class ListTechnologyCategoryOccupations(Operation):
    """Technology skills: occupations for category.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/technology/categories/{category_code}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/{category_code}"

    def __call__(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryOccupationList:
        """Technology skills: occupations for category.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/technology/categories/{category_code}` (confidence: guess).

        Unverified: path from one machine-generated client; the body is a guess.

        Pages through occupations whose technology skills fall in the given UNSPSC category.

        Args:
            category_code: UNSPSC commodity code.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchCategoryOccupationList: the parsed success response

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
        from ..api.online import list_technology_category_occupations as _online_list_technology_category_occupations
        from ..models.technology_search_category_occupation_list import TechnologySearchCategoryOccupationList

        response = _online_list_technology_category_occupations.sync_detailed(
            client=self._client, category_code=category_code, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryOccupationList)

    def raw(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryOccupationList | str]:
        """`GET /online/technology/categories/{category_code}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return _online_list_technology_category_occupations.sync_detailed(
            client=self._raw_client(), category_code=category_code, start=start, end=end
        )

    def iter(
        self, category_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, TechnologySearchCategoryOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return Pager(
            _online_list_technology_category_occupations,
            self._client,
            page_size,
            max_items,
            {"category_code": category_code},
        )


class AsyncListTechnologyCategoryOccupations(AsyncOperation):
    """Technology skills: occupations for category.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`.

    `GET /online/technology/categories/{category_code}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/{category_code}"

    async def __call__(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryOccupationList:
        """Technology skills: occupations for category.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`.

        `GET /online/technology/categories/{category_code}` (confidence: guess).

        Unverified: path from one machine-generated client; the body is a guess.

        Pages through occupations whose technology skills fall in the given UNSPSC category.

        Args:
            category_code: UNSPSC commodity code.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchCategoryOccupationList: the parsed success response

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
        from ..api.online import list_technology_category_occupations as _online_list_technology_category_occupations
        from ..models.technology_search_category_occupation_list import TechnologySearchCategoryOccupationList

        response = await _online_list_technology_category_occupations.asyncio_detailed(
            client=self._client, category_code=category_code, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryOccupationList)

    async def raw(
        self, category_code: int, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryOccupationList | str]:
        """`GET /online/technology/categories/{category_code}` returning status, headers and body whatever the status."""
        from ..api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return await _online_list_technology_category_occupations.asyncio_detailed(
            client=self._raw_client(), category_code=category_code, start=start, end=end
        )

    def iter(
        self, category_code: int, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, TechnologySearchCategoryOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_technology_category_occupations as _online_list_technology_category_occupations

        return AsyncPager(
            _online_list_technology_category_occupations,
            self._client,
            page_size,
            max_items,
            {"category_code": category_code},
        )


class ListTechnologyExampleOccupations(Operation):
    """(Unverified path) Technology skills: occupations for example.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

    `GET /online/technology/examples/{example_id}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/examples/{example_id}"

    def __call__(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchExampleOccupationList:
        """(Unverified path) Technology skills: occupations for example.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

        `GET /online/technology/examples/{example_id}` (confidence: guess).

        Path template unverified: clients only follow the href from the example search, so the identifier
        form (title or numeric id) is unknown; prefer following that href.

        Pages through the occupations whose technology skills include the chosen example.

        Args:
            example_id: Example identifier as it appears at the end of the href from the example search
                (form unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchExampleOccupationList: the parsed success response

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
        from ..api.online import list_technology_example_occupations as _online_list_technology_example_occupations
        from ..models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList

        response = _online_list_technology_example_occupations.sync_detailed(
            client=self._client, example_id=example_id, start=start, end=end
        )
        return self._expect(response, TechnologySearchExampleOccupationList)

    def raw(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchExampleOccupationList | str]:
        """`GET /online/technology/examples/{example_id}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return _online_list_technology_example_occupations.sync_detailed(
            client=self._raw_client(), example_id=example_id, start=start, end=end
        )

    def iter(
        self, example_id: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologySearchExampleOccupation, TechnologySearchExampleOccupationList]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return Pager(
            _online_list_technology_example_occupations, self._client, page_size, max_items, {"example_id": example_id}
        )


class AsyncListTechnologyExampleOccupations(AsyncOperation):
    """(Unverified path) Technology skills: occupations for example.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

    `GET /online/technology/examples/{example_id}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/examples/{example_id}"

    async def __call__(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchExampleOccupationList:
        """(Unverified path) Technology skills: occupations for example.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `occupation`, `occupation[*].code`, `occupation[*].title`.

        `GET /online/technology/examples/{example_id}` (confidence: guess).

        Path template unverified: clients only follow the href from the example search, so the identifier
        form (title or numeric id) is unknown; prefer following that href.

        Pages through the occupations whose technology skills include the chosen example.

        Args:
            example_id: Example identifier as it appears at the end of the href from the example search
                (form unknown).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            TechnologySearchExampleOccupationList: the parsed success response

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
        from ..api.online import list_technology_example_occupations as _online_list_technology_example_occupations
        from ..models.technology_search_example_occupation_list import TechnologySearchExampleOccupationList

        response = await _online_list_technology_example_occupations.asyncio_detailed(
            client=self._client, example_id=example_id, start=start, end=end
        )
        return self._expect(response, TechnologySearchExampleOccupationList)

    async def raw(
        self, example_id: str, *, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchExampleOccupationList | str]:
        """`GET /online/technology/examples/{example_id}` returning status, headers and body whatever the status."""
        from ..api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return await _online_list_technology_example_occupations.asyncio_detailed(
            client=self._raw_client(), example_id=example_id, start=start, end=end
        )

    def iter(
        self, example_id: str, *, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologySearchExampleOccupation, TechnologySearchExampleOccupationList]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import list_technology_example_occupations as _online_list_technology_example_occupations

        return AsyncPager(
            _online_list_technology_example_occupations, self._client, page_size, max_items, {"example_id": example_id}
        )


class SearchJobDuties(Operation):
    """(Unverified path) Job duties: occupation search.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/job_duties/search` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/search"

    def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> JobDutiesOccupationSearchResults:
        """(Unverified path) Job duties: occupation search.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/job_duties/search` (confidence: guess).

        Path unverified: /online/job_duties/search (generated Go client) or /online/job_duties/ with
        ?keyword= (Zig client); the body is assumed identical to the Related activities step 1.

        Step 1 of the Job Duties custom list: the user finds their occupation by words, title or code.

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
            JobDutiesOccupationSearchResults: the parsed success response

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
        from ..api.online import search_job_duties as _online_search_job_duties
        from ..models.job_duties_occupation_search_results import JobDutiesOccupationSearchResults

        response = _online_search_job_duties.sync_detailed(client=self._client, keyword=keyword, start=start, end=end)
        return self._expect(response, JobDutiesOccupationSearchResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | JobDutiesOccupationSearchResults | str]:
        """`GET /online/job_duties/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_job_duties as _online_search_job_duties

        return _online_search_job_duties.sync_detailed(client=self._raw_client(), keyword=keyword, start=start, end=end)

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, JobDutiesOccupationSearchResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_job_duties as _online_search_job_duties

        return Pager(_online_search_job_duties, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchJobDuties(AsyncOperation):
    """(Unverified path) Job duties: occupation search.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/job_duties/. Assumed response fields (no real body or documentation shows them; optional in
    the model, a missing one is logged as drift and raises with strict_responses=True): `occupation`.

    `GET /online/job_duties/search` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/job_duties/search"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> JobDutiesOccupationSearchResults:
        """(Unverified path) Job duties: occupation search.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/job_duties/. Assumed response fields (no real body or documentation shows them; optional in
        the model, a missing one is logged as drift and raises with strict_responses=True): `occupation`.

        `GET /online/job_duties/search` (confidence: guess).

        Path unverified: /online/job_duties/search (generated Go client) or /online/job_duties/ with
        ?keyword= (Zig client); the body is assumed identical to the Related activities step 1.

        Step 1 of the Job Duties custom list: the user finds their occupation by words, title or code.

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
            JobDutiesOccupationSearchResults: the parsed success response

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
        from ..api.online import search_job_duties as _online_search_job_duties
        from ..models.job_duties_occupation_search_results import JobDutiesOccupationSearchResults

        response = await _online_search_job_duties.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, JobDutiesOccupationSearchResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | JobDutiesOccupationSearchResults | str]:
        """`GET /online/job_duties/search` returning status, headers and body whatever the status."""
        from ..api.online import search_job_duties as _online_search_job_duties

        return await _online_search_job_duties.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, JobDutiesOccupationSearchResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_job_duties as _online_search_job_duties

        return AsyncPager(_online_search_job_duties, self._client, page_size, max_items, {"keyword": keyword})


class SearchMilitaryCrosswalk(Operation):
    """Military crosswalk search.

    `GET /online/crosswalks/military` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/military"

    def __call__(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitaryCrosswalkResults:
        """Military crosswalk search.

        `GET /online/crosswalks/military` (confidence: observed-in-real-response).

        Path and body are seen in a captured response; the optional branch filter is v1.9 knowledge and
        active appears in one client only.

        Looks up military occupations (MOS, AFSC, ratings) by title or code and returns, for each match, the
        related civilian O*NET-SOC occupations.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            branch: Restrict to one service branch (v1.9 values incl. all, army, navy, air_force,
                marine_corps, coast_guard; not confirmed for v2).
            active: Restrict to currently active military codes (unverified; one client only).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitaryCrosswalkResults: the parsed success response

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
        from ..api.online import search_military_crosswalk as _online_search_military_crosswalk
        from ..models.military_crosswalk_results import MilitaryCrosswalkResults

        response = _online_search_military_crosswalk.sync_detailed(
            client=self._client, keyword=keyword, branch=branch, active=active, start=start, end=end
        )
        return self._expect(response, MilitaryCrosswalkResults)

    def raw(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitaryCrosswalkResults | str]:
        """`GET /online/crosswalks/military` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_military_crosswalk as _online_search_military_crosswalk

        return _online_search_military_crosswalk.sync_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, active=active, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CrosswalkMatch, MilitaryCrosswalkResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_military_crosswalk as _online_search_military_crosswalk

        return Pager(
            _online_search_military_crosswalk,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch, "active": active},
        )


class AsyncSearchMilitaryCrosswalk(AsyncOperation):
    """Military crosswalk search.

    `GET /online/crosswalks/military` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/military"

    async def __call__(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> MilitaryCrosswalkResults:
        """Military crosswalk search.

        `GET /online/crosswalks/military` (confidence: observed-in-real-response).

        Path and body are seen in a captured response; the optional branch filter is v1.9 knowledge and
        active appears in one client only.

        Looks up military occupations (MOS, AFSC, ratings) by title or code and returns, for each match, the
        related civilian O*NET-SOC occupations.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            branch: Restrict to one service branch (v1.9 values incl. all, army, navy, air_force,
                marine_corps, coast_guard; not confirmed for v2).
            active: Restrict to currently active military codes (unverified; one client only).
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            MilitaryCrosswalkResults: the parsed success response

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
        from ..api.online import search_military_crosswalk as _online_search_military_crosswalk
        from ..models.military_crosswalk_results import MilitaryCrosswalkResults

        response = await _online_search_military_crosswalk.asyncio_detailed(
            client=self._client, keyword=keyword, branch=branch, active=active, start=start, end=end
        )
        return self._expect(response, MilitaryCrosswalkResults)

    async def raw(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        start: int | Unset = 1,
        end: int | Unset = UNSET,
    ) -> Response[Error | MilitaryCrosswalkResults | str]:
        """`GET /online/crosswalks/military` returning status, headers and body whatever the status."""
        from ..api.online import search_military_crosswalk as _online_search_military_crosswalk

        return await _online_search_military_crosswalk.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, branch=branch, active=active, start=start, end=end
        )

    def iter(
        self,
        *,
        keyword: str,
        branch: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CrosswalkMatch, MilitaryCrosswalkResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_military_crosswalk as _online_search_military_crosswalk

        return AsyncPager(
            _online_search_military_crosswalk,
            self._client,
            page_size,
            max_items,
            {"keyword": keyword, "branch": branch, "active": active},
        )


class SearchOccupations(Operation):
    """Keyword search.

    `GET /online/search` (confidence: observed-in-real-response).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/search"

    def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> KeywordSearchResults:
        """Keyword search.

        `GET /online/search` (confidence: observed-in-real-response).

        Path and paging are seen in v2 client code; whether items still carry v1.9's relevance_score is
        unverified, so it is optional.

        Finds O*NET-SOC occupations matching words, a phrase, a job title or a full or partial O*NET-SOC
        code, ranked by relevance. Obsolete codes are mapped to current occupations (v1.9 behaviour). Inputs
        are not echoed in the body.

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
            KeywordSearchResults: the parsed success response

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
        from ..api.online import keyword_search as _online_keyword_search
        from ..models.keyword_search_results import KeywordSearchResults

        response = _online_keyword_search.sync_detailed(client=self._client, keyword=keyword, start=start, end=end)
        return self._expect(response, KeywordSearchResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | KeywordSearchResults | str]:
        """`GET /online/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import keyword_search as _online_keyword_search

        return _online_keyword_search.sync_detailed(client=self._raw_client(), keyword=keyword, start=start, end=end)

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[KeywordSearchOccupation, KeywordSearchResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import keyword_search as _online_keyword_search

        return Pager(_online_keyword_search, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchOccupations(AsyncOperation):
    """Keyword search.

    `GET /online/search` (confidence: observed-in-real-response).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/search"

    async def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> KeywordSearchResults:
        """Keyword search.

        `GET /online/search` (confidence: observed-in-real-response).

        Path and paging are seen in v2 client code; whether items still carry v1.9's relevance_score is
        unverified, so it is optional.

        Finds O*NET-SOC occupations matching words, a phrase, a job title or a full or partial O*NET-SOC
        code, ranked by relevance. Obsolete codes are mapped to current occupations (v1.9 behaviour). Inputs
        are not echoed in the body.

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
            KeywordSearchResults: the parsed success response

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
        from ..api.online import keyword_search as _online_keyword_search
        from ..models.keyword_search_results import KeywordSearchResults

        response = await _online_keyword_search.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, KeywordSearchResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | KeywordSearchResults | str]:
        """`GET /online/search` returning status, headers and body whatever the status."""
        from ..api.online import keyword_search as _online_keyword_search

        return await _online_keyword_search.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[KeywordSearchOccupation, KeywordSearchResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import keyword_search as _online_keyword_search

        return AsyncPager(_online_keyword_search, self._client, page_size, max_items, {"keyword": keyword})


class SearchProfessionalAssociations(Operation):
    """(Unverified path) Professional associations: occupation search.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/search. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/professional_associations/search` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/search"

    def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ProfessionalAssociationsOccupationSearchResults:
        """(Unverified path) Professional associations: occupation search.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/search. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/professional_associations/search` (confidence: guess).

        Path unverified: /online/professional_associations/search or /online/associations/search (generated
        Go client); body assumed like other step-1 searches.

        Finds occupations by keyword as the entry point of the professional associations search.

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
            ProfessionalAssociationsOccupationSearchResults: the parsed success response

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
        from ..api.online import search_professional_associations as _online_search_professional_associations
        from ..models.professional_associations_occupation_search_results import (
            ProfessionalAssociationsOccupationSearchResults,
        )

        response = _online_search_professional_associations.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, ProfessionalAssociationsOccupationSearchResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ProfessionalAssociationsOccupationSearchResults | str]:
        """`GET /online/professional_associations/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_professional_associations as _online_search_professional_associations

        return _online_search_professional_associations.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, ProfessionalAssociationsOccupationSearchResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_professional_associations as _online_search_professional_associations

        return Pager(_online_search_professional_associations, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchProfessionalAssociations(AsyncOperation):
    """(Unverified path) Professional associations: occupation search.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/associations/search. Assumed response fields (no real body or documentation shows them;
    optional in the model, a missing one is logged as drift and raises with strict_responses=True):
    `occupation`.

    `GET /online/professional_associations/search` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/professional_associations/search"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> ProfessionalAssociationsOccupationSearchResults:
        """(Unverified path) Professional associations: occupation search.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/associations/search. Assumed response fields (no real body or documentation shows them;
        optional in the model, a missing one is logged as drift and raises with strict_responses=True):
        `occupation`.

        `GET /online/professional_associations/search` (confidence: guess).

        Path unverified: /online/professional_associations/search or /online/associations/search (generated
        Go client); body assumed like other step-1 searches.

        Finds occupations by keyword as the entry point of the professional associations search.

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
            ProfessionalAssociationsOccupationSearchResults: the parsed success response

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
        from ..api.online import search_professional_associations as _online_search_professional_associations
        from ..models.professional_associations_occupation_search_results import (
            ProfessionalAssociationsOccupationSearchResults,
        )

        response = await _online_search_professional_associations.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, ProfessionalAssociationsOccupationSearchResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | ProfessionalAssociationsOccupationSearchResults | str]:
        """`GET /online/professional_associations/search` returning status, headers and body whatever the status."""
        from ..api.online import search_professional_associations as _online_search_professional_associations

        return await _online_search_professional_associations.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, ProfessionalAssociationsOccupationSearchResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_professional_associations as _online_search_professional_associations

        return AsyncPager(
            _online_search_professional_associations, self._client, page_size, max_items, {"keyword": keyword}
        )


class SearchRelatedActivities(Operation):
    """(Unverified path) Related activities: occupation search.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/related_activities/, /online/related_activities?keyword=.

    `GET /online/related_activities/search` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/search"

    def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> RelatedActivitiesOccupationSearchResults:
        """(Unverified path) Related activities: occupation search.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/related_activities/, /online/related_activities?keyword=.

        `GET /online/related_activities/search` (confidence: guess).

        Path unverified: the manual copy does not show it; /online/related_activities/search comes from a
        generated client, alternatives are /online/related_activities/ and
        /online/related_activities?keyword=. Parameters and body are documented.

        Step 1 of the Related Activities search: the user finds their current occupation by words, title or
        O*NET-SOC code, as in the keyword search. Each hit links to the activities of that occupation.

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
            RelatedActivitiesOccupationSearchResults: the parsed success response

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
        from ..api.online import search_related_activities as _online_search_related_activities
        from ..models.related_activities_occupation_search_results import RelatedActivitiesOccupationSearchResults

        response = _online_search_related_activities.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, RelatedActivitiesOccupationSearchResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | RelatedActivitiesOccupationSearchResults | str]:
        """`GET /online/related_activities/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_related_activities as _online_search_related_activities

        return _online_search_related_activities.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[OccupationItem, RelatedActivitiesOccupationSearchResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_related_activities as _online_search_related_activities

        return Pager(_online_search_related_activities, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchRelatedActivities(AsyncOperation):
    """(Unverified path) Related activities: occupation search.

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/related_activities/, /online/related_activities?keyword=.

    `GET /online/related_activities/search` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/related_activities/search"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> RelatedActivitiesOccupationSearchResults:
        """(Unverified path) Related activities: occupation search.

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/related_activities/, /online/related_activities?keyword=.

        `GET /online/related_activities/search` (confidence: guess).

        Path unverified: the manual copy does not show it; /online/related_activities/search comes from a
        generated client, alternatives are /online/related_activities/ and
        /online/related_activities?keyword=. Parameters and body are documented.

        Step 1 of the Related Activities search: the user finds their current occupation by words, title or
        O*NET-SOC code, as in the keyword search. Each hit links to the activities of that occupation.

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
            RelatedActivitiesOccupationSearchResults: the parsed success response

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
        from ..api.online import search_related_activities as _online_search_related_activities
        from ..models.related_activities_occupation_search_results import RelatedActivitiesOccupationSearchResults

        response = await _online_search_related_activities.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, RelatedActivitiesOccupationSearchResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | RelatedActivitiesOccupationSearchResults | str]:
        """`GET /online/related_activities/search` returning status, headers and body whatever the status."""
        from ..api.online import search_related_activities as _online_search_related_activities

        return await _online_search_related_activities.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[OccupationItem, RelatedActivitiesOccupationSearchResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_related_activities as _online_search_related_activities

        return AsyncPager(_online_search_related_activities, self._client, page_size, max_items, {"keyword": keyword})


class SearchSocCrosswalk(Operation):
    """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
    /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `match`.

    `GET /online/crosswalks/soc` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/soc"

    def __call__(self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET) -> OtherCrosswalkResults:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
        /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `match`.

        `GET /online/crosswalks/soc` (confidence: guess).

        Path unverified: none of these crosswalks is visible in v2 navigation; candidates are
        /online/crosswalks/{soc,dot,rapids,education,occupation_handbook or ooh,esco}; soc is modelled, and
        the body is assumed to mirror the military crosswalk.

        Maps codes or titles from another classification (SOC, DOT, apprenticeship RAPIDS, CIP education
        programs, Occupational Outlook Handbook, ESCO) to O*NET-SOC occupations. These existed in v1.9 in
        some form.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OtherCrosswalkResults: the parsed success response

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
        from ..api.online import search_soc_crosswalk as _online_search_soc_crosswalk
        from ..models.other_crosswalk_results import OtherCrosswalkResults

        response = _online_search_soc_crosswalk.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, OtherCrosswalkResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | OtherCrosswalkResults | str]:
        """`GET /online/crosswalks/soc` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return _online_search_soc_crosswalk.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[CrosswalkMatch, OtherCrosswalkResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return Pager(_online_search_soc_crosswalk, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchSocCrosswalk(AsyncOperation):
    """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

    Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
    /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
    /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
    response fields (no real body or documentation shows them; optional in the model, a missing one is
    logged as drift and raises with strict_responses=True): `match`.

    `GET /online/crosswalks/soc` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/crosswalks/soc"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> OtherCrosswalkResults:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO).

        Warning: unverified path (confidence: guess). If it answers 404, the alternatives are
        /online/crosswalks/dot, /online/crosswalks/rapids, /online/crosswalks/education,
        /online/crosswalks/occupation_handbook, /online/crosswalks/ooh, /online/crosswalks/esco. Assumed
        response fields (no real body or documentation shows them; optional in the model, a missing one is
        logged as drift and raises with strict_responses=True): `match`.

        `GET /online/crosswalks/soc` (confidence: guess).

        Path unverified: none of these crosswalks is visible in v2 navigation; candidates are
        /online/crosswalks/{soc,dot,rapids,education,occupation_handbook or ooh,esco}; soc is modelled, and
        the body is assumed to mirror the military crosswalk.

        Maps codes or titles from another classification (SOC, DOT, apprenticeship RAPIDS, CIP education
        programs, Occupational Outlook Handbook, ESCO) to O*NET-SOC occupations. These existed in v1.9 in
        some form.

        Args:
            keyword: Title or code in the external classification to look up (for the military crosswalk: a
                military occupation title or code such as infantry or 11B). Constraints: min length 1.
            start: 1-based index of the first result returned. Default: 1. Constraints: min 1.
            end: 1-based index of the last result returned (inclusive). Defaults to start plus the
                operation's default page size minus one (x-onet-page-size-default: 5 for summary sections,
                10 for details sections, 20 for search and browse listings). One page spans at most 1,000
                results: a wider window is refused with 422 (measured; no live measurement supports the
                2,000 of older notes). There is no schema maximum because end is an index:
                start=1001&end=2000 is a valid second page. Default: start + x-onet-page-size-default - 1.
                Constraints: min 1; at most 1000 results per request.

        Returns:
            OtherCrosswalkResults: the parsed success response

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
        from ..api.online import search_soc_crosswalk as _online_search_soc_crosswalk
        from ..models.other_crosswalk_results import OtherCrosswalkResults

        response = await _online_search_soc_crosswalk.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, OtherCrosswalkResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | OtherCrosswalkResults | str]:
        """`GET /online/crosswalks/soc` returning status, headers and body whatever the status."""
        from ..api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return await _online_search_soc_crosswalk.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[CrosswalkMatch, OtherCrosswalkResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_soc_crosswalk as _online_search_soc_crosswalk

        return AsyncPager(_online_search_soc_crosswalk, self._client, page_size, max_items, {"keyword": keyword})


class SearchTechnologyCategories(Operation):
    """Technology skills: category search.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `category`, `category[*].code`, `category[*].title`.

    `GET /online/technology/categories/search` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/search"

    def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryResults:
        """Technology skills: category search.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `category`, `category[*].code`, `category[*].title`.

        `GET /online/technology/categories/search` (confidence: guess).

        Unverified: path and body come from one machine-generated client; the list member name category and
        paging are guesses.

        Searches technology categories (UNSPSC commodity classes) by keyword.

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
            TechnologySearchCategoryResults: the parsed success response

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
        from ..api.online import search_technology_categories as _online_search_technology_categories
        from ..models.technology_search_category_results import TechnologySearchCategoryResults

        response = _online_search_technology_categories.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryResults | str]:
        """`GET /online/technology/categories/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_technology_categories as _online_search_technology_categories

        return _online_search_technology_categories.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologySearchCategory, TechnologySearchCategoryResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_technology_categories as _online_search_technology_categories

        return Pager(_online_search_technology_categories, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchTechnologyCategories(AsyncOperation):
    """Technology skills: category search.

    Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
    shows them; optional in the model, a missing one is logged as drift and raises with
    strict_responses=True): `category`, `category[*].code`, `category[*].title`.

    `GET /online/technology/categories/search` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/categories/search"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchCategoryResults:
        """Technology skills: category search.

        Warning: unverified path (confidence: guess). Assumed response fields (no real body or documentation
        shows them; optional in the model, a missing one is logged as drift and raises with
        strict_responses=True): `category`, `category[*].code`, `category[*].title`.

        `GET /online/technology/categories/search` (confidence: guess).

        Unverified: path and body come from one machine-generated client; the list member name category and
        paging are guesses.

        Searches technology categories (UNSPSC commodity classes) by keyword.

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
            TechnologySearchCategoryResults: the parsed success response

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
        from ..api.online import search_technology_categories as _online_search_technology_categories
        from ..models.technology_search_category_results import TechnologySearchCategoryResults

        response = await _online_search_technology_categories.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, TechnologySearchCategoryResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchCategoryResults | str]:
        """`GET /online/technology/categories/search` returning status, headers and body whatever the status."""
        from ..api.online import search_technology_categories as _online_search_technology_categories

        return await _online_search_technology_categories.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologySearchCategory, TechnologySearchCategoryResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_technology_categories as _online_search_technology_categories

        return AsyncPager(
            _online_search_technology_categories, self._client, page_size, max_items, {"keyword": keyword}
        )


class SearchTechnologyExamples(Operation):
    """Technology skills: example search.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `example`, `example[*].href`.

    `GET /online/technology/examples/search` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/examples/search"

    def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchExampleResults:
        """Technology skills: example search.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `example`, `example[*].href`.

        `GET /online/technology/examples/search` (confidence: observed-in-typed-client-code).

        Path, keyword and example[].href are seen in a working v2 script; the title member, other item
        members and paging are assumptions.

        Searches technology examples (software and tool products) by name, e.g. python; each hit links to
        the occupations that use it.

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
            TechnologySearchExampleResults: the parsed success response

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
        from ..api.online import search_technology_examples as _online_search_technology_examples
        from ..models.technology_search_example_results import TechnologySearchExampleResults

        response = _online_search_technology_examples.sync_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, TechnologySearchExampleResults)

    def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchExampleResults | str]:
        """`GET /online/technology/examples/search` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.online import search_technology_examples as _online_search_technology_examples

        return _online_search_technology_examples.sync_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> Pager[TechnologySearchExample, TechnologySearchExampleResults]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.online import search_technology_examples as _online_search_technology_examples

        return Pager(_online_search_technology_examples, self._client, page_size, max_items, {"keyword": keyword})


class AsyncSearchTechnologyExamples(AsyncOperation):
    """Technology skills: example search.

    Assumed response fields (no real body or documentation shows them; optional in the model, a missing
    one is logged as drift and raises with strict_responses=True): `example`, `example[*].href`.

    `GET /online/technology/examples/search` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /online/technology/examples/search"

    async def __call__(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> TechnologySearchExampleResults:
        """Technology skills: example search.

        Assumed response fields (no real body or documentation shows them; optional in the model, a missing
        one is logged as drift and raises with strict_responses=True): `example`, `example[*].href`.

        `GET /online/technology/examples/search` (confidence: observed-in-typed-client-code).

        Path, keyword and example[].href are seen in a working v2 script; the title member, other item
        members and paging are assumptions.

        Searches technology examples (software and tool products) by name, e.g. python; each hit links to
        the occupations that use it.

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
            TechnologySearchExampleResults: the parsed success response

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
        from ..api.online import search_technology_examples as _online_search_technology_examples
        from ..models.technology_search_example_results import TechnologySearchExampleResults

        response = await _online_search_technology_examples.asyncio_detailed(
            client=self._client, keyword=keyword, start=start, end=end
        )
        return self._expect(response, TechnologySearchExampleResults)

    async def raw(
        self, *, keyword: str, start: int | Unset = 1, end: int | Unset = UNSET
    ) -> Response[Error | TechnologySearchExampleResults | str]:
        """`GET /online/technology/examples/search` returning status, headers and body whatever the status."""
        from ..api.online import search_technology_examples as _online_search_technology_examples

        return await _online_search_technology_examples.asyncio_detailed(
            client=self._raw_client(), keyword=keyword, start=start, end=end
        )

    def iter(
        self, *, keyword: str, page_size: int | None = None, max_items: int | None = None
    ) -> AsyncPager[TechnologySearchExample, TechnologySearchExampleResults]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.online import search_technology_examples as _online_search_technology_examples

        return AsyncPager(_online_search_technology_examples, self._client, page_size, max_items, {"keyword": keyword})


class OnlineResource(Resource):
    """O*NET OnLine services: search, browse and occupation reports."""

    __slots__ = ()

    @property
    def get_custom_work_activities_outline(self) -> GetCustomWorkActivitiesOutline:
        """Work Activities Outline."""
        return GetCustomWorkActivitiesOutline(self._client)

    @property
    def get_details_abilities(self) -> GetDetailsAbilities:
        """Abilities (details report)."""
        return GetDetailsAbilities(self._client)

    @property
    def get_details_apprenticeship(self) -> GetDetailsApprenticeship:
        """Apprenticeship (details report)."""
        return GetDetailsApprenticeship(self._client)

    @property
    def get_details_detailed_work_activities(self) -> GetDetailsDetailedWorkActivities:
        """Detailed Work Activities (details report)."""
        return GetDetailsDetailedWorkActivities(self._client)

    @property
    def get_details_education(self) -> GetDetailsEducation:
        """Education (details report)."""
        return GetDetailsEducation(self._client)

    @property
    def get_details_interests(self) -> GetDetailsInterests:
        """Interests (details report)."""
        return GetDetailsInterests(self._client)

    @property
    def get_details_job_zone(self) -> GetDetailsJobZone:
        """Job Zone (details report)."""
        return GetDetailsJobZone(self._client)

    @property
    def get_details_knowledge(self) -> GetDetailsKnowledge:
        """Knowledge (details report)."""
        return GetDetailsKnowledge(self._client)

    @property
    def get_details_military_career_summaries(self) -> GetDetailsMilitaryCareerSummaries:
        """Military Career Summaries (details report)."""
        return GetDetailsMilitaryCareerSummaries(self._client)

    @property
    def get_details_professional_associations(self) -> GetDetailsProfessionalAssociations:
        """Professional Associations (details report)."""
        return GetDetailsProfessionalAssociations(self._client)

    @property
    def get_details_related_occupations(self) -> GetDetailsRelatedOccupations:
        """Related Occupations (details report)."""
        return GetDetailsRelatedOccupations(self._client)

    @property
    def get_details_skills(self) -> GetDetailsSkills:
        """Skills (details report)."""
        return GetDetailsSkills(self._client)

    @property
    def get_details_tasks(self) -> GetDetailsTasks:
        """Tasks (details report)."""
        return GetDetailsTasks(self._client)

    @property
    def get_details_technology_skills(self) -> GetDetailsTechnologySkills:
        """Technology Skills (details report)."""
        return GetDetailsTechnologySkills(self._client)

    @property
    def get_details_tools_used(self) -> GetDetailsToolsUsed:
        """Tools Used."""
        return GetDetailsToolsUsed(self._client)

    @property
    def get_details_work_activities(self) -> GetDetailsWorkActivities:
        """Work Activities (details report)."""
        return GetDetailsWorkActivities(self._client)

    @property
    def get_details_work_context(self) -> GetDetailsWorkContext:
        """Work Context (details report)."""
        return GetDetailsWorkContext(self._client)

    @property
    def get_details_work_styles(self) -> GetDetailsWorkStyles:
        """Work Styles (details report)."""
        return GetDetailsWorkStyles(self._client)

    @property
    def get_details_work_values(self) -> GetDetailsWorkValues:
        """Work Values (details report)."""
        return GetDetailsWorkValues(self._client)

    @property
    def get_hot_technology(self) -> GetHotTechnology:
        """Hot Technologies."""
        return GetHotTechnology(self._client)

    @property
    def get_in_demand_skills(self) -> GetInDemandSkills:
        """(Unverified path) In Demand skills."""
        return GetInDemandSkills(self._client)

    @property
    def get_occupation_overview(self) -> GetOccupationOverview:
        """Occupation overview."""
        return GetOccupationOverview(self._client)

    @property
    def get_summary_abilities(self) -> GetSummaryAbilities:
        """Abilities (summary report)."""
        return GetSummaryAbilities(self._client)

    @property
    def get_summary_apprenticeship(self) -> GetSummaryApprenticeship:
        """Apprenticeship (summary report)."""
        return GetSummaryApprenticeship(self._client)

    @property
    def get_summary_detailed_work_activities(self) -> GetSummaryDetailedWorkActivities:
        """Detailed Work Activities (summary report)."""
        return GetSummaryDetailedWorkActivities(self._client)

    @property
    def get_summary_education(self) -> GetSummaryEducation:
        """Education (summary report)."""
        return GetSummaryEducation(self._client)

    @property
    def get_summary_interests(self) -> GetSummaryInterests:
        """Interests (summary report)."""
        return GetSummaryInterests(self._client)

    @property
    def get_summary_job_zone(self) -> GetSummaryJobZone:
        """Job Zone (summary report)."""
        return GetSummaryJobZone(self._client)

    @property
    def get_summary_knowledge(self) -> GetSummaryKnowledge:
        """Knowledge (summary report)."""
        return GetSummaryKnowledge(self._client)

    @property
    def get_summary_military_career_summaries(self) -> GetSummaryMilitaryCareerSummaries:
        """Military Career Summaries (summary report)."""
        return GetSummaryMilitaryCareerSummaries(self._client)

    @property
    def get_summary_professional_associations(self) -> GetSummaryProfessionalAssociations:
        """Professional Associations (summary report)."""
        return GetSummaryProfessionalAssociations(self._client)

    @property
    def get_summary_related_occupations(self) -> GetSummaryRelatedOccupations:
        """Related Occupations (summary report)."""
        return GetSummaryRelatedOccupations(self._client)

    @property
    def get_summary_skills(self) -> GetSummarySkills:
        """Skills (summary report)."""
        return GetSummarySkills(self._client)

    @property
    def get_summary_tasks(self) -> GetSummaryTasks:
        """Tasks (summary report)."""
        return GetSummaryTasks(self._client)

    @property
    def get_summary_technology_skills(self) -> GetSummaryTechnologySkills:
        """Technology Skills (summary report)."""
        return GetSummaryTechnologySkills(self._client)

    @property
    def get_summary_work_activities(self) -> GetSummaryWorkActivities:
        """Work Activities (summary report)."""
        return GetSummaryWorkActivities(self._client)

    @property
    def get_summary_work_context(self) -> GetSummaryWorkContext:
        """Work Context (summary report)."""
        return GetSummaryWorkContext(self._client)

    @property
    def get_summary_work_styles(self) -> GetSummaryWorkStyles:
        """Work Styles (summary report)."""
        return GetSummaryWorkStyles(self._client)

    @property
    def get_summary_work_values(self) -> GetSummaryWorkValues:
        """Work Values (summary report)."""
        return GetSummaryWorkValues(self._client)

    @property
    def list_all_bright_outlook_occupations(self) -> ListAllBrightOutlookOccupations:
        """All Bright Outlook occupations."""
        return ListAllBrightOutlookOccupations(self._client)

    @property
    def list_all_career_cluster_occupations(self) -> ListAllCareerClusterOccupations:
        """Occupations in all Career Clusters."""
        return ListAllCareerClusterOccupations(self._client)

    @property
    def list_all_professional_associations(self) -> ListAllProfessionalAssociations:
        """(Unverified path) Associations across all occupations."""
        return ListAllProfessionalAssociations(self._client)

    @property
    def list_all_stem_occupations(self) -> ListAllStemOccupations:
        """All STEM occupations."""
        return ListAllStemOccupations(self._client)

    @property
    def list_apprenticeship_occupations(self) -> ListApprenticeshipOccupations:
        """(Unverified path) Apprenticeship listing."""
        return ListApprenticeshipOccupations(self._client)

    @property
    def list_bright_outlook_categories(self) -> ListBrightOutlookCategories:
        """Bright Outlook category listing."""
        return ListBrightOutlookCategories(self._client)

    @property
    def list_bright_outlook_category_occupations(self) -> ListBrightOutlookCategoryOccupations:
        """Occupations in a Bright Outlook category."""
        return ListBrightOutlookCategoryOccupations(self._client)

    @property
    def list_career_cluster_occupations(self) -> ListCareerClusterOccupations:
        """Occupations in a Career Cluster."""
        return ListCareerClusterOccupations(self._client)

    @property
    def list_career_clusters(self) -> ListCareerClusters:
        """Career Cluster listing."""
        return ListCareerClusters(self._client)

    @property
    def list_career_sub_cluster_occupations(self) -> ListCareerSubClusterOccupations:
        """(Unverified path) Occupations in a sub-cluster."""
        return ListCareerSubClusterOccupations(self._client)

    @property
    def list_hot_technologies(self) -> ListHotTechnologies:
        """(Unverified path) Hot Technologies listing (site-wide)."""
        return ListHotTechnologies(self._client)

    @property
    def list_in_demand_skills(self) -> ListInDemandSkills:
        """(Unverified path) In Demand skills listing (site-wide)."""
        return ListInDemandSkills(self._client)

    @property
    def list_job_duties_related_occupations(self) -> ListJobDutiesRelatedOccupations:
        """(Unverified path) Job duties: related occupations for tasks."""
        return ListJobDutiesRelatedOccupations(self._client)

    @property
    def list_job_duties_tasks(self) -> ListJobDutiesTasks:
        """(Unverified path) Job duties: tasks in occupation."""
        return ListJobDutiesTasks(self._client)

    @property
    def list_job_families(self) -> ListJobFamilies:
        """(Unverified path) Browse by Job Family / Job Zone / Industry."""
        return ListJobFamilies(self._client)

    @property
    def list_occupation_professional_associations(self) -> ListOccupationProfessionalAssociations:
        """(Unverified path) Related associations for occupation."""
        return ListOccupationProfessionalAssociations(self._client)

    @property
    def list_occupations(self) -> ListOccupations:
        """See all occupations."""
        return ListOccupations(self._client)

    @property
    def list_onet_data_element_occupations(self) -> ListOnetDataElementOccupations:
        """O*NET data: occupations for element."""
        return ListOnetDataElementOccupations(self._client)

    @property
    def list_onet_data_elements(self) -> ListOnetDataElements:
        """O*NET data: elements of a descriptor."""
        return ListOnetDataElements(self._client)

    @property
    def list_related_activities(self) -> ListRelatedActivities:
        """Related activities: activities in occupation."""
        return ListRelatedActivities(self._client)

    @property
    def list_related_activities_occupations(self) -> ListRelatedActivitiesOccupations:
        """(Unverified path) Related activities: related occupations for activities."""
        return ListRelatedActivitiesOccupations(self._client)

    @property
    def list_soft_skills(self) -> ListSoftSkills:
        """Soft skills: skill listing."""
        return ListSoftSkills(self._client)

    @property
    def list_soft_skills_occupations(self) -> ListSoftSkillsOccupations:
        """Soft skills: occupations for selected skills."""
        return ListSoftSkillsOccupations(self._client)

    @property
    def list_stem_occupation_types(self) -> ListStemOccupationTypes:
        """STEM occupation types."""
        return ListStemOccupationTypes(self._client)

    @property
    def list_stem_type_occupations(self) -> ListStemTypeOccupations:
        """Occupations in type."""
        return ListStemTypeOccupations(self._client)

    @property
    def list_technology_category_occupations(self) -> ListTechnologyCategoryOccupations:
        """Technology skills: occupations for category."""
        return ListTechnologyCategoryOccupations(self._client)

    @property
    def list_technology_example_occupations(self) -> ListTechnologyExampleOccupations:
        """(Unverified path) Technology skills: occupations for example."""
        return ListTechnologyExampleOccupations(self._client)

    @property
    def search_job_duties(self) -> SearchJobDuties:
        """(Unverified path) Job duties: occupation search."""
        return SearchJobDuties(self._client)

    @property
    def search_military_crosswalk(self) -> SearchMilitaryCrosswalk:
        """Military crosswalk search."""
        return SearchMilitaryCrosswalk(self._client)

    @property
    def search_occupations(self) -> SearchOccupations:
        """Keyword search."""
        return SearchOccupations(self._client)

    @property
    def search_professional_associations(self) -> SearchProfessionalAssociations:
        """(Unverified path) Professional associations: occupation search."""
        return SearchProfessionalAssociations(self._client)

    @property
    def search_related_activities(self) -> SearchRelatedActivities:
        """(Unverified path) Related activities: occupation search."""
        return SearchRelatedActivities(self._client)

    @property
    def search_soc_crosswalk(self) -> SearchSocCrosswalk:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO)."""
        return SearchSocCrosswalk(self._client)

    @property
    def search_technology_categories(self) -> SearchTechnologyCategories:
        """Technology skills: category search."""
        return SearchTechnologyCategories(self._client)

    @property
    def search_technology_examples(self) -> SearchTechnologyExamples:
        """Technology skills: example search."""
        return SearchTechnologyExamples(self._client)


class AsyncOnlineResource(Resource):
    """O*NET OnLine services: search, browse and occupation reports. (async)"""

    __slots__ = ()

    @property
    def get_custom_work_activities_outline(self) -> AsyncGetCustomWorkActivitiesOutline:
        """Work Activities Outline."""
        return AsyncGetCustomWorkActivitiesOutline(self._client)

    @property
    def get_details_abilities(self) -> AsyncGetDetailsAbilities:
        """Abilities (details report)."""
        return AsyncGetDetailsAbilities(self._client)

    @property
    def get_details_apprenticeship(self) -> AsyncGetDetailsApprenticeship:
        """Apprenticeship (details report)."""
        return AsyncGetDetailsApprenticeship(self._client)

    @property
    def get_details_detailed_work_activities(self) -> AsyncGetDetailsDetailedWorkActivities:
        """Detailed Work Activities (details report)."""
        return AsyncGetDetailsDetailedWorkActivities(self._client)

    @property
    def get_details_education(self) -> AsyncGetDetailsEducation:
        """Education (details report)."""
        return AsyncGetDetailsEducation(self._client)

    @property
    def get_details_interests(self) -> AsyncGetDetailsInterests:
        """Interests (details report)."""
        return AsyncGetDetailsInterests(self._client)

    @property
    def get_details_job_zone(self) -> AsyncGetDetailsJobZone:
        """Job Zone (details report)."""
        return AsyncGetDetailsJobZone(self._client)

    @property
    def get_details_knowledge(self) -> AsyncGetDetailsKnowledge:
        """Knowledge (details report)."""
        return AsyncGetDetailsKnowledge(self._client)

    @property
    def get_details_military_career_summaries(self) -> AsyncGetDetailsMilitaryCareerSummaries:
        """Military Career Summaries (details report)."""
        return AsyncGetDetailsMilitaryCareerSummaries(self._client)

    @property
    def get_details_professional_associations(self) -> AsyncGetDetailsProfessionalAssociations:
        """Professional Associations (details report)."""
        return AsyncGetDetailsProfessionalAssociations(self._client)

    @property
    def get_details_related_occupations(self) -> AsyncGetDetailsRelatedOccupations:
        """Related Occupations (details report)."""
        return AsyncGetDetailsRelatedOccupations(self._client)

    @property
    def get_details_skills(self) -> AsyncGetDetailsSkills:
        """Skills (details report)."""
        return AsyncGetDetailsSkills(self._client)

    @property
    def get_details_tasks(self) -> AsyncGetDetailsTasks:
        """Tasks (details report)."""
        return AsyncGetDetailsTasks(self._client)

    @property
    def get_details_technology_skills(self) -> AsyncGetDetailsTechnologySkills:
        """Technology Skills (details report)."""
        return AsyncGetDetailsTechnologySkills(self._client)

    @property
    def get_details_tools_used(self) -> AsyncGetDetailsToolsUsed:
        """Tools Used."""
        return AsyncGetDetailsToolsUsed(self._client)

    @property
    def get_details_work_activities(self) -> AsyncGetDetailsWorkActivities:
        """Work Activities (details report)."""
        return AsyncGetDetailsWorkActivities(self._client)

    @property
    def get_details_work_context(self) -> AsyncGetDetailsWorkContext:
        """Work Context (details report)."""
        return AsyncGetDetailsWorkContext(self._client)

    @property
    def get_details_work_styles(self) -> AsyncGetDetailsWorkStyles:
        """Work Styles (details report)."""
        return AsyncGetDetailsWorkStyles(self._client)

    @property
    def get_details_work_values(self) -> AsyncGetDetailsWorkValues:
        """Work Values (details report)."""
        return AsyncGetDetailsWorkValues(self._client)

    @property
    def get_hot_technology(self) -> AsyncGetHotTechnology:
        """Hot Technologies."""
        return AsyncGetHotTechnology(self._client)

    @property
    def get_in_demand_skills(self) -> AsyncGetInDemandSkills:
        """(Unverified path) In Demand skills."""
        return AsyncGetInDemandSkills(self._client)

    @property
    def get_occupation_overview(self) -> AsyncGetOccupationOverview:
        """Occupation overview."""
        return AsyncGetOccupationOverview(self._client)

    @property
    def get_summary_abilities(self) -> AsyncGetSummaryAbilities:
        """Abilities (summary report)."""
        return AsyncGetSummaryAbilities(self._client)

    @property
    def get_summary_apprenticeship(self) -> AsyncGetSummaryApprenticeship:
        """Apprenticeship (summary report)."""
        return AsyncGetSummaryApprenticeship(self._client)

    @property
    def get_summary_detailed_work_activities(self) -> AsyncGetSummaryDetailedWorkActivities:
        """Detailed Work Activities (summary report)."""
        return AsyncGetSummaryDetailedWorkActivities(self._client)

    @property
    def get_summary_education(self) -> AsyncGetSummaryEducation:
        """Education (summary report)."""
        return AsyncGetSummaryEducation(self._client)

    @property
    def get_summary_interests(self) -> AsyncGetSummaryInterests:
        """Interests (summary report)."""
        return AsyncGetSummaryInterests(self._client)

    @property
    def get_summary_job_zone(self) -> AsyncGetSummaryJobZone:
        """Job Zone (summary report)."""
        return AsyncGetSummaryJobZone(self._client)

    @property
    def get_summary_knowledge(self) -> AsyncGetSummaryKnowledge:
        """Knowledge (summary report)."""
        return AsyncGetSummaryKnowledge(self._client)

    @property
    def get_summary_military_career_summaries(self) -> AsyncGetSummaryMilitaryCareerSummaries:
        """Military Career Summaries (summary report)."""
        return AsyncGetSummaryMilitaryCareerSummaries(self._client)

    @property
    def get_summary_professional_associations(self) -> AsyncGetSummaryProfessionalAssociations:
        """Professional Associations (summary report)."""
        return AsyncGetSummaryProfessionalAssociations(self._client)

    @property
    def get_summary_related_occupations(self) -> AsyncGetSummaryRelatedOccupations:
        """Related Occupations (summary report)."""
        return AsyncGetSummaryRelatedOccupations(self._client)

    @property
    def get_summary_skills(self) -> AsyncGetSummarySkills:
        """Skills (summary report)."""
        return AsyncGetSummarySkills(self._client)

    @property
    def get_summary_tasks(self) -> AsyncGetSummaryTasks:
        """Tasks (summary report)."""
        return AsyncGetSummaryTasks(self._client)

    @property
    def get_summary_technology_skills(self) -> AsyncGetSummaryTechnologySkills:
        """Technology Skills (summary report)."""
        return AsyncGetSummaryTechnologySkills(self._client)

    @property
    def get_summary_work_activities(self) -> AsyncGetSummaryWorkActivities:
        """Work Activities (summary report)."""
        return AsyncGetSummaryWorkActivities(self._client)

    @property
    def get_summary_work_context(self) -> AsyncGetSummaryWorkContext:
        """Work Context (summary report)."""
        return AsyncGetSummaryWorkContext(self._client)

    @property
    def get_summary_work_styles(self) -> AsyncGetSummaryWorkStyles:
        """Work Styles (summary report)."""
        return AsyncGetSummaryWorkStyles(self._client)

    @property
    def get_summary_work_values(self) -> AsyncGetSummaryWorkValues:
        """Work Values (summary report)."""
        return AsyncGetSummaryWorkValues(self._client)

    @property
    def list_all_bright_outlook_occupations(self) -> AsyncListAllBrightOutlookOccupations:
        """All Bright Outlook occupations."""
        return AsyncListAllBrightOutlookOccupations(self._client)

    @property
    def list_all_career_cluster_occupations(self) -> AsyncListAllCareerClusterOccupations:
        """Occupations in all Career Clusters."""
        return AsyncListAllCareerClusterOccupations(self._client)

    @property
    def list_all_professional_associations(self) -> AsyncListAllProfessionalAssociations:
        """(Unverified path) Associations across all occupations."""
        return AsyncListAllProfessionalAssociations(self._client)

    @property
    def list_all_stem_occupations(self) -> AsyncListAllStemOccupations:
        """All STEM occupations."""
        return AsyncListAllStemOccupations(self._client)

    @property
    def list_apprenticeship_occupations(self) -> AsyncListApprenticeshipOccupations:
        """(Unverified path) Apprenticeship listing."""
        return AsyncListApprenticeshipOccupations(self._client)

    @property
    def list_bright_outlook_categories(self) -> AsyncListBrightOutlookCategories:
        """Bright Outlook category listing."""
        return AsyncListBrightOutlookCategories(self._client)

    @property
    def list_bright_outlook_category_occupations(self) -> AsyncListBrightOutlookCategoryOccupations:
        """Occupations in a Bright Outlook category."""
        return AsyncListBrightOutlookCategoryOccupations(self._client)

    @property
    def list_career_cluster_occupations(self) -> AsyncListCareerClusterOccupations:
        """Occupations in a Career Cluster."""
        return AsyncListCareerClusterOccupations(self._client)

    @property
    def list_career_clusters(self) -> AsyncListCareerClusters:
        """Career Cluster listing."""
        return AsyncListCareerClusters(self._client)

    @property
    def list_career_sub_cluster_occupations(self) -> AsyncListCareerSubClusterOccupations:
        """(Unverified path) Occupations in a sub-cluster."""
        return AsyncListCareerSubClusterOccupations(self._client)

    @property
    def list_hot_technologies(self) -> AsyncListHotTechnologies:
        """(Unverified path) Hot Technologies listing (site-wide)."""
        return AsyncListHotTechnologies(self._client)

    @property
    def list_in_demand_skills(self) -> AsyncListInDemandSkills:
        """(Unverified path) In Demand skills listing (site-wide)."""
        return AsyncListInDemandSkills(self._client)

    @property
    def list_job_duties_related_occupations(self) -> AsyncListJobDutiesRelatedOccupations:
        """(Unverified path) Job duties: related occupations for tasks."""
        return AsyncListJobDutiesRelatedOccupations(self._client)

    @property
    def list_job_duties_tasks(self) -> AsyncListJobDutiesTasks:
        """(Unverified path) Job duties: tasks in occupation."""
        return AsyncListJobDutiesTasks(self._client)

    @property
    def list_job_families(self) -> AsyncListJobFamilies:
        """(Unverified path) Browse by Job Family / Job Zone / Industry."""
        return AsyncListJobFamilies(self._client)

    @property
    def list_occupation_professional_associations(self) -> AsyncListOccupationProfessionalAssociations:
        """(Unverified path) Related associations for occupation."""
        return AsyncListOccupationProfessionalAssociations(self._client)

    @property
    def list_occupations(self) -> AsyncListOccupations:
        """See all occupations."""
        return AsyncListOccupations(self._client)

    @property
    def list_onet_data_element_occupations(self) -> AsyncListOnetDataElementOccupations:
        """O*NET data: occupations for element."""
        return AsyncListOnetDataElementOccupations(self._client)

    @property
    def list_onet_data_elements(self) -> AsyncListOnetDataElements:
        """O*NET data: elements of a descriptor."""
        return AsyncListOnetDataElements(self._client)

    @property
    def list_related_activities(self) -> AsyncListRelatedActivities:
        """Related activities: activities in occupation."""
        return AsyncListRelatedActivities(self._client)

    @property
    def list_related_activities_occupations(self) -> AsyncListRelatedActivitiesOccupations:
        """(Unverified path) Related activities: related occupations for activities."""
        return AsyncListRelatedActivitiesOccupations(self._client)

    @property
    def list_soft_skills(self) -> AsyncListSoftSkills:
        """Soft skills: skill listing."""
        return AsyncListSoftSkills(self._client)

    @property
    def list_soft_skills_occupations(self) -> AsyncListSoftSkillsOccupations:
        """Soft skills: occupations for selected skills."""
        return AsyncListSoftSkillsOccupations(self._client)

    @property
    def list_stem_occupation_types(self) -> AsyncListStemOccupationTypes:
        """STEM occupation types."""
        return AsyncListStemOccupationTypes(self._client)

    @property
    def list_stem_type_occupations(self) -> AsyncListStemTypeOccupations:
        """Occupations in type."""
        return AsyncListStemTypeOccupations(self._client)

    @property
    def list_technology_category_occupations(self) -> AsyncListTechnologyCategoryOccupations:
        """Technology skills: occupations for category."""
        return AsyncListTechnologyCategoryOccupations(self._client)

    @property
    def list_technology_example_occupations(self) -> AsyncListTechnologyExampleOccupations:
        """(Unverified path) Technology skills: occupations for example."""
        return AsyncListTechnologyExampleOccupations(self._client)

    @property
    def search_job_duties(self) -> AsyncSearchJobDuties:
        """(Unverified path) Job duties: occupation search."""
        return AsyncSearchJobDuties(self._client)

    @property
    def search_military_crosswalk(self) -> AsyncSearchMilitaryCrosswalk:
        """Military crosswalk search."""
        return AsyncSearchMilitaryCrosswalk(self._client)

    @property
    def search_occupations(self) -> AsyncSearchOccupations:
        """Keyword search."""
        return AsyncSearchOccupations(self._client)

    @property
    def search_professional_associations(self) -> AsyncSearchProfessionalAssociations:
        """(Unverified path) Professional associations: occupation search."""
        return AsyncSearchProfessionalAssociations(self._client)

    @property
    def search_related_activities(self) -> AsyncSearchRelatedActivities:
        """(Unverified path) Related activities: occupation search."""
        return AsyncSearchRelatedActivities(self._client)

    @property
    def search_soc_crosswalk(self) -> AsyncSearchSocCrosswalk:
        """(Unverified path) Other crosswalks (SOC, DOT, RAPIDS, education, OOH, ESCO)."""
        return AsyncSearchSocCrosswalk(self._client)

    @property
    def search_technology_categories(self) -> AsyncSearchTechnologyCategories:
        """Technology skills: category search."""
        return AsyncSearchTechnologyCategories(self._client)

    @property
    def search_technology_examples(self) -> AsyncSearchTechnologyExamples:
        """Technology skills: example search."""
        return AsyncSearchTechnologyExamples(self._client)
