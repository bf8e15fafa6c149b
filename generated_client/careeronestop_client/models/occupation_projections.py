from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OccupationProjections")
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

    estimated_year: str | Unset = UNSET
    """ National base year. """
    projected_year: str | Unset = UNSET
    """ National target year. """
    occupation_title: str | Unset = UNSET
    """ EP-matrix title. """
    projections: list[ProjectionRow] | Unset = UNSET
    """ The national row plus the row for the requested state. """
    industry_occ_emplt: list[IndustryEmploymentRow] | None | Unset = UNSET
    """ Industries employing the occupation (flag `industryEmpPattern`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_year = self.estimated_year

        projected_year = self.projected_year

        occupation_title = self.occupation_title

        projections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projections, Unset):
            projections = []
            for projections_item_data in self.projections:
                projections_item = projections_item_data.to_dict()
                projections.append(projections_item)

        industry_occ_emplt: list[dict[str, Any]] | None | Unset
        if isinstance(self.industry_occ_emplt, Unset):
            industry_occ_emplt = UNSET
        elif isinstance(self.industry_occ_emplt, list):
            industry_occ_emplt = []
            for industry_occ_emplt_type_0_item_data in self.industry_occ_emplt:
                industry_occ_emplt_type_0_item = industry_occ_emplt_type_0_item_data.to_dict()
                industry_occ_emplt.append(industry_occ_emplt_type_0_item)

        else:
            industry_occ_emplt = self.industry_occ_emplt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimated_year is not UNSET:
            field_dict["EstimatedYear"] = estimated_year
        if projected_year is not UNSET:
            field_dict["ProjectedYear"] = projected_year
        if occupation_title is not UNSET:
            field_dict["OccupationTitle"] = occupation_title
        if projections is not UNSET:
            field_dict["Projections"] = projections
        if industry_occ_emplt is not UNSET:
            field_dict["IndustryOccEmplt"] = industry_occ_emplt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        estimated_year = src_dict.get("EstimatedYear", UNSET)

        projected_year = src_dict.get("ProjectedYear", UNSET)

        occupation_title = src_dict.get("OccupationTitle", UNSET)

        _projections = src_dict.get("Projections", UNSET)
        projections: list[ProjectionRow] | Unset = UNSET
        if _projections is not UNSET:
            projections = []
            for projections_item_data in _projections:
                projections_item = ProjectionRow.from_dict(projections_item_data)

                projections.append(projections_item)

        def _parse_industry_occ_emplt(data: object) -> list[IndustryEmploymentRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                industry_occ_emplt_type_0 = []
                _industry_occ_emplt_type_0 = data
                for industry_occ_emplt_type_0_item_data in _industry_occ_emplt_type_0:
                    industry_occ_emplt_type_0_item = IndustryEmploymentRow.from_dict(
                        industry_occ_emplt_type_0_item_data
                    )

                    industry_occ_emplt_type_0.append(industry_occ_emplt_type_0_item)

                return industry_occ_emplt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IndustryEmploymentRow] | None | Unset, data)

        industry_occ_emplt = _parse_industry_occ_emplt(src_dict.get("IndustryOccEmplt", UNSET))

        occupation_projections = cls(
            estimated_year=estimated_year,
            projected_year=projected_year,
            occupation_title=occupation_title,
            projections=projections,
            industry_occ_emplt=industry_occ_emplt,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return occupation_projections  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        occupation_projections.additional_properties = d
        return occupation_projections

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
