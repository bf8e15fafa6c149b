from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmericanJobCenter")
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

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: str | Unset = UNSET
    state_abbr: str | Unset = UNSET
    state_name: str | Unset = UNSET
    zip_: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: None | str | Unset = UNSET
    distance: str | Unset = UNSET
    """ Miles from the location, as a numeric string. One client typed it as a number.: null """
    latitude: float | Unset = UNSET
    """ Latitude in degrees. One client typed it as a string. """
    longitude: float | Unset = UNSET
    """ Longitude in degrees. One client typed it as a string. """
    web_site_url: None | str | Unset = UNSET
    """ Website (note the capital S). """
    program_type: str | Unset = UNSET
    """ Comprehensive or Affiliate. """
    program_type_n_value: str | Unset = UNSET
    open_hour: str | Unset = UNSET
    center_is_open: str | Unset = UNSET
    center_status: str | Unset = UNSET
    why_closed: None | str | Unset = UNSET
    veteran_rep: None | str | Unset = UNSET
    vet_rep_email: None | str | Unset = UNSET
    business_rep: None | str | Unset = UNSET
    bus_rep_email: None | str | Unset = UNSET
    ys_contact: None | str | Unset = UNSET
    ys_contact_email: None | str | Unset = UNSET
    general_email: None | str | Unset = UNSET
    last_updated: str | Unset = UNSET
    is_valid: str | Unset = UNSET
    area: None | str | Unset = UNSET
    youth_services: list[AjcService] | Unset = UNSET
    business_services: list[AjcService] | Unset = UNSET
    workers_services: list[AjcService] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        city = self.city

        state_abbr = self.state_abbr

        state_name = self.state_name

        zip_ = self.zip_

        phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        distance = self.distance

        latitude = self.latitude

        longitude = self.longitude

        web_site_url: None | str | Unset
        if isinstance(self.web_site_url, Unset):
            web_site_url = UNSET
        else:
            web_site_url = self.web_site_url

        program_type = self.program_type

        program_type_n_value = self.program_type_n_value

        open_hour = self.open_hour

        center_is_open = self.center_is_open

        center_status = self.center_status

        why_closed: None | str | Unset
        if isinstance(self.why_closed, Unset):
            why_closed = UNSET
        else:
            why_closed = self.why_closed

        veteran_rep: None | str | Unset
        if isinstance(self.veteran_rep, Unset):
            veteran_rep = UNSET
        else:
            veteran_rep = self.veteran_rep

        vet_rep_email: None | str | Unset
        if isinstance(self.vet_rep_email, Unset):
            vet_rep_email = UNSET
        else:
            vet_rep_email = self.vet_rep_email

        business_rep: None | str | Unset
        if isinstance(self.business_rep, Unset):
            business_rep = UNSET
        else:
            business_rep = self.business_rep

        bus_rep_email: None | str | Unset
        if isinstance(self.bus_rep_email, Unset):
            bus_rep_email = UNSET
        else:
            bus_rep_email = self.bus_rep_email

        ys_contact: None | str | Unset
        if isinstance(self.ys_contact, Unset):
            ys_contact = UNSET
        else:
            ys_contact = self.ys_contact

        ys_contact_email: None | str | Unset
        if isinstance(self.ys_contact_email, Unset):
            ys_contact_email = UNSET
        else:
            ys_contact_email = self.ys_contact_email

        general_email: None | str | Unset
        if isinstance(self.general_email, Unset):
            general_email = UNSET
        else:
            general_email = self.general_email

        last_updated = self.last_updated

        is_valid = self.is_valid

        area: None | str | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        else:
            area = self.area

        youth_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.youth_services, Unset):
            youth_services = []
            for youth_services_item_data in self.youth_services:
                youth_services_item = youth_services_item_data.to_dict()
                youth_services.append(youth_services_item)

        business_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_services, Unset):
            business_services = []
            for business_services_item_data in self.business_services:
                business_services_item = business_services_item_data.to_dict()
                business_services.append(business_services_item)

        workers_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers_services, Unset):
            workers_services = []
            for workers_services_item_data in self.workers_services:
                workers_services_item = workers_services_item_data.to_dict()
                workers_services.append(workers_services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if address_1 is not UNSET:
            field_dict["Address1"] = address_1
        if address_2 is not UNSET:
            field_dict["Address2"] = address_2
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
        if fax is not UNSET:
            field_dict["Fax"] = fax
        if distance is not UNSET:
            field_dict["Distance"] = distance
        if latitude is not UNSET:
            field_dict["Latitude"] = latitude
        if longitude is not UNSET:
            field_dict["Longitude"] = longitude
        if web_site_url is not UNSET:
            field_dict["WebSiteUrl"] = web_site_url
        if program_type is not UNSET:
            field_dict["ProgramType"] = program_type
        if program_type_n_value is not UNSET:
            field_dict["ProgramTypeNValue"] = program_type_n_value
        if open_hour is not UNSET:
            field_dict["OpenHour"] = open_hour
        if center_is_open is not UNSET:
            field_dict["CenterIsOpen"] = center_is_open
        if center_status is not UNSET:
            field_dict["CenterStatus"] = center_status
        if why_closed is not UNSET:
            field_dict["WhyClosed"] = why_closed
        if veteran_rep is not UNSET:
            field_dict["VeteranRep"] = veteran_rep
        if vet_rep_email is not UNSET:
            field_dict["VetRepEmail"] = vet_rep_email
        if business_rep is not UNSET:
            field_dict["BusinessRep"] = business_rep
        if bus_rep_email is not UNSET:
            field_dict["BusRepEmail"] = bus_rep_email
        if ys_contact is not UNSET:
            field_dict["YSContact"] = ys_contact
        if ys_contact_email is not UNSET:
            field_dict["YSContactEmail"] = ys_contact_email
        if general_email is not UNSET:
            field_dict["GeneralEmail"] = general_email
        if last_updated is not UNSET:
            field_dict["LastUpdated"] = last_updated
        if is_valid is not UNSET:
            field_dict["IsValid"] = is_valid
        if area is not UNSET:
            field_dict["Area"] = area
        if youth_services is not UNSET:
            field_dict["YouthServices"] = youth_services
        if business_services is not UNSET:
            field_dict["BusinessServices"] = business_services
        if workers_services is not UNSET:
            field_dict["WorkersServices"] = workers_services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("ID", UNSET)

        name = src_dict.get("Name", UNSET)

        address_1 = src_dict.get("Address1", UNSET)

        address_2 = cast(None | str | Unset, src_dict.get("Address2", UNSET))

        city = src_dict.get("City", UNSET)

        state_abbr = src_dict.get("StateAbbr", UNSET)

        state_name = src_dict.get("StateName", UNSET)

        zip_ = src_dict.get("Zip", UNSET)

        phone = src_dict.get("Phone", UNSET)

        fax = cast(None | str | Unset, src_dict.get("Fax", UNSET))

        distance = src_dict.get("Distance", UNSET)

        latitude = src_dict.get("Latitude", UNSET)

        longitude = src_dict.get("Longitude", UNSET)

        web_site_url = cast(None | str | Unset, src_dict.get("WebSiteUrl", UNSET))

        program_type = src_dict.get("ProgramType", UNSET)

        program_type_n_value = src_dict.get("ProgramTypeNValue", UNSET)

        open_hour = src_dict.get("OpenHour", UNSET)

        center_is_open = src_dict.get("CenterIsOpen", UNSET)

        center_status = src_dict.get("CenterStatus", UNSET)

        why_closed = cast(None | str | Unset, src_dict.get("WhyClosed", UNSET))

        veteran_rep = cast(None | str | Unset, src_dict.get("VeteranRep", UNSET))

        vet_rep_email = cast(None | str | Unset, src_dict.get("VetRepEmail", UNSET))

        business_rep = cast(None | str | Unset, src_dict.get("BusinessRep", UNSET))

        bus_rep_email = cast(None | str | Unset, src_dict.get("BusRepEmail", UNSET))

        ys_contact = cast(None | str | Unset, src_dict.get("YSContact", UNSET))

        ys_contact_email = cast(None | str | Unset, src_dict.get("YSContactEmail", UNSET))

        general_email = cast(None | str | Unset, src_dict.get("GeneralEmail", UNSET))

        last_updated = src_dict.get("LastUpdated", UNSET)

        is_valid = src_dict.get("IsValid", UNSET)

        area = cast(None | str | Unset, src_dict.get("Area", UNSET))

        _youth_services = src_dict.get("YouthServices", UNSET)
        youth_services: list[AjcService] | Unset = UNSET
        if _youth_services is not UNSET:
            youth_services = []
            for youth_services_item_data in _youth_services:
                youth_services_item = AjcService.from_dict(youth_services_item_data)

                youth_services.append(youth_services_item)

        _business_services = src_dict.get("BusinessServices", UNSET)
        business_services: list[AjcService] | Unset = UNSET
        if _business_services is not UNSET:
            business_services = []
            for business_services_item_data in _business_services:
                business_services_item = AjcService.from_dict(business_services_item_data)

                business_services.append(business_services_item)

        _workers_services = src_dict.get("WorkersServices", UNSET)
        workers_services: list[AjcService] | Unset = UNSET
        if _workers_services is not UNSET:
            workers_services = []
            for workers_services_item_data in _workers_services:
                workers_services_item = AjcService.from_dict(workers_services_item_data)

                workers_services.append(workers_services_item)

        american_job_center = cls(
            id=id,
            name=name,
            address_1=address_1,
            address_2=address_2,
            city=city,
            state_abbr=state_abbr,
            state_name=state_name,
            zip_=zip_,
            phone=phone,
            fax=fax,
            distance=distance,
            latitude=latitude,
            longitude=longitude,
            web_site_url=web_site_url,
            program_type=program_type,
            program_type_n_value=program_type_n_value,
            open_hour=open_hour,
            center_is_open=center_is_open,
            center_status=center_status,
            why_closed=why_closed,
            veteran_rep=veteran_rep,
            vet_rep_email=vet_rep_email,
            business_rep=business_rep,
            bus_rep_email=bus_rep_email,
            ys_contact=ys_contact,
            ys_contact_email=ys_contact_email,
            general_email=general_email,
            last_updated=last_updated,
            is_valid=is_valid,
            area=area,
            youth_services=youth_services,
            business_services=business_services,
            workers_services=workers_services,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return american_job_center  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        american_job_center.additional_properties = d
        return american_job_center

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
