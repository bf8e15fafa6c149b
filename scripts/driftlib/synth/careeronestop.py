"""Builders for plausible CareerOneStop bodies, keyed by component schema name.

CareerOneStop envelopes differ from one operation to the next, so most builders return a whole response;
small shared parts (MetaData, wage rows, SOC info) have their own. Values are strings where the API sends
numbers as strings (wages, counts inside lists) and integers where it sends integers (RecordCount).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..spec import Operation
from . import careeronestop_vocab as v
from .engine import Builder, Rule


@dataclass
class CosContext:
    """One operation's request, as the builders see it."""

    operation: Operation
    path_values: dict[str, str]
    query: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, name: str) -> int:
        return self.counts.get(name, 2)

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


def metadata(*sources: str) -> dict[str, Any]:
    return {
        "Publisher": v.PUBLISHER,
        "Sponsor": v.SPONSOR,
        "LastAccessDate": v.ACCESS_DATE,
        "CitationSuggested": f"{v.CITATION}, accessed 11/18/2025",
        "DataSource": [
            {
                "DataName": name,
                "DataSourceName": source,
                "DataSourceUrl": url,
                "DataLastUpdate": "10/1/2025",
                "DataVintageOrVersion": vintage,
                "DataDescription": description,
                "DataSourceCitation": f"{source}, {name}, {vintage}",
            }
            for name, source, url, vintage, description in (v.DATA_SOURCES[s] for s in sources)
        ],
    }


def wage_rows(rows: tuple[tuple[str, ...], ...]) -> list[dict[str, str]]:
    keys = ("RateType", "Pct10", "Pct25", "Median", "Pct75", "Pct90", "StFips", "Area", "AreaName")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def soc_info() -> dict[str, Any]:
    return {"SocCode": "291141", "SocTitle": v.NURSE_TITLE, "SocDescription": None}


def wages() -> dict[str, Any]:
    return {
        "NationalWagesList": wage_rows(v.WAGES_NATIONAL),
        "StateWagesList": wage_rows(v.WAGES_STATE),
        "BLSAreaWagesList": wage_rows(v.WAGES_AREA),
        "WageYear": "2024",
        "SocData": "Yes",
        "SocWageInfo": soc_info(),
    }


def element_scores(rows: tuple[tuple[str, ...], ...], *, importance: bool) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        item: dict[str, Any] = {"ElementId": row[0], "ElementName": row[1], "ElementDescription": row[2]}
        item["DataValue"] = row[3]
        item["Importance"] = row[4] if importance else None
        out.append(item)
    return out


def occupation_detail(ctx: CosContext) -> dict[str, Any]:
    return {
        "OnetTitle": v.NURSE_TITLE,
        "OnetCode": v.NURSE_CODE,
        "OnetDescription": v.NURSE_DESCRIPTION,
        "Wages": wages(),
        "BrightOutlook": "Bright",
        "BrightOutlookCategory": "Numerous Job Openings",
        "Green": None,
        "COSVideoURL": "https://www.careeronestop.org/videos/careeronestop-videos.aspx?videocode=29114100",
        "EducationTraining": {
            "EducationType": [
                {"EducationLevel": "High school diploma or equivalent", "Value": "1.2"},
                {"EducationLevel": "Associate's degree", "Value": "29.6"},
                {"EducationLevel": "Bachelor's degree", "Value": "52.3"},
            ],
            "EducationCode": "3",
            "EducationTitle": "Bachelor's degree",
            "ExperienceCode": "3",
            "ExperienceTitle": "None",
            "TrainingCode": "6",
            "TrainingTitle": "None",
            "OccupationTitle": v.NURSE_TITLE,
            "MatOccupation": {"MatOccCode": "29-1141", "MatOccTitle": v.NURSE_TITLE},
        },
        "Tasks": [{"TaskDescription": t, "TaskId": i, "DataValue": d} for i, t, d in v.TASKS],
        "Dwas": [{"DwaTitle": t, "DwaId": i, "DataValue": "4.50", "TaskId": task} for i, t, task in v.DWAS],
        "AlternateTitles": ["Charge Nurse", "Clinical Nurse", "Staff Nurse", "Registered Nurse (RN)"],
        "StFips": "17",
        "Location": "Chicago, IL",
        "Video": [{"VideoCode": "29114100", "VideoTitle": v.NURSE_TITLE, "VideoType": "Occupation"}],
        "InterestDataList": [
            {"ElementId": i, "ElementName": n, "ElementDescription": d, "DataValue": s, "Importance": None}
            for i, n, d, s in v.INTERESTS
        ],
        "SkillsDataList": element_scores(v.SKILLS, importance=True),
        "KnowledgeDataList": element_scores(v.KNOWLEDGE, importance=True),
        "AbilityDataList": element_scores(v.ABILITIES, importance=True),
        "SocInfo": soc_info(),
        "Projections": {
            "EstimatedYear": "2024",
            "ProjectedYear": "2034",
            "OccupationTitle": v.NURSE_TITLE,
            "Projections": [
                dict(
                    zip(
                        (
                            "StateName",
                            "Stfips",
                            "EstimatedEmployment",
                            "ProjectedEmployment",
                            "PerCentChange",
                            "ProjectedAnnualJobOpening",
                            "EstimatedYear",
                            "ProjectedYear",
                        ),
                        row,
                        strict=True,
                    )
                )
                for row in v.PROJECTIONS
            ],
            "IndustryOccEmplt": [
                dict(
                    zip(
                        (
                            "Industry",
                            "Pctestocc",
                            "MatInCode",
                            "PercentChange",
                            "EstimatedEmployment",
                            "IagCode",
                            "NumberChanged",
                            "ProjectEmployment",
                        ),
                        row,
                        strict=True,
                    )
                )
                for row in v.INDUSTRIES
            ],
        },
        "OOHs": [
            {"Title": v.NURSE_TITLE, "OOHUrl": "https://www.bls.gov/ooh/healthcare/registered-nurses.htm"},
        ],
        "StateResourcesLinks": {
            "StateWebResource": [
                {
                    "Title": "Illinois Department of Employment Security - Labor Market Information",
                    "Url": "https://ides.illinois.gov/resources/labor-market-information.html",
                    "Type": "LMI",
                    "StateName": "Illinois",
                }
            ]
        },
        "RelatedOnetTitles": {
            "29-1141.01": "Acute Care Nurses",
            "29-1141.04": "Clinical Nurse Specialists",
            "29-1171.00": "Nurse Practitioners",
        },
        "TrainingPrograms": ["Registered Nursing/Registered Nurse", "Nursing Administration", "Nursing Practice"],
        "ToolsAndTechOccupationDetails": tools_and_technology(v.NURSE_CODE, v.NURSE_TITLE),
        "WorkValuesOccupationDetails": {
            "WorkValue": "Relationships",
            "Characteristics": ["Co-workers", "Social Service", "Moral Values"],
        },
    }


def tools_and_technology(code: str | None, title: str | None) -> dict[str, Any]:
    return {
        "OnetCode": code,
        "OnetTitle": title,
        "Tools": {
            "Categories": [
                {"Title": t, "Examples": [{"Name": e, "Hot_Technology": "No", "In_Demand": "No"} for e in examples]}
                for t, examples in v.TOOL_CATEGORIES
            ]
        },
        "Technology": {
            "CategoryList": [
                {"Title": t, "Examples": [{"Name": n, "Hot_Technology": h, "In_Demand": d} for n, h, d in examples]}
                for t, examples in v.TECH_CATEGORIES
            ]
        },
    }


def occupation_details_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "OccupationDetail": [occupation_detail(ctx)],
        "RecordCount": 1,
        "DidYouMean": None,
        "AutoCorrection": None,
        "MetaData": metadata("oews", "onet", "projections"),
    }


def keyword_search_response(ctx: CosContext, i: int) -> dict[str, Any]:
    rows = v.NURSING_OCCUPATIONS[: int(ctx.path_values["limitRecord"])]
    return {
        "OccupationList": [{"OnetTitle": t, "OnetCode": c, "OccupationDescription": d} for c, t, d in rows],
        "RecordCount": 9,
        "DidYouMean": None,
        "AutoCorrection": None,
        "MetaData": metadata("onet"),
    }


def skills_match_response(ctx: CosContext, i: int) -> dict[str, Any]:
    rows = [
        ("29-2061.00", "Licensed Practical and Licensed Vocational Nurses"),
        ("29-1171.00", "Nurse Practitioners"),
        ("29-1071.00", "Physician Assistants"),
    ]
    return {
        "OccupationList": [{"OnetCode": c, "OnetTitle": t} for c, t in rows],
        "RecordCount": 3,
        "MetaData": metadata("onet"),
    }


def tools_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "TechToolOccupationDetails": tools_and_technology(v.NURSE_CODE, v.NURSE_TITLE),
        "RecordCount": 1,
        "MetaData": metadata("onet"),
    }


def lmi_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "LMI": {
            "AveragePayState": "99,450",
            "AveragePayNational": "93,600",
            "TypicalTraining": "Bachelor's degree",
            "CareerOutLook": "Bright",
        },
        "SocInfo": soc_info(),
        "MetaData": metadata("oews", "projections"),
    }


def employment_patterns_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {"RecordCount": 14, "MetaData": metadata("projections")}


def job_description_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "Purpose": {"OnetTitle": v.NURSE_TITLE, "OnetCode": v.NURSE_CODE, "OnetDesc": v.NURSE_DESCRIPTION},
        "Task": "<ul>" + "".join(f"<li>{t}</li>" for _, t, _ in v.TASKS) + "</ul>",
        "Activity": "<ul>" + "".join(f"<li>{t}</li>" for _, t, _ in v.DWAS) + "</ul>",
        "SkillsList": [{"ElementId": i, "Content": f"<p><strong>{n}</strong> - {d}</p>"} for i, n, d, _, _ in v.SKILLS],
        "Education": {"Certifications": None},
        "MetaData": metadata("onet"),
    }


def salary_details_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "OccupationDetail": {"OccupationTitle": v.NURSE_TITLE, "OccupationCode": v.NURSE_CODE, "Wages": wages()},
        "MetaData": metadata("oews"),
    }


def comparison_occupation(code: str, title: str, keyword: str, rows: tuple[tuple[str, ...], ...]) -> dict[str, Any]:
    return {
        "Code": code,
        "Title": title,
        "Request": {"InputOccupation": keyword, "InputOccupationCode": code, "InputOccupationTitle": title},
        "WageInfo": wage_rows(rows),
        "SocInfo": {"SocCode": code[:7].replace("-", ""), "SocTitle": title, "SocDescription": None},
    }


LPN_WAGES = (("Annual", "50,300", "56,890", "62,340", "70,150", "80,150", "17", "001700", "Illinois"),)


def salary_comparison_response(ctx: CosContext, i: int) -> dict[str, Any]:
    if ctx.operation_id == "get_salary_comparison_by_occupations":
        locations = [
            {
                "LocationName": "Illinois",
                "InputLocation": "IL",
                "OccupationList": [
                    comparison_occupation(v.NURSE_CODE, v.NURSE_TITLE, v.NURSE_CODE, v.WAGES_STATE[:1]),
                    comparison_occupation(
                        "29-2061.00", "Licensed Practical and Licensed Vocational Nurses", "29-2061.00", LPN_WAGES
                    ),
                ],
            }
        ]
    else:
        locations = [
            {
                "LocationName": name,
                "InputLocation": given,
                "OccupationList": [comparison_occupation(v.NURSE_CODE, v.NURSE_TITLE, v.NURSE_CODE, rows)],
            }
            for name, given, rows in (
                ("Illinois", "IL", v.WAGES_STATE[:1]),
                ("United States", "US", v.WAGES_NATIONAL[:1]),
            )
        ]
    return {
        "LocationsList": locations,
        "OccupationsList": None,
        "RecordCount": len(locations[0]["OccupationList"]) * len(locations),
        "InValidOccupations": None,
        "InValidLocations": None,
        "ErrorMessage": None,
        "MetaData": metadata("oews"),
    }


def skills_matcher_questions(ctx: CosContext, i: int) -> dict[str, Any]:
    keys = ("ElementId", "ElementName", "Question", "EasyReadDescription", "AnchorFirst", "AnchorLast")
    points = ("DataPoint20", "DataPoint35", "DataPoint50", "DataPoint65", "DataPoint80")
    return {
        "Skills": [
            {**dict(zip(keys, row[:6], strict=True)), **dict(zip(points, row[6:], strict=True))}
            for row in v.SKILLS_MATCHER_QUESTIONS
        ]
    }


def skills_matcher_results(ctx: CosContext, i: int) -> dict[str, Any]:
    rows = (
        ("29-1141.00", v.NURSE_TITLE, "1", "92", "Bright", "93,600", "Bachelor's degree"),
        (
            "29-2061.00",
            "Licensed Practical and Licensed Vocational Nurses",
            "2",
            "88",
            "Bright",
            "62,340",
            "Postsecondary nondegree award",
        ),
        (
            "21-1093.00",
            "Social and Human Service Assistants",
            "3",
            "85",
            "Bright",
            "43,300",
            "High school diploma or equivalent",
        ),
    )
    keys = ("OnetCode", "OccupationTitle", "Rank", "Score", "Outlook", "AnnualWages", "TypicalEducation")
    return {"SKARankList": [dict(zip(keys, row, strict=True)) for row in rows]}


SKILLS_MATCHER_SUBMISSION = {
    "SKAValueList": [
        {"ElementId": "2.A.1.a", "DataValue": "4"},
        {"ElementId": "2.A.1.b", "DataValue": "5"},
        {"ElementId": "2.A.1.e", "DataValue": "2"},
    ]
}


def skills_gap_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "OccupationSkillsGapList": [
            {
                "Title": "Science",
                "Description": "Using scientific rules and methods to solve problems.",
                "SkillId": "2.A.1.f",
                "SKScoreCurrent": "2.50",
                "SKScoreTarget": "3.38",
                "SkillType": "Skills",
                "AvailableTraining": True,
            },
            {
                "Title": "Medicine and Dentistry",
                "Description": "Knowledge of the information and techniques needed to diagnose and treat human "
                "injuries and diseases.",
                "SkillId": "2.C.5.a",
                "SKScoreCurrent": "3.01",
                "SKScoreTarget": "4.06",
                "SkillType": "Knowledge",
                "AvailableTraining": True,
            },
        ],
        "OccupationSkillsMatchList": [
            {"Title": "Active Listening", "Description": "Giving full attention to what other people are saying."},
            {"Title": "Service Orientation", "Description": "Actively looking for ways to help people."},
        ],
        "CurrentOccupationTitle": "Licensed Practical and Licensed Vocational Nurses",
        "TargetOccupationTitle": v.NURSE_TITLE,
        "CurrentOccupationCode": "29-2061.00",
        "TargetOccupationCode": v.NURSE_CODE,
        "CurrentOccupationWage": "62,340",
        "TargetOccupationWage": "101,370",
        "CurrentEducationTitle": "Postsecondary nondegree award",
        "TargetEducationTitle": "Bachelor's degree",
        "CurrentExperienceTitle": "None",
        "TargetExperienceTitle": "None",
        "CurrentTrainingTitle": "None",
        "TargetTrainingTitle": "None",
        "CurrentLicenses": 1,
        "TargetLicenses": 1,
        "CurrentCertificates": 12,
        "TargetCertificates": 64,
        "LocationState": "IL",
        "MetaData": metadata("onet", "oews"),
    }


def job_postings(ctx: CosContext, *, v2: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for job_id, title, company, location in v.JOBS[: int(ctx.path_values["pageSize"])]:
        item: dict[str, Any] = {
            "JvId": job_id,
            "JobTitle": title,
            "Company": company,
            "AccquisitionDate": "11/17/2025",
            "URL": f"https://www.careeronestop.org/Toolkit/Jobs/find-jobs-details.aspx?jobid={job_id}",
            "Location": location,
        }
        if v2:
            item["DescriptionSnippet"] = None
            item["OnetCodes"] = [v.NURSE_CODE]
        else:
            item["Fc"] = "False"
        out.append(item)
    return out


def job_search_response(ctx: CosContext, i: int) -> dict[str, Any]:
    v2 = ctx.operation_id == "list_jobs_v2"
    body: dict[str, Any] = {
        "Jobcount": "1342",
        "Jobs": job_postings(ctx, v2=v2),
        "JobsKeywordLocations": {
            "Keyword": ctx.path_values["keyword"],
            "Location": ctx.path_values["location"],
            "Radius": ctx.path_values["radius"],
        },
        "Locations": [
            {"LocationName": "Minneapolis, MN", "LocationCount": "612"},
            {"LocationName": "Saint Paul, MN", "LocationCount": "287"},
        ],
        "Companies": [
            {"CompanyName": "Allina Health", "JobCount": "143", "CompanyId": "18231"},
            {"CompanyName": "M Health Fairview", "JobCount": "121", "CompanyId": "20957"},
        ],
        "ErrorMessage": None,
    }
    if v2:
        body["MetaData"] = metadata("nlx")
    return body


def job_detail(ctx: CosContext, i: int) -> dict[str, Any]:
    job_id, title, company, location = v.JOBS[0]
    return {
        "JobTitle": title,
        "Company": company,
        "Description": "Provide direct patient care on a 32-bed medical surgical unit. Current Minnesota RN "
        "license required.",
        "DatePosted": "11/17/2025",
        "URL": f"https://www.careeronestop.org/Toolkit/Jobs/find-jobs-details.aspx?jobid={job_id}",
        "Location": location,
        "OnetCodes": [v.NURSE_CODE],
        "MetaData": metadata("nlx"),
    }


def training_program(row: tuple[str, ...]) -> dict[str, Any]:
    name, city, state, url, award, distance, detail_id = row
    return {
        "DetailId": detail_id,
        "SchoolName": name,
        "EtaProgramName": None,
        "CipTitle": "Registered Nursing/Registered Nurse",
        "CipCode": "51.3801",
        "AwardLevel": award,
        "Credential": None,
        "Format": ["In person"],
        "City": city,
        "StateAbbr": state,
        "SchoolURL": url,
        "Distance": distance,
    }


def training_programs_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "SchoolPrograms": [training_program(row) for row in v.SCHOOLS[: int(ctx.path_values["limitRecord"])]],
        "RecordCount": 17,
        "MetaData": metadata("ipeds"),
    }


def training_program_detail(ctx: CosContext, i: int) -> dict[str, Any]:
    return {"SchoolPrograms": training_program(v.SCHOOLS[0]), "MetaData": metadata("ipeds")}


def training_programs_v1(ctx: CosContext, i: int) -> dict[str, Any]:
    rows = []
    for name, city, state, url, _, distance, detail_id in v.SCHOOLS[: int(ctx.path_values["limitRecord"])]:
        rows.append(
            {
                "ID": detail_id,
                "SchoolName": name,
                "SchoolUrl": url,
                "Address": "1501 Hennepin Ave" if city == "Minneapolis" else "235 Marshall Ave",
                "City": city,
                "StateAbbr": state,
                "StateName": "Minnesota",
                "Zip": "55403" if city == "Minneapolis" else "55102",
                "Phone": "(612) 659-6000" if city == "Minneapolis" else "(651) 846-1600",
                "Distance": distance,
                "Region": "Twin Cities",
                "RegionCode": "11",
                "TotalEnrollment": "6,912",
                "ProgramName": "Registered Nursing/Registered Nurse",
                "StudentGraduated": "118",
                "ElementID": "51.3801",
                "ProgramLength": [{"Name": "2 years", "Value": "4"}],
                "Occupationslist": [{"Name": v.NURSE_TITLE, "Value": v.NURSE_CODE}],
            }
        )
    return {"SchoolPrograms": rows, "RecordCount": 17}


def certification(row: tuple[str, ...]) -> dict[str, Any]:
    cert_id, name, organization, acronym, url = row
    return {
        "Id": cert_id,
        "Name": name,
        "Url": url,
        "Organization": organization,
        "Type": "Certification",
        "TypeOrder": "1",
        "Related": "Registered Nurses",
        "CertAccredAgencyList": [{"Name": "ABSNC", "Order": "1"}],
        "OrganizationAddress": "Chicago, IL" if acronym == "CPN" else "Aliso Viejo, CA",
        "OrganizationUrl": url.rsplit("/", 1)[0] if acronym == "CPN" else "https://www.aacn.org",
        "Acronym": acronym,
        "Description": f"The {name} ({acronym}) credential recognizes registered nurses with specialty knowledge.",
        "CertDetailList": [
            {"Name": "Exam Required", "Value": "Yes"},
            {"Name": "Renewal", "Value": "Every 3 years"},
        ],
        "CertTestOption": [],
        "ExamDetail": None,
    }


def certifications_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "CertList": [certification(row) for row in v.CERTIFICATIONS],
        "CertAccredAgencyLegend": [
            {"Code": "ABSNC", "Name": "Accreditation Board for Specialty Nursing Certification"}
        ],
        "RecordCount": 58,
        "DidYouMean": None,
        "AutoCorrection": None,
        "IsDirectMatch": "False",
        "OccupationCountList": {"Registered Nurses": "58"},
        "IndustryCountList": {"Health Care": "58"},
        "TypeCountList": {"Certification": "58"},
        "OrgCountList": {"American Association of Critical-Care Nurses": "9"},
        "RelatedCountList": {"Registered Nurses": "58"},
        "CertAccredAgencyCountList": {"ABSNC": "21"},
        "CertDetail": None,
        "MetaData": metadata("certifications"),
    }


def certification_detail(ctx: CosContext, i: int) -> dict[str, Any]:
    return {"CertDetail": certification(v.CERTIFICATIONS[0]), "MetaData": metadata("certifications")}


def license_item() -> dict[str, Any]:
    return {
        "ID": "MN-RN-1432",
        "Title": "Registered Nurse",
        "Description": "Required to practice professional nursing in Minnesota.",
        "State": "MN",
        "ActiveStatusDesc": "Active",
        "CertificationIndDesc": "No",
        "ContinuingEDUIndDesc": "Yes",
        "CriminalIndDesc": "Yes",
        "EducationIndDesc": "Yes",
        "LicExamIndDesc": "Yes",
        "ExperienceIndDesc": "No",
        "VeteransIndDesc": "No",
        "Agency": {
            "Name": "Minnesota Board of Nursing",
            "Phone": "(612) 317-3000",
            "Email": "nursing.board@state.mn.us",
            "Url": "https://mn.gov/boards/nursing/",
        },
    }


def licenses_response(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "LicenseList": [license_item()],
        "LicenseDetail": None,
        "RecordCount": 1,
        "DidYouMean": None,
        "AutoCorrection": None,
        "QueriedOn": {"Code": v.NURSE_CODE, "Title": v.NURSE_TITLE, "Type": "Occupation", "IsKeywordSearch": False},
        "MetaData": metadata("licenses"),
    }


def license_detail(ctx: CosContext, i: int) -> dict[str, Any]:
    return {"LicenseDetail": license_item(), "MetaData": metadata("licenses")}


def job_centers_response(ctx: CosContext, i: int) -> dict[str, Any]:
    centers = []
    for center in v.AJC_CENTERS:
        centers.append(
            {
                **center,
                "Address2": None,
                "StateAbbr": "MN",
                "StateName": "Minnesota",
                "Fax": None,
                "ProgramTypeNValue": "1" if center["ProgramType"] == "Comprehensive" else "2",
                "OpenHour": "Monday - Friday 8:00 AM - 4:30 PM",
                "CenterIsOpen": "Yes",
                "CenterStatus": "Open",
                "WhyClosed": None,
                "VeteranRep": None,
                "VetRepEmail": None,
                "BusinessRep": None,
                "BusRepEmail": None,
                "YSContact": None,
                "YSContactEmail": None,
                "GeneralEmail": "deed.careerforce@state.mn.us",
                "LastUpdated": "9/30/2025",
                "IsValid": "True",
                "Area": "Minneapolis",
                "YouthServices": [{"ServiceName": "Youth employment programs", "ServiceNValue": "12"}],
                "BusinessServices": [{"ServiceName": "Recruitment assistance", "ServiceNValue": "31"}],
                "WorkersServices": [
                    {"ServiceName": "Career planning", "ServiceNValue": "2"},
                    {"ServiceName": "Job search assistance", "ServiceNValue": "5"},
                ],
            }
        )
    return {
        "OneStopCenterList": centers,
        "RecordCount": 6,
        "AreaValidationErr": None,
        "MetaData": metadata("ajc"),
    }


def unemployment_response(ctx: CosContext, i: int) -> dict[str, Any]:
    rows = [
        {"AreaID": a, "AreaName": n, "AreaType": "County", "Stfips": "27", "UnEmpCount": c, "UnEmpRate": r}
        for a, n, c, r in v.COUNTIES
    ]
    return {"CountyList": rows, "StateList": None}


# Responses whose schema names no members (shape not observed). Their bodies use CareerOneStop's naming
# habits and are labelled as guesses in the fixtures' provenance; a live recording should replace them.
def occupations_report(ctx: CosContext, i: int) -> dict[str, Any]:
    rows = (
        ("29-1141.00", v.NURSE_TITLE, "5,260"),
        ("29-2061.00", "Licensed Practical and Licensed Vocational Nurses", "1,110"),
    )
    return {
        "OccupationList": [{"OnetCode": c, "OnetTitle": t, "AnnualOpenings": n} for c, t, n in rows],
        "RecordCount": 31,
        "MetaData": metadata("projections"),
    }


def scholarships(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "ScholarshipList": [
            {
                "Name": "Minnesota Nurses Association Foundation Scholarship",
                "Organization": "Minnesota Nurses Association Foundation",
                "AwardAmount": "$1,000",
                "Deadline": "March 1",
                "Url": "https://mnnurses.org/",
            }
        ],
        "RecordCount": 1,
    }


def program_of_study(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "ProgramName": "Practical Nursing",
        "InstitutionName": "Hennepin Technical College",
        "Credential": "Diploma",
        "ProgramUrl": "https://www.hennepintech.edu/programs/practical-nursing",
    }


def professional_associations(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "AssociationList": [
            {"Name": "American Nurses Association", "Url": "https://www.nursingworld.org/"},
            {"Name": "National League for Nursing", "Url": "https://www.nln.org/"},
        ],
        "RecordCount": 12,
    }


def apprenticeship_offices(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "ApprenticeshipOfficeList": [
            {
                "Name": "Apprenticeship Minnesota",
                "City": "Saint Paul",
                "StateAbbr": "MN",
                "Phone": "(651) 284-5090",
                "Url": "https://www.dli.mn.gov/business/workforce/apprenticeship",
            }
        ],
        "RecordCount": 1,
    }


def workforce_board(ctx: CosContext, i: int) -> dict[str, Any]:
    return {
        "Name": "Minneapolis Employment and Training",
        "City": "Minneapolis",
        "StateAbbr": "MN",
        "Phone": "(612) 673-6226",
        "Url": "https://www.minneapolismn.gov/government/departments/cped/met/",
    }


def location_validation(ctx: CosContext, i: int) -> dict[str, Any]:
    return {"Location": ctx.path_values["location"], "IsValid": "True"}


BUILDERS: dict[str, Builder] = {
    "OccupationDetailsResponse": occupation_details_response,
    "OccupationKeywordSearchResponse": keyword_search_response,
    "SkillsMatchOccupationsResponse": skills_match_response,
    "ToolsAndTechnologyResponse": tools_response,
    "LmiResponse": lmi_response,
    "EmploymentPatternsResponse": employment_patterns_response,
    "JobDescriptionResponse": job_description_response,
    "SalaryDetailsResponse": salary_details_response,
    "SalaryComparisonResponse": salary_comparison_response,
    "SkillsMatcherQuestionsResponse": skills_matcher_questions,
    "SkillsMatcherResultsResponse": skills_matcher_results,
    "SkillsGapResponse": skills_gap_response,
    "JobSearchResponse": job_search_response,
    "JobSearchV2Response": job_search_response,
    "JobDetail": job_detail,
    "TrainingProgramsResponse": training_programs_response,
    "TrainingProgramDetailResponse": training_program_detail,
    "TrainingProgramsV1Response": training_programs_v1,
    "CertificationsResponse": certifications_response,
    "CertificationDetailResponse": certification_detail,
    "LicensesResponse": licenses_response,
    "LicenseDetailResponse": license_detail,
    "AmericanJobCentersResponse": job_centers_response,
    "UnemploymentRatesResponse": unemployment_response,
    "OccupationsReportResponse": occupations_report,
    "ScholarshipsResponse": scholarships,
    "TaaccctProgramOfStudyResponse": program_of_study,
    "ProfessionalAssociationsResponse": professional_associations,
    "ApprenticeshipOfficesResponse": apprenticeship_offices,
    "WorkforceBoardResponse": workforce_board,
    "LocationValidationResponse": location_validation,
}

RULES: dict[tuple[str, str], Rule] = {}

# Operations whose 200 schema names no members; their fixtures say so in the provenance notes.
PLACEHOLDER_RESPONSES = {
    "OccupationsReportResponse",
    "ScholarshipsResponse",
    "TaaccctProgramOfStudyResponse",
    "ProfessionalAssociationsResponse",
    "ApprenticeshipOfficesResponse",
    "WorkforceBoardResponse",
    "LocationValidationResponse",
}
