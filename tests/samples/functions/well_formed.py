def well_formed(conv, name: str, wait: float):
    """Near misses: computed values and partial dicts with nothing wrong in what is known."""
    options = {"utterance": f"Hello {name}", "listen": {"asr": {"timeout": wait}}}
    if conv.state.flow_done:
        conv.goto_flow("wrap_up")
        return {"end_turn": False, "content": "Carry on."}
    if conv.state.vip:
        return {**options, "handoff": {"type": "VIP", "refer": {"phone_number": conv.state.number}}}
    if wait > 30:
        return options
    conv.say("One moment.")
    return "Say " + name
