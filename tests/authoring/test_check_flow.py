"""``function-return check`` on real code: dicts built in steps, paths, say, calls, coverage."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from function_return.authoring.check import check_files
from function_return.cli import run

PROJECT = ROOT / "tests" / "samples" / "project"


def _check(tmp_path: Path, source: str, name: str = "reply") -> Any:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return check_files([str(path)])


def _found(report: Any) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.col, f.finding.code, f.finding.path) for f in report.findings]


# (source of reply.py, findings as (line, col, code, pointer)): each mistake found at its key.
STEP_BUILT_MISTAKES = {
    "subscript": (
        """
        def reply(conv):
            r = {}
            r["hangup"] = "yes"
            return r
        """,
        [(4, 7, "FR001", "/hangup")],
    ),
    "update": (
        """
        def reply(conv):
            r = {"utterance": "Bye"}
            r.update(hangup="yes")
            return r
        """,
        [(4, 14, "FR001", "/hangup")],
    ),
    "update with a dict": (
        """
        def reply(conv):
            r = {"utterance": "Bye"}
            r.update({"end_turn": "no"})
            return r
        """,
        [(4, 15, "FR001", "/end_turn")],
    ),
    "if/else assigning the same name": (
        """
        def reply(conv, ok):
            if ok:
                r = {"utterance": "Yes", "end_turn": "no"}
            else:
                r = {"utterance": "No", "hangup": "yes"}
            return r
        """,
        [(4, 34, "FR001", "/end_turn"), (6, 33, "FR001", "/hangup")],
    ),
    "dict(...) bound to a name": (
        """
        def reply(conv):
            resp = dict(end_turn="false")
            return resp
        """,
        [(3, 17, "FR001", "/end_turn")],
    ),
    "setdefault": (
        """
        def reply(conv):
            r = {"utterance": "Hi"}
            r.setdefault("hangup", "no")
            return r
        """,
        [(4, 18, "FR001", "/hangup")],
    ),
    "spread of a local": (
        """
        def reply(conv):
            base = {"listen": {"channel": "dtmf"}}
            return {**base, "utterance": "Code?"}
        """,
        [(3, 24, "FR001", "/listen/channel")],
    ),
    "nested assignment": (
        """
        def reply(conv):
            r = {"utterance": "Code?", "listen": {}}
            r["listen"]["channel"] = "dtmf"
            return r
        """,
        [(4, 17, "FR001", "/listen/channel")],
    ),
    "|= merge": (
        """
        def reply(conv):
            r = {"utterance": "Hi"}
            r |= {"variant": 3}
            return r
        """,
        [(4, 11, "FR001", "/variant")],
    ),
    "set in a loop": (
        """
        def reply(conv, items):
            r = {"utterance": "Hi"}
            for item in items:
                r["hangup"] = "yes"
            return r
        """,
        [(5, 11, "FR001", "/hangup")],
    ),
    "set in a try": (
        """
        def reply(conv):
            r = {"utterance": "Hi"}
            try:
                r["listen"] = {"channel": "speech"}
            except KeyError:
                pass
            return r
        """,
        [(5, 24, "FR001", "/listen/channel")],
    ),
    "a bool from an entry point": (
        """
        def reply(conv, x):
            return len(x) > 0
        """,
        [(3, 12, "FR001", "")],
    ),
    "a str method that gives a bool": (
        """
        def reply(conv, x):
            return x.isdigit()
        """,
        [(3, 12, "FR001", "")],
    ),
    "a number": (
        """
        def reply(conv, amount):
            return amount * 1.1
        """,
        [(3, 12, "FR001", "")],
    ),
    "a bool kept in a name": (
        """
        def reply(conv, pin):
            ok = pin.isdigit() and len(pin) == 4
            return ok
        """,
        [(4, 12, "FR001", "")],
    ),
}

# Correct code that the checker must not flag.
STEP_BUILT_CLEAN = {
    "None, then set from a parameter": """
        def reply(conv, flag: bool):
            r = {"utterance": "Bye", "hangup": None}
            r["hangup"] = flag
            return r
        """,
    "pop": """
        def reply(conv):
            r = {"utterance": "Bye", "debug": 1}
            r.pop("debug")
            return r
        """,
    "del": """
        def reply(conv):
            r = {"utterance": "Bye", "debug": 1}
            del r["debug"]
            return r
        """,
    "pop with a default, in an assignment": """
        def reply(conv):
            r = {"utterance": "Bye", "debug": 1}
            trace = r.pop("debug", None)
            conv.log.info(trace)
            return r
        """,
    "clear, then rebuilt": """
        def reply(conv):
            r = {"debug": 1}
            r.clear()
            r["utterance"] = "Hi"
            return r
        """,
    "a key set on one path from a parameter": """
        def reply(conv, flag: bool):
            r = {"utterance": "Hi"}
            if conv.state.done:
                r["hangup"] = flag
            return r
        """,
    "passed to a helper that may change it": """
        def reply(conv):
            r = {"utterance": "Hi", "debug": 1}
            strip_debug(r)
            return r
        """,
    "a computed key": """
        def reply(conv, key):
            r = {"utterance": "Hi", "hangup": "later"}
            r[key] = True
            return r
        """,
    "a string built from parts": """
        def reply(conv, name):
            return "Greet " + name.title()
        """,
    "an action returns None": """
        def reply(conv, flow):
            conv.say("Moving on.")
            return flow.goto_step("next")
        """,
}


@pytest.mark.parametrize(
    ("source", "expected"), STEP_BUILT_MISTAKES.values(), ids=STEP_BUILT_MISTAKES.keys()
)
def test_a_mistake_in_a_step_built_value_is_found_at_its_key(
    tmp_path: Path, source: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert _found(_check(tmp_path, source)) == expected


@pytest.mark.parametrize("source", STEP_BUILT_CLEAN.values(), ids=STEP_BUILT_CLEAN.keys())
def test_a_correct_pattern_is_clean(tmp_path: Path, source: str) -> None:
    assert _found(_check(tmp_path, source)) == []


def test_a_computed_bool_names_what_was_returned(tmp_path: Path) -> None:
    (found,) = _check(tmp_path, STEP_BUILT_MISTAKES["a bool from an entry point"][0]).findings
    assert found.finding.message == (
        "expected a string, an object or null; got a computed boolean (len(x) > 0)"
    )


SAY_FIRST = """
    def reply(conv, done):
        {say}
        if done:
            return {{"listen": {{"asr": {{"timeout": 8}}}}}}
        if conv.state.keypad:
            return {{"listen": {{"channel": "SPEECH_AND_DTMF"}}}}
        return {{"end_turn": False}}
    """


def test_conv_say_before_a_return_counts_as_the_utterance(tmp_path: Path) -> None:
    said = _check(tmp_path, SAY_FIRST.format(say='conv.say("Your date?")'))
    assert _found(said) == []
    silent = _check(tmp_path, SAY_FIRST.format(say='conv.log.info("asking")'))
    assert _found(silent) == [
        (5, 28, "FR101", "/listen/asr"),
        (7, 28, "FR103", "/listen/channel"),
        (8, 13, "FR108", "/end_turn"),
    ]


def test_conv_say_on_one_path_only_does_not_count_for_the_other(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv, polite):
            if polite:
                conv.say("One moment.")
            return {"end_turn": False}
        """,
    )
    assert _found(report) == [(5, 13, "FR108", "/end_turn")]


def test_returns_are_counted_judged_partly_or_not(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv, name):
            if conv.state.a:
                return conv.functions.transfer_call()
            if conv.state.b:
                return {"utterance": name}
            if conv.state.c:
                return lookup(name)
            return {"utterance": "Hi"}
        """,
    )
    assert (report.returns, report.judged, report.partly, report.not_judged) == (4, 1, 1, 2)
    assert [(u.line, u.status, u.reason) for u in report.unjudged] == [
        (4, "not judged", "conv.functions.transfer_call(...) result (transfer_call not found)"),
        (6, "partly", "parameter name"),
        (8, "not judged", "lookup(...) result"),
    ]


# Every finding in tests/samples/project/, a project in the platform's layout.
PROJECT_FINDINGS = [
    ("flows/booking_flow/functions/offer_slots.py", 9, 47, "FR110", "/listen/asr/vad_timeout"),
    ("functions/apply_fee.py", 6, 12, "FR001", ""),
    ("functions/ask_code.py", 6, 46, "FR104", "/listen/dtmf"),
    ("functions/goodbye.py", 8, 15, "FR001", "/hangup"),
    ("functions/lookup_booking.py", 8, 9, "FR203", ""),
    ("functions/lookup_booking.py", 9, 5, "FR203", ""),
    ("functions/utils.py", 12, 11, "FR001", "/end_turn"),
    ("functions/verify_pin.py", 6, 12, "FR001", ""),
]

PROJECT_UNJUDGED = [
    ("flows/booking_flow/function_steps/collect_date.py", 11, "partly", "conv.state.done"),
    (
        "flows/booking_flow/function_steps/route.py",
        7,
        "not judged",
        "conv.functions.vip_desk(...) result (vip_desk not found)",
    ),
    (
        "flows/booking_flow/function_steps/route.py",
        9,
        "not judged",
        "conv.api.crm.route(...) result",
    ),
    ("functions/lookup_booking.py", 9, "partly", "found['time']"),
    ("functions/utils.py", 6, "partly", "parameter text"),
    ("functions/utils.py", 13, "partly", "parameter text"),
]


def test_a_project_in_the_platform_layout_gives_exactly_these_findings() -> None:
    report = check_files([str(PROJECT)])
    found = [
        (str(Path(f.file).relative_to(PROJECT)), f.line, f.col, f.finding.code, f.finding.path)
        for f in report.findings
    ]
    assert found == PROJECT_FINDINGS
    assert (report.files, report.returns) == (18, 24)
    assert (report.judged, report.partly, report.not_judged) == (18, 4, 2)
    unjudged = [
        (str(Path(u.file).relative_to(PROJECT)), u.line, u.status, u.reason)
        for u in report.unjudged
    ]
    assert unjudged == PROJECT_UNJUDGED


def test_flow_functions_reach_global_functions_and_their_own_flow() -> None:
    report = check_files([str(PROJECT)])
    hand_over = PROJECT / "flows" / "booking_flow" / "functions" / "hand_over.py"
    pick_slot = PROJECT / "flows" / "booking_flow" / "functions" / "pick_slot.py"
    judged_through = {u.file for u in report.unjudged}
    assert str(hand_over) not in judged_through  # through functions/transfer_call.py
    assert str(pick_slot) not in judged_through  # through the flow's offer_slots.py


def test_show_unjudged_lists_each_return_with_why(capsys: pytest.CaptureFixture[str]) -> None:
    route = PROJECT / "flows" / "booking_flow" / "function_steps" / "route.py"
    code = run(["check", str(PROJECT), "--show-unjudged"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert f"{route}:7:9: not judged: conv.functions.vip_desk(...) result (vip_desk not found)" in (
        lines
    )
    assert lines[-1] == (
        "18 files, 18 returns judged, 4 partly judged, 2 not judged: 4 errors, 1 warning, 3 notes"
    )


def test_a_path_the_test_rules_out_is_not_followed(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv, want):
            listen = None
            if want:
                listen = {"channel": "DTMF"}
            r = {"utterance": "Your code?"}
            if listen is not None:
                r["listen"] = listen
            if not listen:
                r["end_turn"] = True
            if listen and conv.state.loud:
                r["hangup"] = "no"
            return r
        """,
    )
    assert _found(report) == [(12, 11, "FR001", "/hangup")]


def test_a_while_true_loop_is_entered(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv):
            r = {}
            while True:
                r["utterance"] = "Hi"
                if conv.state.done:
                    break
            r["listen"] = {"asr": {"timeout": 5}}
            return r
        """,
    )
    assert _found(report) == []


def test_a_helper_is_judged_with_the_arguments_of_each_call(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv, name):
            if conv.state.done:
                return answer("Bye", "no")
            if conv.state.named:
                return answer(f"Hi {name}", True)
            return answer(name, False)


        def answer(text, end):
            return {"utterance": text, "end_turn": end}
        """,
    )
    assert _found(report) == [(11, 32, "FR001", "/end_turn")]
    assert report.findings[0].finding.message == 'expected a boolean; got string "no"'
    assert [(u.line, u.status, u.reason) for u in report.unjudged] == [
        (7, "partly", "answer(...) result: parameter name"),
        (11, "partly", "parameter text, parameter end"),
    ]


def test_a_dict_changed_under_another_name_is_changed_for_both(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv):
            r = {"utterance": "Hi", "debug": 1, "listen": {}}
            alias = r
            alias.pop("debug")
            settings = r["listen"]
            settings["channel"] = "dtmf"
            return r
        """,
    )
    assert _found(report) == [(7, 14, "FR001", "/listen/channel")]


def test_a_called_functions_result_changed_here_is_not_judged_through_it(tmp_path: Path) -> None:
    (tmp_path / "base.py").write_text(
        "def base(conv):\n    return {'utterance': 'Hi'}\n", encoding="utf-8"
    )
    (tmp_path / "reply.py").write_text(
        "def reply(conv):\n"
        "    r = conv.functions.base()\n"
        "    r['hangup'] = conv.state.done\n"
        "    return r\n",
        encoding="utf-8",
    )
    report = check_files([str(tmp_path)])
    assert [(Path(u.file).name, u.line, u.status, u.reason) for u in report.unjudged] == [
        ("reply.py", 4, "not judged", "conv.functions.base(...) result, changed in place"),
    ]


def test_a_dict_passed_to_a_call_is_unknown_wherever_it_is_held(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        """
        def reply(conv):
            listen = {"channel": "dtmf"}
            r = {"utterance": "Code?", "listen": listen}
            adjust(listen)
            return r
        """,
    )
    assert _found(report) == []
    assert [(u.status, u.reason) for u in report.unjudged] == [
        ("partly", "listen after adjust(...)")
    ]
