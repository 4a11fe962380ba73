def start_outage_report(conv: Conversation, postcode: str):
    conv.state.postcode = postcode.upper().replace(" ", "")
    conv.goto_flow("outage_report")
    return None
