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
from ...models.job_search_response import JobSearchResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    sort_columns: str,
    sort_order: str,
    start_record: int,
    page_size: int,
    days: int,
    *,
    source: str | Unset = UNSET,
    show_filters: bool | Unset = UNSET,
    company_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source"] = source

    params["showFilters"] = show_filters

    params["companyName"] = company_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobsearch/{user_id}/{keyword}/{location}/{radius}/{sort_columns}/{sort_order}/{start_record}/{page_size}/{days}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            location=quote(str(location), safe=""),
            radius=quote(str(radius), safe=""),
            sort_columns=quote(str(sort_columns), safe=""),
            sort_order=quote(str(sort_order), safe=""),
            start_record=quote(str(start_record), safe=""),
            page_size=quote(str(page_size), safe=""),
            days=quote(str(days), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_jobs_v1",
                "path_template": "/v1/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "location": location,
                    "radius": radius,
                    "sortColumns": sort_columns,
                    "sortOrder": sort_order,
                    "startRecord": start_record,
                    "pageSize": page_size,
                    "days": days,
                },
                "query_params": {
                    "source": source,
                    "showFilters": show_filters,
                    "companyName": company_name,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "JobSearchResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | JobSearchResponse | None:
    if response.status_code == 200:
        response_200 = JobSearchResponse.from_dict(body)

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
) -> ErrorMessage | JobSearchResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | JobSearchResponse]:
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
    radius: int,
    sort_columns: str,
    sort_order: str,
    start_record: int,
    page_size: int,
    days: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    source: str | Unset = UNSET,
    show_filters: bool | Unset = UNSET,
    company_name: str | Unset = UNSET,
) -> Response[ErrorMessage | JobSearchResponse]:
    """List jobs (v1, legacy)

     Uncertain: accounts registered after 2024-08-27 reportedly get 401 here and must use v2. The meaning
    of the Fc flag is unknown. That showFilters defaults to true is inferred from one recorded body,
    which newjersey/dol-mcnj-main published as test data (commit b71613b1, 2020-09-18) for its call to
    the shorter form `/v1/jobsearch/{userId}/{soc}.00/NJ/1000/0`: it had Jobcount, JobsKeywordLocations
    (Keyword echoed empty for an O*NET-code keyword), Locations and Companies, and no Jobs. That request
    is not this route, so no fixture replays the body here and the response shape rests on client code.

    Searches National Labor Exchange postings by keyword or O*NET code near a location. With
    showFilters, the response also carries location and employer facets.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Keyword, O*NET code or SOC code. `0` has been seen for "any".
        location (str): ZIP, `City, ST`, state, or `US`. Use radius `0` with `US` for a nationwide
            search.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        sort_columns (str): `0` relevance, or `accquisitiondate` (the API's own misspelling;
            `acquisitiondate` is also seen with v2). Other keys are undocumented here.
        sort_order (str): `0`, `asc`, or `desc` (the upper-case forms are also seen).
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        page_size (int): Rows per page. Values from 10 to 500 have been seen. Constraints: min 1.
        days (int): Only postings from the last N days. `0` means any age. Constraints: min 0.
        source (str | Unset): Job source. Send `NLX` (upper case); that form was measured to match
            the website's results. `NLx` has also been seen in client code.
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.

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
        Response[ErrorMessage | JobSearchResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        sort_columns=sort_columns,
        sort_order=sort_order,
        start_record=start_record,
        page_size=page_size,
        days=days,
        source=source,
        show_filters=show_filters,
        company_name=company_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    sort_columns: str,
    sort_order: str,
    start_record: int,
    page_size: int,
    days: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    source: str | Unset = UNSET,
    show_filters: bool | Unset = UNSET,
    company_name: str | Unset = UNSET,
) -> ErrorMessage | JobSearchResponse | None:
    """List jobs (v1, legacy)

     Uncertain: accounts registered after 2024-08-27 reportedly get 401 here and must use v2. The meaning
    of the Fc flag is unknown. That showFilters defaults to true is inferred from one recorded body,
    which newjersey/dol-mcnj-main published as test data (commit b71613b1, 2020-09-18) for its call to
    the shorter form `/v1/jobsearch/{userId}/{soc}.00/NJ/1000/0`: it had Jobcount, JobsKeywordLocations
    (Keyword echoed empty for an O*NET-code keyword), Locations and Companies, and no Jobs. That request
    is not this route, so no fixture replays the body here and the response shape rests on client code.

    Searches National Labor Exchange postings by keyword or O*NET code near a location. With
    showFilters, the response also carries location and employer facets.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Keyword, O*NET code or SOC code. `0` has been seen for "any".
        location (str): ZIP, `City, ST`, state, or `US`. Use radius `0` with `US` for a nationwide
            search.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        sort_columns (str): `0` relevance, or `accquisitiondate` (the API's own misspelling;
            `acquisitiondate` is also seen with v2). Other keys are undocumented here.
        sort_order (str): `0`, `asc`, or `desc` (the upper-case forms are also seen).
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        page_size (int): Rows per page. Values from 10 to 500 have been seen. Constraints: min 1.
        days (int): Only postings from the last N days. `0` means any age. Constraints: min 0.
        source (str | Unset): Job source. Send `NLX` (upper case); that form was measured to match
            the website's results. `NLx` has also been seen in client code.
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.

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
        ErrorMessage | JobSearchResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        sort_columns=sort_columns,
        sort_order=sort_order,
        start_record=start_record,
        page_size=page_size,
        days=days,
        client=client,
        source=source,
        show_filters=show_filters,
        company_name=company_name,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    sort_columns: str,
    sort_order: str,
    start_record: int,
    page_size: int,
    days: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    source: str | Unset = UNSET,
    show_filters: bool | Unset = UNSET,
    company_name: str | Unset = UNSET,
) -> Response[ErrorMessage | JobSearchResponse]:
    """List jobs (v1, legacy)

     Uncertain: accounts registered after 2024-08-27 reportedly get 401 here and must use v2. The meaning
    of the Fc flag is unknown. That showFilters defaults to true is inferred from one recorded body,
    which newjersey/dol-mcnj-main published as test data (commit b71613b1, 2020-09-18) for its call to
    the shorter form `/v1/jobsearch/{userId}/{soc}.00/NJ/1000/0`: it had Jobcount, JobsKeywordLocations
    (Keyword echoed empty for an O*NET-code keyword), Locations and Companies, and no Jobs. That request
    is not this route, so no fixture replays the body here and the response shape rests on client code.

    Searches National Labor Exchange postings by keyword or O*NET code near a location. With
    showFilters, the response also carries location and employer facets.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Keyword, O*NET code or SOC code. `0` has been seen for "any".
        location (str): ZIP, `City, ST`, state, or `US`. Use radius `0` with `US` for a nationwide
            search.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        sort_columns (str): `0` relevance, or `accquisitiondate` (the API's own misspelling;
            `acquisitiondate` is also seen with v2). Other keys are undocumented here.
        sort_order (str): `0`, `asc`, or `desc` (the upper-case forms are also seen).
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        page_size (int): Rows per page. Values from 10 to 500 have been seen. Constraints: min 1.
        days (int): Only postings from the last N days. `0` means any age. Constraints: min 0.
        source (str | Unset): Job source. Send `NLX` (upper case); that form was measured to match
            the website's results. `NLx` has also been seen in client code.
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.

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
        Response[ErrorMessage | JobSearchResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        sort_columns=sort_columns,
        sort_order=sort_order,
        start_record=start_record,
        page_size=page_size,
        days=days,
        source=source,
        show_filters=show_filters,
        company_name=company_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    sort_columns: str,
    sort_order: str,
    start_record: int,
    page_size: int,
    days: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    source: str | Unset = UNSET,
    show_filters: bool | Unset = UNSET,
    company_name: str | Unset = UNSET,
) -> ErrorMessage | JobSearchResponse | None:
    """List jobs (v1, legacy)

     Uncertain: accounts registered after 2024-08-27 reportedly get 401 here and must use v2. The meaning
    of the Fc flag is unknown. That showFilters defaults to true is inferred from one recorded body,
    which newjersey/dol-mcnj-main published as test data (commit b71613b1, 2020-09-18) for its call to
    the shorter form `/v1/jobsearch/{userId}/{soc}.00/NJ/1000/0`: it had Jobcount, JobsKeywordLocations
    (Keyword echoed empty for an O*NET-code keyword), Locations and Companies, and no Jobs. That request
    is not this route, so no fixture replays the body here and the response shape rests on client code.

    Searches National Labor Exchange postings by keyword or O*NET code near a location. With
    showFilters, the response also carries location and employer facets.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Keyword, O*NET code or SOC code. `0` has been seen for "any".
        location (str): ZIP, `City, ST`, state, or `US`. Use radius `0` with `US` for a nationwide
            search.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        sort_columns (str): `0` relevance, or `accquisitiondate` (the API's own misspelling;
            `acquisitiondate` is also seen with v2). Other keys are undocumented here.
        sort_order (str): `0`, `asc`, or `desc` (the upper-case forms are also seen).
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        page_size (int): Rows per page. Values from 10 to 500 have been seen. Constraints: min 1.
        days (int): Only postings from the last N days. `0` means any age. Constraints: min 0.
        source (str | Unset): Job source. Send `NLX` (upper case); that form was measured to match
            the website's results. `NLx` has also been seen in client code.
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.

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
        ErrorMessage | JobSearchResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            location=location,
            radius=radius,
            sort_columns=sort_columns,
            sort_order=sort_order,
            start_record=start_record,
            page_size=page_size,
            days=days,
            client=client,
            source=source,
            show_filters=show_filters,
            company_name=company_name,
        )
    ).parsed
