"""Helpers shared by the functions: no function named like this file, so not served."""

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def spoken_time(hhmm: str) -> str:
    """'19:30' -> '7:30 pm'."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    suffix = "am" if hours < 12 else "pm"
    hours = hours % 12 or 12
    return f"{hours}:{minutes:02d} {suffix}" if minutes else f"{hours} {suffix}"


def valid_time(hhmm: str) -> bool:
    parts = hhmm.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return False
    return 0 <= int(parts[0]) < 24 and 0 <= int(parts[1]) < 60
