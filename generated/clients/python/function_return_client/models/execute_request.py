# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation import Conversation
    from ..models.execute_request_args import ExecuteRequestArgs
    from ..models.fixtures import Fixtures


T = TypeVar("T", bound="ExecuteRequest")


@_attrs_define
class ExecuteRequest:
    """The arguments of one call, and optionally the conversation it belongs to.

    Attributes:
        args (ExecuteRequestArgs): The function's arguments by parameter name.
        conversation (Conversation | Unset): The conversation the call belongs to; a function receives it as `conv` (a
            first parameter named so; in a project, a parameter named `conv` or annotated `Conversation`). Every field is
            optional; one not given reads as null (as an empty object or list for the collections). The fields after `state`
            are read by functions served from a project (`serve --project`).
        fixtures (Fixtures | Unset): What answers a function's calls to outside services, for a function served from a
            project; they take precedence over the project's `fixtures.json`. A call with no fixture is answered with the
            problem `missing-fixture`.
    """

    args: ExecuteRequestArgs
    conversation: Conversation | Unset = UNSET
    fixtures: Fixtures | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        args = self.args.to_dict()

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        fixtures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixtures, Unset):
            fixtures = self.fixtures.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "args": args,
            }
        )
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if fixtures is not UNSET:
            field_dict["fixtures"] = fixtures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation import Conversation  # noqa: PLC0415
        from ..models.execute_request_args import ExecuteRequestArgs  # noqa: PLC0415
        from ..models.fixtures import Fixtures  # noqa: PLC0415

        d = dict(src_dict)
        args = ExecuteRequestArgs.from_dict(d.pop("args"))

        _conversation = d.pop("conversation", UNSET)
        conversation: Conversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = Conversation.from_dict(_conversation)

        _fixtures = d.pop("fixtures", UNSET)
        fixtures: Fixtures | Unset
        if isinstance(_fixtures, Unset):
            fixtures = UNSET
        else:
            fixtures = Fixtures.from_dict(_fixtures)

        execute_request = cls(
            args=args,
            conversation=conversation,
            fixtures=fixtures,
        )

        return execute_request
