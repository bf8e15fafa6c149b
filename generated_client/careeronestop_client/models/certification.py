from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Certification")
_PROPERTY_NAMES = frozenset(
    {
        "Id",
        "Name",
        "Url",
        "Organization",
        "Type",
        "TypeOrder",
        "Related",
        "CertAccredAgencyList",
        "OrganizationAddress",
        "OrganizationUrl",
        "Acronym",
        "Description",
        "CertDetailList",
        "CertTestOption",
        "ExamDetail",
    }
)


@_attrs_define
class Certification:
    """A certification."""

    id: str | Unset = UNSET
    """ Certification id, for example `6126-C`. """
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    organization: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Type label, for example `Specialty`. """
    type_order: str | Unset = UNSET
    related: str | Unset = UNSET
    cert_accred_agency_list: list[CertAccreditation] | Unset = UNSET
    organization_address: str | Unset = UNSET
    organization_url: str | Unset = UNSET
    acronym: str | Unset = UNSET
    description: str | Unset = UNSET
    cert_detail_list: list[NameValuePair] | Unset = UNSET
    """ Requirement and renewal questions with answers. """
    cert_test_option: list[Any] | Unset = UNSET
    """ Exam options. Empty in the recorded sample, so the item shape is unknown. """
    exam_detail: CertificationExamDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        organization = self.organization

        type_ = self.type_

        type_order = self.type_order

        related = self.related

        cert_accred_agency_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cert_accred_agency_list, Unset):
            cert_accred_agency_list = []
            for cert_accred_agency_list_item_data in self.cert_accred_agency_list:
                cert_accred_agency_list_item = cert_accred_agency_list_item_data.to_dict()
                cert_accred_agency_list.append(cert_accred_agency_list_item)

        organization_address = self.organization_address

        organization_url = self.organization_url

        acronym = self.acronym

        description = self.description

        cert_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cert_detail_list, Unset):
            cert_detail_list = []
            for cert_detail_list_item_data in self.cert_detail_list:
                cert_detail_list_item = cert_detail_list_item_data.to_dict()
                cert_detail_list.append(cert_detail_list_item)

        cert_test_option: list[Any] | Unset = UNSET
        if not isinstance(self.cert_test_option, Unset):
            cert_test_option = self.cert_test_option

        exam_detail: dict[str, Any] | None | Unset
        if isinstance(self.exam_detail, Unset):
            exam_detail = UNSET
        elif isinstance(self.exam_detail, CertificationExamDetail):
            exam_detail = self.exam_detail.to_dict()
        else:
            exam_detail = self.exam_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if url is not UNSET:
            field_dict["Url"] = url
        if organization is not UNSET:
            field_dict["Organization"] = organization
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if type_order is not UNSET:
            field_dict["TypeOrder"] = type_order
        if related is not UNSET:
            field_dict["Related"] = related
        if cert_accred_agency_list is not UNSET:
            field_dict["CertAccredAgencyList"] = cert_accred_agency_list
        if organization_address is not UNSET:
            field_dict["OrganizationAddress"] = organization_address
        if organization_url is not UNSET:
            field_dict["OrganizationUrl"] = organization_url
        if acronym is not UNSET:
            field_dict["Acronym"] = acronym
        if description is not UNSET:
            field_dict["Description"] = description
        if cert_detail_list is not UNSET:
            field_dict["CertDetailList"] = cert_detail_list
        if cert_test_option is not UNSET:
            field_dict["CertTestOption"] = cert_test_option
        if exam_detail is not UNSET:
            field_dict["ExamDetail"] = exam_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("Id", UNSET)

        name = src_dict.get("Name", UNSET)

        url = src_dict.get("Url", UNSET)

        organization = src_dict.get("Organization", UNSET)

        type_ = src_dict.get("Type", UNSET)

        type_order = src_dict.get("TypeOrder", UNSET)

        related = src_dict.get("Related", UNSET)

        _cert_accred_agency_list = src_dict.get("CertAccredAgencyList", UNSET)
        cert_accred_agency_list: list[CertAccreditation] | Unset = UNSET
        if _cert_accred_agency_list is not UNSET:
            cert_accred_agency_list = []
            for cert_accred_agency_list_item_data in _cert_accred_agency_list:
                cert_accred_agency_list_item = CertAccreditation.from_dict(cert_accred_agency_list_item_data)

                cert_accred_agency_list.append(cert_accred_agency_list_item)

        organization_address = src_dict.get("OrganizationAddress", UNSET)

        organization_url = src_dict.get("OrganizationUrl", UNSET)

        acronym = src_dict.get("Acronym", UNSET)

        description = src_dict.get("Description", UNSET)

        _cert_detail_list = src_dict.get("CertDetailList", UNSET)
        cert_detail_list: list[NameValuePair] | Unset = UNSET
        if _cert_detail_list is not UNSET:
            cert_detail_list = []
            for cert_detail_list_item_data in _cert_detail_list:
                cert_detail_list_item = NameValuePair.from_dict(cert_detail_list_item_data)

                cert_detail_list.append(cert_detail_list_item)

        cert_test_option = cast(list[Any], src_dict.get("CertTestOption", UNSET))

        def _parse_exam_detail(data: object) -> CertificationExamDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exam_detail_type_0 = CertificationExamDetail.from_dict(data)

                return exam_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertificationExamDetail | None | Unset, data)

        exam_detail = _parse_exam_detail(src_dict.get("ExamDetail", UNSET))

        certification = cls(
            id=id,
            name=name,
            url=url,
            organization=organization,
            type_=type_,
            type_order=type_order,
            related=related,
            cert_accred_agency_list=cert_accred_agency_list,
            organization_address=organization_address,
            organization_url=organization_url,
            acronym=acronym,
            description=description,
            cert_detail_list=cert_detail_list,
            cert_test_option=cert_test_option,
            exam_detail=exam_detail,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return certification  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        certification.additional_properties = d
        return certification

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
from ..models.cert_accreditation import CertAccreditation  # noqa: E402
from ..models.certification_exam_detail import CertificationExamDetail  # noqa: E402
from ..models.name_value_pair import NameValuePair  # noqa: E402
