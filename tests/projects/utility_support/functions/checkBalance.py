# Exported with a name that differs from its file: kept as a helper, not served.
def check_balance(conv: Conversation):
    return conv.functions.get_balance()
