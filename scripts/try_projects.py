"""Load projects in the platform's layout and call every served function through the server.

::

    .venv/bin/python scripts/try_projects.py PROJECT_DIR [PROJECT_DIR ...] [--json]

For each folder it prints: the files in function folders (``functions/``,
``flows/*/functions/``, ``flows/*/function_steps/``), the files loaded, the functions served,
the helpers, the load problems by reason, and the answers of every served function called
once with a full conversation and once with an empty one, by kind (``ok`` or the problem type
of a 500). Arguments are derived from the parameter types. The figures of
``docs/projects.md`` ("Public example projects") come from this script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from function_return.runtime.functions import AgentFunction
from function_return.server.app import app_for_project
from function_return.testing import load_project

BASE = "/v1/agents/a/branches/main/functions"
TYPE = "https://function-return-contract.dev/problems/"
TYPED: dict[str, Any] = {"string": "1234567890", "integer": 3, "number": 25.5, "boolean": True}

FULL_CONVERSATION: dict[str, Any] = {
    "id": "conv-1",
    "env": "live",
    "channel_type": "sip.polyai",
    "caller_number": "+12015550123",
    "callee_number": "+12125550100",
    "sip_headers": {"X-Caller": "+12015550123"},
    "language": "en-US",
    "turn_number": 3,
    "history": [
        {"role": "agent", "text": "How can I help?"},
        {"role": "user", "text": "I would like to check my account"},
    ],
    "variant_name": "main",
    "variants": {"main": {"timezone": "America/New_York", "site_name": "Main"}},
    "real_time_config": {"flags": {"ooh_enabled": False}},
    "state": {"verified": True, "account_number": "1234567890"},
}
"""A plausible conversation of a caller some turns in; ``--conversation FILE`` replaces it.
It declares no ``handoffs``: a project's destinations are its own, so any is accepted."""


def candidates(root: Path) -> list[str]:
    """The files the layout makes functions (relative paths, sorted)."""
    found = [*root.glob("functions/*.py"), *root.glob("flows/*/functions/*.py")]
    found += root.glob("flows/*/function_steps/*.py")
    return sorted(p.relative_to(root).as_posix() for p in found)


def reason_kind(reason: str) -> str:
    """A load problem's reason without its particulars (the module, the parameter)."""
    if reason.startswith("does not import: "):
        return re.sub(r":.*", "", reason.removeprefix("does not import: ")).join(
            ("does not import: ", "")
        )
    if reason.startswith("parameter "):
        return "parameter " + reason.split(": ", 1)[-1]
    return reason


def arguments(function: AgentFunction) -> dict[str, Any]:
    """One value of each parameter's type."""
    return {p.name: TYPED.get(p.type, "x") for p in function.parameters}


def figures(folder: Path, conversation: dict[str, Any] | None = None) -> dict[str, Any]:
    """Load ``folder``, call each function with a full and an empty conversation: the counts."""
    root = folder.resolve()
    project = load_project(root)
    files = candidates(root)
    answers: dict[str, Counter[str]] = {"full": Counter(), "empty": Counter()}
    failures: dict[str, dict[str, str]] = {"full": {}, "empty": {}}
    full = FULL_CONVERSATION if conversation is None else conversation
    with TestClient(app_for_project(root, runners=0)) as client:
        for which, data in (("full", full), ("empty", {})):
            for name, function in sorted(project.functions.items()):
                request = {"args": arguments(function), "conversation": data}
                answer = client.post(f"{BASE}/{name}/execute", json=request)
                if answer.status_code == 200:
                    kind = "ok"
                else:
                    body = answer.json()
                    kind = f"{answer.status_code} {body.get('type', '').removeprefix(TYPE)}"
                    failures[which][name] = f"{kind}: {body.get('detail', '')}"[:300]
                answers[which][kind] += 1
    return {
        "project": folder.name,
        "files": len(files),
        "loaded": len(files) - len(project.problems),
        "served": len(project.functions),
        "helpers": len(project.helpers),
        "load problems": dict(Counter(reason_kind(p.reason) for p in project.problems)),
        "problems": {p.path: p.reason for p in project.problems},
        "answers full": dict(answers["full"]),
        "answers empty": dict(answers["empty"]),
        "failures": failures,
    }


def render(found: dict[str, Any], details: bool) -> str:
    """The figures of one project as text."""
    lines = [
        f"{found['project']}: files {found['files']}, loaded {found['loaded']}, "
        f"served {found['served']}, helpers {found['helpers']}",
        f"  load problems: {found['load problems'] or 'none'}",
        f"  answers, full conversation:  {found['answers full']}",
        f"  answers, empty conversation: {found['answers empty']}",
    ]
    if details:
        lines += [f"  problem {path}: {reason}" for path, reason in found["problems"].items()]
        for which in ("full", "empty"):
            lines += [f"  {which} {n}: {why}" for n, why in found["failures"][which].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the figures of each folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="project folders")
    parser.add_argument("--json", action="store_true", help="one JSON object per project")
    parser.add_argument("--details", action="store_true", help="each problem and each 500")
    parser.add_argument("--conversation", type=Path, help="a JSON file: the full conversation")
    options = parser.parse_args(argv)
    conversation = None
    if options.conversation is not None:
        conversation = json.loads(options.conversation.read_text(encoding="utf-8"))
    for folder in options.folders:
        found = figures(folder, conversation)
        if options.json:
            print(json.dumps(found, sort_keys=True))
        else:
            print(render(found, options.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
