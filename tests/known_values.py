"""Every return value the project knows, gathered once for the tests that carry them elsewhere.

The valid ones (for the clients and the other languages' types, which must take each of them):
the case files' valid data (strict groups), every frozen set in ``tests/compat/``, the platform
page's examples, the schema's ``examples``, ``examples/returns/`` and the literal records of the
corpus (``../shared/corpus/``) that the contract accepts. Each distinct value (by its JSON text)
is kept once, with the first source that gave it.

``judged_values`` adds what a second validator must judge as this package does: the invalid
data of the case files, the lenient groups, and every corpus record, literal or not.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from conftest import CORPUS, ROOT, SCHEMA_FILE, case_files, load_json, page_examples
from function_return import is_valid

CORPUS_FILES = ("real_returns", "doc_example_returns", "real_returns_other")


@dataclass(frozen=True)
class Known:
    """A value and where it was found (a file, and a line or a description)."""

    source: str
    value: Any


def canonical(value: Any) -> str:
    """The value's JSON text with sorted keys: equal values, equal text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _cases(*, strict_valid_only: bool) -> Iterator[Known]:
    for path in case_files():
        for group in load_json(path):
            lenient = group.get("lenient", False)
            for test in group["tests"]:
                if strict_valid_only and (lenient or not test["valid"]):
                    continue
                yield Known(
                    f"{path.name}: {group['description']}: {test['description']}", test["data"]
                )


def _compat() -> Iterator[Known]:
    for path in sorted((ROOT / "tests" / "compat").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield Known(f"{path.name}:{number}", json.loads(line))


def _examples() -> Iterator[Known]:
    for index, value in enumerate(page_examples()):
        yield Known(f"the platform page's example {index + 1}", value)
    for index, value in enumerate(load_json(SCHEMA_FILE)["examples"]):
        yield Known(f"the schema's example {index + 1}", value)
    for path in sorted((ROOT / "examples" / "returns").glob("*.json")):
        yield Known(f"examples/returns/{path.name}", load_json(path))


def _corpus(*, literal_only: bool) -> Iterator[Known]:
    for name in CORPUS_FILES:
        lines = (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("literal") or not literal_only:
                yield Known(f"corpus {name}.jsonl:{number}", record["value"])


def _distinct(found: Iterator[Known]) -> list[Known]:
    seen: set[str] = set()
    kept = []
    for known in found:
        key = canonical(known.value)
        if key not in seen:
            seen.add(key)
            kept.append(known)
    return kept


def _valid() -> Iterator[Known]:
    yield from _cases(strict_valid_only=True)
    yield from _compat()
    yield from _examples()
    yield from (k for k in _corpus(literal_only=True) if is_valid(k.value))


def valid_values() -> list[Known]:
    """Every distinct valid return the project knows, in first-seen order."""
    values = _distinct(_valid())
    invalid = [k.source for k in values if not is_valid(k.value)]
    assert not invalid, f"sources of valid values hold invalid ones: {invalid[:5]}"
    return values


def judged_values() -> list[Known]:
    """Every distinct value, valid or not, that the project's data holds."""
    return _distinct(
        iter(
            [
                *_cases(strict_valid_only=False),
                *_compat(),
                *_examples(),
                *_corpus(literal_only=False),
            ]
        )
    )
