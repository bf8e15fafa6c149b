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

T = TypeVar("T", bound="OccupationProjections")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "EstimatedYear",
        "ProjectedYear",
        "OccupationTitle",
        "Projections",
        "IndustryOccEmplt",
    }
)


@_attrs_define
class OccupationProjections:
    """BLS and state employment projections."""

    estimated_year: str | None = None
    """ National base year. """
    projected_year: str | None = None
    """ National target year. """
    occupation_title: str | None = None
    """ EP-matrix title. """
    projections: list[ProjectionRow] | None = None
    """ The national row plus the row for the requested state. """
    industry_occ_emplt: list[IndustryEmploymentRow] | None = None
    """ Industries employing the occupation (flag `industryEmpPattern`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "estimated_year": "EstimatedYear",
        "projected_year": "ProjectedYear",
        "occupation_title": "OccupationTitle",
        "projections": "Projections",
        "industry_occ_emplt": "IndustryOccEmplt",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "industry_occ_emplt",
        }
    )
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.estimated_year is not None:
            field_dict["EstimatedYear"] = self.estimated_year
        elif "estimated_year" in self._sent_null:
            field_dict["EstimatedYear"] = None
        if self.projected_year is not None:
            field_dict["ProjectedYear"] = self.projected_year
        elif "projected_year" in self._sent_null:
            field_dict["ProjectedYear"] = None
        if self.occupation_title is not None:
            field_dict["OccupationTitle"] = self.occupation_title
        elif "occupation_title" in self._sent_null:
            field_dict["OccupationTitle"] = None
        if self.projections is not None:
            field_dict["Projections"] = _dump(self.projections)
        elif "projections" in self._sent_null:
            field_dict["Projections"] = None
        if self.industry_occ_emplt is not None:
            field_dict["IndustryOccEmplt"] = _dump(self.industry_occ_emplt)
        elif "industry_occ_emplt" in self._sent_null:
            field_dict["IndustryOccEmplt"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        if not src_dict:  # an empty object (common for flags): every field absent, nothing to look up
            obj.estimated_year = None
            obj.projected_year = None
            obj.occupation_title = None
            obj.projections = None
            obj.industry_occ_emplt = None
            return obj
        known = 0  # declared keys present (each optional one counts below)
        v = src_dict.get("EstimatedYear")
        if v is None:
            if "EstimatedYear" in src_dict:
                known += 1
                obj._sent_null += ("estimated_year",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.estimated_year = v
        v = src_dict.get("ProjectedYear")
        if v is None:
            if "ProjectedYear" in src_dict:
                known += 1
                obj._sent_null += ("projected_year",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.projected_year = v
        v = src_dict.get("OccupationTitle")
        if v is None:
            if "OccupationTitle" in src_dict:
                known += 1
                obj._sent_null += ("occupation_title",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is str:
                _drifted()
        obj.occupation_title = v
        v = src_dict.get("Projections")
        if v is None:
            if "Projections" in src_dict:
                known += 1
                obj._sent_null += ("projections",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_ProjectionRow(item0) for item0 in v]
        obj.projections = v
        v = src_dict.get("IndustryOccEmplt")
        if v is None:
            if "IndustryOccEmplt" in src_dict:
                known += 1
                obj._sent_null += ("industry_occ_emplt",)
        else:
            known += 1
            if isinstance(v, list):
                try:
                    v = [_from_dict_IndustryEmploymentRow(item0) for item0 in v]
                except (TypeError, ValueError, AttributeError, KeyError):
                    _drifted()

            else:
                _drifted()
        obj.industry_occ_emplt = v
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
from ..models.industry_employment_row import IndustryEmploymentRow  # noqa: E402
from ..models.projection_row import ProjectionRow  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_IndustryEmploymentRow = IndustryEmploymentRow.from_dict
_from_dict_ProjectionRow = ProjectionRow.from_dict
