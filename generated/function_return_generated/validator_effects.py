# Generated from schema/effects.schema.json by fastjsonschema 2.22.3; do not edit: run `make generate`.
VERSION = "2.22.3"
from decimal import Decimal
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


NoneType = type(None)

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://function-return-contract.dev/schemas/1.1.0/effects.schema.json', 'title': 'Effects', 'description': 'The side effects a function performed, in the order it performed them (`conv.say`, `conv.goto_flow`, `flow.goto_step`, `conv.call_handoff`, writes to `conv.state`...): the `effects` of an execute response. Each effect is an object whose `type` says which it is. Contract version 1.1.0.', 'type': 'array', 'items': {'type': 'object', 'description': 'One side effect: its `type` names it and says which fields it has.', 'properties': {'type': {'type': 'string', 'enum': ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state'], 'description': 'The kind of effect; the other fields depend on it.'}}, 'required': ['type'], 'allOf': [{'if': {'type': 'object', 'properties': {'type': {'const': 'say'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SayEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_flow'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/GotoFlowEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'exit_flow'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/ExitFlowEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_step'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/GotoStepEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_variant'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SetVariantEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_language'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SetLanguageEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_voice'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SetVoiceEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'call_handoff'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/CallHandoffEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_asr_biasing'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SetAsrBiasingEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'clear_asr_biasing'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/ClearAsrBiasingEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'send_sms'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SendSmsEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'write_metric'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/WriteMetricEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'discard_recording'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/DiscardRecordingEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_csat_flow'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/GotoCsatFlowEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'generate_external_event'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/GenerateExternalEventEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'add_attachments'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/AddAttachmentsEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_response_suggestions'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/SetResponseSuggestionsEffect'}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'state'}}, 'required': ['type']}, 'then': {'$ref': '#/$defs/StateEffect'}}]}, 'examples': [[{'type': 'state', 'name': 'caller_verified', 'value': True}, {'type': 'say', 'utterance': "Thanks, you're verified."}, {'type': 'goto_flow', 'flow': 'billing'}], [{'type': 'write_metric', 'name': 'transfer_requested', 'value': None, 'write_once': True}, {'type': 'call_handoff', 'destination': 'CALL_CENTER', 'reason': 'SPEAK_TO', 'utterance': 'Transferring you now.', 'sip_headers': {'X-Account': 'A-42'}}], [{'type': 'exit_flow'}], []], '$defs': {'Effect': {'type': 'object', 'description': 'One side effect: its `type` names it and says which fields it has.', 'properties': {'type': {'type': 'string', 'enum': ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state'], 'description': 'The kind of effect; the other fields depend on it.'}}, 'required': ['type'], 'allOf': [{'if': {'type': 'object', 'properties': {'type': {'const': 'say'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'exit_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_step'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_variant'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_language'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_voice'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'call_handoff'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_asr_biasing'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'clear_asr_biasing'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'send_sms'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'write_metric'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'discard_recording'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_csat_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'generate_external_event'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'add_attachments'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_response_suggestions'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'state'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}}]}, 'SayEffect': {'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}, 'GotoFlowEffect': {'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}, 'ExitFlowEffect': {'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, 'GotoStepEffect': {'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}, 'SetVariantEffect': {'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}, 'SetLanguageEffect': {'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}, 'SetVoiceEffect': {'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}, 'CallHandoffEffect': {'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}, 'SetAsrBiasingEffect': {'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}, 'ClearAsrBiasingEffect': {'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}, 'SendSmsEffect': {'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}, 'WriteMetricEffect': {'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}, 'DiscardRecordingEffect': {'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}, 'GotoCsatFlowEffect': {'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, 'GenerateExternalEventEffect': {'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}, 'AddAttachmentsEffect': {'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}, 'SetResponseSuggestionsEffect': {'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}, 'StateEffect': {'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}, 'State': {'type': 'object', 'description': "The conversation's state (`conv.state`) when the function returned: variable names mapped to their values (any JSON values)."}}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_effect(data_item, custom_formats, (name_prefix or "data") + "[{data_x}]".format(**locals()))
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_effect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One side effect: its `type` names it and says which fields it has.', 'properties': {'type': {'type': 'string', 'enum': ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state'], 'description': 'The kind of effect; the other fields depend on it.'}}, 'required': ['type'], 'allOf': [{'if': {'type': 'object', 'properties': {'type': {'const': 'say'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'exit_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_step'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_variant'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_language'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_voice'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'call_handoff'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_asr_biasing'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'clear_asr_biasing'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'send_sms'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'write_metric'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'discard_recording'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_csat_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'generate_external_event'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'add_attachments'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_response_suggestions'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'state'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}}]}, rule='type')
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'say'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'say'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'say'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: say", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'say'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_sayeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'goto_flow'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'goto_flow'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'goto_flow'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: goto_flow", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'goto_flow'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_gotofloweffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'exit_flow'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'exit_flow'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'exit_flow'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: exit_flow", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'exit_flow'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_exitfloweffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'goto_step'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'goto_step'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'goto_step'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: goto_step", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'goto_step'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_gotostepeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_variant'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_variant'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'set_variant'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_variant", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'set_variant'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setvarianteffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_language'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_language'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'set_language'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_language", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'set_language'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setlanguageeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_voice'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_voice'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'set_voice'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_voice", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'set_voice'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setvoiceeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'call_handoff'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'call_handoff'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'call_handoff'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: call_handoff", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'call_handoff'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_callhandoffeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_asr_biasing'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_asr_biasing'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'set_asr_biasing'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_asr_biasing", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'set_asr_biasing'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setasrbiasingeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'clear_asr_biasing'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'clear_asr_biasing'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'clear_asr_biasing'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: clear_asr_biasing", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'clear_asr_biasing'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_clearasrbiasingeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'send_sms'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'send_sms'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'send_sms'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: send_sms", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'send_sms'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_sendsmseffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'write_metric'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'write_metric'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'write_metric'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: write_metric", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'write_metric'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_writemetriceffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'discard_recording'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'discard_recording'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'discard_recording'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: discard_recording", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'discard_recording'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_discardrecordingeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'goto_csat_flow'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'goto_csat_flow'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'goto_csat_flow'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: goto_csat_flow", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'goto_csat_flow'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_gotocsatfloweffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'generate_external_event'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'generate_external_event'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'generate_external_event'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: generate_external_event", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'generate_external_event'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_generateexternaleventeffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'add_attachments'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'add_attachments'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'add_attachments'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: add_attachments", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'add_attachments'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_addattachmentseffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_response_suggestions'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'set_response_suggestions'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'set_response_suggestions'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_response_suggestions", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'set_response_suggestions'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setresponsesuggestionseffect(data, custom_formats, (name_prefix or "data") + "")
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'state'}}, 'required': ['type']}, rule='type')
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'const': 'state'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'state'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: state", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'state'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_stateeffect(data, custom_formats, (name_prefix or "data") + "")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One side effect: its `type` names it and says which fields it has.', 'properties': {'type': {'type': 'string', 'enum': ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state'], 'description': 'The kind of effect; the other fields depend on it.'}}, 'required': ['type'], 'allOf': [{'if': {'type': 'object', 'properties': {'type': {'const': 'say'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'exit_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_step'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_variant'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_language'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_voice'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'call_handoff'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_asr_biasing'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'clear_asr_biasing'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'send_sms'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'write_metric'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'discard_recording'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'goto_csat_flow'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'generate_external_event'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'add_attachments'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'set_response_suggestions'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}}, {'if': {'type': 'object', 'properties': {'type': {'const': 'state'}}, 'required': ['type']}, 'then': {'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}}]}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'enum': ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state'], 'description': 'The kind of effect; the other fields depend on it.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'say' or isinstance(data__type, str) and data__type == 'goto_flow' or isinstance(data__type, str) and data__type == 'exit_flow' or isinstance(data__type, str) and data__type == 'goto_step' or isinstance(data__type, str) and data__type == 'set_variant' or isinstance(data__type, str) and data__type == 'set_language' or isinstance(data__type, str) and data__type == 'set_voice' or isinstance(data__type, str) and data__type == 'call_handoff' or isinstance(data__type, str) and data__type == 'set_asr_biasing' or isinstance(data__type, str) and data__type == 'clear_asr_biasing' or isinstance(data__type, str) and data__type == 'send_sms' or isinstance(data__type, str) and data__type == 'write_metric' or isinstance(data__type, str) and data__type == 'discard_recording' or isinstance(data__type, str) and data__type == 'goto_csat_flow' or isinstance(data__type, str) and data__type == 'generate_external_event' or isinstance(data__type, str) and data__type == 'add_attachments' or isinstance(data__type, str) and data__type == 'set_response_suggestions' or isinstance(data__type, str) and data__type == 'state'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state']", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'enum': ['say', 'goto_flow', 'exit_flow', 'goto_step', 'set_variant', 'set_language', 'set_voice', 'call_handoff', 'set_asr_biasing', 'clear_asr_biasing', 'send_sms', 'write_metric', 'discard_recording', 'goto_csat_flow', 'generate_external_event', 'add_attachments', 'set_response_suggestions', 'state'], 'description': 'The kind of effect; the other fields depend on it.'}, rule='enum')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_stateeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'name', 'value']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'state', 'description': '`state`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'state'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: state", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'state', 'description': '`state`.'}, rule='const')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'description': "The state variable's name."}, rule='type')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
        if "deleted" in data_keys:
            data_keys.remove("deleted")
            data__deleted = data["deleted"]
            if not isinstance(data__deleted, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".deleted must be boolean", value=data__deleted, name="" + (name_prefix or "data") + ".deleted", definition={'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}, rule='type')
            if not (isinstance(data__deleted, bool) and data__deleted is True):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".deleted must be same as const definition: True", value=data__deleted, name="" + (name_prefix or "data") + ".deleted", definition={'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}, rule='const')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A write or a delete of `conv.state.X` (or `conv.state["X"]`).', 'properties': {'type': {'type': 'string', 'const': 'state', 'description': '`state`.'}, 'name': {'type': 'string', 'description': "The state variable's name."}, 'value': {'description': 'The value written (any JSON value); null when the variable was deleted.'}, 'deleted': {'type': 'boolean', 'const': True, 'description': 'Present, and true, when the variable was deleted.'}}, 'required': ['type', 'name', 'value'], 'additionalProperties': False, 'if': {'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, 'then': {'properties': {'value': {'type': 'null'}}}}, rule='additionalProperties')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['deleted']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'deleted': {'const': True}}, 'required': ['deleted']}, rule='required')
            data_keys = set(data.keys())
            if "deleted" in data_keys:
                data_keys.remove("deleted")
                data__deleted = data["deleted"]
                if not (isinstance(data__deleted, bool) and data__deleted is True):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".deleted must be same as const definition: True", value=data__deleted, name="" + (name_prefix or "data") + ".deleted", definition={'const': True}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "value" in data_keys:
                data_keys.remove("value")
                data__value = data["value"]
                if not isinstance(data__value, (NoneType)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be null", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'null'}, rule='type')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setresponsesuggestionseffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'suggestions']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'set_response_suggestions'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_response_suggestions", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, rule='const')
        if "suggestions" in data_keys:
            data_keys.remove("suggestions")
            data__suggestions = data["suggestions"]
            if not isinstance(data__suggestions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".suggestions must be array", value=data__suggestions, name="" + (name_prefix or "data") + ".suggestions", definition={'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}, rule='type')
            data__suggestions_is_list = isinstance(data__suggestions, (list, tuple))
            if data__suggestions_is_list:
                data__suggestions_len = len(data__suggestions)
                for data__suggestions_x, data__suggestions_item in enumerate(data__suggestions):
                    if not isinstance(data__suggestions_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".suggestions[{data__suggestions_x}]".format(**locals()) + " must be string", value=data__suggestions_item, name="" + (name_prefix or "data") + ".suggestions[{data__suggestions_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_response_suggestions(...)` (web chat): offers replies to pick.', 'properties': {'type': {'type': 'string', 'const': 'set_response_suggestions', 'description': '`set_response_suggestions`.'}, 'suggestions': {'type': 'array', 'description': 'The suggested replies.', 'items': {'type': 'string'}}}, 'required': ['type', 'suggestions'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_addattachmentseffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'attachments']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'add_attachments'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: add_attachments", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, rule='const')
        if "attachments" in data_keys:
            data_keys.remove("attachments")
            data__attachments = data["attachments"]
            if not isinstance(data__attachments, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".attachments must be array", value=data__attachments, name="" + (name_prefix or "data") + ".attachments", definition={'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}, rule='type')
            data__attachments_is_list = isinstance(data__attachments, (list, tuple))
            if data__attachments_is_list:
                data__attachments_len = len(data__attachments)
                for data__attachments_x, data__attachments_item in enumerate(data__attachments):
                    pass
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.add_attachments(...)` (web chat): shows attachments.', 'properties': {'type': {'type': 'string', 'const': 'add_attachments', 'description': '`add_attachments`.'}, 'attachments': {'type': 'array', 'description': 'The attachments, as the function passed them.', 'items': {'description': 'One attachment (any JSON value).'}}}, 'required': ['type', 'attachments'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_generateexternaleventeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'generate_external_event'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: generate_external_event", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, rule='const')
        if "send_to_llm" in data_keys:
            data_keys.remove("send_to_llm")
            data__sendtollm = data["send_to_llm"]
            if not isinstance(data__sendtollm, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".send_to_llm must be boolean", value=data__sendtollm, name="" + (name_prefix or "data") + ".send_to_llm", definition={'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, rule='type')
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.generate_external_event(...)`: raises an external event.', 'properties': {'type': {'type': 'string', 'const': 'generate_external_event', 'description': '`generate_external_event`.'}, 'send_to_llm': {'type': 'boolean', 'description': 'Whether the event is sent to the LLM.'}, 'data': {'description': "The event's data (any JSON value)."}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_gotocsatfloweffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'goto_csat_flow'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: goto_csat_flow", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}, rule='const')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.goto_csat_flow()`: moves to the satisfaction survey flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_csat_flow', 'description': '`goto_csat_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_discardrecordingeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'discard_recording'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: discard_recording", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}, rule='const')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.discard_recording()`: the call's recording is not kept.", 'properties': {'type': {'type': 'string', 'const': 'discard_recording', 'description': '`discard_recording`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_writemetriceffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'name', 'value', 'write_once']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'write_metric'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: write_metric", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, rule='const')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'description': "The metric's name."}, rule='type')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            data__value_any_of_count1 = 0
            if not data__value_any_of_count1:
                try:
                    if not isinstance(data__value, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be string", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'string'}, rule='type')
                    data__value_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__value_any_of_count1:
                try:
                    if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number'}, rule='type')
                    data__value_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__value_any_of_count1:
                try:
                    if not isinstance(data__value, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be boolean", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'boolean'}, rule='type')
                    data__value_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__value_any_of_count1:
                try:
                    if not isinstance(data__value, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be null", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'null'}, rule='type')
                    data__value_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__value_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value cannot be validated by any definition", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, rule='anyOf')
        if "write_once" in data_keys:
            data_keys.remove("write_once")
            data__writeonce = data["write_once"]
            if not isinstance(data__writeonce, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".write_once must be boolean", value=data__writeonce, name="" + (name_prefix or "data") + ".write_once", definition={'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.', 'properties': {'type': {'type': 'string', 'const': 'write_metric', 'description': '`write_metric`.'}, 'name': {'type': 'string', 'description': "The metric's name."}, 'value': {'description': "The metric's value: a string, a number, a boolean or null.", 'anyOf': [{'type': 'string'}, {'type': 'number'}, {'type': 'boolean'}, {'type': 'null'}]}, 'write_once': {'type': 'boolean', 'description': 'True: written only the first time in the conversation.'}}, 'required': ['type', 'name', 'value', 'write_once'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_sendsmseffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'send_sms'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: send_sms", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, rule='const')
        if "to" in data_keys:
            data_keys.remove("to")
            data__to = data["to"]
            if not isinstance(data__to, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".to must be string", value=data__to, name="" + (name_prefix or "data") + ".to", definition={'type': 'string', 'description': 'The number sent to.'}, rule='type')
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if not isinstance(data__from, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".from must be string", value=data__from, name="" + (name_prefix or "data") + ".from", definition={'type': 'string', 'description': 'The number sent from.'}, rule='type')
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".content must be string", value=data__content, name="" + (name_prefix or "data") + ".content", definition={'type': 'string', 'description': "The message's text."}, rule='type')
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            if not isinstance(data__template, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must be string", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'type': 'string', 'description': "The content template's name."}, rule='type')
        if "parameters" in data_keys:
            data_keys.remove("parameters")
            data__parameters = data["parameters"]
            if not isinstance(data__parameters, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parameters must be object", value=data__parameters, name="" + (name_prefix or "data") + ".parameters", definition={'type': 'object', 'description': "The template's parameters."}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.', 'properties': {'type': {'type': 'string', 'const': 'send_sms', 'description': '`send_sms`.'}, 'to': {'type': 'string', 'description': 'The number sent to.'}, 'from': {'type': 'string', 'description': 'The number sent from.'}, 'content': {'type': 'string', 'description': "The message's text."}, 'template': {'type': 'string', 'description': "The content template's name."}, 'parameters': {'type': 'object', 'description': "The template's parameters."}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_clearasrbiasingeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'clear_asr_biasing'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: clear_asr_biasing", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}, rule='const')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.clear_asr_biasing()`: drops the recognition biasing.', 'properties': {'type': {'type': 'string', 'const': 'clear_asr_biasing', 'description': '`clear_asr_biasing`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setasrbiasingeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'keywords']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'set_asr_biasing'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_asr_biasing", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, rule='const')
        if "keywords" in data_keys:
            data_keys.remove("keywords")
            data__keywords = data["keywords"]
            if not isinstance(data__keywords, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".keywords must be array", value=data__keywords, name="" + (name_prefix or "data") + ".keywords", definition={'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}, rule='type')
            data__keywords_is_list = isinstance(data__keywords, (list, tuple))
            if data__keywords_is_list:
                data__keywords_len = len(data__keywords)
                for data__keywords_x, data__keywords_item in enumerate(data__keywords):
                    if not isinstance(data__keywords_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + " must be string", value=data__keywords_item, name="" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.', 'properties': {'type': {'type': 'string', 'const': 'set_asr_biasing', 'description': '`set_asr_biasing`.'}, 'keywords': {'type': 'array', 'description': 'The words to bias recognition towards.', 'items': {'type': 'string'}}}, 'required': ['type', 'keywords'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_callhandoffeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'destination']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'call_handoff'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: call_handoff", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, rule='const')
        if "destination" in data_keys:
            data_keys.remove("destination")
            data__destination = data["destination"]
            if not isinstance(data__destination, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".destination must be string", value=data__destination, name="" + (name_prefix or "data") + ".destination", definition={'type': 'string', 'description': 'The configured handoff destination.'}, rule='type')
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'description': 'The handoff reason.'}, rule='type')
        if "utterance" in data_keys:
            data_keys.remove("utterance")
            data__utterance = data["utterance"]
            if not isinstance(data__utterance, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance must be string", value=data__utterance, name="" + (name_prefix or "data") + ".utterance", definition={'type': 'string', 'description': 'What is said before the handoff.'}, rule='type')
        if "sip_headers" in data_keys:
            data_keys.remove("sip_headers")
            data__sipheaders = data["sip_headers"]
            if not isinstance(data__sipheaders, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sip_headers must be object", value=data__sipheaders, name="" + (name_prefix or "data") + ".sip_headers", definition={'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, rule='type')
            data__sipheaders_is_dict = isinstance(data__sipheaders, dict)
            if data__sipheaders_is_dict:
                data__sipheaders_keys = set(data__sipheaders.keys())
                for data__sipheaders_key in data__sipheaders_keys:
                    if data__sipheaders_key not in []:
                        data__sipheaders_value = data__sipheaders.get(data__sipheaders_key)
                        if not isinstance(data__sipheaders_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sip_headers.{data__sipheaders_key}".format(**locals()) + " must be string", value=data__sipheaders_value, name="" + (name_prefix or "data") + ".sip_headers.{data__sipheaders_key}".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if "route" in data_keys:
            data_keys.remove("route")
            data__route = data["route"]
            if not isinstance(data__route, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".route must be string", value=data__route, name="" + (name_prefix or "data") + ".route", definition={'type': 'string', 'description': 'The route to hand off through.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a configured destination.', 'properties': {'type': {'type': 'string', 'const': 'call_handoff', 'description': '`call_handoff`.'}, 'destination': {'type': 'string', 'description': 'The configured handoff destination.'}, 'reason': {'type': 'string', 'description': 'The handoff reason.'}, 'utterance': {'type': 'string', 'description': 'What is said before the handoff.'}, 'sip_headers': {'type': 'object', 'description': 'SIP headers sent with the handoff: names mapped to string values.', 'additionalProperties': {'type': 'string'}}, 'route': {'type': 'string', 'description': 'The route to hand off through.'}}, 'required': ['type', 'destination'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setvoiceeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'voice']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'set_voice'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_voice", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, rule='const')
        if "voice" in data_keys:
            data_keys.remove("voice")
            data__voice = data["voice"]
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.set_voice(...)`: switches the agent's voice.", 'properties': {'type': {'type': 'string', 'const': 'set_voice', 'description': '`set_voice`.'}, 'voice': {'description': 'What the function passed: a single argument as it is, several as an object of keyword arguments (any JSON value).'}}, 'required': ['type', 'voice'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setlanguageeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'language']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'set_language'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_language", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, rule='const')
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be string", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'description': 'The language code.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "`conv.set_language(code)`: switches the conversation's language.", 'properties': {'type': {'type': 'string', 'const': 'set_language', 'description': '`set_language`.'}, 'language': {'type': 'string', 'description': 'The language code.'}}, 'required': ['type', 'language'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_setvarianteffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'variant']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'set_variant'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: set_variant", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, rule='const')
        if "variant" in data_keys:
            data_keys.remove("variant")
            data__variant = data["variant"]
            if not isinstance(data__variant, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".variant must be string", value=data__variant, name="" + (name_prefix or "data") + ".variant", definition={'type': 'string', 'description': "The variant's name."}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.set_variant(name)`: switches the conversation to a variant.', 'properties': {'type': {'type': 'string', 'const': 'set_variant', 'description': '`set_variant`.'}, 'variant': {'type': 'string', 'description': "The variant's name."}}, 'required': ['type', 'variant'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_gotostepeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'step']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'goto_step'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: goto_step", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, rule='const')
        if "step" in data_keys:
            data_keys.remove("step")
            data__step = data["step"]
            if not isinstance(data__step, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".step must be string", value=data__step, name="" + (name_prefix or "data") + ".step", definition={'type': 'string', 'minLength': 1, 'description': "The step's name."}, rule='type')
            if isinstance(data__step, str):
                data__step_len = len(data__step)
                if data__step_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".step must be longer than or equal to 1 characters", value=data__step, name="" + (name_prefix or "data") + ".step", definition={'type': 'string', 'minLength': 1, 'description': "The step's name."}, rule='minLength')
        if "label" in data_keys:
            data_keys.remove("label")
            data__label = data["label"]
            if not isinstance(data__label, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".label must be string", value=data__label, name="" + (name_prefix or "data") + ".label", definition={'type': 'string', 'description': 'The label given with the step, if any.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`flow.goto_step(name, label=None)`: moves to a step of the current flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_step', 'description': '`goto_step`.'}, 'step': {'type': 'string', 'minLength': 1, 'description': "The step's name."}, 'label': {'type': 'string', 'description': 'The label given with the step, if any.'}}, 'required': ['type', 'step'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_exitfloweffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'exit_flow'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: exit_flow", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}, rule='const')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.exit_flow()`: leaves the current flow.', 'properties': {'type': {'type': 'string', 'const': 'exit_flow', 'description': '`exit_flow`.'}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_gotofloweffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'flow']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'goto_flow'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: goto_flow", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, rule='const')
        if "flow" in data_keys:
            data_keys.remove("flow")
            data__flow = data["flow"]
            if not isinstance(data__flow, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".flow must be string", value=data__flow, name="" + (name_prefix or "data") + ".flow", definition={'type': 'string', 'minLength': 1, 'description': "The flow's name."}, rule='type')
            if isinstance(data__flow, str):
                data__flow_len = len(data__flow)
                if data__flow_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".flow must be longer than or equal to 1 characters", value=data__flow, name="" + (name_prefix or "data") + ".flow", definition={'type': 'string', 'minLength': 1, 'description': "The flow's name."}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.goto_flow(name)`: moves the conversation to the start of a flow.', 'properties': {'type': {'type': 'string', 'const': 'goto_flow', 'description': '`goto_flow`.'}, 'flow': {'type': 'string', 'minLength': 1, 'description': "The flow's name."}}, 'required': ['type', 'flow'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json___defs_sayeffect(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type', 'utterance']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'say', 'description': '`say`.'}, rule='type')
            if not (isinstance(data__type, str) and data__type == 'say'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: say", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'const': 'say', 'description': '`say`.'}, rule='const')
        if "utterance" in data_keys:
            data_keys.remove("utterance")
            data__utterance = data["utterance"]
            if not isinstance(data__utterance, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utterance must be string", value=data__utterance, name="" + (name_prefix or "data") + ".utterance", definition={'type': 'string', 'description': 'What is said or shown.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': '`conv.say(utterance)`: says (voice) or shows (chat) the text now.', 'properties': {'type': {'type': 'string', 'const': 'say', 'description': '`say`.'}, 'utterance': {'type': 'string', 'description': 'What is said or shown.'}}, 'required': ['type', 'utterance'], 'additionalProperties': False}, rule='additionalProperties')
    return data

validate = validate_https___function_return_contract_dev_schemas_1_1_0_effects_schema_json
