"""Builders and rules that turn O*NET response schemas into plausible bodies.

Each body is built for one operation (its OnetContext): the subject occupation named by the {code} path
parameter, the occupations a listing shows (the plan's pool), and the paging values that follow from the
request's start/end. Items are built whole so that code, title and links agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from ..spec import Operation
from . import onet_es as es
from . import onet_vocab as v
from .engine import OMIT, Builder, Rule
from .onet_plans import Plan

HOST = v.HOST

# Report sections named in operation ids, mapped to the vocabulary domain of their items.
DOMAINS = {
    "abilities": "abilities",
    "knowledge": "knowledge",
    "skills": "skills",
    "work_activities": "work_activities",
    "work_styles": "work_styles",
    "interests": "interests",
    "work_values": "work_values",
    "work_context": "work_context",
}

REPORT_SECTIONS = (
    ("tasks", "Tasks"),
    ("technology_skills", "Technology Skills"),
    ("work_activities", "Work Activities"),
    ("detailed_work_activities", "Detailed Work Activities"),
    ("work_context", "Work Context"),
    ("job_zone", "Job Zone"),
    ("skills", "Skills"),
    ("knowledge", "Knowledge"),
    ("education", "Education"),
    ("abilities", "Abilities"),
    ("interests", "Interests"),
    ("work_values", "Work Values"),
    ("work_styles", "Work Styles"),
    ("related_occupations", "Related Occupations"),
    ("professional_associations", "Professional Associations"),
)


@dataclass
class OnetContext:
    """What one operation's body is about."""

    operation: Operation
    plan: Plan
    root: str  # component name of the 200 schema
    items_field: str | None  # the list property of a paged envelope
    path_values: dict[str, str]
    query: dict[str, str | list[str]]
    subject: v.Occupation
    pool: tuple[v.Occupation, ...]
    start: int = 1
    end: int = 0
    total: int = 0
    next_url: str | None = None

    @property
    def tree(self) -> str:
        return self.operation.path.strip("/").split("/")[0]

    @property
    def spanish(self) -> bool:
        return self.tree == "mpp"

    @property
    def domain(self) -> str:
        for key, domain in DOMAINS.items():
            if self.operation.operation_id.endswith(key):
                return domain
        return "skills"

    @property
    def section(self) -> str:
        """The report section of the operation (the last path segment), e.g. skills."""
        return self.operation.path.rstrip("/").rsplit("/", 1)[-1]

    def count(self, name: str) -> int:
        owner, _, prop = name.rpartition(".")
        if (owner == self.root and prop == self.items_field) or name == self.root:
            return self.plan.count
        return self.plan.counts.get(name, 2)

    def occupation(self, index: int) -> v.Occupation:
        return self.pool[index % len(self.pool)]

    def title_of(self, occupation: v.Occupation) -> str:
        if self.spanish:
            return es.CAREER_TITLES.get(occupation.code, occupation.title)
        return occupation.title


def tags(occupation: v.Occupation) -> dict[str, Any]:
    """v2 sends bright_outlook only when true; tags is otherwise an empty object."""
    return {"bright_outlook": True} if occupation.bright_outlook else {}


def occupation_href(ctx: OnetContext, code: str) -> str:
    op = ctx.operation.operation_id
    if op == "search_related_activities":
        return f"{HOST}/online/related_activities/activities/{code}"
    if op == "search_job_duties":
        return f"{HOST}/online/job_duties/tasks/{code}"
    if op == "search_professional_associations":
        return f"{HOST}/online/professional_associations/{code}"
    return f"{HOST}/online/occupations/{code}/"


def related_url(ctx: OnetContext, section: str, item_id: str) -> str:
    return f"{HOST}/online/occupations/{ctx.subject.code}/related/{section}/{item_id}"


# --------------------------------------------------------------------------- item builders


def occupation_item(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.occupation(i)
    return {"href": occupation_href(ctx, occ.code), "code": occ.code, "title": occ.title, "tags": tags(occ)}


def career_item(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.occupation(i)
    return {
        "href": f"{HOST}/{ctx.tree}/careers/{occ.code}/",
        "code": occ.code,
        "title": ctx.title_of(occ),
        "tags": tags(occ),
    }


def report_element_summary(ctx: OnetContext, i: int) -> dict[str, Any]:
    element = v.ELEMENTS[ctx.domain][i % len(v.ELEMENTS[ctx.domain])]
    return {
        "id": element.id,
        "name": element.name,
        "description": element.description,
        "related": related_url(ctx, ctx.section, element.id),
    }


def report_element_details(ctx: OnetContext, i: int) -> dict[str, Any]:
    return {**report_element_summary(ctx, i), "importance": 88 - 6 * i}


def report_interest_details(ctx: OnetContext, i: int) -> dict[str, Any]:
    element = v.ELEMENTS["interests"][i % 6]
    return {
        "id": element.id,
        "name": element.name,
        "description": element.description,
        "related": related_url(ctx, "interests", element.id),
        "occupational_interest": (94, 78, 55, 33, 28, 17)[i % 6],
    }


def report_task(ctx: OnetContext, i: int, *, details: bool) -> dict[str, Any]:
    task = v.TASKS[ctx.subject.code][i % 5]
    out: dict[str, Any] = {"id": task.id, "title": task.title, "related": related_url(ctx, "tasks", task.id)}
    if details:
        out["category"] = "Core"
        out["importance"] = 91 - 4 * i
    return out


def report_dwa(ctx: OnetContext, i: int) -> dict[str, Any]:
    dwa = v.DWAS[i % len(v.DWAS)]
    return {"id": dwa.id, "title": dwa.title, "related": related_url(ctx, "detailed_work_activities", dwa.id)}


def slug(title: str) -> str:
    """Example id as it might end an example link: lower case, runs of other characters as one underscore."""
    return re.sub(r"[^a-z0-9]+", "_", title.lower().replace("++", "pp")).strip("_")


def technology_example(ctx: OnetContext, example: v.TechExample) -> dict[str, Any]:
    slug_ = slug(example.title)
    out: dict[str, Any] = {"title": example.title, "href": f"{HOST}/online/technology/examples/{slug_}"}
    if example.hot:
        out["hot_technology"] = True
    if example.in_demand:
        out["in_demand"] = True
    out["percentage"] = example.percentage
    return out


def technology_category(ctx: OnetContext, i: int) -> dict[str, Any]:
    category = v.TECHNOLOGY[i % len(v.TECHNOLOGY)]
    out: dict[str, Any] = {
        "code": category.code,
        "title": category.title,
        "related": related_url(ctx, "technology_skills", str(category.code)),
        "example": [technology_example(ctx, e) for e in category.examples[:2]],
    }
    if len(category.examples) > 2:
        out["example_more"] = [technology_example(ctx, e) for e in category.examples[2:]]
    return out


def tools_used_category(ctx: OnetContext, i: int) -> dict[str, Any]:
    code, title, examples = v.TOOLS[i % len(v.TOOLS)]
    return {
        "code": code,
        "title": title,
        "related": related_url(ctx, "tools_used", str(code)),
        "example": [{"title": e} for e in examples],
    }


def hot_technology_example(ctx: OnetContext, i: int) -> dict[str, Any]:
    flat = [e for c in v.TECHNOLOGY for e in c.examples if e.hot]
    if ctx.operation.operation_id == "get_in_demand_skills":
        flat = [e for e in flat if e.in_demand]
    return technology_example(ctx, flat[i % len(flat)])


def work_context_element(ctx: OnetContext, i: int, *, details: bool) -> dict[str, Any]:
    element = v.ELEMENTS["work_context"][i % 5]
    responses = v.WORK_CONTEXT_RESPONSES if details else v.WORK_CONTEXT_RESPONSES[:1]
    out: dict[str, Any] = {
        "id": element.id,
        "name": element.name,
        "description": element.description,
        "related": related_url(ctx, "work_context", element.id),
        "response": [{"description": d, "percentage_of_respondents": p} for d, p in responses],
    }
    if details:
        out["context"] = 96 - 5 * i
    return out


def professional_association(ctx: OnetContext, i: int, *, report: bool) -> dict[str, Any]:
    assoc = v.ASSOCIATIONS[i % len(v.ASSOCIATIONS)]
    category = {"code": assoc.category, "title": v.ASSOCIATION_CATEGORY_TITLES[assoc.category]}
    out: dict[str, Any] = {"name": assoc.name, "url": assoc.url, "category": category}
    if report and assoc.name == "Association for Women in Computing":
        out["ally"] = True
    return out


def related_occupation(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.occupation(i)
    return {**occupation_item(ctx, i), "supplemental": occ.code == "15-1244.00"}


def element_group(ctx: OnetContext, i: int) -> dict[str, Any]:
    groups: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]
    if ctx.spanish:
        groups = es.ELEMENT_GROUPS[ctx.domain]
    else:
        groups = (TRADES_GROUPS if ctx.subject.code[:2] in ("47", "49") else DESK_GROUPS)[ctx.domain]
    group_id, name, elements = groups[i % len(groups)]
    return {"id": group_id, "name": name, "element": [{"id": e, "name": n} for e, n in elements]}


Groups = dict[str, tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]]

TRADES_GROUPS: Groups = {
    "knowledge": (
        ("2.C.3", "Engineering and Technology", (("2.C.3.d", "building and construction"), ("2.C.3.e", "mechanical"))),
        (
            "2.C.4",
            "Math and Science",
            (("2.C.4.a", "arithmetic, algebra, geometry, calculus, or statistics"), ("2.C.4.b", "physics")),
        ),
        ("2.C.1", "Business", (("2.C.1.e", "customer service"),)),
    ),
    "skills": (
        (
            "2.B.3",
            "Equipment Use",
            (
                ("2.B.3.l", "repairing machines or systems using the right tools"),
                ("2.B.3.j", "figuring out why something doesn't work"),
            ),
        ),
        (
            "2.A.2",
            "Basic Skills",
            (
                ("2.A.2.a", "thinking about the pros and cons of different ways to solve a problem"),
                ("2.A.1.a", "reading work related information"),
            ),
        ),
        ("2.B.2", "Problem Solving", (("2.B.2.i", "noticing a problem and figuring out the best way to solve it"),)),
    ),
    "abilities": (
        (
            "1.A.2",
            "Hand and Finger Use",
            (("1.A.2.a.2", "hold or move items with your hands"), ("1.A.2.a.3", "put together small parts")),
        ),
        (
            "1.A.1.b",
            "Ideas and Logic",
            (("1.A.1.b.3", "notice when problems happen"), ("1.A.1.b.4", "use rules to solve problems")),
        ),
        ("1.A.4", "Vision", (("1.A.4.a.1", "see details up close"),)),
    ),
}

DESK_GROUPS: Groups = {
    "knowledge": (
        (
            "2.C.3",
            "Engineering and Technology",
            (("2.C.3.a", "computers and electronics"), ("2.C.3.b", "product and service development")),
        ),
        ("2.C.4", "Math and Science", (("2.C.4.a", "arithmetic, algebra, geometry, calculus, or statistics"),)),
        ("2.C.7", "Arts and Humanities", (("2.C.7.a", "English language"),)),
    ),
    "skills": (
        (
            "2.A.2",
            "Basic Skills",
            (
                ("2.A.2.a", "thinking about the pros and cons of different ways to solve a problem"),
                ("2.A.1.a", "reading work related information"),
            ),
        ),
        ("2.B.2", "Problem Solving", (("2.B.2.i", "noticing a problem and figuring out the best way to solve it"),)),
        ("2.B.3", "Technical", (("2.B.3.e", "writing computer programs"),)),
    ),
    "abilities": (
        (
            "1.A.1.b",
            "Ideas and Logic",
            (("1.A.1.b.4", "use rules to solve problems"), ("1.A.1.b.3", "notice when problems happen")),
        ),
        (
            "1.A.1.a",
            "Verbal",
            (
                ("1.A.1.a.2", "read and understand what is written"),
                ("1.A.1.a.1", "listen and understand what people say"),
            ),
        ),
        ("1.A.4", "Vision", (("1.A.4.a.1", "see details up close"),)),
    ),
}


def military_match(ctx: OnetContext, i: int) -> dict[str, Any]:
    branch, code, title = v.MILITARY_CODES[i % len(v.MILITARY_CODES)]
    return {
        "branch": branch,
        "code": code,
        "title": title,
        "active": True,
        "external_info": [
            {
                "href": f"https://www.todaysmilitary.com/careers/{code.lower()}",
                "title": f"{title} ({branch.replace('_', ' ').title()})",
            }
        ],
    }


def military_career(ctx: OnetContext, i: int) -> dict[str, Any]:
    out = career_item(ctx, i)
    out["match_type"] = ("most_duties", "some_duties", "crosswalk")[i % 3]
    out["military_jobs"] = {
        "army": True,
        "navy": i == 0,
        "air_force": True,
        "marine_corps": i != 1,
        "coast_guard": False,
    }
    out["pay_grade"] = "E4"
    out["preparation_needed"] = "First term"
    return out


def crosswalk_match(ctx: OnetContext, i: int) -> dict[str, Any]:
    if ctx.operation.operation_id == "search_military_crosswalk":
        code, title = "25B", "Information Technology Specialist"
        occupations = [occupation_item(ctx, j) for j in range(2)]
    else:
        code, title = "15-1252", "Software Developers"
        occupations = [occupation_item(ctx, 0)]
    return {"code": code, "title": title, "occupation": occupations}


def taxonomy_result(ctx: OnetContext, i: int) -> dict[str, Any]:
    op = ctx.operation.operation_id
    source_2010 = op.startswith("taxonomy_2010")
    if source_2010:
        head = {
            "code": "15-1132.00",
            "title": "Software Developers, Applications",
            "description": "Develop, create, and modify general computer applications software or specialized "
            "utility programs.",
        }
    else:
        head = {
            "code": "15-1252.00",
            "title": "Software Developers",
            "description": v.OCCUPATION_DESCRIPTIONS["15-1252.00"],
        }
    if op.endswith("_to_2010"):
        targets = [
            {"code": "15-1132.00", "title": "Software Developers, Applications"},
            {"code": "15-1133.00", "title": "Software Developers, Systems Software"},
        ]
    else:
        targets = [{"code": "15-1252.00", "title": "Software Developers"}]
    return {**head, "occupation": targets}


def related_activities_occupation(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.occupation(i)
    dwas = [{"id": d.id, "title": d.title} for d in v.DWAS]
    return {
        **occupation_item(ctx, i),
        "job_zone": {"code": occ.job_zone, "title": v.JOB_ZONES[occ.job_zone]["title"]},
        "activities": {"shared": dwas[2:3], "similar": dwas[3:4], "full": dwas[4:6]},
    }


def stem_occupation(ctx: OnetContext, i: int, *, with_types: bool) -> dict[str, Any]:
    occ = ctx.occupation(i)
    out = {**occupation_item(ctx, i), "job_family": {"code": occ.job_family, "title": v.JOB_FAMILIES[occ.job_family]}}
    if with_types:
        out["stem_occupation_type"] = [{"code": 1, "title": v.STEM_TYPES[0][1]}]
    return out


def interest_question(ctx: OnetContext, i: int) -> dict[str, Any]:
    questions = es.IP_QUESTIONS if ctx.spanish else v.IP_QUESTIONS
    area, text = questions[i % len(questions)]
    return {"index": i + 1, "area": area, "text": text}


def answer_option(ctx: OnetContext, i: int) -> dict[str, Any]:
    value, name = (es.IP_ANSWER_OPTIONS if ctx.spanish else v.IP_ANSWER_OPTIONS)[i % 5]
    return {"value": value, "name": name}


def interest_profiler_career(ctx: OnetContext, i: int) -> dict[str, Any]:
    return {**career_item(ctx, i), "fit": ("Best", "Best", "Great")[i % 3]}


def interest_area(ctx: OnetContext, i: int, *, with_score: bool) -> dict[str, Any]:
    code, title, description, score = v.INTEREST_AREAS[i % 6]
    if ctx.spanish:
        title, description = es.INTEREST_TITLES[code], es.INTEREST_DESCRIPTIONS[code]
    out: dict[str, Any] = {
        "href": f"{HOST}/{ctx.tree}/interestprofiler/interests/{code}",
        "code": code,
        "title": title,
        "description": description,
    }
    if with_score:
        out["score"] = score
    return out


def job_zone_item(ctx: OnetContext, i: int) -> dict[str, Any]:
    zone = i % 5 + 1
    info = v.JOB_ZONES[zone]
    title = es.JOB_ZONE_TITLES[zone] if ctx.spanish else info["title"]
    education = es.JOB_ZONE_EDUCATION[zone] if ctx.spanish else info["education"]
    return {
        "value": zone,
        "title": title,
        "education": education,
        "experience": info["related_experience"],
        "job_training": info["job_training"],
        "examples": info["job_zone_examples"],
        "svp_range": info["svp_range"],
    }


def career_industry(ctx: OnetContext, i: int) -> dict[str, Any]:
    code, title, _ = v.INDUSTRIES[i % len(v.INDUSTRIES)]
    if ctx.spanish:
        code, title, _ = es.INDUSTRIES[i % len(es.INDUSTRIES)]
    return {"href": f"{HOST}/{ctx.tree}/industries/{code}/most_people", "code": code, "title": title}


def career_cluster(ctx: OnetContext, i: int) -> dict[str, Any]:
    code, title, subs = v.CAREER_CLUSTERS[i % len(v.CAREER_CLUSTERS)]
    return {
        "href": f"{HOST}/online/career_clusters/{code}",
        "code": code,
        "title": title,
        "sub_cluster": [
            {"href": f"{HOST}/online/career_clusters/{code}/{sub}", "code": sub, "title": sub_title}
            for sub, sub_title in subs
        ],
    }


def career_cluster_occupation(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.occupation(i)
    if occ.code in ("13-2011.00", "43-3011.00"):
        cluster, pathway = ("030100", "Financial Services"), ("030101", "Accounting")
    else:
        cluster, pathway = ("010100", "Advanced Manufacturing"), ("-1", "Multiple Sub-Clusters")
    return {
        **occupation_item(ctx, i),
        "career_cluster": {"code": cluster[0], "title": cluster[1]},
        "career_pathway": {"code": pathway[0], "title": pathway[1]},
    }


def database_table(ctx: OnetContext, i: int) -> dict[str, Any]:
    table_id, title, description = v.DATABASE_TABLES[i % len(v.DATABASE_TABLES)]
    return {
        "table_id": table_id,
        "title": title,
        "description": description,
        "info": f"{HOST}/database/info/{table_id}",
        "rows": f"{HOST}/database/rows/{table_id}",
    }


def get_database_table_info(ctx: OnetContext, i: int) -> dict[str, Any]:
    table_id, title, description = v.DATABASE_TABLES[0]
    return {
        "table_id": table_id,
        "title": title,
        "description": description,
        "rows": f"{HOST}/database/rows/{table_id}",
        "data_dictionary": "https://www.onetcenter.org/dictionary/29.3/text/occupation_data.html",
        "download": {
            "excel": "https://www.onetcenter.org/dl_files/database/db_29_3_excel/Occupation%20Data.xlsx",
            "text": "https://www.onetcenter.org/dl_files/database/db_29_3_text/Occupation%20Data.txt",
        },
        "column": [
            {
                "column_id": c,
                "title": t,
                "type": kind,
                "format": fmt,
                "optional": opt,
                "description": f"{t} of the occupation.",
            }
            for c, t, kind, fmt, opt in v.DATABASE_COLUMNS
        ],
    }


def database_row(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.subject
    return {"onetsoc_code": occ.code, "title": occ.title, "description": v.OCCUPATION_DESCRIPTIONS[occ.code]}


def occupation_overview(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.subject
    base = f"{HOST}/online/occupations/{occ.code}"
    return {
        "code": occ.code,
        "title": occ.title,
        "tags": tags(occ),
        "description": v.OCCUPATION_DESCRIPTIONS[occ.code],
        "sample_of_reported_titles": list(v.REPORTED_TITLES[occ.code]),
        "bright_outlook": [{"code": c, "title": t} for c, t in v.BRIGHT_OUTLOOK_CATEGORIES],
        "updated": {
            "year": 2024,
            "contents": [
                {"title": "Tasks", "source": "Occupational Expert", "year": 2024},
                {"title": "Technology Skills", "source": "Job postings", "year": 2025},
            ],
        },
        "also_see": [
            {
                "href": f"{HOST}/online/occupations/15-1253.00/",
                "code": "15-1253.00",
                "title": "Software Quality Assurance Analysts and Testers",
                "tags": {"bright_outlook": True},
            }
        ],
        "summary_contents": [{"href": f"{base}/summary/{s}", "title": t} for s, t in REPORT_SECTIONS],
        "details_contents": [{"href": f"{base}/details/{s}", "title": t} for s, t in REPORT_SECTIONS],
        "custom_contents": [{"href": f"{base}/custom/work_activities_outline", "title": "Work Activities Outline"}],
    }


def career_overview(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.subject
    on_job: tuple[str, ...]
    also: tuple[str, ...]
    if ctx.spanish:
        what, on_job, also = es.WHAT_THEY_DO, es.ON_THE_JOB, es.ALSO_CALLED
    else:
        what, on_job, also = v.OCCUPATION_DESCRIPTIONS[occ.code], v.ON_THE_JOB[occ.code], v.REPORTED_TITLES[occ.code]
    return {
        "code": occ.code,
        "title": ctx.title_of(occ),
        "tags": tags(occ),
        "what_they_do": what,
        "on_the_job": list(on_job),
        "also_called": [{"title": t, "summary": j < 2} for j, t in enumerate(also)],
    }


def career_job_outlook(ctx: OnetContext, i: int) -> dict[str, Any]:
    occ = ctx.subject
    if ctx.spanish:
        outlook = {"category": es.OUTLOOK[0], "description": es.OUTLOOK[1]}
        reasons = [{"code": c, "title": t} for c, t in es.BRIGHT_OUTLOOK]
    else:
        outlook = {"category": "Bright", "description": "New job opportunities are very likely in the future."}
        reasons = [{"code": "grow", "title": "This career will grow rapidly in the next few years."}]
    salary = SALARIES[occ.code]
    return {
        "outlook": outlook,
        "bright_outlook": reasons,
        "salary": {
            "soc_code": occ.code[:7],
            "annual_10th_percentile": salary[0],
            "annual_median": salary[1],
            "annual_90th_percentile": salary[2],
            "annual_90th_percentile_over": False,
            "hourly_10th_percentile": round(salary[0] / 2080, 2),
            "hourly_median": round(salary[1] / 2080, 2),
            "hourly_90th_percentile": round(salary[2] / 2080, 2),
        },
    }


SALARIES = {
    "47-2111.00": (39680, 61590, 104180),
    "29-1141.00": (63720, 86070, 132680),
    "15-1252.00": (79850, 132270, 208620),
}


def career_education(ctx: OnetContext, i: int) -> dict[str, Any]:
    zone = ctx.subject.job_zone
    info = v.JOB_ZONES[zone]
    return {
        "job_zone": {
            "code": zone,
            "title": es.JOB_ZONE_TITLES[zone] if ctx.spanish else info["title"],
            "education": es.JOB_ZONE_EDUCATION[zone] if ctx.spanish else info["education"],
            "experience": info["related_experience"],
            "training": info["job_training"],
        },
        "education_usually_needed": list(es.EDUCATION)
        if ctx.spanish
        else (["high school diploma/GED", "certificate after high school"] if zone == 3 else ["bachelor's degree"]),
        "apprenticeship": zone == 3,
    }


def career_check_out_my_state(ctx: OnetContext, i: int) -> dict[str, Any]:
    code = ctx.subject.code
    states = [{"postal_code": s, "name": n, "location_quotient": q} for s, n, q in v.STATES]
    return {
        "code": code,
        "above_average": states[:3],
        "average": states[3:5],
        "below_average": states[5:],
        "map": {"href": f"https://www.onetcenter.org/image/map/lq/{code}.png", "width": 600, "height": 400},
        "legend": {"href": "https://www.onetcenter.org/image/map/lq/legend.png", "width": 180, "height": 90},
    }


def career_explore_more(ctx: OnetContext, i: int) -> dict[str, Any]:
    industries = es.INDUSTRIES if ctx.spanish else v.INDUSTRIES[2:4]
    return {
        "careers": [career_item(ctx, j + 1) for j in range(2)],
        "industries": [
            {"href": f"{HOST}/{ctx.tree}/industries/{c}/most_people", "code": c, "title": t, "percent_employed": p}
            for c, t, p in industries
        ],
    }


def career_personality(ctx: OnetContext, i: int) -> dict[str, Any]:
    if ctx.spanish:
        top = {"id": "1.B.1.d", "name": "Social", "description": es.INTEREST_DESCRIPTIONS["social"]}
        styles = [{"id": s, "name": n} for s, n in es.WORK_STYLES]
    else:
        area = 0 if ctx.subject.code[:2] in ("47", "49") else 1
        element = v.ELEMENTS["interests"][2 if area == 0 else 0]
        top = {"id": element.id, "name": element.name, "description": v.INTEREST_AREAS[area][2]}
        styles = [{"id": e.id, "name": e.name} for e in v.ELEMENTS["work_styles"][:3]]
    return {"top_interest": top, "work_styles": styles}


def career_technology_category(ctx: OnetContext, i: int) -> dict[str, Any]:
    categories = v.TRADES_TECHNOLOGY if ctx.subject.code[:2] in ("47", "49") else v.TECHNOLOGY
    category = categories[i % len(categories)]
    return {
        "code": category.code,
        "title": category.title,
        "example": [
            {"title": e.title, "hot_technology": e.hot, "in_demand": e.in_demand, "percentage": float(e.percentage)}
            for e in category.examples[:2]
        ],
    }


def work_activities_outline(ctx: OnetContext, i: int) -> dict[str, Any]:
    tasks = v.TASKS[ctx.subject.code]
    return {
        "element": [
            {
                "id": "4.A.3.b.1",
                "name": "Working with Computers",
                "activity": [
                    {
                        "id": "4.A.3.b.1.I01.D04",
                        "title": "Modify software programs to improve performance.",
                        "task": [{"id": tasks[1].id, "title": tasks[1].title}],
                    }
                ],
            },
            {
                "id": "4.A.2.a.4",
                "name": "Analyzing Data or Information",
                "activity": [
                    {
                        "id": "4.A.2.a.4.I09.D01",
                        "title": "Analyze project data to determine specifications or requirements.",
                        "task": [{"id": tasks[0].id, "title": tasks[0].title}],
                    }
                ],
            },
        ]
    }


def report_job_zone(ctx: OnetContext, i: int) -> dict[str, Any]:
    zone = ctx.subject.job_zone
    return {"code": zone, **v.JOB_ZONES[zone]}


def education_level(ctx: OnetContext, i: int, *, details: bool) -> dict[str, Any]:
    code, title, percentage = v.EDUCATION_LEVELS[i % len(v.EDUCATION_LEVELS)]
    out: dict[str, Any] = {"code": code, "title": title, "percentage_of_respondents": percentage}
    if details:
        out["description"] = f"{title} or an equivalent level of formal education."
    return out


def site_technology(ctx: OnetContext, i: int) -> dict[str, Any]:
    return {k: val for k, val in hot_technology_example(ctx, i).items() if k in ("href", "title")}


def onet_data_element(ctx: OnetContext, i: int) -> dict[str, Any]:
    element = v.ELEMENTS["skills"][i % 4]
    descriptor = ctx.path_values["descriptor"]
    return {
        "id": element.id,
        "title": element.name,
        "description": element.description,
        "href": f"{HOST}/online/onet_data/{descriptor}/{element.id}",
    }


def technology_search_category(ctx: OnetContext, i: int) -> dict[str, Any]:
    category = (v.TECHNOLOGY[1], v.TECHNOLOGY[0])[i % 2]
    return {
        "code": category.code,
        "title": category.title,
        "href": f"{HOST}/online/technology/categories/{category.code}",
    }


def technology_search_example(ctx: OnetContext, i: int) -> dict[str, Any]:
    title = ("Microsoft Excel", "Microsoft Office software")[i % 2]
    return {"href": f"{HOST}/online/technology/examples/{slug(title)}", "title": title}


def technology_search_example_occupation(ctx: OnetContext, i: int) -> dict[str, Any]:
    return occupation_item(ctx, i)


def soft_skill(ctx: OnetContext, i: int) -> dict[str, Any]:
    element = v.ELEMENTS["soft_skills"][i % 5]
    return {"id": element.id, "title": element.name}


def job_family(ctx: OnetContext, i: int) -> dict[str, Any]:
    code, title = list(v.JOB_FAMILIES.items())[i % len(v.JOB_FAMILIES)]
    return {"href": f"{HOST}/online/occupations/?job_family={code}", "code": code, "title": title}


def bright_outlook_category(ctx: OnetContext, i: int) -> dict[str, Any]:
    code, title = v.BRIGHT_OUTLOOK_CATEGORIES[i % 2]
    return {"href": f"{HOST}/online/bright_outlook/{code}", "code": code, "title": title}


def job_duties_task(ctx: OnetContext, i: int) -> dict[str, Any]:
    task = v.TASKS[ctx.subject.code][i % 5]
    return {"id": task.id, "title": task.title}


def dwa_item(ctx: OnetContext, i: int) -> dict[str, Any]:
    dwa = v.DWAS[i % len(v.DWAS)]
    return {"id": dwa.id, "title": dwa.title}


def military_summary(ctx: OnetContext, i: int) -> dict[str, Any]:
    title, url = v.MILITARY_SUMMARIES[i % len(v.MILITARY_SUMMARIES)]
    return {"title": title, "url": url}


def apprenticeship_title(ctx: OnetContext, i: int) -> str:
    return ("Application Developer", "Software Developer", "Computer Programmer")[i % 3]


def about(ctx: OnetContext, i: int) -> dict[str, Any]:
    return {
        "api_version": "2.0",
        "database": {"name": "O*NET 29.3", "href": "https://www.onetcenter.org/db_releases.html"},
        "taxonomy": "O*NET-SOC 2019",
    }


def pointer(ctx: OnetContext, section: str, total: int) -> dict[str, Any]:
    return {"total": total, "href": f"{HOST}/online/occupations/{ctx.subject.code}/{section}"}


BUILDERS: dict[str, Builder] = {
    "AboutVersionInfo": about,
    "OccupationItem": occupation_item,
    "CareerItem": career_item,
    "KeywordSearchOccupation": lambda c, i: {**occupation_item(c, i), "relevance_score": 100 - 9 * i},
    "CareerClusterOccupation": career_cluster_occupation,
    "CareerCluster": career_cluster,
    "CareerIndustry": career_industry,
    "CareerElementGroup": element_group,
    "CareerOverview": career_overview,
    "CareerJobOutlook": career_job_outlook,
    "CareerEducation": career_education,
    "CareerCheckOutMyState": career_check_out_my_state,
    "CareerExploreMore": career_explore_more,
    "CareerPersonality": career_personality,
    "CareerTechnologyCategory": career_technology_category,
    "MilitaryMatch": military_match,
    "MilitaryCareer": military_career,
    "CrosswalkMatch": crosswalk_match,
    "TaxonomyCrosswalkResult": taxonomy_result,
    "RelatedActivitiesOccupation": related_activities_occupation,
    "RelatedActivitiesDwa": dwa_item,
    "StemAllOccupation": lambda c, i: stem_occupation(c, i, with_types=True),
    "StemTypeOccupation": lambda c, i: stem_occupation(c, i, with_types=False),
    "InterestProfilerQuestion": interest_question,
    "InterestProfilerAnswerOption": answer_option,
    "InterestProfilerCareer": interest_profiler_career,
    "InterestProfilerInterest": lambda c, i: interest_area(c, i, with_score=False),
    "InterestProfilerResult": lambda c, i: interest_area(c, i, with_score=True),
    "InterestProfilerJobZone": job_zone_item,
    "DatabaseTable": database_table,
    "DatabaseTableInfo": get_database_table_info,
    "DatabaseRow": database_row,
    "OccupationOverview": occupation_overview,
    "ReportElementSummary": report_element_summary,
    "ReportElementDetails": report_element_details,
    "ReportInterestDetails": report_interest_details,
    "ReportTaskSummary": lambda c, i: report_task(c, i, details=False),
    "ReportTaskDetails": lambda c, i: report_task(c, i, details=True),
    "ReportDetailedWorkActivity": report_dwa,
    "TechnologyCategory": technology_category,
    "ToolsUsedCategory": tools_used_category,
    "TechnologyExample": hot_technology_example,
    "ReportWorkContextSummaryElement": lambda c, i: work_context_element(c, i, details=False),
    "ReportWorkContextDetailsElement": lambda c, i: work_context_element(c, i, details=True),
    "ReportProfessionalAssociation": lambda c, i: professional_association(c, i, report=True),
    "ProfessionalAssociation": lambda c, i: professional_association(c, i, report=False),
    "ReportRelatedOccupation": related_occupation,
    "ReportMilitaryCareerSummary": military_summary,
    "ReportCustomWorkActivitiesOutline": work_activities_outline,
    "ReportJobZone": report_job_zone,
    "ReportEducationSummaryLevel": lambda c, i: education_level(c, i, details=False),
    "ReportEducationDetailsLevel": lambda c, i: education_level(c, i, details=True),
    "SiteTechnologyItem": site_technology,
    "OnetDataElement": onet_data_element,
    "TechnologySearchCategory": technology_search_category,
    "TechnologySearchExample": technology_search_example,
    "TechnologySearchExampleOccupation": technology_search_example_occupation,
    "SoftSkill": soft_skill,
    "JobFamilyListItem": job_family,
    "BrightOutlookCategory": bright_outlook_category,
    "JobDutiesTask": job_duties_task,
}


def _page_rule(field: str) -> Rule:
    def rule(ctx: OnetContext, i: int) -> Any:
        if field == "start":
            return ctx.start
        if field == "end":
            return ctx.end
        if field == "total":
            return ctx.total
        if field == "next":
            return ctx.next_url if ctx.next_url else OMIT
        return OMIT  # prev: every synthesized page is the first one

    return rule


RULES: dict[tuple[str, str], Rule] = {
    **{("*", f): _page_rule(f) for f in ("start", "end", "total", "next", "prev")},
    ("*", "example_title"): lambda c, i: [apprenticeship_title(c, j) for j in range(c.plan.count)],
    ("ReportSummaryInterests", "interest_code"): lambda c, i: "ICR",
    ("ReportDetailsInterests", "interest_code"): lambda c, i: "ICR",
    ("ReportDetailsTechnologySkills", "hot_technology"): lambda c, i: pointer(c, "hot_technology", 14),
    ("ReportSummaryTechnologySkills", "hot_technology"): lambda c, i: pointer(c, "hot_technology", 14),
    ("ReportDetailsTechnologySkills", "in_demand_skills"): lambda c, i: pointer(c, "in_demand_skills", 9),
    ("ReportSummaryTechnologySkills", "in_demand_skills"): lambda c, i: pointer(c, "in_demand_skills", 9),
    ("InterestProfilerResults", "careers"): lambda c, i: (
        f"{HOST}/{c.tree}/interestprofiler/careers?" + urlencode({"answers": c.query["answers"]})
    ),
}


def paging(ctx: OnetContext) -> None:
    """Fill start/end/total/next from the request's start and end and the plan's total."""
    start = int(str(ctx.query.get("start", "1")))
    ctx.start = start
    ctx.end = start + ctx.plan.count - 1
    ctx.total = ctx.plan.total if ctx.plan.total is not None else max(ctx.end, 20)
    if ctx.total > ctx.end:
        size = ctx.end - start + 1
        rest = {k: val for k, val in ctx.query.items() if k not in ("start", "end")}
        rest.update({"start": str(ctx.end + 1), "end": str(ctx.end + size)})
        concrete = ctx.operation.path.format(**ctx.path_values)
        ctx.next_url = f"{HOST}{concrete}?{urlencode(rest, doseq=True)}"
