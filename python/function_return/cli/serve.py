"""``function-return serve``: run the reference server of the remote function endpoint."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from function_return.cli.extras import require_extra
from function_return.cli.units import parse_size

KEEP_ALIVE = 5
"""Seconds an idle keep-alive connection is kept open."""

MAX_HEADERS = 16 * 1024
"""The most bytes of request line and headers read before the request is refused (400)."""


def run(args: argparse.Namespace) -> int:
    """Serve the functions in ``args.functions`` (or the project ``args.project``) until
    interrupted; return the exit code.

    Exit 2 when the folder cannot be served or the address cannot be bound, or when the
    ``[server]`` extra is not installed. A project's files that cannot be loaded are listed
    on standard error and the others served; with ``--strict-load``, exit 2 instead.
    """
    missing = require_extra("server", "starlette", "uvicorn", "swagger_ui")
    if missing is not None:
        return missing
    from function_return.runtime.project import ProjectLoadError, load_project
    from function_return.server import app as _server
    from function_return.server.functions import FunctionLoadError, load_folder
    from function_return.server.http import check_token
    from function_return.server.protocol import ENV_READ_TIMEOUT

    if args.timeout <= 0:
        print("function-return serve: --timeout must be more than 0", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("function-return serve: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.runners < 0:
        print("function-return serve: --runners must be 0 or more", file=sys.stderr)
        return 2
    if args.read_timeout <= 0:
        print("function-return serve: --read-timeout must be more than 0", file=sys.stderr)
        return 2
    if args.limit_concurrency < 1:
        print("function-return serve: --limit-concurrency must be at least 1", file=sys.stderr)
        return 2
    if args.strict_load and not args.project:
        print("function-return serve: --strict-load goes with --project", file=sys.stderr)
        return 2
    folder = Path(args.project or args.functions).resolve()
    try:  # fail here, once, rather than in every worker
        if args.project:
            project = load_project(folder, strict=args.strict_load)
            functions: dict[str, Any] = project.functions
            for problem in project.problems:
                print(f"not served: {problem.path}: {problem.reason}", file=sys.stderr)
        else:
            functions = load_folder(folder)
    except (FunctionLoadError, ProjectLoadError) as exc:
        print(f"function-return serve: {exc}", file=sys.stderr)
        return 2
    if args.token and args.token_file:
        print("function-return serve: give --token or --token-file, not both", file=sys.stderr)
        return 2
    memory_limit = None
    if args.memory_limit is not None:
        memory_limit = parse_size(args.memory_limit)
        if memory_limit is None:
            print(
                "function-return serve: --memory-limit takes a size such as 512M or 2G",
                file=sys.stderr,
            )
            return 2
    token_file = str(Path(args.token_file).resolve()) if args.token_file else None
    try:
        if token_file is not None:
            token: str | None = _server.read_token_file(token_file)
        else:
            token = args.token or os.environ.get(_server.ENV_TOKEN) or None
            if token is not None:
                check_token(token)
    except ValueError as exc:
        reason = str(exc)
        if "white space" in reason:
            reason += ": no request could match it (remove the spaces)"
        print(f"function-return serve: {reason}", file=sys.stderr)
        return 2
    if args.project:
        os.environ[_server.ENV_PROJECT] = str(folder)
        os.environ.pop(_server.ENV_FUNCTIONS, None)
    else:
        os.environ[_server.ENV_FUNCTIONS] = str(folder)
        os.environ.pop(_server.ENV_PROJECT, None)
    os.environ[_server.ENV_TIMEOUT] = repr(float(args.timeout))
    os.environ[_server.ENV_RUNNERS] = str(args.runners)
    os.environ[ENV_READ_TIMEOUT] = repr(float(args.read_timeout))
    if args.allowed_host:
        os.environ[_server.ENV_ALLOWED_HOSTS] = ",".join(args.allowed_host)
    else:
        os.environ.pop(_server.ENV_ALLOWED_HOSTS, None)
    # The token reaches the server processes by a file's name or by the environment, never
    # by their command line; they take it out of their environment before starting workers.
    os.environ.pop(_server.ENV_TOKEN, None)
    os.environ.pop(_server.ENV_TOKEN_FILE, None)
    if token_file is not None:
        os.environ[_server.ENV_TOKEN_FILE] = token_file
    elif token:
        os.environ[_server.ENV_TOKEN] = token
    if memory_limit is not None:
        os.environ[_server.ENV_MEMORY_LIMIT] = str(memory_limit)
    else:
        os.environ.pop(_server.ENV_MEMORY_LIMIT, None)
    os.environ[_server.ENV_ISOLATE] = args.isolate
    print(
        f"serving {len(functions)} functions from {'project ' if args.project else ''}{folder} "
        f"at http://{args.host}:{args.port}" + (" (bearer token required)" if token else ""),
        file=sys.stderr,
        flush=True,
    )
    import uvicorn

    try:
        uvicorn.run(
            "function_return.server.app:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            # Against slow and greedy clients: each request must arrive whole within
            # --read-timeout; idle keep-alive connections close after 5 s; request headers
            # are at most 16 KiB; past --limit-concurrency connections, new requests get 503.
            http="function_return.server.protocol:DeadlineH11Protocol",
            timeout_keep_alive=KEEP_ALIVE,
            h11_max_incomplete_event_size=MAX_HEADERS,
            limit_concurrency=args.limit_concurrency,
        )
    except SystemExit as exc:  # uvicorn exits 3 when it cannot start (address in use...)
        return 2 if exc.code else 0
    return 0


def add_parser(subparsers: Any) -> None:
    """Add the ``serve`` subcommand."""
    parser = subparsers.add_parser(
        "serve",
        help="run the reference server of the remote function endpoint",
        description=(
            "Serve the functions in a folder (one per file, named like the file), or those of "
            "a project in the platform's layout (functions/, flows/<flow>/functions/, "
            "flows/<flow>/function_steps/), over the remote function endpoint described by "
            "the bundled OpenAPI document."
        ),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--functions", metavar="DIR", help="the folder of function files")
    source.add_argument(
        "--project",
        metavar="DIR",
        help=(
            "a project in the platform's layout; ids: name, flows.<flow>.<name>, "
            "flows.<flow>.steps.<name>; files that cannot load are listed and skipped"
        ),
    )
    parser.add_argument(
        "--strict-load",
        action="store_true",
        help="with --project: refuse to start when a file cannot be loaded",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to bind (8080)")
    parser.add_argument(
        "--token",
        help=(
            "require this bearer token (default: $FUNCTION_RETURN_TOKEN; none: open); it "
            "shows in the process list: prefer --token-file or the variable"
        ),
    )
    parser.add_argument(
        "--token-file",
        metavar="PATH",
        help=(
            "require the bearer token in this file (one line): unlike --token, it is not "
            "seen on the command line"
        ),
    )
    parser.add_argument(
        "--memory-limit",
        metavar="SIZE",
        help="address space of each worker process, such as 512M or 2G (none)",
    )
    parser.add_argument(
        "--isolate",
        choices=("none", "call"),
        default="none",
        help=(
            "call: a fresh worker process for each call, so nothing one call leaves behind "
            "reaches the next (costs a process start per call); none: workers serve many (none)"
        ),
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help=(
            "serve requests whose Host header names NAME (any port); repeat for more, '*' for "
            "any (default: without a token, only 127.0.0.1, localhost and [::1], against DNS "
            "rebinding; with a token, any)"
        ),
    )
    parser.add_argument("--workers", type=int, default=1, help="server processes (1)")
    parser.add_argument(
        "--runners",
        type=int,
        default=8,
        metavar="N",
        help=(
            "processes that run functions, per server process; one that hangs past the "
            "timeout or dies is replaced (8; 0 runs functions in threads of the server)"
        ),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long a function may run before the answer is 504 (10)",
    )
    parser.add_argument(
        "--read-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help=(
            "how long a client has to send a whole request, headers and body, before its "
            "connection is closed (10)"
        ),
    )
    parser.add_argument(
        "--limit-concurrency",
        type=int,
        default=256,
        metavar="N",
        help="connections and tasks per server process past which new requests get 503 (256)",
    )
    parser.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
        help="server log level (info)",
    )
    parser.set_defaults(run=run)
