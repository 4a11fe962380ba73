"""The pytest plugin of ``function_return.testing``: the ``agent_project`` fixture.

The project's folder comes from ``--agent-project DIR``, else the ini option
``agent_project`` (relative to the ini file's folder), else the rootdir when it has a
``functions/`` folder. The project is loaded once per session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # loaded when the fixture is first used, not when pytest starts
    from function_return.testing import Project

INI = "agent_project"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("function_return", "agent projects (function-return-contract)")
    group.addoption(
        "--agent-project",
        metavar="DIR",
        default=None,
        help="the agent project (functions/, flows/) the agent_project fixture loads",
    )
    parser.addini(INI, "the agent project folder, relative to the ini file", default="")


def project_folder(config: pytest.Config) -> Path | None:
    """The project folder the options name, or the rootdir if it is a project, or None."""
    given = config.getoption("agent_project")
    if given:
        return Path(given).resolve()
    ini = str(config.getini(INI) or "")
    if ini:
        base = config.inipath.parent if config.inipath is not None else config.rootpath
        return (base / ini).resolve()
    if (config.rootpath / "functions").is_dir():
        return config.rootpath
    return None


@pytest.fixture(scope="session")
def agent_project(pytestconfig: pytest.Config) -> Project:
    """The agent project under test, loaded (see the module's docstring for where from)."""
    folder = project_folder(pytestconfig)
    if folder is None:
        raise pytest.UsageError(
            "agent_project: give --agent-project DIR or the ini option agent_project, or run "
            "pytest from a project folder (one with functions/)"
        )
    from function_return.testing import load_project

    return load_project(folder)
