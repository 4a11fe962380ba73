def log_only(conv, note: str = "checked"):
    """Record a note and give no instruction (returns None)."""
    print(f"note for {conv.id or 'an unknown conversation'}: {note}")
