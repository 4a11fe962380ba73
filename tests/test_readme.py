"""The README's examples run as written."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_readme_examples_pass_as_doctests() -> None:
    result = doctest.testfile(
        str(ROOT / "README.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.attempted >= 8
    assert result.failed == 0
