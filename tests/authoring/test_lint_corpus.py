"""Lint on the corpus of real returns: what fires, and that lint takes any value in its stride."""

from __future__ import annotations

import copy
from collections import Counter

from conftest import corpus
from function_return import is_valid, lint

RECORDS = [r for name in ("real_returns", "doc_example_returns") for r in corpus(name)]
LITERAL = [r["value"] for r in RECORDS if r.get("literal") is True]


def test_lint_findings_on_the_literal_corpus_are_these() -> None:
    counts = Counter(f.code for value in LITERAL for f in lint(value))
    # FR105: utterance with content (the platform's pattern, info); FR101/FR110: one project's
    # {"listen": {"asr": {"timeout": 7, "vad_timeout": 2}}} (no utterance, legacy key), twice;
    # FR111: an AWS Lambda response in the docs, which is not a return of this interface.
    assert counts == {"FR105": 7, "FR101": 2, "FR110": 2, "FR111": 2}
    assert len(LITERAL) == 526


def test_lint_never_raises_nor_mutates_on_any_corpus_record() -> None:
    other = [r["value"] for r in corpus("real_returns_other")]
    for value in [r["value"] for r in RECORDS] + other:
        before = copy.deepcopy(value)
        found = lint(value)
        assert value == before
        assert all(f.path == "" or f.path.startswith("/") for f in found)


def test_no_literal_record_valid_leniently_gives_an_error_without_config() -> None:
    for value in LITERAL:
        if is_valid(value, lenient=True):
            assert [f for f in lint(value) if f.severity == "error"] == [], value
