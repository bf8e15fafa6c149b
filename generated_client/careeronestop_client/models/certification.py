from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.models import drifted as _drifted
from .._core.models import dump as _dump
from .._core.models import extras_on_first_use as _extras_on_first_use
from .._core.models import fields_sent as _fields_sent
from ..types import UNSET, Unset

T = TypeVar("T", bound="Certification")
_new = object.__new__  # a model is built field by field, without an __init__ call
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

    id: str | None = None
    """ Certification id, for example `6126-C`. """
    name: str | None = None
    url: str | None = None
    organization: str | None = None
    type_: str | None = None
    """ Type label, for example `Specialty`. """
    type_order: str | None = None
    related: str | None = None
    cert_accred_agency_list: list[CertAccreditation] | None = None
    organization_address: str | None = None
    organization_url: str | None = None
    acronym: str | None = None
    description: str | None = None
    cert_detail_list: list[NameValuePair] | None = None
    """ Requirement and renewal questions with answers. """
    cert_test_option: list[Any] | None = None
    """ Exam options. Empty in the recorded sample, so the item shape is unknown. """
    exam_detail: CertificationExamDetail | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "id": "Id",
        "name": "Name",
        "url": "Url",
        "organization": "Organization",
        "type_": "Type",
        "type_order": "TypeOrder",
        "related": "Related",
        "cert_accred_agency_list": "CertAccredAgencyList",
        "organization_address": "OrganizationAddress",
        "organization_url": "OrganizationUrl",
        "acronym": "Acronym",
        "description": "Description",
        "cert_detail_list": "CertDetailList",
        "cert_test_option": "CertTestOption",
        "exam_detail": "ExamDetail",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "exam_detail",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["Id"] = self.id
        elif "id" in self._sent_null:
            field_dict["Id"] = None
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "name" in self._sent_null:
            field_dict["Name"] = None
        if self.url is not None:
            field_dict["Url"] = self.url
        elif "url" in self._sent_null:
            field_dict["Url"] = None
        if self.organization is not None:
            field_dict["Organization"] = self.organization
        elif "organization" in self._sent_null:
            field_dict["Organization"] = None
        if self.type_ is not None:
            field_dict["Type"] = self.type_
        elif "type_" in self._sent_null:
            field_dict["Type"] = None
        if self.type_order is not None:
            field_dict["TypeOrder"] = self.type_order
        elif "type_order" in self._sent_null:
            field_dict["TypeOrder"] = None
        if self.related is not None:
            field_dict["Related"] = self.related
        elif "related" in self._sent_null:
            field_dict["Related"] = None
        if self.cert_accred_agency_list is not None:
            field_dict["CertAccredAgencyList"] = _dump(self.cert_accred_agency_list)
        elif "cert_accred_agency_list" in self._sent_null:
            field_dict["CertAccredAgencyList"] = None
        if self.organization_address is not None:
            field_dict["OrganizationAddress"] = self.organization_address
        elif "organization_address" in self._sent_null:
            field_dict["OrganizationAddress"] = None
        if self.organization_url is not None:
            field_dict["OrganizationUrl"] = self.organization_url
        elif "organization_url" in self._sent_null:
            field_dict["OrganizationUrl"] = None
        if self.acronym is not None:
            field_dict["Acronym"] = self.acronym
        elif "acronym" in self._sent_null:
            field_dict["Acronym"] = None
        if self.description is not None:
            field_dict["Description"] = self.description
        elif "description" in self._sent_null:
            field_dict["Description"] = None
        if self.cert_detail_list is not None:
            field_dict["CertDetailList"] = _dump(self.cert_detail_list)
        elif "cert_detail_list" in self._sent_null:
            field_dict["CertDetailList"] = None
        if self.cert_test_option is not None:
            field_dict["CertTestOption"] = self.cert_test_option
        elif "cert_test_option" in self._sent_null:
            field_dict["CertTestOption"] = None
        if self.exam_detail is not None:
            field_dict["ExamDetail"] = _dump(self.exam_detail)
        elif "exam_detail" in self._sent_null:
            field_dict["ExamDetail"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.id = None
            obj.name = None
            obj.url = None
            obj.organization = None
            obj.type_ = None
            obj.type_order = None
            obj.related = None
            obj.cert_accred_agency_list = None
            obj.organization_address = None
            obj.organization_url = None
            obj.acronym = None
            obj.description = None
            obj.cert_detail_list = None
            obj.cert_test_option = None
            obj.exam_detail = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("Id")
        if v is None:
            if "Id" in src_dict:
                known += 1
                obj._sent_null += ("id",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.id = v
        v = src_dict.get("Name")
        if v is None:
            if "Name" in src_dict:
                known += 1
                obj._sent_null += ("name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.name = v
        v = src_dict.get("Url")
        if v is None:
            if "Url" in src_dict:
                known += 1
                obj._sent_null += ("url",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.url = v
        v = src_dict.get("Organization")
        if v is None:
            if "Organization" in src_dict:
                known += 1
                obj._sent_null += ("organization",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.organization = v
        v = src_dict.get("Type")
        if v is None:
            if "Type" in src_dict:
                known += 1
                obj._sent_null += ("type_",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.type_ = v
        v = src_dict.get("TypeOrder")
        if v is None:
            if "TypeOrder" in src_dict:
                known += 1
                obj._sent_null += ("type_order",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.type_order = v
        v = src_dict.get("Related")
        if v is None:
            if "Related" in src_dict:
                known += 1
                obj._sent_null += ("related",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.related = v
        v = src_dict.get("CertAccredAgencyList")
        if v is None:
            if "CertAccredAgencyList" in src_dict:
                known += 1
                obj._sent_null += ("cert_accred_agency_list",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_CertAccreditation(item0) for item0 in v]
        obj.cert_accred_agency_list = v
        v = src_dict.get("OrganizationAddress")
        if v is None:
            if "OrganizationAddress" in src_dict:
                known += 1
                obj._sent_null += ("organization_address",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.organization_address = v
        v = src_dict.get("OrganizationUrl")
        if v is None:
            if "OrganizationUrl" in src_dict:
                known += 1
                obj._sent_null += ("organization_url",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.organization_url = v
        v = src_dict.get("Acronym")
        if v is None:
            if "Acronym" in src_dict:
                known += 1
                obj._sent_null += ("acronym",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.acronym = v
        v = src_dict.get("Description")
        if v is None:
            if "Description" in src_dict:
                known += 1
                obj._sent_null += ("description",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.description = v
        v = src_dict.get("CertDetailList")
        if v is None:
            if "CertDetailList" in src_dict:
                known += 1
                obj._sent_null += ("cert_detail_list",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_NameValuePair(item0) for item0 in v]
        obj.cert_detail_list = v
        v = src_dict.get("CertTestOption")
        if v is None:
            if "CertTestOption" in src_dict:
                known += 1
                obj._sent_null += ("cert_test_option",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is list:
                _drifted()
        obj.cert_test_option = v
        v = src_dict.get("ExamDetail")
        if v is None:
            if "ExamDetail" in src_dict:
                known += 1
                obj._sent_null += ("exam_detail",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_CertificationExamDetail(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.exam_detail = v
        if len(src_dict) == known:
            return obj  # no additional properties: made on first read (_extras_on_first_use)
        _drifted()  # keys the spec does not name: the response checks report them
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        obj.additional_properties = d

        return obj

    def fields_sent(self) -> frozenset[str]:
        """Names of the fields the server sent, null included (absent and null optional fields both read None)."""
        return _fields_sent(self)

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

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_CertAccreditation = CertAccreditation.from_dict
_from_dict_CertificationExamDetail = CertificationExamDetail.from_dict
_from_dict_NameValuePair = NameValuePair.from_dict
