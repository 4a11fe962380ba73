"""The bare Starlette app ``bench/server.py`` holds the reference server against.

It does what the server must do at the least for a call to a function that does nothing:
parse the same request body as JSON and answer the same JSON document, with no function, no
worker process, no checks.
"""

from __future__ import annotations

import json

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ANSWER = {"body": {}, "logs": [], "runtime": 0.01}


async def execute(request: Request) -> Response:
    """Parse the request, answer the same JSON as the server does for ``noop``."""
    json.loads(await request.body())
    return Response(json.dumps(ANSWER), media_type="application/json")


app = Starlette(
    routes=[
        Route(
            "/v1/agents/{agent}/branches/{branch}/functions/{function}/execute",
            execute,
            methods=["POST"],
        )
    ]
)
