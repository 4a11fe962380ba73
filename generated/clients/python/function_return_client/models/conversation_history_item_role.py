# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from enum import StrEnum


class ConversationHistoryItemRole(StrEnum):
    AGENT = "agent"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
