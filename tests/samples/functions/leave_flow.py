def leave_flow(conv):
    """Planted: exit the flow, then return a transition."""
    conv.exit_flow()
    return {"transition": {"goto_flow": "main_menu"}}
