from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.related_activities_occupation_list import RelatedActivitiesOccupationList
from ...models.related_activities_results_sort import (
    RelatedActivitiesResultsSort,
    check_related_activities_results_sort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    activities: str,
    sort: RelatedActivitiesResultsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activities"] = activities

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/online/related_activities/results/{code}".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | RelatedActivitiesOccupationList | str | None:
    if response.status_code == 200:
        response_200 = RelatedActivitiesOccupationList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | RelatedActivitiesOccupationList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    activities: str,
    sort: RelatedActivitiesResultsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | RelatedActivitiesOccupationList | str]:
    """(Unverified path) Related activities: related occupations for activities

     Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
    comes only from a generated client (alternative: /online/related_activities/related/{code}).
    Parameters and body are documented.

    Step 3 of the Related Activities search: returns occupations that share one or more of the selected
    DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
    (shared, similar, full). Sorted by the number of shared activities by default.

    Args:
        code (str):
        activities (str):
        sort (RelatedActivitiesResultsSort | Unset): Sort order of related-activity results.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RelatedActivitiesOccupationList | str]
    """

    kwargs = _get_kwargs(
        code=code,
        activities=activities,
        sort=sort,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    activities: str,
    sort: RelatedActivitiesResultsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | RelatedActivitiesOccupationList | str | None:
    """(Unverified path) Related activities: related occupations for activities

     Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
    comes only from a generated client (alternative: /online/related_activities/related/{code}).
    Parameters and body are documented.

    Step 3 of the Related Activities search: returns occupations that share one or more of the selected
    DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
    (shared, similar, full). Sorted by the number of shared activities by default.

    Args:
        code (str):
        activities (str):
        sort (RelatedActivitiesResultsSort | Unset): Sort order of related-activity results.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RelatedActivitiesOccupationList | str
    """

    return sync_detailed(
        code=code,
        client=client,
        activities=activities,
        sort=sort,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    activities: str,
    sort: RelatedActivitiesResultsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Response[Any | Error | RelatedActivitiesOccupationList | str]:
    """(Unverified path) Related activities: related occupations for activities

     Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
    comes only from a generated client (alternative: /online/related_activities/related/{code}).
    Parameters and body are documented.

    Step 3 of the Related Activities search: returns occupations that share one or more of the selected
    DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
    (shared, similar, full). Sorted by the number of shared activities by default.

    Args:
        code (str):
        activities (str):
        sort (RelatedActivitiesResultsSort | Unset): Sort order of related-activity results.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RelatedActivitiesOccupationList | str]
    """

    kwargs = _get_kwargs(
        code=code,
        activities=activities,
        sort=sort,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    activities: str,
    sort: RelatedActivitiesResultsSort | Unset = UNSET,
    start: int | Unset = 1,
    end: int | Unset = UNSET,
) -> Any | Error | RelatedActivitiesOccupationList | str | None:
    """(Unverified path) Related activities: related occupations for activities

     Path unverified: the manual confirms an O*NET-SOC code path parameter but the segment name results
    comes only from a generated client (alternative: /online/related_activities/related/{code}).
    Parameters and body are documented.

    Step 3 of the Related Activities search: returns occupations that share one or more of the selected
    DWAs with the user's current occupation. Each result carries its Job Zone and three activity lists
    (shared, similar, full). Sorted by the number of shared activities by default.

    Args:
        code (str):
        activities (str):
        sort (RelatedActivitiesResultsSort | Unset): Sort order of related-activity results.
        start (int | Unset):  Default: 1.
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RelatedActivitiesOccupationList | str
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            activities=activities,
            sort=sort,
            start=start,
            end=end,
        )
    ).parsed
