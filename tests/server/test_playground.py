"""The check endpoints, the playground page and /docs, in process: answers, errors, assets."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.testclient import TestClient

from conftest import ROOT, SCHEMA_FILE, load_json
from function_return.authoring.explain import ACTIONS
from function_return.authoring.findings import LINT_CODES
from function_return.server.app import PUBLIC_PATHS, app_for_folder
from function_return.server.http import MAX_BODY
from function_return.server.playground import CHECK_PATHS, swagger_ui_folder

EXAMPLES = ROOT / "examples" / "functions"
BUNDLE = ROOT / "generated" / "openapi.bundled.json"
STATIC = ROOT / "python" / "function_return" / "server" / "static"
PROBLEM = "application/problem+json"
TYPO = {"utterence": "Thanks for calling!", "hangup": True}
TYPO_ERROR = {
    "path": "/utterence",
    "schema_path": "#/$defs/FunctionReturn/additionalProperties",
    "keyword": "additionalProperties",
    "message": 'unknown key "utterence"; did you mean "utterance"?',
}
OPERATIONS = {
    "/v1/validate": "validateReturn",
    "/v1/lint": "lintReturn",
    "/v1/explain": "explainReturn",
}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(app_for_folder(EXAMPLES), raise_server_exceptions=False)


def _bundle() -> dict[str, Any]:
    return json.loads(BUNDLE.read_bytes())


def _component_validator(name: str) -> Draft202012Validator:
    uri = "urn:test:openapi"
    resource = Resource.from_contents(_bundle(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(uri, resource)
    return Draft202012Validator({"$ref": f"{uri}#/components/schemas/{name}"}, registry=registry)


def _post_raw(client: TestClient, path: str, body: bytes) -> Any:
    return client.post(path, content=body, headers={"Content-Type": "application/json"})


# ---------------------------------------------------------------- /v1/validate


def test_a_typo_is_a_200_naming_the_pointer_keyword_and_the_key_meant(client: TestClient) -> None:
    response = client.post("/v1/validate", json={"value": TYPO})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"valid": False, "errors": [TYPO_ERROR]}


def test_a_valid_value_has_no_errors_and_null_is_valid(client: TestClient) -> None:
    for value in ({"utterance": "Goodbye!", "hangup": True}, None, "a system prompt", {}):
        response = client.post("/v1/validate", json={"value": value})
        assert response.json() == {"valid": True, "errors": []}, value


def test_lenient_validation_accepts_an_unknown_key_that_strict_rejects(client: TestClient) -> None:
    value = {"utterance": "Hi", "tone": "warm"}
    strict = client.post("/v1/validate", json={"value": value}).json()
    lenient = client.post("/v1/validate", json={"value": value, "lenient": True}).json()
    assert [(e["path"], e["keyword"]) for e in strict["errors"]] == [
        ("/tone", "additionalProperties")
    ]
    assert lenient == {"valid": True, "errors": []}


def test_every_error_is_listed_in_order_of_location(client: TestClient) -> None:
    value = {"listen": {"channel": "speech"}, "hangup": "yes", "handoff": {"refer": {}}}
    errors = client.post("/v1/validate", json={"value": value}).json()["errors"]
    assert [(e["path"], e["keyword"]) for e in errors] == [
        ("/handoff/refer", "required"),
        ("/hangup", "type"),
        ("/listen/channel", "enum"),
    ]


def test_a_number_too_large_for_a_float_is_an_error_at_its_pointer(client: TestClient) -> None:
    response = _post_raw(client, "/v1/validate", b'{"value": {"hangup": 1e999}}')
    assert response.status_code == 200
    [error] = response.json()["errors"]
    assert (error["path"], error["keyword"]) == ("/hangup", "json")


def test_a_lone_surrogate_comes_back_escaped_in_valid_json(client: TestClient) -> None:
    response = _post_raw(client, "/v1/validate", b'{"value": {"utter\\ud800": "x"}}')
    assert response.status_code == 200
    assert response.content.isascii()
    [error] = json.loads(response.content)["errors"]
    assert (error["path"], error["keyword"]) == ("/utter\ud800", "additionalProperties")


def test_a_root_that_is_not_a_return_is_an_error_at_the_root(client: TestClient) -> None:
    [error] = client.post("/v1/validate", json={"value": [1, 2]}).json()["errors"]
    assert (error["path"], error["keyword"]) == ("", "type")


# ---------------------------------------------------------------- /v1/lint


def test_lint_names_the_code_severity_pointer_and_hint(client: TestClient) -> None:
    value = {
        "utterance": "Enter your number.",
        "listen": {"channel": "DTMF", "asr": {"timeout": 5}},
    }
    response = client.post("/v1/lint", json={"value": value})
    assert response.status_code == 200
    [finding] = response.json()["findings"]
    assert (finding["code"], finding["severity"], finding["path"]) == (
        "FR102",
        "warning",
        "/listen/asr/timeout",
    )
    assert finding["message"] and finding["hint"]


def test_lint_with_a_config_reports_a_variant_the_agent_lacks(client: TestClient) -> None:
    body = {"value": {"variant": "orleens"}, "config": {"variants": ["orleans", "paris"]}}
    [finding] = client.post("/v1/lint", json=body).json()["findings"]
    assert (finding["code"], finding["severity"], finding["path"]) == ("FR109", "error", "/variant")
    assert 'did you mean "orleans"?' in finding["message"]


def test_lint_of_a_seed_example_finds_nothing_to_warn_about(client: TestClient) -> None:
    for value in load_json(SCHEMA_FILE)["examples"]:
        findings = client.post("/v1/lint", json={"value": value}).json()["findings"]
        assert [f for f in findings if f["severity"] != "info"] == [], value


# ---------------------------------------------------------------- /v1/explain


def test_explain_gives_the_steps_with_their_source_pointers(client: TestClient) -> None:
    value = {
        "utterance": "I've updated your reservation.",
        "content": "Ask if there's anything else.",
    }
    response = client.post("/v1/explain", json={"value": value})
    assert response.status_code == 200
    document = response.json()
    assert document["valid"] is True
    assert [(s["action"], s["source"]) for s in document["steps"]] == [
        ("say", "/utterance"),
        ("end_turn", "/utterance"),
        ("prompt_next_turn", "/content"),
    ]
    assert document["notes"] == []


def test_explain_notes_a_setting_without_effect(client: TestClient) -> None:
    value = {"listen": {"asr": {"timeout": 5}}}
    notes = client.post("/v1/explain", json={"value": value}).json()["notes"]
    assert [(n["code"], n["source"]) for n in notes] == [("FR101", "/listen/asr")]


def test_explain_of_an_invalid_value_gives_its_errors_and_no_plan(client: TestClient) -> None:
    response = client.post("/v1/explain", json={"value": TYPO})
    assert response.status_code == 200
    assert response.json() == {"valid": False, "errors": [TYPO_ERROR]}


def test_explain_answers_what_the_library_explains_for_every_seed_example(
    client: TestClient,
) -> None:
    from function_return import explain

    for value in load_json(SCHEMA_FILE)["examples"]:
        document = client.post("/v1/explain", json={"value": value}).json()
        assert document == {"valid": True, **explain(value).as_dict()}, value


def test_explain_with_effects_tells_the_turn_with_sources_under_effects(
    client: TestClient,
) -> None:
    value = {"transition": {"goto_flow": "billing"}}
    effects = [{"type": "say", "utterance": "One moment."}, {"type": "exit_flow"}]
    document = client.post("/v1/explain", json={"value": value, "effects": effects}).json()
    assert [(s["action"], s["source"]) for s in document["steps"]] == [
        ("say", "/effects/0/utterance"),
        ("exit_flow", "/effects/1"),
        ("goto_flow", "/transition/goto_flow"),
    ]
    assert [(n["code"], n["source"]) for n in document["notes"]] == [("FR202", "/transition")]
    from function_return import explain

    assert document == {"valid": True, **explain(value, effects=effects).as_dict()}


def test_explain_of_an_invalid_effect_gives_its_error_under_effects(client: TestClient) -> None:
    effects = [{"type": "goto_flow", "flow": "billing"}, {"type": "say", "utterence": "Hi"}]
    response = client.post("/v1/explain", json={"value": None, "effects": effects})
    assert response.status_code == 200
    document = response.json()
    assert document["valid"] is False
    assert [(e["path"], e["keyword"]) for e in document["errors"]] == [
        ("/effects/1", "required"),
        ("/effects/1/utterence", "additionalProperties"),
    ]


def test_effects_that_are_not_a_list_are_422_at_their_pointer(client: TestClient) -> None:
    response = client.post("/v1/explain", json={"value": None, "effects": {"type": "say"}})
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/effects"]


# ---------------------------------------------------------------- requests that are not ones


@pytest.mark.parametrize("path", CHECK_PATHS)
def test_a_request_without_value_is_422_at_the_root(client: TestClient, path: str) -> None:
    response = client.post(path, json={"lenient": True} if path == "/v1/validate" else {})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    problem = response.json()
    assert problem["type"].endswith("/invalid-request")
    assert problem["errors"] == [{"pointer": "", "detail": "'value' is a required property"}]


@pytest.mark.parametrize("path", CHECK_PATHS)
def test_an_unknown_request_key_is_422(client: TestClient, path: str) -> None:
    problem = client.post(path, json={"value": None, "valeu": 1}).json()
    assert problem["status"] == 422
    assert [e["pointer"] for e in problem["errors"]] == [""]
    assert "'valeu' was unexpected" in problem["errors"][0]["detail"]


def test_a_lenient_that_is_not_a_boolean_is_422_at_its_pointer(client: TestClient) -> None:
    problem = client.post("/v1/validate", json={"value": None, "lenient": "yes"}).json()
    assert problem["status"] == 422
    assert [e["pointer"] for e in problem["errors"]] == ["/lenient"]


@pytest.mark.parametrize("path", ["/v1/lint", "/v1/explain"])
def test_a_config_off_its_schema_is_422_pointing_into_it(client: TestClient, path: str) -> None:
    body = {
        "value": {"variant": "x"},
        "config": {"variants": "orleans", "handoffs": {"A": {"x": 1}}},
    }
    problem = client.post(path, json=body).json()
    assert problem["status"] == 422
    assert [e["pointer"] for e in problem["errors"]] == ["/config/handoffs/A", "/config/variants"]


def test_a_long_request_error_detail_is_cut_short(client: TestClient) -> None:
    problem = client.post("/v1/validate", json={"value": None, "lenient": "x" * 5000}).json()
    assert problem["status"] == 422
    [error] = problem["errors"]
    assert error["pointer"] == "/lenient"
    assert len(error["detail"]) == 300 and error["detail"].endswith("…")


@pytest.mark.parametrize("path", CHECK_PATHS)
def test_a_body_that_is_not_json_is_400(client: TestClient, path: str) -> None:
    response = _post_raw(client, path, b'{"value": ')
    assert response.status_code == 400
    assert response.json()["type"].endswith("/not-json")


@pytest.mark.parametrize("path", CHECK_PATHS)
def test_nesting_too_deep_to_read_is_400_not_a_trace(client: TestClient, path: str) -> None:
    response = _post_raw(client, path, b'{"value": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert response.status_code == 400
    assert response.json()["detail"] == "the request body is not JSON: nested too deeply"


@pytest.mark.parametrize("path", CHECK_PATHS)
def test_a_wrong_content_type_is_415(client: TestClient, path: str) -> None:
    response = client.post(path, content=b'{"value": null}', headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


def test_a_body_over_one_mib_is_413(client: TestClient) -> None:
    body = b'{"value": "' + b"x" * MAX_BODY + b'"}'
    assert _post_raw(client, "/v1/validate", body).status_code == 413


def test_a_value_just_under_one_mib_is_judged(client: TestClient) -> None:
    value = {"utterance": "x" * (MAX_BODY - 100)}
    response = client.post("/v1/validate", json={"value": value})
    assert response.json() == {"valid": True, "errors": []}


def test_get_on_a_check_endpoint_is_405(client: TestClient) -> None:
    response = client.get("/v1/validate")
    assert response.status_code == 405
    assert response.headers["content-type"] == PROBLEM


# ---------------------------------------------------------------- the OpenAPI document


def test_the_document_describes_each_check_endpoint_without_a_token() -> None:
    paths = _bundle()["paths"]
    for path, operation_id in OPERATIONS.items():
        operation = paths[path]["post"]
        assert operation["operationId"] == operation_id
        assert operation["security"] == []
        assert sorted(operation["responses"]) == ["200", "400", "413", "415", "422", "503"]


def test_the_documented_step_actions_are_the_ones_explain_gives() -> None:
    schema = _bundle()["components"]["schemas"]["ExplainStep"]
    assert tuple(schema["properties"]["action"]["enum"]) == ACTIONS


def test_the_documented_finding_codes_cover_every_lint_code() -> None:
    pattern = _bundle()["components"]["schemas"]["LintFinding"]["properties"]["code"]["pattern"]
    assert all(re.fullmatch(pattern, code) for code in LINT_CODES)


def test_the_agent_config_is_inlined_from_its_schema_file_unchanged() -> None:
    config = load_json(ROOT / "schema" / "agent_config.schema.json")
    components = _bundle()["components"]["schemas"]
    inlined = json.dumps(components["AgentConfig"]).replace("#/components/schemas/", "#/$defs/")
    expected = {k: v for k, v in config.items() if k not in ("$schema", "$id", "$defs")}
    assert json.loads(inlined) == expected
    assert components["HandoffDestination"] == config["$defs"]["HandoffDestination"]
    request = components["CheckRequest"]["properties"]["config"]
    assert request == {"$ref": "#/components/schemas/AgentConfig"}


@pytest.mark.parametrize("path", CHECK_PATHS)
def test_each_documented_request_example_gets_the_documented_answer(
    client: TestClient, path: str
) -> None:
    operation = _bundle()["paths"][path]["post"]
    requests = operation["requestBody"]["content"]["application/json"]["examples"]
    answers = operation["responses"]["200"]["content"]["application/json"]["examples"]
    response_schema = _component_validator(
        operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit(
            "/", 1
        )[1]
    )
    for name, example in requests.items():
        response = client.post(path, json=example["value"])
        assert response.status_code == 200, name
        response_schema.validate(response.json())
        if name in answers:
            assert response.json() == answers[name]["value"], name
    assert set(answers) - set(requests) <= {"nothing"}


def test_every_component_example_of_the_check_schemas_fits_its_schema() -> None:
    names = [
        "ValidateRequest",
        "CheckRequest",
        "ExplainRequest",
        "ReturnError",
        "ValidateResponse",
        "LintFinding",
        "LintResponse",
        "ExplainStep",
        "ExplainNote",
        "ExplainResponse",
    ]
    components = _bundle()["components"]["schemas"]
    for name in names:
        examples = components[name]["examples"]
        assert examples, name
        for example in examples:
            _component_validator(name).validate(example)


def test_the_documented_bad_config_example_is_what_the_server_answers(client: TestClient) -> None:
    response = _bundle()["components"]["responses"]["InvalidCheckRequest"]
    example = response["content"][PROBLEM]["examples"]["bad_config"]["value"]
    answer = client.post("/v1/lint", json={"value": None, "config": {"variants": "orleans"}})
    assert answer.json() == example


# ---------------------------------------------------------------- the pages and their assets


def _local_assets(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="(/[^"]*)"', html)


@pytest.mark.parametrize("path", ["/", "/playground", "/docs"])
def test_a_page_is_html_with_a_policy_that_allows_only_this_server(
    client: TestClient, path: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "http" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_every_asset_a_page_names_is_served_by_this_server(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assets = [a for a in _local_assets(html) if a not in ("/", "/docs", "/openapi.json")]
    assert len(assets) >= 2
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200, asset
        kind = "text/javascript" if asset.endswith(".js") else "text/css"
        assert response.headers["content-type"] == f"{kind}; charset=utf-8", asset


def test_the_playground_page_is_the_package_data_byte_for_byte(client: TestClient) -> None:
    for path, name in [
        ("/", "playground.html"),
        ("/playground/playground.js", "playground.js"),
        ("/playground/playground.css", "playground.css"),
        ("/docs/docs.js", "docs.js"),
    ]:
        assert client.get(path).content == (STATIC / name).read_bytes(), path


def test_swagger_ui_is_served_from_the_pinned_package(client: TestClient) -> None:
    from importlib.metadata import version

    pinned = re.search(r'"swagger-ui-py==([^"]+)"', (ROOT / "pyproject.toml").read_text())
    assert pinned and version("swagger-ui-py") == pinned.group(1)
    folder = swagger_ui_folder()
    for name in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert client.get(f"/docs/{name}").content == (folder / name).read_bytes()


def test_the_static_files_are_declared_package_data() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^"function_return.server.static" = \["\*"\]', text, re.MULTILINE)


def test_the_pages_and_check_endpoints_need_no_token_but_execute_does(tmp_path: Path) -> None:
    (tmp_path / "bye.py").write_text("def bye():\n    return {'hangup': True}\n", encoding="utf-8")
    guarded = TestClient(app_for_folder(tmp_path, token="s3cret"))
    for path in ["/", "/playground", "/docs", "/docs/swagger-ui.css", "/playground/playground.js"]:
        assert guarded.get(path).status_code == 200, path
    for path in CHECK_PATHS:
        assert guarded.post(path, json={"value": None}).status_code == 200, path
    execute = "/v1/agents/a/branches/main/functions/bye/execute"
    assert guarded.post(execute, json={"args": {}}).status_code == 401
    assert {"/", "/docs", *CHECK_PATHS} <= PUBLIC_PATHS


def test_importing_the_server_loads_neither_swagger_ui_nor_jsonschema() -> None:
    code = (
        "import sys, function_return.server.app as s;"
        "print(sorted(m for m in ('swagger_ui', 'jinja2', 'jsonschema') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# ---------------------------------------------------------------- the README's opening


def test_the_readme_opens_with_the_playground_screenshot_and_a_true_explain_example() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# function-return-contract"
    image = re.fullmatch(r"!\[[^\]]+\]\((docs/[a-z-]+\.png)\)", lines[2])
    assert image and (ROOT / image.group(1)).read_bytes().startswith(b"\x89PNG")
    block = re.search(r"```console\n\$ (echo .*)\n((?:[^`].*\n)+)```", text)
    assert block and block.start() < text.index("\n## ")
    command = block.group(1)
    assert command.count("|") == 1 and command.endswith("| function-return explain")
    bin_dir = str(Path(sys.executable).parent)
    result = subprocess.run(
        ["sh", "-c", command],
        capture_output=True,
        text=True,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin"},
        check=True,
    )
    assert result.stdout == block.group(2)


def test_every_picture_the_readme_shows_is_in_docs() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((docs/[^)]+)\)", text)
    assert "docs/playground.png" in pictures
    for picture in pictures:
        assert (ROOT / picture).read_bytes().startswith(b"\x89PNG"), picture
