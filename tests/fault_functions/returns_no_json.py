def returns_no_json():
    """Return an object that has no JSON form."""
    return {"utterance": object()}
