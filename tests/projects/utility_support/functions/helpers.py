import re
from datetime import datetime, timedelta

ACCOUNT_RE = re.compile(r"^\d{8}$")
BUSINESS_HOURS = (8, 20)


def normalise_account(raw):
    digits = "".join(ch for ch in str(raw) if ch.isdigit())
    return digits if ACCOUNT_RE.match(digits) else None


def in_business_hours(now=None):
    now = now or datetime.utcnow()
    return BUSINESS_HOURS[0] <= now.hour < BUSINESS_HOURS[1]


def next_bill_date(today=None):
    today = today or datetime.utcnow()
    return (today.replace(day=1) + timedelta(days=32)).replace(day=1)


def spell_digits(value):
    return " ".join(str(value))
