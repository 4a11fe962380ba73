"""Compile the contract's schema into an explainer: code that finds every error of a value.

``validate`` runs it on a value the fast check refused. It reports what jsonschema reports,
rewritten as ``core.diagnose`` rewrites it (the test suite holds the two to the same records,
in the same order, on every case, every corpus record and thousands of mutants), without
walking a schema at run time: each keyword becomes a test and, when it fails, a call to the
message template of ``core.messages`` that ``diagnose`` uses too.

What jsonschema does, and so what the code does: every keyword of a node is checked whatever
the others found (a value of the wrong type is also checked against ``enum``); ``properties``,
``required`` and the other keywords of a type judge only values of that type; ``anyOf``
collects each branch's errors and, when all fail, reports the errors of the one branch that
takes the value's type, or a single ``anyOf``/``type`` error; ``if`` selects ``then``; ``not``
fails when its schema holds. The input is plain JSON data (``core.validate.explained`` deals
with subclasses and parts with no JSON form first).

Each generated function takes the value, its JSON Pointer and the list to append to, and
appends ``(pointer, schema location, keyword, message)`` tuples; the caller orders them.
"""

from __future__ import annotations

from typing import Any

from codegen.compile import (
    ANNOTATIONS,
    CompileError,
    _Compiler,
    _indent,
    _type_test,
    regex_functions,
)
from function_return.core.messages import ANY_OF_EXPECTED, BOUNDS, show
from function_return.core.pointer import escape

Schema = dict[str, Any]

_OPERATORS = {
    "minimum": "<",
    "maximum": ">",
    "exclusiveMinimum": "<=",
    "exclusiveMaximum": ">=",
}
"""The comparison that makes each bound fail."""

_OF_TYPE = {
    "string": ("minLength", "maxLength", "pattern"),
    "number": BOUNDS,
    "object": (
        "properties",
        "additionalProperties",
        "propertyNames",
        "required",
        "minProperties",
        "maxProperties",
    ),
    "array": ("items",),
}
"""The keywords that judge only values of one type."""

_HANDLED = {"type", "enum", "const", "anyOf", "not", "if", "then"}.union(*_OF_TYPE.values())


class _Explainer:
    """Turns one schema into the functions of an explainer."""

    def __init__(self, root: Schema, patterns: dict[str, str]) -> None:
        self.root = root
        self.checks = _Compiler(root, "x", patterns)  # the predicates of ``if`` and ``not``
        self.patterns = patterns
        self.functions: dict[str, str] = {}  # schema location -> function name
        self.defs: list[str] = []
        self.constants: list[str] = []
        self.count = 0

    def _fresh(self, stem: str) -> str:
        self.count += 1
        return f"_{stem}{self.count}"

    def _constant(self, stem: str, value: Any) -> str:
        name = self._fresh(stem).upper()
        if isinstance(value, frozenset):  # in a stable order: the output is compared byte for byte
            text = "frozenset({" + ", ".join(repr(v) for v in sorted(value)) + "})"
        else:
            text = repr(value)
        self.constants.append(f"{name} = {text}")
        return name

    def function(self, schema: Any, where: str) -> str:
        """The name of the function explaining ``schema`` (one per schema location)."""
        node, where = self.checks._deref(schema, where)
        if where not in self.functions:
            name = self._fresh("explain")
            self.functions[where] = name
            body = self.node(node, where, "v", "p", "out", 0)
            self.defs.append("\n".join([f"def {name}(v, p, out):", *_indent(body or ["pass"])]))
        return self.functions[where]

    def statements(
        self, schema: Any, where: str, var: str, path: str, out: str, depth: int
    ) -> list[str]:
        """Lines that append to ``out`` the errors of ``var`` (at pointer ``path``)."""
        if isinstance(schema, dict) and "$ref" in schema:
            return [f"{self.function(schema, where)}({var}, {path}, {out})"]
        node, where = self.checks._deref(schema, where)
        return self.node(node, where, var, path, out, depth)

    def node(
        self, node: Schema, where: str, var: str, path: str, out: str, depth: int
    ) -> list[str]:
        unknown = set(node) - ANNOTATIONS - _HANDLED
        if unknown:
            raise CompileError(f"{where}: the explainer does not support {sorted(unknown)}")
        if "then" in node and "if" not in node:
            raise CompileError(f"{where}: then without if")
        lines: list[str] = []
        guarded: dict[str, list[str]] = {}
        for keyword in node:
            at = f"{where}/{escape(keyword)}"
            kind = next((k for k, words in _OF_TYPE.items() if keyword in words), None)
            found = self.keyword(node, keyword, at, var, path, out, depth)
            if kind is None:
                lines += found
            elif found:
                if kind not in guarded:
                    guarded[kind] = []
                    lines.append(kind)  # a placeholder: the guarded block goes here
                guarded[kind] += found
        result: list[str] = []
        for line in lines:
            if line in guarded:
                test = _type_test(line, var)
                result += [f"if {test}:", *_indent(guarded[line])]
            else:
                result.append(line)
        return result

    def _error(self, out: str, path: str, at: str, keyword: str, message: str) -> str:
        return f"{out}.append(({path}, {at!r}, {keyword!r}, {message}))"

    def keyword(
        self, node: Schema, keyword: str, at: str, var: str, path: str, out: str, depth: int
    ) -> list[str]:
        """Lines for one keyword of ``node``, at location ``at``."""
        value = node[keyword]
        error = self._error
        if keyword == "type":
            if not isinstance(value, str):
                raise CompileError(f"{at}: a list of types is not supported")
            message = f"_m.type_message({value!r}, {var})"
            return [
                f"if not {_type_test(value, var)}:",
                "    " + error(out, path, at, "type", message),
            ]
        if keyword == "enum":
            choices = self._constant("choices", tuple(value))
            if all(isinstance(v, str) for v in value):
                members = self._constant("enum", frozenset(value))
                test = f"type({var}) is str and {var} in {members}"
            else:
                test = " or ".join(self.checks._equals(v, var) for v in value)
            message = f"_m.enum_message({choices}, {var})"
            return [f"if not ({test}):", "    " + error(out, path, at, "enum", message)]
        if keyword == "const":
            message = f"_m.const_message({value!r}, {var})"
            test = self.checks._equals(value, var)
            return [f"if not ({test}):", "    " + error(out, path, at, "const", message)]
        if keyword in ("minLength", "maxLength"):
            test = f"len({var}) {'<' if keyword == 'minLength' else '>'} {value!r}"
            message = f"_m.length_message({keyword!r}, {value!r}, {var})"
            return [f"if {test}:", "    " + error(out, path, at, keyword, message)]
        if keyword == "pattern":
            regex = self.checks._regex(value)
            message = f"_m.pattern_message({at!r}, {value!r}, {var})"
            return [f"if not {regex}({var}):", "    " + error(out, path, at, keyword, message)]
        if keyword in BOUNDS:
            message = f"_m.bound_message({keyword!r}, {value!r}, {var})"
            test = f"{var} {_OPERATORS[keyword]} {value!r}"
            return [f"if {test}:", "    " + error(out, path, at, keyword, message)]
        if keyword in ("minProperties", "maxProperties"):
            names = tuple(node.get("properties", {}))
            test = f"len({var}) {'<' if keyword == 'minProperties' else '>'} {value!r}"
            message = f"_m.size_message({keyword!r}, {value!r}, {names!r}, {var})"
            return [f"if {test}:", "    " + error(out, path, at, keyword, message)]
        if keyword == "required":
            return [
                line
                for name in value
                for line in (
                    f"if {name!r} not in {var}:",
                    "    "
                    + error(out, path, at, "required", f"_m.required_message({at!r}, {name!r})"),
                )
            ]
        if keyword == "properties":
            return self._properties(value, at, var, path, out, depth)
        if keyword == "additionalProperties":
            return self._additional(node, value, at, var, path, out, depth)
        if keyword == "propertyNames":
            return self._names(value, at, var, path, out)
        if keyword == "items":
            item, item_path, index = f"v{depth + 1}", f"p{depth + 1}", f"i{depth + 1}"
            body = self.statements(value, at, item, item_path, out, depth + 1)
            if not body:
                return []
            return [
                f"for {index}, {item} in enumerate({var}):",
                f"    {item_path} = f'{{{path}}}/{{{index}}}'",
                *_indent(body),
            ]
        if keyword == "anyOf":
            return self._any_of(value, at, var, path, out, depth)
        if keyword == "not":
            return self._not(value, at, var, path, out, depth)
        if keyword == "if":
            test = self.checks.predicate(value, var, depth, at, own=False)
            then = self.statements(
                node.get("then", {}), f"{at.rsplit('/', 1)[0]}/then", var, path, out, depth
            )
            return [f"if {test}:", *_indent(then)] if then else []
        return []  # then (with if), and what needs no code

    def _properties(
        self, properties: Schema, at: str, var: str, path: str, out: str, depth: int
    ) -> list[str]:
        item, item_path = f"v{depth + 1}", f"p{depth + 1}"
        lines: list[str] = []
        for name, sub in properties.items():
            pointer = f"{path} + {'/' + escape(name)!r}"
            body = self.statements(sub, f"{at}/{escape(name)}", item, item_path, out, depth + 1)
            if body:
                lines += [f"if {name!r} in {var}:", f"    {item} = {var}[{name!r}]"]
                lines += [f"    {item_path} = {pointer}", *_indent(body)]
        return lines

    def _additional(
        self, node: Schema, extra: Any, at: str, var: str, path: str, out: str, depth: int
    ) -> list[str]:
        known = tuple(node.get("properties", {}))
        key, item, item_path = f"k{depth + 1}", f"v{depth + 1}", f"p{depth + 1}"
        skip = [f"if {key} in {self._constant('known', frozenset(known))}:", "    continue"]
        loop = [f"for {key} in {var}:", *_indent(skip if known else [])]
        if extra is False:
            message = f"_m.unknown_key_message({key}, {list(known)!r})"
            pointer = f"{path} + '/' + _escape({key})"
            return [*loop, "    " + self._error(out, pointer, at, "additionalProperties", message)]
        if extra is True:
            return []
        body = self.statements(extra, at, item, item_path, out, depth + 1)
        if not body:
            return []
        return [
            *loop,
            f"    {item} = {var}[{key}]",
            f"    {item_path} = {path} + '/' + _escape({key})",
            *_indent(body),
        ]

    def _names(self, names: Any, at: str, var: str, path: str, out: str) -> list[str]:
        node, where = self.checks._deref(names, at)
        key = "k"
        pointer = f"{path} + '/' + _escape({key})"
        lines: list[str] = []
        for keyword, value in node.items():
            if keyword in ANNOTATIONS:
                continue
            here = f"{where}/{escape(keyword)}"
            if keyword == "pattern":
                test = f"not {self.checks._regex(value)}({key})"
                fallback = f"repr({key}) + {' does not match ' + repr(value)!r}"
            elif keyword == "minLength":
                test, fallback = f"len({key}) < {value!r}", "''"
            else:
                raise CompileError(f"{here}: the explainer does not support it in propertyNames")
            message = f"_m.key_message({here!r}, {keyword!r}, {key}, {fallback})"
            lines += [
                f"if {test}:",
                "    " + self._error(out, pointer, here, "propertyNames", message),
            ]
        return [f"for {key} in {var}:", *_indent(lines)] if lines else []

    def _any_of(
        self, branches: list[Any], at: str, var: str, path: str, out: str, depth: int
    ) -> list[str]:
        lists = [self._fresh("branch") for _ in branches]
        tests = []
        for index, branch in enumerate(branches):
            kind = self.checks._deref(branch, f"{at}/{index}")[0].get("type")
            if isinstance(kind, list):
                raise CompileError(f"{at}/{index}: a list of types is not supported")
            tests.append(_type_test(kind, var) if kind else "True")
        phrases = []
        for index, branch in enumerate(branches):
            resolved = self.checks._deref(branch, f"{at}/{index}")[0]
            phrases.append(
                show(resolved["const"])
                if "const" in resolved
                else str(resolved.get("type", "a value"))
            )
        expected = ANY_OF_EXPECTED.get(at, " or ".join(phrases))
        taking = self._fresh("taking")
        pairs = ", ".join(f"({b}, {t})" for b, t in zip(lists, tests, strict=True))
        inner = [
            f"{taking} = [b for b, t in ({pairs}) if t]",
            f"if len({taking}) == 1 and {taking}[0]:",
            f"    {out} += {taking}[0]",
            "else:",
            f"    {out}.append(({path}, {at!r}, 'anyOf' if {taking} else 'type', "
            f"_m.any_of_message({expected!r}, {var})))",
        ]
        for index in reversed(range(len(branches))):
            body = self.statements(branches[index], f"{at}/{index}", var, path, lists[index], depth)
            inner = [f"{lists[index]} = []", *body, f"if {lists[index]}:", *_indent(inner)]
        return inner

    def _not(self, schema: Any, at: str, var: str, path: str, out: str, depth: int) -> list[str]:
        node, _ = self.checks._deref(schema, at)
        groups = node.get("anyOf", [])
        names = list(dict.fromkeys(n for g in groups for n in g.get("required", [])))
        simple = set(node) - ANNOTATIONS == {"anyOf"} and all(
            set(g) - ANNOTATIONS <= {"required", "properties"} for g in groups
        )
        if not (names and simple):
            raise CompileError(f"{at}: the explainer supports only not of anyOf of required keys")
        test = self.checks.predicate(schema, var, depth, at, own=False)
        message = f"_m.at_most_one_message({names!r}, {var})"
        return [f"if {test}:", "    " + self._error(out, path, at, "not", message)]


def explain_module(schema: Schema) -> str:
    """Return the source of an explainer of the object branch of the contract's schema.

    The module defines ``explain(value)``: the list of ``(pointer, schema location, keyword,
    message)`` of every error jsonschema finds in ``value`` (an object of plain JSON data), in
    no particular order.
    """
    patterns: dict[str, str] = {}
    explainer = _Explainer(schema, patterns)
    entry = explainer.function({"$ref": "#/$defs/FunctionReturn"}, "#")
    head = [
        '"""The explainer of the contract: every error of an object, found by plain checks."""',
        "",
        "from function_return.core import messages as _m",
        "from function_return.core.pointer import escape as _escape",
    ]
    explain = "\n".join(
        [
            "def explain(value):",
            '    """Every error in ``value``, an object of plain JSON data: (pointer, schema '
            'location, keyword, message) tuples."""',
            "    out = []",
            f"    {entry}(value, '', out)",
            "    return out",
        ]
    )
    parts = [
        "\n".join(head),
        "\n".join(explainer.constants),
        *regex_functions(patterns),
        *explainer.checks.helpers,
        *explainer.defs,
        explain,
    ]
    return "\n\n\n".join(p.rstrip("\n") for p in parts if p) + "\n"
