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
from ...models.training_programs_v1_response import TrainingProgramsV1Response


def _get_kwargs(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    occupation: str,
    program_name: str,
    program_length: str,
    state: str,
    region: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/training/{user_id}/{keyword}/{location}/{radius}/{occupation}/{program_name}/{program_length}/{state}/{region}/{sort_columns}/{sort_directions}/{start_record}/{limit_record}".format(
            user_id=quote(str(user_id), safe=""),
            keyword=quote(str(keyword), safe=""),
            location=quote(str(location), safe=""),
            radius=quote(str(radius), safe=""),
            occupation=quote(str(occupation), safe=""),
            program_name=quote(str(program_name), safe=""),
            program_length=quote(str(program_length), safe=""),
            state=quote(str(state), safe=""),
            region=quote(str(region), safe=""),
            sort_columns=quote(str(sort_columns), safe=""),
            sort_directions=quote(str(sort_directions), safe=""),
            start_record=quote(str(start_record), safe=""),
            limit_record=quote(str(limit_record), safe=""),
        ),
        "extensions": {
            "sdk": {
                "operation_id": "list_training_programs_v1",
                "path_template": "/v1/training/{userId}/{keyword}/{location}/{radius}/{occupation}/{programName}/{programLength}/{state}/{region}/{sortColumns}/{sortDirections}/{startRecord}/{limitRecord}",
                "path_params": {
                    "userId": user_id,
                    "keyword": keyword,
                    "location": location,
                    "radius": radius,
                    "occupation": occupation,
                    "programName": program_name,
                    "programLength": program_length,
                    "state": state,
                    "region": region,
                    "sortColumns": sort_columns,
                    "sortDirections": sort_directions,
                    "startRecord": start_record,
                    "limitRecord": limit_record,
                },
                "query_params": {},
            }
        },
    }

    return _kwargs


_DECLARED: dict[int, str] = {
    200: "TrainingProgramsV1Response",
    400: "ErrorMessage",
    401: "ErrorMessage",
    404: "ErrorMessage",
    500: "ErrorMessage",
}


def _parse_body(
    client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response, body: Any
) -> ErrorMessage | TrainingProgramsV1Response | None:
    if response.status_code == 200:
        response_200 = TrainingProgramsV1Response.from_dict(body)

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
) -> ErrorMessage | TrainingProgramsV1Response | None:
    return _tolerance.parse(
        response, client=client, declared=_DECLARED, parse_body=lambda r, body: _parse_body(client, r, body)
    )


def _build_response(
    *, client: "AuthenticatedClient | Client | SDKClient", response: httpx.Response
) -> Response[ErrorMessage | TrainingProgramsV1Response]:
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
    occupation: str,
    program_name: str,
    program_length: str,
    state: str,
    region: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | TrainingProgramsV1Response]:
    """List training programs (v1, legacy)

     Uncertain: the names of the five filter segments after radius are guesses, although their number and
    position are confirmed by working calls that send `0`. RecordCount is assumed.

    The older training search, still widely used. Callers usually send `0` for every filter segment. The
    sort key `Distance` has been seen. The five filter segments after radius (occupation, programName,
    programLength, state, region) have guessed names; send `0`.

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
        occupation (str): Occupation filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_length (str): Program-length filter. `0` means no filter.
        state (str): State filter (the segment name is a guess). Send `0`.
        region (str): Region filter (the segment name is a guess). Send `0`.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        Response[ErrorMessage | TrainingProgramsV1Response]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        occupation=occupation,
        program_name=program_name,
        program_length=program_length,
        state=state,
        region=region,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
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
    occupation: str,
    program_name: str,
    program_length: str,
    state: str,
    region: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | TrainingProgramsV1Response | None:
    """List training programs (v1, legacy)

     Uncertain: the names of the five filter segments after radius are guesses, although their number and
    position are confirmed by working calls that send `0`. RecordCount is assumed.

    The older training search, still widely used. Callers usually send `0` for every filter segment. The
    sort key `Distance` has been seen. The five filter segments after radius (occupation, programName,
    programLength, state, region) have guessed names; send `0`.

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
        occupation (str): Occupation filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_length (str): Program-length filter. `0` means no filter.
        state (str): State filter (the segment name is a guess). Send `0`.
        region (str): Region filter (the segment name is a guess). Send `0`.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        ErrorMessage | TrainingProgramsV1Response
    """

    return sync_detailed(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        occupation=occupation,
        program_name=program_name,
        program_length=program_length,
        state=state,
        region=region,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    occupation: str,
    program_name: str,
    program_length: str,
    state: str,
    region: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> Response[ErrorMessage | TrainingProgramsV1Response]:
    """List training programs (v1, legacy)

     Uncertain: the names of the five filter segments after radius are guesses, although their number and
    position are confirmed by working calls that send `0`. RecordCount is assumed.

    The older training search, still widely used. Callers usually send `0` for every filter segment. The
    sort key `Distance` has been seen. The five filter segments after radius (occupation, programName,
    programLength, state, region) have guessed names; send `0`.

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
        occupation (str): Occupation filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_length (str): Program-length filter. `0` means no filter.
        state (str): State filter (the segment name is a guess). Send `0`.
        region (str): Region filter (the segment name is a guess). Send `0`.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        Response[ErrorMessage | TrainingProgramsV1Response]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        keyword=keyword,
        location=location,
        radius=radius,
        occupation=occupation,
        program_name=program_name,
        program_length=program_length,
        state=state,
        region=region,
        sort_columns=sort_columns,
        sort_directions=sort_directions,
        start_record=start_record,
        limit_record=limit_record,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    keyword: str,
    location: str,
    radius: int,
    occupation: str,
    program_name: str,
    program_length: str,
    state: str,
    region: str,
    sort_columns: str,
    sort_directions: str,
    start_record: int,
    limit_record: int,
    *,
    client: "AuthenticatedClient | Client | SDKClient",
) -> ErrorMessage | TrainingProgramsV1Response | None:
    """List training programs (v1, legacy)

     Uncertain: the names of the five filter segments after radius are guesses, although their number and
    position are confirmed by working calls that send `0`. RecordCount is assumed.

    The older training search, still widely used. Callers usually send `0` for every filter segment. The
    sort key `Distance` has been seen. The five filter segments after radius (occupation, programName,
    programLength, state, region) have guessed names; send `0`.

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
        occupation (str): Occupation filter. `0` means no filter.
        program_name (str): Program-name filter. `0` means no filter.
        program_length (str): Program-length filter. `0` means no filter.
        state (str): State filter (the segment name is a guess). Send `0`.
        region (str): Region filter (the segment name is a guess). Send `0`.
        sort_columns (str): Sort key. `0` means the default order; the operation description names
            the keys that have been seen.
        sort_directions (str): `ASC` or `DESC` (lower case is also seen), or `0` for the default
            direction.
        start_record (int): 0-based offset of the first row to return. Send `0` for the first
            page. Constraints: min 0.
        limit_record (int): Maximum number of rows to return. 10 is the conventional value. No
            upper bound is documented; clients have used 1000 or more. Constraints: min 1.

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
        ErrorMessage | TrainingProgramsV1Response
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            keyword=keyword,
            location=location,
            radius=radius,
            occupation=occupation,
            program_name=program_name,
            program_length=program_length,
            state=state,
            region=region,
            sort_columns=sort_columns,
            sort_directions=sort_directions,
            start_record=start_record,
            limit_record=limit_record,
            client=client,
        )
    ).parsed
