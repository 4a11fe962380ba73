from functions.helpers import spell_digits


def propose_plan(conv: Conversation, flow: Flow, months: int):
    balance = conv.state.balance
    if balance is None:
        raise ValueError("no balance in state: verify_account must run first")
    if months < 1 or months > 24:
        return "Plans run for 1 to 24 months. Ask again."
    instalment = round(balance / months, 2)
    conv.state.plan = {"months": months, "instalment": instalment}
    flow.goto_step("confirm_plan")
    return f"Offer {months} payments of {instalment} pounds. Account {spell_digits(conv.state.account)}."
