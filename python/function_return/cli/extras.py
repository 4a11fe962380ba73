"""Subcommands whose libraries come with an extra: a clear word when the extra is missing."""

from __future__ import annotations

import importlib.util
import sys

DISTRIBUTION = "function-return-contract"


def require_extra(extra: str, *modules: str) -> int | None:
    """Return exit code 2 after naming the install line when a module of ``extra`` is missing.

    ``None`` when every module can be imported.
    """
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    command = "serve" if extra == "server" else extra
    sys.stderr.write(
        f"function-return {command}: needs the [{extra}] extra ({', '.join(missing)} is not "
        f"installed): pip install '{DISTRIBUTION}[{extra}]'\n"
    )
    return 2
