from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolsAndTechnology")
_PROPERTY_NAMES = frozenset(
    {
        "OnetCode",
        "OnetTitle",
        "Tools",
        "Technology",
    }
)


@_attrs_define
class ToolsAndTechnology:
    """O*NET tools and technology for one occupation. Shared by Get Occupation Details and List Tools and Tech."""

    onet_code: None | str | Unset = UNSET
    onet_title: None | str | Unset = UNSET
    tools: ToolGroup | Unset = UNSET
    """ Tool categories (UNSPSC commodity titles). """
    technology: TechnologyGroup | Unset = UNSET
    """ Technology categories. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onet_code: None | str | Unset
        if isinstance(self.onet_code, Unset):
            onet_code = UNSET
        else:
            onet_code = self.onet_code

        onet_title: None | str | Unset
        if isinstance(self.onet_title, Unset):
            onet_title = UNSET
        else:
            onet_title = self.onet_title

        tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools.to_dict()

        technology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technology, Unset):
            technology = self.technology.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onet_code is not UNSET:
            field_dict["OnetCode"] = onet_code
        if onet_title is not UNSET:
            field_dict["OnetTitle"] = onet_title
        if tools is not UNSET:
            field_dict["Tools"] = tools
        if technology is not UNSET:
            field_dict["Technology"] = technology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        onet_code = cast(None | str | Unset, src_dict.get("OnetCode", UNSET))

        onet_title = cast(None | str | Unset, src_dict.get("OnetTitle", UNSET))

        _tools = src_dict.get("Tools", UNSET)
        tools: ToolGroup | Unset
        if isinstance(_tools, Unset):
            tools = UNSET
        else:
            tools = ToolGroup.from_dict(_tools)

        _technology = src_dict.get("Technology", UNSET)
        technology: TechnologyGroup | Unset
        if isinstance(_technology, Unset):
            technology = UNSET
        else:
            technology = TechnologyGroup.from_dict(_technology)

        tools_and_technology = cls(
            onet_code=onet_code,
            onet_title=onet_title,
            tools=tools,
            technology=technology,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return tools_and_technology  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        tools_and_technology.additional_properties = d
        return tools_and_technology

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.technology_group import TechnologyGroup  # noqa: E402
from ..models.tool_group import ToolGroup  # noqa: E402
