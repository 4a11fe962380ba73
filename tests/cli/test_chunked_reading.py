"""A JSON Lines file is read a chunk at a time: the same items as reading it line by line."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from function_return.cli.validate import inputs


def _items(data: bytes, max_size: int, chunked: bool) -> list[tuple[object, ...]]:
    stream = io.BytesIO(data)
    lines = inputs._chunks_of(stream, max_size) if chunked else inputs._lines_of(stream, max_size)
    return [(i.line, i.problem, i.block) for i in inputs._blocks("f.jsonl", lines)]


def _file(rng: random.Random) -> bytes:
    parts = [b'{"utterance": "hi"}', b'"caf\xc3\xa9"', b"", b"\xff\xfe not utf-8", b"null", b"[1,"]
    parts += [b'"' + b"x" * rng.randrange(1, 90) + b'"', b"\r", b'{"a": "\xe2\x80\xa8"}']
    parts += [b'"\xc2\x85\x1c\x0b"', b'"a\x0cb"', b"x\ry", b"z\r"]
    body = b"\n".join(rng.choice(parts) for _ in range(rng.randrange(0, 40)))
    return (
        (inputs.BOM if rng.random() < 0.3 else b"") + body + (b"\n" if rng.random() < 0.5 else b"")
    )


@pytest.mark.parametrize("seed", range(60))
def test_chunks_give_the_items_lines_give(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(inputs, "CHUNK", rng.choice([1, 2, 7, 16, 64]))
    monkeypatch.setattr(inputs, "BLOCK", rng.choice([1, 3, 1000]))
    data = _file(rng)
    max_size = rng.choice([64, 80, 100, 10_000])
    assert _items(data, max_size, chunked=True) == _items(data, max_size, chunked=False)


def _flat(items: list[inputs.Item]) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    for item in items:
        if item.region is not None:
            found += _flat(list(inputs.region_items(item)))
        elif item.block is not None:
            found += [(item.line + i, None, line) for i, line in enumerate(item.block)]  # type: ignore[operator]
        else:
            found.append((item.line, item.problem, None))
    return found


@pytest.mark.parametrize("seed", range(60))
def test_regions_give_the_lines_documents_give(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(inputs, "REGION", rng.choice([1, 2, 7, 16, 64]))
    monkeypatch.setattr(inputs, "CHUNK", rng.choice([1, 7, 64]))
    path = tmp_path / "returns.jsonl"
    path.write_bytes(_file(rng))
    max_size = rng.choice([64, 80, 100, 10_000])
    regions = _flat(list(inputs.regions(str(path), max_size)))
    assert regions == _flat(list(inputs.documents(str(path), max_size)))
