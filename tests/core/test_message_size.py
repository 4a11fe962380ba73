"""Messages stay short whatever the value: a long key is cut with "…" where it is shown, a hint
lists a few names and says how many more; the exact pointer stays in ``.path``."""

from __future__ import annotations

import pytest

from function_return import ReturnValidationError, lint, validate


def test_a_10_mb_key_gives_a_short_message_and_an_exact_path() -> None:
    key = "k" * 10_000_000
    with pytest.raises(ReturnValidationError) as caught:
        validate({key: 1})
    assert len(str(caught.value)) < 1000
    assert "…" in str(caught.value)
    assert caught.value.errors[0].path == "/" + key  # exact
    found = lint({key: 1})
    assert found[0].path == "/" + key and len(str(found[0])) < 1000


def test_many_errors_show_the_first_100_and_how_many() -> None:
    with pytest.raises(ReturnValidationError) as caught:
        validate({f"unknown{i}": i for i in range(1000)})
    assert len(caught.value.errors) == 1000
    text = str(caught.value)
    assert text.count("\n") == 101
    assert text.endswith("(the first 100 of 1000)")


def test_an_fr109_hint_lists_a_few_configured_names() -> None:
    variants = [f"variant-{i:06d}" for i in range(100_000)]
    (found,) = lint({"variant": "nowhere"}, config={"variants": variants})
    assert found.code == "FR109"
    assert len(found.hint) < 500
    assert "and 99990 more" in found.hint
    (long_name,) = lint({"variant": "x" * 1_000_000}, config={"variants": ["a"]})
    assert len(long_name.message) < 200 and long_name.path == "/variant"
