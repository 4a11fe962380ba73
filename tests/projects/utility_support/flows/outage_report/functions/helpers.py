OUTAGE_STEPS = ["collect_postcode", "check_area", "give_update"]


def area_code(postcode):
    return (postcode or "")[:3]
