from functions.constants import METRIC_PREFIX


def end_function(conv: Conversation):
    conv.write_metric(METRIC_PREFIX + "verified", bool(conv.state.verified))
    conv.write_metric(METRIC_PREFIX + "turns", conv.turn_number)
    if conv.state.outage_reference:
        conv.write_metric(METRIC_PREFIX + "outage_reported", True)
    return {"logged": True}
