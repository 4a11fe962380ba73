# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from enum import StrEnum


class EffectType(StrEnum):
    ADD_ATTACHMENTS = "add_attachments"
    CALL_HANDOFF = "call_handoff"
    CLEAR_ASR_BIASING = "clear_asr_biasing"
    DISCARD_RECORDING = "discard_recording"
    EXIT_FLOW = "exit_flow"
    GENERATE_EXTERNAL_EVENT = "generate_external_event"
    GOTO_CSAT_FLOW = "goto_csat_flow"
    GOTO_FLOW = "goto_flow"
    GOTO_STEP = "goto_step"
    SAY = "say"
    SEND_SMS = "send_sms"
    SET_ASR_BIASING = "set_asr_biasing"
    SET_LANGUAGE = "set_language"
    SET_RESPONSE_SUGGESTIONS = "set_response_suggestions"
    SET_VARIANT = "set_variant"
    SET_VOICE = "set_voice"
    STATE = "state"
    WRITE_METRIC = "write_metric"

    def __str__(self) -> str:
        return str(self.value)
