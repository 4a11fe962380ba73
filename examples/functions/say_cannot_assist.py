def say_cannot_assist():
    """Say an exact phrase after the function runs."""
    return {"utterance": "I cannot assist with your request."}
