# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execute_request import ExecuteRequest
from ...models.execute_response import ExecuteResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    function_id: str,
    *,
    body: ExecuteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            function_id=quote(str(function_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExecuteResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ExecuteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Problem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExecuteResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    branch_id: str,
    function_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest,
) -> Response[ExecuteResponse | Problem]:
    """Run a function with arguments and return what it returned.

     The arguments must fit the function's parameters: every required one present, no unknown one, each
    of its declared type (an integral number is accepted for an integer parameter, an integer for a
    number parameter). The return value is checked against the function return contract before it is
    sent: a function that returns an invalid value gets a 500 problem listing the JSON Pointers of the
    errors, never an invalid `body`.

    Args:
        agent_id (str):
        branch_id (str):
        function_id (str):
        body (ExecuteRequest): The arguments of one call, and optionally the conversation it
            belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecuteResponse | Problem]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        function_id=function_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    branch_id: str,
    function_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest,
) -> ExecuteResponse | Problem | None:
    """Run a function with arguments and return what it returned.

     The arguments must fit the function's parameters: every required one present, no unknown one, each
    of its declared type (an integral number is accepted for an integer parameter, an integer for a
    number parameter). The return value is checked against the function return contract before it is
    sent: a function that returns an invalid value gets a 500 problem listing the JSON Pointers of the
    errors, never an invalid `body`.

    Args:
        agent_id (str):
        branch_id (str):
        function_id (str):
        body (ExecuteRequest): The arguments of one call, and optionally the conversation it
            belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecuteResponse | Problem
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        function_id=function_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    function_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest,
) -> Response[ExecuteResponse | Problem]:
    """Run a function with arguments and return what it returned.

     The arguments must fit the function's parameters: every required one present, no unknown one, each
    of its declared type (an integral number is accepted for an integer parameter, an integer for a
    number parameter). The return value is checked against the function return contract before it is
    sent: a function that returns an invalid value gets a 500 problem listing the JSON Pointers of the
    errors, never an invalid `body`.

    Args:
        agent_id (str):
        branch_id (str):
        function_id (str):
        body (ExecuteRequest): The arguments of one call, and optionally the conversation it
            belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecuteResponse | Problem]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        function_id=function_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    branch_id: str,
    function_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest,
) -> ExecuteResponse | Problem | None:
    """Run a function with arguments and return what it returned.

     The arguments must fit the function's parameters: every required one present, no unknown one, each
    of its declared type (an integral number is accepted for an integer parameter, an integer for a
    number parameter). The return value is checked against the function return contract before it is
    sent: a function that returns an invalid value gets a 500 problem listing the JSON Pointers of the
    errors, never an invalid `body`.

    Args:
        agent_id (str):
        branch_id (str):
        function_id (str):
        body (ExecuteRequest): The arguments of one call, and optionally the conversation it
            belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecuteResponse | Problem
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            function_id=function_id,
            client=client,
            body=body,
        )
    ).parsed
