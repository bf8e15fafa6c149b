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
from ...models.job_search_v2_response import JobSearchV2Response
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
    show_filters: bool | Unset = UNSET,
    enable_job_description_snippet: bool | Unset = False,
    company_name: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["showFilters"] = show_filters

    params["enableJobDescriptionSnippet"] = enable_job_description_snippet

    params["companyName"] = company_name

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/jobsearch/{user_id}/{keyword}/{location}/{radius}/{sort_columns}/{sort_order}/{start_record}/{page_size}/{days}".format(
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
                "operation_id": "list_jobs_v2",
                "path_template": "/v2/jobsearch/{userId}/{keyword}/{location}/{radius}/{sortColumns}/{sortOrder}/{startRecord}/{pageSize}/{days}",
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
                    "showFilters": show_filters,
                    "enableJobDescriptionSnippet": enable_job_description_snippet,
                    "companyName": company_name,
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "JobSearchV2Response",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | JobSearchV2Response | None:
    if response.status_code == 200:
        response_200 = JobSearchV2Response.from_dict(body)

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
) -> ErrorMessage | JobSearchV2Response | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | JobSearchV2Response]:
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
    show_filters: bool | Unset = UNSET,
    enable_job_description_snippet: bool | Unset = False,
    company_name: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | JobSearchV2Response]:
    """List jobs (v2)

     Uncertain: the facet lists and the echo block are assumed to be the same as in v1. OnetCodes on rows
    appears only in a synthetic fixture. Some clients also accept an `AcquisitionDate` spelling, which
    has not been observed.

    The current job search: the same positional path as v1, plus flags for facets, description snippets
    and metadata.

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
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        enable_job_description_snippet (bool | Unset): Add a short DescriptionSnippet to each
            posting. Documented default is false. Default: False.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.
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
        Response[ErrorMessage | JobSearchV2Response]
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
        show_filters=show_filters,
        enable_job_description_snippet=enable_job_description_snippet,
        company_name=company_name,
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
    radius: int,
    sort_columns: str,
    sort_order: str,
    start_record: int,
    page_size: int,
    days: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    show_filters: bool | Unset = UNSET,
    enable_job_description_snippet: bool | Unset = False,
    company_name: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | JobSearchV2Response | None:
    """List jobs (v2)

     Uncertain: the facet lists and the echo block are assumed to be the same as in v1. OnetCodes on rows
    appears only in a synthetic fixture. Some clients also accept an `AcquisitionDate` spelling, which
    has not been observed.

    The current job search: the same positional path as v1, plus flags for facets, description snippets
    and metadata.

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
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        enable_job_description_snippet (bool | Unset): Add a short DescriptionSnippet to each
            posting. Documented default is false. Default: False.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.
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
        ErrorMessage | JobSearchV2Response
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
        show_filters=show_filters,
        enable_job_description_snippet=enable_job_description_snippet,
        company_name=company_name,
        enable_meta_data=enable_meta_data,
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
    show_filters: bool | Unset = UNSET,
    enable_job_description_snippet: bool | Unset = False,
    company_name: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | JobSearchV2Response]:
    """List jobs (v2)

     Uncertain: the facet lists and the echo block are assumed to be the same as in v1. OnetCodes on rows
    appears only in a synthetic fixture. Some clients also accept an `AcquisitionDate` spelling, which
    has not been observed.

    The current job search: the same positional path as v1, plus flags for facets, description snippets
    and metadata.

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
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        enable_job_description_snippet (bool | Unset): Add a short DescriptionSnippet to each
            posting. Documented default is false. Default: False.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.
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
        Response[ErrorMessage | JobSearchV2Response]
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
        show_filters=show_filters,
        enable_job_description_snippet=enable_job_description_snippet,
        company_name=company_name,
        enable_meta_data=enable_meta_data,
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
    show_filters: bool | Unset = UNSET,
    enable_job_description_snippet: bool | Unset = False,
    company_name: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | JobSearchV2Response | None:
    """List jobs (v2)

     Uncertain: the facet lists and the echo block are assumed to be the same as in v1. OnetCodes on rows
    appears only in a synthetic fixture. Some clients also accept an `AcquisitionDate` spelling, which
    has not been observed.

    The current job search: the same positional path as v1, plus flags for facets, description snippets
    and metadata.

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
        show_filters (bool | Unset): Include the Locations and Companies facet lists. A recorded
            v1 body sent without this flag still had them.
        enable_job_description_snippet (bool | Unset): Add a short DescriptionSnippet to each
            posting. Documented default is false. Default: False.
        company_name (str | Unset): Filter by employer name. The name is taken from the doc sample
            code.
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
        ErrorMessage | JobSearchV2Response
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
            show_filters=show_filters,
            enable_job_description_snippet=enable_job_description_snippet,
            company_name=company_name,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
