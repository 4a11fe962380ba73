def check_slots(conv, date: str):
    """Uses lookup_availability's result as data and returns a prompt."""
    result = conv.functions.lookup_availability(date)
    if result["status"] != "ok":
        return "Apologise: the booking system is not answering."
    return f"Offer these times: {', '.join(result['availability'])}"
