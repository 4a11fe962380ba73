"""Compatibility: no change to the contract may reject a return that a release accepted.

Each released contract version froze its valid returns into ``tests/compat/<version>.jsonl``
(``tests/compat/freeze.py``). Every frozen return of the current major version must still be
valid; a change that rejects one is breaking, so it must bump the major version
(``function_return.CONTRACT_VERSION``, the schema's ``$id``) and say so in ``CHANGELOG.md``.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
from typing import Any

import pytest

from conftest import ROOT, SCHEMA_FILE, load_json
from function_return import CONTRACT_VERSION, is_valid, parse, validate
from function_return.core.diagnose import _Validator

COMPAT = ROOT / "tests" / "compat"
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

# A released set never changes: its SHA-256 is pinned here when it is frozen.
FROZEN = {
    "1.0.0": "d9a76a37722026a17c788dece02dc434221e8a31892f83c122e192496cf63bf1",
    "1.1.0": "d9a76a37722026a17c788dece02dc434221e8a31892f83c122e192496cf63bf1",
}


def _major(version: str) -> int:
    return int(version.split(".")[0])


def _frozen(version: str) -> list[Any]:
    text = (COMPAT / f"{version}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def rejected(schema: dict[str, Any], values: list[Any]) -> list[int]:
    """The 1-based line numbers of ``values`` that ``schema`` rejects (judged as the contract does)."""
    validator = _Validator(schema)
    return [number for number, value in enumerate(values, 1) if not validator.is_valid(value)]


def changelog_versions(changelog: str) -> list[str]:
    """The versions of a changelog's entries (``## 1.0.0 (2026-11-25)``), in its order."""
    return re.findall(r"^## (\d+\.\d+\.\d+) \(\d{4}-\d{2}-\d{2}\)$", changelog, re.MULTILINE)


def unannounced_breaks(changelog: str) -> list[str]:
    """The versions that bump the major version without a ``### Breaking`` section."""
    entries = re.split(r"^(?=## \d)", changelog, flags=re.MULTILINE)
    text = {changelog_versions(entry)[0]: entry for entry in entries if changelog_versions(entry)}
    versions = changelog_versions(changelog)
    return [
        newer
        for newer, older in itertools.pairwise(versions)
        if _major(newer) > _major(older) and "\n### Breaking\n" not in text[newer]
    ]


CURRENT_MAJOR = [v for v in FROZEN if _major(v) == _major(CONTRACT_VERSION)]


def test_the_frozen_files_are_exactly_the_released_sets_unchanged() -> None:
    assert sorted(p.stem for p in COMPAT.glob("*.jsonl")) == sorted(FROZEN)
    for version, digest in FROZEN.items():
        data = (COMPAT / f"{version}.jsonl").read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{version}.jsonl was edited"


def test_the_current_contract_version_has_a_frozen_set() -> None:
    assert CONTRACT_VERSION in FROZEN


def test_the_version_is_the_same_in_the_package_the_id_and_the_description() -> None:
    schema = load_json(SCHEMA_FILE)
    assert schema["$id"].split("/")[-2] == CONTRACT_VERSION
    assert schema["description"].endswith(f"Contract version {CONTRACT_VERSION}.")


def test_the_frozen_set_covers_every_field_of_the_contract() -> None:
    keys = {key for value in _frozen("1.0.0") if isinstance(value, dict) for key in value}
    assert keys == set(load_json(SCHEMA_FILE)["$defs"]["FunctionReturn"]["properties"])
    kinds = {type(value).__name__ for value in _frozen("1.0.0")}
    assert kinds == {"str", "dict", "NoneType"}


@pytest.mark.parametrize("version", CURRENT_MAJOR)
def test_every_frozen_return_of_the_current_major_is_still_valid(version: str) -> None:
    values = _frozen(version)
    assert rejected(load_json(SCHEMA_FILE), values) == []
    for number, value in enumerate(values, 1):
        assert is_valid(value), f"{version}.jsonl:{number}: {value!r}"
        validate(value)
        parse(value)


def test_a_breaking_change_would_be_caught() -> None:
    schema = load_json(SCHEMA_FILE)
    values = _frozen("1.0.0")
    narrowed = copy.deepcopy(schema)  # the ASR timeout capped at 30 s instead of 60 s
    narrowed["$defs"]["AsrTimeout"]["anyOf"][0]["maximum"] = 30
    assert rejected(narrowed, values) != []
    dropped = copy.deepcopy(schema)  # agentic_dial no longer accepted
    del dropped["$defs"]["FunctionReturn"]["properties"]["agentic_dial"]
    assert rejected(dropped, values) != []


def test_an_additive_change_would_pass() -> None:
    widened = load_json(SCHEMA_FILE)  # a new optional field
    widened["$defs"]["FunctionReturn"]["properties"]["language"] = {"type": "string"}
    assert rejected(widened, _frozen("1.0.0")) == []


def test_the_changelog_has_an_entry_for_every_released_version_newest_first() -> None:
    versions = changelog_versions(CHANGELOG)
    assert versions[0] == CONTRACT_VERSION
    assert set(FROZEN) <= set(versions)
    as_numbers = [tuple(int(part) for part in v.split(".")) for v in versions]
    assert as_numbers == sorted(as_numbers, reverse=True)


def test_every_major_bump_says_what_breaks_in_the_changelog() -> None:
    assert unannounced_breaks(CHANGELOG) == []


def test_a_major_bump_without_a_breaking_section_is_caught() -> None:
    silent = "## 2.0.0 (2027-01-01)\n\n### Added\n\n- x\n\n## 1.0.0 (2026-11-25)\n\n- y\n"
    announced = silent.replace("### Added", "### Breaking\n\n- z no longer accepted\n\n### Added")
    minor = silent.replace("2.0.0", "1.1.0")
    assert unannounced_breaks(silent) == ["2.0.0"]
    assert unannounced_breaks(announced) == []
    assert unannounced_breaks(minor) == []
