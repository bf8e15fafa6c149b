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

T = TypeVar("T", bound="CertificationsResponse")
_new = object.__new__  # a model is built field by field, without an __init__ call
_PROPERTY_NAMES = frozenset(
    {
        "CertList",
        "CertAccredAgencyLegend",
        "RecordCount",
        "DidYouMean",
        "AutoCorrection",
        "IsDirectMatch",
        "OccupationCountList",
        "IndustryCountList",
        "TypeCountList",
        "OrgCountList",
        "RelatedCountList",
        "CertAccredAgencyCountList",
        "CertDetail",
        "MetaData",
    }
)


@_attrs_define
class CertificationsResponse:
    """Envelope for List Certifications. A recorded live body had exactly the 13 keys below other than MetaData, so they
    are required; MetaData comes only with enableMetaData=true.

    """

    cert_list: list[Certification]
    cert_accred_agency_legend: list[CertAccredAgencyLegendEntry]
    """ Legend for the accreditation codes. The row shape has not been recorded. """
    record_count: int
    did_you_mean: None | str
    auto_correction: None | str
    is_direct_match: str
    """ Match-mode code (`K` for keyword has been seen). """
    occupation_count_list: FacetCounts
    """ Counts of the matching certifications per facet value (occupation, industry, type, organization, relation or
    accrediting agency). The recorded body had these objects but their inner keys were not recorded, so every key is
    kept as it comes. """
    industry_count_list: FacetCounts
    """ Counts of the matching certifications per facet value (occupation, industry, type, organization, relation or
    accrediting agency). The recorded body had these objects but their inner keys were not recorded, so every key is
    kept as it comes. """
    type_count_list: FacetCounts
    """ Counts of the matching certifications per facet value (occupation, industry, type, organization, relation or
    accrediting agency). The recorded body had these objects but their inner keys were not recorded, so every key is
    kept as it comes. """
    org_count_list: FacetCounts
    """ Counts of the matching certifications per facet value (occupation, industry, type, organization, relation or
    accrediting agency). The recorded body had these objects but their inner keys were not recorded, so every key is
    kept as it comes. """
    related_count_list: FacetCounts
    """ Counts of the matching certifications per facet value (occupation, industry, type, organization, relation or
    accrediting agency). The recorded body had these objects but their inner keys were not recorded, so every key is
    kept as it comes. """
    cert_accred_agency_count_list: FacetCounts
    """ Counts of the matching certifications per facet value (occupation, industry, type, organization, relation or
    accrediting agency). The recorded body had these objects but their inner keys were not recorded, so every key is
    kept as it comes. """
    cert_detail: Certification | None
    """ Null in list responses. """
    meta_data: None | ResponseMetadata = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    """ Names of the optional fields the server sent as null (they read None, like absent ones). """
    _sdk_keys: ClassVar[dict[str, str]] = {
        "cert_list": "CertList",
        "cert_accred_agency_legend": "CertAccredAgencyLegend",
        "record_count": "RecordCount",
        "did_you_mean": "DidYouMean",
        "auto_correction": "AutoCorrection",
        "is_direct_match": "IsDirectMatch",
        "occupation_count_list": "OccupationCountList",
        "industry_count_list": "IndustryCountList",
        "type_count_list": "TypeCountList",
        "org_count_list": "OrgCountList",
        "related_count_list": "RelatedCountList",
        "cert_accred_agency_count_list": "CertAccredAgencyCountList",
        "cert_detail": "CertDetail",
        "meta_data": "MetaData",
    }
    """ Each field's JSON key (for the response checks' paths). """
    _sdk_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "did_you_mean",
            "auto_correction",
            "cert_detail",
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
        field_dict["CertList"] = _dump(self.cert_list)
        field_dict["CertAccredAgencyLegend"] = _dump(self.cert_accred_agency_legend)
        field_dict["RecordCount"] = self.record_count
        field_dict["DidYouMean"] = self.did_you_mean
        field_dict["AutoCorrection"] = self.auto_correction
        field_dict["IsDirectMatch"] = self.is_direct_match
        field_dict["OccupationCountList"] = _dump(self.occupation_count_list)
        field_dict["IndustryCountList"] = _dump(self.industry_count_list)
        field_dict["TypeCountList"] = _dump(self.type_count_list)
        field_dict["OrgCountList"] = _dump(self.org_count_list)
        field_dict["RelatedCountList"] = _dump(self.related_count_list)
        field_dict["CertAccredAgencyCountList"] = _dump(self.cert_accred_agency_count_list)
        field_dict["CertDetail"] = _dump(self.cert_detail)
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
        v = src_dict["CertList"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_Certification(item0) for item0 in v]
        obj.cert_list = v
        v = src_dict["CertAccredAgencyLegend"]
        if type(v) is not list:
            raise TypeError("expected an array")
        v = [_from_dict_CertAccredAgencyLegendEntry(item0) for item0 in v]
        obj.cert_accred_agency_legend = v
        v = src_dict["RecordCount"]
        if not type(v) is int:
            _drifted()
        obj.record_count = v
        v = src_dict["DidYouMean"]
        if not (type(v) is str or v is None):
            _drifted()
        obj.did_you_mean = v
        v = src_dict["AutoCorrection"]
        if not (type(v) is str or v is None):
            _drifted()
        obj.auto_correction = v
        v = src_dict["IsDirectMatch"]
        if not type(v) is str:
            _drifted()
        obj.is_direct_match = v
        v = src_dict["OccupationCountList"]
        v = _from_dict_FacetCounts(v)
        obj.occupation_count_list = v
        v = src_dict["IndustryCountList"]
        v = _from_dict_FacetCounts(v)
        obj.industry_count_list = v
        v = src_dict["TypeCountList"]
        v = _from_dict_FacetCounts(v)
        obj.type_count_list = v
        v = src_dict["OrgCountList"]
        v = _from_dict_FacetCounts(v)
        obj.org_count_list = v
        v = src_dict["RelatedCountList"]
        v = _from_dict_FacetCounts(v)
        obj.related_count_list = v
        v = src_dict["CertAccredAgencyCountList"]
        v = _from_dict_FacetCounts(v)
        obj.cert_accred_agency_count_list = v
        v = src_dict["CertDetail"]
        if isinstance(v, dict):
            try:
                v = _from_dict_Certification(v)
            except (TypeError, ValueError, AttributeError, KeyError):
                if not (v is None):
                    _drifted()

        else:
            if not (v is None):
                _drifted()
        obj.cert_detail = v
        known = 13  # declared keys present (each optional one counts below)
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
from ..models.cert_accred_agency_legend_entry import CertAccredAgencyLegendEntry  # noqa: E402
from ..models.certification import Certification  # noqa: E402
from ..models.facet_counts import FacetCounts  # noqa: E402
from ..models.response_metadata import ResponseMetadata  # noqa: E402

# Bound once: from_dict calls these per value, and looking a classmethod up binds it anew on every call.
_from_dict_CertAccredAgencyLegendEntry = CertAccredAgencyLegendEntry.from_dict
_from_dict_Certification = Certification.from_dict
_from_dict_FacetCounts = FacetCounts.from_dict
_from_dict_ResponseMetadata = ResponseMetadata.from_dict
