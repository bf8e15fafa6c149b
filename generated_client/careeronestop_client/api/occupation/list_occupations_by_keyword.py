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

from ...models.data_level_only import DataLevelOnly, check_data_level_only
from ...models.error_message import ErrorMessage
from ...models.occupation_keyword_search_response import OccupationKeywordSearchResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    keyword: str,
    data_level_only: DataLevelOnly,
    start_record: int,
    limit_record: int,
    *,
    search_by: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchBy"] = search_by

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/occupation/{user_id}/{keyword}/{data_level_only}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            data_level_only=quote(str(data_level_only), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_occupations_by_keyword",
                "path_template": "/v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "dataLevelOnly": data_level_only,
                    "startRecord": start_record,
                    "limitRecord": limit_record,
                },
                "query_params": {
                    "searchBy": search_by,
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "OccupationKeywordSearchResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | OccupationKeywordSearchResponse | None:
    if response.status_code == 200:
        response_200 = OccupationKeywordSearchResponse.from_dict(body)

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
) -> ErrorMessage | OccupationKeywordSearchResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    keyword: str,
    data_level_only: DataLevelOnly,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    search_by: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
    """List occupations by keyword

     Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
    unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

    Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
    code/title/description rows. The keyword `0` lists every occupation, which clients use together with
    a large limit to fetch all codes.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0`
            returns all occupations.
        data_level_only (DataLevelOnly): `Y`/`Yes` returns data-level O*NET occupations only.
            `N`/`No` also includes broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
        search_by (str | Unset): Taxonomy selector. The documentation mentions it only in passing,
            and its accepted values are unknown.
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
        Response[ErrorMessage | OccupationKeywordSearchResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        data_level_only=data_level_only,
        start_record=start_record,
        limit_record=limit_record,
        search_by=search_by,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    keyword: str,
    data_level_only: DataLevelOnly,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    search_by: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | OccupationKeywordSearchResponse | None:
    """List occupations by keyword

     Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
    unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

    Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
    code/title/description rows. The keyword `0` lists every occupation, which clients use together with
    a large limit to fetch all codes.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0`
            returns all occupations.
        data_level_only (DataLevelOnly): `Y`/`Yes` returns data-level O*NET occupations only.
            `N`/`No` also includes broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
        search_by (str | Unset): Taxonomy selector. The documentation mentions it only in passing,
            and its accepted values are unknown.
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
        ErrorMessage | OccupationKeywordSearchResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        data_level_only=data_level_only,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
        search_by=search_by,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    data_level_only: DataLevelOnly,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    search_by: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | OccupationKeywordSearchResponse]:
    """List occupations by keyword

     Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
    unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

    Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
    code/title/description rows. The keyword `0` lists every occupation, which clients use together with
    a large limit to fetch all codes.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0`
            returns all occupations.
        data_level_only (DataLevelOnly): `Y`/`Yes` returns data-level O*NET occupations only.
            `N`/`No` also includes broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
        search_by (str | Unset): Taxonomy selector. The documentation mentions it only in passing,
            and its accepted values are unknown.
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
        Response[ErrorMessage | OccupationKeywordSearchResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        data_level_only=data_level_only,
        start_record=start_record,
        limit_record=limit_record,
        search_by=search_by,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    data_level_only: DataLevelOnly,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    search_by: str | Unset = UNSET,
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | OccupationKeywordSearchResponse | None:
    """List occupations by keyword

     Uncertain: the documentation hints at an optional `searchBy` taxonomy selector, but its values are
    unknown. DidYouMean and AutoCorrection are assumed from the other search endpoints.

    Searches the O*NET, SOC, OEWS and EP-matrix taxonomies by free text or by code and returns
    code/title/description rows. The keyword `0` lists every occupation, which clients use together with
    a large limit to fetch all codes.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Free text or a code (`##-####.##`, `########`, `######`, `##-####`). `0`
            returns all occupations.
        data_level_only (DataLevelOnly): `Y`/`Yes` returns data-level O*NET occupations only.
            `N`/`No` also includes broad and aggregate occupations. One of: 'Y', 'Yes', 'N', 'No'.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
        search_by (str | Unset): Taxonomy selector. The documentation mentions it only in passing,
            and its accepted values are unknown.
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
        ErrorMessage | OccupationKeywordSearchResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            data_level_only=data_level_only,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
            search_by=search_by,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
