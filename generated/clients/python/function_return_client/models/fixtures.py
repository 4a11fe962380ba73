# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixtures_api import FixturesApi
    from ..models.fixtures_secrets import FixturesSecrets


T = TypeVar("T", bound="Fixtures")


@_attrs_define
class Fixtures:
    """What answers a function's calls to outside services, for a function served from a project; they take precedence over
    the project's `fixtures.json`. A call with no fixture is answered with the problem `missing-fixture`.

        Attributes:
            secrets (FixturesSecrets | Unset): `conv.utils.get_secret(name)`: the secrets by name.
            prompt_llm (list[str] | str | Unset): `conv.utils.prompt_llm(...)`: one answer for every call, or the answers in
                order.
            api (FixturesApi | Unset): `conv.api.<api>.<operation>(...)`: the answer (any JSON value) by
                `<api>.<operation>`.
    """

    secrets: FixturesSecrets | Unset = UNSET
    prompt_llm: list[str] | str | Unset = UNSET
    api: FixturesApi | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        prompt_llm: list[str] | str | Unset
        if isinstance(self.prompt_llm, Unset):
            prompt_llm = UNSET
        elif isinstance(self.prompt_llm, list):
            prompt_llm = self.prompt_llm

        else:
            prompt_llm = self.prompt_llm

        api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if prompt_llm is not UNSET:
            field_dict["prompt_llm"] = prompt_llm
        if api is not UNSET:
            field_dict["api"] = api

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixtures_api import FixturesApi  # noqa: PLC0415
        from ..models.fixtures_secrets import FixturesSecrets  # noqa: PLC0415

        d = dict(src_dict)
        _secrets = d.pop("secrets", UNSET)
        secrets: FixturesSecrets | Unset
        if isinstance(_secrets, Unset):
            secrets = UNSET
        else:
            secrets = FixturesSecrets.from_dict(_secrets)

        def _parse_prompt_llm(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_llm_type_1 = cast(list[str], data)

                return prompt_llm_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        prompt_llm = _parse_prompt_llm(d.pop("prompt_llm", UNSET))

        _api = d.pop("api", UNSET)
        api: FixturesApi | Unset
        if isinstance(_api, Unset):
            api = UNSET
        else:
            api = FixturesApi.from_dict(_api)

        fixtures = cls(
            secrets=secrets,
            prompt_llm=prompt_llm,
            api=api,
        )

        return fixtures
