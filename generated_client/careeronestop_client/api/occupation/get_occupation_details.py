from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._core.client import SDKClient

from typing import cast

from ...models.error_message import ErrorMessage
from ...models.occupation_details_response import OccupationDetailsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["training"] = training

    params["interest"] = interest

    params["videos"] = videos

    params["tasks"] = tasks

    params["dwas"] = dwas

    params["wages"] = wages

    params["alternateOnetTitles"] = alternate_onet_titles

    params["projectedEmployment"] = projected_employment

    params["ooh"] = ooh

    params["stateLMILinks"] = state_lmi_links

    params["relatedOnetTitles"] = related_onet_titles

    params["skills"] = skills

    params["knowledge"] = knowledge

    params["ability"] = ability

    params["trainingPrograms"] = training_programs

    params["industryEmpPattern"] = industry_emp_pattern

    params["toolsAndTechnology"] = tools_and_technology

    params["workValues"] = work_values

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/occupation/{user_id}/{keyword}/{location}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            location=quote(str(location), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "get_occupation_details",
                "path_template": "/v1/occupation/{userId}/{keyword}/{location}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "location": location,
                },
                "query_params": {
                    "training": training,
                    "interest": interest,
                    "videos": videos,
                    "tasks": tasks,
                    "dwas": dwas,
                    "wages": wages,
                    "alternateOnetTitles": alternate_onet_titles,
                    "projectedEmployment": projected_employment,
                    "ooh": ooh,
                    "stateLMILinks": state_lmi_links,
                    "relatedOnetTitles": related_onet_titles,
                    "skills": skills,
                    "knowledge": knowledge,
                    "ability": ability,
                    "trainingPrograms": training_programs,
                    "industryEmpPattern": industry_emp_pattern,
                    "toolsAndTechnology": tools_and_technology,
                    "workValues": work_values,
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "OccupationDetailsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | OccupationDetailsResponse | None:
    if response.status_code == 200:
        response_200 = OccupationDetailsResponse.from_dict(body)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(body)

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(body)

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(body)

        return response_404

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(body)

        return response_500

    if getattr(client, "raise_on_unexpected_status", False):  # the SDK clients raise typed errors before this
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> ErrorMessage | OccupationDetailsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | OccupationDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
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
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`. The profile is in English whatever
    the language asked for.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): O*NET-SOC code in dotted form, or the exact O*NET title.
        location (str): `City, ST`, a state code, or a 5-digit ZIP. Use `0` or `US` for national
            data. This value selects the state and area wage rows and the state projections.
        training (bool | Unset): Include the EducationTraining block (attainment distribution;
            typical entry education, experience and on-the-job training). The server default is not
            documented, and the section has been seen only when the flag was true.
        interest (bool | Unset): Include InterestDataList (RIASEC interest scores). The server
            default is not documented.
        videos (bool | Unset): Include the Video list of matching CareerOneStop career videos. The
            server default is not documented.
        tasks (bool | Unset): Include Tasks (O*NET task statements). The server default is not
            documented.
        dwas (bool | Unset): Include Dwas (detailed work activities). The server default is not
            documented.
        wages (bool | Unset): Include the Wages block (OEWS percentiles at national, state and
            area level). The server default is not documented.
        alternate_onet_titles (bool | Unset): Include AlternateTitles (at most 10). Without this
            flag the list is not filled (measured).
        projected_employment (bool | Unset): Include the Projections block (national and state
            employment projections). The server default is not documented.
        ooh (bool | Unset): Include OOHs (links to the BLS Occupational Outlook Handbook). The
            server default is not documented.
        state_lmi_links (bool | Unset): Include StateResourcesLinks (state labor-market-
            information sites). The server default is not documented.
        related_onet_titles (bool | Unset): Include RelatedOnetTitles (a map from related O*NET
            code to title). The server default is not documented.
        skills (bool | Unset): Include SkillsDataList (O*NET skill ratings). The server default is
            not documented.
        knowledge (bool | Unset): Include KnowledgeDataList (O*NET knowledge ratings, about 33
            rows). The server default is not documented.
        ability (bool | Unset): Include AbilityDataList (O*NET ability ratings, about 52 rows).
            The server default is not documented.
        training_programs (bool | Unset): Include TrainingPrograms (CIP program titles from the
            SOC-CIP crosswalk). The value was null for every one of 670 occupations measured.
        industry_emp_pattern (bool | Unset): Include Projections.IndustryOccEmplt (the industries
            that employ this occupation). Documented default is false. Default: False.
        tools_and_technology (bool | Unset): Include ToolsAndTechOccupationDetails. Documented
            default is false. Default: False.
        work_values (bool | Unset): Include WorkValuesOccupationDetails (the top O*NET work
            value). Documented default is false. Default: False.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[ErrorMessage | OccupationDetailsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
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
) -> ErrorMessage | OccupationDetailsResponse | None:
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`. The profile is in English whatever
    the language asked for.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): O*NET-SOC code in dotted form, or the exact O*NET title.
        location (str): `City, ST`, a state code, or a 5-digit ZIP. Use `0` or `US` for national
            data. This value selects the state and area wage rows and the state projections.
        training (bool | Unset): Include the EducationTraining block (attainment distribution;
            typical entry education, experience and on-the-job training). The server default is not
            documented, and the section has been seen only when the flag was true.
        interest (bool | Unset): Include InterestDataList (RIASEC interest scores). The server
            default is not documented.
        videos (bool | Unset): Include the Video list of matching CareerOneStop career videos. The
            server default is not documented.
        tasks (bool | Unset): Include Tasks (O*NET task statements). The server default is not
            documented.
        dwas (bool | Unset): Include Dwas (detailed work activities). The server default is not
            documented.
        wages (bool | Unset): Include the Wages block (OEWS percentiles at national, state and
            area level). The server default is not documented.
        alternate_onet_titles (bool | Unset): Include AlternateTitles (at most 10). Without this
            flag the list is not filled (measured).
        projected_employment (bool | Unset): Include the Projections block (national and state
            employment projections). The server default is not documented.
        ooh (bool | Unset): Include OOHs (links to the BLS Occupational Outlook Handbook). The
            server default is not documented.
        state_lmi_links (bool | Unset): Include StateResourcesLinks (state labor-market-
            information sites). The server default is not documented.
        related_onet_titles (bool | Unset): Include RelatedOnetTitles (a map from related O*NET
            code to title). The server default is not documented.
        skills (bool | Unset): Include SkillsDataList (O*NET skill ratings). The server default is
            not documented.
        knowledge (bool | Unset): Include KnowledgeDataList (O*NET knowledge ratings, about 33
            rows). The server default is not documented.
        ability (bool | Unset): Include AbilityDataList (O*NET ability ratings, about 52 rows).
            The server default is not documented.
        training_programs (bool | Unset): Include TrainingPrograms (CIP program titles from the
            SOC-CIP crosswalk). The value was null for every one of 670 occupations measured.
        industry_emp_pattern (bool | Unset): Include Projections.IndustryOccEmplt (the industries
            that employ this occupation). Documented default is false. Default: False.
        tools_and_technology (bool | Unset): Include ToolsAndTechOccupationDetails. Documented
            default is false. Default: False.
        work_values (bool | Unset): Include WorkValuesOccupationDetails (the top O*NET work
            value). Documented default is false. Default: False.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        ErrorMessage | OccupationDetailsResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        location=location,
        client=client,
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
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
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
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`. The profile is in English whatever
    the language asked for.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): O*NET-SOC code in dotted form, or the exact O*NET title.
        location (str): `City, ST`, a state code, or a 5-digit ZIP. Use `0` or `US` for national
            data. This value selects the state and area wage rows and the state projections.
        training (bool | Unset): Include the EducationTraining block (attainment distribution;
            typical entry education, experience and on-the-job training). The server default is not
            documented, and the section has been seen only when the flag was true.
        interest (bool | Unset): Include InterestDataList (RIASEC interest scores). The server
            default is not documented.
        videos (bool | Unset): Include the Video list of matching CareerOneStop career videos. The
            server default is not documented.
        tasks (bool | Unset): Include Tasks (O*NET task statements). The server default is not
            documented.
        dwas (bool | Unset): Include Dwas (detailed work activities). The server default is not
            documented.
        wages (bool | Unset): Include the Wages block (OEWS percentiles at national, state and
            area level). The server default is not documented.
        alternate_onet_titles (bool | Unset): Include AlternateTitles (at most 10). Without this
            flag the list is not filled (measured).
        projected_employment (bool | Unset): Include the Projections block (national and state
            employment projections). The server default is not documented.
        ooh (bool | Unset): Include OOHs (links to the BLS Occupational Outlook Handbook). The
            server default is not documented.
        state_lmi_links (bool | Unset): Include StateResourcesLinks (state labor-market-
            information sites). The server default is not documented.
        related_onet_titles (bool | Unset): Include RelatedOnetTitles (a map from related O*NET
            code to title). The server default is not documented.
        skills (bool | Unset): Include SkillsDataList (O*NET skill ratings). The server default is
            not documented.
        knowledge (bool | Unset): Include KnowledgeDataList (O*NET knowledge ratings, about 33
            rows). The server default is not documented.
        ability (bool | Unset): Include AbilityDataList (O*NET ability ratings, about 52 rows).
            The server default is not documented.
        training_programs (bool | Unset): Include TrainingPrograms (CIP program titles from the
            SOC-CIP crosswalk). The value was null for every one of 670 occupations measured.
        industry_emp_pattern (bool | Unset): Include Projections.IndustryOccEmplt (the industries
            that employ this occupation). Documented default is false. Default: False.
        tools_and_technology (bool | Unset): Include ToolsAndTechOccupationDetails. Documented
            default is false. Default: False.
        work_values (bool | Unset): Include WorkValuesOccupationDetails (the top O*NET work
            value). Documented default is false. Default: False.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        Response[ErrorMessage | OccupationDetailsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    location: str,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
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
) -> ErrorMessage | OccupationDetailsResponse | None:
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`. The profile is in English whatever
    the language asked for.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): O*NET-SOC code in dotted form, or the exact O*NET title.
        location (str): `City, ST`, a state code, or a 5-digit ZIP. Use `0` or `US` for national
            data. This value selects the state and area wage rows and the state projections.
        training (bool | Unset): Include the EducationTraining block (attainment distribution;
            typical entry education, experience and on-the-job training). The server default is not
            documented, and the section has been seen only when the flag was true.
        interest (bool | Unset): Include InterestDataList (RIASEC interest scores). The server
            default is not documented.
        videos (bool | Unset): Include the Video list of matching CareerOneStop career videos. The
            server default is not documented.
        tasks (bool | Unset): Include Tasks (O*NET task statements). The server default is not
            documented.
        dwas (bool | Unset): Include Dwas (detailed work activities). The server default is not
            documented.
        wages (bool | Unset): Include the Wages block (OEWS percentiles at national, state and
            area level). The server default is not documented.
        alternate_onet_titles (bool | Unset): Include AlternateTitles (at most 10). Without this
            flag the list is not filled (measured).
        projected_employment (bool | Unset): Include the Projections block (national and state
            employment projections). The server default is not documented.
        ooh (bool | Unset): Include OOHs (links to the BLS Occupational Outlook Handbook). The
            server default is not documented.
        state_lmi_links (bool | Unset): Include StateResourcesLinks (state labor-market-
            information sites). The server default is not documented.
        related_onet_titles (bool | Unset): Include RelatedOnetTitles (a map from related O*NET
            code to title). The server default is not documented.
        skills (bool | Unset): Include SkillsDataList (O*NET skill ratings). The server default is
            not documented.
        knowledge (bool | Unset): Include KnowledgeDataList (O*NET knowledge ratings, about 33
            rows). The server default is not documented.
        ability (bool | Unset): Include AbilityDataList (O*NET ability ratings, about 52 rows).
            The server default is not documented.
        training_programs (bool | Unset): Include TrainingPrograms (CIP program titles from the
            SOC-CIP crosswalk). The value was null for every one of 670 occupations measured.
        industry_emp_pattern (bool | Unset): Include Projections.IndustryOccEmplt (the industries
            that employ this occupation). Documented default is false. Default: False.
        tools_and_technology (bool | Unset): Include ToolsAndTechOccupationDetails. Documented
            default is false. Default: False.
        work_values (bool | Unset): Include WorkValuesOccupationDetails (the top O*NET work
            value). Documented default is false. Default: False.
        enable_meta_data (bool | Unset): Include the MetaData block (publisher, citation, data
            sources). The documentation says the default is true, but live calls without the flag
            returned bodies without MetaData, so the server's default is off; send `true` to get the
            block. Some pages mark the flag "coming soon", and support on some operations is a guess.
            Default: False.

    Raises:
        With an SDK client (the package's own client class) failures raise the package's `exceptions`:
        InvalidParameterError: an argument breaks the spec's constraints; raised before any request
        BadRequestError: the API rejected the arguments (HTTP 400)
        AuthenticationError: the credentials were refused (HTTP 401/403)
        NotFoundError: nothing at that path or code (HTTP 404; NoDataError for an empty result)
        ServerError: HTTP 5xx after retries
        APITimeoutError: no response within the client's timeout, after retries
        APIConnectionError: the connection failed, after retries
        UndecodableResponseError: a 2xx body that is not the declared JSON

    Returns:
        ErrorMessage | OccupationDetailsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            location=location,
            client=client,
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
        )
    ).parsed
