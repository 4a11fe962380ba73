"""Generated code says what made it, and the package imports what was generated."""

from __future__ import annotations

from conftest import ROOT, SCHEMA_FILE

GENERATED = ROOT / "generated" / "function_return_generated"


def test_every_generated_python_file_says_what_made_it_on_its_first_line() -> None:
    files = sorted(GENERATED.glob("*.py"))
    assert len(files) >= 5
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Generated from schema/"), path.name
        assert "do not edit: run `make generate`" in first, path.name


def test_pinned_generator_versions_appear_in_their_output() -> None:
    assert "datamodel-code-generator 0.89.0" in (GENERATED / "models.py").read_text(
        encoding="utf-8"
    )
    assert "fastjsonschema 2.22.3" in (GENERATED / "validator_strict.py").read_text(
        encoding="utf-8"
    )


def test_the_embedded_schema_text_is_the_schema_file() -> None:
    from function_return_generated.schema import SCHEMA_TEXT

    assert SCHEMA_FILE.read_text(encoding="utf-8") == SCHEMA_TEXT


def test_both_packages_are_marked_typed_for_their_users() -> None:
    # Without the marker, a user's type checker sees function_return.models as untyped.
    assert (GENERATED / "py.typed").is_file()
    assert (ROOT / "python" / "function_return" / "py.typed").is_file()
