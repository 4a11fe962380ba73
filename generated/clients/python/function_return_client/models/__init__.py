# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .add_attachments_effect import AddAttachmentsEffect
from .agent_config import AgentConfig
from .agent_config_handoffs import AgentConfigHandoffs
from .agentic_dial import AgenticDial
from .agentic_dial_config_patch import AgenticDialConfigPatch
from .asr import Asr
from .asr_correction import AsrCorrection
from .asr_correction_replacement_type import AsrCorrectionReplacementType
from .asr_custom_biases import AsrCustomBiases
from .asr_fields_item import AsrFieldsItem
from .barge_in import BargeIn
from .bye import Bye
from .call_handoff_effect import CallHandoffEffect
from .call_handoff_effect_sip_headers import CallHandoffEffectSipHeaders
from .check_request import CheckRequest
from .clear_asr_biasing_effect import ClearAsrBiasingEffect
from .conversation import Conversation
from .conversation_entities import ConversationEntities
from .conversation_generic_external_events_item import ConversationGenericExternalEventsItem
from .conversation_handoffs import ConversationHandoffs
from .conversation_handoffs_additional_property import ConversationHandoffsAdditionalProperty
from .conversation_history_item import ConversationHistoryItem
from .conversation_history_item_role import ConversationHistoryItemRole
from .conversation_integration_attributes import ConversationIntegrationAttributes
from .conversation_memory import ConversationMemory
from .conversation_metric_events_item import ConversationMetricEventsItem
from .conversation_real_time_config import ConversationRealTimeConfig
from .conversation_sip_headers import ConversationSipHeaders
from .conversation_sms_templates import ConversationSmsTemplates
from .conversation_state import ConversationState
from .conversation_variant import ConversationVariant
from .conversation_variants import ConversationVariants
from .conversation_variants_additional_property import ConversationVariantsAdditionalProperty
from .dial_destination import DialDestination
from .dial_destination_metadata import DialDestinationMetadata
from .discard_recording_effect import DiscardRecordingEffect
from .dtmf import Dtmf
from .dtmf_finish_on_key import DtmfFinishOnKey
from .effect import Effect
from .effect_type import EffectType
from .execute_request import ExecuteRequest
from .execute_request_args import ExecuteRequestArgs
from .execute_response import ExecuteResponse
from .exit_flow_effect import ExitFlowEffect
from .explain_note import ExplainNote
from .explain_note_severity import ExplainNoteSeverity
from .explain_request import ExplainRequest
from .explain_request_effects_item import ExplainRequestEffectsItem
from .explain_response_type_0 import ExplainResponseType0
from .explain_response_type_1 import ExplainResponseType1
from .explain_step import ExplainStep
from .explain_step_action import ExplainStepAction
from .fixtures import Fixtures
from .fixtures_api import FixturesApi
from .fixtures_secrets import FixturesSecrets
from .function_info import FunctionInfo
from .function_list import FunctionList
from .function_return import FunctionReturn
from .function_return_utterance_channel import FunctionReturnUtteranceChannel
from .generate_external_event_effect import GenerateExternalEventEffect
from .get_open_api_response_200 import GetOpenApiResponse200
from .get_open_api_response_200_info import GetOpenApiResponse200Info
from .get_open_api_response_200_paths import GetOpenApiResponse200Paths
from .goto_csat_flow_effect import GotoCsatFlowEffect
from .goto_flow_effect import GotoFlowEffect
from .goto_step_effect import GotoStepEffect
from .handoff import Handoff
from .handoff_destination import HandoffDestination
from .health import Health
from .interjection import Interjection
from .invite import Invite
from .lint_finding import LintFinding
from .lint_finding_severity import LintFindingSeverity
from .lint_response import LintResponse
from .listen import Listen
from .listen_channel import ListenChannel
from .load_problem import LoadProblem
from .parameter import Parameter
from .parameter_type import ParameterType
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .refer import Refer
from .return_error import ReturnError
from .say_effect import SayEffect
from .send_sms_effect import SendSmsEffect
from .send_sms_effect_parameters import SendSmsEffectParameters
from .set_asr_biasing_effect import SetAsrBiasingEffect
from .set_language_effect import SetLanguageEffect
from .set_response_suggestions_effect import SetResponseSuggestionsEffect
from .set_variant_effect import SetVariantEffect
from .set_voice_effect import SetVoiceEffect
from .sip_headers import SipHeaders
from .smart_vad import SmartVad
from .state import State
from .state_effect import StateEffect
from .text_chat import TextChat
from .text_chat_additional_property import TextChatAdditionalProperty
from .transition import Transition
from .validate_request import ValidateRequest
from .validate_response import ValidateResponse
from .write_metric_effect import WriteMetricEffect

__all__ = (
    "AddAttachmentsEffect",
    "AgentConfig",
    "AgentConfigHandoffs",
    "AgenticDial",
    "AgenticDialConfigPatch",
    "Asr",
    "AsrCorrection",
    "AsrCorrectionReplacementType",
    "AsrCustomBiases",
    "AsrFieldsItem",
    "BargeIn",
    "Bye",
    "CallHandoffEffect",
    "CallHandoffEffectSipHeaders",
    "CheckRequest",
    "ClearAsrBiasingEffect",
    "Conversation",
    "ConversationEntities",
    "ConversationGenericExternalEventsItem",
    "ConversationHandoffs",
    "ConversationHandoffsAdditionalProperty",
    "ConversationHistoryItem",
    "ConversationHistoryItemRole",
    "ConversationIntegrationAttributes",
    "ConversationMemory",
    "ConversationMetricEventsItem",
    "ConversationRealTimeConfig",
    "ConversationSipHeaders",
    "ConversationSmsTemplates",
    "ConversationState",
    "ConversationVariant",
    "ConversationVariants",
    "ConversationVariantsAdditionalProperty",
    "DialDestination",
    "DialDestinationMetadata",
    "DiscardRecordingEffect",
    "Dtmf",
    "DtmfFinishOnKey",
    "Effect",
    "EffectType",
    "ExecuteRequest",
    "ExecuteRequestArgs",
    "ExecuteResponse",
    "ExitFlowEffect",
    "ExplainNote",
    "ExplainNoteSeverity",
    "ExplainRequest",
    "ExplainRequestEffectsItem",
    "ExplainResponseType0",
    "ExplainResponseType1",
    "ExplainStep",
    "ExplainStepAction",
    "Fixtures",
    "FixturesApi",
    "FixturesSecrets",
    "FunctionInfo",
    "FunctionList",
    "FunctionReturn",
    "FunctionReturnUtteranceChannel",
    "GenerateExternalEventEffect",
    "GetOpenApiResponse200",
    "GetOpenApiResponse200Info",
    "GetOpenApiResponse200Paths",
    "GotoCsatFlowEffect",
    "GotoFlowEffect",
    "GotoStepEffect",
    "Handoff",
    "HandoffDestination",
    "Health",
    "Interjection",
    "Invite",
    "LintFinding",
    "LintFindingSeverity",
    "LintResponse",
    "Listen",
    "ListenChannel",
    "LoadProblem",
    "Parameter",
    "ParameterType",
    "Problem",
    "ProblemErrorsItem",
    "Refer",
    "ReturnError",
    "SayEffect",
    "SendSmsEffect",
    "SendSmsEffectParameters",
    "SetAsrBiasingEffect",
    "SetLanguageEffect",
    "SetResponseSuggestionsEffect",
    "SetVariantEffect",
    "SetVoiceEffect",
    "SipHeaders",
    "SmartVad",
    "State",
    "StateEffect",
    "TextChat",
    "TextChatAdditionalProperty",
    "Transition",
    "ValidateRequest",
    "ValidateResponse",
    "WriteMetricEffect",
)
