# Generated from schema/function_return.schema.json by fastjsonschema 2.22.3; do not edit: run `make generate`.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9*#]+$': re.compile('^[0-9*#]+\\Z'),
    '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$': re.compile('^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)\\Z'),
    '^[0-9]+(\\.[0-9]{1,9})?s$': re.compile('^[0-9]+(\\.[0-9]{1,9})?s\\Z'),
    '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$': re.compile('^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s\\Z'),
    '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$': re.compile('^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s\\Z'),
    '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$': re.compile('^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration\\Z'),
    '^[A-Za-z0-9-]+$': re.compile('^[A-Za-z0-9-]+\\Z')
}

NoneType = type(None)

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json(data, custom_formats={}, name_prefix=None):
    validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_functionreturn(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_functionreturn(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Structured instructions for the agent. Every field is optional and fields combine freely.', 'properties': {'content': {'type': 'string', 'description': 'The system prompt for the next LLM turn; the same as returning a plain string. With `utterance`, it applies to the next turn.'}, 'utterance': {'type': 'string', 'description': 'The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With `content`, the agent says it and ends the turn.'}, 'utterance_channel': {'type': 'string', 'enum': ['SPEECH', 'DTMF'], 'description': 'How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.'}, 'end_turn': {'type': 'boolean', 'description': 'Whether the turn ends after the utterance (default true). False: say the utterance, then let the LLM go on in the same turn.'}, 'hangup': {'type': 'boolean', 'description': 'True ends the conversation after the function: disconnects the call on voice, closes the session on web chat.'}, 'handoff': {'description': 'Hands the call off after the function: `true` for the default destination, or an object naming the destination and the SIP method.', 'anyOf': [{'type': 'boolean', 'const': True, 'description': 'Hand off to the default destination.'}, {'type': 'object', 'description': 'A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.', 'properties': {'type': {'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, 'reason': {'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, 'utterance': {'type': 'string', 'description': 'A phrase said before the handoff.'}, 'refer': {'$ref': '#/$defs/Refer', 'description': 'SIP REFER: transfers the call and drops the agent from it.'}, 'invite': {'$ref': '#/$defs/Invite', 'description': 'SIP INVITE: the agent dials out to the destination.'}, 'bye': {'$ref': '#/$defs/Bye', 'description': 'SIP BYE: hangs up, passing headers to the carrier.'}, 'text_chat': {'$ref': '#/$defs/TextChat', 'description': 'Hands a web chat to a live-agent provider.'}}, 'additionalProperties': False, 'not': {'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}}]}, 'listen': {'type': 'object', 'description': 'How the agent listens on the next turn.', 'properties': {'listen': {'type': 'boolean', 'description': 'Whether to listen for input (default true).'}, 'delayed_response': {'type': 'boolean', 'description': 'Delayed response mode: the client sends an empty input to retrieve the response.'}, 'channel': {'type': 'string', 'enum': ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF'], 'description': 'The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.'}, 'asr': {'$ref': '#/$defs/Asr', 'description': 'Speech recognition settings for the next turn.'}, 'dtmf': {'$ref': '#/$defs/Dtmf', 'description': 'Keypad (DTMF) settings for the next turn.'}, 'barge_in': {'$ref': '#/$defs/BargeIn', 'description': 'Whether the caller may interrupt the agent.'}, 'smart_vad': {'$ref': '#/$defs/SmartVad', 'description': 'Smart voice-activity detection: extends listening while the caller is still speaking.'}, 'interjection': {'$ref': '#/$defs/Interjection', 'description': 'Short interjections while the caller speaks.'}}, 'additionalProperties': False}, 'variant': {'type': 'string', 'minLength': 1, 'description': 'Switches the conversation to the variant of this name, as configured in variant management.'}, 'transition': {'type': 'object', 'description': 'A move within a flow: to a flow, to a step of a flow, or out of the current flow.', 'properties': {'goto_flow': {'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, 'goto_step': {'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, 'exit_flow': {'type': 'boolean', 'description': 'True leaves the current flow.'}}, 'additionalProperties': False, 'minProperties': 1, 'if': {'properties': {'goto_step': {}}, 'required': ['goto_step']}, 'then': {'properties': {'goto_flow': {}}, 'required': ['goto_flow']}}, 'agentic_dial': {'type': 'object', 'description': 'Agentic dial settings (undocumented by the platform).', 'properties': {'config_patch': {'type': 'object', 'description': 'Changes to the agentic dial configuration.', 'properties': {'destinations': {'type': 'array', 'description': 'Where the agent may dial.', 'items': {'$ref': '#/$defs/DialDestination'}}}, 'additionalProperties': False}}, 'additionalProperties': False}}, 'additionalProperties': False, 'if': {'properties': {'utterance_channel': {'const': 'DTMF'}}, 'required': ['utterance_channel']}, 'then': {'properties': {'utterance': {'type': 'string', 'pattern': '^[0-9*#]+$'}}, 'required': ['utterance']}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".content must be string", value=data__content, name="" + (name_prefix or "data") + ".content", definition={'type': 'string', 'description': 'The system prompt for the next LLM turn; the same as returning a plain string. With `utterance`, it applies to the next turn.'}, rule='type')
        if "utterance" in data_keys:
            data_keys.remove("utterance")
            data__utterance = data["utterance"]
            if not isinstance(data__utterance, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance must be string", value=data__utterance, name="" + (name_prefix or "data") + ".utterance", definition={'type': 'string', 'description': 'The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With `content`, the agent says it and ends the turn.'}, rule='type')
        if "utterance_channel" in data_keys:
            data_keys.remove("utterance_channel")
            data__utterancechannel = data["utterance_channel"]
            if not isinstance(data__utterancechannel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance_channel must be string", value=data__utterancechannel, name="" + (name_prefix or "data") + ".utterance_channel", definition={'type': 'string', 'enum': ['SPEECH', 'DTMF'], 'description': 'How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.'}, rule='type')
            if not (isinstance(data__utterancechannel, str) and data__utterancechannel == 'SPEECH' or isinstance(data__utterancechannel, str) and data__utterancechannel == 'DTMF'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance_channel must be one of ['SPEECH', 'DTMF']", value=data__utterancechannel, name="" + (name_prefix or "data") + ".utterance_channel", definition={'type': 'string', 'enum': ['SPEECH', 'DTMF'], 'description': 'How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.'}, rule='enum')
        if "end_turn" in data_keys:
            data_keys.remove("end_turn")
            data__endturn = data["end_turn"]
            if not isinstance(data__endturn, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_turn must be boolean", value=data__endturn, name="" + (name_prefix or "data") + ".end_turn", definition={'type': 'boolean', 'description': 'Whether the turn ends after the utterance (default true). False: say the utterance, then let the LLM go on in the same turn.'}, rule='type')
        if "hangup" in data_keys:
            data_keys.remove("hangup")
            data__hangup = data["hangup"]
            if not isinstance(data__hangup, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hangup must be boolean", value=data__hangup, name="" + (name_prefix or "data") + ".hangup", definition={'type': 'boolean', 'description': 'True ends the conversation after the function: disconnects the call on voice, closes the session on web chat.'}, rule='type')
        if "handoff" in data_keys:
            data_keys.remove("handoff")
            data__handoff = data["handoff"]
            data__handoff_any_of_count1 = 0
            if not data__handoff_any_of_count1:
                try:
                    if not isinstance(data__handoff, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".handoff must be boolean", value=data__handoff, name="" + (name_prefix or "data") + ".handoff", definition={'type': 'boolean', 'const': True, 'description': 'Hand off to the default destination.'}, rule='type')
                    if not (isinstance(data__handoff, bool) and data__handoff is True):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".handoff must be same as const definition: True", value=data__handoff, name="" + (name_prefix or "data") + ".handoff", definition={'type': 'boolean', 'const': True, 'description': 'Hand off to the default destination.'}, rule='const')
                    data__handoff_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__handoff_any_of_count1:
                try:
                    validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_handoff(data__handoff, custom_formats, (name_prefix or "data") + ".handoff")
                    data__handoff_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__handoff_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".handoff cannot be validated by any definition", value=data__handoff, name="" + (name_prefix or "data") + ".handoff", definition={'description': 'Hands the call off after the function: `true` for the default destination, or an object naming the destination and the SIP method.', 'anyOf': [{'type': 'boolean', 'const': True, 'description': 'Hand off to the default destination.'}, {'type': 'object', 'description': 'A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.', 'properties': {'type': {'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, 'reason': {'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, 'utterance': {'type': 'string', 'description': 'A phrase said before the handoff.'}, 'refer': {'$ref': '#/$defs/Refer', 'description': 'SIP REFER: transfers the call and drops the agent from it.'}, 'invite': {'$ref': '#/$defs/Invite', 'description': 'SIP INVITE: the agent dials out to the destination.'}, 'bye': {'$ref': '#/$defs/Bye', 'description': 'SIP BYE: hangs up, passing headers to the carrier.'}, 'text_chat': {'$ref': '#/$defs/TextChat', 'description': 'Hands a web chat to a live-agent provider.'}}, 'additionalProperties': False, 'not': {'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}}]}, rule='anyOf')
        if "listen" in data_keys:
            data_keys.remove("listen")
            data__listen = data["listen"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_listen(data__listen, custom_formats, (name_prefix or "data") + ".listen")
        if "variant" in data_keys:
            data_keys.remove("variant")
            data__variant = data["variant"]
            if not isinstance(data__variant, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".variant must be string", value=data__variant, name="" + (name_prefix or "data") + ".variant", definition={'type': 'string', 'minLength': 1, 'description': 'Switches the conversation to the variant of this name, as configured in variant management.'}, rule='type')
            if isinstance(data__variant, str):
                data__variant_len = len(data__variant)
                if data__variant_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".variant must be longer than or equal to 1 characters", value=data__variant, name="" + (name_prefix or "data") + ".variant", definition={'type': 'string', 'minLength': 1, 'description': 'Switches the conversation to the variant of this name, as configured in variant management.'}, rule='minLength')
        if "transition" in data_keys:
            data_keys.remove("transition")
            data__transition = data["transition"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_transition(data__transition, custom_formats, (name_prefix or "data") + ".transition")
        if "agentic_dial" in data_keys:
            data_keys.remove("agentic_dial")
            data__agenticdial = data["agentic_dial"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_agenticdial(data__agenticdial, custom_formats, (name_prefix or "data") + ".agentic_dial")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Structured instructions for the agent. Every field is optional and fields combine freely.', 'properties': {'content': {'type': 'string', 'description': 'The system prompt for the next LLM turn; the same as returning a plain string. With `utterance`, it applies to the next turn.'}, 'utterance': {'type': 'string', 'description': 'The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With `content`, the agent says it and ends the turn.'}, 'utterance_channel': {'type': 'string', 'enum': ['SPEECH', 'DTMF'], 'description': 'How the utterance is played: `SPEECH` (default) or `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.'}, 'end_turn': {'type': 'boolean', 'description': 'Whether the turn ends after the utterance (default true). False: say the utterance, then let the LLM go on in the same turn.'}, 'hangup': {'type': 'boolean', 'description': 'True ends the conversation after the function: disconnects the call on voice, closes the session on web chat.'}, 'handoff': {'description': 'Hands the call off after the function: `true` for the default destination, or an object naming the destination and the SIP method.', 'anyOf': [{'type': 'boolean', 'const': True, 'description': 'Hand off to the default destination.'}, {'type': 'object', 'description': 'A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.', 'properties': {'type': {'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, 'reason': {'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, 'utterance': {'type': 'string', 'description': 'A phrase said before the handoff.'}, 'refer': {'$ref': '#/$defs/Refer', 'description': 'SIP REFER: transfers the call and drops the agent from it.'}, 'invite': {'$ref': '#/$defs/Invite', 'description': 'SIP INVITE: the agent dials out to the destination.'}, 'bye': {'$ref': '#/$defs/Bye', 'description': 'SIP BYE: hangs up, passing headers to the carrier.'}, 'text_chat': {'$ref': '#/$defs/TextChat', 'description': 'Hands a web chat to a live-agent provider.'}}, 'additionalProperties': False, 'not': {'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}}]}, 'listen': {'type': 'object', 'description': 'How the agent listens on the next turn.', 'properties': {'listen': {'type': 'boolean', 'description': 'Whether to listen for input (default true).'}, 'delayed_response': {'type': 'boolean', 'description': 'Delayed response mode: the client sends an empty input to retrieve the response.'}, 'channel': {'type': 'string', 'enum': ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF'], 'description': 'The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.'}, 'asr': {'$ref': '#/$defs/Asr', 'description': 'Speech recognition settings for the next turn.'}, 'dtmf': {'$ref': '#/$defs/Dtmf', 'description': 'Keypad (DTMF) settings for the next turn.'}, 'barge_in': {'$ref': '#/$defs/BargeIn', 'description': 'Whether the caller may interrupt the agent.'}, 'smart_vad': {'$ref': '#/$defs/SmartVad', 'description': 'Smart voice-activity detection: extends listening while the caller is still speaking.'}, 'interjection': {'$ref': '#/$defs/Interjection', 'description': 'Short interjections while the caller speaks.'}}, 'additionalProperties': False}, 'variant': {'type': 'string', 'minLength': 1, 'description': 'Switches the conversation to the variant of this name, as configured in variant management.'}, 'transition': {'type': 'object', 'description': 'A move within a flow: to a flow, to a step of a flow, or out of the current flow.', 'properties': {'goto_flow': {'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, 'goto_step': {'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, 'exit_flow': {'type': 'boolean', 'description': 'True leaves the current flow.'}}, 'additionalProperties': False, 'minProperties': 1, 'if': {'properties': {'goto_step': {}}, 'required': ['goto_step']}, 'then': {'properties': {'goto_flow': {}}, 'required': ['goto_flow']}}, 'agentic_dial': {'type': 'object', 'description': 'Agentic dial settings (undocumented by the platform).', 'properties': {'config_patch': {'type': 'object', 'description': 'Changes to the agentic dial configuration.', 'properties': {'destinations': {'type': 'array', 'description': 'Where the agent may dial.', 'items': {'$ref': '#/$defs/DialDestination'}}}, 'additionalProperties': False}}, 'additionalProperties': False}}, 'additionalProperties': False, 'if': {'properties': {'utterance_channel': {'const': 'DTMF'}}, 'required': ['utterance_channel']}, 'then': {'properties': {'utterance': {'type': 'string', 'pattern': '^[0-9*#]+$'}}, 'required': ['utterance']}}, rule='additionalProperties')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['utterance_channel']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'utterance_channel': {'const': 'DTMF'}}, 'required': ['utterance_channel']}, rule='required')
            data_keys = set(data.keys())
            if "utterance_channel" in data_keys:
                data_keys.remove("utterance_channel")
                data__utterancechannel = data["utterance_channel"]
                if not (isinstance(data__utterancechannel, str) and data__utterancechannel == 'DTMF'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance_channel must be same as const definition: DTMF", value=data__utterancechannel, name="" + (name_prefix or "data") + ".utterance_channel", definition={'const': 'DTMF'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['utterance']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'utterance': {'type': 'string', 'pattern': '^[0-9*#]+$'}}, 'required': ['utterance']}, rule='required')
            data_keys = set(data.keys())
            if "utterance" in data_keys:
                data_keys.remove("utterance")
                data__utterance = data["utterance"]
                if not isinstance(data__utterance, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance must be string", value=data__utterance, name="" + (name_prefix or "data") + ".utterance", definition={'type': 'string', 'pattern': '^[0-9*#]+$'}, rule='type')
                if isinstance(data__utterance, str):
                    if not REGEX_PATTERNS['^[0-9*#]+$'].search(data__utterance):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance must match pattern ^[0-9*#]+$", value=data__utterance, name="" + (name_prefix or "data") + ".utterance", definition={'type': 'string', 'pattern': '^[0-9*#]+$'}, rule='pattern')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_agenticdial(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Agentic dial settings (undocumented by the platform).', 'properties': {'config_patch': {'type': 'object', 'description': 'Changes to the agentic dial configuration.', 'properties': {'destinations': {'type': 'array', 'description': 'Where the agent may dial.', 'items': {'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI to dial.'}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "config_patch" in data_keys:
            data_keys.remove("config_patch")
            data__configpatch = data["config_patch"]
            if not isinstance(data__configpatch, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".config_patch must be object", value=data__configpatch, name="" + (name_prefix or "data") + ".config_patch", definition={'type': 'object', 'description': 'Changes to the agentic dial configuration.', 'properties': {'destinations': {'type': 'array', 'description': 'Where the agent may dial.', 'items': {'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI to dial.'}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
            data__configpatch_is_dict = isinstance(data__configpatch, dict)
            if data__configpatch_is_dict:
                data__configpatch_keys = set(data__configpatch.keys())
                if "destinations" in data__configpatch_keys:
                    data__configpatch_keys.remove("destinations")
                    data__configpatch__destinations = data__configpatch["destinations"]
                    if not isinstance(data__configpatch__destinations, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".config_patch.destinations must be array", value=data__configpatch__destinations, name="" + (name_prefix or "data") + ".config_patch.destinations", definition={'type': 'array', 'description': 'Where the agent may dial.', 'items': {'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI to dial.'}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}}, rule='type')
                    data__configpatch__destinations_is_list = isinstance(data__configpatch__destinations, (list, tuple))
                    if data__configpatch__destinations_is_list:
                        data__configpatch__destinations_len = len(data__configpatch__destinations)
                        for data__configpatch__destinations_x, data__configpatch__destinations_item in enumerate(data__configpatch__destinations):
                            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_dialdestination(data__configpatch__destinations_item, custom_formats, (name_prefix or "data") + ".config_patch.destinations[{data__configpatch__destinations_x}]".format(**locals()))
                if data__configpatch_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".config_patch must not contain "+str(data__configpatch_keys)+" properties", value=data__configpatch, name="" + (name_prefix or "data") + ".config_patch", definition={'type': 'object', 'description': 'Changes to the agentic dial configuration.', 'properties': {'destinations': {'type': 'array', 'description': 'Where the agent may dial.', 'items': {'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI to dial.'}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Agentic dial settings (undocumented by the platform).', 'properties': {'config_patch': {'type': 'object', 'description': 'Changes to the agentic dial configuration.', 'properties': {'destinations': {'type': 'array', 'description': 'Where the agent may dial.', 'items': {'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI to dial.'}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_dialdestination(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['phone_number']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'description': "The destination's name."}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'description': "The destination's name."}, rule='minLength')
        if "phone_number" in data_keys:
            data_keys.remove("phone_number")
            data__phonenumber = data["phone_number"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_phonenumber(data__phonenumber, custom_formats, (name_prefix or "data") + ".phone_number")
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".metadata must be object", value=data__metadata, name="" + (name_prefix or "data") + ".metadata", definition={'type': 'object', 'description': 'Data passed along with the call, as it is.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One agentic dial destination.', 'properties': {'name': {'type': 'string', 'minLength': 1, 'description': "The destination's name."}, 'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'metadata': {'type': 'object', 'description': 'Data passed along with the call, as it is.'}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_phonenumber(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 2048:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 2048 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, rule='maxLength')
        if not REGEX_PATTERNS['^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, rule='pattern')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_transition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A move within a flow: to a flow, to a step of a flow, or out of the current flow.', 'properties': {'goto_flow': {'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, 'goto_step': {'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, 'exit_flow': {'type': 'boolean', 'description': 'True leaves the current flow.'}}, 'additionalProperties': False, 'minProperties': 1, 'if': {'properties': {'goto_step': {}}, 'required': ['goto_step']}, 'then': {'properties': {'goto_flow': {}}, 'required': ['goto_flow']}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A move within a flow: to a flow, to a step of a flow, or out of the current flow.', 'properties': {'goto_flow': {'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, 'goto_step': {'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, 'exit_flow': {'type': 'boolean', 'description': 'True leaves the current flow.'}}, 'additionalProperties': False, 'minProperties': 1, 'if': {'properties': {'goto_step': {}}, 'required': ['goto_step']}, 'then': {'properties': {'goto_flow': {}}, 'required': ['goto_flow']}}, rule='minProperties')
        data_keys = set(data.keys())
        if "goto_flow" in data_keys:
            data_keys.remove("goto_flow")
            data__gotoflow = data["goto_flow"]
            if not isinstance(data__gotoflow, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".goto_flow must be string", value=data__gotoflow, name="" + (name_prefix or "data") + ".goto_flow", definition={'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, rule='type')
            if isinstance(data__gotoflow, str):
                data__gotoflow_len = len(data__gotoflow)
                if data__gotoflow_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".goto_flow must be longer than or equal to 1 characters", value=data__gotoflow, name="" + (name_prefix or "data") + ".goto_flow", definition={'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, rule='minLength')
        if "goto_step" in data_keys:
            data_keys.remove("goto_step")
            data__gotostep = data["goto_step"]
            if not isinstance(data__gotostep, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".goto_step must be string", value=data__gotostep, name="" + (name_prefix or "data") + ".goto_step", definition={'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, rule='type')
            if isinstance(data__gotostep, str):
                data__gotostep_len = len(data__gotostep)
                if data__gotostep_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".goto_step must be longer than or equal to 1 characters", value=data__gotostep, name="" + (name_prefix or "data") + ".goto_step", definition={'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, rule='minLength')
        if "exit_flow" in data_keys:
            data_keys.remove("exit_flow")
            data__exitflow = data["exit_flow"]
            if not isinstance(data__exitflow, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exit_flow must be boolean", value=data__exitflow, name="" + (name_prefix or "data") + ".exit_flow", definition={'type': 'boolean', 'description': 'True leaves the current flow.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A move within a flow: to a flow, to a step of a flow, or out of the current flow.', 'properties': {'goto_flow': {'type': 'string', 'minLength': 1, 'description': 'The flow to move to.'}, 'goto_step': {'type': 'string', 'minLength': 1, 'description': 'The step of `goto_flow` to move to; needs `goto_flow`.'}, 'exit_flow': {'type': 'boolean', 'description': 'True leaves the current flow.'}}, 'additionalProperties': False, 'minProperties': 1, 'if': {'properties': {'goto_step': {}}, 'required': ['goto_step']}, 'then': {'properties': {'goto_flow': {}}, 'required': ['goto_flow']}}, rule='additionalProperties')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['goto_step']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'goto_step': {}}, 'required': ['goto_step']}, rule='required')
            data_keys = set(data.keys())
            if "goto_step" in data_keys:
                data_keys.remove("goto_step")
                data__gotostep = data["goto_step"]
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['goto_flow']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'goto_flow': {}}, 'required': ['goto_flow']}, rule='required')
            data_keys = set(data.keys())
            if "goto_flow" in data_keys:
                data_keys.remove("goto_flow")
                data__gotoflow = data["goto_flow"]
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_listen(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'How the agent listens on the next turn.', 'properties': {'listen': {'type': 'boolean', 'description': 'Whether to listen for input (default true).'}, 'delayed_response': {'type': 'boolean', 'description': 'Delayed response mode: the client sends an empty input to retrieve the response.'}, 'channel': {'type': 'string', 'enum': ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF'], 'description': 'The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.'}, 'asr': {'type': 'object', 'description': 'Speech recognition settings.', 'properties': {'timeout': {'$ref': '#/$defs/AsrTimeout', 'description': 'How long to wait for speech: more than 0 and at most 60 seconds.'}, 'vad_timeout': {'$ref': '#/$defs/Duration', 'description': 'Legacy voice-activity timeout; still accepted.'}, 'keywords': {'type': 'array', 'description': 'Words to boost in recognition.', 'items': {'type': 'string', 'minLength': 1}}, 'custom_biases': {'type': 'object', 'description': 'Phrases mapped to a bias weight greater than 0.', 'propertyNames': {'minLength': 1}, 'additionalProperties': {'type': 'number', 'exclusiveMinimum': 0}}, 'fields': {'type': 'array', 'description': 'The kinds of answer expected, which tune recognition.', 'items': {'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}}, 'corrections': {'type': 'array', 'description': 'Rewrites applied to the transcript.', 'items': {'$ref': '#/$defs/AsrCorrection'}}}, 'additionalProperties': False}, 'dtmf': {'type': 'object', 'description': 'Keypad (DTMF) settings.', 'properties': {'num_digits': {'description': 'How many digits to collect: 1 to 32, or -1 for no limit.', 'anyOf': [{'type': 'integer', 'minimum': 1, 'maximum': 32}, {'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}]}, 'first_digit_timeout': {'$ref': '#/$defs/Duration', 'description': 'How long to wait for the first key (platform default 5 seconds).'}, 'inter_digit_timeout': {'$ref': '#/$defs/Duration', 'description': 'How long to wait between keys (platform default 2 seconds).'}, 'finish_on_key': {'type': 'string', 'enum': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''], 'description': 'The key that ends input early, or "" for none.'}, 'early_listening': {'type': 'boolean', 'description': 'Whether keys pressed while the agent is still speaking count.'}, 'is_pii': {'type': 'boolean', 'description': 'Whether the digits are personal data, redacted from logs.'}}, 'additionalProperties': False}, 'barge_in': {'type': 'object', 'description': 'Barge-in: whether the caller may interrupt the agent.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether barge-in is on.'}, 'interruption_window': {'$ref': '#/$defs/Duration', 'description': 'How long the caller must speak to interrupt.'}}, 'additionalProperties': False}, 'smart_vad': {'type': 'object', 'description': 'Smart voice-activity detection.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether smart VAD is on.'}, 'max_extensions': {'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, 'max_extension_duration': {'$ref': '#/$defs/MaxExtensionDuration', 'description': 'The longest single extension: 0.5 to 5 seconds.'}}, 'additionalProperties': False}, 'interjection': {'type': 'object', 'description': 'Interjections while the caller speaks. Note `enable`, not `is_enabled`.', 'properties': {'enable': {'type': 'boolean', 'description': 'Whether interjections are on.'}, 'frequency': {'$ref': '#/$defs/Duration', 'description': 'How often to interject.'}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "listen" in data_keys:
            data_keys.remove("listen")
            data__listen = data["listen"]
            if not isinstance(data__listen, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".listen must be boolean", value=data__listen, name="" + (name_prefix or "data") + ".listen", definition={'type': 'boolean', 'description': 'Whether to listen for input (default true).'}, rule='type')
        if "delayed_response" in data_keys:
            data_keys.remove("delayed_response")
            data__delayedresponse = data["delayed_response"]
            if not isinstance(data__delayedresponse, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".delayed_response must be boolean", value=data__delayedresponse, name="" + (name_prefix or "data") + ".delayed_response", definition={'type': 'boolean', 'description': 'Delayed response mode: the client sends an empty input to retrieve the response.'}, rule='type')
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be string", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'enum': ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF'], 'description': 'The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.'}, rule='type')
            if not (isinstance(data__channel, str) and data__channel == 'SPEECH' or isinstance(data__channel, str) and data__channel == 'DTMF' or isinstance(data__channel, str) and data__channel == 'SPEECH_AND_DTMF'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be one of ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF']", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'enum': ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF'], 'description': 'The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.'}, rule='enum')
        if "asr" in data_keys:
            data_keys.remove("asr")
            data__asr = data["asr"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_asr(data__asr, custom_formats, (name_prefix or "data") + ".asr")
        if "dtmf" in data_keys:
            data_keys.remove("dtmf")
            data__dtmf = data["dtmf"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_dtmf(data__dtmf, custom_formats, (name_prefix or "data") + ".dtmf")
        if "barge_in" in data_keys:
            data_keys.remove("barge_in")
            data__bargein = data["barge_in"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_bargein(data__bargein, custom_formats, (name_prefix or "data") + ".barge_in")
        if "smart_vad" in data_keys:
            data_keys.remove("smart_vad")
            data__smartvad = data["smart_vad"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_smartvad(data__smartvad, custom_formats, (name_prefix or "data") + ".smart_vad")
        if "interjection" in data_keys:
            data_keys.remove("interjection")
            data__interjection = data["interjection"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_interjection(data__interjection, custom_formats, (name_prefix or "data") + ".interjection")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'How the agent listens on the next turn.', 'properties': {'listen': {'type': 'boolean', 'description': 'Whether to listen for input (default true).'}, 'delayed_response': {'type': 'boolean', 'description': 'Delayed response mode: the client sends an empty input to retrieve the response.'}, 'channel': {'type': 'string', 'enum': ['SPEECH', 'DTMF', 'SPEECH_AND_DTMF'], 'description': 'The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`. Exact upper case.'}, 'asr': {'type': 'object', 'description': 'Speech recognition settings.', 'properties': {'timeout': {'$ref': '#/$defs/AsrTimeout', 'description': 'How long to wait for speech: more than 0 and at most 60 seconds.'}, 'vad_timeout': {'$ref': '#/$defs/Duration', 'description': 'Legacy voice-activity timeout; still accepted.'}, 'keywords': {'type': 'array', 'description': 'Words to boost in recognition.', 'items': {'type': 'string', 'minLength': 1}}, 'custom_biases': {'type': 'object', 'description': 'Phrases mapped to a bias weight greater than 0.', 'propertyNames': {'minLength': 1}, 'additionalProperties': {'type': 'number', 'exclusiveMinimum': 0}}, 'fields': {'type': 'array', 'description': 'The kinds of answer expected, which tune recognition.', 'items': {'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}}, 'corrections': {'type': 'array', 'description': 'Rewrites applied to the transcript.', 'items': {'$ref': '#/$defs/AsrCorrection'}}}, 'additionalProperties': False}, 'dtmf': {'type': 'object', 'description': 'Keypad (DTMF) settings.', 'properties': {'num_digits': {'description': 'How many digits to collect: 1 to 32, or -1 for no limit.', 'anyOf': [{'type': 'integer', 'minimum': 1, 'maximum': 32}, {'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}]}, 'first_digit_timeout': {'$ref': '#/$defs/Duration', 'description': 'How long to wait for the first key (platform default 5 seconds).'}, 'inter_digit_timeout': {'$ref': '#/$defs/Duration', 'description': 'How long to wait between keys (platform default 2 seconds).'}, 'finish_on_key': {'type': 'string', 'enum': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''], 'description': 'The key that ends input early, or "" for none.'}, 'early_listening': {'type': 'boolean', 'description': 'Whether keys pressed while the agent is still speaking count.'}, 'is_pii': {'type': 'boolean', 'description': 'Whether the digits are personal data, redacted from logs.'}}, 'additionalProperties': False}, 'barge_in': {'type': 'object', 'description': 'Barge-in: whether the caller may interrupt the agent.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether barge-in is on.'}, 'interruption_window': {'$ref': '#/$defs/Duration', 'description': 'How long the caller must speak to interrupt.'}}, 'additionalProperties': False}, 'smart_vad': {'type': 'object', 'description': 'Smart voice-activity detection.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether smart VAD is on.'}, 'max_extensions': {'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, 'max_extension_duration': {'$ref': '#/$defs/MaxExtensionDuration', 'description': 'The longest single extension: 0.5 to 5 seconds.'}}, 'additionalProperties': False}, 'interjection': {'type': 'object', 'description': 'Interjections while the caller speaks. Note `enable`, not `is_enabled`.', 'properties': {'enable': {'type': 'boolean', 'description': 'Whether interjections are on.'}, 'frequency': {'$ref': '#/$defs/Duration', 'description': 'How often to interject.'}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_interjection(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Interjections while the caller speaks. Note `enable`, not `is_enabled`.', 'properties': {'enable': {'type': 'boolean', 'description': 'Whether interjections are on.'}, 'frequency': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "enable" in data_keys:
            data_keys.remove("enable")
            data__enable = data["enable"]
            if not isinstance(data__enable, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".enable must be boolean", value=data__enable, name="" + (name_prefix or "data") + ".enable", definition={'type': 'boolean', 'description': 'Whether interjections are on.'}, rule='type')
        if "frequency" in data_keys:
            data_keys.remove("frequency")
            data__frequency = data["frequency"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_duration(data__frequency, custom_formats, (name_prefix or "data") + ".frequency")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Interjections while the caller speaks. Note `enable`, not `is_enabled`.', 'properties': {'enable': {'type': 'boolean', 'description': 'Whether interjections are on.'}, 'frequency': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_duration(data, custom_formats={}, name_prefix=None):
    data_any_of_count2 = 0
    if not data_any_of_count2:
        try:
            if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be number", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'minimum': 0}, rule='type')
            if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
                if data < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be bigger than or equal to 0", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'minimum': 0}, rule='minimum')
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}, rule='type')
            if isinstance(data, str):
                if not REGEX_PATTERNS['^[0-9]+(\\.[0-9]{1,9})?s$'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]+(\\.[0-9]{1,9})?s$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}, rule='pattern')
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, rule='anyOf')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_smartvad(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Smart voice-activity detection.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether smart VAD is on.'}, 'max_extensions': {'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, 'max_extension_duration': {'description': 'A duration from 0.5 to 5 seconds: a number, or a string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0.5, 'maximum': 5}, {'type': 'string', 'pattern': '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$'}]}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "is_enabled" in data_keys:
            data_keys.remove("is_enabled")
            data__isenabled = data["is_enabled"]
            if not isinstance(data__isenabled, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_enabled must be boolean", value=data__isenabled, name="" + (name_prefix or "data") + ".is_enabled", definition={'type': 'boolean', 'description': 'Whether smart VAD is on.'}, rule='type')
        if "max_extensions" in data_keys:
            data_keys.remove("max_extensions")
            data__maxextensions = data["max_extensions"]
            if not isinstance(data__maxextensions, (int)) and not (isinstance(data__maxextensions, float) and data__maxextensions.is_integer()) or isinstance(data__maxextensions, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_extensions must be integer", value=data__maxextensions, name="" + (name_prefix or "data") + ".max_extensions", definition={'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, rule='type')
            if isinstance(data__maxextensions, (int, float, Decimal)) and not isinstance(data__maxextensions, bool):
                if data__maxextensions < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_extensions must be bigger than or equal to 1", value=data__maxextensions, name="" + (name_prefix or "data") + ".max_extensions", definition={'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, rule='minimum')
                if data__maxextensions > 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".max_extensions must be smaller than or equal to 20", value=data__maxextensions, name="" + (name_prefix or "data") + ".max_extensions", definition={'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, rule='maximum')
        if "max_extension_duration" in data_keys:
            data_keys.remove("max_extension_duration")
            data__maxextensionduration = data["max_extension_duration"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_maxextensionduration(data__maxextensionduration, custom_formats, (name_prefix or "data") + ".max_extension_duration")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Smart voice-activity detection.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether smart VAD is on.'}, 'max_extensions': {'type': 'integer', 'minimum': 1, 'maximum': 20, 'description': 'How many times listening may be extended: 1 to 20.'}, 'max_extension_duration': {'description': 'A duration from 0.5 to 5 seconds: a number, or a string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0.5, 'maximum': 5}, {'type': 'string', 'pattern': '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$'}]}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_maxextensionduration(data, custom_formats={}, name_prefix=None):
    data_any_of_count3 = 0
    if not data_any_of_count3:
        try:
            if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be number", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'minimum': 0.5, 'maximum': 5}, rule='type')
            if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
                if data < 0.5:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be bigger than or equal to 0.5", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'minimum': 0.5, 'maximum': 5}, rule='minimum')
                if data > 5:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be smaller than or equal to 5", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'minimum': 0.5, 'maximum': 5}, rule='maximum')
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count3:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$'}, rule='type')
            if isinstance(data, str):
                if not REGEX_PATTERNS['^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$'}, rule='pattern')
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count3:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A duration from 0.5 to 5 seconds: a number, or a string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0.5, 'maximum': 5}, {'type': 'string', 'pattern': '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$'}]}, rule='anyOf')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_bargein(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Barge-in: whether the caller may interrupt the agent.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether barge-in is on.'}, 'interruption_window': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "is_enabled" in data_keys:
            data_keys.remove("is_enabled")
            data__isenabled = data["is_enabled"]
            if not isinstance(data__isenabled, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_enabled must be boolean", value=data__isenabled, name="" + (name_prefix or "data") + ".is_enabled", definition={'type': 'boolean', 'description': 'Whether barge-in is on.'}, rule='type')
        if "interruption_window" in data_keys:
            data_keys.remove("interruption_window")
            data__interruptionwindow = data["interruption_window"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_duration(data__interruptionwindow, custom_formats, (name_prefix or "data") + ".interruption_window")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Barge-in: whether the caller may interrupt the agent.', 'properties': {'is_enabled': {'type': 'boolean', 'description': 'Whether barge-in is on.'}, 'interruption_window': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_dtmf(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Keypad (DTMF) settings.', 'properties': {'num_digits': {'description': 'How many digits to collect: 1 to 32, or -1 for no limit.', 'anyOf': [{'type': 'integer', 'minimum': 1, 'maximum': 32}, {'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}]}, 'first_digit_timeout': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, 'inter_digit_timeout': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, 'finish_on_key': {'type': 'string', 'enum': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''], 'description': 'The key that ends input early, or "" for none.'}, 'early_listening': {'type': 'boolean', 'description': 'Whether keys pressed while the agent is still speaking count.'}, 'is_pii': {'type': 'boolean', 'description': 'Whether the digits are personal data, redacted from logs.'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "num_digits" in data_keys:
            data_keys.remove("num_digits")
            data__numdigits = data["num_digits"]
            data__numdigits_any_of_count4 = 0
            if not data__numdigits_any_of_count4:
                try:
                    if not isinstance(data__numdigits, (int)) and not (isinstance(data__numdigits, float) and data__numdigits.is_integer()) or isinstance(data__numdigits, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits must be integer", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'type': 'integer', 'minimum': 1, 'maximum': 32}, rule='type')
                    if isinstance(data__numdigits, (int, float, Decimal)) and not isinstance(data__numdigits, bool):
                        if data__numdigits < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits must be bigger than or equal to 1", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'type': 'integer', 'minimum': 1, 'maximum': 32}, rule='minimum')
                        if data__numdigits > 32:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits must be smaller than or equal to 32", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'type': 'integer', 'minimum': 1, 'maximum': 32}, rule='maximum')
                    data__numdigits_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__numdigits_any_of_count4:
                try:
                    if not isinstance(data__numdigits, (int)) and not (isinstance(data__numdigits, float) and data__numdigits.is_integer()) or isinstance(data__numdigits, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits must be integer", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}, rule='type')
                    if isinstance(data__numdigits, (int, float, Decimal)) and not isinstance(data__numdigits, bool):
                        if data__numdigits < -1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits must be bigger than or equal to -1", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}, rule='minimum')
                        if data__numdigits > -1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits must be smaller than or equal to -1", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}, rule='maximum')
                    data__numdigits_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__numdigits_any_of_count4:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".num_digits cannot be validated by any definition", value=data__numdigits, name="" + (name_prefix or "data") + ".num_digits", definition={'description': 'How many digits to collect: 1 to 32, or -1 for no limit.', 'anyOf': [{'type': 'integer', 'minimum': 1, 'maximum': 32}, {'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}]}, rule='anyOf')
        if "first_digit_timeout" in data_keys:
            data_keys.remove("first_digit_timeout")
            data__firstdigittimeout = data["first_digit_timeout"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_duration(data__firstdigittimeout, custom_formats, (name_prefix or "data") + ".first_digit_timeout")
        if "inter_digit_timeout" in data_keys:
            data_keys.remove("inter_digit_timeout")
            data__interdigittimeout = data["inter_digit_timeout"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_duration(data__interdigittimeout, custom_formats, (name_prefix or "data") + ".inter_digit_timeout")
        if "finish_on_key" in data_keys:
            data_keys.remove("finish_on_key")
            data__finishonkey = data["finish_on_key"]
            if not isinstance(data__finishonkey, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".finish_on_key must be string", value=data__finishonkey, name="" + (name_prefix or "data") + ".finish_on_key", definition={'type': 'string', 'enum': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''], 'description': 'The key that ends input early, or "" for none.'}, rule='type')
            if not (isinstance(data__finishonkey, str) and data__finishonkey == '0' or isinstance(data__finishonkey, str) and data__finishonkey == '1' or isinstance(data__finishonkey, str) and data__finishonkey == '2' or isinstance(data__finishonkey, str) and data__finishonkey == '3' or isinstance(data__finishonkey, str) and data__finishonkey == '4' or isinstance(data__finishonkey, str) and data__finishonkey == '5' or isinstance(data__finishonkey, str) and data__finishonkey == '6' or isinstance(data__finishonkey, str) and data__finishonkey == '7' or isinstance(data__finishonkey, str) and data__finishonkey == '8' or isinstance(data__finishonkey, str) and data__finishonkey == '9' or isinstance(data__finishonkey, str) and data__finishonkey == '*' or isinstance(data__finishonkey, str) and data__finishonkey == '#' or isinstance(data__finishonkey, str) and data__finishonkey == ''):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".finish_on_key must be one of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', '']", value=data__finishonkey, name="" + (name_prefix or "data") + ".finish_on_key", definition={'type': 'string', 'enum': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''], 'description': 'The key that ends input early, or "" for none.'}, rule='enum')
        if "early_listening" in data_keys:
            data_keys.remove("early_listening")
            data__earlylistening = data["early_listening"]
            if not isinstance(data__earlylistening, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".early_listening must be boolean", value=data__earlylistening, name="" + (name_prefix or "data") + ".early_listening", definition={'type': 'boolean', 'description': 'Whether keys pressed while the agent is still speaking count.'}, rule='type')
        if "is_pii" in data_keys:
            data_keys.remove("is_pii")
            data__ispii = data["is_pii"]
            if not isinstance(data__ispii, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_pii must be boolean", value=data__ispii, name="" + (name_prefix or "data") + ".is_pii", definition={'type': 'boolean', 'description': 'Whether the digits are personal data, redacted from logs.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Keypad (DTMF) settings.', 'properties': {'num_digits': {'description': 'How many digits to collect: 1 to 32, or -1 for no limit.', 'anyOf': [{'type': 'integer', 'minimum': 1, 'maximum': 32}, {'type': 'integer', 'minimum': -1, 'maximum': -1, 'description': '-1: no limit.'}]}, 'first_digit_timeout': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, 'inter_digit_timeout': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, 'finish_on_key': {'type': 'string', 'enum': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''], 'description': 'The key that ends input early, or "" for none.'}, 'early_listening': {'type': 'boolean', 'description': 'Whether keys pressed while the agent is still speaking count.'}, 'is_pii': {'type': 'boolean', 'description': 'Whether the digits are personal data, redacted from logs.'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_asr(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Speech recognition settings.', 'properties': {'timeout': {'description': 'A duration of more than 0 and at most 60 seconds: a number, or a string such as "7s".', 'anyOf': [{'type': 'number', 'exclusiveMinimum': 0, 'maximum': 60}, {'type': 'string', 'pattern': '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$'}]}, 'vad_timeout': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, 'keywords': {'type': 'array', 'description': 'Words to boost in recognition.', 'items': {'type': 'string', 'minLength': 1}}, 'custom_biases': {'type': 'object', 'description': 'Phrases mapped to a bias weight greater than 0.', 'propertyNames': {'minLength': 1}, 'additionalProperties': {'type': 'number', 'exclusiveMinimum': 0}}, 'fields': {'type': 'array', 'description': 'The kinds of answer expected, which tune recognition.', 'items': {'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}}, 'corrections': {'type': 'array', 'description': 'Rewrites applied to the transcript.', 'items': {'type': 'object', 'description': 'One rewrite of the transcript.', 'properties': {'regular_expression': {'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, 'replacement': {'type': 'string', 'description': 'What to put in its place.'}, 'replacement_type': {'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}}, 'required': ['regular_expression', 'replacement'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "timeout" in data_keys:
            data_keys.remove("timeout")
            data__timeout = data["timeout"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_asrtimeout(data__timeout, custom_formats, (name_prefix or "data") + ".timeout")
        if "vad_timeout" in data_keys:
            data_keys.remove("vad_timeout")
            data__vadtimeout = data["vad_timeout"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_duration(data__vadtimeout, custom_formats, (name_prefix or "data") + ".vad_timeout")
        if "keywords" in data_keys:
            data_keys.remove("keywords")
            data__keywords = data["keywords"]
            if not isinstance(data__keywords, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".keywords must be array", value=data__keywords, name="" + (name_prefix or "data") + ".keywords", definition={'type': 'array', 'description': 'Words to boost in recognition.', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__keywords_is_list = isinstance(data__keywords, (list, tuple))
            if data__keywords_is_list:
                data__keywords_len = len(data__keywords)
                for data__keywords_x, data__keywords_item in enumerate(data__keywords):
                    if not isinstance(data__keywords_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + " must be string", value=data__keywords_item, name="" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__keywords_item, str):
                        data__keywords_item_len = len(data__keywords_item)
                        if data__keywords_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__keywords_item, name="" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "custom_biases" in data_keys:
            data_keys.remove("custom_biases")
            data__custombiases = data["custom_biases"]
            if not isinstance(data__custombiases, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_biases must be object", value=data__custombiases, name="" + (name_prefix or "data") + ".custom_biases", definition={'type': 'object', 'description': 'Phrases mapped to a bias weight greater than 0.', 'propertyNames': {'minLength': 1}, 'additionalProperties': {'type': 'number', 'exclusiveMinimum': 0}}, rule='type')
            data__custombiases_is_dict = isinstance(data__custombiases, dict)
            if data__custombiases_is_dict:
                data__custombiases_keys = set(data__custombiases.keys())
                for data__custombiases_key in data__custombiases_keys:
                    if data__custombiases_key not in []:
                        data__custombiases_value = data__custombiases.get(data__custombiases_key)
                        if not isinstance(data__custombiases_value, (int, float, Decimal)) or isinstance(data__custombiases_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_biases.{data__custombiases_key}".format(**locals()) + " must be number", value=data__custombiases_value, name="" + (name_prefix or "data") + ".custom_biases.{data__custombiases_key}".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
                        if isinstance(data__custombiases_value, (int, float, Decimal)) and not isinstance(data__custombiases_value, bool):
                            if data__custombiases_value <= 0:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_biases.{data__custombiases_key}".format(**locals()) + " must be bigger than 0", value=data__custombiases_value, name="" + (name_prefix or "data") + ".custom_biases.{data__custombiases_key}".format(**locals()) + "", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
                data__custombiases_len = len(data__custombiases)
                if data__custombiases_len != 0:
                    data__custombiases_property_names = True
                    for data__custombiases_key in data__custombiases:
                        try:
                            if isinstance(data__custombiases_key, str):
                                data__custombiases_key_len = len(data__custombiases_key)
                                if data__custombiases_key_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_biases must be longer than or equal to 1 characters", value=data__custombiases_key, name="" + (name_prefix or "data") + ".custom_biases", definition={'minLength': 1}, rule='minLength')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__custombiases_property_names = False
                    if not data__custombiases_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_biases must be named by propertyName definition", value=data__custombiases, name="" + (name_prefix or "data") + ".custom_biases", definition={'type': 'object', 'description': 'Phrases mapped to a bias weight greater than 0.', 'propertyNames': {'minLength': 1}, 'additionalProperties': {'type': 'number', 'exclusiveMinimum': 0}}, rule='propertyNames')
        if "fields" in data_keys:
            data_keys.remove("fields")
            data__fields = data["fields"]
            if not isinstance(data__fields, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fields must be array", value=data__fields, name="" + (name_prefix or "data") + ".fields", definition={'type': 'array', 'description': 'The kinds of answer expected, which tune recognition.', 'items': {'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}}, rule='type')
            data__fields_is_list = isinstance(data__fields, (list, tuple))
            if data__fields_is_list:
                data__fields_len = len(data__fields)
                for data__fields_x, data__fields_item in enumerate(data__fields):
                    if not isinstance(data__fields_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fields[{data__fields_x}]".format(**locals()) + " must be string", value=data__fields_item, name="" + (name_prefix or "data") + ".fields[{data__fields_x}]".format(**locals()) + "", definition={'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}, rule='type')
                    if not (isinstance(data__fields_item, str) and data__fields_item == 'DEFAULT' or isinstance(data__fields_item, str) and data__fields_item == 'SPELLING' or isinstance(data__fields_item, str) and data__fields_item == 'ALPHANUM' or isinstance(data__fields_item, str) and data__fields_item == 'NUMERIC' or isinstance(data__fields_item, str) and data__fields_item == 'DATETIME' or isinstance(data__fields_item, str) and data__fields_item == 'YES_OR_NO' or isinstance(data__fields_item, str) and data__fields_item == 'CUSTOM' or isinstance(data__fields_item, str) and data__fields_item == 'ADDRESS'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".fields[{data__fields_x}]".format(**locals()) + " must be one of ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']", value=data__fields_item, name="" + (name_prefix or "data") + ".fields[{data__fields_x}]".format(**locals()) + "", definition={'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}, rule='enum')
        if "corrections" in data_keys:
            data_keys.remove("corrections")
            data__corrections = data["corrections"]
            if not isinstance(data__corrections, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".corrections must be array", value=data__corrections, name="" + (name_prefix or "data") + ".corrections", definition={'type': 'array', 'description': 'Rewrites applied to the transcript.', 'items': {'type': 'object', 'description': 'One rewrite of the transcript.', 'properties': {'regular_expression': {'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, 'replacement': {'type': 'string', 'description': 'What to put in its place.'}, 'replacement_type': {'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}}, 'required': ['regular_expression', 'replacement'], 'additionalProperties': False}}, rule='type')
            data__corrections_is_list = isinstance(data__corrections, (list, tuple))
            if data__corrections_is_list:
                data__corrections_len = len(data__corrections)
                for data__corrections_x, data__corrections_item in enumerate(data__corrections):
                    validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_asrcorrection(data__corrections_item, custom_formats, (name_prefix or "data") + ".corrections[{data__corrections_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Speech recognition settings.', 'properties': {'timeout': {'description': 'A duration of more than 0 and at most 60 seconds: a number, or a string such as "7s".', 'anyOf': [{'type': 'number', 'exclusiveMinimum': 0, 'maximum': 60}, {'type': 'string', 'pattern': '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$'}]}, 'vad_timeout': {'description': 'A non-negative number of seconds, or a duration string such as "1.5s".', 'anyOf': [{'type': 'number', 'minimum': 0}, {'type': 'string', 'pattern': '^[0-9]+(\\.[0-9]{1,9})?s$'}]}, 'keywords': {'type': 'array', 'description': 'Words to boost in recognition.', 'items': {'type': 'string', 'minLength': 1}}, 'custom_biases': {'type': 'object', 'description': 'Phrases mapped to a bias weight greater than 0.', 'propertyNames': {'minLength': 1}, 'additionalProperties': {'type': 'number', 'exclusiveMinimum': 0}}, 'fields': {'type': 'array', 'description': 'The kinds of answer expected, which tune recognition.', 'items': {'type': 'string', 'enum': ['DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS']}}, 'corrections': {'type': 'array', 'description': 'Rewrites applied to the transcript.', 'items': {'type': 'object', 'description': 'One rewrite of the transcript.', 'properties': {'regular_expression': {'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, 'replacement': {'type': 'string', 'description': 'What to put in its place.'}, 'replacement_type': {'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}}, 'required': ['regular_expression', 'replacement'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_asrcorrection(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One rewrite of the transcript.', 'properties': {'regular_expression': {'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, 'replacement': {'type': 'string', 'description': 'What to put in its place.'}, 'replacement_type': {'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}}, 'required': ['regular_expression', 'replacement'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['regular_expression', 'replacement']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One rewrite of the transcript.', 'properties': {'regular_expression': {'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, 'replacement': {'type': 'string', 'description': 'What to put in its place.'}, 'replacement_type': {'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}}, 'required': ['regular_expression', 'replacement'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "regular_expression" in data_keys:
            data_keys.remove("regular_expression")
            data__regularexpression = data["regular_expression"]
            if not isinstance(data__regularexpression, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".regular_expression must be string", value=data__regularexpression, name="" + (name_prefix or "data") + ".regular_expression", definition={'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, rule='type')
            if isinstance(data__regularexpression, str):
                data__regularexpression_len = len(data__regularexpression)
                if data__regularexpression_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".regular_expression must be longer than or equal to 1 characters", value=data__regularexpression, name="" + (name_prefix or "data") + ".regular_expression", definition={'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, rule='minLength')
        if "replacement" in data_keys:
            data_keys.remove("replacement")
            data__replacement = data["replacement"]
            if not isinstance(data__replacement, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".replacement must be string", value=data__replacement, name="" + (name_prefix or "data") + ".replacement", definition={'type': 'string', 'description': 'What to put in its place.'}, rule='type')
        if "replacement_type" in data_keys:
            data_keys.remove("replacement_type")
            data__replacementtype = data["replacement_type"]
            if not isinstance(data__replacementtype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".replacement_type must be string", value=data__replacementtype, name="" + (name_prefix or "data") + ".replacement_type", definition={'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}, rule='type')
            if not (isinstance(data__replacementtype, str) and data__replacementtype == 'full' or isinstance(data__replacementtype, str) and data__replacementtype == 'partial' or isinstance(data__replacementtype, str) and data__replacementtype == 'substring'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".replacement_type must be one of ['full', 'partial', 'substring']", value=data__replacementtype, name="" + (name_prefix or "data") + ".replacement_type", definition={'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One rewrite of the transcript.', 'properties': {'regular_expression': {'type': 'string', 'minLength': 1, 'description': 'What to match in the transcript.'}, 'replacement': {'type': 'string', 'description': 'What to put in its place.'}, 'replacement_type': {'type': 'string', 'enum': ['full', 'partial', 'substring'], 'description': 'Whether the whole transcript, the matched part, or a substring is replaced.'}}, 'required': ['regular_expression', 'replacement'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_asrtimeout(data, custom_formats={}, name_prefix=None):
    data_any_of_count5 = 0
    if not data_any_of_count5:
        try:
            if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be number", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 60}, rule='type')
            if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
                if data > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be smaller than or equal to 60", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 60}, rule='maximum')
                if data <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be bigger than 0", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'number', 'exclusiveMinimum': 0, 'maximum': 60}, rule='exclusiveMinimum')
            data_any_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count5:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$'}, rule='type')
            if isinstance(data, str):
                if not REGEX_PATTERNS['^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$'].search(data):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$'}, rule='pattern')
            data_any_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count5:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'A duration of more than 0 and at most 60 seconds: a number, or a string such as "7s".', 'anyOf': [{'type': 'number', 'exclusiveMinimum': 0, 'maximum': 60}, {'type': 'string', 'pattern': '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$'}]}, rule='anyOf')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_handoff(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.', 'properties': {'type': {'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, 'reason': {'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, 'utterance': {'type': 'string', 'description': 'A phrase said before the handoff.'}, 'refer': {'type': 'object', 'description': 'SIP REFER: transfer the call to `phone_number` and drop the agent.', 'properties': {'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'Where the call is transferred.'}, 'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the REFER.'}}, 'required': ['phone_number'], 'additionalProperties': False}, 'invite': {'type': 'object', 'description': 'SIP INVITE: the agent dials `phone_number`.', 'properties': {'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI dialled.'}, 'outbound_caller_id': {'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, 'outbound_endpoint': {'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, 'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the INVITE.'}}, 'required': ['phone_number'], 'additionalProperties': False}, 'bye': {'type': 'object', 'description': 'SIP BYE: hang up, passing headers to the carrier.', 'properties': {'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the BYE.'}}, 'additionalProperties': False}, 'text_chat': {'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}}, 'additionalProperties': False, 'not': {'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}}, rule='type')
    try:
        data_any_of_count6 = 0
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['refer', 'invite']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, rule='required')
                    data_keys = set(data.keys())
                    if "refer" in data_keys:
                        data_keys.remove("refer")
                        data__refer = data["refer"]
                    if "invite" in data_keys:
                        data_keys.remove("invite")
                        data__invite = data["invite"]
                data_any_of_count6 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['refer', 'bye']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, rule='required')
                    data_keys = set(data.keys())
                    if "refer" in data_keys:
                        data_keys.remove("refer")
                        data__refer = data["refer"]
                    if "bye" in data_keys:
                        data_keys.remove("bye")
                        data__bye = data["bye"]
                data_any_of_count6 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['refer', 'text_chat']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, rule='required')
                    data_keys = set(data.keys())
                    if "refer" in data_keys:
                        data_keys.remove("refer")
                        data__refer = data["refer"]
                    if "text_chat" in data_keys:
                        data_keys.remove("text_chat")
                        data__textchat = data["text_chat"]
                data_any_of_count6 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['invite', 'bye']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, rule='required')
                    data_keys = set(data.keys())
                    if "invite" in data_keys:
                        data_keys.remove("invite")
                        data__invite = data["invite"]
                    if "bye" in data_keys:
                        data_keys.remove("bye")
                        data__bye = data["bye"]
                data_any_of_count6 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['invite', 'text_chat']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, rule='required')
                    data_keys = set(data.keys())
                    if "invite" in data_keys:
                        data_keys.remove("invite")
                        data__invite = data["invite"]
                    if "text_chat" in data_keys:
                        data_keys.remove("text_chat")
                        data__textchat = data["text_chat"]
                data_any_of_count6 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['bye', 'text_chat']) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}, rule='required')
                    data_keys = set(data.keys())
                    if "bye" in data_keys:
                        data_keys.remove("bye")
                        data__bye = data["bye"]
                    if "text_chat" in data_keys:
                        data_keys.remove("text_chat")
                        data__textchat = data["text_chat"]
                data_any_of_count6 += 1
            except (JsonSchemaValueException, JsonSchemaValuesException): pass
        if not data_any_of_count6:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}, rule='anyOf')
    except (JsonSchemaValueException, JsonSchemaValuesException): pass
    else:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must NOT match a disallowed definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.', 'properties': {'type': {'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, 'reason': {'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, 'utterance': {'type': 'string', 'description': 'A phrase said before the handoff.'}, 'refer': {'type': 'object', 'description': 'SIP REFER: transfer the call to `phone_number` and drop the agent.', 'properties': {'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'Where the call is transferred.'}, 'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the REFER.'}}, 'required': ['phone_number'], 'additionalProperties': False}, 'invite': {'type': 'object', 'description': 'SIP INVITE: the agent dials `phone_number`.', 'properties': {'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI dialled.'}, 'outbound_caller_id': {'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, 'outbound_endpoint': {'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, 'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the INVITE.'}}, 'required': ['phone_number'], 'additionalProperties': False}, 'bye': {'type': 'object', 'description': 'SIP BYE: hang up, passing headers to the carrier.', 'properties': {'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the BYE.'}}, 'additionalProperties': False}, 'text_chat': {'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}}, 'additionalProperties': False, 'not': {'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}}, rule='not')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, rule='type')
            if isinstance(data__type, str):
                data__type_len = len(data__type)
                if data__type_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be longer than or equal to 1 characters", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, rule='minLength')
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, rule='type')
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be longer than or equal to 1 characters", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, rule='minLength')
        if "utterance" in data_keys:
            data_keys.remove("utterance")
            data__utterance = data["utterance"]
            if not isinstance(data__utterance, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance must be string", value=data__utterance, name="" + (name_prefix or "data") + ".utterance", definition={'type': 'string', 'description': 'A phrase said before the handoff.'}, rule='type')
        if "refer" in data_keys:
            data_keys.remove("refer")
            data__refer = data["refer"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_refer(data__refer, custom_formats, (name_prefix or "data") + ".refer")
        if "invite" in data_keys:
            data_keys.remove("invite")
            data__invite = data["invite"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_invite(data__invite, custom_formats, (name_prefix or "data") + ".invite")
        if "bye" in data_keys:
            data_keys.remove("bye")
            data__bye = data["bye"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_bye(data__bye, custom_formats, (name_prefix or "data") + ".bye")
        if "text_chat" in data_keys:
            data_keys.remove("text_chat")
            data__textchat = data["text_chat"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_textchat(data__textchat, custom_formats, (name_prefix or "data") + ".text_chat")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.', 'properties': {'type': {'type': 'string', 'minLength': 1, 'description': 'The handoff destination as configured, for example `CALL_CENTER`.'}, 'reason': {'type': 'string', 'minLength': 1, 'description': 'The handoff reason as configured, for example `SPEAK_TO`.'}, 'utterance': {'type': 'string', 'description': 'A phrase said before the handoff.'}, 'refer': {'type': 'object', 'description': 'SIP REFER: transfer the call to `phone_number` and drop the agent.', 'properties': {'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'Where the call is transferred.'}, 'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the REFER.'}}, 'required': ['phone_number'], 'additionalProperties': False}, 'invite': {'type': 'object', 'description': 'SIP INVITE: the agent dials `phone_number`.', 'properties': {'phone_number': {'$ref': '#/$defs/PhoneNumber', 'description': 'The number or URI dialled.'}, 'outbound_caller_id': {'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, 'outbound_endpoint': {'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, 'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the INVITE.'}}, 'required': ['phone_number'], 'additionalProperties': False}, 'bye': {'type': 'object', 'description': 'SIP BYE: hang up, passing headers to the carrier.', 'properties': {'sip_headers': {'$ref': '#/$defs/SipHeaders', 'description': 'SIP headers sent with the BYE.'}}, 'additionalProperties': False}, 'text_chat': {'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}}, 'additionalProperties': False, 'not': {'description': 'At most one transfer method.', 'anyOf': [{'properties': {'refer': {}, 'invite': {}}, 'required': ['refer', 'invite']}, {'properties': {'refer': {}, 'bye': {}}, 'required': ['refer', 'bye']}, {'properties': {'refer': {}, 'text_chat': {}}, 'required': ['refer', 'text_chat']}, {'properties': {'invite': {}, 'bye': {}}, 'required': ['invite', 'bye']}, {'properties': {'invite': {}, 'text_chat': {}}, 'required': ['invite', 'text_chat']}, {'properties': {'bye': {}, 'text_chat': {}}, 'required': ['bye', 'text_chat']}]}}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_textchat(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}, rule='minProperties')
        if data_len > 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}, rule='maxProperties')
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (dict)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be object", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'description': "The provider's settings, passed through as they are."}, rule='type')
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'].search(data_key):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$", value=data_key, name="" + (name_prefix or "data") + "", definition={'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, rule='pattern')
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "A web chat handoff: exactly one key `<provider>_integration` (lower case) whose value holds that provider's settings.", 'propertyNames': {'pattern': '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'}, 'additionalProperties': {'type': 'object', 'description': "The provider's settings, passed through as they are."}, 'minProperties': 1, 'maxProperties': 1}, rule='propertyNames')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_bye(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP BYE: hang up, passing headers to the carrier.', 'properties': {'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "sip_headers" in data_keys:
            data_keys.remove("sip_headers")
            data__sipheaders = data["sip_headers"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_sipheaders(data__sipheaders, custom_formats, (name_prefix or "data") + ".sip_headers")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP BYE: hang up, passing headers to the carrier.', 'properties': {'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_sipheaders(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^[A-Za-z0-9-]+$'].search(data_key):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9-]+$", value=data_key, name="" + (name_prefix or "data") + "", definition={'pattern': '^[A-Za-z0-9-]+$'}, rule='pattern')
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}, rule='propertyNames')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_invite(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP INVITE: the agent dials `phone_number`.', 'properties': {'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'outbound_caller_id': {'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, 'outbound_endpoint': {'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, 'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['phone_number']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP INVITE: the agent dials `phone_number`.', 'properties': {'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'outbound_caller_id': {'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, 'outbound_endpoint': {'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, 'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "phone_number" in data_keys:
            data_keys.remove("phone_number")
            data__phonenumber = data["phone_number"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_phonenumber(data__phonenumber, custom_formats, (name_prefix or "data") + ".phone_number")
        if "outbound_caller_id" in data_keys:
            data_keys.remove("outbound_caller_id")
            data__outboundcallerid = data["outbound_caller_id"]
            if not isinstance(data__outboundcallerid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outbound_caller_id must be string", value=data__outboundcallerid, name="" + (name_prefix or "data") + ".outbound_caller_id", definition={'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, rule='type')
            if isinstance(data__outboundcallerid, str):
                data__outboundcallerid_len = len(data__outboundcallerid)
                if data__outboundcallerid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".outbound_caller_id must be longer than or equal to 1 characters", value=data__outboundcallerid, name="" + (name_prefix or "data") + ".outbound_caller_id", definition={'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, rule='minLength')
        if "outbound_endpoint" in data_keys:
            data_keys.remove("outbound_endpoint")
            data__outboundendpoint = data["outbound_endpoint"]
            if not isinstance(data__outboundendpoint, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outbound_endpoint must be string", value=data__outboundendpoint, name="" + (name_prefix or "data") + ".outbound_endpoint", definition={'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, rule='type')
            if isinstance(data__outboundendpoint, str):
                data__outboundendpoint_len = len(data__outboundendpoint)
                if data__outboundendpoint_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".outbound_endpoint must be longer than or equal to 1 characters", value=data__outboundendpoint, name="" + (name_prefix or "data") + ".outbound_endpoint", definition={'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, rule='minLength')
        if "sip_headers" in data_keys:
            data_keys.remove("sip_headers")
            data__sipheaders = data["sip_headers"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_sipheaders(data__sipheaders, custom_formats, (name_prefix or "data") + ".sip_headers")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP INVITE: the agent dials `phone_number`.', 'properties': {'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'outbound_caller_id': {'type': 'string', 'minLength': 1, 'description': 'The caller id presented on the outbound leg.'}, 'outbound_endpoint': {'type': 'string', 'minLength': 1, 'description': 'The name of the configured outbound endpoint to dial through.'}, 'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_refer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP REFER: transfer the call to `phone_number` and drop the agent.', 'properties': {'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['phone_number']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP REFER: transfer the call to `phone_number` and drop the agent.', 'properties': {'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "phone_number" in data_keys:
            data_keys.remove("phone_number")
            data__phonenumber = data["phone_number"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_phonenumber(data__phonenumber, custom_formats, (name_prefix or "data") + ".phone_number")
        if "sip_headers" in data_keys:
            data_keys.remove("sip_headers")
            data__sipheaders = data["sip_headers"]
            validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json___defs_sipheaders(data__sipheaders, custom_formats, (name_prefix or "data") + ".sip_headers")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'SIP REFER: transfer the call to `phone_number` and drop the agent.', 'properties': {'phone_number': {'type': 'string', 'description': 'Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips: or tel: URI.', 'pattern': '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', 'maxLength': 2048}, 'sip_headers': {'type': 'object', 'description': 'SIP header names (letters, digits and -) mapped to string values.', 'propertyNames': {'pattern': '^[A-Za-z0-9-]+$'}, 'additionalProperties': {'type': 'string'}}}, 'required': ['phone_number'], 'additionalProperties': False}, rule='additionalProperties')
    return data

validate = validate_https___function_return_contract_dev_schemas_1_1_0_function_return_schema_json
