from _gen import *  # <AUTO GENERATED>

from functions._hours import hours_on
from functions.formatting import DAYS, spoken_time


@func_description("Tell the caller when the restaurant is open on a given day.")
@func_parameter("day", "The day of the week the caller asks about, in English, lower case.")
def opening_hours(conv: Conversation, day: str):
    day = day.strip().lower()
    if day not in DAYS:
        return "Ask the caller which day of the week they mean."
    hours = hours_on(day)
    if hours is None:
        return {"utterance": f"On {day.title()} we are closed."}
    opens, closes = (spoken_time(t) for t in hours)
    return {"utterance": f"On {day.title()} we are open from {opens} to {closes}."}
