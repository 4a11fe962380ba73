# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.explain_request import ExplainRequest
from ...models.explain_response_type_0 import ExplainResponseType0
from ...models.explain_response_type_1 import ExplainResponseType1
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ExplainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/explain",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExplainResponseType0 | ExplainResponseType1 | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ExplainResponseType0 | ExplainResponseType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_explain_response_type_0 = ExplainResponseType0.from_dict(data)

                return componentsschemas_explain_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_explain_response_type_1 = ExplainResponseType1.from_dict(data)

            return componentsschemas_explain_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ExplainResponseType0 | ExplainResponseType1 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExplainRequest,
) -> Response[ExplainResponseType0 | ExplainResponseType1 | Problem]:
    """Say what the agent will do with a return value, step by step.

     For a valid value, the ordered plan of what the agent does with it (`steps`: what is said, the turn,
    the handoff and its SIP method, how the agent listens next, platform defaults included), each step
    pointing at the part of `value` it comes from, and `notes` on settings that will have no effect (the
    lint warnings and errors). With `effects` (what the function did before returning, as an execute
    response carries them), the plan tells the whole turn: each effect in order, then the return; a step
    or note from an effect points at `/effects/<index>`, and notes say which of two moves wins. For an
    invalid value or effect there is no plan: `valid` is false and `errors` lists why, as `/v1/validate`
    does.

    Args:
        body (ExplainRequest): A return value, optionally the side effects the function performed
            before returning it (to explain the whole turn), and optionally the agent's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExplainResponseType0 | ExplainResponseType1 | Problem]
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
    body: ExplainRequest,
) -> ExplainResponseType0 | ExplainResponseType1 | Problem | None:
    """Say what the agent will do with a return value, step by step.

     For a valid value, the ordered plan of what the agent does with it (`steps`: what is said, the turn,
    the handoff and its SIP method, how the agent listens next, platform defaults included), each step
    pointing at the part of `value` it comes from, and `notes` on settings that will have no effect (the
    lint warnings and errors). With `effects` (what the function did before returning, as an execute
    response carries them), the plan tells the whole turn: each effect in order, then the return; a step
    or note from an effect points at `/effects/<index>`, and notes say which of two moves wins. For an
    invalid value or effect there is no plan: `valid` is false and `errors` lists why, as `/v1/validate`
    does.

    Args:
        body (ExplainRequest): A return value, optionally the side effects the function performed
            before returning it (to explain the whole turn), and optionally the agent's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExplainResponseType0 | ExplainResponseType1 | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExplainRequest,
) -> Response[ExplainResponseType0 | ExplainResponseType1 | Problem]:
    """Say what the agent will do with a return value, step by step.

     For a valid value, the ordered plan of what the agent does with it (`steps`: what is said, the turn,
    the handoff and its SIP method, how the agent listens next, platform defaults included), each step
    pointing at the part of `value` it comes from, and `notes` on settings that will have no effect (the
    lint warnings and errors). With `effects` (what the function did before returning, as an execute
    response carries them), the plan tells the whole turn: each effect in order, then the return; a step
    or note from an effect points at `/effects/<index>`, and notes say which of two moves wins. For an
    invalid value or effect there is no plan: `valid` is false and `errors` lists why, as `/v1/validate`
    does.

    Args:
        body (ExplainRequest): A return value, optionally the side effects the function performed
            before returning it (to explain the whole turn), and optionally the agent's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExplainResponseType0 | ExplainResponseType1 | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExplainRequest,
) -> ExplainResponseType0 | ExplainResponseType1 | Problem | None:
    """Say what the agent will do with a return value, step by step.

     For a valid value, the ordered plan of what the agent does with it (`steps`: what is said, the turn,
    the handoff and its SIP method, how the agent listens next, platform defaults included), each step
    pointing at the part of `value` it comes from, and `notes` on settings that will have no effect (the
    lint warnings and errors). With `effects` (what the function did before returning, as an execute
    response carries them), the plan tells the whole turn: each effect in order, then the return; a step
    or note from an effect points at `/effects/<index>`, and notes say which of two moves wins. For an
    invalid value or effect there is no plan: `valid` is false and `errors` lists why, as `/v1/validate`
    does.

    Args:
        body (ExplainRequest): A return value, optionally the side effects the function performed
            before returning it (to explain the whole turn), and optionally the agent's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExplainResponseType0 | ExplainResponseType1 | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
