from functions.helpers import normalise_account


def verify_account(conv: Conversation, account_number: str, postcode: str):
    account = normalise_account(account_number)
    if account is None:
        conv.state.verify_attempts = (conv.state.verify_attempts or 0) + 1
        if conv.state.verify_attempts >= 3:
            conv.write_metric("verification_failed", True)
            return conv.functions.transfer_to_agent(reason="verification_failed")
        return "The account number should have 8 digits. Ask the caller to read it again."
    try:
        record = conv.api.accounts.get_account(account_number=account, postcode=postcode)
    except Exception as exc:
        conv.log.error(f"account lookup failed: {exc}")
        return "Apologise: the system is slow. Ask the caller to try again in a moment."
    if not record.get("found"):
        return "Tell the caller no account matches those details."
    conv.state.verified = True
    conv.state.account = account
    conv.state.customer_name = record.get("first_name")
    conv.state.balance = record.get("balance")
    conv.write_metric("verified", True)
    return f"The caller is verified. Greet {conv.state.customer_name} by name and ask how you can help."
