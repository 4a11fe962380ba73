HANDOFF_BILLING = "billing_queue"
HANDOFF_EMERGENCY = "gas_emergency"
METRIC_PREFIX = "utility_"
SUPPORTED_LANGUAGES = ["en-GB", "cy-GB"]
