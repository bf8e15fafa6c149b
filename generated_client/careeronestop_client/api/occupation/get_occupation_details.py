from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._core import tolerance as _tolerance
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.occupation_details_response import OccupationDetailsResponse
from ...types import UNSET, Response, Unset


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
    enable_meta_data: bool | Unset = True,
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
    client: AuthenticatedClient | Client, response: httpx.Response, body: Any
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | OccupationDetailsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    client: AuthenticatedClient | Client,
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
    enable_meta_data: bool | Unset = True,
) -> Response[ErrorMessage | OccupationDetailsResponse]:
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        training (bool | Unset):
        interest (bool | Unset):
        videos (bool | Unset):
        tasks (bool | Unset):
        dwas (bool | Unset):
        wages (bool | Unset):
        alternate_onet_titles (bool | Unset):
        projected_employment (bool | Unset):
        ooh (bool | Unset):
        state_lmi_links (bool | Unset):
        related_onet_titles (bool | Unset):
        skills (bool | Unset):
        knowledge (bool | Unset):
        ability (bool | Unset):
        training_programs (bool | Unset):
        industry_emp_pattern (bool | Unset):  Default: False.
        tools_and_technology (bool | Unset):  Default: False.
        work_values (bool | Unset):  Default: False.
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
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
    enable_meta_data: bool | Unset = True,
) -> ErrorMessage | OccupationDetailsResponse | None:
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        training (bool | Unset):
        interest (bool | Unset):
        videos (bool | Unset):
        tasks (bool | Unset):
        dwas (bool | Unset):
        wages (bool | Unset):
        alternate_onet_titles (bool | Unset):
        projected_employment (bool | Unset):
        ooh (bool | Unset):
        state_lmi_links (bool | Unset):
        related_onet_titles (bool | Unset):
        skills (bool | Unset):
        knowledge (bool | Unset):
        ability (bool | Unset):
        training_programs (bool | Unset):
        industry_emp_pattern (bool | Unset):  Default: False.
        tools_and_technology (bool | Unset):  Default: False.
        work_values (bool | Unset):  Default: False.
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
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
    enable_meta_data: bool | Unset = True,
) -> Response[ErrorMessage | OccupationDetailsResponse]:
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        training (bool | Unset):
        interest (bool | Unset):
        videos (bool | Unset):
        tasks (bool | Unset):
        dwas (bool | Unset):
        wages (bool | Unset):
        alternate_onet_titles (bool | Unset):
        projected_employment (bool | Unset):
        ooh (bool | Unset):
        state_lmi_links (bool | Unset):
        related_onet_titles (bool | Unset):
        skills (bool | Unset):
        knowledge (bool | Unset):
        ability (bool | Unset):
        training_programs (bool | Unset):
        industry_emp_pattern (bool | Unset):  Default: False.
        tools_and_technology (bool | Unset):  Default: False.
        work_values (bool | Unset):  Default: False.
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
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
    enable_meta_data: bool | Unset = True,
) -> ErrorMessage | OccupationDetailsResponse | None:
    """Get occupation details

     Uncertain: several JSON key names differ from the official table. The keys used here follow the
    evidence from real responses and typed clients (see each property). The casing of
    ToolsAndTechOccupationDetails and the shape of OOHs are not confirmed.

    Returns the profile of one occupation. Look it up by its dotted O*NET-SOC code or its exact O*NET
    title. Most sections come back only when their boolean query flag is `true`. A bare 6-digit SOC code
    (`29-1141`) or a BLS aggregate code answers 404, so append `.00`.

    Args:
        user_id (str):
        keyword (str):
        location (str):
        training (bool | Unset):
        interest (bool | Unset):
        videos (bool | Unset):
        tasks (bool | Unset):
        dwas (bool | Unset):
        wages (bool | Unset):
        alternate_onet_titles (bool | Unset):
        projected_employment (bool | Unset):
        ooh (bool | Unset):
        state_lmi_links (bool | Unset):
        related_onet_titles (bool | Unset):
        skills (bool | Unset):
        knowledge (bool | Unset):
        ability (bool | Unset):
        training_programs (bool | Unset):
        industry_emp_pattern (bool | Unset):  Default: False.
        tools_and_technology (bool | Unset):  Default: False.
        work_values (bool | Unset):  Default: False.
        enable_meta_data (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
