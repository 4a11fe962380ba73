"""The functions a contract-test run calls: from the list, ``--function`` or a calls file.

A ``FunctionSpec`` is a function's name and its declared parameters; a ``FixedCall`` is one call
of a calls file, sent exactly as written. Parsing errors are ``ValueError``s whose message says
where (the CLI prints them as usage errors).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PARAMETER_TYPES = ("string", "integer", "number", "boolean")


@dataclass(frozen=True)
class Param:
    """One declared parameter; ``type`` is None when the list gives none."""

    name: str
    type: str | None
    required: bool


@dataclass(frozen=True)
class FunctionSpec:
    """A function to test and its parameters; ``params`` is None when they are not known."""

    name: str
    params: tuple[Param, ...] | None = ()

    def typed(self) -> tuple[Param, ...]:
        """The parameters with a known type."""
        return tuple(p for p in self.params or () if p.type is not None)


@dataclass(frozen=True)
class FixedCall:
    """One line of a calls file: a call sent exactly as given."""

    function: str
    args: Any
    conversation: Any = None
    expect_status: int | None = None
    line: int = 0
    has_conversation: bool = False

    def request(self) -> dict[str, Any]:
        """The execute request's JSON body."""
        document: dict[str, Any] = {"args": self.args}
        if self.has_conversation:
            document["conversation"] = self.conversation
        return document


@dataclass
class ListProblems:
    """What made entries of a function list unusable (reported as failures of the list)."""

    items: list[tuple[str, str]] = field(default_factory=list)
    """(JSON Pointer, message) pairs."""


def specs_from_list(document: Any, problems: ListProblems) -> list[FunctionSpec]:
    """The functions a list document names, taking what can be read of each entry.

    Schema errors are reported elsewhere; here only what stops an entry from being used (no
    name, a parameter without a type) is noted in ``problems``.
    """
    specs: list[FunctionSpec] = []
    functions = document.get("functions") if isinstance(document, dict) else None
    if not isinstance(functions, list):
        return specs
    for index, entry in enumerate(functions):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        params: list[Param] = []
        raw = entry.get("parameters")
        for p_index, item in enumerate(raw if isinstance(raw, list) else []):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            kind = item.get("type")
            if kind not in PARAMETER_TYPES:
                where = f"/functions/{index}/parameters/{p_index}"
                problems.items.append(
                    (
                        where,
                        f"parameter {item['name']!r} of {entry['name']!r} has no usable type "
                        f"({'none given' if kind is None else json.dumps(kind)}): it is not "
                        "generated",
                    )
                )
                kind = None
            params.append(Param(item["name"], kind, item.get("required") is True))
        specs.append(FunctionSpec(entry["name"], tuple(params)))
    return specs


def parse_function_option(text: str) -> FunctionSpec:
    """``NAME`` or ``NAME:{"param": "type", "other": "type?"}`` (``?``: optional)."""
    name, colon, rest = text.partition(":")
    name = name.strip()
    if not name:
        raise ValueError(f"--function {text!r}: no function name")
    if not colon:
        return FunctionSpec(name, ())
    try:
        declared = json.loads(rest)
    except ValueError as exc:
        raise ValueError(f"--function {text!r}: the parameters are not JSON: {exc}") from None
    if not isinstance(declared, dict):
        raise ValueError(f'--function {text!r}: expected {{"param": "type", ...}}')
    params = []
    for param, kind in declared.items():
        if not isinstance(kind, str) or kind.rstrip("?") not in PARAMETER_TYPES:
            raise ValueError(
                f"--function {text!r}: parameter {param!r}: expected one of "
                f"{', '.join(PARAMETER_TYPES)} (with ? when optional); got {json.dumps(kind)}"
            )
        params.append(Param(param, kind.rstrip("?"), not kind.endswith("?")))
    return FunctionSpec(name, tuple(params))


def read_calls(path: Path) -> list[FixedCall]:
    """Read a calls file: one JSON object a line, ``{"function", "args", "conversation"?,
    "expect_status"?}``; blank lines are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"--calls {path}: cannot read it: {exc}") from None
    calls = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"--calls {path}:{number}"
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"{where}: not JSON: {exc}") from None
        if not isinstance(item, dict) or not isinstance(item.get("function"), str):
            raise ValueError(f'{where}: expected {{"function": NAME, "args": {{...}}}}')
        if "args" not in item:
            raise ValueError(f'{where}: no "args"')
        unknown = set(item) - {"function", "args", "conversation", "expect_status"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        expect = item.get("expect_status")
        if expect is not None and (
            not isinstance(expect, int) or isinstance(expect, bool) or not 100 <= expect <= 599
        ):
            raise ValueError(f"{where}: expect_status must be an HTTP status code")
        calls.append(
            FixedCall(
                item["function"],
                item["args"],
                item.get("conversation"),
                expect,
                number,
                "conversation" in item,
            )
        )
    return calls
