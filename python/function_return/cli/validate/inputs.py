"""The inputs of ``validate``: files, folders and standard input, decoded into items to judge.

A ``.json`` file holds one value, a ``.jsonl`` file one per line (read in blocks, parsed where
they are judged), a folder every such file in it, ``-`` standard input (one document, or JSON
Lines).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from function_return.core.jsontext import cannot_read_reason, loads, not_json_reason


@dataclass(frozen=True)
class Item:
    """One value to check, or the reason it could not be read.

    Or a block of JSON Lines not parsed yet: up to ``BLOCK`` lines from line number ``line``
    on, parsed where they are checked (in a worker process with ``--jobs``). ``size`` is the
    length in bytes of what the item was read from, for the progress bar.
    """

    file: str
    line: int | None
    value: Any = None
    problem: str | None = None
    block: list[str] | None = None
    size: int = 0
    text: str | None = None
    """The text of a whole-document value, to find the line of each error in it."""


def documents(path: str) -> Iterator[Item]:
    """Yield the values stored at ``path`` (``-`` is standard input).

    The lines of a ``.jsonl`` file come in blocks, not parsed yet (``Item.block``).
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            yield from _from_text(name, sys.stdin.read(), jsonl=None)
            return
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as stream:
                yield from _blocks(name, stream)
            return
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield Item(name, None, problem=f"cannot read: {cannot_read_reason(exc)}")
        return
    yield from _from_text(name, text, jsonl=False)


def _from_text(name: str, text: str, jsonl: bool | None) -> Iterator[Item]:
    try:
        value = loads(text)
        yield Item(name, None, value, size=len(text.encode("utf-8", "surrogatepass")), text=text)
    except (ValueError, RecursionError) as exc:
        if jsonl is None and text.count("\n") > 1:  # standard input: JSON Lines if not one document
            yield from lines(name, text.splitlines(keepends=True))
        else:
            yield Item(name, None, problem=f"not JSON: {not_json_reason(exc)}")


BLOCK = 1000
"""Lines of a JSON Lines file read, and checked, at a time."""


def _blocks(name: str, lines: Iterable[str]) -> Iterator[Item]:
    stream = iter(lines)
    number = 1
    while block := list(islice(stream, BLOCK)):
        yield Item(name, number, block=block)
        number += len(block)


def lines(name: str, lines: Iterable[str], start: int = 1, *, sizes: bool = True) -> Iterator[Item]:
    skipped = 0  # bytes of blank lines, counted with the next value
    for number, line in enumerate(lines, start=start):
        size = len(line.encode("utf-8", "surrogatepass")) + skipped if sizes else 0
        if not line.strip():
            skipped = size
            continue
        skipped = 0
        try:
            yield Item(name, number, loads(line), size=size)
        except (ValueError, RecursionError) as exc:
            yield Item(name, number, problem=f"not JSON: {not_json_reason(exc)}", size=size)


def expand(paths: list[str]) -> Iterator[str]:
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = sorted(
                str(p)
                for p in Path(path).rglob("*")
                if p.suffix in (".json", ".jsonl") and p.is_file()
            )
            yield from found
        else:
            yield path
