"""Lint: the case files in tests/lint_cases/, the seed's examples, the README's table, configs."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import function_return
from conftest import ROOT, load_json
from function_return import Finding, is_valid, lint
from function_return.authoring.config import ConfigError, load_config
from function_return.authoring.findings import LINT_CODES, RULES

LINT_CASES = ROOT / "tests" / "lint_cases"
SAMPLES = ROOT / "tests" / "samples"


def _case_files() -> list[Path]:
    return sorted(p for p in LINT_CASES.glob("*.json") if not p.name.endswith(".schema.json"))


def _cases() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [
        (f"{path.stem}: {group['description']}: {test['description']}", group, test)
        for path in _case_files()
        for group in load_json(path)
        for test in group["tests"]
    ]


CASES = _cases()


def test_lint_case_files_match_their_meta_schema() -> None:
    meta = load_json(LINT_CASES / "lint-case-file.schema.json")
    for path in _case_files():
        jsonschema.Draft202012Validator(meta).validate(load_json(path))


@pytest.mark.parametrize(("group", "test"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lint_case(group: dict[str, Any], test: dict[str, Any]) -> None:
    data = test["data"]
    assert is_valid(data, lenient=group.get("lenient", False)), "lint cases hold valid values"
    before = copy.deepcopy(data)
    got = sorted((f.code, f.path) for f in lint(data, config=group.get("config")))
    assert got == sorted((f["code"], f["path"]) for f in test["findings"])
    assert data == before


def test_every_lint_code_has_a_trigger_and_a_near_miss() -> None:
    for code in LINT_CODES:
        tests = [t for _, g, t in CASES if g["rule"] == code]
        assert any(code in {f["code"] for f in t["findings"]} for t in tests), f"{code}: no trigger"
        assert any(code not in {f["code"] for f in t["findings"]} for t in tests), (
            f"{code}: no near miss"
        )


def test_every_code_has_a_row_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(FR\d{3})` \| (\w+) \|", readme, re.MULTILINE))
    assert rows == {code: rule.severity for code, rule in RULES.items()}


def test_seed_examples_give_no_warning_or_error() -> None:
    schema = load_json(ROOT / "schema" / "function_return.schema.json")
    assert len(schema["examples"]) == 12
    for example in schema["examples"]:
        serious = [f for f in lint(example) if f.severity != "info"]
        assert serious == [], (example, serious)


def test_lint_of_values_that_are_not_objects_is_empty() -> None:
    for value in ("Tell the user", None, 42, ["a"], {"listen": "loud"}, {"listen": {"asr": 5}}):
        assert lint(value) == []


def test_finding_carries_code_severity_path_message_and_hint() -> None:
    (found,) = lint({"variant": "orleens"}, config={"variants": ["orleans"]})
    assert isinstance(found, Finding)
    assert (found.code, found.severity, found.path) == ("FR109", "error", "/variant")
    assert found.message == 'variant "orleens" is not configured; did you mean "orleans"?'
    assert found.hint.startswith('configured: "orleans"')
    assert str(found) == found.path + ": FR109 error: " + found.message


def test_unknown_key_finding_suggests_the_spelling() -> None:
    (found,) = lint({"utterence": "Hi"})
    assert (found.code, found.severity, found.path) == ("FR111", "warning", "/utterence")
    assert 'did you mean "utterance"' in found.message


def test_invalid_config_is_a_value_error_naming_the_pointer() -> None:
    with pytest.raises(
        ValueError, match=r"/handoffs/CALL_CENTER/reasons: 'SPEAK_TO' is not of type 'array'"
    ):
        lint({"handoff": True}, config={"handoffs": {"CALL_CENTER": {"reasons": "SPEAK_TO"}}})
    with pytest.raises(ConfigError, match=r"\(root\): Additional properties are not allowed"):
        lint({}, config={"variant": ["orleans"]})


def test_config_loads_from_yaml_and_json(tmp_path: Path) -> None:
    (tmp_path / "agent.yaml").write_text(
        "variants: [orleans]\nhandoffs:\n  CALL_CENTER: {reasons: [SPEAK_TO]}\n", encoding="utf-8"
    )
    (tmp_path / "agent.json").write_text('{"variants": ["orleans"]}', encoding="utf-8")
    loaded = load_config(str(tmp_path / "agent.yaml"))
    assert loaded.variants == ("orleans",)
    assert loaded.handoffs == {"CALL_CENTER": ("SPEAK_TO",)}
    assert load_config(str(tmp_path / "agent.json")).handoffs is None


def test_unreadable_or_malformed_config_files_are_config_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("variants: [orleans\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.yaml: not YAML"):
        load_config(str(tmp_path / "bad.yaml"))
    with pytest.raises(ConfigError, match=r"bad\.json: not JSON"):
        load_config(str(tmp_path / "bad.json"))
    with pytest.raises(ConfigError, match=r"missing\.yaml: cannot read"):
        load_config(str(tmp_path / "missing.yaml"))
    (tmp_path / "list.yaml").write_text("- orleans\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected an object; got list"):
        load_config(str(tmp_path / "list.yaml"))


def test_config_schema_examples_are_valid_configs() -> None:
    schema = load_json(ROOT / "schema" / "agent_config.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    for example in schema["examples"]:
        jsonschema.Draft202012Validator(schema).validate(example)
        assert lint({"variant": "orleans"}, config=example) == []


def test_lint_and_finding_are_public() -> None:
    assert {"lint", "Finding"} <= set(function_return.__all__)
    assert function_return.Finding.__module__ == "function_return"


def test_module_examples_pass_as_doctests() -> None:
    import doctest

    from function_return.authoring import decorator as _decorator
    from function_return.authoring import lint as _lint

    for module in (_lint, _decorator):
        result = doctest.testmod(module)
        assert (result.failed, result.attempted > 0) == (0, True), module.__name__


def test_fr110_is_a_note_beside_the_documented_timeout() -> None:
    alone = lint({"utterance": "Go on.", "listen": {"asr": {"vad_timeout": 2}}})
    beside = lint({"utterance": "Go on.", "listen": {"asr": {"timeout": 5, "vad_timeout": 2}}})
    assert [(f.code, f.severity) for f in alone] == [("FR110", "warning")]
    assert [(f.code, f.severity, f.message) for f in beside] == [
        ("FR110", "info", "vad_timeout is a legacy key, given beside the documented timeout")
    ]
