def confirm_variant_switch(location: str = "Orleans"):
    """Switch to a location's variant and confirm it to the caller."""
    return {
        "utterance": f"Let me connect you with the {location} location.",
        "variant": location.lower(),
    }
