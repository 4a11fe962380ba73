def fetch_profile(conv):
    """Hands on whatever get_profile returns."""
    return conv.functions.get_profile()
