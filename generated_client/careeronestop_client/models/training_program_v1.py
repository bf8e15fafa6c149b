from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingProgramV1")
_PROPERTY_NAMES = frozenset(
    {
        "ID",
        "SchoolName",
        "SchoolUrl",
        "Address",
        "City",
        "StateAbbr",
        "StateName",
        "Zip",
        "Phone",
        "Distance",
        "Region",
        "RegionCode",
        "TotalEnrollment",
        "ProgramName",
        "StudentGraduated",
        "ElementID",
        "ProgramLength",
        "Occupationslist",
    }
)


@_attrs_define
class TrainingProgramV1:
    """A training program row (v1)."""

    id: str | Unset = UNSET
    school_name: str | Unset = UNSET
    school_url: str | Unset = UNSET
    """ Website (mixed-case Url in v1). """
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state_abbr: str | Unset = UNSET
    state_name: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phone: str | Unset = UNSET
    distance: None | str | Unset = UNSET
    """ Miles from the location, as a numeric string. One client typed it as a number.: null """
    region: str | Unset = UNSET
    region_code: str | Unset = UNSET
    total_enrollment: None | str | Unset = UNSET
    """ School enrollment, as a numeric string. One client typed it as a number.: null """
    program_name: str | Unset = UNSET
    student_graduated: str | Unset = UNSET
    element_id: str | Unset = UNSET
    """ Program element id (upper-case ID on this route). """
    program_length: list[NameValuePair] | Unset = UNSET
    occupationslist: list[NameValuePair] | Unset = UNSET
    """ Related occupations (note the lower-case l). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        school_name = self.school_name

        school_url = self.school_url

        address = self.address

        city = self.city

        state_abbr = self.state_abbr

        state_name = self.state_name

        zip_ = self.zip_

        phone = self.phone

        distance: None | str | Unset
        if isinstance(self.distance, Unset):
            distance = UNSET
        else:
            distance = self.distance

        region = self.region

        region_code = self.region_code

        total_enrollment: None | str | Unset
        if isinstance(self.total_enrollment, Unset):
            total_enrollment = UNSET
        else:
            total_enrollment = self.total_enrollment

        program_name = self.program_name

        student_graduated = self.student_graduated

        element_id = self.element_id

        program_length: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.program_length, Unset):
            program_length = []
            for program_length_item_data in self.program_length:
                program_length_item = program_length_item_data.to_dict()
                program_length.append(program_length_item)

        occupationslist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.occupationslist, Unset):
            occupationslist = []
            for occupationslist_item_data in self.occupationslist:
                occupationslist_item = occupationslist_item_data.to_dict()
                occupationslist.append(occupationslist_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if school_name is not UNSET:
            field_dict["SchoolName"] = school_name
        if school_url is not UNSET:
            field_dict["SchoolUrl"] = school_url
        if address is not UNSET:
            field_dict["Address"] = address
        if city is not UNSET:
            field_dict["City"] = city
        if state_abbr is not UNSET:
            field_dict["StateAbbr"] = state_abbr
        if state_name is not UNSET:
            field_dict["StateName"] = state_name
        if zip_ is not UNSET:
            field_dict["Zip"] = zip_
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if distance is not UNSET:
            field_dict["Distance"] = distance
        if region is not UNSET:
            field_dict["Region"] = region
        if region_code is not UNSET:
            field_dict["RegionCode"] = region_code
        if total_enrollment is not UNSET:
            field_dict["TotalEnrollment"] = total_enrollment
        if program_name is not UNSET:
            field_dict["ProgramName"] = program_name
        if student_graduated is not UNSET:
            field_dict["StudentGraduated"] = student_graduated
        if element_id is not UNSET:
            field_dict["ElementID"] = element_id
        if program_length is not UNSET:
            field_dict["ProgramLength"] = program_length
        if occupationslist is not UNSET:
            field_dict["Occupationslist"] = occupationslist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("ID", UNSET)

        school_name = src_dict.get("SchoolName", UNSET)

        school_url = src_dict.get("SchoolUrl", UNSET)

        address = src_dict.get("Address", UNSET)

        city = src_dict.get("City", UNSET)

        state_abbr = src_dict.get("StateAbbr", UNSET)

        state_name = src_dict.get("StateName", UNSET)

        zip_ = src_dict.get("Zip", UNSET)

        phone = src_dict.get("Phone", UNSET)

        distance = cast(None | str | Unset, src_dict.get("Distance", UNSET))

        region = src_dict.get("Region", UNSET)

        region_code = src_dict.get("RegionCode", UNSET)

        total_enrollment = cast(None | str | Unset, src_dict.get("TotalEnrollment", UNSET))

        program_name = src_dict.get("ProgramName", UNSET)

        student_graduated = src_dict.get("StudentGraduated", UNSET)

        element_id = src_dict.get("ElementID", UNSET)

        _program_length = src_dict.get("ProgramLength", UNSET)
        program_length: list[NameValuePair] | Unset = UNSET
        if _program_length is not UNSET:
            program_length = []
            for program_length_item_data in _program_length:
                program_length_item = NameValuePair.from_dict(program_length_item_data)

                program_length.append(program_length_item)

        _occupationslist = src_dict.get("Occupationslist", UNSET)
        occupationslist: list[NameValuePair] | Unset = UNSET
        if _occupationslist is not UNSET:
            occupationslist = []
            for occupationslist_item_data in _occupationslist:
                occupationslist_item = NameValuePair.from_dict(occupationslist_item_data)

                occupationslist.append(occupationslist_item)

        training_program_v1 = cls(
            id=id,
            school_name=school_name,
            school_url=school_url,
            address=address,
            city=city,
            state_abbr=state_abbr,
            state_name=state_name,
            zip_=zip_,
            phone=phone,
            distance=distance,
            region=region,
            region_code=region_code,
            total_enrollment=total_enrollment,
            program_name=program_name,
            student_graduated=student_graduated,
            element_id=element_id,
            program_length=program_length,
            occupationslist=occupationslist,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return training_program_v1  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        training_program_v1.additional_properties = d
        return training_program_v1

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
from ..models.name_value_pair import NameValuePair  # noqa: E402
