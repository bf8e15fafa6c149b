from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingProgram")
_PROPERTY_NAMES = frozenset(
    {
        "DetailId",
        "SchoolName",
        "EtaProgramName",
        "CipTitle",
        "CipCode",
        "AwardLevel",
        "Credential",
        "Format",
        "City",
        "StateAbbr",
        "SchoolURL",
        "Distance",
    }
)


@_attrs_define
class TrainingProgram:
    """A training program (v2)."""

    detail_id: str | Unset = UNSET
    """ Id for Get Training Program Details. """
    school_name: str | Unset = UNSET
    eta_program_name: None | str | Unset = UNSET
    cip_title: None | str | Unset = UNSET
    cip_code: None | str | Unset = UNSET
    award_level: None | str | Unset = UNSET
    credential: None | str | Unset = UNSET
    format_: list[str] | None | Unset = UNSET
    """ Delivery formats. """
    city: str | Unset = UNSET
    state_abbr: str | Unset = UNSET
    school_url: None | str | Unset = UNSET
    """ School website (upper-case URL in v2). """
    distance: None | str | Unset = UNSET
    """ Miles from the location, as a numeric string. One client typed it as a number.: null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_id = self.detail_id

        school_name = self.school_name

        eta_program_name: None | str | Unset
        if isinstance(self.eta_program_name, Unset):
            eta_program_name = UNSET
        else:
            eta_program_name = self.eta_program_name

        cip_title: None | str | Unset
        if isinstance(self.cip_title, Unset):
            cip_title = UNSET
        else:
            cip_title = self.cip_title

        cip_code: None | str | Unset
        if isinstance(self.cip_code, Unset):
            cip_code = UNSET
        else:
            cip_code = self.cip_code

        award_level: None | str | Unset
        if isinstance(self.award_level, Unset):
            award_level = UNSET
        else:
            award_level = self.award_level

        credential: None | str | Unset
        if isinstance(self.credential, Unset):
            credential = UNSET
        else:
            credential = self.credential

        format_: list[str] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, list):
            format_ = self.format_

        else:
            format_ = self.format_

        city = self.city

        state_abbr = self.state_abbr

        school_url: None | str | Unset
        if isinstance(self.school_url, Unset):
            school_url = UNSET
        else:
            school_url = self.school_url

        distance: None | str | Unset
        if isinstance(self.distance, Unset):
            distance = UNSET
        else:
            distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail_id is not UNSET:
            field_dict["DetailId"] = detail_id
        if school_name is not UNSET:
            field_dict["SchoolName"] = school_name
        if eta_program_name is not UNSET:
            field_dict["EtaProgramName"] = eta_program_name
        if cip_title is not UNSET:
            field_dict["CipTitle"] = cip_title
        if cip_code is not UNSET:
            field_dict["CipCode"] = cip_code
        if award_level is not UNSET:
            field_dict["AwardLevel"] = award_level
        if credential is not UNSET:
            field_dict["Credential"] = credential
        if format_ is not UNSET:
            field_dict["Format"] = format_
        if city is not UNSET:
            field_dict["City"] = city
        if state_abbr is not UNSET:
            field_dict["StateAbbr"] = state_abbr
        if school_url is not UNSET:
            field_dict["SchoolURL"] = school_url
        if distance is not UNSET:
            field_dict["Distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        detail_id = src_dict.get("DetailId", UNSET)

        school_name = src_dict.get("SchoolName", UNSET)

        eta_program_name = cast(None | str | Unset, src_dict.get("EtaProgramName", UNSET))

        cip_title = cast(None | str | Unset, src_dict.get("CipTitle", UNSET))

        cip_code = cast(None | str | Unset, src_dict.get("CipCode", UNSET))

        award_level = cast(None | str | Unset, src_dict.get("AwardLevel", UNSET))

        credential = cast(None | str | Unset, src_dict.get("Credential", UNSET))

        format_ = cast(list[str] | None | Unset, src_dict.get("Format", UNSET))

        city = src_dict.get("City", UNSET)

        state_abbr = src_dict.get("StateAbbr", UNSET)

        school_url = cast(None | str | Unset, src_dict.get("SchoolURL", UNSET))

        distance = cast(None | str | Unset, src_dict.get("Distance", UNSET))

        training_program = cls(
            detail_id=detail_id,
            school_name=school_name,
            eta_program_name=eta_program_name,
            cip_title=cip_title,
            cip_code=cip_code,
            award_level=award_level,
            credential=credential,
            format_=format_,
            city=city,
            state_abbr=state_abbr,
            school_url=school_url,
            distance=distance,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return training_program  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        training_program.additional_properties = d
        return training_program

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
