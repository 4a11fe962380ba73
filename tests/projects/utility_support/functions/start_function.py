from functions.constants import METRIC_PREFIX, SUPPORTED_LANGUAGES


def start_function(conv: Conversation):
    conv.state.call_start_turn = conv.turn_number
    conv.state.site = conv.variant.site_name
    conv.state.is_test_call = conv.env in ("sandbox", "draft")
    caller = conv.caller_number or conv.sip_headers.get("X-Original-Caller")
    conv.state.caller = caller
    if conv.language not in SUPPORTED_LANGUAGES:
        conv.set_language("en-GB")
    conv.write_metric(METRIC_PREFIX + "call_start", 1, write_once=True)
    conv.log.info(f"start: caller={caller} site={conv.state.site} env={conv.env}")
