def format_price(amount: float) -> str:
    """Planted: a file with no function named like the file."""
    return f"{amount:.2f}"
