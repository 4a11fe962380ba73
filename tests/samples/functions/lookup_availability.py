def lookup_availability(conv, date: str):
    """Called by check_slots through conv.functions; its dict is data, not a contract return."""
    if not date:
        return {"source": "error", "message": "no date given"}
    return {"availability": ["10:00", "11:00"], "status": "ok"}
