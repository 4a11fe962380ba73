"""Static checking of function source: what each ``return`` gives, judged without running it.

A function file's entry point is the top-level function named like the file; its returns reach
the runtime, and so do the returns of a function it returns: a helper of the same file or one
imported from another file (``return helper(...)``), and a function called through
``conv.functions.X(...)`` (looked up in the project's ``functions/``) or ``flow.functions.X(...)``
(the flow's ``functions/``). Outside that layout, a callee is looked up in its caller's folder.
A helper is judged on its own, and again with the arguments of each call that returns it.

Each function body is followed statement by statement, path by path (up to ``MAX_PATHS``, then
the paths are joined; past ``PATH_BUDGET``, at every step): a local dict, under every name
and inside every dict that holds it, is followed through ``r[k] = v``, ``update``, ``pop``,
``del``, ``setdefault``, ``clear``, ``|=``, ``dict(...)``, ``{**a, ...}``, and through ``if``,
loops (run none or once), ``try`` and ``match``. Each path that reaches a return is judged on
its own; where paths are joined, a key keeps its value only when every path agrees on it.
A value the source does not fix is left out of the judgement: an unknown value, or a computed
one of a known type (an f-string, a comparison, ``len(...)``, ``amount * 1.1``), whose type alone
is judged. A dict passed to a call that may change it (not a log, not ``len``) is unknown from
then on.

``conv.say(...)`` before a return counts as the utterance for the rules about speech
(``FR101``, ``FR103``, ``FR108``). Actions such as ``flow.goto_step(...)`` and
``conv.goto_flow(...)`` return None (the platform's actions give no value).

Each return is *judged* (every part known), *partly judged*, or *not judged* (nothing known),
with the reason (``conv.functions.transfer_call(...) result``, ``parameter amount``, ...).

Besides schema errors (``FR001``) and lint (``FR1xx``), source has rules of its own:

- ``FR201`` ``return conv.say(...)``: ``say`` returns None.
- ``FR202`` ``conv.exit_flow()`` and then returning a ``transition``.
- ``FR203`` a return that breaks the contract in a function that other functions call through
  ``conv.functions.<name>(...)`` and use as data (never return directly): noted, not an error.
- ``FR204`` a function file with no function named like the file (a file whose functions other
  files import is a helper module, not a function file).

The end function's return is ignored by the runtime (``end_function.py``): not judged.
Findings point at the offending key (or value) where the source shows it, else at the return.
"""

from __future__ import annotations

import ast
import copy
import io
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from function_return.authoring.lint import Finding, finding, lint_value
from function_return.core.files import find_files
from function_return.core.jsontext import cannot_read_reason
from function_return.core.pointer import escape
from function_return.core.report import exit_code
from function_return.core.validate import errors, is_valid

if TYPE_CHECKING:
    from function_return.authoring.config import AgentConfig

IGNORED_RETURNS = frozenset({"end_function"})
"""Function files whose return the runtime ignores."""

MAX_PATHS = 16
"""Paths followed through one function before they are joined into one."""

PATH_BUDGET = 5000
"""Statements times paths followed in one function; past it, paths are joined at every step
(a very long function is judged on the join of its paths, in bounded time)."""

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
Function = ast.FunctionDef | ast.AsyncFunctionDef
Where = tuple[int, int]
Status = Literal["judged", "partly", "not judged"]

# Calls whose result has a known type, by the called name (a builtin or a method).
_STRING_CALLS = frozenset(
    {"str", "format", "join", "upper", "lower", "strip", "lstrip", "rstrip", "title"}
    | {"capitalize", "replace", "casefold", "zfill", "center", "ljust", "rjust"}
)
_BOOL_CALLS = frozenset(
    {"bool", "isinstance", "issubclass", "callable", "hasattr", "any", "all", "startswith"}
    | {"endswith", "isdigit", "isalpha", "isalnum", "isnumeric", "isdecimal", "isspace"}
    | {"islower", "isupper", "istitle", "isidentifier", "isascii"}
)
_NUMBER_CALLS = frozenset({"len", "int", "float", "round", "abs", "sum", "count", "find"})
# conv / flow actions: side effects that return None.
_ACTIONS = frozenset(
    {"say", "goto_flow", "exit_flow", "goto_step", "set_variant", "set_language", "set_voice"}
    | {"call_handoff", "set_asr_biasing", "clear_asr_biasing", "send_sms", "write_metric"}
    | {"discard_recording", "goto_csat_flow", "generate_external_event", "add_attachments"}
    | {"set_response_suggestions", "send_content_template"}
)
# Calls that read a dict passed to them and never change it.
_READERS = frozenset(
    {"len", "str", "repr", "print", "bool", "list", "sorted", "dumps", "info", "warning"}
    | {"error", "debug", "exception", "critical", "log", "isinstance", "dict", "any", "all"}
)


class Unknown:
    """A part of a return that the source does not fix, and why (``reason``)."""

    __slots__ = ("reason",)

    def __init__(self, reason: str = "computed") -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"<{self.reason}>"

    def __deepcopy__(self, memo: dict[int, Any]) -> Unknown:
        return self  # never changed once made


class Typed(Unknown):
    """A computed value of a known JSON type (``string``, ``boolean`` or ``number``)."""

    __slots__ = ("kind",)
    PLACEHOLDERS: ClassVar[dict[str, Any]] = {"string": "", "boolean": False, "number": 0}

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind


class Via(Unknown):
    """What a called function returns: judged through that function when it is found."""

    __slots__ = ("bound", "target")

    def __init__(
        self,
        reason: str,
        target: tuple[Path, str] | None,
        bound: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(reason)
        self.target = target
        self.bound = bound  # a helper's parameters as the call gives them

    @property
    def contextual(self) -> bool:
        """Whether the helper is judged with the arguments of this call (some are known)."""
        values = (self.bound or {}).values()
        return any(not isinstance(v, Unknown) or isinstance(v, Typed) for v in values)


class PartialDict(dict[str, Any]):
    """A dict as the source builds it: ``partial`` when it may hold keys the source does not
    show (``**spread``, a computed key, a call that may add keys); ``where`` is each key's
    place in the source."""

    def __init__(
        self, *args: Any, partial: bool = False, where: dict[str, Where] | None = None
    ) -> None:
        super().__init__(*args)
        self.partial = partial
        self.where: dict[str, Where] = dict(where or {})
        self.unseen = ""  # why keys may be out of sight
        self.escaped = (
            ""  # why nothing is known of it any more (passed to a call that may change it)
        )

    def copy(self) -> PartialDict:
        copied = PartialDict(self, partial=self.partial, where=self.where)
        copied.unseen, copied.escaped = self.unseen, self.escaped
        return copied

    def __deepcopy__(self, memo: dict[int, Any]) -> PartialDict:
        copied = PartialDict(partial=self.partial, where=self.where)
        memo[id(self)] = copied
        for key, item in self.items():
            copied[key] = copy.deepcopy(item, memo)
        copied.unseen, copied.escaped = self.unseen, self.escaped
        return copied

    def open(self, why: str) -> None:
        """Mark that keys may be there that the source does not show, and why."""
        if not self.partial:
            self.partial, self.unseen = True, why

    def take(self, other: Any) -> None:
        """Add what another dict holds (its keys, places, and unseen keys) to this one."""
        self.update(other)
        self.where.update(getattr(other, "where", {}))
        if getattr(other, "partial", False):
            self.open(getattr(other, "unseen", ""))


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


@dataclass(frozen=True, slots=True)
class Unjudged:
    """A return that is not (or not wholly) judged, and why."""

    file: str
    line: int
    col: int
    status: Status
    reason: str

    def as_dict(self) -> dict[str, Any]:
        """The return as a JSON object."""
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "status": self.status,
            "reason": self.reason,
        }


@dataclass
class CheckReport:
    """What a static check found."""

    files: int = 0
    returns: int = 0
    judged: int = 0
    partly: int = 0
    not_judged: int = 0
    findings: list[SourceFinding] = field(default_factory=list)
    unjudged: list[Unjudged] = field(default_factory=list)
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
    functions: dict[str, Function]

    @property
    def entry(self) -> Function | None:
        return self.functions.get(self.name)

    @property
    def root(self) -> Path | None:
        """The project root, where the file sits in the platform's layout."""
        parents = self.path.parents
        folder = self.path.parent.name
        in_flow = len(parents) > 3 and parents[2].name == "flows"  # flows/<flow>/functions/x.py
        if folder in ("functions", "function_steps") and in_flow:
            return parents[3]
        if self.path.parent.name == "functions" and len(parents) > 1:
            return parents[1]
        return None

    @property
    def flow(self) -> Path | None:
        """The flow's folder, for a flow function or a function step."""
        root = self.root
        return self.path.parents[1] if root is not None and root != self.path.parents[1] else None


@dataclass
class _State:
    """One path through a function: the locals it has bound and the actions it has taken."""

    env: dict[str, Any]
    said: bool = False
    exited: bool = False

    def copy(self) -> _State:
        """Another path from here: its own values, with the same names for the same dicts."""
        return _State(copy.deepcopy(self.env), self.said, self.exited)


@dataclass
class _Return:
    node: ast.Return
    # each path's value, whether conv.say ran, whether conv.exit_flow ran, where the value is
    paths: list[tuple[Any, bool, bool, Where]] = field(default_factory=list)


def _expand(paths: list[str], report: CheckReport) -> Iterator[Path]:
    """The files ``paths`` name; a folder that cannot be read, or holds no ``.py`` file, is
    reported as unreadable (never skipped in silence)."""
    for path in paths:
        given = Path(path)
        if not given.is_dir():
            yield given
            continue
        found, failures = find_files(str(given), (".py",))
        for failure in failures:
            message = f"cannot read: {cannot_read_reason(failure)}"
            report.unreadable.append(
                {"file": str(failure.filename or given), "line": None, "message": message}
            )
        if not found and not failures:
            report.unreadable.append(
                {"file": str(given), "line": None, "message": "holds no .py file"}
            )
        yield from sorted(map(Path, found))


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


def _dotted(node: ast.AST) -> str | None:
    """``a.b.c`` for a chain of attributes on a name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base is not None else None
    return None


def _is_conv_call(node: ast.AST, method: str) -> bool:
    return isinstance(node, ast.Call) and _dotted(node.func) == f"conv.{method}"


def _at(node: ast.AST) -> Where:
    return node.lineno, node.col_offset + 1  # type: ignore[attr-defined]


class _Project:
    """The modules checked together, and where a called function lives."""

    def __init__(self, modules: list[_Module]) -> None:
        self.modules = modules
        self.by_path = {m.path.resolve(): m for m in modules}
        self.imports: dict[Path, dict[str, tuple[Path, str]]] = {
            m.path.resolve(): self._imports(m) for m in modules
        }
        self.imported = {target[0] for names in self.imports.values() for target in names.values()}

    def _module_at(self, path: Path) -> _Module | None:
        return self.by_path.get(path.resolve())

    def _imports(self, module: _Module) -> dict[str, tuple[Path, str]]:
        """Local name -> (file, function) for ``from X import f`` of a checked file."""
        found: dict[str, tuple[Path, str]] = {}
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.ImportFrom) or (node.module is None and not node.level):
                continue
            parts = (node.module or "").split(".") if node.module else []
            bases: list[Path] = []
            if node.level:
                base = module.path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                bases.append(base)
            else:
                if module.root is not None:
                    bases.append(module.root)
                bases.append(module.path.parent)
            for base in bases:
                candidate = base.joinpath(*parts).with_suffix(".py") if parts else None
                target = self._module_at(candidate) if candidate is not None else None
                if target is None:
                    continue
                for alias in node.names:
                    if alias.name in target.functions:
                        found[alias.asname or alias.name] = (target.path.resolve(), alias.name)
                break
        return found

    def callee(self, module: _Module, call: ast.AST) -> Via | None:
        """What a call to another function gives, with where that function is (if found)."""
        if not isinstance(call, ast.Call):
            return None
        name = _dotted(call.func)
        if name is None:
            return None
        parts = name.split(".")
        if len(parts) == 3 and parts[1] == "functions" and parts[0] in ("conv", "flow"):
            folder: Path | None
            if parts[0] == "conv":
                root = module.root
                folder = root / "functions" if root is not None else module.path.parent
            else:
                flow = module.flow
                folder = flow / "functions" if flow is not None else module.path.parent
            target = self._module_at(folder / f"{parts[2]}.py")
            if target is None or target.entry is None:
                return Via(f"{name}(...) result ({parts[2]} not found)", None)
            return Via(f"{name}(...) result", (target.path.resolve(), parts[2]))
        if len(parts) == 1:
            if name in module.functions:
                return Via(f"{name}(...) result", (module.path.resolve(), name))
            imported = self.imports[module.path.resolve()].get(name)
            if imported is not None:
                return Via(f"{name}(...) result", imported)
        return None

    def function(self, target: tuple[Path, str]) -> tuple[_Module, Function]:
        module = self.by_path[target[0]]
        return module, module.functions[target[1]]


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
    _Checker(_Project(modules), report, config, lenient).run()
    unique = {(f.file, f.line, f.col, f.finding.code, f.finding.path): f for f in report.findings}
    report.findings = sorted(
        unique.values(), key=lambda f: (f.file, f.line, f.col, f.finding.code, f.finding.path)
    )
    report.unjudged.sort(key=lambda u: (u.file, u.line, u.col))
    return report


class _Checker:
    def __init__(
        self,
        project: _Project,
        report: CheckReport,
        config: AgentConfig | None,
        lenient: bool,
    ) -> None:
        self.project = project
        self.report = report
        self.config = config
        self.lenient = lenient
        self.analysed: dict[tuple[Path, str], list[_Return]] = {}
        self.statuses: dict[tuple[Path, str], Status | None] = {}
        self.depth = 0  # helpers followed with a call's arguments, one inside another
        self.called: dict[int, list[_Return]] = {}

    def returns(self, target: tuple[Path, str]) -> list[_Return]:
        if target not in self.analysed:
            module, function = self.project.function(target)
            self.analysed[target] = _Interpreter(self.project, module, function).run()
        return self.analysed[target]

    def run(self) -> None:
        project = self.project
        contract: list[tuple[Path, str]] = []
        for module in project.modules:
            if module.name == "__init__" or module.name in IGNORED_RETURNS:
                continue
            if module.entry is None:
                if module.path.resolve() not in project.imported:
                    self._no_entry(module)
                continue
            contract.append((module.path.resolve(), module.name))
        # The functions whose returns reach the runtime: entries, and what they return.
        as_data: dict[tuple[Path, str], str] = {}
        returned: set[tuple[Path, str]] = set()
        reaching = list(contract)
        seen = set(reaching)
        index = 0
        while index < len(reaching):
            target = reaching[index]
            index += 1
            for record in self.returns(target):
                for value, _said, _exited, _where in record.paths:
                    if isinstance(value, Via) and value.target is not None:
                        returned.add(value.target)
                        if value.target not in seen:
                            seen.add(value.target)
                            reaching.append(value.target)
        for module in project.modules:
            direct = set()
            for node in ast.walk(module.tree):
                if isinstance(node, ast.Return) and node.value is not None:
                    direct.add(id(node.value))
            for node in ast.walk(module.tree):
                via = project.callee(module, node)
                if via is None or via.target is None or id(node) in direct:
                    continue
                if via.reason.startswith(("conv.", "flow.")):  # conv.functions.X: as data
                    as_data.setdefault(via.target, module.path.name)
        for target in reaching:
            data_caller = as_data.get(target) if target not in returned else None
            self._judge_function(target, data_caller)

    def _no_entry(self, module: _Module) -> None:
        names = ", ".join(module.functions) or "none"
        self.report.findings.append(
            SourceFinding(
                str(module.path),
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

    def status(self, target: tuple[Path, str]) -> Status | None:
        """How far the returns of a function are judged (None while it is being worked out)."""
        if target in self.statuses:
            return self.statuses[target]
        self.statuses[target] = None
        kinds = {self._return_status(r)[0] for r in self.returns(target)}
        status: Status = "not judged" if not kinds or kinds == {"not judged"} else _combine(kinds)
        self.statuses[target] = status
        return status

    def through(self, via: Via) -> list[_Return] | None:
        """The returns of a helper run with the arguments of one call (None: not that way)."""
        if not via.contextual or via.target is None or self.depth >= 3:
            return None
        if id(via) not in self.called:  # the Via lives in its record: its id stays its own
            module, function = self.project.function(via.target)
            self.called[id(via)] = _Interpreter(self.project, module, function, via.bound).run()
        return self.called[id(via)]

    def _return_status(self, record: _Return) -> tuple[Status, str]:
        kinds: list[Status] = []
        reasons: list[str] = []
        for value, _said, _exited, _where in record.paths:
            called = self.through(value) if isinstance(value, Via) else None
            if called is not None and isinstance(value, Via) and value.target is not None:
                self.depth += 1
                try:
                    inner = [self._return_status(r) for r in called]
                finally:
                    self.depth -= 1
                combined: Status = _combine({k for k, _ in inner}) if inner else "not judged"
                if combined != "judged":
                    why = ", ".join(dict.fromkeys(r for _, r in inner if r))
                    reasons.append(f"{value.reason}: {why}")
                kinds.append(combined)
                continue
            if isinstance(value, Via) and value.target is not None:
                through = self.status(value.target)
                kind: Status = "not judged" if through is None else through
                if kind != "judged":
                    reasons.append(f"{value.reason}, {kind} in {value.target[0].name}")
                kinds.append(kind)
                continue
            if isinstance(value, Unknown) and not isinstance(value, Typed):
                kinds.append("not judged")
                reasons.append(value.reason)
                continue
            unknown = [reason for _, reason in _unknowns(value)]
            kinds.append("partly" if unknown else "judged")
            reasons.extend(unknown)
        return _combine(set(kinds)), ", ".join(dict.fromkeys(reasons))

    def _judge_function(self, target: tuple[Path, str], data_caller: str | None) -> None:
        report = self.report
        file = str(self.project.by_path[target[0]].path)
        for record in self.returns(target):
            report.returns += 1
            status, reason = self._return_status(record)
            if status == "judged":
                report.judged += 1
            elif status == "partly":
                report.partly += 1
            else:
                report.not_judged += 1
            if status != "judged":
                line, col = _at(record.node)
                report.unjudged.append(Unjudged(file, line, col, status, reason))
            self._record(file, record, data_caller)

    def _record(self, file: str, record: _Return, data_caller: str | None) -> None:
        """Report the findings of one return, and of helpers it returns with known arguments."""
        for where, item in self._judge(record, data_caller):
            self.report.findings.append(SourceFinding(file, where[0], where[1], item))
        for value, *_ in record.paths:
            called = self.through(value) if isinstance(value, Via) else None
            if called is None or not isinstance(value, Via) or value.target is None:
                continue
            helper_file = str(self.project.by_path[value.target[0]].path)
            self.depth += 1
            try:
                for inner in called:
                    self._record(helper_file, inner, None)
            finally:
                self.depth -= 1

    def _judge(self, record: _Return, data_caller: str | None) -> Iterator[tuple[Where, Finding]]:
        node = record.node
        at = _at(node)
        if node.value is not None and _is_conv_call(node.value, "say"):
            yield (
                at,
                finding(
                    "FR201",
                    "",
                    "conv.say(...) returns None, so the function returns no instruction",
                    'call conv.say(...) on its own line, or return {"utterance": ...}',
                ),
            )
            return
        for value, said, exited, at in record.paths:
            if isinstance(value, Unknown) and not isinstance(value, Typed):
                continue
            problems = _schema_errors(value, self.lenient)
            if problems and data_caller is not None:
                yield (
                    _at(node),
                    finding(
                        "FR203",
                        "",
                        f"not a contract return, but {data_caller} calls this function through "
                        "conv.functions and uses what it returns as data",
                        "fine for data; where a caller returns it to the runtime, it is checked",
                    ),
                )
                continue
            for error in problems:
                yield (
                    _locate(value, error.path, at),
                    finding("FR001", error.path, error.message, f"schema rule {error.schema_path}"),
                )
            for item in lint_value(value, self.config, unknown_keys=self.lenient, said=said):
                yield _locate(value, item.path, at), item
            if isinstance(value, dict) and "transition" in value and exited:
                yield (
                    _locate(value, "/transition", at),
                    finding(
                        "FR202",
                        "/transition",
                        "conv.exit_flow() was called, then a transition is returned",
                        "do one or the other: exit the flow, or return the transition",
                    ),
                )


def _combine(kinds: set[Status]) -> Status:
    if kinds == {"judged"}:
        return "judged"
    if kinds == {"not judged"}:
        return "not judged"
    return "partly"


def _locate(value: Any, pointer: str, default: Where) -> Where:
    """The place in the source of the deepest key of ``pointer`` that the source shows."""
    where = default
    current = value
    for part in pointer.split("/")[1:]:
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(current, PartialDict) and key in current:
            where = current.where.get(key, where)
            current = current[key]
        elif isinstance(current, list) and key.isdigit() and int(key) < len(current):
            current = current[int(key)]
        else:
            break
    return where


def _unknowns(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, reason) of every part of ``value`` the source does not fix."""
    if isinstance(value, Typed):
        return
    if isinstance(value, Unknown):
        yield path, value.reason
    elif isinstance(value, dict):
        if getattr(value, "partial", False):
            why = getattr(value, "unseen", "") or "keys out of sight"
            yield path, why if not path else f"{path}: {why}"
        for key, item in value.items():
            yield from _unknowns(item, f"{path}/{escape(key)}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unknowns(item, f"{path}/{index}")


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
        if isinstance(kind, Typed):
            if error.keyword != "type":
                continue
            expected = error.message.split("; got ")[0]
            error = _with_message(error, f"{expected}; got a computed {kind.kind} ({kind.reason})")
        if kind == "partial" and error.keyword in ("required", "minProperties", "not", "anyOf"):
            continue
        kept.append(error)
    return kept


def _with_message(error: Any, message: str) -> Any:
    from dataclasses import replace

    return replace(error, message=message)


def _placeholders(value: Any) -> Any:
    """``value`` with each computed part as ``null`` (wrong wherever it stands), or as a value
    of its type where the type is known."""
    if isinstance(value, Typed):
        return Typed.PLACEHOLDERS[value.kind]
    if isinstance(value, Unknown):
        return None
    if isinstance(value, dict):
        return {key: _placeholders(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_placeholders(item) for item in value]
    return value


def _unknown_paths(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, Typed):
        yield path, value
    elif isinstance(value, Unknown):
        yield path, "value"
    elif isinstance(value, dict):
        if getattr(value, "partial", False):
            yield path, "partial"
        for key, item in value.items():
            yield from _unknown_paths(item, f"{path}/{escape(key)}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unknown_paths(item, f"{path}/{index}")


def _join(values: list[Any]) -> Any:
    """One value for several paths: what every path agrees on."""
    first = values[0]
    if all(_same(first, other) for other in values[1:]):
        return first
    if all(isinstance(v, dict) for v in values):
        keys = set(first).intersection(*values[1:])
        joined = PartialDict(
            {k: _join([v[k] for v in values]) for k in first if k in keys},
            where=getattr(first, "where", {}),
        )
        if any(getattr(v, "partial", False) for v in values) or any(set(v) != keys for v in values):
            joined.open("keys differ by path")
        return joined
    if all(isinstance(v, Typed) for v in values) and len({v.kind for v in values}) == 1:
        return first
    return Unknown("differs by path")


def _same(a: Any, b: Any) -> bool:
    if a is b:
        return True
    if isinstance(a, Unknown) or isinstance(b, Unknown):
        return a is b
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (
            getattr(a, "partial", False) == getattr(b, "partial", False)
            and a.keys() == b.keys()
            and all(_same(a[k], b[k]) for k in a)
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _join_states(states: list[_State]) -> _State:
    names = set(states[0].env).intersection(*(s.env for s in states[1:]))
    env = {name: _join([s.env[name] for s in states]) for name in names}
    return _State(env, all(s.said for s in states), all(s.exited for s in states))


class _Loop:
    def __init__(self) -> None:
        self.breaks: list[_State] = []
        self.continues: list[_State] = []


class _Interpreter:
    """Follows one function's body path by path and records what each return gives."""

    def __init__(
        self,
        project: _Project,
        module: _Module,
        function: Function,
        bound: dict[str, Any] | None = None,
    ) -> None:
        self.project = project
        self.module = module
        self.function = function
        self.bound = bound or {}
        self.steps = 0
        self.records: dict[int, _Return] = {}
        self.loops: list[_Loop] = []
        self.depth = 0

    def run(self) -> list[_Return]:
        env: dict[str, Any] = {}
        args = self.function.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            env[arg.arg] = Unknown(f"parameter {arg.arg}")
        for extra in (args.vararg, args.kwarg):
            if extra is not None:
                env[extra.arg] = Unknown(f"parameter {extra.arg}")
        env.update(self.bound)
        self.block(self.function.body, [_State(env)])
        # Returns the paths never reach (after an unconditional return) still count.
        for node in _walk(self.function):
            if isinstance(node, ast.Return) and id(node) not in self.records:
                self.records[id(node)] = _Return(
                    node, [(Unknown("unreachable"), False, False, _at(node))]
                )
        return sorted(self.records.values(), key=lambda r: (r.node.lineno, r.node.col_offset))

    # statements

    def block(self, body: list[ast.stmt], states: list[_State]) -> list[_State]:
        for stmt in body:
            if not states:
                break
            self.steps += len(states)
            states = self.stmt(stmt, states)
            limit = MAX_PATHS if self.steps < PATH_BUDGET else 1
            if len(states) > limit:
                states = [_join_states(states)]
        return states

    def stmt(self, node: ast.stmt, states: list[_State]) -> list[_State]:
        if isinstance(node, ast.Return):
            record = self.records.setdefault(id(node), _Return(node))
            for state in states:
                for expr in _arms(node.value):
                    where = _at(expr) if expr is not None else _at(node)
                    value = _settled(self.value(expr, state))
                    record.paths.append((value, state.said, state.exited, where))
            return []
        if isinstance(node, ast.Raise):
            return []
        if isinstance(node, (ast.Break, ast.Continue)):
            if self.loops:
                loop = self.loops[-1]
                (loop.breaks if isinstance(node, ast.Break) else loop.continues).extend(states)
            return []
        if isinstance(node, ast.If):
            # A path the test rules out (a name known to be None, say) is not followed.
            into: list[_State] = []
            past: list[_State] = []
            for state in states:  # a state goes on in one branch as it is, a copy in the other
                truth = self.truth(node.test, state)
                if truth is None:
                    into.append(state.copy())
                    past.append(state)
                else:
                    (into if truth else past).append(state)
            return self.block(node.body, into) + self.block(node.orelse, past)
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            return self._loop(node, states)
        if isinstance(node, (ast.Try, ast.TryStar)):
            body = self.block(node.body, [s.copy() for s in states])
            handled: list[_State] = []
            for handler in node.handlers:
                start = [s.copy() for s in [*states, *body]]
                if handler.name:
                    for s in start:
                        s.env[handler.name] = Unknown("an exception")
                handled += self.block(handler.body, start)
            out = self.block(node.orelse, body) + handled
            return self.block(node.finalbody, out) if node.finalbody else out
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for state in states:
                for item in node.items:
                    self.value(item.context_expr, state)
                    if item.optional_vars is not None:
                        self._bind(item.optional_vars, Unknown("a context manager"), state)
            return self.block(node.body, states)
        if isinstance(node, ast.Match):
            out = []
            for case in node.cases:
                start = [s.copy() for s in states]
                for s in start:
                    for sub in ast.walk(case.pattern):
                        name = getattr(sub, "name", None)
                        if isinstance(name, str):
                            s.env[name] = Unknown("a match capture")
                out += self.block(case.body, start)
            return out + [s.copy() for s in states]
        for state in states:
            self._simple(node, state)
        return states

    def _loop(self, node: ast.For | ast.AsyncFor | ast.While, states: list[_State]) -> list[_State]:
        """The body run none or once; ``while True`` is never skipped."""
        loop = _Loop()
        self.loops.append(loop)
        start: list[_State] = []
        skipped: list[_State] = []
        for state in states:
            if isinstance(node, ast.While):
                truth = self.truth(node.test, state)
                if truth is None:
                    skipped.append(state.copy())
                    start.append(state)
                else:
                    (start if truth else skipped).append(state)
            else:
                self.value(node.iter, state)
                skipped.append(state.copy())
                self._bind(node.target, Unknown(f"loop variable {_dotted(node.target)}"), state)
                start.append(state)
        body = self.block(node.body, start)
        self.loops.pop()
        done = skipped + body + loop.continues
        return self.block(node.orelse, done) + loop.breaks

    def _simple(self, node: ast.stmt, state: _State) -> None:
        if isinstance(node, ast.Assign):
            value = self.value(node.value, state)
            for target in node.targets:
                self._bind(target, value, state)
        elif isinstance(node, ast.AnnAssign):
            if node.value is not None:
                self._bind(node.target, self.value(node.value, state), state)
        elif isinstance(node, ast.AugAssign):
            self._augment(node, state)
        elif isinstance(node, ast.Expr):
            self.value(node.value, state)
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, ast.Subscript):
                    self._set_item(target, None, state, delete=True)
                elif isinstance(target, ast.Name):
                    state.env.pop(target.id, None)
        elif isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            state.env[node.name] = Unknown(f"local {node.name}")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                state.env.pop(name, None)

    def _augment(self, node: ast.AugAssign, state: _State) -> None:
        target = node.target
        if isinstance(target, ast.Name):
            current = state.env.get(target.id)
            if isinstance(node.op, ast.BitOr) and isinstance(current, PartialDict):
                self._merge(current, node.value, state)
                return
            added = self.value(node.value, state)
            state.env[target.id] = _binop(node.op, current, added, target.id)
        elif isinstance(target, ast.Subscript):
            self.value(node.value, state)
            self._set_item(target, Unknown("computed"), state)

    def _bind(self, target: ast.expr, value: Any, state: _State) -> None:
        if isinstance(target, ast.Name):
            state.env[target.id] = value  # the same dict under two names, as in Python
        elif isinstance(target, (ast.Tuple, ast.List)):
            for item in target.elts:
                inner = item.value if isinstance(item, ast.Starred) else item
                self._bind(inner, Unknown("unpacked"), state)
        elif isinstance(target, ast.Subscript):
            self._set_item(target, value, state)

    def _set_item(
        self, target: ast.Subscript, value: Any, state: _State, *, delete: bool = False
    ) -> None:
        """``name[k1][k2] = value`` (or ``del``) on a local dict, key by key."""
        keys: list[ast.expr] = []
        base: ast.expr = target
        while isinstance(base, ast.Subscript):
            keys.append(base.slice)
            base = base.value
        if not isinstance(base, ast.Name):
            return
        root = state.env.get(base.id)
        if isinstance(root, Via):  # another function's result, changed here: no longer its own
            state.env[base.id] = Unknown(f"{root.reason}, changed in place")
            return
        if not isinstance(root, PartialDict) or root.escaped:
            return
        keys.reverse()
        current: Any = root
        for index, key_node in enumerate(keys):
            key = _constant_key(key_node)
            if not isinstance(current, PartialDict):
                return
            if key is None:
                current.open(f"a computed key ({_source(key_node)})")
                for name in list(current):
                    current[name] = Unknown("set by a computed key")
                return
            if index == len(keys) - 1:
                if delete:
                    current.pop(key, None)
                    current.where.pop(key, None)
                else:
                    current[key] = value
                    current.where[key] = _at(key_node)
                return
            inner = current.get(key)
            if not isinstance(inner, PartialDict):
                if key in current or current.partial:
                    current[key] = Unknown("changed in place")
                return
            current = inner

    # expressions

    def truth(self, node: ast.expr, state: _State) -> bool | None:
        """Whether a test is true on this path, when the source fixes it (else None)."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = self.truth(node.operand, state)
            return None if inner is None else not inner
        if isinstance(node, ast.BoolOp):
            results = [self.truth(v, state) for v in node.values]
            stop = isinstance(node.op, ast.Or)  # or: any true; and: any false
            if stop in results:
                return stop
            return None if None in results else not stop
        if (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], (ast.Is, ast.IsNot))
            and isinstance(node.comparators[0], ast.Constant)
            and node.comparators[0].value is None
        ):
            left = self.value(node.left, state)
            if isinstance(left, Unknown):
                return None
            same = left is None
            return same if isinstance(node.ops[0], ast.Is) else not same
        value = self.value(node, state)
        if isinstance(value, (Unknown, set)):  # a set stands for any set literal
            return None
        if isinstance(value, PartialDict) and value.partial and not value:
            return None  # keys may be there out of sight
        return bool(value)

    def value(self, node: ast.expr | None, state: _State) -> Any:
        if node is None:
            return None
        self.depth += 1
        try:
            if self.depth > 50:
                return Unknown("too deep")
            return self._value(node, state)
        finally:
            self.depth -= 1

    def _value(self, node: ast.expr, state: _State) -> Any:
        if isinstance(node, ast.Constant):
            return Unknown("...") if node.value is Ellipsis else node.value
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                self.value(part, state)
            return Typed("string", "an f-string")
        if isinstance(node, ast.FormattedValue):
            self.value(node.value, state)
            return Typed("string", "an f-string")
        if isinstance(node, ast.UnaryOp):
            inner = self.value(node.operand, state)
            if isinstance(node.op, ast.Not):
                return Typed("boolean", _source(node))
            if isinstance(node.op, (ast.USub, ast.UAdd)):
                if isinstance(inner, (int, float)) and not isinstance(inner, bool):
                    return -inner if isinstance(node.op, ast.USub) else inner
                if isinstance(inner, Typed) and inner.kind == "number":
                    return Typed("number", _source(node))
            return Unknown(_source(node))
        if isinstance(node, ast.Compare):
            self.value(node.left, state)
            for item in node.comparators:
                self.value(item, state)
            return Typed("boolean", _source(node))
        if isinstance(node, ast.Dict):
            return self._dict(node, state)
        if isinstance(node, (ast.List, ast.Tuple)):
            items = [self.value(e, state) for e in node.elts]
            if any(isinstance(e, ast.Starred) for e in node.elts):
                return Unknown(_source(node))
            return items
        if isinstance(node, ast.Set):
            for e in node.elts:
                self.value(e, state)
            return set()
        if isinstance(node, ast.Call):
            return self._call(node, state)
        if isinstance(node, ast.BinOp):
            left = self.value(node.left, state)
            right = self.value(node.right, state)
            return _binop(node.op, left, right, _source(node))
        if isinstance(node, ast.Name):
            found = state.env.get(node.id)
            if isinstance(found, PartialDict) and found.escaped:
                return Unknown(found.escaped)
            if node.id in state.env:
                return found
            return Unknown(f"global {node.id}")
        if isinstance(node, ast.Subscript):
            base = self.value(node.value, state)
            key = _constant_key(node.slice)
            if isinstance(base, dict) and key is not None and key in base:
                return base[key]
            return Unknown(_source(node))
        if isinstance(node, ast.IfExp):
            self.value(node.test, state)
            return _join([self.value(node.body, state), self.value(node.orelse, state)])
        if isinstance(node, ast.Starred):
            return self.value(node.value, state)
        if isinstance(node, ast.NamedExpr):
            value = self.value(node.value, state)
            self._bind(node.target, value, state)
            return value
        if isinstance(node, ast.BoolOp):
            values = [self.value(v, state) for v in node.values]
            if all(isinstance(v, Typed) and v.kind == "boolean" for v in values):
                return Typed("boolean", _source(node))
            return Unknown(_source(node))
        if isinstance(node, ast.Await):
            inner = self.value(node.value, state)
            return inner if isinstance(inner, Via) else Unknown(_source(node))
        return Unknown(_source(node))

    def _dict(self, node: ast.Dict, state: _State) -> PartialDict:
        result = PartialDict()
        for key, item in zip(node.keys, node.values, strict=True):
            if key is None:  # {**spread}
                spread = self.value(item, state)
                if isinstance(spread, dict):
                    result.take(spread)
                else:
                    result.open(f"**{_source(item)}")
                continue
            value = self.value(item, state)
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                result[key.value] = value
                result.where[key.value] = _at(key)
            else:
                self.value(key, state)
                result.open(f"a computed key ({_source(key)})")
        return result

    def _merge(self, into: PartialDict, node: ast.expr, state: _State) -> PartialDict:
        other = self.value(node, state)
        if isinstance(other, dict):
            into.take(other)
        else:
            into.open(f"keys from {_source(node)}")
        return into

    def _call(self, node: ast.Call, state: _State) -> Any:
        func = node.func
        name = _dotted(func)
        method = func.attr if isinstance(func, ast.Attribute) else None
        # a method of a local dict
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            held = state.env.get(func.value.id)
            if isinstance(held, PartialDict) and not held.escaped and method in _DICT_METHODS:
                return self._dict_method(func.value.id, held, node, state)
            if isinstance(held, Via) and method in _DICT_METHODS - {"get", "copy"}:
                state.env[func.value.id] = Unknown(f"{held.reason}, changed by {method}(...)")
        via = self.project.callee(self.module, node)
        args = [self.value(a, state) for a in node.args]
        keywords = [(k, self.value(k.value, state)) for k in node.keywords]
        if via is not None:
            self._escape(node, state)
            if via.target is not None and not via.reason.startswith(("conv.", "flow.")):
                via.bound = self._bind_call(via.target, node, args, keywords)
            return via
        if name == "dict":
            result = PartialDict()
            if args:
                if isinstance(args[0], dict) and len(args) == 1:
                    result.take(args[0])
                else:
                    result.open(f"keys from {_source(node.args[0])}")
            for keyword, value in keywords:
                if keyword.arg is None:
                    if isinstance(value, dict):
                        result.take(value)
                    else:
                        result.open(f"**{_source(keyword.value)}")
                else:
                    result[keyword.arg] = value
                    result.where[keyword.arg] = _at(keyword)
            return result
        if name is not None and name.startswith(("conv.", "flow.")) and method in _ACTIONS:
            if name == "conv.say":
                state.said = True
            elif name == "conv.exit_flow":
                state.exited = True
            return None
        self._escape(node, state)
        called = method or name
        if called in _STRING_CALLS and (
            name == "str" or method is None or _is_textual(func, state)
        ):
            return Typed("string", _source(node))
        if called in _BOOL_CALLS:
            return Typed("boolean", _source(node))
        if called in _NUMBER_CALLS and method is None:
            return Typed("number", _source(node))
        return Unknown(f"{name or _source(node.func)}(...) result")

    def _bind_call(
        self,
        target: tuple[Path, str],
        node: ast.Call,
        args: list[Any],
        keywords: list[tuple[ast.keyword, Any]],
    ) -> dict[str, Any]:
        """A helper's parameters as this call gives them (what cannot be told stays unknown)."""
        _, function = self.project.function(target)
        spec = function.args
        positional = [a.arg for a in [*spec.posonlyargs, *spec.args]]
        named = {a.arg for a in [*spec.args, *spec.kwonlyargs]}
        bound: dict[str, Any] = {}
        for index, (arg_node, value) in enumerate(zip(node.args, args, strict=True)):
            if isinstance(arg_node, ast.Starred) or index >= len(positional):
                break
            bound[positional[index]] = _settled(value)
        for keyword, value in keywords:
            if keyword.arg in named:
                bound[keyword.arg] = _settled(value)
        return bound

    def _escape(self, node: ast.Call, state: _State) -> None:
        """A local dict passed to a call that may change it: unknown from then on."""
        called = node.func.attr if isinstance(node.func, ast.Attribute) else _dotted(node.func)
        if called in _READERS:
            return
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            inner = arg.value if isinstance(arg, ast.Starred) else arg
            held = state.env.get(inner.id) if isinstance(inner, ast.Name) else None
            why = f"{_source(inner)} after {_source(node.func)}(...)"
            if isinstance(held, PartialDict) and not held.escaped:
                held.escaped = why  # every name and dict that holds it sees the change
            elif isinstance(held, Via) and isinstance(inner, ast.Name):
                state.env[inner.id] = Unknown(f"{held.reason}, {why}")

    def _dict_method(self, name: str, held: PartialDict, node: ast.Call, state: _State) -> Any:
        method = node.func.attr  # type: ignore[attr-defined]
        args = [self.value(a, state) for a in node.args]
        key = _constant_key(node.args[0]) if node.args else None
        if method in ("get", "copy", "keys", "values", "items"):
            if method == "copy":
                return held.copy()
            if method == "get" and key is not None and key in held:
                return held[key]
            return Unknown(f"{name}.{method}(...) result")
        changed = held
        if method == "clear":
            changed.clear()
            changed.where.clear()
            changed.partial, changed.unseen = False, ""
            return None
        if method == "update":
            for arg_node in node.args:
                self._merge(changed, arg_node, state)
            for keyword in node.keywords:
                if keyword.arg is None:
                    self._merge(changed, keyword.value, state)
                else:
                    changed[keyword.arg] = self.value(keyword.value, state)
                    changed.where[keyword.arg] = _at(keyword)
            return None
        if key is None:
            changed.open(f"{name}.{method}(...) with a computed key")
            if method in ("pop", "popitem"):
                for k in list(changed):
                    changed[k] = Unknown("maybe removed")
            return Unknown(f"{name}.{method}(...) result")
        if method == "pop":
            old = changed.pop(key, Unknown(f"{name}.pop(...) result"))
            changed.where.pop(key, None)
            if len(args) > 1 and isinstance(old, Unknown):
                return args[1]
            return old
        # setdefault
        if key in changed:
            return changed[key]
        default = args[1] if len(args) > 1 else None
        changed[key] = default if not changed.partial else Unknown("setdefault on unseen keys")
        changed.where[key] = _at(node.args[0])
        return changed[key]


_DICT_METHODS = frozenset(
    {"get", "copy", "keys", "values", "items", "clear", "update", "pop", "popitem", "setdefault"}
)


def _settled(value: Any) -> Any:
    """A copy of ``value`` as it stands now, each dict a call may have changed as unknown."""
    if isinstance(value, PartialDict):
        if value.escaped:
            return Unknown(value.escaped)
        settled = PartialDict(
            {key: _settled(item) for key, item in value.items()},
            partial=value.partial,
            where=value.where,
        )
        settled.unseen = value.unseen
        return settled
    if isinstance(value, list):
        return [_settled(item) for item in value]
    return value


def _arms(expr: ast.expr | None) -> list[ast.expr | None]:
    """What a returned expression may be: each arm of ``a if c else b``, else itself."""
    if isinstance(expr, ast.IfExp):
        return [*_arms(expr.body), *_arms(expr.orelse)]
    return [expr]


def _constant_key(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_textual(func: ast.expr, state: _State) -> bool:
    """Whether a method is called on text (a literal, an f-string, or ``str(...)``)."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, (ast.Constant, ast.JoinedStr))


def _binop(op: ast.operator, left: Any, right: Any, source: str) -> Any:
    def kind(value: Any) -> str | None:
        if isinstance(value, Typed):
            return value.kind
        if isinstance(value, (bool, Unknown)):
            return None
        if isinstance(value, (int, float)):
            return "number"
        if isinstance(value, str):
            return "string"
        return None

    kinds = {kind(left), kind(right)}
    if isinstance(op, ast.Add) and "string" in kinds:
        return Typed("string", source)
    if isinstance(op, ast.Mod):  # "%s" % x formats; a number % a number is a number
        left_kind = kind(left)
        return Typed(left_kind, source) if left_kind in ("string", "number") else Unknown(source)
    if "string" in kinds:
        return Unknown(source)
    if isinstance(op, ast.Mult):  # 3 * x may repeat a list; 1.1 * x, or numbers, is a number
        floats = any(isinstance(v, float) for v in (left, right))
        return Typed("number", source) if kinds == {"number"} or floats else Unknown(source)
    if isinstance(op, (ast.Add, ast.Sub, ast.Div, ast.FloorDiv, ast.Pow)) and "number" in kinds:
        return Typed("number", source)
    return Unknown(source)


def _source(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."
