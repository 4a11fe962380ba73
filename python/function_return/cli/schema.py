"""``function-return schema``: print the contract's schema or the endpoint's OpenAPI document.

For other tools: an editor that completes returns in JSON files, another language's client
generator. The text printed is exactly the file's, byte for byte, from the installed package:

- no option: ``schema/function_return.schema.json``, the contract (its ``$id`` carries the
  contract version);
- ``--openapi``: ``schema/openapi.yaml`` as written; its ``$ref``s name
  ``function_return.schema.json``, ``effects.schema.json`` and ``agent_config.schema.json``,
  files to save beside it (``function-return schema``, ``--effects`` and ``--agent-config``);
- ``--openapi --bundled`` (or ``--bundled``): ``generated/openapi.bundled.json``, the OpenAPI
  document in one JSON file with the schemas inlined, what generators take best;
- ``--effects``: ``schema/effects.schema.json``, the side effects an execute response carries;
- ``--agent-config``: ``schema/agent_config.schema.json``, the agent configuration that lint
  checks names against.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, BinaryIO


def document(
    *,
    openapi: bool = False,
    bundled: bool = False,
    agent_config: bool = False,
    effects: bool = False,
) -> bytes:
    """Return the bytes of the document the options name (see the module's docstring)."""
    if effects:
        from function_return_generated.effects_schema import SCHEMA_TEXT as EFFECTS_TEXT

        return EFFECTS_TEXT.encode("utf-8")
    if agent_config:
        from function_return_generated.agent_config_schema import SCHEMA_TEXT as CONFIG_TEXT

        return CONFIG_TEXT.encode("utf-8")
    if bundled:
        from function_return_generated.openapi import OPENAPI_BUNDLED

        return OPENAPI_BUNDLED
    if openapi:
        from function_return_generated.openapi import OPENAPI_YAML

        return OPENAPI_YAML.encode("utf-8")
    from function_return_generated.schema import SCHEMA_TEXT

    return SCHEMA_TEXT.encode("utf-8")


def run(args: argparse.Namespace, out: BinaryIO | None = None) -> int:
    """Write the document ``args`` names to standard output (or ``out``); return 0, or 2."""
    for option, chosen in (("--agent-config", args.agent_config), ("--effects", args.effects)):
        if chosen and (args.openapi or args.bundled):
            sys.stderr.write(
                f"function-return schema: {option} prints a schema, not the OpenAPI document; "
                "use it without --openapi and --bundled\n"
            )
            return 2
    if args.agent_config and args.effects:
        sys.stderr.write("function-return schema: choose one of --agent-config and --effects\n")
        return 2
    text = document(
        openapi=args.openapi,
        bundled=args.bundled,
        agent_config=args.agent_config,
        effects=args.effects,
    )
    stream = out if out is not None else sys.stdout.buffer
    stream.write(text)
    stream.flush()
    return 0


def add_parser(subparsers: Any) -> None:
    """Add the ``schema`` subcommand."""
    parser = subparsers.add_parser(
        "schema",
        help="print the contract's JSON Schema or the endpoint's OpenAPI document",
        description=(
            "Print the function return contract's JSON Schema (default) or the remote function "
            "endpoint's OpenAPI document, byte for byte, for editors and client generators."
        ),
    )
    parser.add_argument(
        "--openapi",
        action="store_true",
        help="the OpenAPI document (YAML as written; its $refs name the schema files)",
    )
    parser.add_argument(
        "--bundled",
        action="store_true",
        help="the OpenAPI document as one JSON file, the schemas inlined (implies --openapi)",
    )
    parser.add_argument(
        "--effects",
        action="store_true",
        help="the JSON Schema of the side effects an execute response carries instead",
    )
    parser.add_argument(
        "--agent-config",
        action="store_true",
        help="the JSON Schema of the agent configuration (variants, handoffs) instead",
    )
    parser.set_defaults(run=run)
