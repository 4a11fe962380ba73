"""The playground and /docs in a real browser (Debian's Chromium, driven by playwright) against
a real server (``function-return serve``) on a free port of 127.0.0.1.

Skipped, with the reason in the test summary, where Chromium is not installed: ``make setup``
installs it when it runs as root with apt-get.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests skipped: {CHROMIUM} is not installed "
        "(`make setup` installs Debian's chromium when run as root with apt-get)",
        allow_module_level=True,
    )

from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright  # noqa: E402
from servers import free_port, running, serve_command  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    with running(serve_command(port, "--log-level", "warning"), port) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page, and everything it asked for and complained about."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.complaints: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.complaints.append(f"page error: {error}"))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.complaints.append(f"console: {message.text}")


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield Watched(page)
    context.close()


def _type_over(page: Page, needle: str, replacement: str) -> None:
    """Select ``needle`` in the editor and type ``replacement`` over it, as a person would."""
    editor = page.locator("#editor")
    start = editor.evaluate("(e, needle) => e.value.indexOf(needle)", needle)
    assert start >= 0, needle
    editor.evaluate(
        "(e, [start, end]) => { e.focus(); e.setSelectionRange(start, end); }",
        [start, start + len(needle)],
    )
    page.keyboard.type(replacement)


def _only_this_server(watched: Watched, server: str, *, expected: str | None = None) -> None:
    """Assert the page asked nothing of any other host and logged no error but ``expected``."""
    elsewhere = [url for url in watched.requests if not url.startswith(server + "/")]
    assert elsewhere == []
    assert [c for c in watched.complaints if expected is None or expected not in c] == []


def test_a_typo_in_a_seed_example_is_marked_with_its_did_you_mean_then_fixed_and_explained(
    watched: Watched, server: str
) -> None:
    page = watched.page
    page.goto(server + "/")
    page.get_by_role("button", name="utterance + hangup", exact=True).click()
    status = page.locator("#status")
    expect(status).to_have_text("Valid: this return follows the contract.")
    assert (
        '"utterance": "Thanks for calling, have a great day!"'
        in page.locator("#editor").input_value()
    )

    _type_over(page, "utterance", "utterence")
    expect(status).to_have_text("Invalid: 1 error.")
    errors = page.locator("#errors li")
    expect(errors).to_have_count(1)
    expect(errors.first.locator(".pointer")).to_have_text("/utterence")
    expect(errors.first).to_contain_text('unknown key "utterence"; did you mean "utterance"?')
    expect(errors.first).to_contain_text("additionalProperties")
    marks = page.locator("#highlight mark")
    expect(marks).to_have_count(1)
    expect(marks.first).to_have_text('"utterence": "Thanks for calling, have a great day!"')
    expect(page.locator("#steps")).to_contain_text("No plan: the value breaks the contract")
    expect(page.locator("#findings")).to_contain_text("FR111")

    _type_over(page, "utterence", "utterance")
    expect(status).to_have_text("Valid: this return follows the contract.")
    expect(marks).to_have_count(0)
    expect(page.locator("#errors")).to_have_text("None.")
    steps = page.locator("#steps li")
    expect(steps).to_have_text(
        [
            'Says now (spoken on voice, shown on web chat): "Thanks for calling, have a great day!"',
            "Ends the turn.",
            "Ends the conversation: disconnects the call on voice, closes the session on web chat.",
        ]
    )
    _only_this_server(watched, server)


def test_every_seed_example_is_one_click_away_and_valid(watched: Watched, server: str) -> None:
    import json

    page = watched.page
    page.goto(server + "/playground")
    examples = json.loads((ROOT / "schema" / "function_return.schema.json").read_text())["examples"]
    buttons = page.locator("#examples button")
    expect(buttons).to_have_count(len(examples))
    for index, example in enumerate(examples):
        buttons.nth(index).click()
        expect(buttons.nth(index)).to_have_attribute("aria-pressed", "true")
        assert json.loads(page.locator("#editor").input_value()) == example
        expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
        expect(page.locator("#steps li").first).not_to_have_class("empty")
    _only_this_server(watched, server)


def test_text_that_is_not_json_is_marked_where_it_breaks(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/")
    expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
    page.locator("#editor").fill('{"hangup": true,, "utterance": "Bye"}')
    expect(page.locator("#status")).to_have_text(
        "Not JSON: expected a key in double quotes (line 1, column 17)."
    )
    expect(page.locator("#highlight mark")).to_have_text(",")
    _only_this_server(watched, server)


def test_clicking_an_error_selects_its_part_of_the_text(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/")
    expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
    page.locator("#editor").fill('{\n  "listen": {"channel": "speech"},\n  "hangup": "yes"\n}')
    errors = page.locator("#errors li")
    expect(errors).to_have_count(2)
    expect(errors.nth(0).locator(".pointer")).to_have_text("/hangup")
    expect(errors.nth(1)).to_contain_text('did you mean "SPEECH"?')
    errors.nth(1).click()
    selected = page.locator("#editor").evaluate(
        "e => e.value.slice(e.selectionStart, e.selectionEnd)"
    )
    assert selected == '"channel": "speech"'
    expect(page.locator("#highlight mark.active")).to_have_text('"channel": "speech"')
    _only_this_server(watched, server)


def test_an_agent_configuration_makes_lint_name_the_variant_meant(
    watched: Watched, server: str
) -> None:
    page = watched.page
    page.goto(server + "/")
    expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
    page.locator("#config-box summary").click()
    page.locator("#config").fill('{"variants": ["orleans", "paris"]}')
    page.locator("#editor").fill('{"variant": "orleens"}')
    finding = page.locator("#findings li")
    expect(finding).to_contain_text('variant "orleens" is not configured; did you mean "orleans"?')
    expect(page.locator("#notes li")).to_contain_text("FR109")
    page.locator("#config").fill('{"variants": "orleans"}')
    expect(page.locator("#config-status")).to_contain_text(
        "Agent configuration rejected: /config/variants"
    )
    _only_this_server(watched, server, expected="status of 422 (Unprocessable Entity)")


def test_a_lint_error_is_not_green_and_a_rejected_configuration_clears_stale_results(
    watched: Watched, server: str
) -> None:
    page = watched.page
    page.goto(server + "/")
    status = page.locator("#status")
    expect(status).to_have_text("Valid: this return follows the contract.")
    page.locator("#config-box summary").click()
    page.locator("#config").fill('{"variants": ["orleans", "paris"]}')
    page.locator("#editor").fill('{"variant": "orleens"}')
    expect(status).to_have_text(
        "Valid under the schema, but lint finds 1 error (FR109): it will not work as written."
    )
    expect(status).to_have_class("status lint-failed")
    expect(page.locator("#notes li")).to_contain_text("FR109")
    page.locator("#config").fill('{"variants": "orleans"}')
    expect(page.locator("#findings li")).to_have_text(
        [
            "Lint could not run: 422: not a lint request: /config/variants: 'orleans' is not of type "
            "'array'"
        ]
    )
    expect(page.locator("#findings-count")).to_have_text("")
    expect(page.locator("#notes li")).to_have_count(0)
    expect(page.locator("#steps li").first).to_contain_text("No plan: 422")
    expect(status).to_have_text("Valid under the schema, but lint could not run (see below).")
    _only_this_server(watched, server, expected="status of 422 (Unprocessable Entity)")


def test_a_python_literal_is_named_and_converted(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/")
    expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
    page.locator("#editor").fill("{'utterance': 'It\\'s late', 'hangup': True,}")
    expect(page.locator("#status")).to_have_text(
        "Not JSON, but a Python literal (True/False/None, 'single quotes', tuples or trailing "
        "commas): convert it to check it."
    )
    page.get_by_role("button", name="Convert the Python literal to JSON").click()
    assert page.locator("#editor").input_value() == (
        '{\n  "utterance": "It\'s late",\n  "hangup": true\n}'
    )
    expect(page.locator("#convert")).to_be_hidden()
    expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
    _only_this_server(watched, server)


def test_the_value_survives_a_reload_in_the_url_fragment(watched: Watched, server: str) -> None:
    page = watched.page
    page.goto(server + "/")
    expect(page.locator("#status")).to_have_text("Valid: this return follows the contract.")
    page.locator("#editor").fill('{"hangup": "yes"}')
    expect(page.locator("#status")).to_have_text("Invalid: 1 error.")
    expect(page).to_have_url(server + "/#value=" + quote('{"hangup": "yes"}', safe=""))
    page.reload()
    # The page restores the value from the fragment once its script has run: wait for it.
    expect(page.locator("#editor")).to_have_value('{"hangup": "yes"}')
    expect(page.locator("#status")).to_have_text("Invalid: 1 error.")
    _only_this_server(watched, server)


def test_the_docs_render_the_execute_operation_and_try_it_out_calls_this_server(
    watched: Watched, server: str
) -> None:
    page = watched.page
    page.goto(server + "/docs")
    operation = page.locator("#operations-functions-executeFunction")
    expect(operation).to_be_visible()
    expect(operation).to_contain_text(
        "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute"
    )
    operation.locator(".opblock-summary-control").click()
    expect(operation.locator(".opblock-body")).to_contain_text("Transfer to a department")

    explain = page.locator("#operations-check-explainReturn")
    expect(explain).to_be_visible()
    explain.locator(".opblock-summary-control").click()
    explain.get_by_role("button", name="Try it out").click()
    with page.expect_response(server + "/v1/explain") as answer:
        explain.get_by_role("button", name="Execute").click()
    assert answer.value.status == 200
    assert answer.value.json()["valid"] is True
    expect(explain.locator(".live-responses-table")).to_contain_text("Says now")
    _only_this_server(watched, server)
