from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerCheckOutMyState")
_PROPERTY_NAMES = frozenset(
    {
        "above_average",
        "average",
        "below_average",
        "code",
        "legend",
        "map",
    }
)


@_attrs_define
class CareerCheckOutMyState:
    """Check Out My State section. v2 shape NOT established: v1.9 fields with the wrapper-unwrap rule applied; no field is
    marked required. One client types it instead as a flat array of {code, name, job_outlook}.

    """

    above_average: list[CareerStateEmployment] | Unset = UNSET
    """ States with above-average concentration (v1.9: {state: [...]}). """
    average: list[CareerStateEmployment] | Unset = UNSET
    """ States with average concentration. """
    below_average: list[CareerStateEmployment] | Unset = UNSET
    """ States with below-average concentration. """
    code: str | Unset = UNSET
    """ O*NET-SOC code. """
    legend: CareerStateImage | Unset = UNSET
    """ An image (map or legend) in the state comparison (v1.9 shape). """
    map_: CareerStateImage | Unset = UNSET
    """ An image (map or legend) in the state comparison (v1.9 shape). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        above_average: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.above_average, Unset):
            above_average = []
            for above_average_item_data in self.above_average:
                above_average_item = above_average_item_data.to_dict()
                above_average.append(above_average_item)

        average: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.average, Unset):
            average = []
            for average_item_data in self.average:
                average_item = average_item_data.to_dict()
                average.append(average_item)

        below_average: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.below_average, Unset):
            below_average = []
            for below_average_item_data in self.below_average:
                below_average_item = below_average_item_data.to_dict()
                below_average.append(below_average_item)

        code = self.code

        legend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legend, Unset):
            legend = self.legend.to_dict()

        map_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.map_, Unset):
            map_ = self.map_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if above_average is not UNSET:
            field_dict["above_average"] = above_average
        if average is not UNSET:
            field_dict["average"] = average
        if below_average is not UNSET:
            field_dict["below_average"] = below_average
        if code is not UNSET:
            field_dict["code"] = code
        if legend is not UNSET:
            field_dict["legend"] = legend
        if map_ is not UNSET:
            field_dict["map"] = map_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _above_average = src_dict.get("above_average", UNSET)
        above_average: list[CareerStateEmployment] | Unset = UNSET
        if _above_average is not UNSET:
            above_average = []
            for above_average_item_data in _above_average:
                above_average_item = CareerStateEmployment.from_dict(above_average_item_data)

                above_average.append(above_average_item)

        _average = src_dict.get("average", UNSET)
        average: list[CareerStateEmployment] | Unset = UNSET
        if _average is not UNSET:
            average = []
            for average_item_data in _average:
                average_item = CareerStateEmployment.from_dict(average_item_data)

                average.append(average_item)

        _below_average = src_dict.get("below_average", UNSET)
        below_average: list[CareerStateEmployment] | Unset = UNSET
        if _below_average is not UNSET:
            below_average = []
            for below_average_item_data in _below_average:
                below_average_item = CareerStateEmployment.from_dict(below_average_item_data)

                below_average.append(below_average_item)

        code = src_dict.get("code", UNSET)

        _legend = src_dict.get("legend", UNSET)
        legend: CareerStateImage | Unset
        if isinstance(_legend, Unset):
            legend = UNSET
        else:
            legend = CareerStateImage.from_dict(_legend)

        _map_ = src_dict.get("map", UNSET)
        map_: CareerStateImage | Unset
        if isinstance(_map_, Unset):
            map_ = UNSET
        else:
            map_ = CareerStateImage.from_dict(_map_)

        career_check_out_my_state = cls(
            above_average=above_average,
            average=average,
            below_average=below_average,
            code=code,
            legend=legend,
            map_=map_,
        )

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
            return career_check_out_my_state  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        career_check_out_my_state.additional_properties = d
        return career_check_out_my_state

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
from ..models.career_state_employment import CareerStateEmployment  # noqa: E402
from ..models.career_state_image import CareerStateImage  # noqa: E402
