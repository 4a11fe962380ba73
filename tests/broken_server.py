"""A deliberately broken implementation of the remote function endpoint.

``contract-test`` must fail it. It breaks the document in three ways:

- every execute answers 200 with ``{"body": {"hangup": "yes"}, "runtime": ...}``: the body
  breaks the contract (``/body/hangup``) and ``logs`` is missing;
- a request body that is not JSON gets a 500 with a plain-text stack trace instead of a 400
  problem, and one for an unknown agent a 200;
- a wrong content type is answered 200 rather than 415.

Its check endpoints (``/v1/validate``, ``/v1/lint``, ``/v1/explain``) are the reference
server's, so every fault found is one of the above.
"""

from __future__ import annotations

import json

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from function_return.server.app import create_app as reference_app
from function_return.server.playground import CHECK_PATHS
from function_return.server.state import ServerState
from function_return_generated.openapi import OPENAPI_BUNDLED

_AGENT = "/v1/agents/{agent_id}/branches/{branch_id}"


async def _list(request: Request) -> Response:
    return JSONResponse({"functions": [{"name": "end_call", "description": "", "parameters": []}]})


async def _execute(request: Request) -> Response:
    raw = await request.body()
    try:
        json.loads(raw)
    except ValueError:
        return PlainTextResponse("Traceback (most recent call last):\n  ...", status_code=500)
    return JSONResponse({"body": {"hangup": "yes"}, "runtime": 0.5})


async def _openapi(request: Request) -> Response:
    return Response(OPENAPI_BUNDLED, media_type="application/json")


async def _healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


def create_app() -> Starlette:
    """Return the broken app."""
    checks = reference_app(ServerState({}))
    return Starlette(
        routes=[
            Route(f"{_AGENT}/functions", _list, methods=["GET"]),
            Route(f"{_AGENT}/functions/{{function_id}}/execute", _execute, methods=["POST"]),
            Route("/openapi.json", _openapi, methods=["GET"]),
            Route("/healthz", _healthz, methods=["GET"]),
            *(Route(path, checks, methods=["POST"]) for path in CHECK_PATHS),
        ]
    )
