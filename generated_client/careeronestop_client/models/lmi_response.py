from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LmiResponse")
_PROPERTY_NAMES = frozenset(
    {
        "LMI",
        "SocInfo",
        "MetaData",
    }
)


@_attrs_define
class LmiResponse:
    """Envelope for Get LMI by Occupation."""

    lmi: LaborMarketSnapshot | Unset = UNSET
    """ Labor-market snapshot. Pay values are strings with thousands separators and may be empty. """
    soc_info: SocInfo | Unset = UNSET
    """ A Standard Occupational Classification (SOC) or OEWS occupation. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lmi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lmi, Unset):
            lmi = self.lmi.to_dict()

        soc_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soc_info, Unset):
            soc_info = self.soc_info.to_dict()

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ResponseMetadata):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lmi is not UNSET:
            field_dict["LMI"] = lmi
        if soc_info is not UNSET:
            field_dict["SocInfo"] = soc_info
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _lmi = src_dict.get("LMI", UNSET)
        lmi: LaborMarketSnapshot | Unset
        if isinstance(_lmi, Unset):
            lmi = UNSET
        else:
            lmi = LaborMarketSnapshot.from_dict(_lmi)

        _soc_info = src_dict.get("SocInfo", UNSET)
        soc_info: SocInfo | Unset
        if isinstance(_soc_info, Unset):
            soc_info = UNSET
        else:
            soc_info = SocInfo.from_dict(_soc_info)

        def _parse_meta_data(data: object) -> None | ResponseMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_data_type_0 = ResponseMetadata.from_dict(data)

                return meta_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMetadata | Unset, data)

        meta_data = _parse_meta_data(src_dict.get("MetaData", UNSET))

        lmi_response = cls(
            lmi=lmi,
            soc_info=soc_info,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return lmi_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        lmi_response.additional_properties = d
        return lmi_response

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
from ..models.labor_market_snapshot import LaborMarketSnapshot  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402
from ..models.soc_info import SocInfo  # noqa: E402
