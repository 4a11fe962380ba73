# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_request import CheckRequest
from ...models.lint_response import LintResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CheckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/lint",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LintResponse | Problem | None:
    if response.status_code == 200:
        response_200 = LintResponse.from_dict(response.json())

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
) -> Response[LintResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckRequest,
) -> Response[LintResponse | Problem]:
    """List the parts of a return value that will not do what they seem to.

     Lint does not validate (call `/v1/validate` for that): it reads what it can of any value. Each
    finding has a stable code (`FR101`...), a severity, the JSON Pointer of the part concerned, what
    happens and how to fix it, ordered by pointer then code. With `config` (the agent's variants and
    handoff destinations), names the agent is not configured with are `FR109` errors.

    Args:
        body (CheckRequest): A return value, and optionally the agent's configuration to check
            names against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LintResponse | Problem]
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
    body: CheckRequest,
) -> LintResponse | Problem | None:
    """List the parts of a return value that will not do what they seem to.

     Lint does not validate (call `/v1/validate` for that): it reads what it can of any value. Each
    finding has a stable code (`FR101`...), a severity, the JSON Pointer of the part concerned, what
    happens and how to fix it, ordered by pointer then code. With `config` (the agent's variants and
    handoff destinations), names the agent is not configured with are `FR109` errors.

    Args:
        body (CheckRequest): A return value, and optionally the agent's configuration to check
            names against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LintResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckRequest,
) -> Response[LintResponse | Problem]:
    """List the parts of a return value that will not do what they seem to.

     Lint does not validate (call `/v1/validate` for that): it reads what it can of any value. Each
    finding has a stable code (`FR101`...), a severity, the JSON Pointer of the part concerned, what
    happens and how to fix it, ordered by pointer then code. With `config` (the agent's variants and
    handoff destinations), names the agent is not configured with are `FR109` errors.

    Args:
        body (CheckRequest): A return value, and optionally the agent's configuration to check
            names against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LintResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckRequest,
) -> LintResponse | Problem | None:
    """List the parts of a return value that will not do what they seem to.

     Lint does not validate (call `/v1/validate` for that): it reads what it can of any value. Each
    finding has a stable code (`FR101`...), a severity, the JSON Pointer of the part concerned, what
    happens and how to fix it, ordered by pointer then code. With `config` (the agent's variants and
    handoff destinations), names the agent is not configured with are `FR109` errors.

    Args:
        body (CheckRequest): A return value, and optionally the agent's configuration to check
            names against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LintResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
