"""Sizes on the command line: ``512M``, ``2G``, ``64K``, or a number of bytes."""

from __future__ import annotations

import argparse

_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def parse_size(text: str) -> int | None:
    """Bytes from ``512M``, ``2G``, ``1048576``...; None when it is not a size (or is 0)."""
    text = text.strip().upper().removesuffix("B")
    unit = text[-1:] if text[-1:] in _UNITS else ""
    number = text[: len(text) - len(unit)]
    if not number.isdigit() or int(number) == 0:
        return None
    return int(number) * _UNITS[unit]


def size_argument(text: str) -> int:
    """An argparse type: a size, or a usage error (exit 2)."""
    size = parse_size(text)
    if size is None:
        raise argparse.ArgumentTypeError(f"expected a size such as 64M or 1G; got {text!r}")
    return size
