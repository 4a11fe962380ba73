from _gen import *  # <AUTO GENERATED>


@func_description("Cancel a booking by its reference, after looking it up.")
@func_parameter("reference", "The booking reference, such as HK-1042.")
def cancel_booking(conv: Conversation, flow: Flow, reference: str):
    found = conv.functions.lookup_booking(reference=reference)
    if conv.state.booking is None:
        return found
    conv.api.bookings.cancel_booking(reference=reference)
    del conv.state.booking
    conv.exit_flow()
    return {"utterance": "Your booking is cancelled. Goodbye!", "hangup": True}
