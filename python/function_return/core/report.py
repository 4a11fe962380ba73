"""What every command reports, the same way: exit codes, status words, records, JSON output.

``validate``, ``check`` and ``contract-test`` (and ``explain``) share it, so that an exit code
and a JSON report mean the same thing whichever command wrote them.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from function_return.core.errors import ErrorDetail

OK, INVALID, ERROR = 0, 1, 2
"""The exit codes: 0 all good, 1 something breaks the contract, 2 usage or unreadable input."""

STATUS_WORDS = {OK: "ok", INVALID: "invalid", ERROR: "error"}
"""The ``status`` of a JSON report, by exit code."""


def exit_code(*, unreadable: bool, failed: bool) -> int:
    """2 when an input could not be judged, else 1 when something failed, else 0."""
    return ERROR if unreadable else INVALID if failed else OK


def plural(count: int, word: str) -> str:
    """``"1 value"``, ``"2 values"``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def error_record(error: ErrorDetail, **where: Any) -> dict[str, Any]:
    """One error of a value as a JSON record, after its location (``file``, ``line``...)."""
    return {**where, **error.as_dict()}


def write_json(document: dict[str, Any], out: TextIO) -> None:
    """Write a JSON report: indented, keys sorted, text as it is."""
    out.write(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
