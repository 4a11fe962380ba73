# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from enum import StrEnum


class ListenChannel(StrEnum):
    DTMF = "DTMF"
    SPEECH = "SPEECH"
    SPEECH_AND_DTMF = "SPEECH_AND_DTMF"

    def __str__(self) -> str:
        return str(self.value)
