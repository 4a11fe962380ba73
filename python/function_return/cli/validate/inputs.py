"""The inputs of ``validate``: files, folders and standard input, decoded into items to judge.

A ``.json`` file holds one value, a ``.jsonl`` file one per line (read a chunk at a time, in
blocks parsed where they are judged; with ``--jobs``, in regions of whole lines that the
worker processes read themselves), a folder every such file in it, ``-`` standard input (one
document, or JSON Lines).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from function_return.core.files import find_files
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
    region: tuple[int, int] | None = None
    """A span of a JSON Lines file not read yet, (offset, length) in bytes, of whole lines from
    line ``line`` on: read where it is checked, in a worker process (``regions``)."""


MAX_SIZE = 64 * 1024 * 1024
"""The largest value read, in bytes: a ``.json`` file, a line of a ``.jsonl`` file, standard
input's document (``--max-size`` changes it). Past it the input is refused, never read whole."""

BOM = b"\xef\xbb\xbf"
"""A UTF-8 byte order mark: ignored at the start of an input, as the server ignores it."""


def too_large(max_size: int) -> str:
    """The reason for an input over ``max_size`` bytes."""
    return f"over the {max_size}-byte limit (--max-size)"


def documents(path: str, max_size: int = MAX_SIZE) -> Iterator[Item]:
    """Yield the values stored at ``path`` (``-`` is standard input).

    The lines of a ``.jsonl`` file come in blocks, not parsed yet (``Item.block``); a line that
    is not UTF-8 is reported on its own, and the other lines are judged.
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            yield from _stdin(name, max_size)
            return
        if path.endswith(".jsonl"):
            with open(path, "rb") as stream:
                yield from _blocks(name, _chunks_of(stream, max_size))
            return
        with open(path, "rb") as stream:
            data = stream.read(max_size + 1)
    except OSError as exc:
        yield Item(name, None, problem=f"cannot read: {cannot_read_reason(exc)}")
        return
    if len(data) > max_size:
        yield Item(name, None, problem=too_large(max_size))
        return
    try:
        text = data.removeprefix(BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Item(name, None, problem=f"cannot read: {cannot_read_reason(exc)}")
        return
    yield from _from_text(name, text, jsonl=False)


class _Chained:
    """What was read of a stream already, then the rest of it, line by line."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = io.BytesIO(head)
        self.rest = rest

    def readline(self, limit: int) -> bytes:
        line = self.head.readline(limit)
        if line.endswith(b"\n") or len(line) >= limit:
            return line
        return line + self.rest.readline(limit - len(line))


def _stdin(name: str, max_size: int) -> Iterator[Item]:
    """Standard input: one document, or JSON Lines (which may be longer than ``max_size``)."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:  # a text stream (in tests): no bytes to bound
        yield from _from_text(name, sys.stdin.read(), jsonl=None)
        return
    head = binary.read(max_size + 1)
    if len(head) <= max_size:
        try:
            text = head.removeprefix(BOM).decode("utf-8")
        except UnicodeDecodeError:
            yield from _blocks(name, _lines_of(io.BytesIO(head), max_size))
            return
        yield from _from_text(name, text, jsonl=None)
        return
    yield from _blocks(name, _lines_of(_Chained(head, binary), max_size))


class _Line:
    """A line that cannot be judged: why."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _lines_of(stream: Any, max_size: int) -> Iterator[str | _Line]:
    """The lines of a binary stream, each decoded on its own; a line over ``max_size`` bytes
    ends the reading of the stream (the rest of it is not read)."""
    first = True
    while line := stream.readline(max_size + 1):
        if len(line) > max_size and not line.endswith(b"\n"):
            yield _Line(f"{too_large(max_size)}; the rest of the file is not read")
            return
        if first:
            line = line.removeprefix(BOM)
            first = False
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _Line(f"cannot read: {cannot_read_reason(exc)}")


CHUNK = 1 << 20
"""Bytes of a JSON Lines file read at a time."""


def _chunks_of(stream: BinaryIO, max_size: int) -> Iterator[str | list[str] | _Line]:
    """What ``_lines_of`` yields, read a chunk at a time: the lines of each chunk together (a
    chunk that is not UTF-8 line by line). A line is split at ``\n`` only, as ``readline``
    splits it, and keeps it."""
    if max_size < CHUNK:  # lines longer than a chunk may be refused: read line by line
        yield from _lines_of(stream, max_size)
        return
    rest = b""
    first = True
    while True:
        chunk = stream.read(CHUNK)
        data = rest + chunk
        if first and (len(data) >= len(BOM) or not chunk or b"\n" in data):
            data = data.removeprefix(BOM)
            first = False
        if chunk:
            cut = data.rfind(b"\n") + 1
            whole, rest = data[:cut], data[cut:]
        else:
            whole, rest = data, b""
        if data.find(b"\n") > max_size or len(rest) > max_size:
            # The first line of the chunk, or its unfinished last one, is too long: the lines
            # before the long one are judged, and the rest of the file is not read.
            end = data.find(b"\n")
            if end > max_size:
                whole = b""
            elif whole:
                yield from _decoded(whole)
            yield _Line(f"{too_large(max_size)}; the rest of the file is not read")
            return
        if whole:
            yield from _decoded(whole)
        if not chunk:
            return


def _decoded(whole: bytes) -> Iterator[list[str] | _Line]:
    """The lines of ``whole`` (bytes that end a line, unless at the end of the file)."""
    try:
        text = whole.decode("utf-8")
    except UnicodeDecodeError:  # said for each line that is not UTF-8
        pieces = whole.split(b"\n")
        for index, piece in enumerate(pieces):
            line = piece + b"\n" if index < len(pieces) - 1 else piece
            if not line:
                continue
            try:
                yield [line.decode("utf-8")]
            except UnicodeDecodeError as exc:
                yield _Line(f"cannot read: {cannot_read_reason(exc)}")
        return
    lines = text.splitlines(keepends=True)
    # Every "\n" ends a line for splitlines too; another break would make one line more.
    if len(lines) == text.count("\n") + (not text.endswith("\n") and bool(text)):
        yield lines
        return
    parts = text.split("\n")
    last = parts.pop()
    lines = [part + "\n" for part in parts]
    if last:
        lines.append(last)
    yield lines


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


REGION = 4 << 20
"""Bytes of a JSON Lines file a worker process reads at a time with ``--jobs``."""


def regions(path: str, max_size: int = MAX_SIZE) -> Iterator[Item]:
    """What ``documents`` yields, but a ``.jsonl`` file as regions of whole lines that the
    worker processes of ``--jobs`` read themselves (``region_items``): this process only finds
    where lines end, and never decodes or copies them."""
    if path == "-" or not path.endswith(".jsonl") or max_size < REGION:
        yield from documents(path, max_size)
        return
    try:
        with open(path, "rb") as stream:
            start = len(BOM) if stream.read(len(BOM)) == BOM else 0
            stream.seek(start)
            number, partial, end = 1, 0, start  # partial: bytes of the unfinished line
            while chunk := stream.read(REGION):
                first = chunk.find(b"\n")
                if (partial + first if first >= 0 else partial + len(chunk)) > max_size:
                    # The unfinished line is too long (the lines before it are given already).
                    problem = f"{too_large(max_size)}; the rest of the file is not read"
                    yield Item(path, number, problem=problem)
                    return
                end += len(chunk)
                if first < 0:
                    partial += len(chunk)
                    continue
                last = chunk.rfind(b"\n")
                cut = end - (len(chunk) - last - 1)
                yield Item(path, number, region=(start, cut - start), size=cut - start)
                number += chunk.count(b"\n")
                start, partial = cut, len(chunk) - last - 1
            if end > start:
                yield Item(path, number, region=(start, end - start), size=end - start)
    except OSError as exc:
        yield Item(path, None, problem=f"cannot read: {cannot_read_reason(exc)}")


def region_items(entry: Item) -> Iterator[Item]:
    """The items of a region (``regions``): blocks of lines, and the lines that cannot be read."""
    assert entry.region is not None
    offset, length = entry.region
    try:
        with open(entry.file, "rb") as stream:
            stream.seek(offset)
            data = stream.read(length)
    except OSError as exc:
        yield Item(entry.file, entry.line, problem=f"cannot read: {cannot_read_reason(exc)}")
        return
    yield from _blocks(entry.file, _decoded(data), entry.line or 1)


def _blocks(name: str, lines: Iterable[str | list[str] | _Line], number: int = 1) -> Iterator[Item]:
    """Blocks of up to ``BLOCK`` lines; a line that cannot be read is an item of its own.

    ``lines``: each line, or lists of them; ``number``: the number of the first line.
    """
    block: list[str] = []
    for line in lines:
        if isinstance(line, _Line):
            if block:
                yield Item(name, number, block=block)
                number += len(block)
                block = []
            yield Item(name, number, problem=line.problem)
            number += 1
            continue
        if isinstance(line, str):
            block.append(line)
        else:
            block += line
        while len(block) >= BLOCK:
            yield Item(name, number, block=block[:BLOCK])
            number += BLOCK
            block = block[BLOCK:]
    if block:
        yield Item(name, number, block=block)


def lines(name: str, lines: Iterable[str], start: int = 1, *, sizes: bool = True) -> Iterator[Item]:
    skipped = 0  # bytes of blank lines, counted with the next value
    for number, line in enumerate(lines, start=start):
        size = len(line.encode("utf-8", "surrogatepass")) + skipped if sizes else 0
        if not line.strip():
            skipped = size
            continue
        skipped = 0
        value, problem = parse_line(line)
        yield Item(name, number, value, problem, size=size)


def parse_line(line: str) -> tuple[Any, str | None]:
    """The value of one line of JSON Lines, or why it is not JSON."""
    try:
        return loads(line), None
    except (ValueError, RecursionError) as exc:
        return None, f"not JSON: {not_json_reason(exc)}"


def expand(paths: list[str]) -> Iterator[str]:
    """The files ``paths`` name: each file, and every ``.json``/``.jsonl`` file in a folder."""
    for source in sources(paths):
        if isinstance(source, str):
            yield source


def sources(paths: list[str]) -> Iterator[str | Item]:
    """Each file ``paths`` name, or an ``Item`` saying why a folder cannot be searched: it (or
    a folder in it) cannot be read, or it holds no ``.json`` or ``.jsonl`` file."""
    for path in paths:
        if path == "-" or not Path(path).is_dir():
            yield path
            continue
        found, failures = find_files(path, (".json", ".jsonl"))
        for failure in failures:
            where = str(failure.filename or path)
            yield Item(where, None, problem=f"cannot read: {cannot_read_reason(failure)}")
        if not found and not failures:
            yield Item(path, None, problem="holds no .json or .jsonl file")
        yield from found
