"""The agent's configuration for lint: its variants and its handoff destinations.

The format is ``schema/agent_config.schema.json``: a dict in Python, or a YAML or JSON file on
the command line::

    variants: [orleans, paris]
    handoffs:
      CALL_CENTER: {reasons: [SPEAK_TO, COMPLAINT]}
      BILLING: {}          # any reason

A part left out is not checked. With a configuration, ``lint`` reports a returned ``variant``,
handoff ``type`` or ``reason`` that the agent does not have as ``FR109``, with the closest
configured name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from function_return.authoring.findings import Finding, finding
from function_return.core.jsontext import cannot_read_reason, loads, not_json_reason
from function_return.core.pointer import join
from function_return.core.report import clip
from function_return.core.suggest import did_you_mean


class ConfigError(ValueError):
    """An agent configuration that cannot be read or does not match its schema."""


ConfigError.__module__ = "function_return"  # public: function_return.ConfigError


@dataclass(frozen=True)
class AgentConfig:
    """A checked agent configuration: what ``FR109`` compares returns with.

    Attributes:
        variants: the variant names, or None when variants are not checked.
        handoffs: destination type to its allowed reasons (None: any reason), or None when
            handoffs are not checked.
    """

    variants: tuple[str, ...] | None
    handoffs: dict[str, tuple[str, ...] | None] | None

    def findings(self, value: Mapping[str, Any]) -> Iterator[Finding]:
        """Yield an ``FR109`` finding for each name in ``value`` that is not configured."""
        variant = value.get("variant")
        known = self.variants
        if known is not None and isinstance(variant, str) and variant not in known:
            yield _not_configured("/variant", "variant", variant, list(known))
        handoff = value.get("handoff")
        if self.handoffs is None or not isinstance(handoff, dict):
            return
        kind = handoff.get("type")
        if isinstance(kind, str) and kind not in self.handoffs:
            yield _not_configured("/handoff/type", "handoff type", kind, list(self.handoffs))
            return
        reason = handoff.get("reason")
        reasons = self.handoffs.get(kind) if isinstance(kind, str) else None
        if isinstance(reason, str) and reasons is not None and reason not in reasons:
            yield _not_configured(
                "/handoff/reason", f"reason for handoff type {kind}", reason, list(reasons)
            )


LISTED = 10
"""The most configured names an ``FR109`` hint lists; it says how many there are."""


def _not_configured(path: str, what: str, name: str, names: list[str]) -> Finding:
    listed = ", ".join(f'"{clip(n, 60)}"' for n in names[:LISTED]) or "none"
    if len(names) > LISTED:
        listed += f" and {len(names) - LISTED} more"
    return finding(
        "FR109",
        path,
        f'{what} "{clip(name, 60)}" is not configured{did_you_mean(name, names)}',
        f"configured: {listed}; fix the name, or add it to the agent's configuration",
    )


MAX_PROBLEMS = 100
"""The most problems a ``ConfigError`` lists; it says how many there were in all."""


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from function_return.core.linear import linear
    from function_return_generated.agent_config_schema import SCHEMA_TEXT

    return linear(Draft202012Validator)(json.loads(SCHEMA_TEXT))


def agent_config(config: Mapping[str, Any] | AgentConfig) -> AgentConfig:
    """Check a configuration against its schema and return it as an ``AgentConfig``.

    Raises:
        ConfigError: naming each problem with its JSON Pointer.
    """
    if isinstance(config, AgentConfig):
        return config
    if not isinstance(config, Mapping):
        raise ConfigError(f"agent configuration: expected an object; got {type(config).__name__}")
    problems = sorted(
        _validator().iter_errors(dict(config)), key=lambda e: list(map(str, e.absolute_path))
    )
    if problems:
        lines = [
            f"  {join(e.absolute_path) or '(root)'}: {clip(e.message, 200)}"
            for e in problems[:MAX_PROBLEMS]
        ]
        if len(problems) > MAX_PROBLEMS:
            lines.append(f"  (the first {MAX_PROBLEMS} of {len(problems)} problems)")
        raise ConfigError("invalid agent configuration:\n" + "\n".join(lines))
    variants = config.get("variants")
    handoffs = config.get("handoffs")
    return AgentConfig(
        variants=tuple(variants) if variants is not None else None,
        handoffs=(
            {kind: tuple(d["reasons"]) if "reasons" in d else None for kind, d in handoffs.items()}
            if handoffs is not None
            else None
        ),
    )


def load_config(path: str) -> AgentConfig:
    """Read a configuration from a YAML or JSON file (``.json`` is read as JSON) and check it.

    Raises:
        ConfigError: when the file cannot be read or parsed, or does not match the schema.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {cannot_read_reason(exc)}") from None
    try:
        if path.endswith(".json"):
            data = loads(text)
        else:
            import yaml

            data = yaml.safe_load(text)
    except (ValueError, RecursionError) as exc:  # not JSON
        raise ConfigError(f"{path}: not JSON: {not_json_reason(exc)}") from None
    except Exception as exc:  # yaml.YAMLError
        raise ConfigError(f"{path}: not YAML: {exc}") from None
    try:
        return agent_config(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
