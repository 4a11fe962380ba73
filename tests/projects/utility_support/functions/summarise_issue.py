def summarise_issue(conv: Conversation):
    last_user = [turn["text"] for turn in conv.history if turn["role"] == "user"]
    summary = conv.utils.prompt_llm(
        prompt="Summarise the customer's issue in one sentence: " + " | ".join(last_user[-3:]),
    )
    conv.state.issue_summary = summary
    return f"The issue so far: {summary}. Confirm it with the caller."
