"""Example bodies transcribed from O*NET v2 reference-manual pages (the seed files), with their requests.

The manual abridges lists with "..." and sometimes omits a body's opening brace; the transcriptions below
drop the elisions and restore the braces, and change nothing else. Each entry names its seed file, which
ends up in the fixture's provenance. The requests are the ones the pages describe (defaults made explicit).
"""

# ruff: noqa: E501  (vocabulary data: long natural-language strings and URLs kept on one line)

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEED_001 = "001_54fbf494be0c88cc.txt"  # Browse STEM occupations
SEED_002 = "002_0ec738a2b5aa5911.txt"  # Related activities search
SEED_004 = "004_445e97be71896d01.txt"  # Interest Profiler matching careers

HOST = "https://api-v2.onetcenter.org"


@dataclass(frozen=True)
class SeedExample:
    """One manual example: the request it answers and the body it shows."""

    seed: str
    body: Any
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    note: str = ""


def _stem_occupation(code: str, title: str, family: str, family_title: str) -> dict[str, Any]:
    return {
        "href": f"{HOST}/online/occupations/{code}/",
        "code": code,
        "title": title,
        "tags": {"bright_outlook": True},
        "job_family": {"code": family, "title": family_title},
    }


SEED_EXAMPLES: dict[str, SeedExample] = {
    "list_stem_occupation_types": SeedExample(
        seed=SEED_001,
        body=[
            {
                "href": f"{HOST}/online/stem_occupations/4",
                "code": 4,
                "title": "Managerial",
                "job_family": [
                    {
                        "href": f"{HOST}/online/stem_occupations/4?job_family=11-0000",
                        "code": "11-0000",
                        "title": "Management",
                    }
                ],
            },
            {
                "href": f"{HOST}/online/stem_occupations/3",
                "code": 3,
                "title": "Postsecondary Teaching",
                "job_family": [
                    {
                        "href": f"{HOST}/online/stem_occupations/3?job_family=25-0000",
                        "code": "25-0000",
                        "title": "Educational Instruction and Library",
                    }
                ],
            },
        ],
        note="Section 'Occupation types'; the manual lists two of the five types.",
    ),
    "list_stem_type_occupations": SeedExample(
        seed=SEED_001,
        path={"type_code": "1"},
        query={"sort": "job_family", "start": "1"},
        body={
            "start": 1,
            "end": 20,
            "total": 187,
            "next": f"{HOST}/online/stem_occupations/1?start=21&end=40",
            "occupation": [
                _stem_occupation("17-2011.00", "Aerospace Engineers", "17-0000", "Architecture and Engineering"),
                _stem_occupation("17-2021.00", "Agricultural Engineers", "17-0000", "Architecture and Engineering"),
            ],
        },
        note="Section 'Occupations in type'; the manual shows 2 of the page's 20 occupations.",
    ),
    "list_all_stem_occupations": SeedExample(
        seed=SEED_001,
        query={"sort": "title", "start": "1"},
        body={
            "start": 1,
            "end": 20,
            "total": 287,
            "next": f"{HOST}/online/stem_occupations/all?start=21&end=40",
            "occupation": [
                {
                    **_stem_occupation("15-2011.00", "Actuaries", "15-0000", "Computer and Mathematical"),
                    "stem_occupation_type": [{"code": 1, "title": "Research, Development, Design, and Practitioners"}],
                }
            ],
        },
        note="Section 'All STEM occupations'; the manual shows 1 of the page's 20 occupations.",
    ),
    "search_related_activities": SeedExample(
        seed=SEED_002,
        query={"keyword": "pharmacist", "start": "1"},
        body={
            "start": 1,
            "end": 6,
            "total": 6,
            "occupation": [
                {
                    "href": f"{HOST}/online/related_activities/activities/29-1051.00",
                    "code": "29-1051.00",
                    "title": "Pharmacists",
                    "tags": {},
                },
                {
                    "href": f"{HOST}/online/related_activities/activities/31-9095.00",
                    "code": "31-9095.00",
                    "title": "Pharmacy Aides",
                    "tags": {},
                },
            ],
        },
        note="Section 'Occupation search'; the manual shows 2 of 6 results. The keyword is not shown on the page.",
    ),
    "list_related_activities": SeedExample(
        seed=SEED_002,
        path={"code": "29-1051.00"},
        body=[
            {"id": "4.A.2.a.2.I05.D04", "title": "Verify accuracy of patient information."},
            {"id": "4.A.4.b.6.I01.D04", "title": "Advise patients on effects of health conditions or treatments."},
            {
                "id": "4.A.4.a.1.I05.D01",
                "title": "Communicate detailed medical information to patients or family members.",
            },
        ],
        note="Section 'Activities in occupation'; the code is not shown on the page (Pharmacists, from step one).",
    ),
    "list_related_activities_occupations": SeedExample(
        seed=SEED_002,
        path={"code": "29-1051.00"},
        query={"activities": "4.A.4.a.1.I05.D01,4.A.2.a.2.I05.D04", "sort": "shared", "start": "1"},
        body={
            "start": 1,
            "end": 18,
            "total": 18,
            "occupation": [
                {
                    "href": f"{HOST}/online/occupations/29-1224.00/",
                    "code": "29-1224.00",
                    "title": "Radiologists",
                    "tags": {},
                    "job_zone": {"code": 5, "title": "Job Zone Five: Extensive Preparation Needed"},
                    "activities": {
                        "shared": [
                            {
                                "id": "4.A.4.a.1.I05.D01",
                                "title": "Communicate detailed medical information to patients or family members.",
                            }
                        ],
                        "similar": [
                            {
                                "id": "4.A.4.a.1.I05.D05",
                                "title": "Explain medical procedures or test results to patients or family members.",
                            }
                        ],
                        "full": [
                            {
                                "id": "4.A.3.b.6.I06.D04",
                                "title": "Prepare reports summarizing patient diagnostic or care activities.",
                            }
                        ],
                    },
                }
            ],
        },
        note="Section 'Related occupations for activities'; the manual shows 1 of 18 occupations and abridges "
        "its activity lists. Code and activity ids of the request are not shown on the page.",
    ),
    "get_mnm_interest_profiler_careers": SeedExample(
        seed=SEED_004,
        query={"answers": "553421321134342523523523254115342111351145453111231155343444", "start": "1"},
        body={
            "start": 1,
            "end": 20,
            "total": 50,
            "next": f"{HOST}/mnm/interestprofiler/careers?answers=553421321134342523523523254115342111351145453111231155343444&start=21&end=40",
            "career": [
                {
                    "href": f"{HOST}/mnm/careers/27-2031.00/",
                    "code": "27-2031.00",
                    "title": "Dancers",
                    "tags": {"bright_outlook": True},
                    "fit": "Best",
                },
                {
                    "href": f"{HOST}/mnm/careers/39-5094.00/",
                    "code": "39-5094.00",
                    "title": "Skincare Specialists",
                    "tags": {"bright_outlook": True},
                    "fit": "Best",
                },
            ],
        },
        note="Section 'Matching careers'; the manual shows 2 of the page's 20 careers.",
    ),
}
