"""``explain``: what the agent will do with a valid return, as an ordered plan of plain steps.

The meaning comes from the platform's page on return values and the contract's own decisions:

1. what is said now (the ``utterance``, or key tones when ``utterance_channel`` is ``DTMF``);
2. changes of state: the ``variant``, the flow ``transition``, the ``agentic_dial`` setup;
3. the turn: whether it ends, and where the ``content`` (the system prompt) applies;
4. the end of the conversation: the ``handoff`` (destination, reason, SIP method), ``hangup``;
5. how the agent listens on the next turn (``listen``), platform defaults included.

With ``effects`` (the side effects the function performed before returning, as an execute
response carries them: ``schema/effects.schema.json``), the plan tells the whole turn: each
effect in order (what ``conv.say`` said, the flow or step moved to, the variant, language or
voice set, the handoff, the metric written, the message sent, the state changed...), then the
return as above. Where an effect and the return meet, a note says what happens: a returned
``transition`` comes after ``conv.exit_flow()`` (``FR202``), ``conv.goto_flow()`` or
``flow.goto_step()`` (``FR301``) and wins; ``conv.call_handoff()`` and a returned ``handoff``
(``FR302``) or ``hangup`` (``FR106``) contradict each other; ``conv.say()`` then no instruction
(``FR303``). What ``conv.say`` said counts as the utterance for the listen rules, and both it and
a returned ``utterance`` are said, in order.

Each ``Step`` names its ``action`` (one of ``ACTIONS``), says it in a sentence (``detail``) and
points at the part of the value it comes from (``source``, a JSON Pointer that exists in the
value). The pointer root: a source under ``/effects/<index>`` points into the effects list, as
it sits in an execute response; every other source points into the return value.

Settings that will have no effect, and other warnings, are ``Note`` records taken from
the lint findings; a step that describes a setting lint says has no effect (``NO_EFFECT``) says
that it is ignored, and why, instead of describing it as if it worked (one step for the lot).
The result is plain data: ``as_dict()`` and ``to_json()`` serve programs and JSON endpoints,
``str()`` prints the plan as numbered lines.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from function_return.authoring.config import AgentConfig, agent_config
from function_return.authoring.lint import Finding, finding, lint_value
from function_return.core.effects import effects_errors, effects_valid
from function_return.core.errors import ErrorDetail, ReturnValidationError
from function_return.core.jsonsafe import is_plain, judgeable
from function_return.core.parse import seconds
from function_return.core.validate import validate

ACTIONS = (
    "set_state",
    "goto_step",
    "set_language",
    "set_voice",
    "asr_biasing",
    "send_sms",
    "write_metric",
    "discard_recording",
    "csat_flow",
    "external_event",
    "attachments",
    "suggestions",
    "no_instruction",
    "say",
    "play_dtmf",
    "switch_variant",
    "exit_flow",
    "goto_flow",
    "update_dial",
    "end_turn",
    "continue_turn",
    "prompt",
    "prompt_next_turn",
    "handoff",
    "sip_refer",
    "sip_invite",
    "sip_bye",
    "chat_handoff",
    "sip_headers",
    "hangup",
    "stay_connected",
    "listen",
    "no_listen",
    "delayed_response",
    "asr",
    "dtmf",
    "barge_in",
    "smart_vad",
    "interjection",
)
"""Every ``Step.action``: first those only side effects give, then the return's in the order the
plan uses them (effects give ``say``, ``goto_flow``, ``exit_flow``, ``switch_variant``,
``handoff`` and ``sip_headers`` too)."""

NO_EFFECT = {
    "FR101": "/listen/asr",
    "FR102": "/listen/asr/timeout",
    "FR103": "/listen/asr",
    "FR104": "/listen/dtmf",
}
"""The lint codes that mean a setting has no effect, with the part of the value they void."""

FIRST_DIGIT_TIMEOUT = 5.0
"""Seconds the platform waits for the first key when ``first_digit_timeout`` is not given."""

INTER_DIGIT_TIMEOUT = 2.0
"""Seconds the platform waits between keys when ``inter_digit_timeout`` is not given."""


@dataclass(frozen=True, slots=True)
class Step:
    """One thing the agent does.

    Attributes:
        action: what kind of thing, one of ``ACTIONS`` (``"say"``, ``"sip_refer"``...).
        detail: the step in a plain sentence.
        source: JSON Pointer of the part of the value the step comes from (``""`` the root).
    """

    action: str
    detail: str
    source: str

    def as_dict(self) -> dict[str, str]:
        """Return the step as a plain dict."""
        return {"action": self.action, "detail": self.detail, "source": self.source}


@dataclass(frozen=True, slots=True)
class Note:
    """A remark on the plan: a setting that will have no effect, or a contradiction.

    Notes are the lint findings of the value (warnings and errors; the plan itself already
    says what the informational ones would). ``source`` is the finding's ``path``, ``detail``
    its ``message``.

    Attributes:
        code: the stable code of the lint rule behind the note (``"FR101"``...).
        severity: ``"warning"`` or ``"error"``.
        source: JSON Pointer of the setting concerned.
        detail: what happens, plainly.
        hint: how to fix it.
    """

    code: str
    severity: str
    source: str
    detail: str
    hint: str

    def as_dict(self) -> dict[str, str]:
        """Return the note as a plain dict."""
        return {
            "code": self.code,
            "severity": self.severity,
            "source": self.source,
            "detail": self.detail,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the agent does with a return: the ordered ``steps``, and ``notes`` on them."""

    steps: tuple[Step, ...]
    notes: tuple[Note, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Return ``{"steps": [...], "notes": [...]}`` with plain dicts inside."""
        return {
            "steps": [step.as_dict() for step in self.steps],
            "notes": [note.as_dict() for note in self.notes],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return ``as_dict()`` as JSON text (keys in a stable order, non-ASCII kept)."""
        return json.dumps(self.as_dict(), indent=indent, ensure_ascii=False)

    def __str__(self) -> str:
        lines = [f"{number}. {step.detail}" for number, step in enumerate(self.steps, start=1)]
        lines += [
            f"{note.severity} {note.code} at {note.source or '(root)'}: {note.detail}"
            for note in self.notes
        ]
        return "\n".join(lines)


Explanation.__module__ = "function_return"  # shown as function_return.Explanation


def explain(
    value: Any,
    *,
    effects: Sequence[Mapping[str, Any]] | None = None,
    config: Mapping[str, Any] | None = None,
) -> Explanation:
    """Return the plan of what the agent does with ``value``, a function's return.

    >>> print(explain({"utterance": "Goodbye!", "hangup": True}))
    1. Says now (spoken on voice, shown on web chat): "Goodbye!"
    2. Ends the turn.
    3. Ends the conversation: disconnects the call on voice, closes the session on web chat.

    With the side effects the function performed, the whole turn, in order:

    >>> turn = explain({"transition": {"goto_flow": "billing"}}, effects=[{"type": "exit_flow"}])
    >>> for step in turn.steps:
    ...     print(step.source, step.detail)
    /effects/0 Leaves the current flow (conv.exit_flow).
    /transition/goto_flow Moves the conversation to the flow "billing", at its start.
    >>> [(note.code, note.source) for note in turn.notes]
    [('FR202', '/transition')]

    Args:
        value: what a function returned (a string, ``None`` or a dict).
        effects: the side effects the function performed before returning, in order, in the
            shape of ``schema/effects.schema.json`` (the ``effects`` of an execute response);
            ``None`` (or an empty list) explains the return alone.
        config: the agent's configuration, as ``lint`` takes it; with it, names the agent is
            not configured with are noted (in the return and in the effects).

    Returns:
        the ``Explanation``: its steps in order (the effects', then the return's), and notes
        on settings that will have no effect (the lint findings of the value) and on effects
        the return overrides or contradicts.

    Raises:
        ReturnValidationError: when ``value`` breaks the contract or ``effects`` their schema;
            the errors in the effects point at ``/effects/<index>/...``, the others into the
            value.
        ValueError: when ``config`` does not match its schema.
    """
    effects = _checked(value, effects)
    if not is_plain(value):  # valid: read as the JSON it becomes, never by its own methods
        value = judgeable(value)
    agent = agent_config(config) if config is not None else None
    said = any(effect["type"] == "say" for effect in effects)
    found = lint_value(value, agent, said=said)
    steps = [*_effect_steps(effects), *_after_effects(_steps(value), effects)]
    notes = [*_notes(found), *_turn_notes(value, effects, agent)]
    return Explanation(tuple(_ignored(iter(steps), found)), tuple(notes))


def _checked(value: Any, effects: Any) -> list[dict[str, Any]]:
    """The effects as plain data, once the value and the effects are known valid.

    Raises:
        ReturnValidationError: with the errors of both, the value's first.
    """
    found: list[ErrorDetail] = []
    try:
        validate(value)
    except ReturnValidationError as exc:
        found += exc.errors
    if effects is not None and not effects_valid(effects):
        found += effects_errors(effects, at="/effects")
    if found:
        in_effects = [e.path == "/effects" or e.path.startswith("/effects/") for e in found]
        subject = "effects" if all(in_effects) else "function return"
        subject += " and effects" if any(in_effects) and not all(in_effects) else ""
        raise ReturnValidationError(found, subject=subject)
    if effects is None:
        return []
    plain: list[dict[str, Any]] = effects if is_plain(effects) else judgeable(effects)
    return plain


def _effect_steps(effects: list[dict[str, Any]]) -> Iterator[Step]:
    for index, effect in enumerate(effects):
        yield from _EFFECT_STEPS[effect["type"]](effect, f"/effects/{index}")


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _said(effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = (
        "Says now, while the function runs (conv.say; spoken on voice, shown on web chat): "
        f"{_quote(effect['utterance'])}"
    )
    yield Step("say", detail, f"{at}/utterance")


def _flow(effect: dict[str, Any], at: str) -> Iterator[Step]:
    flow = _quote(effect["flow"])
    detail = f"Moves the conversation to the flow {flow}, at its start (conv.goto_flow)."
    yield Step("goto_flow", detail, f"{at}/flow")


def _exit(_effect: dict[str, Any], at: str) -> Iterator[Step]:
    yield Step("exit_flow", "Leaves the current flow (conv.exit_flow).", at)


def _flow_step(effect: dict[str, Any], at: str) -> Iterator[Step]:
    label = f", with the label {_quote(effect['label'])}" if "label" in effect else ""
    detail = (
        f"Moves to the step {_quote(effect['step'])} of the current flow{label} (flow.goto_step)."
    )
    yield Step("goto_step", detail, f"{at}/step")


def _variant(effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = (
        f"Switches the conversation to the variant {_quote(effect['variant'])} (conv.set_variant)."
    )
    yield Step("switch_variant", detail, f"{at}/variant")


def _language(effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = (
        f"Switches the conversation's language to {_quote(effect['language'])} (conv.set_language)."
    )
    yield Step("set_language", detail, f"{at}/language")


def _voice(effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = f"Switches the agent's voice to {_show(effect['voice'])} (conv.set_voice)."
    yield Step("set_voice", detail, f"{at}/voice")


def _call_handoff(effect: dict[str, Any], at: str) -> Iterator[Step]:
    if "utterance" in effect:
        detail = f"Says before the handoff: {_quote(effect['utterance'])}"
        yield Step("say", detail, f"{at}/utterance")
    reason = f" for the reason {_quote(effect['reason'])}" if "reason" in effect else ""
    route = f", through the route {_quote(effect['route'])}" if "route" in effect else ""
    detail = (
        f"Hands the call off to the destination {_quote(effect['destination'])}{reason}{route} "
        "(conv.call_handoff)."
    )
    yield Step("handoff", detail, f"{at}/destination")
    if "sip_headers" in effect:
        detail = f"Sends the SIP headers {_headers(effect['sip_headers'])} with the handoff."
        yield Step("sip_headers", detail, f"{at}/sip_headers")


def _biasing(effect: dict[str, Any], at: str) -> Iterator[Step]:
    words = _listing([_quote(word) for word in effect["keywords"]])
    detail = f"Biases speech recognition towards {words} from now on (conv.set_asr_biasing)."
    yield Step("asr_biasing", detail, f"{at}/keywords")


def _clear_biasing(_effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = "Drops the speech recognition biasing (conv.clear_asr_biasing)."
    yield Step("asr_biasing", detail, at)


def _sms(effect: dict[str, Any], at: str) -> Iterator[Step]:
    parts = []
    if "to" in effect:
        parts.append(f"to {effect['to']}")
    if "from" in effect:
        parts.append(f"from {effect['from']}")
    if "template" in effect:
        parameters = effect.get("parameters")
        given = f" and the parameters {_show(parameters)}" if parameters else ""
        parts.append(f"with the template {_quote(effect['template'])}{given}")
    elif "parameters" in effect:
        parts.append(f"with the parameters {_show(effect['parameters'])}")
    text = f": {_quote(effect['content'])}" if "content" in effect else ""
    where = f" {' '.join(parts)}" if parts else ""
    detail = f"Sends a text message{where} (conv.send_sms){text}"
    yield Step("send_sms", detail if text else detail + ".", at)


def _metric(effect: dict[str, Any], at: str) -> Iterator[Step]:
    once = ", unless it was written before in this conversation" if effect["write_once"] else ""
    given = effect["value"]
    value = ", with no value" if given is None else f" with the value {_show(given)}"
    detail = f"Writes the metric {_quote(effect['name'])}{value}{once} (conv.write_metric)."
    yield Step("write_metric", detail, f"{at}/name")


def _discard(_effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = "Discards the recording of the call (conv.discard_recording)."
    yield Step("discard_recording", detail, at)


def _csat(_effect: dict[str, Any], at: str) -> Iterator[Step]:
    detail = "Moves to the customer satisfaction (CSAT) survey flow (conv.goto_csat_flow)."
    yield Step("csat_flow", detail, at)


def _event(effect: dict[str, Any], at: str) -> Iterator[Step]:
    data = f" with the data {_show(effect['data'])}" if "data" in effect else ""
    if "send_to_llm" in effect:
        llm = ", sent to the LLM" if effect["send_to_llm"] else ", not sent to the LLM"
    else:
        llm = ""
    detail = f"Raises an external event{data}{llm} (conv.generate_external_event)."
    yield Step("external_event", detail, at)


def _attachments(effect: dict[str, Any], at: str) -> Iterator[Step]:
    count = len(effect["attachments"])
    detail = (
        f"Shows {count} attachment{'s' if count != 1 else ''} in the web chat "
        "(conv.add_attachments)."
    )
    yield Step("attachments", detail, f"{at}/attachments")


def _suggestions(effect: dict[str, Any], at: str) -> Iterator[Step]:
    replies = _listing([_quote(reply) for reply in effect["suggestions"]])
    detail = (
        f"Offers the replies {replies} to pick in the web chat (conv.set_response_suggestions)."
    )
    yield Step("suggestions", detail, f"{at}/suggestions")


def _state_change(effect: dict[str, Any], at: str) -> Iterator[Step]:
    name = effect["name"]
    where = f"conv.state.{name}" if name.isidentifier() else f"conv.state[{_quote(name)}]"
    if effect.get("deleted"):
        yield Step("set_state", f"Deletes {where}.", at)
    else:
        yield Step("set_state", f"Sets {where} to {_show(effect['value'])}.", f"{at}/value")


_EFFECT_STEPS: dict[str, Callable[[dict[str, Any], str], Iterator[Step]]] = {
    "say": _said,
    "goto_flow": _flow,
    "exit_flow": _exit,
    "goto_step": _flow_step,
    "set_variant": _variant,
    "set_language": _language,
    "set_voice": _voice,
    "call_handoff": _call_handoff,
    "set_asr_biasing": _biasing,
    "clear_asr_biasing": _clear_biasing,
    "send_sms": _sms,
    "write_metric": _metric,
    "discard_recording": _discard,
    "goto_csat_flow": _csat,
    "generate_external_event": _event,
    "add_attachments": _attachments,
    "set_response_suggestions": _suggestions,
    "state": _state_change,
}
"""How each type of effect is told (a test checks that every type of the schema is here)."""

_SAID_NOW = "Says now (spoken on voice, shown on web chat): "


def _after_effects(steps: Iterator[Step], effects: list[dict[str, Any]]) -> Iterator[Step]:
    """The return's steps, told as coming after what ``conv.say`` said, if it said anything."""
    said = any(effect["type"] == "say" for effect in effects)
    for step in steps:
        if said and step.action == "say" and step.detail.startswith(_SAID_NOW):
            detail = (
                "Then says (after what conv.say said; spoken on voice, shown on web chat): "
                + step.detail.removeprefix(_SAID_NOW)
            )
            yield Step(step.action, detail, step.source)
        else:
            yield step


def _turn_notes(
    value: Any, effects: list[dict[str, Any]], agent: AgentConfig | None
) -> Iterator[Note]:
    """The notes on the effects: names not configured, and where the return overrides them."""
    found: list[Finding] = []
    for index, effect in enumerate(effects):
        at = f"/effects/{index}"
        if agent is None:
            break
        if effect["type"] == "set_variant":
            moved = {"/variant": f"{at}/variant"}
            found += [_moved(f, moved) for f in agent.findings({"variant": effect["variant"]})]
        elif effect["type"] == "call_handoff":
            handoff = {
                k: effect[n]
                for k, n in (("type", "destination"), ("reason", "reason"))
                if n in effect
            }
            moved = {"/handoff/type": f"{at}/destination", "/handoff/reason": f"{at}/reason"}
            found += [_moved(f, moved) for f in agent.findings({"handoff": handoff})]
    returned = value if isinstance(value, dict) else {}
    transition = returned.get("transition")
    last_move = None
    for index, effect in enumerate(effects):
        if effect["type"] in ("exit_flow", "goto_flow", "goto_step"):
            last_move = (index, effect)
    if transition is not None and last_move is not None:
        index, effect = last_move
        call = {"exit_flow": "conv.exit_flow()", "goto_flow": "conv.goto_flow()"}.get(
            effect["type"], "flow.goto_step()"
        )
        found.append(
            finding(
                "FR202" if effect["type"] == "exit_flow" else "FR301",
                "/transition",
                f"{call} is called (/effects/{index}), then a transition is returned: "
                "the returned transition is applied last and wins",
                f"move the flow once: drop the {call} call, or the returned transition",
            )
        )
    handoffs = [i for i, effect in enumerate(effects) if effect["type"] == "call_handoff"]
    if handoffs and "handoff" in returned:
        found.append(
            finding(
                "FR302",
                "/handoff",
                f"conv.call_handoff() hands the call off (/effects/{handoffs[-1]}), "
                "then the return asks for a handoff too",
                "hand off once: with conv.call_handoff(), or with the returned handoff",
            )
        )
    if handoffs and returned.get("hangup") is True:
        found.append(
            finding(
                "FR106",
                "/hangup",
                f"conv.call_handoff() hands the call off (/effects/{handoffs[-1]}), "
                "yet the return hangs up: contradictory next actions",
                "keep either the handoff or hangup",
            )
        )
    says = [i for i, effect in enumerate(effects) if effect["type"] == "say"]
    if says and (value is None or value == {}):
        found.append(
            finding(
                "FR303",
                f"/effects/{says[-1]}",
                "conv.say() says the text, then the function returns no instruction: the LLM "
                "goes on as if the function had returned nothing",
                'to say it as the answer, return {"utterance": ...}; fine if the LLM should '
                "reply after it",
            )
        )
    yield from _notes(found)


def _moved(found: Finding, moved: dict[str, str]) -> Finding:
    """``found`` with its path moved from the return's shape to the effect's."""
    return Finding(found.code, found.severity, moved[found.path], found.message, found.hint)


def _ignored(steps: Iterator[Step], found: list[Finding]) -> Iterator[Step]:
    """The steps, where lint says a setting has no effect, told as ignored, and why.

    The steps a finding voids become one, at the finding's place, in the place of the first.
    """
    voided = [(NO_EFFECT[f.code], f) for f in found if f.code in NO_EFFECT]
    told: dict[Finding, list[str]] = {}
    pending: list[Step | Finding] = []
    for step in steps:
        cause = next(
            (f for part, f in voided if step.source == part or step.source.startswith(part + "/")),
            None,
        )
        if cause is None:
            pending.append(step)
            continue
        if cause not in told:
            told[cause] = []
            pending.append(cause)
        told[cause].append(step.detail[0].lower() + step.detail[1:].rstrip("."))
    for item in pending:
        if isinstance(item, Step):
            yield item
            continue
        detail = f"Ignored ({item.code}): {item.message}; it would have: {'; '.join(told[item])}."
        yield Step(_VOIDED_ACTION[item.code], detail, item.path)


_VOIDED_ACTION = {"FR101": "asr", "FR102": "asr", "FR103": "asr", "FR104": "dtmf"}


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _seconds(value: float | str) -> str:
    number = seconds(value)
    text = str(int(number)) if number.is_integer() else f"{number:.9f}".rstrip("0")
    return f"{text} s"


def _listing(items: list[str]) -> str:
    return ", ".join(items) if items else "none"


def _steps(value: Any) -> Iterator[Step]:
    if value is None:
        yield Step("no_instruction", "No instruction: the agent goes on as it would.", "")
        return
    if isinstance(value, str):
        yield Step("prompt", f"Gives the LLM this system prompt for its reply: {_quote(value)}", "")
        return
    steps = [
        *_say(value),
        *_state(value),
        *_turn(value),
        *_handoff(value),
        *_hangup(value),
        *_listen(value),
    ]
    if not steps:
        steps.append(Step("no_instruction", "No instruction: the agent goes on as it would.", ""))
    yield from steps


def _say(value: dict[str, Any]) -> Iterator[Step]:
    utterance = value.get("utterance")
    if utterance is None:
        if "utterance_channel" in value:
            detail = "Says nothing now: utterance_channel is set but there is no utterance."
            yield Step("say", detail, "/utterance_channel")
        return
    if value.get("utterance_channel") == "DTMF":
        yield Step(
            "play_dtmf", f"Plays {_quote(utterance)} now as keypad tones (DTMF).", "/utterance"
        )
        return
    detail = f"Says now (spoken on voice, shown on web chat): {_quote(utterance)}"
    yield Step("say", detail, "/utterance")


def _state(value: dict[str, Any]) -> Iterator[Step]:
    if "variant" in value:
        detail = f"Switches the conversation to the variant {_quote(value['variant'])}."
        yield Step("switch_variant", detail, "/variant")
    transition = value.get("transition")
    if transition is not None:
        if "exit_flow" in transition:
            if transition["exit_flow"]:
                yield Step("exit_flow", "Leaves the current flow.", "/transition/exit_flow")
            else:
                detail = "Does not leave the current flow (exit_flow is false)."
                yield Step("exit_flow", detail, "/transition/exit_flow")
        if "goto_flow" in transition:
            where = f"the flow {_quote(transition['goto_flow'])}"
            if "goto_step" in transition:
                where = f"the step {_quote(transition['goto_step'])} of {where}"
                source = "/transition/goto_step"
            else:
                where += ", at its start"
                source = "/transition/goto_flow"
            yield Step("goto_flow", f"Moves the conversation to {where}.", source)
    dial = value.get("agentic_dial")
    if dial is not None:
        destinations = dial.get("config_patch", {}).get("destinations")
        if destinations is None:
            yield Step(
                "update_dial",
                "Leaves the agentic dial setup as it is (no destinations given).",
                "/agentic_dial",
            )
        else:
            named = [
                f"{_quote(d['name'])} ({d['phone_number']})" if "name" in d else d["phone_number"]
                for d in destinations
            ]
            detail = f"Sets the destinations the agent may dial to: {_listing(named)}."
            yield Step("update_dial", detail, "/agentic_dial/config_patch/destinations")


def _turn(value: dict[str, Any]) -> Iterator[Step]:
    has_utterance = "utterance" in value
    keeps_turn = value.get("end_turn") is False
    if keeps_turn:
        if has_utterance:
            detail = "Keeps the turn: after the utterance, the LLM goes on in the same turn."
        else:
            detail = "Keeps the turn without saying anything: the LLM goes on in the same turn."
        yield Step("continue_turn", detail, "/end_turn")
    elif has_utterance:
        yield Step(
            "end_turn", "Ends the turn.", "/end_turn" if "end_turn" in value else "/utterance"
        )
    if "content" in value:
        prompt = _quote(value["content"])
        if has_utterance and not keeps_turn:
            detail = f"On the next turn, applies this system prompt: {prompt}"
            yield Step("prompt_next_turn", detail, "/content")
        elif keeps_turn:
            detail = f"Gives the LLM this system prompt as it goes on: {prompt}"
            yield Step("prompt", detail, "/content")
        else:
            detail = f"Gives the LLM this system prompt for its reply: {prompt}"
            yield Step("prompt", detail, "/content")
    if not has_utterance and value.get("end_turn") is True:
        yield Step("end_turn", "Ends the turn after the agent's reply (the default).", "/end_turn")


def _headers(headers: dict[str, str]) -> str:
    return _listing([f"{name}: {text}" for name, text in headers.items()])


def _handoff(value: dict[str, Any]) -> Iterator[Step]:
    if "handoff" not in value:
        return
    handoff = value["handoff"]
    if handoff is True:
        detail = "Hands the call off to the default destination, with its configured method."
        yield Step("handoff", detail, "/handoff")
        return
    if "utterance" in handoff:
        detail = f"Says before the handoff: {_quote(handoff['utterance'])}"
        yield Step("say", detail, "/handoff/utterance")
    target = (
        f"the destination {_quote(handoff['type'])}"
        if "type" in handoff
        else "the default destination"
    )
    reason = f" for the reason {_quote(handoff['reason'])}" if "reason" in handoff else ""
    methods = [key for key in ("refer", "invite", "bye", "text_chat") if key in handoff]
    how = "" if methods else ", with its configured method"
    what = "web chat" if "text_chat" in handoff else "call"
    yield Step("handoff", f"Hands the {what} off to {target}{reason}{how}.", "/handoff")
    for method in methods:
        yield from _method(method, handoff[method])


def _method(method: str, settings: dict[str, Any]) -> Iterator[Step]:
    source = f"/handoff/{method}"
    if method == "refer":
        detail = (
            f"Transfers the call to {settings['phone_number']} with SIP REFER, "
            "which drops the agent from the call."
        )
        yield Step("sip_refer", detail, source)
    elif method == "invite":
        extras = []
        if "outbound_caller_id" in settings:
            extras.append(f"showing the caller id {settings['outbound_caller_id']}")
        if "outbound_endpoint" in settings:
            extras.append(f"through the outbound endpoint {_quote(settings['outbound_endpoint'])}")
        extra = f", {' and '.join(extras)}" if extras else ""
        detail = f"Dials out to {settings['phone_number']} with SIP INVITE{extra}."
        yield Step("sip_invite", detail, source)
    elif method == "bye":
        headers = settings.get("sip_headers")
        if headers:
            detail = (
                f"Hangs up with SIP BYE, passing the headers {_headers(headers)} to the carrier."
            )
            yield Step("sip_bye", detail, source)
        else:
            yield Step("sip_bye", "Hangs up with SIP BYE, passing no headers.", source)
        return
    else:
        ((key, _provider_settings),) = settings.items()
        provider = key.removesuffix("_integration")
        detail = (
            f"Hands the web chat to the live-agent provider {_quote(provider)} "
            f"({key}), passing its settings."
        )
        yield Step("chat_handoff", detail, f"{source}/{key}")
        return
    if "sip_headers" in settings:
        name = method.upper()
        detail = f"Sends the SIP headers {_headers(settings['sip_headers'])} with the {name}."
        yield Step("sip_headers", detail, f"{source}/sip_headers")


def _hangup(value: dict[str, Any]) -> Iterator[Step]:
    if "hangup" not in value:
        return
    if value["hangup"]:
        detail = (
            "Ends the conversation: disconnects the call on voice, closes the session on web chat."
        )
        yield Step("hangup", detail, "/hangup")
    else:
        yield Step("stay_connected", "Does not end the conversation (hangup is false).", "/hangup")


_CHANNELS = {
    "SPEECH": "speech",
    "DTMF": "keypad digits (DTMF)",
    "SPEECH_AND_DTMF": "speech and keypad digits (DTMF)",
}


def _listen(value: dict[str, Any]) -> Iterator[Step]:
    listen = value.get("listen")
    if listen is None:
        return
    if listen.get("listen") is False:
        yield Step("no_listen", "Does not listen for input on the next turn.", "/listen/listen")
        return
    channel = listen.get("channel", "SPEECH")
    default = "" if "channel" in listen else " (the default channel)"
    yield Step(
        "listen",
        f"On the next turn, listens for {_CHANNELS[channel]}{default}.",
        "/listen/channel" if "channel" in listen else "/listen",
    )
    if "delayed_response" in listen:
        if listen["delayed_response"]:
            detail = (
                "Uses delayed response mode: the client sends an empty input "
                "to retrieve the response."
            )
        else:
            detail = "Does not use delayed response mode."
        yield Step("delayed_response", detail, "/listen/delayed_response")
    if "asr" in listen:
        yield from _asr(listen["asr"])
    if "dtmf" in listen or "DTMF" in channel:
        yield from _dtmf(listen)
    if "barge_in" in listen:
        yield from _barge_in(listen["barge_in"])
    if "smart_vad" in listen:
        yield from _smart_vad(listen["smart_vad"])
    if "interjection" in listen:
        yield from _interjection(listen["interjection"])


_REPLACES = {
    "full": "the whole transcript",
    "partial": "the matched part",
    "substring": "the substring",
}


def _asr(asr: dict[str, Any]) -> Iterator[Step]:
    base = "/listen/asr"
    if not asr:
        yield Step("asr", "Keeps the configured speech recognition settings.", base)
    if "timeout" in asr:
        detail = f"Waits up to {_seconds(asr['timeout'])} for the caller to speak."
        yield Step("asr", detail, f"{base}/timeout")
    if "vad_timeout" in asr:
        detail = f"Sets the legacy voice-activity timeout to {_seconds(asr['vad_timeout'])}."
        yield Step("asr", detail, f"{base}/vad_timeout")
    if "keywords" in asr:
        words = _listing([_quote(word) for word in asr["keywords"]])
        yield Step("asr", f"Boosts these words in recognition: {words}.", f"{base}/keywords")
    if "custom_biases" in asr:
        biases = _listing(
            [
                f"{_quote(phrase)} (weight {weight:g})"
                for phrase, weight in asr["custom_biases"].items()
            ]
        )
        yield Step("asr", f"Biases recognition towards {biases}.", f"{base}/custom_biases")
    if "fields" in asr:
        kinds = _listing(list(asr["fields"]))
        detail = f"Tunes recognition for answers of the kinds {kinds}."
        yield Step("asr", detail, f"{base}/fields")
    for index, correction in enumerate(asr.get("corrections", [])):
        replaced = _REPLACES.get(correction.get("replacement_type", ""), "it")
        pattern = _quote(correction["regular_expression"])
        detail = (
            f"Corrects the transcript: where it matches {pattern}, "
            f"replaces {replaced} with {_quote(correction['replacement'])}."
        )
        yield Step("asr", detail, f"{base}/corrections/{index}")


def _dtmf(listen: dict[str, Any]) -> Iterator[Step]:
    dtmf = listen.get("dtmf", {})
    base = "/listen/dtmf"
    parent = base if "dtmf" in listen else ("/listen/channel" if "channel" in listen else "/listen")
    if "num_digits" in dtmf:
        count = int(dtmf["num_digits"])  # an integer in JSON Schema, written 4 or 4.0
        if count == -1:
            detail = "Collects any number of digits (no limit)."
        else:
            detail = f"Collects {count} digit{'s' if count != 1 else ''}."
        yield Step("dtmf", detail, f"{base}/num_digits")
    for key, what, fallback in (
        ("first_digit_timeout", "for the first key", FIRST_DIGIT_TIMEOUT),
        ("inter_digit_timeout", "between keys", INTER_DIGIT_TIMEOUT),
    ):
        if key in dtmf:
            yield Step("dtmf", f"Waits up to {_seconds(dtmf[key])} {what}.", f"{base}/{key}")
        else:
            detail = f"Waits up to {_seconds(fallback)} {what} (the platform default)."
            yield Step("dtmf", detail, parent)
    if "finish_on_key" in dtmf:
        key = dtmf["finish_on_key"]
        detail = (
            f"Pressing {key} finishes the input." if key else "No key finishes the input early."
        )
        yield Step("dtmf", detail, f"{base}/finish_on_key")
    if "early_listening" in dtmf:
        detail = (
            "Counts keys pressed while the agent is still speaking."
            if dtmf["early_listening"]
            else "Ignores keys pressed while the agent is still speaking."
        )
        yield Step("dtmf", detail, f"{base}/early_listening")
    if "is_pii" in dtmf:
        detail = (
            "Treats the digits as personal data: they are redacted from logs."
            if dtmf["is_pii"]
            else "Keeps the digits in logs (not personal data)."
        )
        yield Step("dtmf", detail, f"{base}/is_pii")


def _barge_in(barge_in: dict[str, Any]) -> Iterator[Step]:
    base = "/listen/barge_in"
    if not barge_in:
        yield Step("barge_in", "Keeps the configured barge-in settings.", base)
    if "is_enabled" in barge_in:
        detail = (
            "Lets the caller interrupt the agent (barge-in on)."
            if barge_in["is_enabled"]
            else "Does not let the caller interrupt the agent (barge-in off)."
        )
        yield Step("barge_in", detail, f"{base}/is_enabled")
    if "interruption_window" in barge_in:
        window = _seconds(barge_in["interruption_window"])
        detail = f"The caller must speak for {window} to interrupt."
        yield Step("barge_in", detail, f"{base}/interruption_window")


def _smart_vad(vad: dict[str, Any]) -> Iterator[Step]:
    base = "/listen/smart_vad"
    if not vad:
        yield Step("smart_vad", "Keeps the configured smart voice-activity detection.", base)
    if "is_enabled" in vad:
        detail = (
            "Turns smart voice-activity detection on: listening goes on while the caller "
            "is still speaking."
            if vad["is_enabled"]
            else "Turns smart voice-activity detection off."
        )
        yield Step("smart_vad", detail, f"{base}/is_enabled")
    if "max_extensions" in vad:
        count = int(vad["max_extensions"])  # 3.0 is the integer 3
        times = "once" if count == 1 else f"{count} times"
        detail = f"Extends listening at most {times}."
        yield Step("smart_vad", detail, f"{base}/max_extensions")
    if "max_extension_duration" in vad:
        detail = (
            f"Extends listening by at most {_seconds(vad['max_extension_duration'])} each time."
        )
        yield Step("smart_vad", detail, f"{base}/max_extension_duration")


def _interjection(interjection: dict[str, Any]) -> Iterator[Step]:
    base = "/listen/interjection"
    if not interjection:
        yield Step("interjection", "Keeps the configured interjection settings.", base)
    if "enable" in interjection:
        detail = (
            "Turns interjections on: the agent interjects briefly while the caller speaks."
            if interjection["enable"]
            else "Turns interjections off."
        )
        yield Step("interjection", detail, f"{base}/enable")
    if "frequency" in interjection:
        detail = f"Interjects at most every {_seconds(interjection['frequency'])}."
        yield Step("interjection", detail, f"{base}/frequency")


def _notes(found: list[Finding]) -> list[Note]:
    """The notes on a valid value: its lint findings, less the informational ones.

    This is the one place notes come from.
    """
    return [
        Note(item.code, item.severity, item.path, item.message, item.hint)
        for item in found
        if item.severity != "info"
    ]
