from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxonomyCrosswalkResult")
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "description",
        "occupation",
        "title",
    }
)


@_attrs_define
class TaxonomyCrosswalkResult:
    """Taxonomy conversion result for one source code."""

    code: str | Unset = UNSET
    """ The requested code in the source taxonomy. Assumed: no real body or documentation shows this field is always
    sent. """
    description: str | Unset = UNSET
    """ Description of the source occupation. """
    occupation: list[TaxonomyTargetOccupation] | Unset = UNSET
    """ Corresponding occupation(s) in the target taxonomy; a split gives several. Assumed: no real body or
    documentation shows this field is always sent. """
    title: str | Unset = UNSET
    """ Title of the source occupation. Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        occupation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.occupation, Unset):
            occupation = []
            for occupation_item_data in self.occupation:
                occupation_item = occupation_item_data.to_dict()
                occupation.append(occupation_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        description = src_dict.get("description", UNSET)

        _occupation = src_dict.get("occupation", UNSET)
        occupation: list[TaxonomyTargetOccupation] | Unset = UNSET
        if _occupation is not UNSET:
            occupation = []
            for occupation_item_data in _occupation:
                occupation_item = TaxonomyTargetOccupation.from_dict(occupation_item_data)

                occupation.append(occupation_item)

        title = src_dict.get("title", UNSET)

        taxonomy_crosswalk_result = cls(
            code=code,
            description=description,
            occupation=occupation,
            title=title,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return taxonomy_crosswalk_result  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        taxonomy_crosswalk_result.additional_properties = d
        return taxonomy_crosswalk_result

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
from ..models.taxonomy_target_occupation import TaxonomyTargetOccupation  # noqa: E402
