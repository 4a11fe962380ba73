"""``@checked``: each return validated and linted; raise, warn (logging) or off."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from function_return import ReturnValidationError, checked
from function_return.authoring.decorator import ENV_VAR

CONFIG = {"variants": ["orleans"]}


def _returning(value: Any, **options: Any) -> Any:
    @checked(**options)
    def function(conv: object = None) -> Any:
        """Return the value given."""
        return value

    return function


def test_raise_mode_raises_on_an_invalid_return_with_its_pointer() -> None:
    function = _returning({"utterence": "Goodbye!"}, mode="raise")
    with pytest.raises(ReturnValidationError) as raised:
        function()
    ((path, keyword),) = [(e.path, e.keyword) for e in raised.value.errors]
    assert (path, keyword) == ("/utterence", "additionalProperties")
    assert raised.value.__notes__ == ["returned by _returning.<locals>.function"]


def test_raise_mode_raises_on_an_error_finding() -> None:
    function = _returning({"variant": "orleens"}, mode="raise", config=CONFIG)
    with pytest.raises(ReturnValidationError) as raised:
        function()
    ((path, schema_path, keyword),) = [
        (e.path, e.schema_path, e.keyword) for e in raised.value.errors
    ]
    assert (path, schema_path, keyword) == ("/variant", "#lint/FR109", "lint")


def test_raise_mode_logs_a_warning_finding_and_returns_the_value(
    caplog: pytest.LogCaptureFixture,
) -> None:
    value = {"listen": {"asr": {"timeout": 5}}}
    with caplog.at_level(logging.WARNING, logger="function_return"):
        assert _returning(value, mode="raise")() is value
    assert [r.getMessage().split(": ", 1)[1] for r in caplog.records] == [
        "/listen/asr: FR101 warning: ASR settings take effect only together with an utterance "
        "(add an utterance (the question the caller answers), or drop listen.asr)"
    ]


def test_strict_raise_mode_raises_on_a_warning_finding() -> None:
    function = _returning({"listen": {"asr": {"timeout": 5}}}, mode="raise", strict=True)
    with pytest.raises(ReturnValidationError) as raised:
        function()
    assert [(e.path, e.schema_path) for e in raised.value.errors] == [
        ("/listen/asr", "#lint/FR101")
    ]


def test_warn_mode_logs_errors_and_returns_the_value_unchanged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    value = {"utterance": "Hi", "hangup": "yes"}
    with caplog.at_level(logging.DEBUG, logger="function_return"):
        assert _returning(value, mode="warn")() is value
    assert value == {"utterance": "Hi", "hangup": "yes"}
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        (
            "WARNING",
            "_returning.<locals>.function returned an invalid value: "
            '/hangup: expected a boolean; got string "yes"',
        )
    ]


def test_warn_mode_logs_info_findings_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="function_return"):
        _returning({"end_turn": False}, mode="warn")()
    assert [(r.levelname, "FR108" in r.getMessage()) for r in caplog.records] == [("DEBUG", True)]


def test_valid_return_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="function_return"):
        assert _returning("Tell the user the shop opens at nine.", mode="raise")() == (
            "Tell the user the shop opens at nine."
        )
        assert _returning(None, mode="raise")() is None
    assert caplog.records == []


def test_off_mode_returns_the_function_itself() -> None:
    def function() -> Any:
        """Return an invalid value."""
        return 42

    assert checked(mode="off")(function) is function


def test_environment_variable_chooses_the_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "raise")
    function = _returning(True)
    with pytest.raises(ReturnValidationError):
        function()
    monkeypatch.setenv(ENV_VAR, "off")

    def plain() -> int:
        """Return a number."""
        return 1

    assert checked(plain) is plain


def test_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "off")
    with pytest.raises(ReturnValidationError):
        _returning([1], mode="raise")()


def test_default_mode_is_warn(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    with caplog.at_level(logging.WARNING, logger="function_return"):
        assert _returning(7)() == 7
    assert len(caplog.records) == 1


def test_an_unknown_mode_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match=r"mode: expected one of .*; got 'loud'"):
        checked(mode="loud")  # type: ignore[call-overload]


def test_a_typo_in_the_environment_is_a_warning_and_checks_in_warn_mode(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(ENV_VAR, "rise")
    with pytest.warns(RuntimeWarning) as caught:
        function = _returning(7)
    assert [str(w.message) for w in caught] == [
        f'{ENV_VAR}: expected one of "raise", "warn", "off"; got \'rise\'; checking in "warn" mode'
    ]
    assert caught[0].filename == __file__
    with caplog.at_level(logging.WARNING, logger="function_return"):
        assert function() == 7
    assert len(caplog.records) == 1


def test_an_invalid_config_fails_when_decorating() -> None:
    with pytest.raises(ValueError, match=r"/variants: 'orleans' is not of type 'array'"):
        _returning(None, mode="raise", config={"variants": "orleans"})


def test_lenient_mode_accepts_unknown_keys_and_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="function_return"):
        _returning({"utterance": "Hi", "sentiment": "happy"}, mode="raise", lenient=True)()
    assert ["FR111" in r.getMessage() for r in caplog.records] == [True]


def test_async_functions_are_checked() -> None:
    @checked(mode="raise")
    async def hang_up(conv: object = None) -> Any:
        """Return an invalid value, asynchronously."""
        return {"hangup": "now"}

    with pytest.raises(ReturnValidationError) as raised:
        asyncio.run(hang_up())
    assert [(e.path, e.keyword) for e in raised.value.errors] == [("/hangup", "type")]


def test_wrapped_function_keeps_its_name_and_arguments() -> None:
    @checked(mode="raise")
    def greet(conv: object, name: str = "there") -> str:
        """Greet someone."""
        return f"Greet {name} warmly."

    assert greet.__name__ == "greet"
    assert greet.__doc__ == "Greet someone."
    assert greet(None, name="Ada") == "Greet Ada warmly."
