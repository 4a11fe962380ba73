"""Compile the contract's schema into a specialised pure-Python validator (``make generate``).

The output is one module of plain ``if`` statements: no schema walking, no exceptions, no
calls on the common path. Each check answers the whole question the fast path asks, in one
pass: *is the value valid under the schema and does it have a JSON form?* So the JSON-form
checks are folded in where they can fail: numbers must fit a double where the schema allows
numbers, object keys must be strings, and only the free-form parts (objects the schema leaves
open, unknown keys in lenient mode) are walked by the generic ``_json`` helper, which also
bounds nesting at ``MAX_DEPTH`` (and so rejects circular references).

Only the keywords this contract uses are supported; any other keyword fails the compilation
with a ``CompileError`` naming its location, so a schema change can never be silently ignored.
``anyOf`` whose branches have disjoint types compiles to a type dispatch; other ``anyOf``,
``not`` and ``if`` become small predicate functions.
"""

from __future__ import annotations

from typing import Any

from function_return.core.jsonsafe import MAX_DEPTH
from function_return.core.pointer import resolve
from function_return.core.schema import python_pattern

Schema = dict[str, Any]

ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"}
)
"""Keywords that never change a verdict."""

_STRING_KEYWORDS = ("minLength", "maxLength", "pattern")
_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_OBJECT_KEYWORDS = (
    "properties",
    "additionalProperties",
    "propertyNames",
    "required",
    "minProperties",
    "maxProperties",
)
SUPPORTED = (
    ANNOTATIONS
    | {"$ref", "type", "enum", "const", "items", "anyOf", "not", "if", "then"}
    | set(_STRING_KEYWORDS)
    | set(_NUMBER_KEYWORDS)
    | set(_OBJECT_KEYWORDS)
)
"""Keywords the compiler understands; anything else is a ``CompileError``."""

_FAMILY = {"integer": "number"}  # types that can hold the same value


class CompileError(ValueError):
    """The schema uses something the compiler does not support."""


def _type_test(kind: str, var: str) -> str:
    """A Python expression that is true when ``var`` has JSON Schema type ``kind``."""
    # Exact types: a subclass may lie (an ``__eq__``, ``__iter__`` or ``__len__`` that says
    # one thing while ``json.dumps`` writes another), so it is not judged here; the caller
    # judges it by the JSON it becomes (``core.validate``).
    tests = {
        "string": f"type({var}) is str",
        "null": f"{var} is None",
        "boolean": f"({var} is True or {var} is False)",
        "object": f"type({var}) is dict",
        "array": f"(type({var}) is list or type({var}) is tuple)",
        "number": f"(type({var}) is int or type({var}) is float)",
        "integer": f"(type({var}) is int or (type({var}) is float and {var}.is_integer()))",
    }
    if kind not in tests:
        raise CompileError(f"unsupported type {kind!r}")
    return tests[kind]


def _indent(lines: list[str], levels: int = 1) -> list[str]:
    return [("    " * levels + line) if line else line for line in lines]


class _Compiler:
    """Turns one schema into the statements of a check function."""

    def __init__(self, root: Schema, prefix: str, patterns: dict[str, str]) -> None:
        self.root = root
        self.prefix = prefix
        self.patterns = patterns  # the schema's pattern -> the name of its compiled regex
        self.helpers: list[str] = []  # module-level predicate functions
        self.names = 0

    # -- schema navigation -------------------------------------------------------------
    def _deref(self, schema: Any, where: str) -> tuple[Schema, str]:
        """Follow ``$ref`` (whose siblings may only be annotations) to the schema it names."""
        if not isinstance(schema, dict):
            raise CompileError(f"{where}: expected a schema object, got {schema!r}")
        while "$ref" in schema:
            extra = set(schema) - ANNOTATIONS - {"$ref"}
            if extra:
                raise CompileError(f"{where}: keywords beside $ref: {sorted(extra)}")
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise CompileError(f"{where}: only local references are supported: {ref!r}")
            schema, where = resolve(self.root, ref), ref
        unknown = set(schema) - SUPPORTED
        if unknown:
            raise CompileError(f"{where}: unsupported keywords {sorted(unknown)}")
        return schema, where

    def _name(self, stem: str) -> str:
        self.names += 1
        return f"_{self.prefix}_{stem}{self.names}"

    def _regex(self, pattern: str) -> str:
        if pattern not in self.patterns:
            self.patterns[pattern] = f"_RE{len(self.patterns)}"
        return self.patterns[pattern]

    # -- predicates (expressions) -------------------------------------------------------
    def predicate(
        self, schema: Any, var: str, depth: int, where: str, *, own: bool, known: str = ""
    ) -> str:
        """An expression true when ``var`` is valid; a helper function when it is not simple.

        Simple means what ``if`` and ``not`` usually hold: ``required``, ``properties`` whose
        schemas are a ``const``, and ``anyOf`` of such.
        """
        node, where = self._deref(schema, where)
        keywords = set(node) - ANNOTATIONS
        if keywords == {"anyOf"}:
            parts = [
                self.predicate(b, var, depth, f"{where}/anyOf/{i}", own=own, known=known)
                for i, b in enumerate(node["anyOf"])
            ]
            return "(" + " or ".join(parts) + ")"
        inline = self._number_test(node, var, own=own)
        if inline is not None:
            return inline
        properties = node.get("properties", {})
        simple = all(  # a const, or nothing but the property's name (for strict readers)
            isinstance(sub, dict) and set(sub) - ANNOTATIONS <= {"const"}
            for sub in properties.values()
        )
        if not own and keywords <= {"required", "properties"} and simple:
            required = node.get("required", [])
            tests = [f"{k!r} in {var}" for k in required]
            for name, sub in properties.items():
                if "const" not in sub:
                    continue
                value = self._equals(sub["const"], f"{var}[{name!r}]")
                tests.append(value if name in required else f"({name!r} not in {var} or {value})")
            test = " and ".join(tests) or "True"
            return f"({test})" if known == "object" else f"(type({var}) is not dict or {test})"
        name = self._name("check")
        body = self.statements(node, "value", depth, where, own=own, known=known)
        self.helpers.append(
            "\n".join([f"def {name}(value):", *_indent(body), "    return True", ""])
        )
        return f"{name}({var})"

    def _at_most_one(self, schema: Any, var: str, where: str, known: str) -> str | None:
        """The test that breaks ``not: anyOf`` of every pair of a set of required keys ("at
        most one of them"): one count of the keys present, not a test of each pair. None
        for any other ``not``."""
        node, where = self._deref(schema, where)
        if set(node) - ANNOTATIONS != {"anyOf"}:
            return None
        pairs = []
        for index, branch in enumerate(node["anyOf"]):
            sub, _ = self._deref(branch, f"{where}/anyOf/{index}")
            required = sub.get("required", [])
            empty = all(p == {} for p in sub.get("properties", {}).values())
            if set(sub) - ANNOTATIONS - {"properties", "required"} or not empty:
                return None
            if len(required) != 2 or not set(sub.get("properties", {})) <= set(required):
                return None
            pairs.append(frozenset(required))
        names = sorted(set().union(*pairs), key=str) if pairs else []
        every = {frozenset((a, b)) for a in names for b in names if a != b}
        if len(pairs) != len(every) or set(pairs) != every:
            return None
        count = " + ".join(f"({name!r} in {var})" for name in names)
        test = f"({count} > 1)"
        return test if known == "object" else f"(type({var}) is not dict or {test})"

    # -- statements ----------------------------------------------------------------------
    def statements(
        self, schema: Any, var: str, depth: int, where: str, *, own: bool, known: str = ""
    ) -> list[str]:
        """Lines that ``return False`` when ``var`` is not valid under ``schema``.

        ``own``: these lines also answer for the JSON form of ``var`` (false inside ``not``
        and ``if``, whose verdict is negated or only selects). ``known``: the JSON type
        ``var`` is already known to have.
        """
        node, where = self._deref(schema, where)
        out: list[str] = []
        kind = node.get("type", "")
        if isinstance(kind, list):
            raise CompileError(f"{where}: a list of types is not supported")
        if kind and kind != known:
            out.append(f"if not {_type_test(kind, var)}:")
            out.append("    return False")
        known = kind or known
        out += self._scalar_checks(node, var, where, known, own=own)
        out += self._object_checks(node, var, depth, where, known, own=own)
        out += self._array_checks(node, var, depth, where, known, own=own)
        if "anyOf" in node:
            out += self._any_of(node["anyOf"], var, depth, f"{where}/anyOf", own=own)
        if "not" in node:
            test = self._at_most_one(node["not"], var, f"{where}/not", known) or self.predicate(
                node["not"], var, depth, f"{where}/not", own=False, known=known
            )
            out += [f"if {test}:", "    return False"]
        if "if" in node:
            test = self.predicate(node["if"], var, depth, f"{where}/if", own=False, known=known)
            then = self.statements(
                node.get("then", {}), var, depth, f"{where}/then", own=False, known=known
            )
            if then:
                out += [f"if {test}:", *_indent(then)]
        elif "then" in node:
            raise CompileError(f"{where}: then without if")
        if own and not kind and "anyOf" not in node:
            out += [f"if not _json({var}, {depth}):", "    return False"]
        return out

    def _guard(self, kind: str, known: str, var: str, lines: list[str]) -> list[str]:
        if not lines or known == kind:
            return lines
        return [f"if {_type_test(kind, var)}:", *_indent(lines)]

    def _scalar_checks(
        self, node: Schema, var: str, where: str, known: str, *, own: bool
    ) -> list[str]:
        out: list[str] = []
        if "const" in node:
            out += [f"if not ({self._equals(node['const'], var)}):", "    return False"]
        if "enum" in node:
            values = node["enum"]
            if all(isinstance(v, str) for v in values):
                members = "frozenset({" + ", ".join(repr(v) for v in values) + "})"
                name = self._name("ENUM")
                self.helpers.append(f"{name} = {members}\n")
                test = f"{var} in {name}"
                if known != "string":
                    test = f"type({var}) is str and {test}"
            else:
                test = "(" + " or ".join(self._equals(v, var) for v in values) + ")"
            out += [f"if not ({test}):", "    return False"]
        strings: list[str] = []
        if node.get("minLength") == 1:
            strings += [f"if not {var}:", "    return False"]
        elif "minLength" in node:
            strings += [f"if len({var}) < {node['minLength']!r}:", "    return False"]
        if "maxLength" in node:
            strings += [f"if len({var}) > {node['maxLength']!r}:", "    return False"]
        if "pattern" in node:
            regex = self._regex(node["pattern"])
            strings += [f"if not {regex}({var}):", "    return False"]
        out += self._guard("string", known, var, strings)
        numbers = self._bounds(node, var, finite=own and known == "number")
        out += self._guard("number", "number" if known == "integer" else known, var, numbers)
        return out

    @staticmethod
    def _equals(value: Any, var: str) -> str:
        if isinstance(value, bool) or value is None:
            return f"{var} is {value!r}"
        if isinstance(value, (int, float)):
            return f"((type({var}) is int or type({var}) is float) and {var} == {value!r})"
        if isinstance(value, str):
            return f"(type({var}) is str and {var} == {value!r})"
        raise CompileError(f"unsupported const or enum value {value!r}")

    def _number_test(self, node: Schema, var: str, *, own: bool) -> str | None:
        """An expression for a number with bounds and nothing else (an ``anyOf`` branch), or
        None: a test in place of a call to a helper function."""
        kind = node.get("type")
        keywords = set(node) - ANNOTATIONS - {"type"}
        if kind not in ("integer", "number") or not keywords <= set(_NUMBER_KEYWORDS):
            return None
        bounds = self._bound_test(node, var, finite=own and kind == "number")
        return f"({_type_test(kind, var)} and {bounds})" if bounds else _type_test(kind, var)

    @staticmethod
    def _bounds(node: Schema, var: str, *, finite: bool) -> list[str]:
        test = _Compiler._bound_test(node, var, finite=finite)
        return [f"if not {test}:", "    return False"] if test else []

    @staticmethod
    def _bound_test(node: Schema, var: str, *, finite: bool) -> str:
        low = high = ""
        if "minimum" in node:
            low = f"{node['minimum']!r} <= "
        if "exclusiveMinimum" in node:
            low = f"{node['exclusiveMinimum']!r} < "
        if "maximum" in node:
            high = f" <= {node['maximum']!r}"
        if "exclusiveMaximum" in node:
            high = f" < {node['exclusiveMaximum']!r}"
        if finite:  # NaN fails every comparison; past a double's range fails the open ends
            low = low or "_NMAX <= "
            high = high or " <= _MAX"
        if not (low or high):
            return ""
        return f"({low}{var}{high})"

    def _object_checks(
        self, node: Schema, var: str, depth: int, where: str, known: str, *, own: bool
    ) -> list[str]:
        if not any(k in node for k in _OBJECT_KEYWORDS) and not (own and known == "object"):
            return []
        out: list[str] = []
        if own and depth >= MAX_DEPTH:
            out += ["return False"]
        if "minProperties" in node:
            out += [f"if len({var}) < {node['minProperties']!r}:", "    return False"]
        if "maxProperties" in node:
            out += [f"if len({var}) > {node['maxProperties']!r}:", "    return False"]
        for key in node.get("required", []):
            out += [f"if {key!r} not in {var}:", "    return False"]
        properties: dict[str, Any] = node.get("properties", {})
        extra = node.get("additionalProperties")
        names = node.get("propertyNames")
        child = depth + 1
        if own or extra is not None or names is not None:
            key, item = f"k{child}", f"v{child}"
            branches: list[str] = []
            for index, (name, sub) in enumerate(properties.items()):
                body = self.statements(sub, item, child, f"{where}/properties/{name}", own=own)
                branches += [f"{'if' if index == 0 else 'elif'} {key} == {name!r}:"]
                branches += _indent(body or ["pass"])
            rest: list[str] = []
            if extra is False:
                rest = ["return False"]
            else:
                if own or names is not None:
                    rest += [f"if type({key}) is not str:", "    return False"]
                if names is not None:
                    rest += self.statements(
                        names, key, child, f"{where}/propertyNames", own=False, known="string"
                    )
                if extra is not None and extra is not True:
                    rest += self.statements(
                        extra, item, child, f"{where}/additionalProperties", own=own
                    )
                elif own:
                    rest += [f"if not _json({item}, {child}):", "    return False"]
            if names is not None and properties:
                raise CompileError(f"{where}: propertyNames beside properties is not supported")
            if branches:
                branches += ["else:", *_indent(rest or ["pass"])] if rest else []
            else:
                branches = rest
            if branches:
                # Iterating keys and indexing is faster than ``.items()`` on small dicts.
                out += [f"for {key} in {var}:", f"    {item} = {var}[{key}]", *_indent(branches)]
        else:
            item = f"v{child}"
            for name, sub in properties.items():
                body = self.statements(sub, item, child, f"{where}/properties/{name}", own=False)
                if body:
                    out += [f"if {name!r} in {var}:", f"    {item} = {var}[{name!r}]"]
                    out += _indent(body)
        return self._guard("object", known, var, out)

    def _array_checks(
        self, node: Schema, var: str, depth: int, where: str, known: str, *, own: bool
    ) -> list[str]:
        if "items" not in node and not (own and known == "array"):
            return []
        out: list[str] = []
        if own and depth >= MAX_DEPTH:
            out += ["return False"]
        item = f"i{depth + 1}"
        if "items" in node:
            body = self.statements(node["items"], item, depth + 1, f"{where}/items", own=own)
        else:
            body = [f"if not _json({item}, {depth + 1}):", "    return False"]
        if body:
            out += [f"for {item} in {var}:", *_indent(body)]
        return self._guard("array", known, var, out)

    def _any_of(
        self, branches: list[Any], var: str, depth: int, where: str, *, own: bool
    ) -> list[str]:
        resolved = [self._deref(b, f"{where}/{i}")[0] for i, b in enumerate(branches)]
        kinds = [b.get("type") for b in resolved]
        families = [_FAMILY.get(k, k) for k in kinds if isinstance(k, str)]
        if len(families) == len(branches) and len(set(families)) == len(families):
            out: list[str] = []
            # The types are disjoint, so the order is free: objects first (most returns).
            order = sorted(zip(branches, kinds, strict=True), key=lambda b: b[1] != "object")
            for index, (branch, kind) in enumerate(order):
                assert isinstance(kind, str)
                body = self.statements(branch, var, depth, f"{where}/{index}", own=own, known=kind)
                out += [f"{'if' if index == 0 else 'elif'} {_type_test(kind, var)}:"]
                out += _indent(body or ["pass"])
            return [*out, "else:", "    return False"]
        tests = [
            self.predicate(b, var, depth, f"{where}/{i}", own=own) for i, b in enumerate(branches)
        ]
        return [f"if not ({' or '.join(tests)}):", "    return False"]


_JSON_HELPER = f'''
def _json(value, depth):
    """Whether ``value`` (at ``depth``) has a JSON form; the free-form parts only."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int or kind is float:
        return _NMAX <= value <= _MAX  # within a double's range (NaN is not)
    if kind is dict:
        if depth >= {MAX_DEPTH}:
            return False
        for key, item in value.items():
            if type(key) is not str or not _json(item, depth + 1):
                return False
        return True
    if kind is list or kind is tuple:
        if depth >= {MAX_DEPTH}:
            return False
        for item in value:
            if not _json(item, depth + 1):
                return False
        return True
    return False
'''


def regex_functions(patterns: dict[str, str]) -> list[str]:
    """The search function of each pattern (pattern -> name), compiled on first use: importing
    the module compiles nothing.

    Each name is a module variable bound to a loader that rebinds it to the compiled search on
    its first call (a variable, not a ``def`` rebound by ``global``, so that the module also
    compiles with mypyc, which calls a ``def`` directly).
    """
    return [
        "\n".join(
            [
                f"def {name}_load(text):",
                f'    """Search ``text`` for {pattern!r} (compiled on first use)."""',
                f"    global {name}",
                "    import re",
                "",
                f"    {name} = re.compile({python_pattern(pattern)!r}).search",
                f"    return {name}(text)",
                "",
                "",
                f"{name} = {name}_load",
            ]
        )
        for pattern, name in patterns.items()
    ]


_WHOLE_HEAD = '''
def _unset(*args):
    """A hook not set yet (``function_return.core.validate`` sets them)."""
    raise NotImplementedError("set by function_return.core.validate")


_refused = _unset  # whole: the second look at a refused value (valid as the JSON it becomes?)
_lenient = _unset  # whole: the whole lenient check
_explain = _unset  # validate: raise the errors of a refused value, if it has any
_failed = _unset  # validate: the same for a value whose own methods raised (and the exception)
_lenient_validate = _unset  # validate: the lenient validate
'''


def _whole(name: str, body: list[str]) -> list[str]:
    """The whole checks of an entry, each in one call: ``whole`` (``function_return.is_valid``)
    and ``validate`` (``function_return.validate``).

    The entry's statements, each failure handing the value on (``_refused``: the second look
    at a value that may hold subclasses, judged as the JSON it becomes; ``_explain``: raise
    its errors), as does an exception from a subclass's own methods; ``lenient=True`` calls
    the lenient one.
    """

    def handed(call: str) -> list[str]:
        return [
            line[: len(line) - len(line.lstrip())] + f"return {call}(value)"
            if line.strip() == "return False"
            else line
            for line in body
        ]

    doc = (
        '    """Return True when ``value`` is valid under the schema and has a JSON form (judged '
        "as\n    the JSON it becomes when it holds subclasses); ``lenient``: the lenient check."
        '"""'
    )
    whole = [
        f"def {name}(value, *, lenient=False):",
        doc,
        "    if lenient:",
        "        return _lenient(value)",
        "    try:",
        *_indent(handed("_refused"), 2),
        "    except Exception:  # a subclass whose own methods fail",
        "        return _refused(value)",
        "    return True",
        "",
    ]
    validate = [
        "def validate(value, *, lenient=False):",
        '    """Return None when ``value`` is valid; raise its errors when it is not."""',
        "    if lenient:",
        "        return _lenient_validate(value)",
        "    try:",
        *_indent(handed("_explain"), 2),
        "    except Exception as error:  # a subclass whose own methods fail, or the errors",
        "        return _failed(value, error)",
        "    return None",
        "",
    ]
    return ["\n".join(whole), "\n".join(validate)]


def compile_module(entries: dict[str, Schema], whole: dict[str, str] | None = None) -> str:
    """Return the source of a module with one check function per entry.

    Args:
        entries: the name of each function to define, and the schema it checks.
        whole: for some entries, the name of their whole check too (``_whole``).

    Returns:
        Python source. Each function takes one value and returns True when it is valid under
        its schema and has a JSON form, False otherwise; it never raises on any input.
    """
    patterns: dict[str, str] = {}
    functions: list[str] = []
    helpers: list[str] = []
    for name, schema in entries.items():
        compiler = _Compiler(schema, name.strip("_"), patterns)
        body = compiler.statements(schema, "value", 0, "#", own=True)
        doc = '"""Return True when ``value`` is valid under the schema and has a JSON form."""'
        functions.append("\n".join([f"def {name}(value):", f"    {doc}", *_indent(body)]))
        functions[-1] += "\n    return True\n"
        if whole and name in whole:
            functions += _whole(whole[name], body)
        helpers += compiler.helpers
    regexes = regex_functions(patterns)
    head = [
        '"""Specialised validators of the contract: plain checks, no schema work at run time."""',
        "",
        "_MAX = 1.7976931348623157e308  # the largest double: a JSON number's largest magnitude",
        "_NMAX = -_MAX",
    ]
    parts = ["\n".join(head), *regexes, _JSON_HELPER.strip("\n"), *helpers]
    if whole:
        parts.append(_WHOLE_HEAD.strip("\n"))
    parts += functions
    return "\n\n".join(p.rstrip("\n") + "\n" for p in parts)
