"""The "did you mean" of every message that names a wrong word: the nearest known one."""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Any


def did_you_mean(word: Any, choices: list[str]) -> str:
    """Return ``'; did you mean "x"?'`` for the choice nearest ``word``, or ``""``."""
    if not isinstance(word, str) or len(word) > 100:  # no name is that long: nothing is near
        return ""
    return _nearest(word, tuple(choices))


@lru_cache(maxsize=1024)
def _nearest(word: str, choices: tuple[str, ...]) -> str:
    """The "did you mean" for ``word`` among ``choices`` (the same typos come back often)."""
    by_case = [c for c in choices if c.lower() == word.lower()]
    close = by_case or difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        return ""
    shown = close[0] if len(close[0]) <= 60 else close[0][:59] + "…"
    return f'; did you mean "{shown}"?'
