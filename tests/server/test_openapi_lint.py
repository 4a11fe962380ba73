"""The OpenAPI document says what its author wrote, and lints clean.

YAML reads an unquoted ``, `` inside a flow mapping as the end of a value: ``{description: What
is wrong and, where it can tell, how to fix it.}`` became a cut-off description and two stray
keys, which openapi-spec-validator accepts (3.1 schemas allow unknown keywords). So every key
of the parsed document (and of the schema files it ``$ref``s) must be a keyword of the object
it stands in (OpenAPI 3.1 or JSON Schema 2020-12), an ``x-`` extension, or a name in a place
that holds names (a property, a path, a status code, a component...).

And ``redocly lint`` (pinned in package.json, also run by ``make lint``) finds nothing, not a
warning, in the document and in the bundle; each rule turned off in redocly.yaml says why.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from typing import Any

import pytest
import yaml

from conftest import ROOT

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"

SCHEMA_KEYWORDS = {
    # JSON Schema 2020-12: core, applicator, validation, meta-data, format, content, unevaluated
    "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
    "$comment", "$defs", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    "dependentSchemas", "prefixItems", "items", "contains", "properties", "patternProperties",
    "additionalProperties", "propertyNames", "type", "enum", "const", "multipleOf", "maximum",
    "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
    "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties",
    "minProperties", "required", "dependentRequired", "title", "description", "default",
    "deprecated", "readOnly", "writeOnly", "examples", "format", "contentEncoding",
    "contentMediaType", "contentSchema", "unevaluatedItems", "unevaluatedProperties",
    # OpenAPI 3.1's additions to the Schema Object
    "discriminator", "xml", "externalDocs", "example",
}  # fmt: skip
SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "dependentSchemas"}
SCHEMA_ONE = {
    "items", "contains", "additionalProperties", "propertyNames", "not", "if", "then", "else",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
}  # fmt: skip
SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}

# OpenAPI 3.1 objects: their fixed fields, and what each field holds.
# A value is the kind of the field: an object kind, "schema", (container, kind) for a list or a
# map of them (by names, paths, status codes or media types), or None for a value not walked
# (text, a number, free-form data).
KINDS: dict[str, dict[str, Any]] = {
    "OpenAPI": {
        "openapi": None, "info": "Info", "jsonSchemaDialect": None, "servers": ("list", "Server"),
        "paths": ("paths", "PathItem"), "webhooks": ("map", "PathItem"), "components": "Components",
        "security": ("list", "SecurityRequirement"), "tags": ("list", "Tag"),
        "externalDocs": "ExternalDocs",
    },
    "Info": {
        "title": None, "summary": None, "description": None, "termsOfService": None,
        "contact": "Contact", "license": "License", "version": None,
    },
    "Contact": {"name": None, "url": None, "email": None},
    "License": {"name": None, "identifier": None, "url": None},
    "Server": {"url": None, "description": None, "variables": ("map", "ServerVariable")},
    "ServerVariable": {"enum": None, "default": None, "description": None},
    "Components": {
        "schemas": ("map", "schema"), "responses": ("map", "Response"),
        "parameters": ("map", "Parameter"), "examples": ("map", "Example"),
        "requestBodies": ("map", "RequestBody"), "headers": ("map", "Header"),
        "securitySchemes": ("map", "SecurityScheme"), "links": ("map", "Link"),
        "callbacks": ("map", "Callback"), "pathItems": ("map", "PathItem"),
    },
    "PathItem": {
        "$ref": None, "summary": None, "description": None, "get": "Operation",
        "put": "Operation", "post": "Operation", "delete": "Operation", "options": "Operation",
        "head": "Operation", "patch": "Operation", "trace": "Operation",
        "servers": ("list", "Server"), "parameters": ("list", "Parameter"),
    },
    "Operation": {
        "tags": None, "summary": None, "description": None, "externalDocs": "ExternalDocs",
        "operationId": None, "parameters": ("list", "Parameter"), "requestBody": "RequestBody",
        "responses": ("codes", "Response"), "callbacks": ("map", "Callback"), "deprecated": None,
        "security": ("list", "SecurityRequirement"), "servers": ("list", "Server"),
    },
    "ExternalDocs": {"description": None, "url": None},
    "Parameter": {
        "name": None, "in": None, "description": None, "required": None, "deprecated": None,
        "allowEmptyValue": None, "style": None, "explode": None, "allowReserved": None,
        "schema": "schema", "example": None, "examples": ("map", "Example"),
        "content": ("media", "MediaType"),
    },
    "RequestBody": {"description": None, "content": ("media", "MediaType"), "required": None},
    "MediaType": {
        "schema": "schema", "example": None, "examples": ("map", "Example"),
        "encoding": ("map", "Encoding"),
    },
    "Encoding": {
        "contentType": None, "headers": ("map", "Header"), "style": None, "explode": None,
        "allowReserved": None,
    },
    "Response": {
        "description": None, "headers": ("map", "Header"), "content": ("media", "MediaType"),
        "links": ("map", "Link"),
    },
    "Callback": {},
    "Example": {"summary": None, "description": None, "value": None, "externalValue": None},
    "Link": {
        "operationRef": None, "operationId": None, "parameters": None, "requestBody": None,
        "description": None, "server": "Server",
    },
    "Header": {
        "description": None, "required": None, "deprecated": None, "allowEmptyValue": None,
        "style": None, "explode": None, "allowReserved": None, "schema": "schema",
        "example": None, "examples": ("map", "Example"), "content": ("media", "MediaType"),
    },
    "Tag": {"name": None, "description": None, "externalDocs": "ExternalDocs"},
    "SecurityScheme": {
        "type": None, "description": None, "name": None, "in": None, "scheme": None,
        "bearerFormat": None, "flows": None, "openIdConnectUrl": None,
    },
    "SecurityRequirement": {},  # keys are names of security schemes, checked below
}  # fmt: skip
REFERENCE = {"$ref", "summary", "description"}

# What the names of each kind of map look like.
NAMES = {
    "map": re.compile(r"[A-Za-z0-9._-]+"),
    "paths": re.compile(r"/[A-Za-z0-9_.{}/-]*"),
    "codes": re.compile(r"[1-5][0-9]{2}|[1-5]XX|default"),
    "media": re.compile(r"[a-z]+/[a-z0-9.+-]+"),
}


class Walker:
    """Collects every key that is neither a keyword of its object nor a name where names go."""

    def __init__(self, security_schemes: set[str]) -> None:
        self.security_schemes = security_schemes
        self.unknown: list[str] = []

    def schema(self, node: Any, where: str) -> None:
        if isinstance(node, bool):
            return
        if not isinstance(node, dict):
            self.unknown.append(f"{where}: a schema must be an object or a boolean")
            return
        for key, value in node.items():
            here = f"{where}/{key}"
            if key.startswith("x-"):
                continue
            if key not in SCHEMA_KEYWORDS:
                self.unknown.append(here)
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                for name, sub in value.items():
                    self.schema(sub, f"{here}/{name}")
            elif key in SCHEMA_ONE:
                self.schema(value, here)
            elif key in SCHEMA_LISTS and isinstance(value, list):
                for index, sub in enumerate(value):
                    self.schema(sub, f"{here}/{index}")

    def kind(self, node: Any, kind: Any, where: str) -> None:
        if kind is None:
            return
        if kind == "schema":
            self.schema(node, where)
            return
        if isinstance(kind, tuple):
            container, inner = kind
            items = enumerate(node) if container == "list" else node.items()
            for name, value in items:
                if container != "list" and not NAMES[container].fullmatch(name):
                    self.unknown.append(f"{where}/{name}: not a name in {container}")
                self.kind(value, inner, f"{where}/{name}")
            return
        fields = KINDS[kind]
        if "$ref" in node and kind not in ("PathItem",):
            self.unknown += [f"{where}/{k}" for k in node if k not in REFERENCE]
            return
        for key, value in node.items():
            here = f"{where}/{key}"
            if kind == "SecurityRequirement":
                if key not in self.security_schemes:
                    self.unknown.append(f"{here}: not a declared security scheme")
            elif key.startswith("x-"):
                continue
            elif key not in fields:
                self.unknown.append(here)
            else:
                self.kind(value, fields[key], here)


def unknown_keys(document: dict[str, Any]) -> list[str]:
    """Every key of an OpenAPI 3.1 document that is not where it may be."""
    schemes = set(document.get("components", {}).get("securitySchemes", {}))
    walker = Walker(schemes)
    walker.kind(document, "OpenAPI", "#")
    return walker.unknown


def _load(name: str) -> Any:
    text = (ROOT / "schema" / name).read_text(encoding="utf-8")
    return yaml.safe_load(text) if name.endswith(".yaml") else json.loads(text)


def test_every_key_of_the_openapi_document_is_a_keyword_or_a_declared_name() -> None:
    assert unknown_keys(_load("openapi.yaml")) == []


@pytest.mark.parametrize(
    "name", ["function_return.schema.json", "effects.schema.json", "agent_config.schema.json"]
)
def test_every_key_of_the_schema_files_is_a_keyword_or_a_declared_name(name: str) -> None:
    walker = Walker(set())
    walker.schema(_load(name), "#")
    assert walker.unknown == []


def test_every_key_of_the_bundle_is_a_keyword_or_a_declared_name() -> None:
    bundle = json.loads((ROOT / "generated" / "openapi.bundled.json").read_text(encoding="utf-8"))
    assert unknown_keys(bundle) == []


def test_an_unquoted_comma_in_a_flow_mapping_is_caught() -> None:
    text = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    ReturnError:
      type: object
      properties:
        message: {type: string, description: What is wrong and, where it can tell, how to fix it.}
"""
    found = unknown_keys(yaml.safe_load(text))
    assert found == [
        "#/components/schemas/ReturnError/properties/message/where it can tell",
        "#/components/schemas/ReturnError/properties/message/how to fix it.",
    ]


def _redocly() -> list[dict[str, Any]]:
    """``redocly lint`` over the APIs of redocly.yaml: one JSON report per API."""
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    result = subprocess.run(
        [str(REDOCLY), "lint", "--format=json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    reports, text, decoder = [], result.stdout.strip(), json.JSONDecoder()
    while text:
        report, end = decoder.raw_decode(text)
        reports.append(report)
        text = text[end:].strip()
    return reports


@pytest.mark.skipif(not REDOCLY.exists(), reason="redocly is missing: run `make setup`")
def test_redocly_finds_no_error_and_no_warning_in_the_document_and_the_bundle() -> None:
    reports = _redocly()
    assert len(reports) == 2  # schema/openapi.yaml and generated/openapi.bundled.json
    for report in reports:
        assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}
        assert report["problems"] == []


def test_every_rule_turned_off_in_redocly_yaml_says_why_on_the_line_before() -> None:
    lines = (ROOT / "redocly.yaml").read_text(encoding="utf-8").splitlines()
    off = [i for i, line in enumerate(lines) if re.fullmatch(r"\s*[a-z0-9-]+: off", line)]
    assert off
    for index in off:
        assert lines[index - 1].strip().startswith("# "), lines[index]
