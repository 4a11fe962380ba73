from _gen import *  # <AUTO GENERATED>


def lookup_booking(conv: Conversation, name: str):
    """Data for other functions (conv.functions.lookup_booking): not a contract return."""
    found = conv.api.crm.find(name=name)
    if not found:
        return {"found": False}
    return {"found": True, "time": found["time"]}
