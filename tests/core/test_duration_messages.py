"""A duration written another way is named with the accepted forms, and the one meant."""

from __future__ import annotations

import pytest

from function_return.core.validate import errors

FORMS = 'a number (7) or digits then "s" ("7s", up to 9 decimals; no "ms", "min" or spaces)'


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("750ms", '; did you mean "0.75s"?'),
        ("2 sec", '; did you mean "2s"?'),
        ("1min", '; did you mean "60s"?'),
        ("7S", '; did you mean "7s"?'),
        ("90s", ""),  # over the bound: no form of it would do
        ("fast", ""),
    ],
)
def test_an_asr_timeout_names_the_accepted_forms(written: str, meant: str) -> None:
    (error,) = errors({"utterance": "Hi?", "listen": {"asr": {"timeout": written}}})
    assert error.path == "/listen/asr/timeout"
    assert error.message == (
        f"expected a duration of more than 0 and at most 60 seconds: {FORMS}; "
        f'got string "{written}"{meant}'
    )


def test_a_keypad_timeout_says_the_same() -> None:
    (error,) = errors(
        {
            "utterance": "Code?",
            "listen": {"channel": "DTMF", "dtmf": {"first_digit_timeout": "5 s"}},
        }
    )
    assert error.message == (
        'expected a duration: a number of seconds (1.5) or digits then "s" ("1.5s", up to 9 '
        'decimals; no "ms", "min" or spaces); got string "5 s"; did you mean "5s"?'
    )
