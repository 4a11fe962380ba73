from _gen import *  # <AUTO GENERATED>


def route(conv: Conversation, flow: Flow):
    """A global function the project does not have, and an integration's result."""
    if conv.state.vip:
        return conv.functions.vip_desk()
    if conv.state.lookup:
        return conv.api.crm.route(conv.caller_number)
    return conv.goto_flow("main_menu")
