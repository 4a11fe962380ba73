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
from typing import Any

from function_return.authoring.config import AgentConfig, agent_config
from function_return.authoring.findings import LINT_CODES, RULES, SEVERITIES, Finding, finding
from function_return.core.jsonsafe import is_plain, judgeable
from function_return.core.validate import errors, is_valid

__all__ = ["LINT_CODES", "RULES", "SEVERITIES", "Finding", "finding", "lint", "lint_value"]


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
    return lint_value(value, agent_config(config) if config is not None else None)


def lint_value(
    value: Any, agent: AgentConfig | None, *, unknown_keys: bool = True, said: bool = False
) -> list[Finding]:
    """Return the findings for ``value`` with an already checked configuration.

    ``unknown_keys=False`` leaves out ``FR111``, for callers that report unknown keys as schema
    errors already. ``said=True`` tells that something was said before the return (the static
    check's ``conv.say(...)``): it counts as the utterance.
    """
    if not is_plain(value):
        # Subclasses, and containers whose own methods fail, are read as the plain data they
        # stand for (an unreadable part as None): lint never raises on a value.
        value = judgeable(value)
    if not isinstance(value, dict):
        return []
    found = list(_rules(value, agent, said=said))
    if unknown_keys:
        found.extend(_unknown_keys(value))
    return sorted(found, key=lambda f: (f.path, f.code))


def _absent(obj: Mapping[str, Any], key: str) -> bool:
    """Whether ``key`` is known to be absent (a partly known object may hold any key)."""
    return key not in obj and not getattr(obj, "partial", False)


def _rules(
    value: dict[str, Any], agent: AgentConfig | None, *, said: bool = False
) -> Iterator[Finding]:
    no_utterance = _absent(value, "utterance") and not said
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
            if "timeout" in asr:  # the documented timeout is there: the legacy key is noise
                yield Finding(
                    "FR110",
                    "info",
                    "/listen/asr/vad_timeout",
                    "vad_timeout is a legacy key, given beside the documented timeout",
                    "drop vad_timeout: listen.asr.timeout is the ASR timeout",
                )
            else:
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
