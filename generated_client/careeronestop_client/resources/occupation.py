"""Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
job description building blocks.

Generated from the spec by scripts/buildlib/facade.py; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._core.facade import AsyncOperation, AsyncPager, Operation, Pager, Resource
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ..models.data_level_only import DataLevelOnly, check_data_level_only
    from ..models.employment_pattern_sort_column import (
        EmploymentPatternSortColumn,
        check_employment_pattern_sort_column,
    )
    from ..models.employment_patterns_response import EmploymentPatternsResponse
    from ..models.error_message import ErrorMessage
    from ..models.job_description_response import JobDescriptionResponse
    from ..models.lmi_response import LmiResponse
    from ..models.occupation_details_response import OccupationDetailsResponse
    from ..models.occupation_keyword_search_response import OccupationKeywordSearchResponse
    from ..models.occupation_report_type import OccupationReportType, check_occupation_report_type
    from ..models.occupation_summary import OccupationSummary
    from ..models.occupations_report_response import OccupationsReportResponse
    from ..models.skills_match_occupations_response import SkillsMatchOccupationsResponse
    from ..models.sort_direction import SortDirection, check_sort_direction
    from ..models.tools_and_technology_response import ToolsAndTechnologyResponse
    from ..types import UNSET, Unset


class GetDetails(Operation):
    """Get occupation details.

    `GET /v1/occupation/{userId}/{keyword}/{location}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{keyword}/{location}"

    def __call__(
        self,
        keyword: str,
        location: str,
        *,
        training: bool | Unset = UNSET,
        interest: bool | Unset = UNSET,
        videos: bool | Unset = UNSET,
        tasks: bool | Unset = UNSET,
        dwas: bool | Unset = UNSET,
        wages: bool | Unset = UNSET,
        alternate_onet_titles: bool | Unset = UNSET,
        projected_employment: bool | Unset = UNSET,
        ooh: bool | Unset = UNSET,
        state_lmi_links: bool | Unset = UNSET,
        related_onet_titles: bool | Unset = UNSET,
        skills: bool | Unset = UNSET,
        knowledge: bool | Unset = UNSET,
        ability: bool | Unset = UNSET,
        training_programs: bool | Unset = UNSET,
        industry_emp_pattern: bool | Unset = False,
        tools_and_technology: bool | Unset = False,
        work_values: bool | Unset = False,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationDetailsResponse:
        """Get occupation details.

        `GET /v1/occupation/{userId}/{keyword}/{location}` (confidence: documented).

        Uncertain: several JSON key names differ from the official table. The keys used here follow the
        evidence from real responses and typed clients (see each property). The casing of
        ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

        Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
        title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
        (`29-1141`) or a BLS aggregate code answers 404, so append `.00`. The profile is in English whatever
        the language asked for.

        Args:
            keyword: O*NET-SOC code in dotted form, or the exact O*NET title.
            location: `City, ST`, a state code, or a 5-digit ZIP. Use `0` or `US` for national data. This
                value selects the state and area wage rows and the state projections.
            training: Include the EducationTraining block (attainment distribution; typical entry education,
                experience and on-the-job training). The server default is not documented, and the section
                has been seen only when the flag was true.
            interest: Include InterestDataList (RIASEC interest scores). The server default is not
                documented.
            videos: Include the Video list of matching CareerOneStop career videos. The server default is
                not documented.
            tasks: Include Tasks (O*NET task statements). The server default is not documented.
            dwas: Include Dwas (detailed work activities). The server default is not documented.
            wages: Include the Wages block (OEWS percentiles at national, state and area level). The server
                default is not documented.
            alternate_onet_titles: Include AlternateTitles (at most 10). Without this flag the list is not
                filled (measured).
            projected_employment: Include the Projections block (national and state employment projections).
                The server default is not documented.
            ooh: Include OOHs (links to the BLS Occupational Outlook Handbook). The server default is not
                documented.
            state_lmi_links: Include StateResourcesLinks (state labor-market-information sites). The server
                default is not documented.
            related_onet_titles: Include RelatedOnetTitles (a map from related O*NET code to title). The
                server default is not documented.
            skills: Include SkillsDataList (O*NET skill ratings). The server default is not documented.
            knowledge: Include KnowledgeDataList (O*NET knowledge ratings, about 33 rows). The server
                default is not documented.
            ability: Include AbilityDataList (O*NET ability ratings, about 52 rows). The server default is
                not documented.
            training_programs: Include TrainingPrograms (CIP program titles from the SOC-CIP crosswalk). The
                value was null for every one of 670 occupations measured.
            industry_emp_pattern: Include Projections.IndustryOccEmplt (the industries that employ this
                occupation). Documented default is false. Default: False.
            tools_and_technology: Include ToolsAndTechOccupationDetails. Documented default is false.
                Default: False.
            work_values: Include WorkValuesOccupationDetails (the top O*NET work value). Documented default
                is false. Default: False.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationDetailsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_occupation_details as _occupation_get_occupation_details
        from ..models.occupation_details_response import OccupationDetailsResponse

        response = _occupation_get_occupation_details.sync_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            training=training,
            interest=interest,
            videos=videos,
            tasks=tasks,
            dwas=dwas,
            wages=wages,
            alternate_onet_titles=alternate_onet_titles,
            projected_employment=projected_employment,
            ooh=ooh,
            state_lmi_links=state_lmi_links,
            related_onet_titles=related_onet_titles,
            skills=skills,
            knowledge=knowledge,
            ability=ability,
            training_programs=training_programs,
            industry_emp_pattern=industry_emp_pattern,
            tools_and_technology=tools_and_technology,
            work_values=work_values,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationDetailsResponse)

    def raw(
        self,
        keyword: str,
        location: str,
        *,
        training: bool | Unset = UNSET,
        interest: bool | Unset = UNSET,
        videos: bool | Unset = UNSET,
        tasks: bool | Unset = UNSET,
        dwas: bool | Unset = UNSET,
        wages: bool | Unset = UNSET,
        alternate_onet_titles: bool | Unset = UNSET,
        projected_employment: bool | Unset = UNSET,
        ooh: bool | Unset = UNSET,
        state_lmi_links: bool | Unset = UNSET,
        related_onet_titles: bool | Unset = UNSET,
        skills: bool | Unset = UNSET,
        knowledge: bool | Unset = UNSET,
        ability: bool | Unset = UNSET,
        training_programs: bool | Unset = UNSET,
        industry_emp_pattern: bool | Unset = False,
        tools_and_technology: bool | Unset = False,
        work_values: bool | Unset = False,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationDetailsResponse]:
        """`GET /v1/occupation/{userId}/{keyword}/{location}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import get_occupation_details as _occupation_get_occupation_details

        return _occupation_get_occupation_details.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            training=training,
            interest=interest,
            videos=videos,
            tasks=tasks,
            dwas=dwas,
            wages=wages,
            alternate_onet_titles=alternate_onet_titles,
            projected_employment=projected_employment,
            ooh=ooh,
            state_lmi_links=state_lmi_links,
            related_onet_titles=related_onet_titles,
            skills=skills,
            knowledge=knowledge,
            ability=ability,
            training_programs=training_programs,
            industry_emp_pattern=industry_emp_pattern,
            tools_and_technology=tools_and_technology,
            work_values=work_values,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetDetails(AsyncOperation):
    """Get occupation details.

    `GET /v1/occupation/{userId}/{keyword}/{location}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{keyword}/{location}"

    async def __call__(
        self,
        keyword: str,
        location: str,
        *,
        training: bool | Unset = UNSET,
        interest: bool | Unset = UNSET,
        videos: bool | Unset = UNSET,
        tasks: bool | Unset = UNSET,
        dwas: bool | Unset = UNSET,
        wages: bool | Unset = UNSET,
        alternate_onet_titles: bool | Unset = UNSET,
        projected_employment: bool | Unset = UNSET,
        ooh: bool | Unset = UNSET,
        state_lmi_links: bool | Unset = UNSET,
        related_onet_titles: bool | Unset = UNSET,
        skills: bool | Unset = UNSET,
        knowledge: bool | Unset = UNSET,
        ability: bool | Unset = UNSET,
        training_programs: bool | Unset = UNSET,
        industry_emp_pattern: bool | Unset = False,
        tools_and_technology: bool | Unset = False,
        work_values: bool | Unset = False,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationDetailsResponse:
        """Get occupation details.

        `GET /v1/occupation/{userId}/{keyword}/{location}` (confidence: documented).

        Uncertain: several JSON key names differ from the official table. The keys used here follow the
        evidence from real responses and typed clients (see each property). The casing of
        ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

        Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
        title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
        (`29-1141`) or a BLS aggregate code answers 404, so append `.00`. The profile is in English whatever
        the language asked for.

        Args:
            keyword: O*NET-SOC code in dotted form, or the exact O*NET title.
            location: `City, ST`, a state code, or a 5-digit ZIP. Use `0` or `US` for national data. This
                value selects the state and area wage rows and the state projections.
            training: Include the EducationTraining block (attainment distribution; typical entry education,
                experience and on-the-job training). The server default is not documented, and the section
                has been seen only when the flag was true.
            interest: Include InterestDataList (RIASEC interest scores). The server default is not
                documented.
            videos: Include the Video list of matching CareerOneStop career videos. The server default is
                not documented.
            tasks: Include Tasks (O*NET task statements). The server default is not documented.
            dwas: Include Dwas (detailed work activities). The server default is not documented.
            wages: Include the Wages block (OEWS percentiles at national, state and area level). The server
                default is not documented.
            alternate_onet_titles: Include AlternateTitles (at most 10). Without this flag the list is not
                filled (measured).
            projected_employment: Include the Projections block (national and state employment projections).
                The server default is not documented.
            ooh: Include OOHs (links to the BLS Occupational Outlook Handbook). The server default is not
                documented.
            state_lmi_links: Include StateResourcesLinks (state labor-market-information sites). The server
                default is not documented.
            related_onet_titles: Include RelatedOnetTitles (a map from related O*NET code to title). The
                server default is not documented.
            skills: Include SkillsDataList (O*NET skill ratings). The server default is not documented.
            knowledge: Include KnowledgeDataList (O*NET knowledge ratings, about 33 rows). The server
                default is not documented.
            ability: Include AbilityDataList (O*NET ability ratings, about 52 rows). The server default is
                not documented.
            training_programs: Include TrainingPrograms (CIP program titles from the SOC-CIP crosswalk). The
                value was null for every one of 670 occupations measured.
            industry_emp_pattern: Include Projections.IndustryOccEmplt (the industries that employ this
                occupation). Documented default is false. Default: False.
            tools_and_technology: Include ToolsAndTechOccupationDetails. Documented default is false.
                Default: False.
            work_values: Include WorkValuesOccupationDetails (the top O*NET work value). Documented default
                is false. Default: False.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationDetailsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_occupation_details as _occupation_get_occupation_details
        from ..models.occupation_details_response import OccupationDetailsResponse

        response = await _occupation_get_occupation_details.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            location=location,
            training=training,
            interest=interest,
            videos=videos,
            tasks=tasks,
            dwas=dwas,
            wages=wages,
            alternate_onet_titles=alternate_onet_titles,
            projected_employment=projected_employment,
            ooh=ooh,
            state_lmi_links=state_lmi_links,
            related_onet_titles=related_onet_titles,
            skills=skills,
            knowledge=knowledge,
            ability=ability,
            training_programs=training_programs,
            industry_emp_pattern=industry_emp_pattern,
            tools_and_technology=tools_and_technology,
            work_values=work_values,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationDetailsResponse)

    async def raw(
        self,
        keyword: str,
        location: str,
        *,
        training: bool | Unset = UNSET,
        interest: bool | Unset = UNSET,
        videos: bool | Unset = UNSET,
        tasks: bool | Unset = UNSET,
        dwas: bool | Unset = UNSET,
        wages: bool | Unset = UNSET,
        alternate_onet_titles: bool | Unset = UNSET,
        projected_employment: bool | Unset = UNSET,
        ooh: bool | Unset = UNSET,
        state_lmi_links: bool | Unset = UNSET,
        related_onet_titles: bool | Unset = UNSET,
        skills: bool | Unset = UNSET,
        knowledge: bool | Unset = UNSET,
        ability: bool | Unset = UNSET,
        training_programs: bool | Unset = UNSET,
        industry_emp_pattern: bool | Unset = False,
        tools_and_technology: bool | Unset = False,
        work_values: bool | Unset = False,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationDetailsResponse]:
        """`GET /v1/occupation/{userId}/{keyword}/{location}` returning status, headers and body whatever the status."""
        from ..api.occupation import get_occupation_details as _occupation_get_occupation_details

        return await _occupation_get_occupation_details.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            location=location,
            training=training,
            interest=interest,
            videos=videos,
            tasks=tasks,
            dwas=dwas,
            wages=wages,
            alternate_onet_titles=alternate_onet_titles,
            projected_employment=projected_employment,
            ooh=ooh,
            state_lmi_links=state_lmi_links,
            related_onet_titles=related_onet_titles,
            skills=skills,
            knowledge=knowledge,
            ability=ability,
            training_programs=training_programs,
            industry_emp_pattern=industry_emp_pattern,
            tools_and_technology=tools_and_technology,
            work_values=work_values,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class GetJobDescription(Operation):
    """Get job description building blocks (Job Description Writer).

    `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/jdw/{userId}/{onetCode}/{state}/{category}"

    def __call__(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> JobDescriptionResponse:
        """Get job description building blocks (Job Description Writer).

        `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

        Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
        and wages probably exist and stay as extra properties. The full list of category values is not
        documented here.

        Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
        activities, skill statements and an education section.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            state: State postal code (`US` for the nation where the operation accepts it).
            category: Section selector. Values seen in working code are `0` (everything), `All` and
                `Purpose`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDescriptionResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_job_description as _occupation_get_job_description
        from ..models.job_description_response import JobDescriptionResponse

        response = _occupation_get_job_description.sync_detailed(
            client=self._client,
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, JobDescriptionResponse)

    def raw(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDescriptionResponse]:
        """`GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import get_job_description as _occupation_get_job_description

        return _occupation_get_job_description.sync_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetJobDescription(AsyncOperation):
    """Get job description building blocks (Job Description Writer).

    `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/jdw/{userId}/{onetCode}/{state}/{category}"

    async def __call__(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> JobDescriptionResponse:
        """Get job description building blocks (Job Description Writer).

        `GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` (confidence: documented).

        Uncertain: only a few keys have been seen read by clients. Other sections such as knowledge, tools
        and wages probably exist and stay as extra properties. The full list of category values is not
        documented here.

        Returns the pieces an employer needs to draft a job description for one occupation: purpose, tasks,
        activities, skill statements and an education section.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            state: State postal code (`US` for the nation where the operation accepts it).
            category: Section selector. Values seen in working code are `0` (everything), `All` and
                `Purpose`.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            JobDescriptionResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_job_description as _occupation_get_job_description
        from ..models.job_description_response import JobDescriptionResponse

        response = await _occupation_get_job_description.asyncio_detailed(
            client=self._client,
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, JobDescriptionResponse)

    async def raw(
        self, onet_code: str, state: str, category: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | JobDescriptionResponse]:
        """`GET /v1/jdw/{userId}/{onetCode}/{state}/{category}` returning status, headers and body whatever the status."""
        from ..api.occupation import get_job_description as _occupation_get_job_description

        return await _occupation_get_job_description.asyncio_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            state=state,
            category=category,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class GetLmi(Operation):
    """Get labor market information by occupation.

    `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/lmi/{userId}/{onetCode}/{location}"

    def __call__(self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False) -> LmiResponse:
        """Get labor market information by occupation.

        `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

        Uncertain: the fields come from clients reading individual keys. SocCode and SocTitle inside SocInfo
        are assumed. One client reports that state and county locations return empty values, with data only
        for `US`.

        Returns a short labor-market snapshot for one occupation: state and national average pay, typical
        training, and career outlook.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LmiResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation
        from ..models.lmi_response import LmiResponse

        response = _occupation_get_lmi_by_occupation.sync_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LmiResponse)

    def raw(
        self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LmiResponse]:
        """`GET /v1/lmi/{userId}/{onetCode}/{location}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation

        return _occupation_get_lmi_by_occupation.sync_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetLmi(AsyncOperation):
    """Get labor market information by occupation.

    `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/lmi/{userId}/{onetCode}/{location}"

    async def __call__(self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False) -> LmiResponse:
        """Get labor market information by occupation.

        `GET /v1/lmi/{userId}/{onetCode}/{location}` (confidence: observed-in-typed-client-code).

        Uncertain: the fields come from clients reading individual keys. SocCode and SocTitle inside SocInfo
        are assumed. One client reports that state and county locations return empty values, with data only
        for `US`.

        Returns a short labor-market snapshot for one occupation: state and national average pay, typical
        training, and career outlook.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            LmiResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation
        from ..models.lmi_response import LmiResponse

        response = await _occupation_get_lmi_by_occupation.asyncio_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, LmiResponse)

    async def raw(
        self, onet_code: str, location: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | LmiResponse]:
        """`GET /v1/lmi/{userId}/{onetCode}/{location}` returning status, headers and body whatever the status."""
        from ..api.occupation import get_lmi_by_occupation as _occupation_get_lmi_by_occupation

        return await _occupation_get_lmi_by_occupation.asyncio_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class GetReport(Operation):
    """Get occupations report (ranked occupation lists).

    Warning: unverified path (confidence: guess).

    `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationsReportResponse:
        """Get occupations report (ranked occupation lists).

        Warning: unverified path (confidence: guess).

        `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

        Uncertain: the path and parameters come from a second-hand copy of the official PDF, and the sort-
        column values may belong to another endpoint. No response has been observed, so the body is an open
        object. Offset and limit segments exist, but the name of the row array is unknown, so no
        `x-pagination` is declared.

        Returns ranked occupation lists for a state or the nation: fastest growing, highest paying, most
        openings, largest employment, or declining employment. Sort keys listed second-hand (EE, PE, PCH,
        POT, PCT, IND) may have been copied from Employment Patterns.

        Args:
            reporttype: `FG` fastest growing, `HP` highest paying, `MO` most openings, `LE` largest
                employment, `DE` declining employment. One of: 'FG', 'HP', 'MO', 'LE', 'DE'.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            education: Filter on typical education. `0` means all levels. The other codes are not documented
                here. Constraints: min 0.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationsReportResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_occupations_report as _occupation_get_occupations_report
        from ..models.occupations_report_response import OccupationsReportResponse

        response = _occupation_get_occupations_report.sync_detailed(
            client=self._client,
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationsReportResponse)

    def raw(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationsReportResponse]:
        """`GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import get_occupations_report as _occupation_get_occupations_report

        return _occupation_get_occupations_report.sync_detailed(
            client=self._raw_client(),
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncGetReport(AsyncOperation):
    """Get occupations report (ranked occupation lists).

    Warning: unverified path (confidence: guess).

    `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationsReportResponse:
        """Get occupations report (ranked occupation lists).

        Warning: unverified path (confidence: guess).

        `GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: guess).

        Uncertain: the path and parameters come from a second-hand copy of the official PDF, and the sort-
        column values may belong to another endpoint. No response has been observed, so the body is an open
        object. Offset and limit segments exist, but the name of the row array is unknown, so no
        `x-pagination` is declared.

        Returns ranked occupation lists for a state or the nation: fastest growing, highest paying, most
        openings, largest employment, or declining employment. Sort keys listed second-hand (EE, PE, PCH,
        POT, PCT, IND) may have been copied from Employment Patterns.

        Args:
            reporttype: `FG` fastest growing, `HP` highest paying, `MO` most openings, `LE` largest
                employment, `DE` declining employment. One of: 'FG', 'HP', 'MO', 'LE', 'DE'.
            location: A state code or state FIPS code, or `US` for the nation. Operations that list states
                take `0` for all of them.
            education: Filter on typical education. `0` means all levels. The other codes are not documented
                here. Constraints: min 0.
            sort_columns: Sort key. `0` means the default order; the operation description names the keys
                that have been seen.
            sort_directions: `ASC` or `DESC` (lower case is also seen), or `0` for the default direction.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationsReportResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import get_occupations_report as _occupation_get_occupations_report
        from ..models.occupations_report_response import OccupationsReportResponse

        response = await _occupation_get_occupations_report.asyncio_detailed(
            client=self._client,
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationsReportResponse)

    async def raw(
        self,
        reporttype: OccupationReportType,
        location: str,
        education: int,
        sort_columns: str,
        sort_directions: str,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationsReportResponse]:
        """`GET /v1/occupationsreports/{userId}/{reporttype}/{location}/{education}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ..api.occupation import get_occupations_report as _occupation_get_occupations_report

        return await _occupation_get_occupations_report.asyncio_detailed(
            client=self._raw_client(),
            reporttype=reporttype,
            location=location,
            education=education,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class GetToolsAndTechnology(Operation):
    """List tools and technology by occupation.

    `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/techtool/{userId}/{onetCode}"

    def __call__(self, onet_code: str, *, enable_meta_data: bool | Unset = False) -> ToolsAndTechnologyResponse:
        """List tools and technology by occupation.

        `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

        Uncertain: the shape comes from typed third-party models, not from the official docs. enableMetaData
        support is a guess. RecordCount is read by a client as the number of tool entries.

        Returns the O*NET tools and technology for one occupation, grouped into categories with example
        items and hot-technology/in-demand flags.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            ToolsAndTechnologyResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )
        from ..models.tools_and_technology_response import ToolsAndTechnologyResponse

        response = _occupation_get_tools_and_technology_by_occupation.sync_detailed(
            client=self._client, onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, ToolsAndTechnologyResponse)

    def raw(
        self, onet_code: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | ToolsAndTechnologyResponse]:
        """`GET /v1/techtool/{userId}/{onetCode}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )

        return _occupation_get_tools_and_technology_by_occupation.sync_detailed(
            client=self._raw_client(), onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class AsyncGetToolsAndTechnology(AsyncOperation):
    """List tools and technology by occupation.

    `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/techtool/{userId}/{onetCode}"

    async def __call__(self, onet_code: str, *, enable_meta_data: bool | Unset = False) -> ToolsAndTechnologyResponse:
        """List tools and technology by occupation.

        `GET /v1/techtool/{userId}/{onetCode}` (confidence: observed-in-typed-client-code).

        Uncertain: the shape comes from typed third-party models, not from the official docs. enableMetaData
        support is a guess. RecordCount is read by a client as the number of tool entries.

        Returns the O*NET tools and technology for one occupation, grouped into categories with example
        items and hot-technology/in-demand flags.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            ToolsAndTechnologyResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )
        from ..models.tools_and_technology_response import ToolsAndTechnologyResponse

        response = await _occupation_get_tools_and_technology_by_occupation.asyncio_detailed(
            client=self._client, onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )
        return self._expect(response, ToolsAndTechnologyResponse)

    async def raw(
        self, onet_code: str, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | ToolsAndTechnologyResponse]:
        """`GET /v1/techtool/{userId}/{onetCode}` returning status, headers and body whatever the status."""
        from ..api.occupation import (
            get_tools_and_technology_by_occupation as _occupation_get_tools_and_technology_by_occupation,
        )

        return await _occupation_get_tools_and_technology_by_occupation.asyncio_detailed(
            client=self._raw_client(), onet_code=onet_code, enable_meta_data=enable_meta_data, user_id="{userId}"
        )


class ListByKeyword(Operation):
    """List occupations by keyword.

    `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationKeywordSearchResponse:
        """List occupations by keyword.

        `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
        unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

        Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
        code/title/description rows. The keyword `0` lists every occupation, which clients use together with
        a large limit to fetch all codes.

        Args:
            keyword: Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0` returns all
                occupations.
            data_level_only: `Y`/`Yes` returns data-level O*NET occupations only. `N`/`No` also includes
                broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_by: Taxonomy selector. The documentation mentions it only in passing, and its accepted
                values are unknown.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationKeywordSearchResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword
        from ..models.occupation_keyword_search_response import OccupationKeywordSearchResponse

        response = _occupation_list_occupations_by_keyword.sync_detailed(
            client=self._client,
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationKeywordSearchResponse)

    def raw(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
        """`GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return _occupation_list_occupations_by_keyword.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Pager[OccupationSummary, OccupationKeywordSearchResponse]:
        """Every item of the listing, fetching pages as needed.

        Iterate it for items; `.pages()` yields typed pages, `.total` is the listing's size. `page_size`
        limits each request, `max_items` the whole listing.
        """
        from ..api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return Pager(
            _occupation_list_occupations_by_keyword,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "data_level_only": data_level_only,
                "search_by": search_by,
                "enable_meta_data": enable_meta_data,
            },
        )


class AsyncListByKeyword(AsyncOperation):
    """List occupations by keyword.

    `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body; `.iter(...)` for every item.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> OccupationKeywordSearchResponse:
        """List occupations by keyword.

        `GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
        unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

        Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
        code/title/description rows. The keyword `0` lists every occupation, which clients use together with
        a large limit to fetch all codes.

        Args:
            keyword: Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0` returns all
                occupations.
            data_level_only: `Y`/`Yes` returns data-level O*NET occupations only. `N`/`No` also includes
                broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            search_by: Taxonomy selector. The documentation mentions it only in passing, and its accepted
                values are unknown.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            OccupationKeywordSearchResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword
        from ..models.occupation_keyword_search_response import OccupationKeywordSearchResponse

        response = await _occupation_list_occupations_by_keyword.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, OccupationKeywordSearchResponse)

    async def raw(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        start_record: int,
        limit_record: int,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
    ) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
        """`GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ..api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return await _occupation_list_occupations_by_keyword.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )

    def iter(
        self,
        keyword: str,
        data_level_only: DataLevelOnly,
        *,
        search_by: str | Unset = UNSET,
        enable_meta_data: bool | Unset = False,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[OccupationSummary, OccupationKeywordSearchResponse]:
        """Every item of the listing (`async for`); `.pages()` yields typed pages, concurrently after the first."""
        from ..api.occupation import list_occupations_by_keyword as _occupation_list_occupations_by_keyword

        return AsyncPager(
            _occupation_list_occupations_by_keyword,
            self._client,
            page_size,
            max_items,
            {
                "keyword": keyword,
                "data_level_only": data_level_only,
                "search_by": search_by,
                "enable_meta_data": enable_meta_data,
            },
        )


class ListBySkillsMatch(Operation):
    """List occupations by skills match.

    `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}"

    def __call__(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> SkillsMatchOccupationsResponse:
        """List occupations by skills match.

        `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

        Uncertain: no response body has ever been observed. The OccupationList/RecordCount envelope comes
        from the legacy XML service that this endpoint replaced. The wage, education and training fields of
        each row are unknown and stay as extra properties. enableMetaData support is a guess.

        Given the O*NET code of a current or past job and a location, lists occupations that use similar
        skills and knowledge. The server tells this route apart from the other `/v1/occupation` routes only
        by the number of segments after `userId`.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsMatchOccupationsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match
        from ..models.skills_match_occupations_response import SkillsMatchOccupationsResponse

        response = _occupation_list_occupations_by_skills_match.sync_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsMatchOccupationsResponse)

    def raw(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | SkillsMatchOccupationsResponse]:
        """`GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match

        return _occupation_list_occupations_by_skills_match.sync_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncListBySkillsMatch(AsyncOperation):
    """List occupations by skills match.

    `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}"

    async def __call__(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> SkillsMatchOccupationsResponse:
        """List occupations by skills match.

        `GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` (confidence: documented).

        Uncertain: no response body has ever been observed. The OccupationList/RecordCount envelope comes
        from the legacy XML service that this endpoint replaced. The wage, education and training fields of
        each row are unknown and stay as extra properties. enableMetaData support is a guess.

        Given the O*NET code of a current or past job and a location, lists occupations that use similar
        skills and knowledge. The server tells this route apart from the other `/v1/occupation` routes only
        by the number of segments after `userId`.

        Args:
            onet_code: O*NET-SOC code in dotted form.
            location: A 5-digit ZIP, `City, ST`, or a state code. Operations that search nationwide also
                take `0` for the whole country.
            radius: Search radius in miles. It matters only for ZIP or city inputs; send `0` with national
                or state inputs. Constraints: min 0.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            SkillsMatchOccupationsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match
        from ..models.skills_match_occupations_response import SkillsMatchOccupationsResponse

        response = await _occupation_list_occupations_by_skills_match.asyncio_detailed(
            client=self._client,
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, SkillsMatchOccupationsResponse)

    async def raw(
        self, onet_code: str, location: str, radius: int, *, enable_meta_data: bool | Unset = False
    ) -> Response[ErrorMessage | SkillsMatchOccupationsResponse]:
        """`GET /v1/occupation/{userId}/{onetCode}/{location}/{radius}` returning status, headers and body whatever the status."""
        from ..api.occupation import list_occupations_by_skills_match as _occupation_list_occupations_by_skills_match

        return await _occupation_list_occupations_by_skills_match.asyncio_detailed(
            client=self._raw_client(),
            onet_code=onet_code,
            location=location,
            radius=radius,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class ListEmploymentPatterns(Operation):
    """Get employment patterns (industries employing an occupation).

    `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

    Call it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    def __call__(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> EmploymentPatternsResponse:
        """Get employment patterns (industries employing an occupation).

        `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
        stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

        Lists the industries that employ an occupation, with base-year and projected employment, percent
        change, and shares. The path and sort codes are documented in the API Explorer.

        Args:
            keyword: Occupation title, O*NET code, or 6-digit SOC code.
            sort_columns: `0` relevance, `EE` base-year employment, `PE` projected employment, `PCH` percent
                change, `POT` percent of the industry's total employment, `PCT` share of the occupation in
                the industry, `IND` industry title. One of: '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
            sort_directions: `0` (default, ascending), `ASC` or `DESC`. One of: '0', 'ASC', 'DESC'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            EmploymentPatternsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import list_employment_patterns as _occupation_list_employment_patterns
        from ..models.employment_patterns_response import EmploymentPatternsResponse

        response = _occupation_list_employment_patterns.sync_detailed(
            client=self._client,
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, EmploymentPatternsResponse)

    def raw(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[EmploymentPatternsResponse | ErrorMessage]:
        """`GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status.

        Declared error statuses come back as the response instead of raising; invalid arguments, timeouts
        and connection failures still raise.
        """
        from ..api.occupation import list_employment_patterns as _occupation_list_employment_patterns

        return _occupation_list_employment_patterns.sync_detailed(
            client=self._raw_client(),
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class AsyncListEmploymentPatterns(AsyncOperation):
    """Get employment patterns (industries employing an occupation).

    `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

    Await it for the parsed response; `.raw(...)` for status, headers and body.
    """

    __slots__ = ()
    _http = "GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}"

    async def __call__(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> EmploymentPatternsResponse:
        """Get employment patterns (industries employing an occupation).

        `GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` (confidence: documented).

        Uncertain: no code that reads this response was found. The name of the row array is unknown, so rows
        stay as extra properties and no `x-pagination` is declared. RecordCount is assumed by analogy.

        Lists the industries that employ an occupation, with base-year and projected employment, percent
        change, and shares. The path and sort codes are documented in the API Explorer.

        Args:
            keyword: Occupation title, O*NET code, or 6-digit SOC code.
            sort_columns: `0` relevance, `EE` base-year employment, `PE` projected employment, `PCH` percent
                change, `POT` percent of the industry's total employment, `PCT` share of the occupation in
                the industry, `IND` industry title. One of: '0', 'EE', 'PE', 'PCH', 'POT', 'PCT', 'IND'.
            sort_directions: `0` (default, ascending), `ASC` or `DESC`. One of: '0', 'ASC', 'DESC'.
            start_record: 0-based offset of the first row to return. Send `0` for the first page.
                Constraints: min 0.
            limit_record: Maximum number of rows to return. 10 is the conventional value. No upper bound is
                documented; clients have used 1000 or more. Constraints: min 1.
            enable_meta_data: Include the MetaData block (publisher, citation, data sources). The
                documentation says the default is true, but live calls without the flag returned bodies
                without MetaData, so the server's default is off; send `true` to get the block. Some pages
                mark the flag "coming soon", and support on some operations is a guess. Default: False.

        Returns:
            EmploymentPatternsResponse: the parsed success response

        Raises:
            InvalidParameterError: an argument breaks the spec's constraints; raised before any request
            BadRequestError: the API rejected the arguments (HTTP 400)
            AuthenticationError: the credentials were refused (HTTP 401/403)
            NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
            ServerError: HTTP 5xx after retries
            APITimeoutError: no response within the client's timeout, after retries
            APIConnectionError: the connection failed, after retries
            UndecodableResponseError: a 2xx body that is not the declared JSON
        """
        from ..api.occupation import list_employment_patterns as _occupation_list_employment_patterns
        from ..models.employment_patterns_response import EmploymentPatternsResponse

        response = await _occupation_list_employment_patterns.asyncio_detailed(
            client=self._client,
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )
        return self._expect(response, EmploymentPatternsResponse)

    async def raw(
        self,
        keyword: str,
        sort_columns: EmploymentPatternSortColumn,
        sort_directions: SortDirection,
        start_record: int,
        limit_record: int,
        *,
        enable_meta_data: bool | Unset = False,
    ) -> Response[EmploymentPatternsResponse | ErrorMessage]:
        """`GET /v1/employmentpatterns/{userId}/{keyword}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}` returning status, headers and body whatever the status."""
        from ..api.occupation import list_employment_patterns as _occupation_list_employment_patterns

        return await _occupation_list_employment_patterns.asyncio_detailed(
            client=self._raw_client(),
            keyword=keyword,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            enable_meta_data=enable_meta_data,
            user_id="{userId}",
        )


class OccupationResource(Resource):
    """Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
    job description building blocks.
    """

    __slots__ = ()

    @property
    def get_details(self) -> GetDetails:
        """Get occupation details."""
        return GetDetails(self._client)

    @property
    def get_job_description(self) -> GetJobDescription:
        """Get job description building blocks (Job Description Writer)."""
        return GetJobDescription(self._client)

    @property
    def get_lmi(self) -> GetLmi:
        """Get labor market information by occupation."""
        return GetLmi(self._client)

    @property
    def get_report(self) -> GetReport:
        """Get occupations report (ranked occupation lists)."""
        return GetReport(self._client)

    @property
    def get_tools_and_technology(self) -> GetToolsAndTechnology:
        """List tools and technology by occupation."""
        return GetToolsAndTechnology(self._client)

    @property
    def list_by_keyword(self) -> ListByKeyword:
        """List occupations by keyword."""
        return ListByKeyword(self._client)

    @property
    def list_by_skills_match(self) -> ListBySkillsMatch:
        """List occupations by skills match."""
        return ListBySkillsMatch(self._client)

    @property
    def list_employment_patterns(self) -> ListEmploymentPatterns:
        """Get employment patterns (industries employing an occupation)."""
        return ListEmploymentPatterns(self._client)


class AsyncOccupationResource(Resource):
    """Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
    job description building blocks. (async)
    """

    __slots__ = ()

    @property
    def get_details(self) -> AsyncGetDetails:
        """Get occupation details."""
        return AsyncGetDetails(self._client)

    @property
    def get_job_description(self) -> AsyncGetJobDescription:
        """Get job description building blocks (Job Description Writer)."""
        return AsyncGetJobDescription(self._client)

    @property
    def get_lmi(self) -> AsyncGetLmi:
        """Get labor market information by occupation."""
        return AsyncGetLmi(self._client)

    @property
    def get_report(self) -> AsyncGetReport:
        """Get occupations report (ranked occupation lists)."""
        return AsyncGetReport(self._client)

    @property
    def get_tools_and_technology(self) -> AsyncGetToolsAndTechnology:
        """List tools and technology by occupation."""
        return AsyncGetToolsAndTechnology(self._client)

    @property
    def list_by_keyword(self) -> AsyncListByKeyword:
        """List occupations by keyword."""
        return AsyncListByKeyword(self._client)

    @property
    def list_by_skills_match(self) -> AsyncListBySkillsMatch:
        """List occupations by skills match."""
        return AsyncListBySkillsMatch(self._client)

    @property
    def list_employment_patterns(self) -> AsyncListEmploymentPatterns:
        """Get employment patterns (industries employing an occupation)."""
        return AsyncListEmploymentPatterns(self._client)
