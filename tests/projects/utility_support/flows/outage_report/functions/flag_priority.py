def flag_priority(conv: Conversation, flow: Flow, reason: str):
    conv.state.priority_reason = reason
    conv.write_metric("priority_flag", reason)
    return None
