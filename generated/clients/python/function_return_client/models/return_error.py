# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReturnError")


@_attrs_define
class ReturnError:
    """One way a return value breaks the contract.

    Attributes:
        path (str): JSON Pointer (RFC 6901) of the offending part of `value`; "" is the root.
        schema_path (str): JSON Pointer, as a URI fragment, of the schema keyword that failed.
        keyword (str): The failing JSON Schema keyword, or `json` for a value with no JSON form.
        message (str): What is wrong and, where it can tell, how to fix it.
    """

    path: str
    schema_path: str
    keyword: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        schema_path = self.schema_path

        keyword = self.keyword

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "path": path,
                "schema_path": schema_path,
                "keyword": keyword,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        schema_path = d.pop("schema_path")

        keyword = d.pop("keyword")

        message = d.pop("message")

        return_error = cls(
            path=path,
            schema_path=schema_path,
            keyword=keyword,
            message=message,
        )

        return return_error
