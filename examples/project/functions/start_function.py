from _gen import *  # <AUTO GENERATED>


def start_function(conv: Conversation):
    """Before the greeting: remember who called and from which site."""
    conv.state.caller = conv.caller_number
    conv.state.site = conv.variant.site_name or "Harbour Kitchen"
    conv.state.bookings_made = 0
    conv.write_metric("call_started", conv.channel_type or "unknown", write_once=True)
    conv.log.info("call from %s to %s", conv.caller_number, conv.state.site)
    return None
