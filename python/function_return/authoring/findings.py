"""The closed list of lint codes (``RULES``) and the ``Finding`` record every check reports.

Codes ``FR1xx`` judge a value (``lint``); ``FR0xx`` and ``FR2xx`` are given by the static check
of function source (``function-return check``), which also reports the ``FR1xx`` ones.
``FR3xx`` judge a whole turn, the side effects a function performed and then its return:
``explain`` gives them with ``effects`` (as notes), together with ``FR106`` and ``FR202`` where
an effect and the return contradict each other as those rules say.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from function_return.core.pointer import shorten

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Rule:
    """One lint rule: its stable code, how serious it is, and what it says in a few words."""

    code: str
    severity: Severity
    name: str
    summary: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "FR001",
            "error",
            "contract-error",
            "a return that reaches the runtime breaks the contract",
        ),
        Rule(
            "FR101",
            "warning",
            "asr-without-utterance",
            "listen.asr settings without an utterance have no effect",
        ),
        Rule(
            "FR102",
            "warning",
            "asr-timeout-on-dtmf",
            'listen.asr.timeout does not apply to channel "DTMF"',
        ),
        Rule(
            "FR103",
            "warning",
            "speech-and-dtmf-without-utterance",
            'channel "SPEECH_AND_DTMF" without an utterance: the ASR settings do not take effect',
        ),
        Rule(
            "FR104",
            "warning",
            "dtmf-on-speech-channel",
            'listen.dtmf while the channel is "SPEECH": the keypad is not listened to',
        ),
        Rule(
            "FR105",
            "info",
            "content-with-utterance",
            "content with utterance: the utterance is said, the content applies to the next turn",
        ),
        Rule(
            "FR106",
            "warning",
            "hangup-with-next-action",
            "hangup together with handoff or listen: contradictory next actions",
        ),
        Rule(
            "FR107",
            "warning",
            "listen-false-with-settings",
            "listen.listen false together with other listen settings: they are ignored",
        ),
        Rule(
            "FR108",
            "info",
            "end-turn-false-without-speech",
            "end_turn false with neither utterance nor content: the turn goes on without a word",
        ),
        Rule(
            "FR109",
            "error",
            "not-configured",
            "a variant, handoff type or handoff reason the agent is not configured with",
        ),
        Rule(
            "FR110",
            "warning",
            "legacy-vad-timeout",
            "listen.asr.vad_timeout is a legacy key (info where listen.asr.timeout is given too)",
        ),
        Rule(
            "FR111",
            "warning",
            "unknown-key",
            "a key the contract does not know (accepted by lenient validation)",
        ),
        Rule(
            "FR201",
            "error",
            "return-say",
            "return conv.say(...) returns None: the function gives no instruction",
        ),
        Rule(
            "FR202",
            "error",
            "exit-flow-then-transition",
            "conv.exit_flow() is called, then a transition is returned",
        ),
        Rule(
            "FR203",
            "info",
            "data-return",
            "a return that callers use as data (through conv.functions) is not judged",
        ),
        Rule(
            "FR204",
            "warning",
            "no-entry-point",
            "a function file without a function named like the file",
        ),
        Rule(
            "FR301",
            "warning",
            "flow-move-then-transition",
            "conv.goto_flow() or flow.goto_step() is called, then a transition is returned",
        ),
        Rule(
            "FR302",
            "warning",
            "handoff-twice",
            "conv.call_handoff() is called, then a handoff is returned",
        ),
        Rule(
            "FR303",
            "warning",
            "say-then-no-instruction",
            "conv.say() is called, then nothing is returned: the function gives no instruction",
        ),
    )
}
"""Every code, in order. The README's table lists each one (a test checks it)."""

LINT_CODES = tuple(code for code in RULES if code.startswith("FR1"))
"""The codes ``lint`` can give; the others come from the static check of source, or (``FR3xx``)
from ``explain`` with effects."""

SOURCE_CODES = tuple(code for code in RULES if code.startswith(("FR0", "FR2")))
"""The codes of the static check of source alone (``FR202`` comes from ``explain`` too)."""

TURN_CODES = tuple(code for code in RULES if code.startswith("FR3"))
"""The codes only ``explain`` with effects gives: a side effect and the return together."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A part of a return that will not do what it seems to.

    Attributes:
        code: the rule's stable code, such as ``"FR101"`` (see ``RULES``).
        severity: ``"error"`` (it will not work), ``"warning"`` (it very likely does not do
            what was meant) or ``"info"`` (worth knowing; a normal pattern).
        path: JSON Pointer of the part concerned; ``""`` is the root.
        message: what happens, plainly.
        hint: how to fix it (or why it may be fine).
    """

    code: str
    severity: Severity
    path: str
    message: str
    hint: str

    def __str__(self) -> str:
        shown = shorten(self.path) or "(root)"  # ``path`` itself stays exact
        return f"{shown}: {self.code} {self.severity}: {self.message}"


Finding.__module__ = "function_return"  # shown as function_return.Finding


def finding(code: str, path: str, message: str, hint: str) -> Finding:
    """Return a finding of rule ``code`` with the rule's severity.

    A rule's severity is the most it gives: ``FR110`` is ``info`` beside ``timeout``.
    """
    return Finding(code, RULES[code].severity, path, message, hint)
