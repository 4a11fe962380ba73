"""The OpenAPI document: hand-written, $ref-ing the schema, bundled, valid, served byte for byte."""

from __future__ import annotations

import json
from typing import Any

import yaml
from openapi_spec_validator import validate as validate_spec
from starlette.testclient import TestClient

from conftest import ROOT, SCHEMA_FILE, load_json
from function_return.server.app import ID_PATTERN, app_for_folder

OPENAPI_YAML = ROOT / "schema" / "openapi.yaml"
BUNDLE = ROOT / "generated" / "openapi.bundled.json"
EXAMPLES = ROOT / "examples" / "functions"
EXECUTE = "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute"
ERROR_STATUSES = ["400", "401", "404", "413", "415", "422", "500", "503", "504"]


def _bundle() -> dict[str, Any]:
    return json.loads(BUNDLE.read_bytes())


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for token in ref.removeprefix("#/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def test_the_bundle_passes_openapi_spec_validator() -> None:
    validate_spec(_bundle())


def test_the_bundle_says_what_made_it() -> None:
    note = _bundle()["x-generated"]
    assert "schema/openapi.yaml" in note
    assert "do not edit: run `make generate`" in note


def test_the_hand_written_document_refs_the_schema_file_and_copies_none_of_it() -> None:
    document = yaml.safe_load(OPENAPI_YAML.read_text(encoding="utf-8"))
    body = document["components"]["schemas"]["ExecuteResponse"]["properties"]["body"]
    assert body == {"$ref": "function_return.schema.json"}
    schema_names = set(load_json(SCHEMA_FILE)["$defs"])
    assert schema_names.isdisjoint(document["components"]["schemas"])


def test_the_bundle_inlines_the_schema_unchanged_under_components() -> None:
    schema = load_json(SCHEMA_FILE)
    components = _bundle()["components"]["schemas"]
    assert components["FunctionReturnValue"]["examples"] == schema["examples"]
    for name, definition in schema["$defs"].items():
        as_bundled = json.dumps(definition).replace("#/$defs/", "#/components/schemas/")
        assert components[name] == json.loads(as_bundled), name


def test_every_ref_in_the_bundle_resolves_within_it() -> None:
    bundle = _bundle()
    refs = _refs(bundle)
    assert "#/components/schemas/FunctionReturnValue" in refs
    for ref in refs:
        assert ref.startswith("#/"), ref
        _resolve(bundle, ref)


def test_the_generated_module_holds_the_bundle_byte_for_byte() -> None:
    from function_return_generated.openapi import OPENAPI_BUNDLED

    assert BUNDLE.read_bytes() == OPENAPI_BUNDLED


def test_the_server_serves_the_committed_bundle_byte_for_byte() -> None:
    response = TestClient(app_for_folder(EXAMPLES)).get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content == BUNDLE.read_bytes()


def test_execute_documents_every_error_status_as_a_problem_with_an_example() -> None:
    bundle = _bundle()
    responses = bundle["paths"][EXECUTE]["post"]["responses"]
    assert sorted(responses) == sorted(["200", *ERROR_STATUSES])
    for status in ERROR_STATUSES:
        response = _resolve(bundle, responses[status]["$ref"])
        content = response["content"]
        assert list(content) == ["application/problem+json"], status
        examples = content["application/problem+json"]["examples"]
        assert examples, status
        for example in examples.values():
            assert example["value"]["status"] == int(status)


def test_every_operation_has_examples_and_every_response_too() -> None:
    bundle = _bundle()
    for path, item in bundle["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            body = operation.get("requestBody")
            if body:
                assert body["content"]["application/json"]["examples"], (path, method)
            for status, response in operation["responses"].items():
                if "$ref" in response:
                    response = _resolve(bundle, response["$ref"])
                for media in response["content"].values():
                    assert media["examples"], (path, method, status)


def test_the_documented_success_examples_follow_the_contract() -> None:
    import function_return

    bundle = _bundle()
    content = bundle["paths"][EXECUTE]["post"]["responses"]["200"]["content"]
    examples = content["application/json"]["examples"]
    assert len(examples) == 4  # with a project function's effects and state
    for example in examples.values():
        function_return.validate(example["value"]["body"])


def test_the_server_accepts_exactly_the_documented_agent_and_branch_ids() -> None:
    parameters = _bundle()["components"]["parameters"]
    for name in ("AgentId", "BranchId"):
        schema = parameters[name]["schema"]
        assert (schema["pattern"], schema["maxLength"]) == ("^[A-Za-z0-9_.-]+$", 128)
    assert ID_PATTERN.pattern == "[A-Za-z0-9_.-]{1,128}"


def test_the_served_document_calls_the_example_functions_that_exist() -> None:
    bundle = _bundle()
    example_id = bundle["components"]["parameters"]["FunctionId"]["example"]
    assert (EXAMPLES / f"{example_id}.py").is_file()
