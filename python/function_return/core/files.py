"""Finding the files a folder holds, with every folder that could not be searched."""

from __future__ import annotations

import os


def find_files(folder: str, suffixes: tuple[str, ...]) -> tuple[list[str], list[OSError]]:
    """The files below ``folder`` whose names end with one of ``suffixes``, sorted, and the
    errors of the folders that could not be read (never skipped in silence)."""
    failures: list[OSError] = []
    found: list[str] = []
    for parent, _, names in os.walk(folder, onerror=failures.append):
        found.extend(
            os.path.join(parent, name)
            for name in names
            if name.endswith(suffixes) and os.path.isfile(os.path.join(parent, name))
        )
    return sorted(found), failures
