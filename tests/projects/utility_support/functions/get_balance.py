from functions.helpers import next_bill_date


def get_balance(conv: Conversation):
    if not conv.state.verified:
        return "Verify the caller's account before giving the balance."
    balance = conv.state.balance or 0
    due = next_bill_date()
    conv.state.last_balance_check = due  # a datetime: the platform keeps JSON
    if balance > 0:
        conv.say(f"Your balance is {balance:.2f} pounds.")
        return {
            "content": f"The balance is in debt. Offer a payment plan. Next bill on {due:%d %B}.",
        }
    return {"utterance": f"Your account is in credit by {abs(balance):.2f} pounds."}
