def update_reservation(conv, party_size: int = 2):
    """Say the reservation is updated now, and set the prompt for the next turn."""
    conv.state["party_size"] = party_size
    print(f"reservation updated for {party_size}")
    return {
        "utterance": "I've updated your reservation.",
        "content": (
            "The reservation has been changed. Ask if there's anything else you can help with."
        ),
    }
