from _gen import *  # <AUTO GENERATED>


@func_description("Find a booking by its reference.")
@func_parameter("reference", "The booking reference, such as HK-1042.")
def lookup_booking(conv: Conversation, reference: str):
    booking = conv.api.bookings.get_booking(reference=reference)
    if not booking or booking.get("status") == "not_found":
        return {"utterance": f"I couldn't find a booking with the reference {reference}."}
    conv.state.booking = booking
    return {
        "utterance": f"I have a table for {booking['party_size']} at {booking['time']}.",
        "content": "The booking was found. Ask if the caller wants to change or cancel it.",
    }
