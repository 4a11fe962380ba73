"""Compile the specialised validators with mypyc (``make native``): optional, not in the wheel.

Each ``generated/function_return_generated/validator_specialised*.py`` becomes an extension
module beside it (``*.cpython-*.so``, ignored by git), which Python imports in preference to
the ``.py``. The compiled module carries the CRC-32 of the ``.py`` it was compiled from
(``SOURCE_CRC``); ``core.validate`` uses it only while the ``.py`` beside it is that same
text, and falls back to the ``.py`` otherwise (``make generate`` also deletes it). The
pure-Python module stays the reference and the fallback: the bare install never has the
compiled one.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from codegen.generate import PACKAGE, ROOT

MODULES = ("validator_specialised", "validator_specialised_lenient")
"""The generated modules compiled, each on its own (no shared runtime library)."""


def source_crc(text: bytes) -> int:
    """The CRC-32 a compiled module records of the text it was compiled from."""
    return zlib.crc32(text)


def build(source: Path, out: Path, modules: tuple[str, ...] = MODULES) -> list[Path]:
    """Compile ``modules`` of the package folder ``source`` with mypyc into ``out``.

    Returns the extension modules written. Raises ``subprocess.CalledProcessError`` (with
    mypyc's output) when the build fails, for instance with no C compiler.
    """
    written: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    for name in modules:
        text = (source / f"{name}.py").read_bytes()
        with tempfile.TemporaryDirectory() as tmp:
            # Compiled as a top-level module: one self-contained extension module (in a
            # package, mypyc adds a second one beside the package), whose init function
            # (PyInit_<name>) is found under the package's name too.
            stamped = text + f"\n\nSOURCE_CRC = {source_crc(text)}\n".encode()
            (Path(tmp) / f"{name}.py").write_bytes(stamped)
            subprocess.run(
                [sys.executable, "-m", "mypyc", f"{name}.py"],
                cwd=tmp,
                check=True,
                capture_output=True,
            )
            (built,) = [
                path for suffix in EXTENSION_SUFFIXES for path in Path(tmp).glob(f"{name}{suffix}")
            ]
            target = out / built.name
            shutil.copyfile(built, target)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Build the compiled validators into ``generated/`` (or remove them with ``--clean``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    folder = ROOT / "generated" / PACKAGE
    for name in MODULES:
        for suffix in EXTENSION_SUFFIXES:
            (folder / f"{name}{suffix}").unlink(missing_ok=True)
    if args.clean:
        return 0
    try:
        written = build(folder, folder)
    except subprocess.CalledProcessError as exc:
        print(exc.stdout.decode(errors="replace"), exc.stderr.decode(errors="replace"))
        print("native: the mypyc build failed; the pure-Python validators stay in use")
        return 1
    for path in written:
        print(f"native: built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
