"""Take the screenshots in ``docs/``: the playground and the API docs, in Debian's Chromium.

Run as ``python scripts/screenshots.py`` (``make screenshots``). It serves
``examples/functions`` with ``function-return serve`` on a free port of 127.0.0.1, drives the
real pages with playwright, and writes:

- ``docs/playground.png``: a seed example with a typo: the error at ``/utterence``, marked in
  the text, with its "did you mean";
- ``docs/playground-explained.png``: a valid seed example: its lint finding and what the
  agent does;
- ``docs/api-docs.png``: ``/docs``, the execute operation open.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 800}
PLAYGROUND_VIEWPORT = {"width": 1280, "height": 620}


def free_port() -> int:
    """A port nothing listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving() -> Iterator[str]:
    """Serve the example functions on 127.0.0.1; yield the base URL; stop the server."""
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(ROOT / "examples" / "functions"),
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            if process.poll() is not None:
                raise SystemExit(f"the server exited {process.returncode}")
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start within 20 s") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def type_over(page: object, needle: str, replacement: str) -> None:
    """Select ``needle`` in the playground's editor and type ``replacement`` over it."""
    editor = page.locator("#editor")  # type: ignore[attr-defined]
    start = editor.evaluate("(e, needle) => e.value.indexOf(needle)", needle)
    if start < 0:
        raise SystemExit(f"{needle!r} is not in the editor")
    editor.evaluate(
        "(e, [start, end]) => { e.focus(); e.setSelectionRange(start, end); }",
        [start, start + len(needle)],
    )
    page.keyboard.type(replacement)  # type: ignore[attr-defined]


def main() -> None:
    """Take the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    out = parser.parse_args().out
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is not installed (make setup installs it as root)")
    from playwright.sync_api import expect, sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with serving() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=PLAYGROUND_VIEWPORT)
        page.goto(url + "/")
        page.get_by_role("button", name="utterance + hangup", exact=True).click()
        expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
        type_over(page, '"utterance"', '"utterence"')
        expect(page.locator("#errors")).to_contain_text('did you mean "utterance"?')
        page.locator("#editor").blur()
        page.screenshot(path=out / "playground.png", full_page=True)

        page.get_by_role("button", name="utterance + content", exact=True).click()
        expect(page.locator("#findings")).to_contain_text("FR105")
        expect(page.locator("#steps li").first).to_contain_text("Says now")
        page.locator("#editor").blur()
        page.screenshot(path=out / "playground-explained.png", full_page=True)

        page.set_viewport_size(VIEWPORT)
        page.goto(url + "/docs")
        operation = page.locator("#operations-functions-executeFunction")
        operation.locator(".opblock-summary-control").click()
        expect(operation.locator(".opblock-body")).to_be_visible()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=out / "api-docs.png")
        browser.close()
    for name in ("playground.png", "playground-explained.png", "api-docs.png"):
        print(out / name)


if __name__ == "__main__":
    main()
