from functions.formatting import spoken_time, valid_time


@func_description("Record the time the caller wants the table for.")
@func_parameter("time", "The time, 24-hour clock, such as 19:30.")
def choose_time(conv: Conversation, flow: Flow, time: str):
    if not valid_time(time):
        return "Ask the caller for the time again, in hours and minutes."
    hours = conv.functions.opening_hours(day=conv.state.day or "friday")
    conv.log.debug("hours for the day: %s", hours)
    conv.state.time = time
    flow.goto_step("check_availability")
    return f"The caller wants {spoken_time(time)}. Check availability."
