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
    """Envelope for List Certifications."""

    cert_list: list[Certification] | Unset = UNSET
    cert_accred_agency_legend: list[CertAccredAgencyLegendEntry] | Unset = UNSET
    """ Legend for the accreditation codes. The row shape has not been recorded. """
    record_count: int | Unset = UNSET
    did_you_mean: None | str | Unset = UNSET
    auto_correction: None | str | Unset = UNSET
    is_direct_match: str | Unset = UNSET
    """ Match-mode code (`K` for keyword has been seen). """
    occupation_count_list: FacetCounts | Unset = UNSET
    """ Facet counts. The inner shape has not been recorded, so every key stays as an extra property. """
    industry_count_list: FacetCounts | Unset = UNSET
    """ Facet counts. The inner shape has not been recorded, so every key stays as an extra property. """
    type_count_list: FacetCounts | Unset = UNSET
    """ Facet counts. The inner shape has not been recorded, so every key stays as an extra property. """
    org_count_list: FacetCounts | Unset = UNSET
    """ Facet counts. The inner shape has not been recorded, so every key stays as an extra property. """
    related_count_list: FacetCounts | Unset = UNSET
    """ Facet counts. The inner shape has not been recorded, so every key stays as an extra property. """
    cert_accred_agency_count_list: FacetCounts | Unset = UNSET
    """ Facet counts. The inner shape has not been recorded, so every key stays as an extra property. """
    cert_detail: Certification | None | Unset = UNSET
    """ Null in list responses. """
    meta_data: None | ResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cert_list, Unset):
            cert_list = []
            for cert_list_item_data in self.cert_list:
                cert_list_item = cert_list_item_data.to_dict()
                cert_list.append(cert_list_item)

        cert_accred_agency_legend: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cert_accred_agency_legend, Unset):
            cert_accred_agency_legend = []
            for cert_accred_agency_legend_item_data in self.cert_accred_agency_legend:
                cert_accred_agency_legend_item = cert_accred_agency_legend_item_data.to_dict()
                cert_accred_agency_legend.append(cert_accred_agency_legend_item)

        record_count = self.record_count

        did_you_mean: None | str | Unset
        if isinstance(self.did_you_mean, Unset):
            did_you_mean = UNSET
        else:
            did_you_mean = self.did_you_mean

        auto_correction: None | str | Unset
        if isinstance(self.auto_correction, Unset):
            auto_correction = UNSET
        else:
            auto_correction = self.auto_correction

        is_direct_match = self.is_direct_match

        occupation_count_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occupation_count_list, Unset):
            occupation_count_list = self.occupation_count_list.to_dict()

        industry_count_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.industry_count_list, Unset):
            industry_count_list = self.industry_count_list.to_dict()

        type_count_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_count_list, Unset):
            type_count_list = self.type_count_list.to_dict()

        org_count_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.org_count_list, Unset):
            org_count_list = self.org_count_list.to_dict()

        related_count_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related_count_list, Unset):
            related_count_list = self.related_count_list.to_dict()

        cert_accred_agency_count_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cert_accred_agency_count_list, Unset):
            cert_accred_agency_count_list = self.cert_accred_agency_count_list.to_dict()

        cert_detail: dict[str, Any] | None | Unset
        if isinstance(self.cert_detail, Unset):
            cert_detail = UNSET
        elif isinstance(self.cert_detail, Certification):
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
        field_dict.update({})
        if cert_list is not UNSET:
            field_dict["CertList"] = cert_list
        if cert_accred_agency_legend is not UNSET:
            field_dict["CertAccredAgencyLegend"] = cert_accred_agency_legend
        if record_count is not UNSET:
            field_dict["RecordCount"] = record_count
        if did_you_mean is not UNSET:
            field_dict["DidYouMean"] = did_you_mean
        if auto_correction is not UNSET:
            field_dict["AutoCorrection"] = auto_correction
        if is_direct_match is not UNSET:
            field_dict["IsDirectMatch"] = is_direct_match
        if occupation_count_list is not UNSET:
            field_dict["OccupationCountList"] = occupation_count_list
        if industry_count_list is not UNSET:
            field_dict["IndustryCountList"] = industry_count_list
        if type_count_list is not UNSET:
            field_dict["TypeCountList"] = type_count_list
        if org_count_list is not UNSET:
            field_dict["OrgCountList"] = org_count_list
        if related_count_list is not UNSET:
            field_dict["RelatedCountList"] = related_count_list
        if cert_accred_agency_count_list is not UNSET:
            field_dict["CertAccredAgencyCountList"] = cert_accred_agency_count_list
        if cert_detail is not UNSET:
            field_dict["CertDetail"] = cert_detail
        if meta_data is not UNSET:
            field_dict["MetaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _cert_list = src_dict.get("CertList", UNSET)
        cert_list: list[Certification] | Unset = UNSET
        if _cert_list is not UNSET:
            cert_list = []
            for cert_list_item_data in _cert_list:
                cert_list_item = Certification.from_dict(cert_list_item_data)

                cert_list.append(cert_list_item)

        _cert_accred_agency_legend = src_dict.get("CertAccredAgencyLegend", UNSET)
        cert_accred_agency_legend: list[CertAccredAgencyLegendEntry] | Unset = UNSET
        if _cert_accred_agency_legend is not UNSET:
            cert_accred_agency_legend = []
            for cert_accred_agency_legend_item_data in _cert_accred_agency_legend:
                cert_accred_agency_legend_item = CertAccredAgencyLegendEntry.from_dict(
                    cert_accred_agency_legend_item_data
                )

                cert_accred_agency_legend.append(cert_accred_agency_legend_item)

        record_count = src_dict.get("RecordCount", UNSET)

        did_you_mean = cast(None | str | Unset, src_dict.get("DidYouMean", UNSET))

        auto_correction = cast(None | str | Unset, src_dict.get("AutoCorrection", UNSET))

        is_direct_match = src_dict.get("IsDirectMatch", UNSET)

        _occupation_count_list = src_dict.get("OccupationCountList", UNSET)
        occupation_count_list: FacetCounts | Unset
        if isinstance(_occupation_count_list, Unset):
            occupation_count_list = UNSET
        else:
            occupation_count_list = FacetCounts.from_dict(_occupation_count_list)

        _industry_count_list = src_dict.get("IndustryCountList", UNSET)
        industry_count_list: FacetCounts | Unset
        if isinstance(_industry_count_list, Unset):
            industry_count_list = UNSET
        else:
            industry_count_list = FacetCounts.from_dict(_industry_count_list)

        _type_count_list = src_dict.get("TypeCountList", UNSET)
        type_count_list: FacetCounts | Unset
        if isinstance(_type_count_list, Unset):
            type_count_list = UNSET
        else:
            type_count_list = FacetCounts.from_dict(_type_count_list)

        _org_count_list = src_dict.get("OrgCountList", UNSET)
        org_count_list: FacetCounts | Unset
        if isinstance(_org_count_list, Unset):
            org_count_list = UNSET
        else:
            org_count_list = FacetCounts.from_dict(_org_count_list)

        _related_count_list = src_dict.get("RelatedCountList", UNSET)
        related_count_list: FacetCounts | Unset
        if isinstance(_related_count_list, Unset):
            related_count_list = UNSET
        else:
            related_count_list = FacetCounts.from_dict(_related_count_list)

        _cert_accred_agency_count_list = src_dict.get("CertAccredAgencyCountList", UNSET)
        cert_accred_agency_count_list: FacetCounts | Unset
        if isinstance(_cert_accred_agency_count_list, Unset):
            cert_accred_agency_count_list = UNSET
        else:
            cert_accred_agency_count_list = FacetCounts.from_dict(_cert_accred_agency_count_list)

        def _parse_cert_detail(data: object) -> Certification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cert_detail_type_0 = Certification.from_dict(data)

                return cert_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Certification | None | Unset, data)

        cert_detail = _parse_cert_detail(src_dict.get("CertDetail", UNSET))

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

        if len(src_dict) == 0 or _PROPERTY_NAMES.issuperset(src_dict):
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
