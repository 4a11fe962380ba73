"""JSON Pointers (RFC 6901)."""

from __future__ import annotations

from collections.abc import Iterable


def escape(token: object) -> str:
    """Escape one reference token."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join(parts: Iterable[object]) -> str:
    """Build a pointer from its tokens; no tokens gives ``""``, the root."""
    return "".join("/" + escape(part) for part in parts)
