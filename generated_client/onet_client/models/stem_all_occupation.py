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

T = TypeVar("T", bound="StemAllOccupation")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "href",
        "tags",
        "title",
        "job_family",
        "stem_occupation_type",
    }
)


@_attrs_define
class StemAllOccupation:
    """Occupation in the all-STEM listing."""

    code: str
    href: str
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    job_family: OnlineJobFamilyRef
    """ Job Family (the 2018 SOC major group, code NN-0000) an occupation belongs to. """
    stem_occupation_type: list[StemOccupationTypeRef]
    """ STEM types this occupation belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sdk_keys: ClassVar[dict[str, str]] = {
        "code": "code",
        "href": "href",
        "tags": "tags",
        "title": "title",
        "job_family": "job_family",
        "stem_occupation_type": "stem_occupation_type",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset({})
    """ The fields whose spec allows null (a null elsewhere is drift). """
    if not TYPE_CHECKING:  # at run time only: type checkers keep rejecting attributes a model does not have
        __getattr__ = _extras_on_first_use  # additional_properties, made on first read: from_dict stores none

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields the server left out stay out, nulls stay null."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["href"] = self.href
        field_dict["tags"] = _dump(self.tags)
        field_dict["title"] = self.title
        field_dict["job_family"] = _dump(self.job_family)
        field_dict["stem_occupation_type"] = _dump(self.stem_occupation_type)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        v = src_dict["code"]
        if not type(v) is str:
            _drifted()
        obj.code = v
        v = src_dict["href"]
        if not type(v) is str:
            _drifted()
        obj.href = v
        v = src_dict["tags"]
        v = _from_dict_Tags(v)
        obj.tags = v
        v = src_dict["title"]
        if not type(v) is str:
            _drifted()
        obj.title = v
        v = src_dict["job_family"]
        v = _from_dict_OnlineJobFamilyRef(v)
        obj.job_family = v
        v = src_dict["stem_occupation_type"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_StemOccupationTypeRef(item0) for item0 in v]
        obj.stem_occupation_type = v
        if len(src_dict) == 6:
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
from ..models.online_job_family_ref import OnlineJobFamilyRef  # noqa: E402
from ..models.stem_occupation_type_ref import StemOccupationTypeRef  # noqa: E402
from ..models.tags import Tags  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_OnlineJobFamilyRef = OnlineJobFamilyRef.from_dict
_from_dict_StemOccupationTypeRef = StemOccupationTypeRef.from_dict
_from_dict_Tags = Tags.from_dict
