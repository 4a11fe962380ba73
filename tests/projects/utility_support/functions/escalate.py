def escalate(conv: Conversation, note: str = ""):
    # uses a member the platform's Conversation does not have
    conv.create_ticket(note=note)
    return "A ticket was raised."
