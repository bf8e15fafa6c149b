from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryDetailsResponse")
_PROPERTY_NAMES = frozenset(
    {
        "OccupationDetail",
        "MetaData",
    }
)


@_attrs_define
class SalaryDetailsResponse:
    """Envelope for Get Salary Details. OccupationDetail is a single object here."""

    occupation_detail: SalaryOccupationDetail | Unset = UNSET
    """ The resolved occupation and its wages. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupation_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occupation_detail, Unset):
            occupation_detail = self.occupation_detail.to_dict()

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
        if occupation_detail is not UNSET:
            field_dict["OccupationDetail"] = occupation_detail
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _occupation_detail = src_dict.get("OccupationDetail", UNSET)
        occupation_detail: SalaryOccupationDetail | Unset
        if isinstance(_occupation_detail, Unset):
            occupation_detail = UNSET
        else:
            occupation_detail = SalaryOccupationDetail.from_dict(_occupation_detail)

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

        salary_details_response = cls(
            occupation_detail=occupation_detail,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return salary_details_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        salary_details_response.additional_properties = d
        return salary_details_response

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
from ..models.response_metadata import ResponseMetadata  # noqa: E402
from ..models.salary_occupation_detail import SalaryOccupationDetail  # noqa: E402
