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

T = TypeVar("T", bound="AmericanJobCenter")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "ID",
        "Name",
        "Address1",
        "Address2",
        "City",
        "StateAbbr",
        "StateName",
        "Zip",
        "Phone",
        "Fax",
        "Distance",
        "Latitude",
        "Longitude",
        "WebSiteUrl",
        "ProgramType",
        "ProgramTypeNValue",
        "OpenHour",
        "CenterIsOpen",
        "CenterStatus",
        "WhyClosed",
        "VeteranRep",
        "VetRepEmail",
        "BusinessRep",
        "BusRepEmail",
        "YSContact",
        "YSContactEmail",
        "GeneralEmail",
        "LastUpdated",
        "IsValid",
        "Area",
        "YouthServices",
        "BusinessServices",
        "WorkersServices",
    }
)


@_attrs_define
class AmericanJobCenter:
    """An American Job Center."""

    id: str | None = None
    name: str | None = None
    address_1: str | None = None
    address_2: None | str = None
    city: str | None = None
    state_abbr: str | None = None
    state_name: str | None = None
    zip_: str | None = None
    phone: str | None = None
    fax: None | str = None
    distance: str | None = None
    """ Miles from the location, as a numeric string. One client typed it as a number.: null """
    latitude: float | None = None
    """ Latitude in degrees. One client typed it as a string. """
    longitude: float | None = None
    """ Longitude in degrees. One client typed it as a string. """
    web_site_url: None | str = None
    """ Website (note the capital S). """
    program_type: str | None = None
    """ Comprehensive or Affiliate. """
    program_type_n_value: str | None = None
    open_hour: str | None = None
    center_is_open: str | None = None
    center_status: str | None = None
    why_closed: None | str = None
    veteran_rep: None | str = None
    vet_rep_email: None | str = None
    business_rep: None | str = None
    bus_rep_email: None | str = None
    ys_contact: None | str = None
    ys_contact_email: None | str = None
    general_email: None | str = None
    last_updated: str | None = None
    is_valid: str | None = None
    area: None | str = None
    youth_services: list[AjcService] | None = None
    business_services: list[AjcService] | None = None
    workers_services: list[AjcService] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "id": "ID",
        "name": "Name",
        "address_1": "Address1",
        "address_2": "Address2",
        "city": "City",
        "state_abbr": "StateAbbr",
        "state_name": "StateName",
        "zip_": "Zip",
        "phone": "Phone",
        "fax": "Fax",
        "distance": "Distance",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "web_site_url": "WebSiteUrl",
        "program_type": "ProgramType",
        "program_type_n_value": "ProgramTypeNValue",
        "open_hour": "OpenHour",
        "center_is_open": "CenterIsOpen",
        "center_status": "CenterStatus",
        "why_closed": "WhyClosed",
        "veteran_rep": "VeteranRep",
        "vet_rep_email": "VetRepEmail",
        "business_rep": "BusinessRep",
        "bus_rep_email": "BusRepEmail",
        "ys_contact": "YSContact",
        "ys_contact_email": "YSContactEmail",
        "general_email": "GeneralEmail",
        "last_updated": "LastUpdated",
        "is_valid": "IsValid",
        "area": "Area",
        "youth_services": "YouthServices",
        "business_services": "BusinessServices",
        "workers_services": "WorkersServices",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "address_2",
            "fax",
            "web_site_url",
            "why_closed",
            "veteran_rep",
            "vet_rep_email",
            "business_rep",
            "bus_rep_email",
            "ys_contact",
            "ys_contact_email",
            "general_email",
            "area",
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
            field_dict["ID"] = self.id
        elif "id" in self._sent_null:
            field_dict["ID"] = None
        if self.name is not None:
            field_dict["Name"] = self.name
        elif "name" in self._sent_null:
            field_dict["Name"] = None
        if self.address_1 is not None:
            field_dict["Address1"] = self.address_1
        elif "address_1" in self._sent_null:
            field_dict["Address1"] = None
        if self.address_2 is not None:
            field_dict["Address2"] = self.address_2
        elif "address_2" in self._sent_null:
            field_dict["Address2"] = None
        if self.city is not None:
            field_dict["City"] = self.city
        elif "city" in self._sent_null:
            field_dict["City"] = None
        if self.state_abbr is not None:
            field_dict["StateAbbr"] = self.state_abbr
        elif "state_abbr" in self._sent_null:
            field_dict["StateAbbr"] = None
        if self.state_name is not None:
            field_dict["StateName"] = self.state_name
        elif "state_name" in self._sent_null:
            field_dict["StateName"] = None
        if self.zip_ is not None:
            field_dict["Zip"] = self.zip_
        elif "zip_" in self._sent_null:
            field_dict["Zip"] = None
        if self.phone is not None:
            field_dict["Phone"] = self.phone
        elif "phone" in self._sent_null:
            field_dict["Phone"] = None
        if self.fax is not None:
            field_dict["Fax"] = self.fax
        elif "fax" in self._sent_null:
            field_dict["Fax"] = None
        if self.distance is not None:
            field_dict["Distance"] = self.distance
        elif "distance" in self._sent_null:
            field_dict["Distance"] = None
        if self.latitude is not None:
            field_dict["Latitude"] = self.latitude
        elif "latitude" in self._sent_null:
            field_dict["Latitude"] = None
        if self.longitude is not None:
            field_dict["Longitude"] = self.longitude
        elif "longitude" in self._sent_null:
            field_dict["Longitude"] = None
        if self.web_site_url is not None:
            field_dict["WebSiteUrl"] = self.web_site_url
        elif "web_site_url" in self._sent_null:
            field_dict["WebSiteUrl"] = None
        if self.program_type is not None:
            field_dict["ProgramType"] = self.program_type
        elif "program_type" in self._sent_null:
            field_dict["ProgramType"] = None
        if self.program_type_n_value is not None:
            field_dict["ProgramTypeNValue"] = self.program_type_n_value
        elif "program_type_n_value" in self._sent_null:
            field_dict["ProgramTypeNValue"] = None
        if self.open_hour is not None:
            field_dict["OpenHour"] = self.open_hour
        elif "open_hour" in self._sent_null:
            field_dict["OpenHour"] = None
        if self.center_is_open is not None:
            field_dict["CenterIsOpen"] = self.center_is_open
        elif "center_is_open" in self._sent_null:
            field_dict["CenterIsOpen"] = None
        if self.center_status is not None:
            field_dict["CenterStatus"] = self.center_status
        elif "center_status" in self._sent_null:
            field_dict["CenterStatus"] = None
        if self.why_closed is not None:
            field_dict["WhyClosed"] = self.why_closed
        elif "why_closed" in self._sent_null:
            field_dict["WhyClosed"] = None
        if self.veteran_rep is not None:
            field_dict["VeteranRep"] = self.veteran_rep
        elif "veteran_rep" in self._sent_null:
            field_dict["VeteranRep"] = None
        if self.vet_rep_email is not None:
            field_dict["VetRepEmail"] = self.vet_rep_email
        elif "vet_rep_email" in self._sent_null:
            field_dict["VetRepEmail"] = None
        if self.business_rep is not None:
            field_dict["BusinessRep"] = self.business_rep
        elif "business_rep" in self._sent_null:
            field_dict["BusinessRep"] = None
        if self.bus_rep_email is not None:
            field_dict["BusRepEmail"] = self.bus_rep_email
        elif "bus_rep_email" in self._sent_null:
            field_dict["BusRepEmail"] = None
        if self.ys_contact is not None:
            field_dict["YSContact"] = self.ys_contact
        elif "ys_contact" in self._sent_null:
            field_dict["YSContact"] = None
        if self.ys_contact_email is not None:
            field_dict["YSContactEmail"] = self.ys_contact_email
        elif "ys_contact_email" in self._sent_null:
            field_dict["YSContactEmail"] = None
        if self.general_email is not None:
            field_dict["GeneralEmail"] = self.general_email
        elif "general_email" in self._sent_null:
            field_dict["GeneralEmail"] = None
        if self.last_updated is not None:
            field_dict["LastUpdated"] = self.last_updated
        elif "last_updated" in self._sent_null:
            field_dict["LastUpdated"] = None
        if self.is_valid is not None:
            field_dict["IsValid"] = self.is_valid
        elif "is_valid" in self._sent_null:
            field_dict["IsValid"] = None
        if self.area is not None:
            field_dict["Area"] = self.area
        elif "area" in self._sent_null:
            field_dict["Area"] = None
        if self.youth_services is not None:
            field_dict["YouthServices"] = _dump(self.youth_services)
        elif "youth_services" in self._sent_null:
            field_dict["YouthServices"] = None
        if self.business_services is not None:
            field_dict["BusinessServices"] = _dump(self.business_services)
        elif "business_services" in self._sent_null:
            field_dict["BusinessServices"] = None
        if self.workers_services is not None:
            field_dict["WorkersServices"] = _dump(self.workers_services)
        elif "workers_services" in self._sent_null:
            field_dict["WorkersServices"] = None
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
            obj.address_1 = None
            obj.address_2 = None
            obj.city = None
            obj.state_abbr = None
            obj.state_name = None
            obj.zip_ = None
            obj.phone = None
            obj.fax = None
            obj.distance = None
            obj.latitude = None
            obj.longitude = None
            obj.web_site_url = None
            obj.program_type = None
            obj.program_type_n_value = None
            obj.open_hour = None
            obj.center_is_open = None
            obj.center_status = None
            obj.why_closed = None
            obj.veteran_rep = None
            obj.vet_rep_email = None
            obj.business_rep = None
            obj.bus_rep_email = None
            obj.ys_contact = None
            obj.ys_contact_email = None
            obj.general_email = None
            obj.last_updated = None
            obj.is_valid = None
            obj.area = None
            obj.youth_services = None
            obj.business_services = None
            obj.workers_services = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("ID")
        if v is None:
            if "ID" in src_dict:
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
        v = src_dict.get("Address1")
        if v is None:
            if "Address1" in src_dict:
                known += 1
                obj._sent_null += ("address_1",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.address_1 = v
        v = src_dict.get("Address2")
        if v is None:
            if "Address2" in src_dict:
                known += 1
                obj._sent_null += ("address_2",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.address_2 = v
        v = src_dict.get("City")
        if v is None:
            if "City" in src_dict:
                known += 1
                obj._sent_null += ("city",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.city = v
        v = src_dict.get("StateAbbr")
        if v is None:
            if "StateAbbr" in src_dict:
                known += 1
                obj._sent_null += ("state_abbr",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.state_abbr = v
        v = src_dict.get("StateName")
        if v is None:
            if "StateName" in src_dict:
                known += 1
                obj._sent_null += ("state_name",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.state_name = v
        v = src_dict.get("Zip")
        if v is None:
            if "Zip" in src_dict:
                known += 1
                obj._sent_null += ("zip_",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.zip_ = v
        v = src_dict.get("Phone")
        if v is None:
            if "Phone" in src_dict:
                known += 1
                obj._sent_null += ("phone",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.phone = v
        v = src_dict.get("Fax")
        if v is None:
            if "Fax" in src_dict:
                known += 1
                obj._sent_null += ("fax",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.fax = v
        v = src_dict.get("Distance")
        if v is None:
            if "Distance" in src_dict:
                known += 1
                obj._sent_null += ("distance",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.distance = v
        v = src_dict.get("Latitude")
        if v is None:
            if "Latitude" in src_dict:
                known += 1
                obj._sent_null += ("latitude",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.latitude = v
        v = src_dict.get("Longitude")
        if v is None:
            if "Longitude" in src_dict:
                known += 1
                obj._sent_null += ("longitude",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not (type(v) is float or type(v) is int):
                _drifted()
        obj.longitude = v
        v = src_dict.get("WebSiteUrl")
        if v is None:
            if "WebSiteUrl" in src_dict:
                known += 1
                obj._sent_null += ("web_site_url",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.web_site_url = v
        v = src_dict.get("ProgramType")
        if v is None:
            if "ProgramType" in src_dict:
                known += 1
                obj._sent_null += ("program_type",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.program_type = v
        v = src_dict.get("ProgramTypeNValue")
        if v is None:
            if "ProgramTypeNValue" in src_dict:
                known += 1
                obj._sent_null += ("program_type_n_value",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.program_type_n_value = v
        v = src_dict.get("OpenHour")
        if v is None:
            if "OpenHour" in src_dict:
                known += 1
                obj._sent_null += ("open_hour",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.open_hour = v
        v = src_dict.get("CenterIsOpen")
        if v is None:
            if "CenterIsOpen" in src_dict:
                known += 1
                obj._sent_null += ("center_is_open",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.center_is_open = v
        v = src_dict.get("CenterStatus")
        if v is None:
            if "CenterStatus" in src_dict:
                known += 1
                obj._sent_null += ("center_status",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.center_status = v
        v = src_dict.get("WhyClosed")
        if v is None:
            if "WhyClosed" in src_dict:
                known += 1
                obj._sent_null += ("why_closed",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.why_closed = v
        v = src_dict.get("VeteranRep")
        if v is None:
            if "VeteranRep" in src_dict:
                known += 1
                obj._sent_null += ("veteran_rep",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.veteran_rep = v
        v = src_dict.get("VetRepEmail")
        if v is None:
            if "VetRepEmail" in src_dict:
                known += 1
                obj._sent_null += ("vet_rep_email",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.vet_rep_email = v
        v = src_dict.get("BusinessRep")
        if v is None:
            if "BusinessRep" in src_dict:
                known += 1
                obj._sent_null += ("business_rep",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.business_rep = v
        v = src_dict.get("BusRepEmail")
        if v is None:
            if "BusRepEmail" in src_dict:
                known += 1
                obj._sent_null += ("bus_rep_email",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.bus_rep_email = v
        v = src_dict.get("YSContact")
        if v is None:
            if "YSContact" in src_dict:
                known += 1
                obj._sent_null += ("ys_contact",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.ys_contact = v
        v = src_dict.get("YSContactEmail")
        if v is None:
            if "YSContactEmail" in src_dict:
                known += 1
                obj._sent_null += ("ys_contact_email",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.ys_contact_email = v
        v = src_dict.get("GeneralEmail")
        if v is None:
            if "GeneralEmail" in src_dict:
                known += 1
                obj._sent_null += ("general_email",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.general_email = v
        v = src_dict.get("LastUpdated")
        if v is None:
            if "LastUpdated" in src_dict:
                known += 1
                obj._sent_null += ("last_updated",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.last_updated = v
        v = src_dict.get("IsValid")
        if v is None:
            if "IsValid" in src_dict:
                known += 1
                obj._sent_null += ("is_valid",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.is_valid = v
        v = src_dict.get("Area")
        if v is None:
            if "Area" in src_dict:
                known += 1
                obj._sent_null += ("area",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.area = v
        v = src_dict.get("YouthServices")
        if v is None:
            if "YouthServices" in src_dict:
                known += 1
                obj._sent_null += ("youth_services",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_AjcService(item0) for item0 in v]
        obj.youth_services = v
        v = src_dict.get("BusinessServices")
        if v is None:
            if "BusinessServices" in src_dict:
                known += 1
                obj._sent_null += ("business_services",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_AjcService(item0) for item0 in v]
        obj.business_services = v
        v = src_dict.get("WorkersServices")
        if v is None:
            if "WorkersServices" in src_dict:
                known += 1
                obj._sent_null += ("workers_services",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_AjcService(item0) for item0 in v]
        obj.workers_services = v
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
from ..models.ajc_service import AjcService  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_AjcService = AjcService.from_dict
