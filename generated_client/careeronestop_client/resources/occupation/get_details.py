"""Get occupation details.

`occupation.get_details` of the namespaced client. Generated from the spec by scripts/buildlib/facade.py; do
not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..._core.facade import AsyncOperation, AsyncPager, Operation, Pager
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_message import ErrorMessage
    from ...models.occupation_details_response import OccupationDetailsResponse
    from ...types import UNSET, Unset


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
        from ...api.occupation import get_occupation_details as _occupation_get_occupation_details
        from ...models.occupation_details_response import OccupationDetailsResponse

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
        from ...api.occupation import get_occupation_details as _occupation_get_occupation_details

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
        from ...api.occupation import get_occupation_details as _occupation_get_occupation_details
        from ...models.occupation_details_response import OccupationDetailsResponse

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
        from ...api.occupation import get_occupation_details as _occupation_get_occupation_details

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
