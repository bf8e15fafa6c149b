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
from ...models.training_programs_response import TrainingProgramsResponse
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    program_length: str,
    school: str,
    program_name: str,
    program_format: str,
    occupation: str,
    filter_by_source: str,
    area: str,
    sort_columns: str,
    sort_direction: str,
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
        "url": "/v2/training/programs/{user_id}/{keyword}/{location}/{radius}/{program_length}/{school}/{program_name}/{program_format}/{occupation}/{filter_by_source}/{area}/{sort_columns}/{sort_direction}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            location=quote(str(location), safe=""),
            radius=quote(str(radius), safe=""),
            program_length=quote(str(program_length), safe=""),
            school=quote(str(school), safe=""),
            program_name=quote(str(program_name), safe=""),
            program_format=quote(str(program_format), safe=""),
            occupation=quote(str(occupation), safe=""),
            filter_by_source=quote(str(filter_by_source), safe=""),
            area=quote(str(area), safe=""),
            sort_columns=quote(str(sort_columns), safe=""),
            sort_direction=quote(str(sort_direction), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "params": params,
        "extensions": {
            "sdk": {
                "operation_id": "list_training_programs_v2",
                "path_template": "/v2/training/programs/{userId}/{keyword}/{location}/{radius}/{programLength}/{school}/{programName}/{programFormat}/{occupation}/{filterBySource}/{area}/{sortColumns}/{sortDirection}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "location": location,
                    "radius": radius,
                    "programLength": program_length,
                    "school": school,
                    "programName": program_name,
                    "programFormat": program_format,
                    "occupation": occupation,
                    "filterBySource": filter_by_source,
                    "area": area,
                    "sortColumns": sort_columns,
                    "sortDirection": sort_direction,
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
    200: "TrainingProgramsResponse",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | TrainingProgramsResponse | None:
    if response.status_code == 200:
        response_200 = TrainingProgramsResponse.from_dict(body)

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
) -> ErrorMessage | TrainingProgramsResponse | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | TrainingProgramsResponse]:
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
    program_length: str,
    school: str,
    program_name: str,
    program_format: str,
    occupation: str,
    filter_by_source: str,
    area: str,
    sort_columns: str,
    sort_direction: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | TrainingProgramsResponse]:
    """List training programs (v2)

     Uncertain: the accepted values of the filter segments are undocumented. RecordCount has been seen
    both as an integer and as a string. The doc's sample code also shows `radius` as a query key; it is
    left out here as a probable doc artifact.

    Searches local training programs and programs of study (IPEDS schools, ETPL and others) by keyword
    and location. A search that finds nothing answers `404 {"Message": "No data available"}`.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        program_length (str): Program-length filter. `0` means no filter.
        school (str): School filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_format (str): Delivery-format filter (online, in person, and so on). `0` means no
            filter.
        occupation (str): Occupation filter. `0` means no filter.
        filter_by_source (str): Data-source filter. `0` means no filter.
        area (str): Area or region filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_direction (str): Sort direction (the name is singular on this route). `0` means the
            default.
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
        Response[ErrorMessage | TrainingProgramsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        program_length=program_length,
        school=school,
        program_name=program_name,
        program_format=program_format,
        occupation=occupation,
        filter_by_source=filter_by_source,
        area=area,
        sort_columns=sort_columns,
        sort_direction=sort_direction,
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
    keyword: str,
    location: str,
    radius: int,
    program_length: str,
    school: str,
    program_name: str,
    program_format: str,
    occupation: str,
    filter_by_source: str,
    area: str,
    sort_columns: str,
    sort_direction: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | TrainingProgramsResponse | None:
    """List training programs (v2)

     Uncertain: the accepted values of the filter segments are undocumented. RecordCount has been seen
    both as an integer and as a string. The doc's sample code also shows `radius` as a query key; it is
    left out here as a probable doc artifact.

    Searches local training programs and programs of study (IPEDS schools, ETPL and others) by keyword
    and location. A search that finds nothing answers `404 {"Message": "No data available"}`.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        program_length (str): Program-length filter. `0` means no filter.
        school (str): School filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_format (str): Delivery-format filter (online, in person, and so on). `0` means no
            filter.
        occupation (str): Occupation filter. `0` means no filter.
        filter_by_source (str): Data-source filter. `0` means no filter.
        area (str): Area or region filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_direction (str): Sort direction (the name is singular on this route). `0` means the
            default.
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
        ErrorMessage | TrainingProgramsResponse
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        program_length=program_length,
        school=school,
        program_name=program_name,
        program_format=program_format,
        occupation=occupation,
        filter_by_source=filter_by_source,
        area=area,
        sort_columns=sort_columns,
        sort_direction=sort_direction,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
        enable_meta_data=enable_meta_data,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    program_length: str,
    school: str,
    program_name: str,
    program_format: str,
    occupation: str,
    filter_by_source: str,
    area: str,
    sort_columns: str,
    sort_direction: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> Response[ErrorMessage | TrainingProgramsResponse]:
    """List training programs (v2)

     Uncertain: the accepted values of the filter segments are undocumented. RecordCount has been seen
    both as an integer and as a string. The doc's sample code also shows `radius` as a query key; it is
    left out here as a probable doc artifact.

    Searches local training programs and programs of study (IPEDS schools, ETPL and others) by keyword
    and location. A search that finds nothing answers `404 {"Message": "No data available"}`.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        program_length (str): Program-length filter. `0` means no filter.
        school (str): School filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_format (str): Delivery-format filter (online, in person, and so on). `0` means no
            filter.
        occupation (str): Occupation filter. `0` means no filter.
        filter_by_source (str): Data-source filter. `0` means no filter.
        area (str): Area or region filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_direction (str): Sort direction (the name is singular on this route). `0` means the
            default.
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
        Response[ErrorMessage | TrainingProgramsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        program_length=program_length,
        school=school,
        program_name=program_name,
        program_format=program_format,
        occupation=occupation,
        filter_by_source=filter_by_source,
        area=area,
        sort_columns=sort_columns,
        sort_direction=sort_direction,
        start_record=start_record,
        limit_record=limit_record,
        enable_meta_data=enable_meta_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    program_length: str,
    school: str,
    program_name: str,
    program_format: str,
    occupation: str,
    filter_by_source: str,
    area: str,
    sort_columns: str,
    sort_direction: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
    enable_meta_data: bool | Unset = False,
) -> ErrorMessage | TrainingProgramsResponse | None:
    """List training programs (v2)

     Uncertain: the accepted values of the filter segments are undocumented. RecordCount has been seen
    both as an integer and as a string. The doc's sample code also shows `radius` as a query key; it is
    left out here as a probable doc artifact.

    Searches local training programs and programs of study (IPEDS schools, ETPL and others) by keyword
    and location. A search that finds nothing answers `404 {"Message": "No data available"}`.

    Args:
        user_id (str): The user id issued with the API token at registration (about 15
            alphanumeric characters). The API does not check it separately; a token/userId mismatch
            answers 401.
        keyword (str): Search text, or an O*NET code where the operation accepts one. Operations
            that say so also take `0` for "no keyword".
        location (str): A 5-digit ZIP, `City, ST`, or a state code. Operations that search
            nationwide also take `0` for the whole country.
        radius (int): Search radius in miles. It matters only for ZIP or city inputs; send `0`
            with national or state inputs. Constraints: min 0.
        program_length (str): Program-length filter. `0` means no filter.
        school (str): School filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_format (str): Delivery-format filter (online, in person, and so on). `0` means no
            filter.
        occupation (str): Occupation filter. `0` means no filter.
        filter_by_source (str): Data-source filter. `0` means no filter.
        area (str): Area or region filter. `0` means no filter.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_direction (str): Sort direction (the name is singular on this route). `0` means the
            default.
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
        ErrorMessage | TrainingProgramsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            location=location,
            radius=radius,
            program_length=program_length,
            school=school,
            program_name=program_name,
            program_format=program_format,
            occupation=occupation,
            filter_by_source=filter_by_source,
            area=area,
            sort_columns=sort_columns,
            sort_direction=sort_direction,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
            enable_meta_data=enable_meta_data,
        )
    ).parsed
