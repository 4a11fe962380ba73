"""JSON Pointers (RFC 6901): building, reading, and resolving a local ``$ref`` in a schema."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def escape(token: object) -> str:
    """Escape one reference token."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """Read one escaped reference token back."""
    return token.replace("~1", "/").replace("~0", "~")


def join(parts: Iterable[object]) -> str:
    """Build a pointer from its tokens; no tokens gives ``""``, the root."""
    return "".join("/" + escape(part) for part in parts)


def split(pointer: str) -> list[str]:
    """The tokens of ``pointer``, unescaped; ``""`` (the root) has none."""
    return [unescape(token) for token in pointer.split("/")[1:]] if pointer else []


def resolve(document: Any, ref: str) -> Any:
    """The node a local reference (``"#/$defs/Listen"``) names in ``document``.

    Raises:
        KeyError: when the reference is not local or names nothing.
    """
    if ref != "#" and not ref.startswith("#/"):
        raise KeyError(f"not a local reference: {ref!r}")
    node = document
    for token in split(ref[1:]):
        node = node[int(token) if isinstance(node, list) else token]
    return node


SEGMENT_LIMIT = 64
"""The longest segment of a JSON Pointer shown in a message, in characters."""


def shorten(pointer: str, limit: int = SEGMENT_LIMIT) -> str:
    """``pointer`` for a message: each segment over ``limit`` characters cut, ending in "…".

    Only for showing: the exact pointer stays in ``ErrorDetail.path``.
    """
    if len(pointer) <= limit:
        return pointer
    return "/".join(
        part if len(part) <= limit else part[: limit - 1] + "…" for part in pointer.split("/")
    )
