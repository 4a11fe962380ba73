def get_profile(conv):
    """Planted: returned directly by fetch_profile, so this data dict reaches the runtime."""
    return {"source": "crm", "name": conv.state.name}
