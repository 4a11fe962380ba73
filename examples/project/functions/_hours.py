# A private helper (its name starts with "_"): the opening hours by day.
HOURS = {
    "monday": None,
    "tuesday": ("12:00", "22:00"),
    "wednesday": ("12:00", "22:00"),
    "thursday": ("12:00", "22:00"),
    "friday": ("12:00", "23:00"),
    "saturday": ("11:00", "23:00"),
    "sunday": None,
}


def hours_on(day):
    """(opens, closes) on ``day``, or None when closed."""
    return HOURS.get(day)
