def check_area(conv: Conversation, flow: Flow):
    known = conv.api.outages.area_status(area=conv.state.area)
    if known.get("outage"):
        conv.state.known_outage = True
        conv.say(f"There's a known outage in your area. We expect power back by {known['eta']}.")
        flow.goto_step("give_update")
        return None
    flow.goto_step("collect_details")
    return "There is no known outage. Ask how long the power has been off."
