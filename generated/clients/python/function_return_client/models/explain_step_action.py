# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from enum import StrEnum


class ExplainStepAction(StrEnum):
    ASR = "asr"
    BARGE_IN = "barge_in"
    CHAT_HANDOFF = "chat_handoff"
    CONTINUE_TURN = "continue_turn"
    DELAYED_RESPONSE = "delayed_response"
    DTMF = "dtmf"
    END_TURN = "end_turn"
    EXIT_FLOW = "exit_flow"
    GOTO_FLOW = "goto_flow"
    HANDOFF = "handoff"
    HANGUP = "hangup"
    INTERJECTION = "interjection"
    LISTEN = "listen"
    NO_INSTRUCTION = "no_instruction"
    NO_LISTEN = "no_listen"
    PLAY_DTMF = "play_dtmf"
    PROMPT = "prompt"
    PROMPT_NEXT_TURN = "prompt_next_turn"
    SAY = "say"
    SIP_BYE = "sip_bye"
    SIP_HEADERS = "sip_headers"
    SIP_INVITE = "sip_invite"
    SIP_REFER = "sip_refer"
    SMART_VAD = "smart_vad"
    STAY_CONNECTED = "stay_connected"
    SWITCH_VARIANT = "switch_variant"
    UPDATE_DIAL = "update_dial"

    def __str__(self) -> str:
        return str(self.value)
