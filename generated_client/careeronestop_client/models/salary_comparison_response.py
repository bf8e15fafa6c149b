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

T = TypeVar("T", bound="SalaryComparisonResponse")
_new = object.__new__  # a model is built field by field, without an __init__ call
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

    locations_list: list[SalaryComparisonLocation] | None = None
    occupations_list: list[SalaryComparisonOccupationGroup] | None = None
    """ Alternate grouping that one client falls back to. The shape is unknown. """
    record_count: int | None = None
    in_valid_occupations: Any | None = None
    """ Inputs that could not be resolved. The type is unknown, and it may be null. """
    in_valid_locations: Any | None = None
    """ Locations that could not be resolved. The type is unknown, and it may be null. """
    error_message: None | str = None
    """ Application-level error text inside a 200 response. """
    meta_data: None | ResponseMetadata = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "locations_list": "LocationsList",
        "occupations_list": "OccupationsList",
        "record_count": "RecordCount",
        "in_valid_occupations": "InValidOccupations",
        "in_valid_locations": "InValidLocations",
        "error_message": "ErrorMessage",
        "meta_data": "MetaData",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "locations_list",
            "occupations_list",
            "error_message",
            "meta_data",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.locations_list is not None:
            field_dict["LocationsList"] = _dump(self.locations_list)
        elif "locations_list" in self._sent_null:
            field_dict["LocationsList"] = None
        if self.occupations_list is not None:
            field_dict["OccupationsList"] = _dump(self.occupations_list)
        elif "occupations_list" in self._sent_null:
            field_dict["OccupationsList"] = None
        if self.record_count is not None:
            field_dict["RecordCount"] = self.record_count
        elif "record_count" in self._sent_null:
            field_dict["RecordCount"] = None
        if self.in_valid_occupations is not None:
            field_dict["InValidOccupations"] = self.in_valid_occupations
        elif "in_valid_occupations" in self._sent_null:
            field_dict["InValidOccupations"] = None
        if self.in_valid_locations is not None:
            field_dict["InValidLocations"] = self.in_valid_locations
        elif "in_valid_locations" in self._sent_null:
            field_dict["InValidLocations"] = None
        if self.error_message is not None:
            field_dict["ErrorMessage"] = self.error_message
        elif "error_message" in self._sent_null:
            field_dict["ErrorMessage"] = None
        if self.meta_data is not None:
            field_dict["MetaData"] = _dump(self.meta_data)
        elif "meta_data" in self._sent_null:
            field_dict["MetaData"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.locations_list = None
            obj.occupations_list = None
            obj.record_count = None
            obj.in_valid_occupations = None
            obj.in_valid_locations = None
            obj.error_message = None
            obj.meta_data = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("LocationsList")
        if v is None:
            if "LocationsList" in src_dict:
                known += 1
                obj._sent_null += ("locations_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_SalaryComparisonLocation(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.locations_list = v
        v = src_dict.get("OccupationsList")
        if v is None:
            if "OccupationsList" in src_dict:
                known += 1
                obj._sent_null += ("occupations_list",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_SalaryComparisonOccupationGroup(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.occupations_list = v
        v = src_dict.get("RecordCount")
        if v is None:
            if "RecordCount" in src_dict:
                known += 1
                obj._sent_null += ("record_count",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is int:
                _drifted()
        obj.record_count = v
        v = src_dict.get("InValidOccupations")
        if v is None:
            if "InValidOccupations" in src_dict:
                known += 1
                obj._sent_null += ("in_valid_occupations",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
        obj.in_valid_occupations = v
        v = src_dict.get("InValidLocations")
        if v is None:
            if "InValidLocations" in src_dict:
                known += 1
                obj._sent_null += ("in_valid_locations",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
        obj.in_valid_locations = v
        v = src_dict.get("ErrorMessage")
        if v is None:
            if "ErrorMessage" in src_dict:
                known += 1
                obj._sent_null += ("error_message",)
        else:
            known += 1
            if not (type(v) is str):
                _drifted()
        obj.error_message = v
        v = src_dict.get("MetaData")
        if v is None:
            if "MetaData" in src_dict:
                known += 1
                obj._sent_null += ("meta_data",)
        else:
            known += 1
            if isinstance(v, dict):
                try:
                    v = _from_dict_ResponseMetadata(v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.meta_data = v
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
from ..models.response_metadata import ResponseMetadata  # noqa: E402
from ..models.salary_comparison_location import SalaryComparisonLocation  # noqa: E402
from ..models.salary_comparison_occupation_group import SalaryComparisonOccupationGroup  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_ResponseMetadata = ResponseMetadata.from_dict
_from_dict_SalaryComparisonLocation = SalaryComparisonLocation.from_dict
_from_dict_SalaryComparisonOccupationGroup = SalaryComparisonOccupationGroup.from_dict
