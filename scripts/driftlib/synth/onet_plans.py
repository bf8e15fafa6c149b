"""Per-operation request plans for synthesized O*NET fixtures: parameters, subject occupation and page size.

An operation without an entry gets the defaults: its {code} is Software Developers (15-1252.00), paged
listings return three items of a larger total, and required query parameters must be given here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SOFTWARE = ("15-1252.00", "15-1211.00", "15-1232.00", "15-1244.00", "15-1212.00")
NURSING = ("29-1141.00", "29-2061.00", "29-1051.00", "31-9095.00", "29-1224.00")
TRADES = ("47-2111.00", "49-9021.00", "47-2031.00", "51-4121.00", "49-3023.00")
BUSINESS = ("13-2011.00", "13-1111.00", "11-1021.00", "43-3011.00", "41-2031.00")


@dataclass(frozen=True)
class Plan:
    """How to synthesize one operation's fixture."""

    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, str | list[str]] = field(default_factory=dict)
    pool: tuple[str, ...] = ()  # occupations listed, in order; default: a slice of the vocabulary
    count: int = 3  # items on the page (paged) or in the main list
    total: int | None = None  # paged: total across pages (default: a plausible number > count)
    counts: dict[str, int] = field(default_factory=dict)  # other list lengths, by Schema.property
    note: str = ""


PLANS: dict[str, Plan] = {
    # database
    "get_database_table_info": Plan(path={"table_id": "occupation_data"}, count=3),
    "list_database_rows": Plan(
        path={"table_id": "occupation_data"},
        query={"filter": ["onetsoc_code.eq.15-1252.00"]},
        count=1,
        total=1,
    ),
    # My Next Move (English): Electricians as the subject
    "search_mnm_careers": Plan(query={"keyword": "electrician"}, pool=TRADES, total=14),
    "list_mnm_careers": Plan(pool=BUSINESS + TRADES, total=923),
    "list_mnm_industry_careers_most": Plan(path={"industry_code": "23"}, pool=TRADES, total=41),
    "list_mnm_industry_careers_some": Plan(path={"industry_code": "23"}, pool=BUSINESS, total=67),
    "get_mnm_interest_profiler_interest_careers": Plan(path={"interest_code": "realistic"}, pool=TRADES, total=176),
    "get_mnm_interest_profiler_questions": Plan(count=12, total=60),
    "get_mnm_interest_profiler_questions_30": Plan(count=6, total=30),
    "get_mnm_interest_profiler_results": Plan(
        query={"answers": "553421321134342523523523254115342111351145453111231155343444"},
        counts={"InterestProfilerResults.result": 6},
    ),
    "list_mnm_interest_profiler_interests": Plan(count=6),
    "list_mnm_interest_profiler_job_zones": Plan(count=5),
    "list_mnm_industries": Plan(count=5),
    # Mi Próximo Paso (Spanish): Registered Nurses as the subject
    "list_mpp_industries": Plan(count=2),
    "search_mpp_careers": Plan(
        query={"keyword": "enfermera"}, pool=("29-1141.00", "29-2061.00", "29-1051.00"), total=9
    ),
    "list_mpp_careers": Plan(pool=("29-1141.00", "47-2111.00", "13-2011.00", "35-2014.00"), total=923),
    "list_mpp_industry_careers_most": Plan(path={"industry_code": "62"}, pool=("29-1141.00", "29-2061.00"), total=38),
    "list_mpp_industry_careers_some": Plan(path={"industry_code": "62"}, pool=("13-2011.00", "41-2031.00"), total=52),
    "get_mpp_interest_profiler_careers": Plan(
        query={
            "realistic": "18",
            "investigative": "27",
            "artistic": "31",
            "social": "22",
            "enterprising": "12",
            "conventional": "9",
        },
        pool=("29-1141.00", "25-2021.00", "29-1051.00"),
        total=48,
    ),
    "get_mpp_interest_profiler_interest_careers": Plan(
        path={"interest_code": "social"}, pool=("29-1141.00", "25-2021.00"), total=144
    ),
    "get_mpp_interest_profiler_questions": Plan(count=6, total=60),
    "get_mpp_interest_profiler_questions_30": Plan(count=6, total=30),
    "get_mpp_interest_profiler_results": Plan(
        query={"answers": "553421321134342523523523254115342111351145453111231155343444"},
        counts={"InterestProfilerResults.result": 6},
    ),
    "list_mpp_interest_profiler_interests": Plan(count=6),
    "list_mpp_interest_profiler_job_zones": Plan(count=5),
    # My Next Move for Veterans
    "list_veterans_industries": Plan(count=5),
    "search_veterans_careers": Plan(query={"keyword": "software"}, pool=SOFTWARE, total=22),
    "list_veterans_careers": Plan(pool=SOFTWARE + TRADES, total=923),
    "list_veterans_industry_careers_most": Plan(path={"industry_code": "54"}, pool=SOFTWARE, total=57),
    "list_veterans_industry_careers_some": Plan(path={"industry_code": "54"}, pool=BUSINESS, total=88),
    "search_veterans_military": Plan(
        query={"keyword": "25B"},
        pool=("15-1232.00", "15-1244.00", "15-1252.00"),
        total=11,
        counts={"MilitarySearchResults.military_match": 1},
    ),
    # O*NET OnLine browse and search
    "list_career_clusters": Plan(count=5),
    "list_job_families": Plan(count=6),
    "keyword_search": Plan(query={"keyword": "software developer"}, pool=SOFTWARE, total=31),
    "list_occupations": Plan(pool=("11-1021.00", "11-3021.00", "13-1111.00", "13-2011.00"), count=4, total=1016),
    "list_apprenticeship_occupations": Plan(pool=TRADES, total=298),
    "list_all_bright_outlook_occupations": Plan(pool=("13-2011.00", "15-2011.00", "17-2011.00"), total=341),
    "list_bright_outlook_category_occupations": Plan(path={"category": "grow"}, pool=SOFTWARE, total=181),
    "list_all_career_cluster_occupations": Plan(pool=("13-2011.00", "43-3011.00", "47-2111.00"), total=1016),
    "list_career_cluster_occupations": Plan(
        path={"cluster_code": "030100"}, pool=("13-2011.00", "43-3011.00"), count=2, total=44
    ),
    "list_career_sub_cluster_occupations": Plan(
        path={"cluster_code": "030100", "sub_cluster_code": "030101"},
        pool=("13-2011.00", "43-3011.00"),
        count=2,
        total=2,
    ),
    "search_military_crosswalk": Plan(query={"keyword": "25B"}, pool=("15-1232.00", "15-1244.00"), count=1, total=1),
    "search_soc_crosswalk": Plan(query={"keyword": "15-1252"}, pool=("15-1252.00",), count=1, total=1),
    "list_hot_technologies": Plan(total=126),
    "list_in_demand_skills": Plan(total=94),
    "search_job_duties": Plan(query={"keyword": "nurse"}, pool=NURSING, total=12),
    "list_job_duties_tasks": Plan(path={"code": "29-1141.00"}, count=5),
    "list_job_duties_related_occupations": Plan(
        path={"code": "29-1141.00"}, query={"tasks": "3217,3221"}, pool=NURSING[1:], total=17
    ),
    "search_professional_associations": Plan(query={"keyword": "software"}, pool=SOFTWARE, total=8),
    "list_occupation_professional_associations": Plan(path={"code": "15-1252.00"}),
    "list_all_professional_associations": Plan(total=2087),
    "list_soft_skills_occupations": Plan(query={"skills": "2.B.1.a,2.B.1.f"}, pool=NURSING, total=103),
    "list_onet_data_elements": Plan(path={"descriptor": "skills_basic"}, count=4),
    "list_onet_data_element_occupations": Plan(
        path={"descriptor": "skills_basic", "element_id": "2.A.1.a"},
        pool=("29-1224.00", "13-2011.00", "15-2051.00"),
        total=894,
    ),
    "search_technology_categories": Plan(query={"keyword": "database"}, count=2, total=2),
    "list_technology_category_occupations": Plan(path={"category_code": "43232306"}, pool=SOFTWARE, total=146),
    "search_technology_examples": Plan(query={"keyword": "excel"}, count=2, total=2),
    "list_technology_example_occupations": Plan(path={"example_id": "microsoft_excel"}, pool=BUSINESS, total=572),
    # occupation reports whose items come from the nursing vocabulary
    "get_summary_tasks": Plan(path={"code": "15-1252.00"}, total=17),
    "get_details_tasks": Plan(path={"code": "29-1141.00"}, total=25),
    "get_summary_detailed_work_activities": Plan(path={"code": "29-1141.00"}, total=40),
    "get_details_detailed_work_activities": Plan(path={"code": "29-1141.00"}, total=40),
    # taxonomy crosswalks
    "convert_taxonomy_2010_to_2019": Plan(path={"code": "15-1132.00"}, count=1),
    "convert_taxonomy_2010_to_active": Plan(path={"code": "15-1132.00"}, count=1),
    "convert_taxonomy_2019_to_2010": Plan(path={"code": "15-1252.00"}, count=2),
    "convert_taxonomy_2019_to_active": Plan(path={"code": "15-1252.00"}, count=1),
    "convert_taxonomy_active_to_2010": Plan(path={"code": "15-1252.00"}, count=2),
    "convert_taxonomy_active_to_2019": Plan(path={"code": "15-1252.00"}, count=1),
}

# Subject occupation per tree when the plan gives no {code}.
TREE_SUBJECT = {"mnm": "47-2111.00", "mpp": "29-1141.00", "veterans": "15-1252.00", "online": "15-1252.00"}


def plan_for(operation_id: str) -> Plan:
    return PLANS.get(operation_id, Plan())
