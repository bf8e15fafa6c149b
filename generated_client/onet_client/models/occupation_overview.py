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

T = TypeVar("T", bound="OccupationOverview")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "custom_contents",
        "description",
        "details_contents",
        "summary_contents",
        "tags",
        "title",
        "also_see",
        "bright_outlook",
        "sample_of_reported_titles",
        "updated",
    }
)


@_attrs_define
class OccupationOverview:
    """Overview record of an O*NET-SOC occupation with links to its report sections."""

    code: str
    """ O*NET-SOC code. """
    custom_contents: list[ContentLink]
    """ Custom reports available (work activities outline). """
    description: str
    """ Occupation description. """
    details_contents: list[ContentLink]
    """ Details report sections available for this occupation. """
    summary_contents: list[ContentLink]
    """ Summary report sections available for this occupation. """
    tags: Tags
    """ Occupation flags. Often an empty object; bright_outlook is present only when true in every v2 example. """
    title: str
    """ Occupation title. """
    also_see: list[OccupationItem] | None = None
    """ Closely related more specific or sibling occupations. """
    bright_outlook: list[OccupationBrightOutlookCategory] | None = None
    """ Bright Outlook categories of the occupation. """
    sample_of_reported_titles: list[str] | None = None
    """ Job titles reported by incumbents (v1.9 sample_of_reported_job_titles). Absent from the real overview of
    41-3091.00; 7 to 10 titles on the other four captured occupations. """
    updated: OccupationOverviewUpdated | None = None
    """ Update provenance of the occupation's data (v1.9 resource_updated). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "code": "code",
        "custom_contents": "custom_contents",
        "description": "description",
        "details_contents": "details_contents",
        "summary_contents": "summary_contents",
        "tags": "tags",
        "title": "title",
        "also_see": "also_see",
        "bright_outlook": "bright_outlook",
        "sample_of_reported_titles": "sample_of_reported_titles",
        "updated": "updated",
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
        field_dict["custom_contents"] = _dump(self.custom_contents)
        field_dict["description"] = self.description
        field_dict["details_contents"] = _dump(self.details_contents)
        field_dict["summary_contents"] = _dump(self.summary_contents)
        field_dict["tags"] = _dump(self.tags)
        field_dict["title"] = self.title
        if self.also_see is not None:
            field_dict["also_see"] = _dump(self.also_see)
        elif "also_see" in self._sent_null:
            field_dict["also_see"] = None
        if self.bright_outlook is not None:
            field_dict["bright_outlook"] = _dump(self.bright_outlook)
        elif "bright_outlook" in self._sent_null:
            field_dict["bright_outlook"] = None
        if self.sample_of_reported_titles is not None:
            field_dict["sample_of_reported_titles"] = self.sample_of_reported_titles
        elif "sample_of_reported_titles" in self._sent_null:
            field_dict["sample_of_reported_titles"] = None
        if self.updated is not None:
            field_dict["updated"] = _dump(self.updated)
        elif "updated" in self._sent_null:
            field_dict["updated"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the decoded JSON object, built in one pass; what the spec does not describe is kept as sent."""
        obj = _new(cls)
        v: Any  # each field's value in turn, as sent or as built
        obj._sent_null = ()
        v = src_dict["code"]
        if not type(v) is str:
            _drifted()
        obj.code = v
        v = src_dict["custom_contents"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_ContentLink(item0) for item0 in v]
        obj.custom_contents = v
        v = src_dict["description"]
        if not type(v) is str:
            _drifted()
        obj.description = v
        v = src_dict["details_contents"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_ContentLink(item0) for item0 in v]
        obj.details_contents = v
        v = src_dict["summary_contents"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_ContentLink(item0) for item0 in v]
        obj.summary_contents = v
        v = src_dict["tags"]
        v = _from_dict_Tags(v)
        obj.tags = v
        v = src_dict["title"]
        if not type(v) is str:
            _drifted()
        obj.title = v
        known = 7  # declared keys present (each optional one counts below)
        v = src_dict.get("also_see")
        if v is None:
            if "also_see" in src_dict:
                known += 1
                obj._sent_null += ("also_see",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_OccupationItem(item0) for item0 in v]
        obj.also_see = v
        v = src_dict.get("bright_outlook")
        if v is None:
            if "bright_outlook" in src_dict:
                known += 1
                obj._sent_null += ("bright_outlook",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if type(v) is not list:
                raise TypeError("expected an array")
            v = [_from_dict_OccupationBrightOutlookCategory(item0) for item0 in v]
        obj.bright_outlook = v
        v = src_dict.get("sample_of_reported_titles")
        if v is None:
            if "sample_of_reported_titles" in src_dict:
                known += 1
                obj._sent_null += ("sample_of_reported_titles",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            if not type(v) is list:
                _drifted()
        obj.sample_of_reported_titles = v
        v = src_dict.get("updated")
        if v is None:
            if "updated" in src_dict:
                known += 1
                obj._sent_null += ("updated",)
                _drifted()  # a null the spec does not allow
        else:
            known += 1
            v = _from_dict_OccupationOverviewUpdated(v)
        obj.updated = v
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
from ..models.content_link import ContentLink  # noqa: E402
from ..models.occupation_bright_outlook_category import OccupationBrightOutlookCategory  # noqa: E402
from ..models.occupation_item import OccupationItem  # noqa: E402
from ..models.occupation_overview_updated import OccupationOverviewUpdated  # noqa: E402
from ..models.tags import Tags  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_ContentLink = ContentLink.from_dict
_from_dict_OccupationBrightOutlookCategory = OccupationBrightOutlookCategory.from_dict
_from_dict_OccupationItem = OccupationItem.from_dict
_from_dict_OccupationOverviewUpdated = OccupationOverviewUpdated.from_dict
_from_dict_Tags = Tags.from_dict
