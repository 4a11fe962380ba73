# Generated from schema/function_return.schema.json by codegen.explain; do not edit: run `make generate`.
"""The explainer of the contract: every error of an object, found by plain checks."""

from function_return.core import messages as _m
from function_return.core.pointer import escape as _escape


_CHOICES2 = ('SPEECH', 'DTMF')
_ENUM3 = frozenset({'DTMF', 'SPEECH'})
_KNOWN11 = frozenset({})
_KNOWN15 = frozenset({})
_CHOICES17 = ('SPEECH', 'DTMF', 'SPEECH_AND_DTMF')
_ENUM18 = frozenset({'DTMF', 'SPEECH', 'SPEECH_AND_DTMF'})
_KNOWN28 = frozenset({})
_CHOICES29 = ('DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS')
_ENUM30 = frozenset({'ADDRESS', 'ALPHANUM', 'CUSTOM', 'DATETIME', 'DEFAULT', 'NUMERIC', 'SPELLING', 'YES_OR_NO'})
_CHOICES32 = ('full', 'partial', 'substring')
_ENUM33 = frozenset({'full', 'partial', 'substring'})
_CHOICES38 = ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', '')
_ENUM39 = frozenset({'', '#', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})


def _RE0_load(text):
    """Search ``text`` for '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$' (compiled on first use)."""
    global _RE0
    import re

    _RE0 = re.compile('^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)\\Z').search
    return _RE0(text)


_RE0 = _RE0_load


def _RE1_load(text):
    """Search ``text`` for '^[A-Za-z0-9-]+$' (compiled on first use)."""
    global _RE1
    import re

    _RE1 = re.compile('^[A-Za-z0-9-]+\\Z').search
    return _RE1(text)


_RE1 = _RE1_load


def _RE2_load(text):
    """Search ``text`` for '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$' (compiled on first use)."""
    global _RE2
    import re

    _RE2 = re.compile('^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration\\Z').search
    return _RE2(text)


_RE2 = _RE2_load


def _RE3_load(text):
    """Search ``text`` for '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$' (compiled on first use)."""
    global _RE3
    import re

    _RE3 = re.compile('^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s\\Z').search
    return _RE3(text)


_RE3 = _RE3_load


def _RE4_load(text):
    """Search ``text`` for '^[0-9]+(\\.[0-9]{1,9})?s$' (compiled on first use)."""
    global _RE4
    import re

    _RE4 = re.compile('^[0-9]+(\\.[0-9]{1,9})?s\\Z').search
    return _RE4(text)


_RE4 = _RE4_load


def _RE5_load(text):
    """Search ``text`` for '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$' (compiled on first use)."""
    global _RE5
    import re

    _RE5 = re.compile('^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s\\Z').search
    return _RE5(text)


_RE5 = _RE5_load


def _RE6_load(text):
    """Search ``text`` for '^[0-9*#]+$' (compiled on first use)."""
    global _RE6
    import re

    _RE6 = re.compile('^[0-9*#]+\\Z').search
    return _RE6(text)


_RE6 = _RE6_load


def _explain9(v, p, out):
    if not type(v) is str:
        out.append((p, '#/$defs/PhoneNumber/type', 'type', _m.type_message('string', v)))
    if type(v) is str:
        if not _RE0(v):
            out.append((p, '#/$defs/PhoneNumber/pattern', 'pattern', _m.pattern_message('#/$defs/PhoneNumber/pattern', '^(\\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)$', v)))
        if len(v) > 2048:
            out.append((p, '#/$defs/PhoneNumber/maxLength', 'maxLength', _m.length_message('maxLength', 2048, v)))


def _explain10(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/SipHeaders/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        for k in v:
            if not _RE1(k):
                out.append((p + '/' + _escape(k), '#/$defs/SipHeaders/propertyNames/pattern', 'propertyNames', _m.key_message('#/$defs/SipHeaders/propertyNames/pattern', 'pattern', k, repr(k) + " does not match '^[A-Za-z0-9-]+$'")))
        for k1 in v:
            v1 = v[k1]
            p1 = p + '/' + _escape(k1)
            if not type(v1) is str:
                out.append((p1, '#/$defs/SipHeaders/additionalProperties/type', 'type', _m.type_message('string', v1)))


def _explain8(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Refer/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'phone_number' in v:
            v1 = v['phone_number']
            p1 = p + '/phone_number'
            _explain9(v1, p1, out)
        if 'sip_headers' in v:
            v1 = v['sip_headers']
            p1 = p + '/sip_headers'
            _explain10(v1, p1, out)
        if 'phone_number' not in v:
            out.append((p, '#/$defs/Refer/required', 'required', _m.required_message('#/$defs/Refer/required', 'phone_number')))


def _explain12(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Invite/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'phone_number' in v:
            v1 = v['phone_number']
            p1 = p + '/phone_number'
            _explain9(v1, p1, out)
        if 'outbound_caller_id' in v:
            v1 = v['outbound_caller_id']
            p1 = p + '/outbound_caller_id'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Invite/properties/outbound_caller_id/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/Invite/properties/outbound_caller_id/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'outbound_endpoint' in v:
            v1 = v['outbound_endpoint']
            p1 = p + '/outbound_endpoint'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Invite/properties/outbound_endpoint/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/Invite/properties/outbound_endpoint/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'sip_headers' in v:
            v1 = v['sip_headers']
            p1 = p + '/sip_headers'
            _explain10(v1, p1, out)
        if 'phone_number' not in v:
            out.append((p, '#/$defs/Invite/required', 'required', _m.required_message('#/$defs/Invite/required', 'phone_number')))


def _explain13(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Bye/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'sip_headers' in v:
            v1 = v['sip_headers']
            p1 = p + '/sip_headers'
            _explain10(v1, p1, out)


def _explain14(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/TextChat/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        for k in v:
            if not _RE2(k):
                out.append((p + '/' + _escape(k), '#/$defs/TextChat/propertyNames/pattern', 'propertyNames', _m.key_message('#/$defs/TextChat/propertyNames/pattern', 'pattern', k, repr(k) + " does not match '^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$'")))
        for k1 in v:
            v1 = v[k1]
            p1 = p + '/' + _escape(k1)
            if not type(v1) is dict:
                out.append((p1, '#/$defs/TextChat/additionalProperties/type', 'type', _m.type_message('object', v1)))
        if len(v) < 1:
            out.append((p, '#/$defs/TextChat/minProperties', 'minProperties', _m.size_message('minProperties', 1, (), v)))
        if len(v) > 1:
            out.append((p, '#/$defs/TextChat/maxProperties', 'maxProperties', _m.size_message('maxProperties', 1, (), v)))


def _explain7(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Handoff/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'type' in v:
            v1 = v['type']
            p1 = p + '/type'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Handoff/properties/type/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/Handoff/properties/type/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'reason' in v:
            v1 = v['reason']
            p1 = p + '/reason'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Handoff/properties/reason/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/Handoff/properties/reason/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'utterance' in v:
            v1 = v['utterance']
            p1 = p + '/utterance'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Handoff/properties/utterance/type', 'type', _m.type_message('string', v1)))
        if 'refer' in v:
            v1 = v['refer']
            p1 = p + '/refer'
            _explain8(v1, p1, out)
        if 'invite' in v:
            v1 = v['invite']
            p1 = p + '/invite'
            _explain12(v1, p1, out)
        if 'bye' in v:
            v1 = v['bye']
            p1 = p + '/bye'
            _explain13(v1, p1, out)
        if 'text_chat' in v:
            v1 = v['text_chat']
            p1 = p + '/text_chat'
            _explain14(v1, p1, out)
    if ((type(v) is not dict or 'refer' in v and 'invite' in v) or (type(v) is not dict or 'refer' in v and 'bye' in v) or (type(v) is not dict or 'refer' in v and 'text_chat' in v) or (type(v) is not dict or 'invite' in v and 'bye' in v) or (type(v) is not dict or 'invite' in v and 'text_chat' in v) or (type(v) is not dict or 'bye' in v and 'text_chat' in v)):
        out.append((p, '#/$defs/Handoff/not', 'not', _m.at_most_one_message(['refer', 'invite', 'bye', 'text_chat'], v)))


def _explain20(v, p, out):
    _branch21 = []
    if not (type(v) is int or type(v) is float):
        _branch21.append((p, '#/$defs/AsrTimeout/anyOf/0/type', 'type', _m.type_message('number', v)))
    if (type(v) is int or type(v) is float):
        if v <= 0:
            _branch21.append((p, '#/$defs/AsrTimeout/anyOf/0/exclusiveMinimum', 'exclusiveMinimum', _m.bound_message('exclusiveMinimum', 0, v)))
        if v > 60:
            _branch21.append((p, '#/$defs/AsrTimeout/anyOf/0/maximum', 'maximum', _m.bound_message('maximum', 60, v)))
    if _branch21:
        _branch22 = []
        if not type(v) is str:
            _branch22.append((p, '#/$defs/AsrTimeout/anyOf/1/type', 'type', _m.type_message('string', v)))
        if type(v) is str:
            if not _RE3(v):
                _branch22.append((p, '#/$defs/AsrTimeout/anyOf/1/pattern', 'pattern', _m.pattern_message('#/$defs/AsrTimeout/anyOf/1/pattern', '^(0*([1-9]|[1-5][0-9])(\\.[0-9]{1,9})?|0*60(\\.0{1,9})?|0+\\.(?=0*[1-9])[0-9]{1,9})s$', v)))
        if _branch22:
            _taking23 = [b for b, t in ((_branch21, (type(v) is int or type(v) is float)), (_branch22, type(v) is str)) if t]
            if len(_taking23) == 1 and _taking23[0]:
                out += _taking23[0]
            else:
                out.append((p, '#/$defs/AsrTimeout/anyOf', 'anyOf' if _taking23 else 'type', _m.any_of_message('a number of seconds (more than 0, at most 60) or a duration string such as "7s"', v)))


def _explain24(v, p, out):
    _branch25 = []
    if not (type(v) is int or type(v) is float):
        _branch25.append((p, '#/$defs/Duration/anyOf/0/type', 'type', _m.type_message('number', v)))
    if (type(v) is int or type(v) is float):
        if v < 0:
            _branch25.append((p, '#/$defs/Duration/anyOf/0/minimum', 'minimum', _m.bound_message('minimum', 0, v)))
    if _branch25:
        _branch26 = []
        if not type(v) is str:
            _branch26.append((p, '#/$defs/Duration/anyOf/1/type', 'type', _m.type_message('string', v)))
        if type(v) is str:
            if not _RE4(v):
                _branch26.append((p, '#/$defs/Duration/anyOf/1/pattern', 'pattern', _m.pattern_message('#/$defs/Duration/anyOf/1/pattern', '^[0-9]+(\\.[0-9]{1,9})?s$', v)))
        if _branch26:
            _taking27 = [b for b, t in ((_branch25, (type(v) is int or type(v) is float)), (_branch26, type(v) is str)) if t]
            if len(_taking27) == 1 and _taking27[0]:
                out += _taking27[0]
            else:
                out.append((p, '#/$defs/Duration/anyOf', 'anyOf' if _taking27 else 'type', _m.any_of_message('a number of seconds (0 or more) or a duration string such as "1.5s"', v)))


def _explain31(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/AsrCorrection/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'regular_expression' in v:
            v1 = v['regular_expression']
            p1 = p + '/regular_expression'
            if not type(v1) is str:
                out.append((p1, '#/$defs/AsrCorrection/properties/regular_expression/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/AsrCorrection/properties/regular_expression/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'replacement' in v:
            v1 = v['replacement']
            p1 = p + '/replacement'
            if not type(v1) is str:
                out.append((p1, '#/$defs/AsrCorrection/properties/replacement/type', 'type', _m.type_message('string', v1)))
        if 'replacement_type' in v:
            v1 = v['replacement_type']
            p1 = p + '/replacement_type'
            if not type(v1) is str:
                out.append((p1, '#/$defs/AsrCorrection/properties/replacement_type/type', 'type', _m.type_message('string', v1)))
            if not (type(v1) is str and v1 in _ENUM33):
                out.append((p1, '#/$defs/AsrCorrection/properties/replacement_type/enum', 'enum', _m.enum_message(_CHOICES32, v1)))
        if 'regular_expression' not in v:
            out.append((p, '#/$defs/AsrCorrection/required', 'required', _m.required_message('#/$defs/AsrCorrection/required', 'regular_expression')))
        if 'replacement' not in v:
            out.append((p, '#/$defs/AsrCorrection/required', 'required', _m.required_message('#/$defs/AsrCorrection/required', 'replacement')))


def _explain19(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Asr/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'timeout' in v:
            v1 = v['timeout']
            p1 = p + '/timeout'
            _explain20(v1, p1, out)
        if 'vad_timeout' in v:
            v1 = v['vad_timeout']
            p1 = p + '/vad_timeout'
            _explain24(v1, p1, out)
        if 'keywords' in v:
            v1 = v['keywords']
            p1 = p + '/keywords'
            if not (type(v1) is list or type(v1) is tuple):
                out.append((p1, '#/$defs/Asr/properties/keywords/type', 'type', _m.type_message('array', v1)))
            if (type(v1) is list or type(v1) is tuple):
                for i2, v2 in enumerate(v1):
                    p2 = f'{p1}/{i2}'
                    if not type(v2) is str:
                        out.append((p2, '#/$defs/Asr/properties/keywords/items/type', 'type', _m.type_message('string', v2)))
                    if type(v2) is str:
                        if len(v2) < 1:
                            out.append((p2, '#/$defs/Asr/properties/keywords/items/minLength', 'minLength', _m.length_message('minLength', 1, v2)))
        if 'custom_biases' in v:
            v1 = v['custom_biases']
            p1 = p + '/custom_biases'
            if not type(v1) is dict:
                out.append((p1, '#/$defs/Asr/properties/custom_biases/type', 'type', _m.type_message('object', v1)))
            if type(v1) is dict:
                for k in v1:
                    if len(k) < 1:
                        out.append((p1 + '/' + _escape(k), '#/$defs/Asr/properties/custom_biases/propertyNames/minLength', 'propertyNames', _m.key_message('#/$defs/Asr/properties/custom_biases/propertyNames/minLength', 'minLength', k, '')))
                for k2 in v1:
                    v2 = v1[k2]
                    p2 = p1 + '/' + _escape(k2)
                    if not (type(v2) is int or type(v2) is float):
                        out.append((p2, '#/$defs/Asr/properties/custom_biases/additionalProperties/type', 'type', _m.type_message('number', v2)))
                    if (type(v2) is int or type(v2) is float):
                        if v2 <= 0:
                            out.append((p2, '#/$defs/Asr/properties/custom_biases/additionalProperties/exclusiveMinimum', 'exclusiveMinimum', _m.bound_message('exclusiveMinimum', 0, v2)))
        if 'fields' in v:
            v1 = v['fields']
            p1 = p + '/fields'
            if not (type(v1) is list or type(v1) is tuple):
                out.append((p1, '#/$defs/Asr/properties/fields/type', 'type', _m.type_message('array', v1)))
            if (type(v1) is list or type(v1) is tuple):
                for i2, v2 in enumerate(v1):
                    p2 = f'{p1}/{i2}'
                    if not type(v2) is str:
                        out.append((p2, '#/$defs/Asr/properties/fields/items/type', 'type', _m.type_message('string', v2)))
                    if not (type(v2) is str and v2 in _ENUM30):
                        out.append((p2, '#/$defs/Asr/properties/fields/items/enum', 'enum', _m.enum_message(_CHOICES29, v2)))
        if 'corrections' in v:
            v1 = v['corrections']
            p1 = p + '/corrections'
            if not (type(v1) is list or type(v1) is tuple):
                out.append((p1, '#/$defs/Asr/properties/corrections/type', 'type', _m.type_message('array', v1)))
            if (type(v1) is list or type(v1) is tuple):
                for i2, v2 in enumerate(v1):
                    p2 = f'{p1}/{i2}'
                    _explain31(v2, p2, out)


def _explain34(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Dtmf/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'num_digits' in v:
            v1 = v['num_digits']
            p1 = p + '/num_digits'
            _branch35 = []
            if not (type(v1) is int or (type(v1) is float and v1.is_integer())):
                _branch35.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf/0/type', 'type', _m.type_message('integer', v1)))
            if (type(v1) is int or type(v1) is float):
                if v1 < 1:
                    _branch35.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf/0/minimum', 'minimum', _m.bound_message('minimum', 1, v1)))
                if v1 > 32:
                    _branch35.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf/0/maximum', 'maximum', _m.bound_message('maximum', 32, v1)))
            if _branch35:
                _branch36 = []
                if not (type(v1) is int or (type(v1) is float and v1.is_integer())):
                    _branch36.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf/1/type', 'type', _m.type_message('integer', v1)))
                if (type(v1) is int or type(v1) is float):
                    if v1 < -1:
                        _branch36.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf/1/minimum', 'minimum', _m.bound_message('minimum', -1, v1)))
                    if v1 > -1:
                        _branch36.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf/1/maximum', 'maximum', _m.bound_message('maximum', -1, v1)))
                if _branch36:
                    _taking37 = [b for b, t in ((_branch35, (type(v1) is int or (type(v1) is float and v1.is_integer()))), (_branch36, (type(v1) is int or (type(v1) is float and v1.is_integer())))) if t]
                    if len(_taking37) == 1 and _taking37[0]:
                        out += _taking37[0]
                    else:
                        out.append((p1, '#/$defs/Dtmf/properties/num_digits/anyOf', 'anyOf' if _taking37 else 'type', _m.any_of_message('an integer from 1 to 32, or -1 for no limit', v1)))
        if 'first_digit_timeout' in v:
            v1 = v['first_digit_timeout']
            p1 = p + '/first_digit_timeout'
            _explain24(v1, p1, out)
        if 'inter_digit_timeout' in v:
            v1 = v['inter_digit_timeout']
            p1 = p + '/inter_digit_timeout'
            _explain24(v1, p1, out)
        if 'finish_on_key' in v:
            v1 = v['finish_on_key']
            p1 = p + '/finish_on_key'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Dtmf/properties/finish_on_key/type', 'type', _m.type_message('string', v1)))
            if not (type(v1) is str and v1 in _ENUM39):
                out.append((p1, '#/$defs/Dtmf/properties/finish_on_key/enum', 'enum', _m.enum_message(_CHOICES38, v1)))
        if 'early_listening' in v:
            v1 = v['early_listening']
            p1 = p + '/early_listening'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/Dtmf/properties/early_listening/type', 'type', _m.type_message('boolean', v1)))
        if 'is_pii' in v:
            v1 = v['is_pii']
            p1 = p + '/is_pii'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/Dtmf/properties/is_pii/type', 'type', _m.type_message('boolean', v1)))


def _explain40(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/BargeIn/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'is_enabled' in v:
            v1 = v['is_enabled']
            p1 = p + '/is_enabled'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/BargeIn/properties/is_enabled/type', 'type', _m.type_message('boolean', v1)))
        if 'interruption_window' in v:
            v1 = v['interruption_window']
            p1 = p + '/interruption_window'
            _explain24(v1, p1, out)


def _explain42(v, p, out):
    _branch43 = []
    if not (type(v) is int or type(v) is float):
        _branch43.append((p, '#/$defs/MaxExtensionDuration/anyOf/0/type', 'type', _m.type_message('number', v)))
    if (type(v) is int or type(v) is float):
        if v < 0.5:
            _branch43.append((p, '#/$defs/MaxExtensionDuration/anyOf/0/minimum', 'minimum', _m.bound_message('minimum', 0.5, v)))
        if v > 5:
            _branch43.append((p, '#/$defs/MaxExtensionDuration/anyOf/0/maximum', 'maximum', _m.bound_message('maximum', 5, v)))
    if _branch43:
        _branch44 = []
        if not type(v) is str:
            _branch44.append((p, '#/$defs/MaxExtensionDuration/anyOf/1/type', 'type', _m.type_message('string', v)))
        if type(v) is str:
            if not _RE5(v):
                _branch44.append((p, '#/$defs/MaxExtensionDuration/anyOf/1/pattern', 'pattern', _m.pattern_message('#/$defs/MaxExtensionDuration/anyOf/1/pattern', '^(0+\\.[5-9][0-9]{0,8}|0*[1-4](\\.[0-9]{1,9})?|0*5(\\.0{1,9})?)s$', v)))
        if _branch44:
            _taking45 = [b for b, t in ((_branch43, (type(v) is int or type(v) is float)), (_branch44, type(v) is str)) if t]
            if len(_taking45) == 1 and _taking45[0]:
                out += _taking45[0]
            else:
                out.append((p, '#/$defs/MaxExtensionDuration/anyOf', 'anyOf' if _taking45 else 'type', _m.any_of_message('a number of seconds from 0.5 to 5 or a duration string such as "1.5s"', v)))


def _explain41(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/SmartVad/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'is_enabled' in v:
            v1 = v['is_enabled']
            p1 = p + '/is_enabled'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/SmartVad/properties/is_enabled/type', 'type', _m.type_message('boolean', v1)))
        if 'max_extensions' in v:
            v1 = v['max_extensions']
            p1 = p + '/max_extensions'
            if not (type(v1) is int or (type(v1) is float and v1.is_integer())):
                out.append((p1, '#/$defs/SmartVad/properties/max_extensions/type', 'type', _m.type_message('integer', v1)))
            if (type(v1) is int or type(v1) is float):
                if v1 < 1:
                    out.append((p1, '#/$defs/SmartVad/properties/max_extensions/minimum', 'minimum', _m.bound_message('minimum', 1, v1)))
                if v1 > 20:
                    out.append((p1, '#/$defs/SmartVad/properties/max_extensions/maximum', 'maximum', _m.bound_message('maximum', 20, v1)))
        if 'max_extension_duration' in v:
            v1 = v['max_extension_duration']
            p1 = p + '/max_extension_duration'
            _explain42(v1, p1, out)


def _explain46(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Interjection/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'enable' in v:
            v1 = v['enable']
            p1 = p + '/enable'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/Interjection/properties/enable/type', 'type', _m.type_message('boolean', v1)))
        if 'frequency' in v:
            v1 = v['frequency']
            p1 = p + '/frequency'
            _explain24(v1, p1, out)


def _explain16(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Listen/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'listen' in v:
            v1 = v['listen']
            p1 = p + '/listen'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/Listen/properties/listen/type', 'type', _m.type_message('boolean', v1)))
        if 'delayed_response' in v:
            v1 = v['delayed_response']
            p1 = p + '/delayed_response'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/Listen/properties/delayed_response/type', 'type', _m.type_message('boolean', v1)))
        if 'channel' in v:
            v1 = v['channel']
            p1 = p + '/channel'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Listen/properties/channel/type', 'type', _m.type_message('string', v1)))
            if not (type(v1) is str and v1 in _ENUM18):
                out.append((p1, '#/$defs/Listen/properties/channel/enum', 'enum', _m.enum_message(_CHOICES17, v1)))
        if 'asr' in v:
            v1 = v['asr']
            p1 = p + '/asr'
            _explain19(v1, p1, out)
        if 'dtmf' in v:
            v1 = v['dtmf']
            p1 = p + '/dtmf'
            _explain34(v1, p1, out)
        if 'barge_in' in v:
            v1 = v['barge_in']
            p1 = p + '/barge_in'
            _explain40(v1, p1, out)
        if 'smart_vad' in v:
            v1 = v['smart_vad']
            p1 = p + '/smart_vad'
            _explain41(v1, p1, out)
        if 'interjection' in v:
            v1 = v['interjection']
            p1 = p + '/interjection'
            _explain46(v1, p1, out)


def _explain47(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/Transition/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'goto_flow' in v:
            v1 = v['goto_flow']
            p1 = p + '/goto_flow'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Transition/properties/goto_flow/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/Transition/properties/goto_flow/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'goto_step' in v:
            v1 = v['goto_step']
            p1 = p + '/goto_step'
            if not type(v1) is str:
                out.append((p1, '#/$defs/Transition/properties/goto_step/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/Transition/properties/goto_step/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'exit_flow' in v:
            v1 = v['exit_flow']
            p1 = p + '/exit_flow'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/Transition/properties/exit_flow/type', 'type', _m.type_message('boolean', v1)))
        if len(v) < 1:
            out.append((p, '#/$defs/Transition/minProperties', 'minProperties', _m.size_message('minProperties', 1, ('goto_flow', 'goto_step', 'exit_flow'), v)))
    if (type(v) is not dict or 'goto_step' in v):
        if type(v) is dict:
            if 'goto_flow' not in v:
                out.append((p, '#/$defs/Transition/then/required', 'required', _m.required_message('#/$defs/Transition/then/required', 'goto_flow')))


def _explain49(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/DialDestination/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'name' in v:
            v1 = v['name']
            p1 = p + '/name'
            if not type(v1) is str:
                out.append((p1, '#/$defs/DialDestination/properties/name/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/DialDestination/properties/name/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'phone_number' in v:
            v1 = v['phone_number']
            p1 = p + '/phone_number'
            _explain9(v1, p1, out)
        if 'metadata' in v:
            v1 = v['metadata']
            p1 = p + '/metadata'
            if not type(v1) is dict:
                out.append((p1, '#/$defs/DialDestination/properties/metadata/type', 'type', _m.type_message('object', v1)))
        if 'phone_number' not in v:
            out.append((p, '#/$defs/DialDestination/required', 'required', _m.required_message('#/$defs/DialDestination/required', 'phone_number')))


def _explain48(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/AgenticDial/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'config_patch' in v:
            v1 = v['config_patch']
            p1 = p + '/config_patch'
            if not type(v1) is dict:
                out.append((p1, '#/$defs/AgenticDial/properties/config_patch/type', 'type', _m.type_message('object', v1)))
            if type(v1) is dict:
                if 'destinations' in v1:
                    v2 = v1['destinations']
                    p2 = p1 + '/destinations'
                    if not (type(v2) is list or type(v2) is tuple):
                        out.append((p2, '#/$defs/AgenticDial/properties/config_patch/properties/destinations/type', 'type', _m.type_message('array', v2)))
                    if (type(v2) is list or type(v2) is tuple):
                        for i3, v3 in enumerate(v2):
                            p3 = f'{p2}/{i3}'
                            _explain49(v3, p3, out)


def _explain1(v, p, out):
    if not type(v) is dict:
        out.append((p, '#/$defs/FunctionReturn/type', 'type', _m.type_message('object', v)))
    if type(v) is dict:
        if 'content' in v:
            v1 = v['content']
            p1 = p + '/content'
            if not type(v1) is str:
                out.append((p1, '#/$defs/FunctionReturn/properties/content/type', 'type', _m.type_message('string', v1)))
        if 'utterance' in v:
            v1 = v['utterance']
            p1 = p + '/utterance'
            if not type(v1) is str:
                out.append((p1, '#/$defs/FunctionReturn/properties/utterance/type', 'type', _m.type_message('string', v1)))
        if 'utterance_channel' in v:
            v1 = v['utterance_channel']
            p1 = p + '/utterance_channel'
            if not type(v1) is str:
                out.append((p1, '#/$defs/FunctionReturn/properties/utterance_channel/type', 'type', _m.type_message('string', v1)))
            if not (type(v1) is str and v1 in _ENUM3):
                out.append((p1, '#/$defs/FunctionReturn/properties/utterance_channel/enum', 'enum', _m.enum_message(_CHOICES2, v1)))
        if 'end_turn' in v:
            v1 = v['end_turn']
            p1 = p + '/end_turn'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/FunctionReturn/properties/end_turn/type', 'type', _m.type_message('boolean', v1)))
        if 'hangup' in v:
            v1 = v['hangup']
            p1 = p + '/hangup'
            if not (v1 is True or v1 is False):
                out.append((p1, '#/$defs/FunctionReturn/properties/hangup/type', 'type', _m.type_message('boolean', v1)))
        if 'handoff' in v:
            v1 = v['handoff']
            p1 = p + '/handoff'
            _branch4 = []
            if not (v1 is True or v1 is False):
                _branch4.append((p1, '#/$defs/FunctionReturn/properties/handoff/anyOf/0/type', 'type', _m.type_message('boolean', v1)))
            if not (v1 is True):
                _branch4.append((p1, '#/$defs/FunctionReturn/properties/handoff/anyOf/0/const', 'const', _m.const_message(True, v1)))
            if _branch4:
                _branch5 = []
                _explain7(v1, p1, _branch5)
                if _branch5:
                    _taking6 = [b for b, t in ((_branch4, (v1 is True or v1 is False)), (_branch5, type(v1) is dict)) if t]
                    if len(_taking6) == 1 and _taking6[0]:
                        out += _taking6[0]
                    else:
                        out.append((p1, '#/$defs/FunctionReturn/properties/handoff/anyOf', 'anyOf' if _taking6 else 'type', _m.any_of_message('true or a handoff object', v1)))
        if 'listen' in v:
            v1 = v['listen']
            p1 = p + '/listen'
            _explain16(v1, p1, out)
        if 'variant' in v:
            v1 = v['variant']
            p1 = p + '/variant'
            if not type(v1) is str:
                out.append((p1, '#/$defs/FunctionReturn/properties/variant/type', 'type', _m.type_message('string', v1)))
            if type(v1) is str:
                if len(v1) < 1:
                    out.append((p1, '#/$defs/FunctionReturn/properties/variant/minLength', 'minLength', _m.length_message('minLength', 1, v1)))
        if 'transition' in v:
            v1 = v['transition']
            p1 = p + '/transition'
            _explain47(v1, p1, out)
        if 'agentic_dial' in v:
            v1 = v['agentic_dial']
            p1 = p + '/agentic_dial'
            _explain48(v1, p1, out)
    if (type(v) is not dict or 'utterance_channel' in v and (type(v['utterance_channel']) is str and v['utterance_channel'] == 'DTMF')):
        if type(v) is dict:
            if 'utterance' in v:
                v1 = v['utterance']
                p1 = p + '/utterance'
                if not type(v1) is str:
                    out.append((p1, '#/$defs/FunctionReturn/then/properties/utterance/type', 'type', _m.type_message('string', v1)))
                if type(v1) is str:
                    if not _RE6(v1):
                        out.append((p1, '#/$defs/FunctionReturn/then/properties/utterance/pattern', 'pattern', _m.pattern_message('#/$defs/FunctionReturn/then/properties/utterance/pattern', '^[0-9*#]+$', v1)))
            if 'utterance' not in v:
                out.append((p, '#/$defs/FunctionReturn/then/required', 'required', _m.required_message('#/$defs/FunctionReturn/then/required', 'utterance')))


def explain(value):
    """Every error in ``value``, an object of plain JSON data: (pointer, schema location, keyword, message) tuples."""
    out = []
    _explain1(value, '', out)
    return out
