"""Lint: well-formed returns that will not do what their author thinks.

JSON Schema says whether a return is well formed. Lint says when a return has a part without
effect, two parts that contradict each other, or a name the agent is not configured with. Each
rule has a stable code from the closed list ``RULES``; a ``Finding`` is data, never an
exception.

Codes ``FR1xx`` judge a value (``lint``); ``FR0xx`` and ``FR2xx`` are given only by the static
check of function source (``function-return check``), which also reports the ``FR1xx`` ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from function_return._config import AgentConfig

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
        Rule("FR110", "warning", "legacy-vad-timeout", "listen.asr.vad_timeout is a legacy key"),
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
    )
}
"""Every code, in order. The README's table lists each one (a test checks it)."""

LINT_CODES = tuple(code for code in RULES if code.startswith("FR1"))
"""The codes ``lint`` can give; the others come from the static check of source only."""


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
        return f"{self.path or '(root)'}: {self.code} {self.severity}: {self.message}"


Finding.__module__ = "function_return"  # shown as function_return.Finding


def finding(code: str, path: str, message: str, hint: str) -> Finding:
    """Return a finding of rule ``code`` with the rule's severity."""
    return Finding(code, RULES[code].severity, path, message, hint)


def lint(value: Any, *, config: Mapping[str, Any] | None = None) -> list[Finding]:
    """Return the findings for a function's return value, ordered by path then code.

    Args:
        value: what a function returned. Lint does not validate: run ``validate`` (or
            ``validate(value, lenient=True)``) for that. It reads what it can of any value and
            never raises on it; keys the contract does not know are ``FR111`` warnings.
        config: the agent's configuration (its variants and handoff destinations, in the shape
            of ``schema/agent_config.schema.json``); with it, names the agent is not configured
            with are ``FR109`` errors.

    Raises:
        ValueError: when ``config`` does not match its schema (the message names each problem
            with its JSON Pointer).

    >>> [f.code for f in lint({"listen": {"asr": {"timeout": 5}}})]
    ['FR101']
    """
    from function_return._config import agent_config

    return lint_value(value, agent_config(config) if config is not None else None)


def lint_value(
    value: Any, agent: AgentConfig | None, *, unknown_keys: bool = True
) -> list[Finding]:
    """Return the findings for ``value`` with an already checked configuration.

    ``unknown_keys=False`` leaves out ``FR111``, for callers that report unknown keys as schema
    errors already.
    """
    if not isinstance(value, dict):
        return []
    found = list(_rules(value, agent))
    if unknown_keys:
        found.extend(_unknown_keys(value))
    return sorted(found, key=lambda f: (f.path, f.code))


def _absent(obj: Mapping[str, Any], key: str) -> bool:
    """Whether ``key`` is known to be absent (a partly known object may hold any key)."""
    return key not in obj and not getattr(obj, "partial", False)


def _rules(value: dict[str, Any], agent: AgentConfig | None) -> Iterator[Finding]:
    no_utterance = _absent(value, "utterance")
    listen = value.get("listen")
    if isinstance(listen, dict):
        yield from _listen_rules(listen, no_utterance)
    if "content" in value and "utterance" in value and value.get("end_turn") is not False:
        yield finding(
            "FR105",
            "/content",
            "the utterance is said and the turn ends; the content applies to the next turn",
            "fine when meant: it is the platform's own pattern for setting up the next turn",
        )
    if value.get("hangup") is True:
        others = [key for key in ("handoff", "listen") if _is_next_action(key, value.get(key))]
        if others:
            yield finding(
                "FR106",
                "/hangup",
                f"hangup ends the conversation, yet {' and '.join(others)} asks for more",
                f"keep either hangup or {' and '.join(others)}",
            )
    if value.get("end_turn") is False and no_utterance and _absent(value, "content"):
        yield finding(
            "FR108",
            "/end_turn",
            "end_turn false with neither utterance nor content: the turn goes on without a word",
            "fine after moving the flow; add an utterance if something should be said first",
        )
    if agent is not None:
        yield from agent.findings(value)


def _is_next_action(key: str, part: Any) -> bool:
    if key == "handoff":
        return part is True or isinstance(part, dict)
    return isinstance(part, dict) and part.get("listen") is not False


def _listen_rules(listen: dict[str, Any], no_utterance: bool) -> Iterator[Finding]:
    if listen.get("listen") is False:
        ignored = [key for key in listen if key != "listen"]
        if ignored:
            yield finding(
                "FR107",
                "/listen/listen",
                f"listen is false, so {', '.join(ignored)} "
                f"{'is' if len(ignored) == 1 else 'are'} ignored",
                "drop the other listen settings, or listen",
            )
        return  # nothing else about listening matters when the agent does not listen
    channel = listen.get("channel", "SPEECH" if _absent(listen, "channel") else None)
    asr = listen.get("asr")
    if isinstance(asr, dict):
        if asr and no_utterance:
            yield finding(
                "FR101",
                "/listen/asr",
                "ASR settings take effect only together with an utterance",
                "add an utterance (the question the caller answers), or drop listen.asr",
            )
        if channel == "DTMF" and "timeout" in asr:
            yield finding(
                "FR102",
                "/listen/asr/timeout",
                'the ASR timeout does not apply to channel "DTMF" (keypad input only)',
                'use listen.dtmf.first_digit_timeout, or channel "SPEECH_AND_DTMF"',
            )
        if "vad_timeout" in asr:
            yield finding(
                "FR110",
                "/listen/asr/vad_timeout",
                "vad_timeout is a legacy key",
                "use listen.asr.timeout, the documented ASR timeout",
            )
    if channel == "SPEECH_AND_DTMF" and no_utterance:
        yield finding(
            "FR103",
            "/listen/channel",
            'with channel "SPEECH_AND_DTMF" and no utterance, the ASR settings do not take effect',
            "add an utterance (the question the caller answers)",
        )
    if "dtmf" in listen and channel == "SPEECH":
        where = "the default" if "channel" not in listen else "set"
        yield finding(
            "FR104",
            "/listen/dtmf",
            f'the channel is "SPEECH" ({where}), so the keypad is not listened to',
            'set listen.channel to "DTMF" or "SPEECH_AND_DTMF"',
        )


def _unknown_keys(value: dict[str, Any]) -> list[Finding]:
    """Keys the strict contract does not know: ``FR111`` at each key's pointer."""
    from function_return._validate import errors, is_valid

    if is_valid(value):
        return []  # the fast path: no unknown key anywhere
    return [
        finding(
            "FR111",
            error.path,
            error.message,
            "fix the spelling, or drop the key: the platform ignores keys it does not know",
        )
        for error in errors(value)
        if error.keyword == "additionalProperties"
    ]


@dataclass(frozen=True, slots=True)
class LintSettings:
    """How to lint each value of a run (picklable, for worker processes).

    Attributes:
        agent: the checked agent configuration, or None.
        unknown_keys: report unknown keys (``FR111``): wanted when validation is lenient,
            since strict validation reports them as errors already.
        strict: warnings fail like errors.
    """

    agent: AgentConfig | None = None
    unknown_keys: bool = False
    strict: bool = False

    def __call__(self, value: Any) -> tuple[Finding, ...]:
        """Return the findings for ``value``."""
        return tuple(lint_value(value, self.agent, unknown_keys=self.unknown_keys))

    def fails(self, found: Finding) -> bool:
        """Whether ``found`` makes the run fail."""
        return found.severity == "error" or (self.strict and found.severity == "warning")
