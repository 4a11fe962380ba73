def log_outage(conv: Conversation, flow: Flow, since_hours: float, vulnerable: bool = False):
    response = conv.api.outages.create_report(
        area=conv.state.area, hours=since_hours, priority="high" if vulnerable else "normal"
    )
    conv.state.outage_reference = response["reference"]
    if vulnerable:
        conv.write_metric("vulnerable_customer", True)
        flow.functions.flag_priority(reason="vulnerable")
    conv.exit_flow()
    return {"utterance": f"I've logged it. Your reference is {response['reference']}."}
