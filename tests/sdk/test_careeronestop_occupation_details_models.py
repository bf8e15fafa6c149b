"""Generated CareerOneStop models against bodies shaped like the real JSON.

The bodies follow the official 'Get Occupation Details' page, adjusted for the places where the live API
is known to differ from the documentation table: OccupationDetail and the wage lists are arrays,
SocWageInfo sits inside Wages, the keys are Dwas/DwaTitle/DwaId and ElementId, keys have no spaces,
AbilityDataList is an array, RelatedOnetTitles is a code-to-title map, and wages are strings. The /wage
salary endpoint returns OccupationDetail as a single object.
"""

from __future__ import annotations

import copy
import typing
from typing import Any, TypeVar

import attrs
import pytest
from careeronestop_client.models import (
    DetailedWorkActivity,
    ErrorMessage,
    OccupationDetail,
    OccupationDetailsResponse,
    OccupationWages,
    OnetElementScore,
    OutlookHandbookLink,
    RelatedOnetTitles,
    ResponseMetadata,
    SalaryDetailsResponse,
    SalaryOccupationDetail,
    SocInfo,
    StateResourcesLinks,
    ToolsAndTechnology,
    TopWorkValue,
    WagePercentiles,
)

# Models whose additional_properties *are* the data (maps), not a place for unknown keys.
MAP_MODELS = (RelatedOnetTitles,)


def _wage_row(rate: str, p10: str, p25: str, median: str, p75: str, p90: str, **area: str) -> dict[str, str]:
    return {
        "RateType": rate,
        "Pct10": p10,
        "Pct25": p25,
        "Median": median,
        "Pct75": p75,
        "Pct90": p90,
        **area,
    }


T = TypeVar("T")


def present(value: T | None) -> T:
    """A model field the body carries (neither absent nor null), narrowed for the type checker."""
    assert value is not None
    return value


def _element(element_id: str, name: str, value: str, importance: str | None = "Important") -> dict[str, Any]:
    return {
        "ElementId": element_id,
        "ElementName": name,
        "ElementDescription": f"{name} (O*NET content model element).",
        "DataValue": value,
        "Importance": importance,
    }


NATIONAL = {"StFips": "00", "Area": "99", "AreaName": "United States"}
STATE = {"StFips": "27", "Area": "27", "AreaName": "Minnesota"}
METRO = {"StFips": "27", "Area": "33460", "AreaName": "Minneapolis-St. Paul-Bloomington, MN-WI"}

OCCUPATION_DETAILS_BODY: dict[str, Any] = {
    "OccupationDetail": [
        {
            "OnetTitle": "Registered Nurses",
            "OnetCode": "29-1141.00",
            "OnetDescription": "Assess patient health problems and needs, and carry out care plans.",
            "Wages": {
                "NationalWagesList": [
                    _wage_row("Hourly", "28.50", "31.10", "35.69", "45.20", "63.98", **NATIONAL),
                    _wage_row("Annual", "59280", "64690", "74240", "94010", "133,080", **NATIONAL),
                ],
                "StateWagesList": [
                    _wage_row("Annual", "66,300", "78,120", "91,500", "108,900", "239,200+", **STATE),
                ],
                "BLSAreaWagesList": [
                    _wage_row("Hourly", "33.10", "39.00", "45.80", "52.30", "100+", **METRO),
                ],
                "WageYear": "2023",
                "SocData": "Yes",
                "SocWageInfo": {
                    "SocCode": "29-1141",
                    "SocTitle": "Registered Nurses",
                    "SocDescription": None,
                },
            },
            "BrightOutlook": "Bright",
            "BrightOutlookCategory": "Numerous Job Openings",
            "Green": "N",
            "COSVideoURL": "https://www.careeronestop.org/videos/careeronestop-videos.aspx?videocode=29114100",
            "EducationTraining": {
                "EducationType": [
                    {"EducationLevel": "High school diploma or equivalent", "Value": "1.2"},
                    {"EducationLevel": "Associate's degree", "Value": "31.4"},
                    {"EducationLevel": "Bachelor's degree", "Value": "50.9"},
                ],
                "EducationCode": "3",
                "EducationTitle": "Bachelor's degree",
                "ExperienceCode": "3",
                "ExperienceTitle": "None",
                "TrainingCode": "6",
                "TrainingTitle": "None",
                "OccupationTitle": "Registered nurses",
                "MatOccupation": {"MatOccCode": "291141", "MatOccTitle": "Registered nurses"},
            },
            "Tasks": [
                {"TaskDescription": "Record patients' medical information.", "TaskId": "8852", "DataValue": "4.69"},
                {"TaskDescription": "Administer medications.", "TaskId": "8853", "DataValue": "4.62"},
            ],
            "Dwas": [
                {
                    "DwaTitle": "Maintain health or medical records.",
                    "DwaId": "4.A.3.b.6.I12.D03",
                    "DataValue": "4.69",
                    "TaskId": "8852",
                }
            ],
            "AlternateTitles": ["Charge Nurse", "Staff Nurse", "Clinical Nurse"],
            "StFips": "27",
            "Location": "Minnesota",
            "Video": [{"VideoCode": "29114100", "VideoTitle": "Registered Nurses", "VideoType": "Career"}],
            "InterestDataList": [_element("1.B.1.e", "Social", "7.00", None)],
            "SkillsDataList": [_element("2.A.1.a", "Reading Comprehension", "3.88")],
            "KnowledgeDataList": [_element("2.C.5.a", "Medicine and Dentistry", "4.90")],
            "AbilityDataList": [
                _element("1.A.1.a.1", "Oral Comprehension", "4.00"),
                _element("1.A.1.b.4", "Deductive Reasoning", ""),
            ],
            "SocInfo": {
                "SocCode": "291141",
                "SocTitle": "Registered Nurses",
                "SocDescription": "Assess patient health problems and needs.",
            },
            "Projections": {
                "EstimatedYear": "2023",
                "ProjectedYear": "2033",
                "OccupationTitle": "Registered nurses",
                "Projections": [
                    {
                        "StateName": "United States",
                        "Stfips": "00",
                        "EstimatedEmployment": "3,337,900",
                        "ProjectedEmployment": "3,535,600",
                        "PerCentChange": "6",
                        "ProjectedAnnualJobOpening": "197,200",
                    },
                    {
                        "StateName": "Minnesota",
                        "Stfips": "27",
                        "EstimatedEmployment": "72,060",
                        "ProjectedEmployment": "76,530",
                        "PerCentChange": "6",
                        "ProjectedAnnualJobOpening": "4,170",
                        "EstimatedYear": "2022",
                        "ProjectedYear": "2032",
                    },
                ],
                "IndustryOccEmplt": [
                    {
                        "Industry": "General medical and surgical hospitals; private",
                        "Pctestocc": "49.8",
                        "MatInCode": "622100",
                        "PercentChange": 5.1,
                        "EstimatedEmployment": "1,663,000",
                        "IagCode": "622",
                        "NumberChanged": "84,900",
                        "ProjectEmployment": "1,747,900",
                    }
                ],
            },
            "OOHs": {
                "Title": "Registered Nurses",
                "OOHUrl": "https://www.bls.gov/ooh/healthcare/registered-nurses.htm",
            },
            "StateResourcesLinks": {
                "StateWebResource": [
                    {
                        "Title": "Minnesota LMI",
                        "Url": "https://mn.gov/deed/data/",
                        "Type": "LMI",
                        "StateName": "Minnesota",
                    }
                ]
            },
            "RelatedOnetTitles": {
                "29-1141.04": "Clinical Nurse Specialists",
                "29-1171.00": "Nurse Practitioners",
            },
            "TrainingPrograms": None,
            "ToolsAndTechOccupationDetails": {
                "OnetCode": "29-1141.00",
                "OnetTitle": "Registered Nurses",
                "Tools": {
                    "Categories": [
                        {"Title": "Medical syringes", "Examples": [{"Name": "Hypodermic syringes"}]},
                    ]
                },
                "Technology": {
                    "CategoryList": [
                        {
                            "Title": "Medical software",
                            "Examples": [{"Name": "Epic Systems", "Hot_Technology": "Y", "In_Demand": "Y"}],
                        }
                    ]
                },
            },
            "WorkValuesOccupationDetails": {
                "WorkValue": "Relationships",
                "Characteristics": ["Service to others", "Co-worker relations"],
            },
        }
    ],
    "RecordCount": 1,
    "DidYouMean": None,
    "AutoCorrection": None,
    "MetaData": {
        "Publisher": "CareerOneStop",
        "Sponsor": "U.S. Department of Labor, Employment and Training Administration",
        "LastAccessDate": "2025-01-15T17:02:11Z",
        "CitationSuggested": "CareerOneStop, sponsored by the U.S. Department of Labor.",
        "DataSource": [
            {
                "DataName": "Wages",
                "DataSourceName": "BLS Occupational Employment and Wage Statistics",
                "DataSourceUrl": "https://www.bls.gov/oes/",
                "DataLastUpdate": "2024-05-01",
                "DataVintageOrVersion": "2023",
                "DataDescription": "Wage percentiles by occupation and area.",
                "DataSourceCitation": "BLS OEWS",
            }
        ],
    },
}

SALARY_DETAILS_BODY: dict[str, Any] = {
    "OccupationDetail": {
        "OccupationTitle": "Registered Nurses",
        "OccupationCode": "29-1141",
        "Wages": {
            "NationalWagesList": [
                _wage_row("Annual", "59280", "64690", "74240", "94010", "133,080", **NATIONAL),
            ],
            "StateWagesList": [
                _wage_row("Annual", "66,300", "78,120", "91,500", "108,900", "239,200+", **STATE),
            ],
            "BLSAreaWagesList": [],
            "WageYear": "2023",
        },
    },
    "MetaData": None,
}


def _attrs_instances(value: Any, where: str = "$") -> list[tuple[str, Any]]:
    """Every attrs model reachable from value, with a path for error messages."""
    found: list[tuple[str, Any]] = []
    if attrs.has(type(value)):
        found.append((where, value))
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found += _attrs_instances(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _attrs_instances(item, f"{where}[{index}]")
    return found


def _assert_no_unexpected_keys(model: Any) -> None:
    instances = _attrs_instances(model)
    assert len(instances) > 1
    leftovers = {
        where: obj.additional_properties
        for where, obj in instances
        if not isinstance(obj, MAP_MODELS) and obj.additional_properties
    }
    assert not leftovers, f"keys the spec does not describe: {leftovers}"


@pytest.fixture
def details() -> OccupationDetailsResponse:
    return OccupationDetailsResponse.from_dict(copy.deepcopy(OCCUPATION_DETAILS_BODY))


def test_occupation_detail_is_a_list(details: OccupationDetailsResponse) -> None:
    assert isinstance(details.occupation_detail, list)
    assert len(details.occupation_detail) == 1
    detail = details.occupation_detail[0]
    assert isinstance(detail, OccupationDetail)
    assert detail.onet_code == "29-1141.00"
    assert details.record_count == 1
    assert details.did_you_mean is None


def test_wages_are_lists_of_strings(details: OccupationDetailsResponse) -> None:
    wages = details.occupation_detail[0].wages
    assert isinstance(wages, OccupationWages)
    assert isinstance(wages.national_wages_list, list)
    assert all(isinstance(row, WagePercentiles) for row in wages.national_wages_list)
    annual = wages.national_wages_list[1]
    assert annual.rate_type == "Annual"
    assert annual.median == "74240"
    assert annual.pct_90 == "133,080"
    assert isinstance(wages.state_wages_list, list)
    assert wages.state_wages_list[0].pct_90 == "239,200+"
    assert isinstance(wages.bls_area_wages_list, list)
    assert wages.bls_area_wages_list[0].pct_90 == "100+"
    assert present(wages.bls_area_wages_list[0].area_name).startswith("Minneapolis")


def test_wage_fields_are_typed_as_strings() -> None:
    hints = typing.get_type_hints(WagePercentiles)
    for name in ("pct_10", "pct_25", "median", "pct_75", "pct_90"):
        assert hints[name] == str | None, f"{name} must stay a string ('133,080', '239,200+'), None when absent"


def test_soc_wage_info_sits_inside_wages(details: OccupationDetailsResponse) -> None:
    wages = details.occupation_detail[0].wages
    assert isinstance(wages, OccupationWages)
    assert isinstance(wages.soc_wage_info, SocInfo)
    assert wages.soc_wage_info.soc_code == "29-1141"
    assert wages.soc_wage_info.soc_description is None
    assert "soc_wage_info" not in attrs.fields_dict(OccupationDetail)


def test_real_json_key_names(details: OccupationDetailsResponse) -> None:
    detail = details.occupation_detail[0]
    assert isinstance(detail.dwas, list)
    assert isinstance(detail.dwas[0], DetailedWorkActivity)
    assert detail.dwas[0].dwa_id == "4.A.3.b.6.I12.D03"
    assert detail.dwas[0].dwa_title == "Maintain health or medical records."
    assert isinstance(detail.skills_data_list, list)
    assert detail.skills_data_list[0].element_id == "2.A.1.a"
    assert isinstance(detail.ability_data_list, list)
    assert [a.element_name for a in detail.ability_data_list] == ["Oral Comprehension", "Deductive Reasoning"]
    assert all(isinstance(a, OnetElementScore) for a in detail.ability_data_list)
    assert detail.ability_data_list[1].data_value == ""
    assert present(detail.interest_data_list)[0].importance is None
    projections = present(detail.projections)
    assert present(projections.projections)[0].estimated_employment == "3,337,900"
    assert present(projections.projections)[1].stfips == "27"
    assert present(projections.industry_occ_emplt)[0].project_employment == "1,747,900"
    percent: object = present(projections.industry_occ_emplt)[0].percent_change  # a number kept where text is declared
    assert percent == 5.1
    assert isinstance(detail.state_resources_links, StateResourcesLinks)
    assert present(detail.state_resources_links.state_web_resource)[0].url == "https://mn.gov/deed/data/"
    assert isinstance(detail.oo_hs, OutlookHandbookLink)
    assert isinstance(detail.tools_and_tech_occupation_details, ToolsAndTechnology)
    technology = present(detail.tools_and_tech_occupation_details.technology)
    assert present(present(technology.category_list)[0].examples)[0].hot_technology == "Y"
    assert isinstance(detail.work_values_occupation_details, TopWorkValue)
    assert detail.work_values_occupation_details.characteristics == ["Service to others", "Co-worker relations"]
    assert detail.training_programs is None
    assert isinstance(details.meta_data, ResponseMetadata)
    assert present(details.meta_data.data_source)[0].data_vintage_or_version == "2023"


def test_related_onet_titles_is_a_mapping(details: OccupationDetailsResponse) -> None:
    related = details.occupation_detail[0].related_onet_titles
    assert isinstance(related, RelatedOnetTitles)
    assert related.additional_properties == {
        "29-1141.04": "Clinical Nurse Specialists",
        "29-1171.00": "Nurse Practitioners",
    }
    assert related["29-1171.00"] == "Nurse Practitioners"
    assert "29-1141.04" in related


def test_nothing_lands_in_additional_properties(details: OccupationDetailsResponse) -> None:
    _assert_no_unexpected_keys(details)


def test_unknown_keys_are_kept_not_dropped() -> None:
    body = copy.deepcopy(OCCUPATION_DETAILS_BODY)
    body["OccupationDetail"][0]["SomethingNew"] = {"x": 1}
    parsed = OccupationDetailsResponse.from_dict(body)
    assert parsed.occupation_detail[0].additional_properties == {"SomethingNew": {"x": 1}}
    assert parsed.to_dict() == body


def test_occupation_details_round_trip(details: OccupationDetailsResponse) -> None:
    assert details.to_dict() == OCCUPATION_DETAILS_BODY


def test_sections_switched_off_may_be_missing_or_null() -> None:
    body: dict[str, Any] = {
        "OccupationDetail": [
            {
                "OnetTitle": "Registered Nurses",
                "OnetCode": "29-1141.00",
                "COSVideoURL": "https://www.careeronestop.org/videos/careeronestop-videos.aspx?videocode=29114100",
                "Wages": None,
                "Tasks": None,
                "RelatedOnetTitles": None,
                "StateResourcesLinks": None,
                "OOHs": None,
            }
        ],
        "RecordCount": 1,
    }
    parsed = OccupationDetailsResponse.from_dict(copy.deepcopy(body))
    detail = parsed.occupation_detail[0]
    assert detail.wages is None and detail.tasks is None and detail.related_onet_titles is None
    assert detail.dwas is None and detail.projections is None and detail.ability_data_list is None
    assert parsed.meta_data is None
    sent = detail.fields_sent()  # the difference between null and absent, for whoever needs it
    assert {"wages", "tasks", "related_onet_titles", "onet_code"} <= sent
    assert not {"dwas", "projections", "ability_data_list"} & sent
    assert "meta_data" not in parsed.fields_sent() and "record_count" in parsed.fields_sent()
    assert parsed.to_dict() == body


def test_outlook_handbook_link_is_one_object_and_a_list_is_kept_unparsed() -> None:
    """OOHs is declared as one object (the only form seen); a list must not crash the model, it stays raw."""
    parsed = OccupationDetailsResponse.from_dict(copy.deepcopy(OCCUPATION_DETAILS_BODY))
    assert isinstance(parsed.occupation_detail[0].oo_hs, OutlookHandbookLink)
    body = copy.deepcopy(OCCUPATION_DETAILS_BODY)
    link = body["OccupationDetail"][0]["OOHs"]
    body["OccupationDetail"][0]["OOHs"] = [link, link]
    parsed = OccupationDetailsResponse.from_dict(body)
    kept: object = parsed.occupation_detail[0].oo_hs
    assert kept == [link, link]
    assert parsed.to_dict() == body


def test_salary_details_occupation_detail_is_one_object() -> None:
    parsed = SalaryDetailsResponse.from_dict(copy.deepcopy(SALARY_DETAILS_BODY))
    assert isinstance(parsed.occupation_detail, SalaryOccupationDetail)
    assert parsed.occupation_detail.occupation_code == "29-1141"
    wages = parsed.occupation_detail.wages
    assert isinstance(wages, OccupationWages)
    assert present(wages.national_wages_list)[0].median == "74240"
    assert present(wages.state_wages_list)[0].pct_90 == "239,200+"
    assert wages.bls_area_wages_list == []
    assert parsed.meta_data is None
    _assert_no_unexpected_keys(parsed)
    assert parsed.to_dict() == SALARY_DETAILS_BODY


def test_no_data_available_error_body() -> None:
    body = {"Message": "No data available"}
    error = ErrorMessage.from_dict(body)
    assert error.message == "No data available"
    assert error.additional_properties == {}
    assert error.to_dict() == body
