# Generated from schema/function_return.schema.json by codegen.compile; do not edit: run `make generate`.
"""Specialised validators of the contract: plain checks, no schema work at run time."""

_MAX = 1.7976931348623157e308  # the largest double: a JSON number's largest magnitude
_NMAX = -_MAX


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


def _json(value, depth):
    """Whether ``value`` (at ``depth``) has a JSON form; the free-form parts only."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int or kind is float:
        return _NMAX <= value <= _MAX  # within a double's range (NaN is not)
    if kind is dict:
        if depth >= 100:
            return False
        for key, item in value.items():
            if type(key) is not str or not _json(item, depth + 1):
                return False
        return True
    if kind is list or kind is tuple:
        if depth >= 100:
            return False
        for item in value:
            if not _json(item, depth + 1):
                return False
        return True
    return False


_is_valid_ENUM1 = frozenset({'SPEECH', 'DTMF'})


_is_valid_ENUM2 = frozenset({'SPEECH', 'DTMF', 'SPEECH_AND_DTMF'})


_is_valid_ENUM3 = frozenset({'DEFAULT', 'SPELLING', 'ALPHANUM', 'NUMERIC', 'DATETIME', 'YES_OR_NO', 'CUSTOM', 'ADDRESS'})


_is_valid_ENUM4 = frozenset({'full', 'partial', 'substring'})


_is_valid_ENUM5 = frozenset({'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', ''})


def _unset(*args):
    """A hook not set yet (``function_return.core.validate`` sets them)."""
    raise NotImplementedError("set by function_return.core.validate")


_refused = _unset  # whole: the second look at a refused value (valid as the JSON it becomes?)
_lenient = _unset  # whole: the whole lenient check
_explain = _unset  # validate: raise the errors of a refused value, if it has any
_failed = _unset  # validate: the same for a value whose own methods raised (and the exception)
_lenient_validate = _unset  # validate: the lenient validate


def is_valid(value):
    """Return True when ``value`` is valid under the schema and has a JSON form."""
    if type(value) is dict:
        for k1 in value:
            v1 = value[k1]
            if k1 == 'content':
                if not type(v1) is str:
                    return False
            elif k1 == 'utterance':
                if not type(v1) is str:
                    return False
            elif k1 == 'utterance_channel':
                if not type(v1) is str:
                    return False
                if not (v1 in _is_valid_ENUM1):
                    return False
            elif k1 == 'end_turn':
                if not (v1 is True or v1 is False):
                    return False
            elif k1 == 'hangup':
                if not (v1 is True or v1 is False):
                    return False
            elif k1 == 'handoff':
                if type(v1) is dict:
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'type':
                            if not type(v2) is str:
                                return False
                            if not v2:
                                return False
                        elif k2 == 'reason':
                            if not type(v2) is str:
                                return False
                            if not v2:
                                return False
                        elif k2 == 'utterance':
                            if not type(v2) is str:
                                return False
                        elif k2 == 'refer':
                            if not type(v2) is dict:
                                return False
                            if 'phone_number' not in v2:
                                return False
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'phone_number':
                                    if not type(v3) is str:
                                        return False
                                    if len(v3) > 2048:
                                        return False
                                    if not _RE0(v3):
                                        return False
                                elif k3 == 'sip_headers':
                                    if not type(v3) is dict:
                                        return False
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return False
                                        if not _RE1(k4):
                                            return False
                                        if not type(v4) is str:
                                            return False
                                else:
                                    return False
                        elif k2 == 'invite':
                            if not type(v2) is dict:
                                return False
                            if 'phone_number' not in v2:
                                return False
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'phone_number':
                                    if not type(v3) is str:
                                        return False
                                    if len(v3) > 2048:
                                        return False
                                    if not _RE0(v3):
                                        return False
                                elif k3 == 'outbound_caller_id':
                                    if not type(v3) is str:
                                        return False
                                    if not v3:
                                        return False
                                elif k3 == 'outbound_endpoint':
                                    if not type(v3) is str:
                                        return False
                                    if not v3:
                                        return False
                                elif k3 == 'sip_headers':
                                    if not type(v3) is dict:
                                        return False
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return False
                                        if not _RE1(k4):
                                            return False
                                        if not type(v4) is str:
                                            return False
                                else:
                                    return False
                        elif k2 == 'bye':
                            if not type(v2) is dict:
                                return False
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'sip_headers':
                                    if not type(v3) is dict:
                                        return False
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return False
                                        if not _RE1(k4):
                                            return False
                                        if not type(v4) is str:
                                            return False
                                else:
                                    return False
                        elif k2 == 'text_chat':
                            if not type(v2) is dict:
                                return False
                            if len(v2) < 1:
                                return False
                            if len(v2) > 1:
                                return False
                            for k3 in v2:
                                v3 = v2[k3]
                                if type(k3) is not str:
                                    return False
                                if not _RE2(k3):
                                    return False
                                if not type(v3) is dict:
                                    return False
                                for k4 in v3:
                                    v4 = v3[k4]
                                    if type(k4) is not str:
                                        return False
                                    if not _json(v4, 4):
                                        return False
                        else:
                            return False
                    if (('bye' in v1) + ('invite' in v1) + ('refer' in v1) + ('text_chat' in v1) > 1):
                        return False
                elif (v1 is True or v1 is False):
                    if not (v1 is True):
                        return False
                else:
                    return False
            elif k1 == 'listen':
                if not type(v1) is dict:
                    return False
                for k2 in v1:
                    v2 = v1[k2]
                    if k2 == 'listen':
                        if not (v2 is True or v2 is False):
                            return False
                    elif k2 == 'delayed_response':
                        if not (v2 is True or v2 is False):
                            return False
                    elif k2 == 'channel':
                        if not type(v2) is str:
                            return False
                        if not (v2 in _is_valid_ENUM2):
                            return False
                    elif k2 == 'asr':
                        if not type(v2) is dict:
                            return False
                        for k3 in v2:
                            v3 = v2[k3]
                            if k3 == 'timeout':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0 < v3 <= 60):
                                        return False
                                elif type(v3) is str:
                                    if not _RE3(v3):
                                        return False
                                else:
                                    return False
                            elif k3 == 'vad_timeout':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0 <= v3 <= _MAX):
                                        return False
                                elif type(v3) is str:
                                    if not _RE4(v3):
                                        return False
                                else:
                                    return False
                            elif k3 == 'keywords':
                                if not (type(v3) is list or type(v3) is tuple):
                                    return False
                                for i4 in v3:
                                    if not type(i4) is str:
                                        return False
                                    if not i4:
                                        return False
                            elif k3 == 'custom_biases':
                                if not type(v3) is dict:
                                    return False
                                for k4 in v3:
                                    v4 = v3[k4]
                                    if type(k4) is not str:
                                        return False
                                    if not k4:
                                        return False
                                    if not (type(v4) is int or type(v4) is float):
                                        return False
                                    if not (0 < v4 <= _MAX):
                                        return False
                            elif k3 == 'fields':
                                if not (type(v3) is list or type(v3) is tuple):
                                    return False
                                for i4 in v3:
                                    if not type(i4) is str:
                                        return False
                                    if not (i4 in _is_valid_ENUM3):
                                        return False
                            elif k3 == 'corrections':
                                if not (type(v3) is list or type(v3) is tuple):
                                    return False
                                for i4 in v3:
                                    if not type(i4) is dict:
                                        return False
                                    if 'regular_expression' not in i4:
                                        return False
                                    if 'replacement' not in i4:
                                        return False
                                    for k5 in i4:
                                        v5 = i4[k5]
                                        if k5 == 'regular_expression':
                                            if not type(v5) is str:
                                                return False
                                            if not v5:
                                                return False
                                        elif k5 == 'replacement':
                                            if not type(v5) is str:
                                                return False
                                        elif k5 == 'replacement_type':
                                            if not type(v5) is str:
                                                return False
                                            if not (v5 in _is_valid_ENUM4):
                                                return False
                                        else:
                                            return False
                            else:
                                return False
                    elif k2 == 'dtmf':
                        if not type(v2) is dict:
                            return False
                        for k3 in v2:
                            v3 = v2[k3]
                            if k3 == 'num_digits':
                                if not (((type(v3) is int or (type(v3) is float and v3.is_integer())) and (1 <= v3 <= 32)) or ((type(v3) is int or (type(v3) is float and v3.is_integer())) and (-1 <= v3 <= -1))):
                                    return False
                            elif k3 == 'first_digit_timeout':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0 <= v3 <= _MAX):
                                        return False
                                elif type(v3) is str:
                                    if not _RE4(v3):
                                        return False
                                else:
                                    return False
                            elif k3 == 'inter_digit_timeout':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0 <= v3 <= _MAX):
                                        return False
                                elif type(v3) is str:
                                    if not _RE4(v3):
                                        return False
                                else:
                                    return False
                            elif k3 == 'finish_on_key':
                                if not type(v3) is str:
                                    return False
                                if not (v3 in _is_valid_ENUM5):
                                    return False
                            elif k3 == 'early_listening':
                                if not (v3 is True or v3 is False):
                                    return False
                            elif k3 == 'is_pii':
                                if not (v3 is True or v3 is False):
                                    return False
                            else:
                                return False
                    elif k2 == 'barge_in':
                        if not type(v2) is dict:
                            return False
                        for k3 in v2:
                            v3 = v2[k3]
                            if k3 == 'is_enabled':
                                if not (v3 is True or v3 is False):
                                    return False
                            elif k3 == 'interruption_window':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0 <= v3 <= _MAX):
                                        return False
                                elif type(v3) is str:
                                    if not _RE4(v3):
                                        return False
                                else:
                                    return False
                            else:
                                return False
                    elif k2 == 'smart_vad':
                        if not type(v2) is dict:
                            return False
                        for k3 in v2:
                            v3 = v2[k3]
                            if k3 == 'is_enabled':
                                if not (v3 is True or v3 is False):
                                    return False
                            elif k3 == 'max_extensions':
                                if not (type(v3) is int or (type(v3) is float and v3.is_integer())):
                                    return False
                                if not (1 <= v3 <= 20):
                                    return False
                            elif k3 == 'max_extension_duration':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0.5 <= v3 <= 5):
                                        return False
                                elif type(v3) is str:
                                    if not _RE5(v3):
                                        return False
                                else:
                                    return False
                            else:
                                return False
                    elif k2 == 'interjection':
                        if not type(v2) is dict:
                            return False
                        for k3 in v2:
                            v3 = v2[k3]
                            if k3 == 'enable':
                                if not (v3 is True or v3 is False):
                                    return False
                            elif k3 == 'frequency':
                                if (type(v3) is int or type(v3) is float):
                                    if not (0 <= v3 <= _MAX):
                                        return False
                                elif type(v3) is str:
                                    if not _RE4(v3):
                                        return False
                                else:
                                    return False
                            else:
                                return False
                    else:
                        return False
            elif k1 == 'variant':
                if not type(v1) is str:
                    return False
                if not v1:
                    return False
            elif k1 == 'transition':
                if not type(v1) is dict:
                    return False
                if len(v1) < 1:
                    return False
                for k2 in v1:
                    v2 = v1[k2]
                    if k2 == 'goto_flow':
                        if not type(v2) is str:
                            return False
                        if not v2:
                            return False
                    elif k2 == 'goto_step':
                        if not type(v2) is str:
                            return False
                        if not v2:
                            return False
                    elif k2 == 'exit_flow':
                        if not (v2 is True or v2 is False):
                            return False
                    else:
                        return False
                if ('goto_step' in v1):
                    if 'goto_flow' not in v1:
                        return False
            elif k1 == 'agentic_dial':
                if not type(v1) is dict:
                    return False
                for k2 in v1:
                    v2 = v1[k2]
                    if k2 == 'config_patch':
                        if not type(v2) is dict:
                            return False
                        for k3 in v2:
                            v3 = v2[k3]
                            if k3 == 'destinations':
                                if not (type(v3) is list or type(v3) is tuple):
                                    return False
                                for i4 in v3:
                                    if not type(i4) is dict:
                                        return False
                                    if 'phone_number' not in i4:
                                        return False
                                    for k5 in i4:
                                        v5 = i4[k5]
                                        if k5 == 'name':
                                            if not type(v5) is str:
                                                return False
                                            if not v5:
                                                return False
                                        elif k5 == 'phone_number':
                                            if not type(v5) is str:
                                                return False
                                            if len(v5) > 2048:
                                                return False
                                            if not _RE0(v5):
                                                return False
                                        elif k5 == 'metadata':
                                            if not type(v5) is dict:
                                                return False
                                            for k6 in v5:
                                                v6 = v5[k6]
                                                if type(k6) is not str:
                                                    return False
                                                if not _json(v6, 6):
                                                    return False
                                        else:
                                            return False
                            else:
                                return False
                    else:
                        return False
            else:
                return False
        if ('utterance_channel' in value and (type(value['utterance_channel']) is str and value['utterance_channel'] == 'DTMF')):
            if 'utterance' not in value:
                return False
            if 'utterance' in value:
                v1 = value['utterance']
                if not type(v1) is str:
                    return False
                if not _RE6(v1):
                    return False
    elif type(value) is str:
        pass
    elif value is None:
        pass
    else:
        return False
    return True


def whole(value, *, lenient=False):
    """Return True when ``value`` is valid under the schema and has a JSON form (judged as
    the JSON it becomes when it holds subclasses); ``lenient``: the lenient check."""
    if lenient:
        return _lenient(value)
    try:
        if type(value) is dict:
            for k1 in value:
                v1 = value[k1]
                if k1 == 'content':
                    if not type(v1) is str:
                        return _refused(value)
                elif k1 == 'utterance':
                    if not type(v1) is str:
                        return _refused(value)
                elif k1 == 'utterance_channel':
                    if not type(v1) is str:
                        return _refused(value)
                    if not (v1 in _is_valid_ENUM1):
                        return _refused(value)
                elif k1 == 'end_turn':
                    if not (v1 is True or v1 is False):
                        return _refused(value)
                elif k1 == 'hangup':
                    if not (v1 is True or v1 is False):
                        return _refused(value)
                elif k1 == 'handoff':
                    if type(v1) is dict:
                        for k2 in v1:
                            v2 = v1[k2]
                            if k2 == 'type':
                                if not type(v2) is str:
                                    return _refused(value)
                                if not v2:
                                    return _refused(value)
                            elif k2 == 'reason':
                                if not type(v2) is str:
                                    return _refused(value)
                                if not v2:
                                    return _refused(value)
                            elif k2 == 'utterance':
                                if not type(v2) is str:
                                    return _refused(value)
                            elif k2 == 'refer':
                                if not type(v2) is dict:
                                    return _refused(value)
                                if 'phone_number' not in v2:
                                    return _refused(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if k3 == 'phone_number':
                                        if not type(v3) is str:
                                            return _refused(value)
                                        if len(v3) > 2048:
                                            return _refused(value)
                                        if not _RE0(v3):
                                            return _refused(value)
                                    elif k3 == 'sip_headers':
                                        if not type(v3) is dict:
                                            return _refused(value)
                                        for k4 in v3:
                                            v4 = v3[k4]
                                            if type(k4) is not str:
                                                return _refused(value)
                                            if not _RE1(k4):
                                                return _refused(value)
                                            if not type(v4) is str:
                                                return _refused(value)
                                    else:
                                        return _refused(value)
                            elif k2 == 'invite':
                                if not type(v2) is dict:
                                    return _refused(value)
                                if 'phone_number' not in v2:
                                    return _refused(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if k3 == 'phone_number':
                                        if not type(v3) is str:
                                            return _refused(value)
                                        if len(v3) > 2048:
                                            return _refused(value)
                                        if not _RE0(v3):
                                            return _refused(value)
                                    elif k3 == 'outbound_caller_id':
                                        if not type(v3) is str:
                                            return _refused(value)
                                        if not v3:
                                            return _refused(value)
                                    elif k3 == 'outbound_endpoint':
                                        if not type(v3) is str:
                                            return _refused(value)
                                        if not v3:
                                            return _refused(value)
                                    elif k3 == 'sip_headers':
                                        if not type(v3) is dict:
                                            return _refused(value)
                                        for k4 in v3:
                                            v4 = v3[k4]
                                            if type(k4) is not str:
                                                return _refused(value)
                                            if not _RE1(k4):
                                                return _refused(value)
                                            if not type(v4) is str:
                                                return _refused(value)
                                    else:
                                        return _refused(value)
                            elif k2 == 'bye':
                                if not type(v2) is dict:
                                    return _refused(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if k3 == 'sip_headers':
                                        if not type(v3) is dict:
                                            return _refused(value)
                                        for k4 in v3:
                                            v4 = v3[k4]
                                            if type(k4) is not str:
                                                return _refused(value)
                                            if not _RE1(k4):
                                                return _refused(value)
                                            if not type(v4) is str:
                                                return _refused(value)
                                    else:
                                        return _refused(value)
                            elif k2 == 'text_chat':
                                if not type(v2) is dict:
                                    return _refused(value)
                                if len(v2) < 1:
                                    return _refused(value)
                                if len(v2) > 1:
                                    return _refused(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if type(k3) is not str:
                                        return _refused(value)
                                    if not _RE2(k3):
                                        return _refused(value)
                                    if not type(v3) is dict:
                                        return _refused(value)
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return _refused(value)
                                        if not _json(v4, 4):
                                            return _refused(value)
                            else:
                                return _refused(value)
                        if (('bye' in v1) + ('invite' in v1) + ('refer' in v1) + ('text_chat' in v1) > 1):
                            return _refused(value)
                    elif (v1 is True or v1 is False):
                        if not (v1 is True):
                            return _refused(value)
                    else:
                        return _refused(value)
                elif k1 == 'listen':
                    if not type(v1) is dict:
                        return _refused(value)
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'listen':
                            if not (v2 is True or v2 is False):
                                return _refused(value)
                        elif k2 == 'delayed_response':
                            if not (v2 is True or v2 is False):
                                return _refused(value)
                        elif k2 == 'channel':
                            if not type(v2) is str:
                                return _refused(value)
                            if not (v2 in _is_valid_ENUM2):
                                return _refused(value)
                        elif k2 == 'asr':
                            if not type(v2) is dict:
                                return _refused(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 < v3 <= 60):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE3(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                elif k3 == 'vad_timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                elif k3 == 'keywords':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _refused(value)
                                    for i4 in v3:
                                        if not type(i4) is str:
                                            return _refused(value)
                                        if not i4:
                                            return _refused(value)
                                elif k3 == 'custom_biases':
                                    if not type(v3) is dict:
                                        return _refused(value)
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return _refused(value)
                                        if not k4:
                                            return _refused(value)
                                        if not (type(v4) is int or type(v4) is float):
                                            return _refused(value)
                                        if not (0 < v4 <= _MAX):
                                            return _refused(value)
                                elif k3 == 'fields':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _refused(value)
                                    for i4 in v3:
                                        if not type(i4) is str:
                                            return _refused(value)
                                        if not (i4 in _is_valid_ENUM3):
                                            return _refused(value)
                                elif k3 == 'corrections':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _refused(value)
                                    for i4 in v3:
                                        if not type(i4) is dict:
                                            return _refused(value)
                                        if 'regular_expression' not in i4:
                                            return _refused(value)
                                        if 'replacement' not in i4:
                                            return _refused(value)
                                        for k5 in i4:
                                            v5 = i4[k5]
                                            if k5 == 'regular_expression':
                                                if not type(v5) is str:
                                                    return _refused(value)
                                                if not v5:
                                                    return _refused(value)
                                            elif k5 == 'replacement':
                                                if not type(v5) is str:
                                                    return _refused(value)
                                            elif k5 == 'replacement_type':
                                                if not type(v5) is str:
                                                    return _refused(value)
                                                if not (v5 in _is_valid_ENUM4):
                                                    return _refused(value)
                                            else:
                                                return _refused(value)
                                else:
                                    return _refused(value)
                        elif k2 == 'dtmf':
                            if not type(v2) is dict:
                                return _refused(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'num_digits':
                                    if not (((type(v3) is int or (type(v3) is float and v3.is_integer())) and (1 <= v3 <= 32)) or ((type(v3) is int or (type(v3) is float and v3.is_integer())) and (-1 <= v3 <= -1))):
                                        return _refused(value)
                                elif k3 == 'first_digit_timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                elif k3 == 'inter_digit_timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                elif k3 == 'finish_on_key':
                                    if not type(v3) is str:
                                        return _refused(value)
                                    if not (v3 in _is_valid_ENUM5):
                                        return _refused(value)
                                elif k3 == 'early_listening':
                                    if not (v3 is True or v3 is False):
                                        return _refused(value)
                                elif k3 == 'is_pii':
                                    if not (v3 is True or v3 is False):
                                        return _refused(value)
                                else:
                                    return _refused(value)
                        elif k2 == 'barge_in':
                            if not type(v2) is dict:
                                return _refused(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'is_enabled':
                                    if not (v3 is True or v3 is False):
                                        return _refused(value)
                                elif k3 == 'interruption_window':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                else:
                                    return _refused(value)
                        elif k2 == 'smart_vad':
                            if not type(v2) is dict:
                                return _refused(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'is_enabled':
                                    if not (v3 is True or v3 is False):
                                        return _refused(value)
                                elif k3 == 'max_extensions':
                                    if not (type(v3) is int or (type(v3) is float and v3.is_integer())):
                                        return _refused(value)
                                    if not (1 <= v3 <= 20):
                                        return _refused(value)
                                elif k3 == 'max_extension_duration':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0.5 <= v3 <= 5):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE5(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                else:
                                    return _refused(value)
                        elif k2 == 'interjection':
                            if not type(v2) is dict:
                                return _refused(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'enable':
                                    if not (v3 is True or v3 is False):
                                        return _refused(value)
                                elif k3 == 'frequency':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _refused(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _refused(value)
                                    else:
                                        return _refused(value)
                                else:
                                    return _refused(value)
                        else:
                            return _refused(value)
                elif k1 == 'variant':
                    if not type(v1) is str:
                        return _refused(value)
                    if not v1:
                        return _refused(value)
                elif k1 == 'transition':
                    if not type(v1) is dict:
                        return _refused(value)
                    if len(v1) < 1:
                        return _refused(value)
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'goto_flow':
                            if not type(v2) is str:
                                return _refused(value)
                            if not v2:
                                return _refused(value)
                        elif k2 == 'goto_step':
                            if not type(v2) is str:
                                return _refused(value)
                            if not v2:
                                return _refused(value)
                        elif k2 == 'exit_flow':
                            if not (v2 is True or v2 is False):
                                return _refused(value)
                        else:
                            return _refused(value)
                    if ('goto_step' in v1):
                        if 'goto_flow' not in v1:
                            return _refused(value)
                elif k1 == 'agentic_dial':
                    if not type(v1) is dict:
                        return _refused(value)
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'config_patch':
                            if not type(v2) is dict:
                                return _refused(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'destinations':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _refused(value)
                                    for i4 in v3:
                                        if not type(i4) is dict:
                                            return _refused(value)
                                        if 'phone_number' not in i4:
                                            return _refused(value)
                                        for k5 in i4:
                                            v5 = i4[k5]
                                            if k5 == 'name':
                                                if not type(v5) is str:
                                                    return _refused(value)
                                                if not v5:
                                                    return _refused(value)
                                            elif k5 == 'phone_number':
                                                if not type(v5) is str:
                                                    return _refused(value)
                                                if len(v5) > 2048:
                                                    return _refused(value)
                                                if not _RE0(v5):
                                                    return _refused(value)
                                            elif k5 == 'metadata':
                                                if not type(v5) is dict:
                                                    return _refused(value)
                                                for k6 in v5:
                                                    v6 = v5[k6]
                                                    if type(k6) is not str:
                                                        return _refused(value)
                                                    if not _json(v6, 6):
                                                        return _refused(value)
                                            else:
                                                return _refused(value)
                                else:
                                    return _refused(value)
                        else:
                            return _refused(value)
                else:
                    return _refused(value)
            if ('utterance_channel' in value and (type(value['utterance_channel']) is str and value['utterance_channel'] == 'DTMF')):
                if 'utterance' not in value:
                    return _refused(value)
                if 'utterance' in value:
                    v1 = value['utterance']
                    if not type(v1) is str:
                        return _refused(value)
                    if not _RE6(v1):
                        return _refused(value)
        elif type(value) is str:
            pass
        elif value is None:
            pass
        else:
            return _refused(value)
    except Exception:  # a subclass whose own methods fail
        return _refused(value)
    return True


def validate(value, *, lenient=False):
    """Return None when ``value`` is valid; raise its errors when it is not."""
    if lenient:
        return _lenient_validate(value)
    try:
        if type(value) is dict:
            for k1 in value:
                v1 = value[k1]
                if k1 == 'content':
                    if not type(v1) is str:
                        return _explain(value)
                elif k1 == 'utterance':
                    if not type(v1) is str:
                        return _explain(value)
                elif k1 == 'utterance_channel':
                    if not type(v1) is str:
                        return _explain(value)
                    if not (v1 in _is_valid_ENUM1):
                        return _explain(value)
                elif k1 == 'end_turn':
                    if not (v1 is True or v1 is False):
                        return _explain(value)
                elif k1 == 'hangup':
                    if not (v1 is True or v1 is False):
                        return _explain(value)
                elif k1 == 'handoff':
                    if type(v1) is dict:
                        for k2 in v1:
                            v2 = v1[k2]
                            if k2 == 'type':
                                if not type(v2) is str:
                                    return _explain(value)
                                if not v2:
                                    return _explain(value)
                            elif k2 == 'reason':
                                if not type(v2) is str:
                                    return _explain(value)
                                if not v2:
                                    return _explain(value)
                            elif k2 == 'utterance':
                                if not type(v2) is str:
                                    return _explain(value)
                            elif k2 == 'refer':
                                if not type(v2) is dict:
                                    return _explain(value)
                                if 'phone_number' not in v2:
                                    return _explain(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if k3 == 'phone_number':
                                        if not type(v3) is str:
                                            return _explain(value)
                                        if len(v3) > 2048:
                                            return _explain(value)
                                        if not _RE0(v3):
                                            return _explain(value)
                                    elif k3 == 'sip_headers':
                                        if not type(v3) is dict:
                                            return _explain(value)
                                        for k4 in v3:
                                            v4 = v3[k4]
                                            if type(k4) is not str:
                                                return _explain(value)
                                            if not _RE1(k4):
                                                return _explain(value)
                                            if not type(v4) is str:
                                                return _explain(value)
                                    else:
                                        return _explain(value)
                            elif k2 == 'invite':
                                if not type(v2) is dict:
                                    return _explain(value)
                                if 'phone_number' not in v2:
                                    return _explain(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if k3 == 'phone_number':
                                        if not type(v3) is str:
                                            return _explain(value)
                                        if len(v3) > 2048:
                                            return _explain(value)
                                        if not _RE0(v3):
                                            return _explain(value)
                                    elif k3 == 'outbound_caller_id':
                                        if not type(v3) is str:
                                            return _explain(value)
                                        if not v3:
                                            return _explain(value)
                                    elif k3 == 'outbound_endpoint':
                                        if not type(v3) is str:
                                            return _explain(value)
                                        if not v3:
                                            return _explain(value)
                                    elif k3 == 'sip_headers':
                                        if not type(v3) is dict:
                                            return _explain(value)
                                        for k4 in v3:
                                            v4 = v3[k4]
                                            if type(k4) is not str:
                                                return _explain(value)
                                            if not _RE1(k4):
                                                return _explain(value)
                                            if not type(v4) is str:
                                                return _explain(value)
                                    else:
                                        return _explain(value)
                            elif k2 == 'bye':
                                if not type(v2) is dict:
                                    return _explain(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if k3 == 'sip_headers':
                                        if not type(v3) is dict:
                                            return _explain(value)
                                        for k4 in v3:
                                            v4 = v3[k4]
                                            if type(k4) is not str:
                                                return _explain(value)
                                            if not _RE1(k4):
                                                return _explain(value)
                                            if not type(v4) is str:
                                                return _explain(value)
                                    else:
                                        return _explain(value)
                            elif k2 == 'text_chat':
                                if not type(v2) is dict:
                                    return _explain(value)
                                if len(v2) < 1:
                                    return _explain(value)
                                if len(v2) > 1:
                                    return _explain(value)
                                for k3 in v2:
                                    v3 = v2[k3]
                                    if type(k3) is not str:
                                        return _explain(value)
                                    if not _RE2(k3):
                                        return _explain(value)
                                    if not type(v3) is dict:
                                        return _explain(value)
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return _explain(value)
                                        if not _json(v4, 4):
                                            return _explain(value)
                            else:
                                return _explain(value)
                        if (('bye' in v1) + ('invite' in v1) + ('refer' in v1) + ('text_chat' in v1) > 1):
                            return _explain(value)
                    elif (v1 is True or v1 is False):
                        if not (v1 is True):
                            return _explain(value)
                    else:
                        return _explain(value)
                elif k1 == 'listen':
                    if not type(v1) is dict:
                        return _explain(value)
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'listen':
                            if not (v2 is True or v2 is False):
                                return _explain(value)
                        elif k2 == 'delayed_response':
                            if not (v2 is True or v2 is False):
                                return _explain(value)
                        elif k2 == 'channel':
                            if not type(v2) is str:
                                return _explain(value)
                            if not (v2 in _is_valid_ENUM2):
                                return _explain(value)
                        elif k2 == 'asr':
                            if not type(v2) is dict:
                                return _explain(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 < v3 <= 60):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE3(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                elif k3 == 'vad_timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                elif k3 == 'keywords':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _explain(value)
                                    for i4 in v3:
                                        if not type(i4) is str:
                                            return _explain(value)
                                        if not i4:
                                            return _explain(value)
                                elif k3 == 'custom_biases':
                                    if not type(v3) is dict:
                                        return _explain(value)
                                    for k4 in v3:
                                        v4 = v3[k4]
                                        if type(k4) is not str:
                                            return _explain(value)
                                        if not k4:
                                            return _explain(value)
                                        if not (type(v4) is int or type(v4) is float):
                                            return _explain(value)
                                        if not (0 < v4 <= _MAX):
                                            return _explain(value)
                                elif k3 == 'fields':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _explain(value)
                                    for i4 in v3:
                                        if not type(i4) is str:
                                            return _explain(value)
                                        if not (i4 in _is_valid_ENUM3):
                                            return _explain(value)
                                elif k3 == 'corrections':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _explain(value)
                                    for i4 in v3:
                                        if not type(i4) is dict:
                                            return _explain(value)
                                        if 'regular_expression' not in i4:
                                            return _explain(value)
                                        if 'replacement' not in i4:
                                            return _explain(value)
                                        for k5 in i4:
                                            v5 = i4[k5]
                                            if k5 == 'regular_expression':
                                                if not type(v5) is str:
                                                    return _explain(value)
                                                if not v5:
                                                    return _explain(value)
                                            elif k5 == 'replacement':
                                                if not type(v5) is str:
                                                    return _explain(value)
                                            elif k5 == 'replacement_type':
                                                if not type(v5) is str:
                                                    return _explain(value)
                                                if not (v5 in _is_valid_ENUM4):
                                                    return _explain(value)
                                            else:
                                                return _explain(value)
                                else:
                                    return _explain(value)
                        elif k2 == 'dtmf':
                            if not type(v2) is dict:
                                return _explain(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'num_digits':
                                    if not (((type(v3) is int or (type(v3) is float and v3.is_integer())) and (1 <= v3 <= 32)) or ((type(v3) is int or (type(v3) is float and v3.is_integer())) and (-1 <= v3 <= -1))):
                                        return _explain(value)
                                elif k3 == 'first_digit_timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                elif k3 == 'inter_digit_timeout':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                elif k3 == 'finish_on_key':
                                    if not type(v3) is str:
                                        return _explain(value)
                                    if not (v3 in _is_valid_ENUM5):
                                        return _explain(value)
                                elif k3 == 'early_listening':
                                    if not (v3 is True or v3 is False):
                                        return _explain(value)
                                elif k3 == 'is_pii':
                                    if not (v3 is True or v3 is False):
                                        return _explain(value)
                                else:
                                    return _explain(value)
                        elif k2 == 'barge_in':
                            if not type(v2) is dict:
                                return _explain(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'is_enabled':
                                    if not (v3 is True or v3 is False):
                                        return _explain(value)
                                elif k3 == 'interruption_window':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                else:
                                    return _explain(value)
                        elif k2 == 'smart_vad':
                            if not type(v2) is dict:
                                return _explain(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'is_enabled':
                                    if not (v3 is True or v3 is False):
                                        return _explain(value)
                                elif k3 == 'max_extensions':
                                    if not (type(v3) is int or (type(v3) is float and v3.is_integer())):
                                        return _explain(value)
                                    if not (1 <= v3 <= 20):
                                        return _explain(value)
                                elif k3 == 'max_extension_duration':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0.5 <= v3 <= 5):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE5(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                else:
                                    return _explain(value)
                        elif k2 == 'interjection':
                            if not type(v2) is dict:
                                return _explain(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'enable':
                                    if not (v3 is True or v3 is False):
                                        return _explain(value)
                                elif k3 == 'frequency':
                                    if (type(v3) is int or type(v3) is float):
                                        if not (0 <= v3 <= _MAX):
                                            return _explain(value)
                                    elif type(v3) is str:
                                        if not _RE4(v3):
                                            return _explain(value)
                                    else:
                                        return _explain(value)
                                else:
                                    return _explain(value)
                        else:
                            return _explain(value)
                elif k1 == 'variant':
                    if not type(v1) is str:
                        return _explain(value)
                    if not v1:
                        return _explain(value)
                elif k1 == 'transition':
                    if not type(v1) is dict:
                        return _explain(value)
                    if len(v1) < 1:
                        return _explain(value)
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'goto_flow':
                            if not type(v2) is str:
                                return _explain(value)
                            if not v2:
                                return _explain(value)
                        elif k2 == 'goto_step':
                            if not type(v2) is str:
                                return _explain(value)
                            if not v2:
                                return _explain(value)
                        elif k2 == 'exit_flow':
                            if not (v2 is True or v2 is False):
                                return _explain(value)
                        else:
                            return _explain(value)
                    if ('goto_step' in v1):
                        if 'goto_flow' not in v1:
                            return _explain(value)
                elif k1 == 'agentic_dial':
                    if not type(v1) is dict:
                        return _explain(value)
                    for k2 in v1:
                        v2 = v1[k2]
                        if k2 == 'config_patch':
                            if not type(v2) is dict:
                                return _explain(value)
                            for k3 in v2:
                                v3 = v2[k3]
                                if k3 == 'destinations':
                                    if not (type(v3) is list or type(v3) is tuple):
                                        return _explain(value)
                                    for i4 in v3:
                                        if not type(i4) is dict:
                                            return _explain(value)
                                        if 'phone_number' not in i4:
                                            return _explain(value)
                                        for k5 in i4:
                                            v5 = i4[k5]
                                            if k5 == 'name':
                                                if not type(v5) is str:
                                                    return _explain(value)
                                                if not v5:
                                                    return _explain(value)
                                            elif k5 == 'phone_number':
                                                if not type(v5) is str:
                                                    return _explain(value)
                                                if len(v5) > 2048:
                                                    return _explain(value)
                                                if not _RE0(v5):
                                                    return _explain(value)
                                            elif k5 == 'metadata':
                                                if not type(v5) is dict:
                                                    return _explain(value)
                                                for k6 in v5:
                                                    v6 = v5[k6]
                                                    if type(k6) is not str:
                                                        return _explain(value)
                                                    if not _json(v6, 6):
                                                        return _explain(value)
                                            else:
                                                return _explain(value)
                                else:
                                    return _explain(value)
                        else:
                            return _explain(value)
                else:
                    return _explain(value)
            if ('utterance_channel' in value and (type(value['utterance_channel']) is str and value['utterance_channel'] == 'DTMF')):
                if 'utterance' not in value:
                    return _explain(value)
                if 'utterance' in value:
                    v1 = value['utterance']
                    if not type(v1) is str:
                        return _explain(value)
                    if not _RE6(v1):
                        return _explain(value)
        elif type(value) is str:
            pass
        elif value is None:
            pass
        else:
            return _explain(value)
    except Exception as error:  # a subclass whose own methods fail, or the errors
        return _failed(value, error)
    return None
