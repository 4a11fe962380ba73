# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from enum import StrEnum


class AsrFieldsItem(StrEnum):
    ADDRESS = "ADDRESS"
    ALPHANUM = "ALPHANUM"
    CUSTOM = "CUSTOM"
    DATETIME = "DATETIME"
    DEFAULT = "DEFAULT"
    NUMERIC = "NUMERIC"
    SPELLING = "SPELLING"
    YES_OR_NO = "YES_OR_NO"

    def __str__(self) -> str:
        return str(self.value)
