# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_entities import ConversationEntities
    from ..models.conversation_generic_external_events_item import ConversationGenericExternalEventsItem
    from ..models.conversation_handoffs import ConversationHandoffs
    from ..models.conversation_history_item import ConversationHistoryItem
    from ..models.conversation_integration_attributes import ConversationIntegrationAttributes
    from ..models.conversation_memory import ConversationMemory
    from ..models.conversation_metric_events_item import ConversationMetricEventsItem
    from ..models.conversation_real_time_config import ConversationRealTimeConfig
    from ..models.conversation_sip_headers import ConversationSipHeaders
    from ..models.conversation_sms_templates import ConversationSmsTemplates
    from ..models.conversation_state import ConversationState
    from ..models.conversation_variant import ConversationVariant
    from ..models.conversation_variants import ConversationVariants


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """The conversation the call belongs to; a function receives it as `conv` (a first parameter named so; in a project, a
    parameter named `conv` or annotated `Conversation`). Every field is optional; one not given reads as null (as an
    empty object or list for the collections). The fields after `state` are read by functions served from a project
    (`serve --project`).

        Attributes:
            id (str | Unset): The conversation's id.
            channel (str | Unset): The channel, for example `VOICE` or `WEBCHAT` (the 1.0 field; see `channel_type`).
            caller_number (None | str | Unset): The caller's number.
            callee_number (None | str | Unset): The number called.
            state (ConversationState | Unset): The conversation's state (`conv.state`): a function may read and write it.
            account_id (str | Unset): `conv.account_id`.
            project_id (str | Unset): `conv.project_id`.
            env (str | Unset): `conv.env`: `sandbox`, `pre-release`, `live` (some code also checks `draft`).
            channel_type (str | Unset): `conv.channel_type`, for example `sip.polyai`, `webchat.polyai`, `sms.twilio`.
            sip_headers (ConversationSipHeaders | Unset): `conv.sip_headers`: the call's SIP headers.
            language (str | Unset): `conv.language`, for example `en-GB`.
            turn_number (int | Unset): `conv.turn_number`.
            history (list[ConversationHistoryItem] | Unset): `conv.history`: the turns so far (each read by item or
                attribute: `turn.role`, `turn.text`).
            transcript_alternatives (list[str] | Unset): `conv.transcript_alternatives`: the other readings of the last user
                turn.
            variant_name (None | str | Unset): `conv.variant_name`: the current variant.
            variants (ConversationVariants | Unset): `conv.variants`: each variant's attributes, by name; `conv.variant`
                reads those of `variant_name`.
            variant (ConversationVariant | Unset): `conv.variant`'s attributes when `variants` does not give them
                (`conv.variant.site_name`; a missing one reads as null).
            current_flow (None | str | Unset): `conv.current_flow` (for a flow function, its flow when not given).
            current_step (None | str | Unset): `flow.current_step` and `conv.current_step`.
            real_time_config (ConversationRealTimeConfig | Unset): `conv.real_time_config`.
            memory (ConversationMemory | Unset): `conv.memory`.
            metric_events (list[ConversationMetricEventsItem] | Unset): `conv.metric_events` (each read by item or
                attribute: `event.name`, `event.value`).
            integration_attributes (ConversationIntegrationAttributes | Unset): `conv.integration_attributes`.
            entities (ConversationEntities | Unset): `conv.entities`.
            handoffs (ConversationHandoffs | Unset): `conv.handoffs`: the configured handoff destinations, by name. When
                given, `conv.call_handoff` to another destination is an error (problem `unknown-handoff`).
            sms_templates (ConversationSmsTemplates | Unset): `conv.sms_templates`.
            generic_external_events (list[ConversationGenericExternalEventsItem] | Unset): `conv.generic_external_events`.
    """

    id: str | Unset = UNSET
    channel: str | Unset = UNSET
    caller_number: None | str | Unset = UNSET
    callee_number: None | str | Unset = UNSET
    state: ConversationState | Unset = UNSET
    account_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    env: str | Unset = UNSET
    channel_type: str | Unset = UNSET
    sip_headers: ConversationSipHeaders | Unset = UNSET
    language: str | Unset = UNSET
    turn_number: int | Unset = UNSET
    history: list[ConversationHistoryItem] | Unset = UNSET
    transcript_alternatives: list[str] | Unset = UNSET
    variant_name: None | str | Unset = UNSET
    variants: ConversationVariants | Unset = UNSET
    variant: ConversationVariant | Unset = UNSET
    current_flow: None | str | Unset = UNSET
    current_step: None | str | Unset = UNSET
    real_time_config: ConversationRealTimeConfig | Unset = UNSET
    memory: ConversationMemory | Unset = UNSET
    metric_events: list[ConversationMetricEventsItem] | Unset = UNSET
    integration_attributes: ConversationIntegrationAttributes | Unset = UNSET
    entities: ConversationEntities | Unset = UNSET
    handoffs: ConversationHandoffs | Unset = UNSET
    sms_templates: ConversationSmsTemplates | Unset = UNSET
    generic_external_events: list[ConversationGenericExternalEventsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel = self.channel

        caller_number: None | str | Unset
        if isinstance(self.caller_number, Unset):
            caller_number = UNSET
        else:
            caller_number = self.caller_number

        callee_number: None | str | Unset
        if isinstance(self.callee_number, Unset):
            callee_number = UNSET
        else:
            callee_number = self.callee_number

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        account_id = self.account_id

        project_id = self.project_id

        env = self.env

        channel_type = self.channel_type

        sip_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = self.sip_headers.to_dict()

        language = self.language

        turn_number = self.turn_number

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        transcript_alternatives: list[str] | Unset = UNSET
        if not isinstance(self.transcript_alternatives, Unset):
            transcript_alternatives = self.transcript_alternatives

        variant_name: None | str | Unset
        if isinstance(self.variant_name, Unset):
            variant_name = UNSET
        else:
            variant_name = self.variant_name

        variants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = self.variants.to_dict()

        variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.to_dict()

        current_flow: None | str | Unset
        if isinstance(self.current_flow, Unset):
            current_flow = UNSET
        else:
            current_flow = self.current_flow

        current_step: None | str | Unset
        if isinstance(self.current_step, Unset):
            current_step = UNSET
        else:
            current_step = self.current_step

        real_time_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.real_time_config, Unset):
            real_time_config = self.real_time_config.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        metric_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_events, Unset):
            metric_events = []
            for metric_events_item_data in self.metric_events:
                metric_events_item = metric_events_item_data.to_dict()
                metric_events.append(metric_events_item)

        integration_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_attributes, Unset):
            integration_attributes = self.integration_attributes.to_dict()

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        handoffs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.handoffs, Unset):
            handoffs = self.handoffs.to_dict()

        sms_templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_templates, Unset):
            sms_templates = self.sms_templates.to_dict()

        generic_external_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generic_external_events, Unset):
            generic_external_events = []
            for generic_external_events_item_data in self.generic_external_events:
                generic_external_events_item = generic_external_events_item_data.to_dict()
                generic_external_events.append(generic_external_events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if caller_number is not UNSET:
            field_dict["caller_number"] = caller_number
        if callee_number is not UNSET:
            field_dict["callee_number"] = callee_number
        if state is not UNSET:
            field_dict["state"] = state
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if env is not UNSET:
            field_dict["env"] = env
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers
        if language is not UNSET:
            field_dict["language"] = language
        if turn_number is not UNSET:
            field_dict["turn_number"] = turn_number
        if history is not UNSET:
            field_dict["history"] = history
        if transcript_alternatives is not UNSET:
            field_dict["transcript_alternatives"] = transcript_alternatives
        if variant_name is not UNSET:
            field_dict["variant_name"] = variant_name
        if variants is not UNSET:
            field_dict["variants"] = variants
        if variant is not UNSET:
            field_dict["variant"] = variant
        if current_flow is not UNSET:
            field_dict["current_flow"] = current_flow
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if real_time_config is not UNSET:
            field_dict["real_time_config"] = real_time_config
        if memory is not UNSET:
            field_dict["memory"] = memory
        if metric_events is not UNSET:
            field_dict["metric_events"] = metric_events
        if integration_attributes is not UNSET:
            field_dict["integration_attributes"] = integration_attributes
        if entities is not UNSET:
            field_dict["entities"] = entities
        if handoffs is not UNSET:
            field_dict["handoffs"] = handoffs
        if sms_templates is not UNSET:
            field_dict["sms_templates"] = sms_templates
        if generic_external_events is not UNSET:
            field_dict["generic_external_events"] = generic_external_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_entities import ConversationEntities  # noqa: PLC0415
        from ..models.conversation_generic_external_events_item import ConversationGenericExternalEventsItem  # noqa: PLC0415
        from ..models.conversation_handoffs import ConversationHandoffs  # noqa: PLC0415
        from ..models.conversation_history_item import ConversationHistoryItem  # noqa: PLC0415
        from ..models.conversation_integration_attributes import ConversationIntegrationAttributes  # noqa: PLC0415
        from ..models.conversation_memory import ConversationMemory  # noqa: PLC0415
        from ..models.conversation_metric_events_item import ConversationMetricEventsItem  # noqa: PLC0415
        from ..models.conversation_real_time_config import ConversationRealTimeConfig  # noqa: PLC0415
        from ..models.conversation_sip_headers import ConversationSipHeaders  # noqa: PLC0415
        from ..models.conversation_sms_templates import ConversationSmsTemplates  # noqa: PLC0415
        from ..models.conversation_state import ConversationState  # noqa: PLC0415
        from ..models.conversation_variant import ConversationVariant  # noqa: PLC0415
        from ..models.conversation_variants import ConversationVariants  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        channel = d.pop("channel", UNSET)

        def _parse_caller_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_number = _parse_caller_number(d.pop("caller_number", UNSET))

        def _parse_callee_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callee_number = _parse_callee_number(d.pop("callee_number", UNSET))

        _state = d.pop("state", UNSET)
        state: ConversationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ConversationState.from_dict(_state)

        account_id = d.pop("account_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        env = d.pop("env", UNSET)

        channel_type = d.pop("channel_type", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: ConversationSipHeaders | Unset
        if isinstance(_sip_headers, Unset):
            sip_headers = UNSET
        else:
            sip_headers = ConversationSipHeaders.from_dict(_sip_headers)

        language = d.pop("language", UNSET)

        turn_number = d.pop("turn_number", UNSET)

        _history = d.pop("history", UNSET)
        history: list[ConversationHistoryItem] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = ConversationHistoryItem.from_dict(history_item_data)

                history.append(history_item)

        transcript_alternatives = cast(list[str], d.pop("transcript_alternatives", UNSET))

        def _parse_variant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant_name = _parse_variant_name(d.pop("variant_name", UNSET))

        _variants = d.pop("variants", UNSET)
        variants: ConversationVariants | Unset
        if isinstance(_variants, Unset):
            variants = UNSET
        else:
            variants = ConversationVariants.from_dict(_variants)

        _variant = d.pop("variant", UNSET)
        variant: ConversationVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = ConversationVariant.from_dict(_variant)

        def _parse_current_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_flow = _parse_current_flow(d.pop("current_flow", UNSET))

        def _parse_current_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_step = _parse_current_step(d.pop("current_step", UNSET))

        _real_time_config = d.pop("real_time_config", UNSET)
        real_time_config: ConversationRealTimeConfig | Unset
        if isinstance(_real_time_config, Unset):
            real_time_config = UNSET
        else:
            real_time_config = ConversationRealTimeConfig.from_dict(_real_time_config)

        _memory = d.pop("memory", UNSET)
        memory: ConversationMemory | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = ConversationMemory.from_dict(_memory)

        _metric_events = d.pop("metric_events", UNSET)
        metric_events: list[ConversationMetricEventsItem] | Unset = UNSET
        if _metric_events is not UNSET:
            metric_events = []
            for metric_events_item_data in _metric_events:
                metric_events_item = ConversationMetricEventsItem.from_dict(metric_events_item_data)

                metric_events.append(metric_events_item)

        _integration_attributes = d.pop("integration_attributes", UNSET)
        integration_attributes: ConversationIntegrationAttributes | Unset
        if isinstance(_integration_attributes, Unset):
            integration_attributes = UNSET
        else:
            integration_attributes = ConversationIntegrationAttributes.from_dict(_integration_attributes)

        _entities = d.pop("entities", UNSET)
        entities: ConversationEntities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = ConversationEntities.from_dict(_entities)

        _handoffs = d.pop("handoffs", UNSET)
        handoffs: ConversationHandoffs | Unset
        if isinstance(_handoffs, Unset):
            handoffs = UNSET
        else:
            handoffs = ConversationHandoffs.from_dict(_handoffs)

        _sms_templates = d.pop("sms_templates", UNSET)
        sms_templates: ConversationSmsTemplates | Unset
        if isinstance(_sms_templates, Unset):
            sms_templates = UNSET
        else:
            sms_templates = ConversationSmsTemplates.from_dict(_sms_templates)

        _generic_external_events = d.pop("generic_external_events", UNSET)
        generic_external_events: list[ConversationGenericExternalEventsItem] | Unset = UNSET
        if _generic_external_events is not UNSET:
            generic_external_events = []
            for generic_external_events_item_data in _generic_external_events:
                generic_external_events_item = ConversationGenericExternalEventsItem.from_dict(
                    generic_external_events_item_data
                )

                generic_external_events.append(generic_external_events_item)

        conversation = cls(
            id=id,
            channel=channel,
            caller_number=caller_number,
            callee_number=callee_number,
            state=state,
            account_id=account_id,
            project_id=project_id,
            env=env,
            channel_type=channel_type,
            sip_headers=sip_headers,
            language=language,
            turn_number=turn_number,
            history=history,
            transcript_alternatives=transcript_alternatives,
            variant_name=variant_name,
            variants=variants,
            variant=variant,
            current_flow=current_flow,
            current_step=current_step,
            real_time_config=real_time_config,
            memory=memory,
            metric_events=metric_events,
            integration_attributes=integration_attributes,
            entities=entities,
            handoffs=handoffs,
            sms_templates=sms_templates,
            generic_external_events=generic_external_events,
        )

        return conversation
