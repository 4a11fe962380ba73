"""Values whose own methods fail or lie: lint never raises, explain raises only
``ReturnValidationError``, ``@checked`` in warn mode never raises, and an unreadable part is
reported at its own pointer."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from function_return import ReturnValidationError, checked, explain, lint
from function_return.core.validate import errors


class Unreadable(dict):  # type: ignore[type-arg]
    def items(self) -> Any:
        raise RuntimeError("postgres://admin:hunter2@db/prod")

    def get(self, *args: Any) -> Any:
        raise RuntimeError("get fails")

    def __contains__(self, key: object) -> bool:
        raise RuntimeError("contains fails")

    def __iter__(self) -> Any:
        raise RuntimeError("iter fails")


class RaisingEq(str):
    def __eq__(self, other: object) -> bool:
        raise RuntimeError("eq fails")

    __hash__ = str.__hash__


class RaisingGet(dict):  # type: ignore[type-arg]
    def get(self, *args: Any) -> Any:
        raise RuntimeError("get fails")

    def __contains__(self, key: object) -> bool:
        raise RuntimeError("contains fails")


VALUES = {
    "unreadable at the root": lambda: Unreadable(utterance="hi"),
    "unreadable at /listen": lambda: {"utterance": "hi", "listen": Unreadable(channel="DTMF")},
    "a key whose __eq__ raises": lambda: {RaisingEq("utterance"): "hi", "listen": {"asr": {}}},
    "get and __contains__ raise": lambda: RaisingGet(utterance="hi", end_turn=False),
    "get raises at /listen": lambda: {"utterance": "hi", "listen": RaisingGet(channel="DTMF")},
}


@pytest.mark.parametrize("name", list(VALUES))
def test_lint_never_raises(name: str) -> None:
    found = lint(VALUES[name]())
    assert isinstance(found, list)


@pytest.mark.parametrize("name", list(VALUES))
def test_explain_raises_only_return_validation_error(name: str) -> None:
    try:
        explain(VALUES[name]())
    except ReturnValidationError as exc:
        assert exc.errors
        assert all("hunter2" not in e.message for e in exc.errors)


def test_an_unreadable_part_is_reported_at_its_own_pointer() -> None:
    found = errors({"utterance": "hi", "listen": Unreadable(channel="DTMF")})
    assert [(e.path, e.keyword) for e in found] == [("/listen", "json")]
    assert found[0].message == "cannot be read as JSON (RuntimeError)"


@pytest.mark.parametrize("name", list(VALUES))
def test_checked_in_warn_mode_never_raises(name: str, caplog: pytest.LogCaptureFixture) -> None:
    value = VALUES[name]()

    @checked(mode="warn")
    def function() -> Any:
        return value

    with caplog.at_level(logging.WARNING):
        assert function() is value
