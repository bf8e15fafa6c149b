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

from ...models.american_job_centers_response import AmericanJobCentersResponse
from ...models.error_message import ErrorMessage
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    location: str,
    radius: int,
    center_type: str,
    youth_services: str,
    workers_services: str,
    business_services: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    enable_meta_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enableMetaData"] = enable_meta_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ajcfinder/{user_id}/{location}/{radius}/{center_type}/{youth_services}/{workers_services}/{business_services}/{sort_columns}/{sort_directions}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            location=quote(str(location), safe=""),
            radius=quote(str(radius), safe=""),
            center_type=quote(str(center_type), safe=""),
            youth_services=quote(str(youth_services), safe=""),
            workers_services=quote(str(workers_services), safe=""),
            business_services=quote(str(business_services), safe=""),
            sort_columns=quote(str(sort_columns), safe=""),
            sort_directions=quote(str(sort_directions), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_american_job_centers",
                "path_template": "/v1/ajcfinder/{userId}/{location}/{radius}/{centerType}/{youthServices}/{workersServices}/{businessServices}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "location": location,
                    "radius": radius,
                    "centerType": center_type,
                    "youthServices": youth_services,
                    "workersServices": workers_services,
                    "businessServices": business_services,
                    "sortColumns": sort_columns,
                    "sortDirections": sort_directions,
                    "startRecord": start_record,
                    "limitRecord": limit_record,
                },
                "query_params": {
                    "enableMetaData": enable_meta_data,
                },
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "AmericanJobCentersResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> AmericanJobCentersResponse | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = AmericanJobCentersResponse.from_dict(body)

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
) -> AmericanJobCentersResponse | ErrorMessage | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[AmericanJobCentersResponse | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    location: str,
    radius: int,
    center_type: str,
    youth_services: str,
    workers_services: str,
    business_services: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[AmericanJobCentersResponse | ErrorMessage]:
    """List American Job Centers by location

     Uncertain: the order of the three service filters comes from one typed client. Distance, Latitude
    and Longitude have been seen both as strings and as numbers. enableMetaData support is a guess.

    Lists American Job Centers near a location, nearest first. Each center has an address, contacts,
    opening hours and service lists. AreaValidationErr is set when the location cannot be resolved. The
    sort key `Distance` has been seen (an old client used `GEOCODE`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        center_type (str): Comprehensive or affiliate filter. `0` means all.
        youth_services (str): Youth-service filter. `0` means no filter.
        workers_services (str): Worker-service filter. `0` means no filter.
        business_services (str): Business-service filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        Response[AmericanJobCentersResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        location=location,
        radius=radius,
        center_type=center_type,
        youth_services=youth_services,
        workers_services=workers_services,
        business_services=business_services,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        enable_meta_data=enable_meta_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    location: str,
    radius: int,
    center_type: str,
    youth_services: str,
    workers_services: str,
    business_services: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> AmericanJobCentersResponse | ErrorMessage | None:
    """List American Job Centers by location

     Uncertain: the order of the three service filters comes from one typed client. Distance, Latitude
    and Longitude have been seen both as strings and as numbers. enableMetaData support is a guess.

    Lists American Job Centers near a location, nearest first. Each center has an address, contacts,
    opening hours and service lists. AreaValidationErr is set when the location cannot be resolved. The
    sort key `Distance` has been seen (an old client used `GEOCODE`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        center_type (str): Comprehensive or affiliate filter. `0` means all.
        youth_services (str): Youth-service filter. `0` means no filter.
        workers_services (str): Worker-service filter. `0` means no filter.
        business_services (str): Business-service filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        AmericanJobCentersResponse | ErrorMessage
    """

    return sync_detailed(
        user_id=user_id,
        location=location,
        radius=radius,
        center_type=center_type,
        youth_services=youth_services,
        workers_services=workers_services,
        business_services=business_services,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    location: str,
    radius: int,
    center_type: str,
    youth_services: str,
    workers_services: str,
    business_services: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[AmericanJobCentersResponse | ErrorMessage]:
    """List American Job Centers by location

     Uncertain: the order of the three service filters comes from one typed client. Distance, Latitude
    and Longitude have been seen both as strings and as numbers. enableMetaData support is a guess.

    Lists American Job Centers near a location, nearest first. Each center has an address, contacts,
    opening hours and service lists. AreaValidationErr is set when the location cannot be resolved. The
    sort key `Distance` has been seen (an old client used `GEOCODE`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        center_type (str): Comprehensive or affiliate filter. `0` means all.
        youth_services (str): Youth-service filter. `0` means no filter.
        workers_services (str): Worker-service filter. `0` means no filter.
        business_services (str): Business-service filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        Response[AmericanJobCentersResponse | ErrorMessage]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        location=location,
        radius=radius,
        center_type=center_type,
        youth_services=youth_services,
        workers_services=workers_services,
        business_services=business_services,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    location: str,
    radius: int,
    center_type: str,
    youth_services: str,
    workers_services: str,
    business_services: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> AmericanJobCentersResponse | ErrorMessage | None:
    """List American Job Centers by location

     Uncertain: the order of the three service filters comes from one typed client. Distance, Latitude
    and Longitude have been seen both as strings and as numbers. enableMetaData support is a guess.

    Lists American Job Centers near a location, nearest first. Each center has an address, contacts,
    opening hours and service lists. AreaValidationErr is set when the location cannot be resolved. The
    sort key `Distance` has been seen (an old client used `GEOCODE`).

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        center_type (str): Comprehensive or affiliate filter. `0` means all.
        youth_services (str): Youth-service filter. `0` means no filter.
        workers_services (str): Worker-service filter. `0` means no filter.
        business_services (str): Business-service filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.
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
        AmericanJobCentersResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            location=location,
            radius=radius,
            center_type=center_type,
            youth_services=youth_services,
            workers_services=workers_services,
            business_services=business_services,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
