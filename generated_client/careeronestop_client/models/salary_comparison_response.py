from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryComparisonResponse")
_PROPERTY_NAMES = frozenset(
    {
        "LocationsList",
        "OccupationsList",
        "RecordCount",
        "InValidOccupations",
        "InValidLocations",
        "ErrorMessage",
        "MetaData",
    }
)


@_attrs_define
class SalaryComparisonResponse:
    """Envelope for the salary comparisons. For the by-locations variant, this shape is assumed."""

    locations_list: list[SalaryComparisonLocation] | None | Unset = UNSET
    occupations_list: list[SalaryComparisonOccupationGroup] | None | Unset = UNSET
    """ Alternate grouping that one client falls back to. The shape is unknown. """
    record_count: int | Unset = UNSET
    in_valid_occupations: Any | Unset = UNSET
    """ Inputs that could not be resolved. The type is unknown, and it may be null. """
    in_valid_locations: Any | Unset = UNSET
    """ Locations that could not be resolved. The type is unknown, and it may be null. """
    error_message: None | str | Unset = UNSET
    """ Application-level error text inside a 200 response. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locations_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.locations_list, Unset):
            locations_list = UNSET
        elif isinstance(self.locations_list, list):
            locations_list = []
            for locations_list_type_0_item_data in self.locations_list:
                locations_list_type_0_item = locations_list_type_0_item_data.to_dict()
                locations_list.append(locations_list_type_0_item)

        else:
            locations_list = self.locations_list

        occupations_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.occupations_list, Unset):
            occupations_list = UNSET
        elif isinstance(self.occupations_list, list):
            occupations_list = []
            for occupations_list_type_0_item_data in self.occupations_list:
                occupations_list_type_0_item = occupations_list_type_0_item_data.to_dict()
                occupations_list.append(occupations_list_type_0_item)

        else:
            occupations_list = self.occupations_list

        record_count = self.record_count

        in_valid_occupations = self.in_valid_occupations

        in_valid_locations = self.in_valid_locations

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

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
        if locations_list is not UNSET:
            field_dict["LocationsList"] = locations_list
        if occupations_list is not UNSET:
            field_dict["OccupationsList"] = occupations_list
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if in_valid_occupations is not UNSET:
            field_dict["InValidOccupations"] = in_valid_occupations
        if in_valid_locations is not UNSET:
            field_dict["InValidLocations"] = in_valid_locations
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_locations_list(data: object) -> list[SalaryComparisonLocation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_list_type_0 = []
                _locations_list_type_0 = data
                for locations_list_type_0_item_data in _locations_list_type_0:
                    locations_list_type_0_item = SalaryComparisonLocation.from_dict(locations_list_type_0_item_data)

                    locations_list_type_0.append(locations_list_type_0_item)

                return locations_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SalaryComparisonLocation] | None | Unset, data)

        locations_list = _parse_locations_list(src_dict.get("LocationsList", UNSET))

        def _parse_occupations_list(data: object) -> list[SalaryComparisonOccupationGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupations_list_type_0 = []
                _occupations_list_type_0 = data
                for occupations_list_type_0_item_data in _occupations_list_type_0:
                    occupations_list_type_0_item = SalaryComparisonOccupationGroup.from_dict(
                        occupations_list_type_0_item_data
                    )

                    occupations_list_type_0.append(occupations_list_type_0_item)

                return occupations_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SalaryComparisonOccupationGroup] | None | Unset, data)

        occupations_list = _parse_occupations_list(src_dict.get("OccupationsList", UNSET))

        record_count = src_dict.get("RecordCount", UNSET)

        in_valid_occupations = src_dict.get("InValidOccupations", UNSET)

        in_valid_locations = src_dict.get("InValidLocations", UNSET)

        error_message = cast(None | str | Unset, src_dict.get("ErrorMessage", UNSET))

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

        salary_comparison_response = cls(
            locations_list=locations_list,
            occupations_list=occupations_list,
            record_count=record_count,
            in_valid_occupations=in_valid_occupations,
            in_valid_locations=in_valid_locations,
            error_message=error_message,
            meta_data=meta_data,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return salary_comparison_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        salary_comparison_response.additional_properties = d
        return salary_comparison_response

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
from ..models.salary_comparison_location import SalaryComparisonLocation  # noqa: E402
from ..models.salary_comparison_occupation_group import SalaryComparisonOccupationGroup  # noqa: E402
