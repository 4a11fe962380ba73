def say_goodbye(name: str = ""):
    """Say a closing message, then end the call."""
    greeting = f"Thanks for calling, {name}, have a great day!" if name else (
        "Thanks for calling, have a great day!"
    )
    return {"utterance": greeting, "hangup": True}
