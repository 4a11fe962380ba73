# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.function_list import FunctionList
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    agent_id: str,
    branch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agents/{agent_id}/branches/{branch_id}/functions".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FunctionList | Problem | None:
    if response.status_code == 200:
        response_200 = FunctionList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FunctionList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FunctionList | Problem]:
    """List the functions of an agent's branch, with their parameters.

    Args:
        agent_id (str):
        branch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunctionList | Problem]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FunctionList | Problem | None:
    """List the functions of an agent's branch, with their parameters.

    Args:
        agent_id (str):
        branch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunctionList | Problem
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FunctionList | Problem]:
    """List the functions of an agent's branch, with their parameters.

    Args:
        agent_id (str):
        branch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunctionList | Problem]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FunctionList | Problem | None:
    """List the functions of an agent's branch, with their parameters.

    Args:
        agent_id (str):
        branch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunctionList | Problem
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            client=client,
        )
    ).parsed
