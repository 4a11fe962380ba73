"""Static checking of function source: what each ``return`` gives, judged without running it.

A function file's entry point is the top-level function named like the file; its returns reach
the runtime, and so do the returns of a helper in the same file that it returns
(``return helper(...)``). Each such return is evaluated as far as the source says: literal
strings, numbers and containers fully; a dict with computed values by its keys and every
literal part; ``dict(key=...)`` calls; a local name bound once to a dict literal (as partly
known: keys may be added later). What cannot be known is left out of the judgement.

Besides schema errors (``FR001``) and lint (``FR1xx``), source has rules of its own:

- ``FR201`` ``return conv.say(...)``: ``say`` returns None.
- ``FR202`` ``conv.exit_flow()`` and then returning a ``transition``.
- ``FR203`` a return that breaks the contract in a function that other functions call through
  ``conv.functions.<name>(...)`` and use as data (never return directly): noted, not an error.
- ``FR204`` a function file with no function named like the file.

The end function's return is ignored by the runtime (``end_function.py``): not judged.
"""

from __future__ import annotations

import ast
import io
import os
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from function_return.authoring.lint import Finding, finding, lint_value
from function_return.core.jsontext import cannot_read_reason
from function_return.core.pointer import escape
from function_return.core.report import exit_code
from function_return.core.validate import errors, is_valid

if TYPE_CHECKING:
    from function_return.authoring.config import AgentConfig

IGNORED_RETURNS = frozenset({"end_function"})
"""Function files whose return the runtime ignores."""

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


class Unknown:
    """A part of a return that the source does not fix (a computed value)."""

    def __repr__(self) -> str:
        return "<computed>"


class UnknownStr(str):
    """A computed string (an f-string, a ``str.format``): its type is known, its text is not."""

    __slots__ = ()


class PartialDict(dict[str, Any]):
    """A dict that may hold keys the source does not show (``**spread``, later assignments)."""

    partial = True


@dataclass(frozen=True, slots=True)
class SourceFinding:
    """A finding at a place in a source file."""

    file: str
    line: int
    col: int
    finding: Finding

    def as_dict(self) -> dict[str, Any]:
        """The finding as a JSON object."""
        found = self.finding
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "code": found.code,
            "severity": found.severity,
            "path": found.path,
            "message": found.message,
            "hint": found.hint,
        }


@dataclass
class CheckReport:
    """What a static check found."""

    files: int = 0
    returns: int = 0
    findings: list[SourceFinding] = field(default_factory=list)
    unreadable: list[dict[str, Any]] = field(default_factory=list)

    def exit_code(self, *, strict: bool = False) -> int:
        """0 clean, 1 an error (or, with ``strict``, a warning), 2 a file unreadable."""
        failing = {"error", "warning"} if strict else {"error"}
        failed = any(f.finding.severity in failing for f in self.findings)
        return exit_code(unreadable=bool(self.unreadable), failed=failed)


@dataclass
class _Module:
    path: Path
    name: str
    tree: ast.Module
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]

    @property
    def entry(self) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        return self.functions.get(self.name)


def _expand(paths: list[str], report: CheckReport) -> Iterator[Path]:
    """The files ``paths`` name; a folder that cannot be read, or holds no ``.py`` file, is
    reported as unreadable (never skipped in silence)."""
    for path in paths:
        given = Path(path)
        if not given.is_dir():
            yield given
            continue
        failures: list[OSError] = []
        found: list[Path] = []
        for folder, _, names in os.walk(given, onerror=failures.append):
            found.extend(
                Path(folder, n) for n in names if n.endswith(".py") and Path(folder, n).is_file()
            )
        for failure in failures:
            message = f"cannot read: {cannot_read_reason(failure)}"
            report.unreadable.append(
                {"file": str(failure.filename or given), "line": None, "message": message}
            )
        if not found and not failures:
            report.unreadable.append(
                {"file": str(given), "line": None, "message": "holds no .py file"}
            )
        yield from sorted(found)


def _read(path: Path, report: CheckReport) -> _Module | None:
    try:
        source = path.read_bytes()
        # UTF-8, or the encoding a PEP 263 coding line declares, as Python reads source.
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        text = source.decode(encoding)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError) as exc:
        reason = exc.msg if isinstance(exc, SyntaxError) else cannot_read_reason(exc)  # type: ignore[arg-type]
        message = f"cannot read: {reason}"
        report.unreadable.append({"file": str(path), "line": None, "message": message})
        return None
    try:
        tree = ast.parse(text, filename=str(path))
    except (RecursionError, MemoryError):  # nested deeper than the compiler can go
        message = "not Python: too deeply nested to compile"
        report.unreadable.append({"file": str(path), "line": None, "message": message})
        return None
    except SyntaxError as exc:
        report.unreadable.append(
            {"file": str(path), "line": exc.lineno, "message": f"not Python: {exc.msg}"}
        )
        return None
    except ValueError as exc:  # null bytes, on Python versions that do not say SyntaxError
        report.unreadable.append({"file": str(path), "line": None, "message": f"not Python: {exc}"})
        return None
    functions = {n.name: n for n in tree.body if isinstance(n, _FUNCTIONS)}
    return _Module(path, path.stem, tree, functions)


def _walk(node: ast.AST) -> Iterator[ast.AST]:
    """Every node inside a function's body, not entering nested functions or classes."""
    stack = list(ast.iter_child_nodes(node))
    while stack:
        child = stack.pop()
        yield child
        if not isinstance(child, _SCOPES):
            stack.extend(ast.iter_child_nodes(child))


def _callee(call: ast.AST) -> str | None:
    """``X`` for a call ``<anything>.functions.X(...)`` (``conv.functions``, ``flow.functions``)."""
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Attribute)
        and call.func.value.attr == "functions"
    ):
        return call.func.attr
    return None


def _is_conv_call(node: ast.AST, method: str) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == method
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "conv"
    )


def check_files(
    paths: list[str], *, config: AgentConfig | None = None, lenient: bool = False
) -> CheckReport:
    """Check every Python file in ``paths`` (folders are searched for ``*.py``)."""
    report = CheckReport()
    modules = []
    for path in _expand(paths, report):
        module = _read(path, report)
        if module is not None:
            report.files += 1
            modules.append(module)
    used_as_data, returned = _calls(modules)
    for module in modules:
        _check_module(module, report, config, lenient, used_as_data, returned)
    report.findings.sort(key=lambda f: (f.file, f.line, f.col, f.finding.code, f.finding.path))
    return report


def _calls(modules: list[_Module]) -> tuple[dict[tuple[Path, str], str], set[tuple[Path, str]]]:
    """Which functions others call through ``conv.functions``: as data, and returned directly.

    Keys are (folder, function name): a callee is looked up in its caller's folder.
    """
    as_data: dict[tuple[Path, str], str] = {}
    returned: set[tuple[Path, str]] = set()
    for module in modules:
        folder = module.path.parent
        direct = set()
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Return) and node.value is not None:
                name = _callee(node.value)
                if name is not None:
                    returned.add((folder, name))
                    direct.add(id(node.value))
        for node in ast.walk(module.tree):
            name = _callee(node)
            if name is not None and id(node) not in direct:
                as_data.setdefault((folder, name), module.path.name)
    return as_data, returned


def _check_module(
    module: _Module,
    report: CheckReport,
    config: AgentConfig | None,
    lenient: bool,
    used_as_data: dict[tuple[Path, str], str],
    returned: set[tuple[Path, str]],
) -> None:
    file = str(module.path)
    if module.name == "__init__" or module.name in IGNORED_RETURNS:
        return
    entry = module.entry
    if entry is None:
        names = ", ".join(module.functions) or "none"
        report.findings.append(
            SourceFinding(
                file,
                1,
                1,
                finding(
                    "FR204",
                    "",
                    f"no function named {module.name}() in {module.path.name}: "
                    f"the platform calls the function named like the file (top-level: {names})",
                    f"rename the entry point to {module.name}, or the file",
                ),
            )
        )
        return
    key = (module.path.parent, module.name)
    data_caller = used_as_data.get(key) if key not in returned else None
    for function in _reaching(module, entry):
        for node in _walk(function):
            if isinstance(node, ast.Return):
                report.returns += 1
                for found in _judge(node, function, config, lenient, data_caller):
                    report.findings.append(
                        SourceFinding(file, node.lineno, node.col_offset + 1, found)
                    )


def _reaching(
    module: _Module, entry: ast.FunctionDef | ast.AsyncFunctionDef
) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The entry point and the helpers of the same file whose returns it returns."""
    found = [entry]
    seen = {entry.name}
    index = 0
    while index < len(found):
        for node in _walk(found[index]):
            if (
                isinstance(node, ast.Return)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id in module.functions
                and node.value.func.id not in seen
            ):
                seen.add(node.value.func.id)
                found.append(module.functions[node.value.func.id])
        index += 1
    return found


def _judge(
    node: ast.Return,
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    config: AgentConfig | None,
    lenient: bool,
    data_caller: str | None,
) -> Iterator[Finding]:
    expr = node.value
    if expr is not None and _is_conv_call(expr, "say"):
        yield finding(
            "FR201",
            "",
            "conv.say(...) returns None, so the function returns no instruction",
            'call conv.say(...) on its own line, or return {"utterance": ...}',
        )
        return
    for value in _alternatives(expr, function):
        if isinstance(value, Unknown):
            continue
        problems = _schema_errors(value, lenient)
        if problems and data_caller is not None:
            yield finding(
                "FR203",
                "",
                f"not a contract return, but {data_caller} calls this function through "
                "conv.functions and uses what it returns as data",
                "fine for data; where a caller returns it to the runtime, it is checked",
            )
            continue
        for error in problems:
            yield finding("FR001", error.path, error.message, f"schema rule {error.schema_path}")
        yield from lint_value(value, config, unknown_keys=lenient)
        if isinstance(value, dict) and "transition" in value and _exits_flow_before(node, function):
            yield finding(
                "FR202",
                "/transition",
                "conv.exit_flow() was called, then a transition is returned",
                "do one or the other: exit the flow, or return the transition",
            )


def _exits_flow_before(node: ast.Return, function: ast.AST) -> bool:
    """Whether a ``conv.exit_flow()`` statement runs before ``node`` on every path to it.

    Only statements earlier in the same block, or in a block that holds it, count: a call in
    another branch, or inside a condition, does not.
    """
    parents = {
        id(child): parent
        for parent in [function, *_walk(function)]
        for child in ast.iter_child_nodes(parent)
    }
    current: ast.AST = node
    while current is not function:
        parent = parents[id(current)]
        for _name, block in ast.iter_fields(parent):
            if isinstance(block, list) and any(item is current for item in block):
                earlier = block[: next(i for i, item in enumerate(block) if item is current)]
                if any(
                    isinstance(stmt, ast.Expr) and _is_conv_call(stmt.value, "exit_flow")
                    for stmt in earlier
                ):
                    return True
        current = parent
    return False


def _schema_errors(value: Any, lenient: bool) -> list[Any]:
    """The schema errors of a partly known value that the known parts alone cause."""
    unknown = dict(_unknown_paths(value))
    if not unknown and is_valid(value, lenient=lenient):
        return []
    kept = []
    for error in errors(_placeholders(value), lenient=lenient):
        if any(error.path.startswith(p + "/") for p, k in unknown.items() if k != "partial"):
            continue
        kind = unknown.get(error.path)
        if kind == "value" and error.keyword not in ("additionalProperties", "propertyNames"):
            continue
        if kind == "string" and error.keyword != "type":
            continue
        if kind == "partial" and error.keyword in ("required", "minProperties", "not", "anyOf"):
            continue
        kept.append(error)
    return kept


def _placeholders(value: Any) -> Any:
    """``value`` with each computed part as ``null``: JSON, wrong wherever it stands."""
    if isinstance(value, Unknown):
        return None
    if isinstance(value, dict):
        return {key: _placeholders(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_placeholders(item) for item in value]
    return value


def _unknown_paths(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, Unknown):
        yield path, "value"
    elif isinstance(value, UnknownStr):
        yield path, "string"
    elif isinstance(value, dict):
        if isinstance(value, PartialDict):
            yield path, "partial"
        for key, item in value.items():
            yield from _unknown_paths(item, f"{path}/{escape(key)}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unknown_paths(item, f"{path}/{index}")


def _alternatives(expr: ast.expr | None, function: ast.AST) -> list[Any]:
    """What the returned expression may be: both arms of ``a if c else b``, else one value."""
    if isinstance(expr, ast.IfExp):
        return [*_alternatives(expr.body, function), *_alternatives(expr.orelse, function)]
    return [_Evaluator(function).value(expr)]


class _Evaluator:
    """Evaluates an expression as far as the source fixes it."""

    def __init__(self, function: ast.AST) -> None:
        self.function = function
        self.depth = 0

    def value(self, node: ast.expr | None) -> Any:
        if node is None:
            return None
        self.depth += 1
        try:
            if self.depth > 50:
                return Unknown()
            return self._value(node)
        finally:
            self.depth -= 1

    def _value(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Constant):
            return Unknown() if node.value is Ellipsis else node.value
        if isinstance(node, ast.JoinedStr):
            return UnknownStr()
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            inner = self.value(node.operand)
            number = isinstance(inner, (int, float)) and not isinstance(inner, bool)
            return -inner if number else Unknown()
        if isinstance(node, ast.Dict):
            return self._dict(node)
        if isinstance(node, (ast.List, ast.Tuple)):
            if any(isinstance(e, ast.Starred) for e in node.elts):
                return Unknown()
            return [self.value(e) for e in node.elts]
        if isinstance(node, ast.Set):
            return set()
        if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
            return Unknown()
        if isinstance(node, ast.Call):
            return self._call(node)
        if isinstance(node, ast.BinOp) and self._is_string(node):
            return UnknownStr()
        if isinstance(node, ast.Name):
            return self._name(node)
        return Unknown()

    def _is_string(self, node: ast.BinOp) -> bool:
        sides = (node.left, node.right) if isinstance(node.op, ast.Add) else (node.left,)
        if not isinstance(node.op, (ast.Add, ast.Mod)):
            return False
        return any(
            isinstance(side, ast.JoinedStr)
            or (isinstance(side, ast.Constant) and isinstance(side.value, str))
            for side in sides
        )

    def _dict(self, node: ast.Dict) -> Any:
        result: dict[str, Any] = {}
        partial = False
        for key, item in zip(node.keys, node.values, strict=True):
            if key is None:  # {**spread}
                partial = True
                continue
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                result[key.value] = self.value(item)
            else:
                partial = True  # a computed key
        return PartialDict(result) if partial else result

    def _call(self, node: ast.Call) -> Any:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "dict" and not node.args:
            result = {}
            partial = False
            for keyword in node.keywords:
                if keyword.arg is None:
                    partial = True
                else:
                    result[keyword.arg] = self.value(keyword.value)
            return PartialDict(result) if partial else result
        if isinstance(func, ast.Name) and func.id == "str":
            return UnknownStr()
        literal = isinstance(func, ast.Attribute) and isinstance(
            func.value, (ast.Constant, ast.JoinedStr)
        )
        if literal and isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
            return UnknownStr()
        return Unknown()

    def _name(self, node: ast.Name) -> Any:
        """A local bound exactly once, to a dict literal: partly known (keys may be added)."""
        bound = [
            n
            for n in _walk(self.function)
            if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.NamedExpr))
            and any(
                isinstance(t, ast.Name) and t.id == node.id
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            )
        ]
        if len(bound) != 1 or not isinstance(bound[0], (ast.Assign, ast.AnnAssign)):
            return Unknown()
        source = bound[0].value
        if not isinstance(source, ast.Dict):
            return Unknown()
        known = self.value(source)
        return PartialDict(known) if isinstance(known, dict) else Unknown()
