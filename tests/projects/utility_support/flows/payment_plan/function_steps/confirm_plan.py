def confirm_plan(conv: Conversation, flow: Flow):
    plan = conv.state.plan
    if not plan:
        flow.goto_step("propose_plan")
        return None
    conv.api.billing.create_plan(account=conv.state.account, **plan)
    conv.write_metric("payment_plan", plan["months"])
    conv.exit_flow()
    return {
        "utterance": "Your payment plan is set up.",
        "content": "Ask if there is anything else.",
    }
