"""Seeded mutations of valid returns: the near misses and the plain wrong values people write.

``mutants(seeds, count, seed)`` makes ``count`` values, each a valid value changed in one to
three places: a key misspelt, added or dropped; a value of the wrong type, out of range, or a
near miss of an enum; containers emptied, wrapped or grown; huge keys; subclasses of ``dict``,
``list``, ``str``, ``int`` and ``float`` (which are judged by the JSON they become); parts with
no JSON form. The same seed gives the same values.
"""

from __future__ import annotations

import copy
import math
import random
from collections import OrderedDict
from enum import IntEnum, StrEnum
from typing import Any


class Text(str):
    """A str subclass that serialises as its value."""


class Number(int):
    """An int subclass."""


class Real(float):
    """A float subclass."""


class Mapping(dict):  # type: ignore[type-arg]
    """A dict subclass."""


class Items(list):  # type: ignore[type-arg]
    """A list subclass."""


class Channel(StrEnum):
    SPEECH = "SPEECH"
    DTMF = "DTMF"
    LOWER = "speech"


class Digits(IntEnum):
    SIX = 6
    ZERO = 0


WRONG = [
    0, 1, -1, 2.5, -0.5, 61, 5.5, 33, 10**40, 10**200, -(10**150), 10**400, 1e308, -1e300,
    math.inf, -math.inf, math.nan, True, False, None, "", "x", "SPEECH", "speech", "DTMF", "#",
    "750ms", "2 sec", "1.5s", "61s", "0s", "abc", "+1 555", "sip:x y", "tel:123", "é" * 70,
    "a\nb", "\x1b[31m", [], {}, [1, "a"], {"a": 1}, ("t", 1), b"bytes", {1, 2}, object(),
    Channel.DTMF, Channel.LOWER, Digits.SIX, Digits.ZERO, Text("SPEECH"), Number(7),
    Real(0.25), Real(-3.0),
]  # fmt: skip
"""Values put where another was (the wrong type, out of range, no JSON form, subclasses)."""

KEYS = [
    "utterence", "Utterance", "hangup ", "listen", "handoff", "channel", "asr", "dtmf",
    "timeout", "type", "refer", "invite", "bye", "text_chat", "zendesk_integration",
    "Zendesk_Integration", "phone_number", "sip_headers", "X-Header", "bad header", "",
    "a/b~c", "k" * 300, "/" * 80 + "~" * 80, "goto_step", "goto_flow", "content",
    "utterance_channel", "num_digits", "is_enabled", "enable", "max_extensions",
]  # fmt: skip
"""Keys added to objects: typos, real keys in the wrong place, odd and huge keys."""


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in ``value``: the root and each member and item, outermost first."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _typo(word: str, rng: random.Random) -> str:
    if not word:
        return "x"
    index = rng.randrange(len(word))
    choice = rng.randrange(5)
    if choice == 0:
        return word[:index] + word[index + 1 :]
    if choice == 1:
        return word[:index] + rng.choice("aeioux_") + word[index:]
    if choice == 2 and len(word) > 1:
        index = min(index, len(word) - 2)
        return word[:index] + word[index + 1] + word[index] + word[index + 2 :]
    if choice == 3:
        return word.swapcase()
    return word + rng.choice(["s", "_", " ", "2"])


def _wrap(value: Any, rng: random.Random) -> Any:
    """The same data in subclasses, where it can be."""
    if type(value) is dict:
        return (Mapping if rng.random() < 0.5 else OrderedDict)(value)
    if type(value) is list:
        return Items(value) if rng.random() < 0.5 else tuple(value)
    if type(value) is str:
        return Text(value)
    if type(value) is int:
        return Number(value)
    if type(value) is float:
        return Real(value)
    return value


def _mutate(value: Any, rng: random.Random) -> Any:
    """``value`` changed in one place (the root may be replaced)."""
    path = rng.choice(_paths(value))
    target = _get(value, path)
    action = rng.randrange(10)
    replacement: Any
    if isinstance(target, dict) and action < 4:
        keys = list(target)
        if action == 0 and keys:  # a key misspelt, in place
            old = rng.choice(keys)
            new = _typo(old, rng)
            items = [(new if k == old else k, v) for k, v in target.items()]
            target.clear()
            target.update(items)
        elif action == 1 and keys:
            del target[rng.choice(keys)]
        else:
            target[rng.choice(KEYS)] = copy.copy(rng.choice([*WRONG, {}, "x", True]))
        return value
    if isinstance(target, list) and action < 3:
        target.append(copy.copy(rng.choice(WRONG)))
        return value
    if isinstance(target, str) and action < 4:
        replacement = _typo(target, rng) if action < 3 else target.lower()
    elif action < 7:
        replacement = copy.copy(rng.choice(WRONG))
    elif action < 8:
        replacement = [target] if rng.random() < 0.5 else {"value": target}
    else:
        replacement = _wrap(target, rng)
    if not path:
        return replacement
    _get(value, path[:-1])[path[-1]] = replacement
    return value


def mutants(seeds: list[Any], count: int, seed: int = 17) -> list[Any]:
    """``count`` mutants of the valid values ``seeds``: the same seed, the same values."""
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        value = copy.deepcopy(rng.choice(seeds))
        for _ in range(rng.choice((1, 1, 2, 3))):
            value = _mutate(value, rng)
        made.append(value)
    return made
