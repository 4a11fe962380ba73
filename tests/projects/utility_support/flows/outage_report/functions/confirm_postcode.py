from flows.outage_report.functions.helpers import area_code


def confirm_postcode(conv: Conversation, flow: Flow, correct: bool):
    if not correct:
        conv.state.postcode = None
        flow.goto_step("collect_postcode")
        return "Ask for the postcode again."
    conv.state.area = area_code(conv.state.postcode)
    conv.log.info(f"outage check for area {conv.state.area} (step {flow.current_step})")
    flow.goto_step("check_area")
    return None
