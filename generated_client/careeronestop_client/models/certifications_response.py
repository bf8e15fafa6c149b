from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificationsResponse")
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
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_list = []
        for cert_list_item_data in self.cert_list:
            cert_list_item = cert_list_item_data.to_dict()
            cert_list.append(cert_list_item)

        cert_accred_agency_legend = []
        for cert_accred_agency_legend_item_data in self.cert_accred_agency_legend:
            cert_accred_agency_legend_item = cert_accred_agency_legend_item_data.to_dict()
            cert_accred_agency_legend.append(cert_accred_agency_legend_item)

        record_count = self.record_count

        did_you_mean: None | str
        did_you_mean = self.did_you_mean

        auto_correction: None | str
        auto_correction = self.auto_correction

        is_direct_match = self.is_direct_match

        occupation_count_list = self.occupation_count_list.to_dict()

        industry_count_list = self.industry_count_list.to_dict()

        type_count_list = self.type_count_list.to_dict()

        org_count_list = self.org_count_list.to_dict()

        related_count_list = self.related_count_list.to_dict()

        cert_accred_agency_count_list = self.cert_accred_agency_count_list.to_dict()

        cert_detail: dict[str, Any] | None
        if isinstance(self.cert_detail, Certification):
            cert_detail = self.cert_detail.to_dict()
        else:
            cert_detail = self.cert_detail

        meta_data: dict[str, Any] | None | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ResponseMetadata):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CertList": cert_list,
                "CertAccredAgencyLegend": cert_accred_agency_legend,
                "RecordCount": record_count,
                "DidYouMean": did_you_mean,
                "AutoCorrection": auto_correction,
                "IsDirectMatch": is_direct_match,
                "OccupationCountList": occupation_count_list,
                "IndustryCountList": industry_count_list,
                "TypeCountList": type_count_list,
                "OrgCountList": org_count_list,
                "RelatedCountList": related_count_list,
                "CertAccredAgencyCountList": cert_accred_agency_count_list,
                "CertDetail": cert_detail,
            }
        )
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cert_list = []
        _cert_list = src_dict["CertList"]
        for cert_list_item_data in _cert_list:
            cert_list_item = Certification.from_dict(cert_list_item_data)

            cert_list.append(cert_list_item)

        cert_accred_agency_legend = []
        _cert_accred_agency_legend = src_dict["CertAccredAgencyLegend"]
        for cert_accred_agency_legend_item_data in _cert_accred_agency_legend:
            cert_accred_agency_legend_item = CertAccredAgencyLegendEntry.from_dict(cert_accred_agency_legend_item_data)

            cert_accred_agency_legend.append(cert_accred_agency_legend_item)

        record_count = src_dict["RecordCount"]

        did_you_mean = cast(None | str, src_dict["DidYouMean"])

        auto_correction = cast(None | str, src_dict["AutoCorrection"])

        is_direct_match = src_dict["IsDirectMatch"]

        occupation_count_list = FacetCounts.from_dict(src_dict["OccupationCountList"])

        industry_count_list = FacetCounts.from_dict(src_dict["IndustryCountList"])

        type_count_list = FacetCounts.from_dict(src_dict["TypeCountList"])

        org_count_list = FacetCounts.from_dict(src_dict["OrgCountList"])

        related_count_list = FacetCounts.from_dict(src_dict["RelatedCountList"])

        cert_accred_agency_count_list = FacetCounts.from_dict(src_dict["CertAccredAgencyCountList"])

        def _parse_cert_detail(data: object) -> Certification | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cert_detail_type_0 = Certification.from_dict(data)

                return cert_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Certification | None, data)

        cert_detail = _parse_cert_detail(src_dict["CertDetail"])

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

        certifications_response = cls(
            cert_list=cert_list,
            cert_accred_agency_legend=cert_accred_agency_legend,
            record_count=record_count,
            did_you_mean=did_you_mean,
            auto_correction=auto_correction,
            is_direct_match=is_direct_match,
            occupation_count_list=occupation_count_list,
            industry_count_list=industry_count_list,
            type_count_list=type_count_list,
            org_count_list=org_count_list,
            related_count_list=related_count_list,
            cert_accred_agency_count_list=cert_accred_agency_count_list,
            cert_detail=cert_detail,
            meta_data=meta_data,
        )

        if len(src_dict) == 13 or _PROPERTY_NAMES.issuperset(src_dict):
            return certifications_response  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        certifications_response.additional_properties = d
        return certifications_response

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
