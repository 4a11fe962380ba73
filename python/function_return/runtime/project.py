"""A project in the platform's layout: loading its functions, and running one call of them.

::

    functions/<name>.py                      global function      id  <name>
    functions/start_function.py              before the greeting  id  start_function
    functions/end_function.py                after the call       id  end_function (return ignored)
    flows/<flow>/functions/<name>.py         flow function        id  flows.<flow>.<name>
    flows/<flow>/function_steps/<name>.py    function step        id  flows.<flow>.steps.<name>

A file's entry point is the function named like the file. Files named ``_*.py`` and files
that define no such function are helpers (imported by others, not served). A file that does
not import, or whose entry point has a parameter the runtime cannot pass, is a load problem
(path and reason); the other files are still served.

While a project is loaded, its root is on ``sys.path`` and its ``functions`` and ``flows``
packages import from it with or without ``__init__.py`` files (``from functions.x import y``,
``from flows.f.functions.helpers import z``); each of its modules has the ``_gen`` names
(``Conversation``, ``Flow``, the decorators) in its globals. One project is loaded per process
at a time: loading another unloads the first one's modules.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import inspect
import json
import sys
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from function_return.runtime import gen
from function_return.runtime.capture import PROJECT_PACKAGES, Outcome, capture
from function_return.runtime.conversation import Conversation, Fixtures, Flow, Turn
from function_return.runtime.errors import RuntimeProblem
from function_return.runtime.functions import AgentFunction, SignatureError, read_parameters

FIXTURES_FILE = "fixtures.json"
"""A project's own fixtures (``secrets``, ``prompt_llm``, ``api``), below the request's."""

END_FUNCTION = "end_function"
"""The global function run after the call: its return is ignored (the body is null)."""


class ProjectLoadError(Exception):
    """A project that cannot be served: not a project folder, or (strict) a file that fails."""


@dataclass(frozen=True)
class LoadProblem:
    """A file of a project that is not served, and why."""

    path: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        """Return the problem as the OpenAPI ``LoadProblem`` object."""
        return {"path": self.path, "reason": self.reason}


@dataclass
class Project:
    """A loaded project: its functions by id, the files that failed, its helper modules."""

    root: Path
    functions: dict[str, AgentFunction]
    problems: list[LoadProblem] = field(default_factory=list)
    helpers: list[str] = field(default_factory=list)
    fixtures: dict[str, Any] = field(default_factory=dict)


class _PackageLoader(importlib.abc.Loader):
    """A folder of a project without ``__init__.py``: an empty package."""

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__.update(gen.NAMES)


class _SourceLoader(importlib.machinery.SourceFileLoader):
    """A project's file, run with the ``_gen`` names already in its globals."""

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__.update(gen.NAMES)
        super().exec_module(module)


class _ProjectFinder(importlib.abc.MetaPathFinder):
    """Finds ``functions...`` and ``flows...`` modules in one project's folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        parts = fullname.split(".")
        if parts[0] not in PROJECT_PACKAGES:
            return None
        base = self.root.joinpath(*parts)
        if base.is_dir():
            init = base / "__init__.py"
            if init.is_file():
                return importlib.util.spec_from_file_location(
                    fullname,
                    init,
                    loader=_SourceLoader(fullname, str(init)),
                    submodule_search_locations=[str(base)],
                )
            spec = importlib.machinery.ModuleSpec(fullname, _PackageLoader(), is_package=True)
            spec.submodule_search_locations = [str(base)]
            return spec
        source = base.with_name(base.name + ".py")
        if source.is_file():
            return importlib.util.spec_from_file_location(
                fullname, source, loader=_SourceLoader(fullname, str(source))
            )
        return None


_active: dict[str, Any] = {}


def _activate(root: Path) -> None:
    """Make ``root`` the project whose modules ``functions`` and ``flows`` import."""
    finder = _active.get("finder")
    if finder is not None and finder.root == root:
        return
    if finder is not None:
        sys.meta_path.remove(finder)
        if _active.get("path") in sys.path:
            sys.path.remove(_active["path"])
    for name in list(sys.modules):
        if name.split(".")[0] in PROJECT_PACKAGES:
            del sys.modules[name]
    finder = _ProjectFinder(root)
    sys.meta_path.insert(0, finder)
    sys.path.insert(0, str(root))
    _active.update(finder=finder, path=str(root))
    gen.install()


def _entries(root: Path) -> list[tuple[Path, str, str, str | None, str]]:
    """(path, module, id, flow, kind) of each candidate file, in a stable order."""
    found: list[tuple[Path, str, str, str | None, str]] = []
    for path in sorted((root / "functions").glob("*.py")):
        found.append((path, f"functions.{path.stem}", path.stem, None, "function"))
    for folder in sorted(p for p in (root / "flows").glob("*") if p.is_dir()):
        flow = folder.name
        for path in sorted((folder / "functions").glob("*.py")):
            module = f"flows.{flow}.functions.{path.stem}"
            found.append((path, module, f"flows.{flow}.{path.stem}", flow, "flow_function"))
        for path in sorted((folder / "function_steps").glob("*.py")):
            module = f"flows.{flow}.function_steps.{path.stem}"
            found.append((path, module, f"flows.{flow}.steps.{path.stem}", flow, "function_step"))
    return found


def load_project(path: str | Path, *, strict: bool = False) -> Project:
    """Load the project in folder ``path`` (see the module's docstring for the layout).

    Raises:
        ProjectLoadError: ``path`` has neither ``functions/`` nor ``flows/``, its
            ``fixtures.json`` is not a JSON object, or (``strict``) a file cannot be served.
    """
    root = Path(path).resolve()
    if not (root / "functions").is_dir() and not (root / "flows").is_dir():
        raise ProjectLoadError(f"{root}: not a project (no functions/ or flows/ folder)")
    fixtures: dict[str, Any] = {}
    fixtures_file = root / FIXTURES_FILE
    if fixtures_file.is_file():
        try:
            fixtures = json.loads(fixtures_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ProjectLoadError(f"{fixtures_file}: cannot be read: {exc}") from None
        if not isinstance(fixtures, dict):
            raise ProjectLoadError(f"{fixtures_file}: expected a JSON object")
    _activate(root)
    project = Project(root, {}, fixtures=fixtures)
    for file, module_name, function_id, flow, kind in _entries(root):
        shown = file.relative_to(root).as_posix()
        name = file.stem
        if name.startswith("_"):
            project.helpers.append(shown)
            continue
        if not all(part.isidentifier() for part in module_name.split(".")):
            project.problems.append(LoadProblem(shown, "its path is not a Python module name"))
            continue
        try:
            module = importlib.import_module(module_name)
        except BaseException as exc:  # a file's SystemExit must not stop the loading either
            reason = f"does not import: {type(exc).__name__}: {exc}"
            project.problems.append(LoadProblem(shown, reason[:500]))
            continue
        function = module.__dict__.get(name)
        if not inspect.isfunction(function):
            project.helpers.append(shown)  # a helper module: no function named like the file
            continue
        try:
            parameters, conv_param, flow_param = read_parameters(
                function, takes_flow=flow is not None
            )
        except SignatureError as exc:
            project.problems.append(LoadProblem(shown, str(exc)))
            continue
        notes = getattr(function, gen.PARAMETERS, {})
        parameters = tuple(
            type(p)(p.name, p.type, p.required, notes.get(p.name)) for p in parameters
        )
        description = getattr(function, gen.DESCRIPTION, None) or inspect.getdoc(function) or ""
        project.functions[function_id] = AgentFunction(
            name=function_id,
            description=description,
            parameters=parameters,
            wants_conv=conv_param is not None,
            call=function,
            conv_param=conv_param,
            flow_param=flow_param,
            flow=flow,
            kind=kind,
        )
    if strict and project.problems:
        listed = "; ".join(f"{p.path}: {p.reason}" for p in project.problems)
        raise ProjectLoadError(f"{len(project.problems)} files cannot be served: {listed}")
    return project


@dataclass
class TurnOutcome:
    """One call of a project's function: what ``capture`` gave (the return, the logs, the
    runtime, the exception if any), and the turn's effects and final state."""

    outcome: Outcome
    effects: list[dict[str, Any]]
    state: dict[str, Any]


def run_call(
    project: Project,
    function: AgentFunction,
    arguments: Mapping[str, Any],
    conversation: Mapping[str, Any] | None = None,
    fixtures: Mapping[str, Any] | None = None,
) -> TurnOutcome:
    """Call ``function`` (already fitted ``arguments``) with a ``conv`` and ``flow`` built from
    ``conversation``; ``fixtures`` (the request's) take precedence over the project's file."""
    _activate(project.root)
    turn = Turn(project.functions, Fixtures(project.fixtures, fixtures))
    data = dict(conversation or {})
    if function.flow is not None and not data.get("current_flow"):
        data["current_flow"] = function.flow
    conv = Conversation.build(data, turn)
    flow = Flow.build(function.flow, conv) if function.flow is not None else None
    outcome = capture(lambda: function.invoke(conv, flow, arguments))
    if function.name == END_FUNCTION and function.kind == "function":
        outcome.value = None
    return TurnOutcome(outcome, turn.effects, conv.state.as_dict())


def problem_of(error: BaseException | None) -> RuntimeProblem | None:
    """The runtime's error, when ``error`` is one."""
    return error if isinstance(error, RuntimeProblem) else None
