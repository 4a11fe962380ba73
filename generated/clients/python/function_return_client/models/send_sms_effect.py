# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_sms_effect_parameters import SendSmsEffectParameters


T = TypeVar("T", bound="SendSmsEffect")


@_attrs_define
class SendSmsEffect:
    """`conv.send_sms(...)` or `conv.send_content_template(...)`: sends a text message.

    Attributes:
        type_ (Literal['send_sms']): `send_sms`.
        to (str | Unset): The number sent to.
        from_ (str | Unset): The number sent from.
        content (str | Unset): The message's text.
        template (str | Unset): The content template's name.
        parameters (SendSmsEffectParameters | Unset): The template's parameters.
    """

    type_: Literal["send_sms"]
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    content: str | Unset = UNSET
    template: str | Unset = UNSET
    parameters: SendSmsEffectParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        to = self.to

        from_ = self.from_

        content = self.content

        template = self.template

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if content is not UNSET:
            field_dict["content"] = content
        if template is not UNSET:
            field_dict["template"] = template
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_sms_effect_parameters import SendSmsEffectParameters  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["send_sms"], d.pop("type"))
        if type_ != "send_sms":
            raise ValueError(f"type must match const 'send_sms', got '{type_}'")

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        content = d.pop("content", UNSET)

        template = d.pop("template", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: SendSmsEffectParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = SendSmsEffectParameters.from_dict(_parameters)

        send_sms_effect = cls(
            type_=type_,
            to=to,
            from_=from_,
            content=content,
            template=template,
            parameters=parameters,
        )

        return send_sms_effect
