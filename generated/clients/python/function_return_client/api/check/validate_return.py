# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.validate_request import ValidateRequest
from ...models.validate_response import ValidateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ValidateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ValidateResponse | None:
    if response.status_code == 200:
        response_200 = ValidateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ValidateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateRequest,
) -> Response[Problem | ValidateResponse]:
    """Check a return value against the contract; list every error with its JSON Pointer.

     `value` is any JSON value: what a function returned. The answer is 200 whether the value is valid or
    not; `errors` lists each way it breaks the contract (empty when it is valid), ordered by location,
    each with the JSON Pointer of the offending part of `value`, the failing schema keyword and its
    schema path. With `lenient`, keys the contract does not know are accepted (lint reports them).

    Args:
        body (ValidateRequest): A return value to check, and whether to accept keys the contract
            does not know.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateRequest,
) -> Problem | ValidateResponse | None:
    """Check a return value against the contract; list every error with its JSON Pointer.

     `value` is any JSON value: what a function returned. The answer is 200 whether the value is valid or
    not; `errors` lists each way it breaks the contract (empty when it is valid), ordered by location,
    each with the JSON Pointer of the offending part of `value`, the failing schema keyword and its
    schema path. With `lenient`, keys the contract does not know are accepted (lint reports them).

    Args:
        body (ValidateRequest): A return value to check, and whether to accept keys the contract
            does not know.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateRequest,
) -> Response[Problem | ValidateResponse]:
    """Check a return value against the contract; list every error with its JSON Pointer.

     `value` is any JSON value: what a function returned. The answer is 200 whether the value is valid or
    not; `errors` lists each way it breaks the contract (empty when it is valid), ordered by location,
    each with the JSON Pointer of the offending part of `value`, the failing schema keyword and its
    schema path. With `lenient`, keys the contract does not know are accepted (lint reports them).

    Args:
        body (ValidateRequest): A return value to check, and whether to accept keys the contract
            does not know.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateRequest,
) -> Problem | ValidateResponse | None:
    """Check a return value against the contract; list every error with its JSON Pointer.

     `value` is any JSON value: what a function returned. The answer is 200 whether the value is valid or
    not; `errors` lists each way it breaks the contract (empty when it is valid), ordered by location,
    each with the JSON Pointer of the offending part of `value`, the failing schema keyword and its
    schema path. With `lenient`, keys the contract does not know are accepted (lint reports them).

    Args:
        body (ValidateRequest): A return value to check, and whether to accept keys the contract
            does not know.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
