"""Real-world O*NET vocabulary used to make synthesized O*NET bodies plausible.

Codes, titles and content-model element ids follow the public O*NET-SOC 2019 taxonomy and content model;
descriptions are short paraphrases. Values are fixed so the synthesizer stays deterministic.
"""

# ruff: noqa: E501  (vocabulary data: long natural-language strings and URLs kept on one line)

from __future__ import annotations

from typing import NamedTuple

HOST = "https://api-v2.onetcenter.org"


class Occupation(NamedTuple):
    code: str
    title: str
    bright_outlook: bool
    job_family: str  # SOC major group code, e.g. 15-0000
    job_zone: int


OCCUPATIONS: tuple[Occupation, ...] = (
    Occupation("15-1252.00", "Software Developers", True, "15-0000", 4),
    Occupation("29-1141.00", "Registered Nurses", True, "29-0000", 3),
    Occupation("47-2111.00", "Electricians", True, "47-0000", 3),
    Occupation("13-2011.00", "Accountants and Auditors", True, "13-0000", 4),
    Occupation("15-1211.00", "Computer Systems Analysts", True, "15-0000", 4),
    Occupation("15-1212.00", "Information Security Analysts", True, "15-0000", 4),
    Occupation("15-2051.00", "Data Scientists", True, "15-0000", 5),
    Occupation("11-3021.00", "Computer and Information Systems Managers", True, "11-0000", 4),
    Occupation("17-2141.00", "Mechanical Engineers", True, "17-0000", 4),
    Occupation("29-1051.00", "Pharmacists", False, "29-0000", 5),
    Occupation("29-2061.00", "Licensed Practical and Licensed Vocational Nurses", True, "29-0000", 3),
    Occupation(
        "49-9021.00", "Heating, Air Conditioning, and Refrigeration Mechanics and Installers", True, "49-0000", 3
    ),
    Occupation("49-3023.00", "Automotive Service Technicians and Mechanics", False, "49-0000", 3),
    Occupation("47-2031.00", "Carpenters", False, "47-0000", 2),
    Occupation("51-4121.00", "Welders, Cutters, Solderers, and Brazers", False, "51-0000", 2),
    Occupation("53-3032.00", "Heavy and Tractor-Trailer Truck Drivers", True, "53-0000", 2),
    Occupation("11-1021.00", "General and Operations Managers", True, "11-0000", 4),
    Occupation("13-1111.00", "Management Analysts", True, "13-0000", 4),
    Occupation("25-2021.00", "Elementary School Teachers, Except Special Education", False, "25-0000", 4),
    Occupation("21-1012.00", "Educational, Guidance, and Career Counselors and Advisors", False, "21-0000", 5),
    Occupation("33-3051.00", "Police and Sheriff's Patrol Officers", False, "33-0000", 3),
    Occupation("35-2014.00", "Cooks, Restaurant", True, "35-0000", 2),
    Occupation("41-2031.00", "Retail Salespersons", False, "41-0000", 2),
    Occupation("43-3011.00", "Bill and Account Collectors", False, "43-0000", 2),
    Occupation("17-2011.00", "Aerospace Engineers", True, "17-0000", 4),
    Occupation("15-2011.00", "Actuaries", True, "15-0000", 4),
    Occupation("29-1224.00", "Radiologists", True, "29-0000", 5),
    Occupation("31-9095.00", "Pharmacy Aides", False, "31-0000", 2),
    Occupation("27-2031.00", "Dancers", True, "27-0000", 3),
    Occupation("39-5094.00", "Skincare Specialists", True, "39-0000", 3),
    Occupation("15-1232.00", "Computer User Support Specialists", True, "15-0000", 3),
    Occupation("15-1244.00", "Network and Computer Systems Administrators", False, "15-0000", 4),
)

OCCUPATION_BY_CODE = {o.code: o for o in OCCUPATIONS}

JOB_FAMILIES: dict[str, str] = {
    "11-0000": "Management",
    "13-0000": "Business and Financial Operations",
    "15-0000": "Computer and Mathematical",
    "17-0000": "Architecture and Engineering",
    "21-0000": "Community and Social Service",
    "25-0000": "Educational Instruction and Library",
    "27-0000": "Arts, Design, Entertainment, Sports, and Media",
    "29-0000": "Healthcare Practitioners and Technical",
    "31-0000": "Healthcare Support",
    "33-0000": "Protective Service",
    "35-0000": "Food Preparation and Serving Related",
    "39-0000": "Personal Care and Service",
    "41-0000": "Sales and Related",
    "43-0000": "Office and Administrative Support",
    "47-0000": "Construction and Extraction",
    "49-0000": "Installation, Maintenance, and Repair",
    "51-0000": "Production",
    "53-0000": "Transportation and Material Moving",
}

JOB_ZONES: dict[int, dict[str, str]] = {
    1: {
        "title": "Job Zone One: Little or No Preparation Needed",
        "education": "Some of these occupations may require a high school diploma or GED certificate.",
        "related_experience": "Little or no previous work-related skill, knowledge, or experience is needed.",
        "job_training": "Employees in these occupations need anywhere from a few days to a few months of training.",
        "job_zone_examples": "These occupations involve following instructions and helping others. Examples include "
        "dishwashers, landscaping and groundskeeping workers, and baggage porters.",
        "svp_range": "(Below 4.0)",
    },
    2: {
        "title": "Job Zone Two: Some Preparation Needed",
        "education": "These occupations usually require a high school diploma.",
        "related_experience": "Some previous work-related skill, knowledge, or experience is usually needed.",
        "job_training": "Employees in these occupations need anywhere from a few months to one year of working "
        "with experienced employees.",
        "job_zone_examples": "These occupations often involve using knowledge and skills to help others. Examples "
        "include orderlies, forest firefighters, customer service representatives, and tellers.",
        "svp_range": "(4.0 to < 6.0)",
    },
    3: {
        "title": "Job Zone Three: Medium Preparation Needed",
        "education": "Most occupations in this zone require training in vocational schools, related on-the-job "
        "experience, or an associate's degree.",
        "related_experience": "Previous work-related skill, knowledge, or experience is required for these "
        "occupations.",
        "job_training": "Employees in these occupations usually need one or two years of training involving both "
        "on-the-job experience and informal training with experienced workers.",
        "job_zone_examples": "These occupations usually involve using communication and organizational skills. "
        "Examples include electricians, agricultural technicians, and medical assistants.",
        "svp_range": "(6.0 to < 7.0)",
    },
    4: {
        "title": "Job Zone Four: Considerable Preparation Needed",
        "education": "Most of these occupations require a four-year bachelor's degree, but some do not.",
        "related_experience": "A considerable amount of work-related skill, knowledge, or experience is needed "
        "for these occupations.",
        "job_training": "Employees in these occupations usually need several years of work-related experience, "
        "on-the-job training, and/or vocational training.",
        "job_zone_examples": "Many of these occupations involve coordinating, supervising, managing, or training "
        "others. Examples include accountants, sales managers, database administrators, and graphic designers.",
        "svp_range": "(7.0 to < 8.0)",
    },
    5: {
        "title": "Job Zone Five: Extensive Preparation Needed",
        "education": "Most of these occupations require graduate school.",
        "related_experience": "Extensive skill, knowledge, and experience are needed for these occupations.",
        "job_training": "Employees may need some on-the-job training, but most of these occupations assume that "
        "the person will already have the required skills, knowledge, work-related experience, and/or training.",
        "job_zone_examples": "These occupations often involve coordinating, training, supervising, or managing the "
        "activities of others. Examples include pharmacists, lawyers, astronomers, and radiologists.",
        "svp_range": "(8.0 and above)",
    },
}


class Element(NamedTuple):
    id: str
    name: str
    description: str


ELEMENTS: dict[str, tuple[Element, ...]] = {
    "skills": (
        Element(
            "2.A.1.a",
            "Reading Comprehension",
            "Understanding written sentences and paragraphs in work-related documents.",
        ),
        Element(
            "2.A.1.b",
            "Active Listening",
            "Giving full attention to what other people are saying and asking questions as appropriate.",
        ),
        Element(
            "2.A.2.a",
            "Critical Thinking",
            "Using logic and reasoning to weigh alternative solutions, conclusions, or approaches to problems.",
        ),
        Element("2.A.1.d", "Speaking", "Talking to others to convey information effectively."),
        Element("2.B.3.e", "Programming", "Writing computer programs for various purposes."),
        Element(
            "2.B.2.i",
            "Complex Problem Solving",
            "Identifying complex problems and reviewing related information to develop and carry out solutions.",
        ),
    ),
    "knowledge": (
        Element(
            "2.C.3.a",
            "Computers and Electronics",
            "Knowledge of circuit boards, processors, electronic equipment, and computer hardware and software.",
        ),
        Element(
            "2.C.4.a",
            "Mathematics",
            "Knowledge of arithmetic, algebra, geometry, calculus, statistics, and their applications.",
        ),
        Element(
            "2.C.7.a",
            "English Language",
            "Knowledge of the structure and content of the English language, including spelling and grammar.",
        ),
        Element(
            "2.C.3.b",
            "Engineering and Technology",
            "Knowledge of the design, development, and application of technology for specific purposes.",
        ),
        Element(
            "2.C.1.e",
            "Customer and Personal Service",
            "Knowledge of the principles and processes for providing customer and personal services.",
        ),
    ),
    "abilities": (
        Element(
            "1.A.1.b.4",
            "Deductive Reasoning",
            "The ability to apply general rules to specific problems to produce answers that make sense.",
        ),
        Element(
            "1.A.1.a.2",
            "Written Comprehension",
            "The ability to read and understand information and ideas presented in writing.",
        ),
        Element(
            "1.A.1.b.3", "Problem Sensitivity", "The ability to tell when something is wrong or is likely to go wrong."
        ),
        Element(
            "1.A.1.a.1",
            "Oral Comprehension",
            "The ability to listen to and understand information and ideas presented through spoken words.",
        ),
        Element(
            "1.A.1.b.5",
            "Inductive Reasoning",
            "The ability to combine pieces of information to form general rules or conclusions.",
        ),
    ),
    "work_activities": (
        Element(
            "4.A.3.b.1",
            "Working with Computers",
            "Using computers and computer systems to program, write software, set up functions, or process information.",
        ),
        Element(
            "4.A.2.a.4",
            "Analyzing Data or Information",
            "Identifying the underlying principles, reasons, or facts of information by breaking it into parts.",
        ),
        Element(
            "4.A.1.a.1",
            "Getting Information",
            "Observing, receiving, and otherwise obtaining information from all relevant sources.",
        ),
        Element(
            "4.A.2.b.1",
            "Making Decisions and Solving Problems",
            "Analyzing information and evaluating results to choose the best solution and solve problems.",
        ),
        Element(
            "4.A.4.a.2",
            "Communicating with Supervisors, Peers, or Subordinates",
            "Providing information to supervisors, co-workers, and subordinates in person, in writing, or by phone.",
        ),
    ),
    "work_styles": (
        Element(
            "1.D.1.c",
            "Attention to Detail",
            "Job requires being careful about detail and thorough in completing work tasks.",
        ),
        Element(
            "1.D.2.a",
            "Dependability",
            "Job requires being reliable, responsible, and dependable, and fulfilling obligations.",
        ),
        Element(
            "1.D.3.b",
            "Intellectual Curiosity",
            "Job requires seeking out new information and ideas and thinking through problems.",
        ),
        Element(
            "1.D.4.a", "Adaptability", "Job requires being open to change and to considerable variety in the workplace."
        ),
        Element("1.D.5.c", "Integrity", "Job requires being honest and ethical."),
    ),
    "interests": (
        Element(
            "1.B.1.b",
            "Investigative",
            "Work involves studying and researching non-living objects, living organisms, disease, or other forms of impairment or human behavior.",
        ),
        Element(
            "1.B.1.f",
            "Conventional",
            "Work involves following procedures and regulations to organize information or data, typically in a business setting.",
        ),
        Element(
            "1.B.1.a",
            "Realistic",
            "Work involves designing, building, or repairing equipment, materials, or structures, or working outdoors.",
        ),
        Element(
            "1.B.1.c",
            "Artistic",
            "Work involves creating original visual artwork, performances, written works, food, or music.",
        ),
        Element(
            "1.B.1.d", "Social", "Work involves helping, teaching, advising, assisting, or providing service to others."
        ),
        Element(
            "1.B.1.e",
            "Enterprising",
            "Work involves managing, negotiating, marketing, or selling, typically in a business setting.",
        ),
    ),
    "work_values": (
        Element(
            "1.B.2.d",
            "Independence",
            "Occupations that satisfy this work value allow employees to work on their own and make decisions.",
        ),
        Element(
            "1.B.2.a",
            "Achievement",
            "Occupations that satisfy this work value are results oriented and let employees use their strongest abilities.",
        ),
        Element(
            "1.B.2.b",
            "Working Conditions",
            "Occupations that satisfy this work value offer job security and good working conditions.",
        ),
        Element(
            "1.B.2.e",
            "Recognition",
            "Occupations that satisfy this work value offer advancement, potential for leadership, and are often considered prestigious.",
        ),
        Element(
            "1.B.2.c",
            "Relationships",
            "Occupations that satisfy this work value allow employees to provide service to others and work with co-workers in a friendly environment.",
        ),
        Element(
            "1.B.2.f",
            "Support",
            "Occupations that satisfy this work value offer supportive management that stands behind employees.",
        ),
    ),
    "work_context": (
        Element("4.C.1.a.2.h", "E-Mail", "How often do you use electronic mail in this job?"),
        Element(
            "4.C.2.a.1.a",
            "Indoors, Environmentally Controlled",
            "How often does this job require working indoors in environmentally controlled conditions?",
        ),
        Element(
            "4.C.1.a.2.l",
            "Face-to-Face Discussions with Individuals and Within Teams",
            "How often do you have to have face-to-face discussions with individuals or teams in this job?",
        ),
        Element(
            "4.C.3.a.4",
            "Freedom to Make Decisions",
            "How much decision making freedom, without supervision, does the job offer?",
        ),
        Element(
            "4.C.3.b.4",
            "Importance of Being Exact or Accurate",
            "How important is being very exact or highly accurate in performing this job?",
        ),
    ),
    "soft_skills": (
        Element(
            "2.B.1.a",
            "Social Perceptiveness",
            "Being aware of others' reactions and understanding why they react as they do.",
        ),
        Element("2.B.1.b", "Coordination", "Adjusting actions in relation to others' actions."),
        Element("2.B.1.c", "Persuasion", "Persuading others to change their minds or behavior."),
        Element("2.B.1.d", "Negotiation", "Bringing others together and trying to reconcile differences."),
        Element("2.B.1.f", "Service Orientation", "Actively looking for ways to help people."),
    ),
}

# Answer categories of work-context questions, with plausible percentages for a desk-based occupation.
WORK_CONTEXT_RESPONSES: tuple[tuple[str, int], ...] = (
    ("Every day", 86),
    ("Once a week or more but not every day", 10),
    ("Once a month or more but not every week", 4),
)

EDUCATION_LEVELS: tuple[tuple[int, str, int], ...] = (
    (6, "Bachelor's degree", 64),
    (8, "Master's degree", 19),
    (5, "Associate's degree", 9),
    (3, "Post-secondary certificate", 5),
)


class Task(NamedTuple):
    id: str
    title: str


TASKS: dict[str, tuple[Task, ...]] = {
    "15-1252.00": (
        Task(
            "16987",
            "Analyze user needs and software requirements to determine feasibility of design within time and cost constraints.",
        ),
        Task(
            "16363",
            "Modify existing software to correct errors, adapt it to new hardware, or upgrade interfaces and improve performance.",
        ),
        Task(
            "16367",
            "Confer with systems analysts, engineers, programmers, and others to design systems and obtain information on project limitations and capabilities.",
        ),
        Task(
            "16378",
            "Develop or direct software system testing or validation procedures, programming, or documentation.",
        ),
        Task("16385", "Store, retrieve, and manipulate data for analysis of system capabilities and requirements."),
    ),
    "29-1141.00": (
        Task("3217", "Monitor, record, and report symptoms or changes in patients' conditions."),
        Task("3221", "Maintain accurate, detailed reports and records."),
        Task("3213", "Record patients' medical information and vital signs."),
        Task("3220", "Administer medications to patients and monitor patients for reactions or side effects."),
        Task(
            "3228",
            "Consult and coordinate with healthcare team members to assess, plan, implement, or evaluate patient care plans.",
        ),
    ),
}

# Detailed work activities; the first five come from the related-activities manual page (seed 002).
DWAS: tuple[Task, ...] = (
    Task("4.A.2.a.2.I05.D04", "Verify accuracy of patient information."),
    Task("4.A.4.b.6.I01.D04", "Advise patients on effects of health conditions or treatments."),
    Task("4.A.4.a.1.I05.D01", "Communicate detailed medical information to patients or family members."),
    Task("4.A.4.a.1.I05.D05", "Explain medical procedures or test results to patients or family members."),
    Task("4.A.3.b.6.I06.D04", "Prepare reports summarizing patient diagnostic or care activities."),
    Task("4.A.2.a.3.I01.D12", "Monitor patient conditions during treatments, procedures, or activities."),
)


class TechExample(NamedTuple):
    title: str
    hot: bool
    in_demand: bool
    percentage: int


class TechCategory(NamedTuple):
    code: int
    title: str
    examples: tuple[TechExample, ...]


TECHNOLOGY: tuple[TechCategory, ...] = (
    TechCategory(
        43232405,
        "Object or component oriented development software",
        (
            TechExample("Python", True, True, 38),
            TechExample("Oracle Java", True, True, 29),
            TechExample("C++", True, False, 14),
        ),
    ),
    TechCategory(
        43232306,
        "Data base user interface and query software",
        (
            TechExample("Structured query language SQL", True, True, 27),
            TechExample("MongoDB", True, False, 6),
            TechExample("Microsoft SQL Server", True, False, 5),
        ),
    ),
    TechCategory(
        43232408,
        "Web platform development software",
        (
            TechExample("JavaScript", True, True, 24),
            TechExample("React", True, True, 12),
            TechExample("Node.js", True, False, 8),
        ),
    ),
    TechCategory(
        43233004,
        "Operating system software",
        (
            TechExample("Linux", True, True, 11),
            TechExample("Microsoft Windows", False, False, 2),
        ),
    ),
    TechCategory(
        43232110,
        "Spreadsheet software",
        (TechExample("Microsoft Excel", True, True, 13),),
    ),
)

# Technology used in the skilled trades (My Next Move subject: Electricians).
TRADES_TECHNOLOGY: tuple[TechCategory, ...] = (
    TechCategory(43232604, "Computer aided design CAD software", (TechExample("Autodesk AutoCAD", True, False, 3),)),
    TechCategory(43232110, "Spreadsheet software", (TechExample("Microsoft Excel", True, True, 13),)),
    TechCategory(43231513, "Office suite software", (TechExample("Microsoft Office software", True, True, 9),)),
)

TOOLS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (43211503, "Notebook computers", ("Laptop computers",)),
    (43211507, "Desktop computers", ("Desktop computers",)),
    (43211509, "Tablet computers", ("Tablet computers",)),
    (43222609, "Network routers", ("Network routers",)),
)


class Association(NamedTuple):
    name: str
    url: str
    category: str  # national | regional | other


ASSOCIATIONS: tuple[Association, ...] = (
    Association("Association for Computing Machinery", "https://www.acm.org/", "national"),
    Association("IEEE Computer Society", "https://www.computer.org/", "national"),
    Association("Computing Research Association", "https://cra.org/", "national"),
    Association("Association for Women in Computing", "https://www.awc-hq.org/", "regional"),
)

ASSOCIATION_CATEGORY_TITLES = {
    "national": "National Associations",
    "regional": "Regional Associations",
    "other": "Other Organizations",
}

MILITARY_CODES: tuple[tuple[str, str, str], ...] = (
    ("army", "25B", "Information Technology Specialist"),
    ("navy", "IT", "Information Systems Technician"),
    ("marine_corps", "0631", "Network Administrator"),
    ("coast_guard", "IT", "Information Systems Technician"),
)

MILITARY_SUMMARIES: tuple[tuple[str, str], ...] = (
    ("Computer Programmers", "https://www.careersinthemilitary.com/career-detail/computer-programmers"),
    ("Computer Systems Specialists", "https://www.careersinthemilitary.com/career-detail/computer-systems-specialists"),
)

CAREER_CLUSTERS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("010100", "Advanced Manufacturing", (("010101", "Production"), ("010102", "Quality Assurance"))),
    ("050100", "Agriculture", (("050101", "Agribusiness"), ("050102", "Animal Systems"))),
    ("030100", "Financial Services", (("030101", "Accounting"), ("030102", "Banking & Lending"))),
    ("070100", "Digital Technology", (("070101", "Software Development"), ("070102", "Cybersecurity"))),
    ("080100", "Healthcare & Human Services", (("080101", "Patient Care"), ("080102", "Health Informatics"))),
)

INDUSTRIES: tuple[tuple[int, str, int], ...] = (
    (54, "Professional, Science, & Technical", 41),
    (62, "Health & Counseling", 22),
    (23, "Construction", 9),
    (31, "Manufacturing", 8),
    (61, "Education", 6),
)

BRIGHT_OUTLOOK_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("grow", "Grow Rapidly"),
    ("openings", "Numerous Job Openings"),
)

INTEREST_AREAS: tuple[tuple[str, str, str, int], ...] = (
    (
        "realistic",
        "Realistic",
        "People with Realistic interests like work that includes practical, hands-on problems and answers.",
        18,
    ),
    (
        "investigative",
        "Investigative",
        "People with Investigative interests like work that has to do with ideas and thinking.",
        27,
    ),
    (
        "artistic",
        "Artistic",
        "People with Artistic interests like work that deals with the artistic side of things, such as acting, music, art, and design.",
        31,
    ),
    ("social", "Social", "People with Social interests like working with others to help them learn and grow.", 22),
    (
        "enterprising",
        "Enterprising",
        "People with Enterprising interests like work that has to do with starting up and carrying out business projects.",
        12,
    ),
    (
        "conventional",
        "Conventional",
        "People with Conventional interests like work that follows set procedures and routines.",
        9,
    ),
)

# Short Form Interest Profiler items, in index order (area, text).
IP_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("realistic", "Build kitchen cabinets"),
    ("realistic", "Lay brick or tile"),
    ("investigative", "Develop a new medicine"),
    ("investigative", "Study ways to reduce water pollution"),
    ("artistic", "Write books or plays"),
    ("artistic", "Play a musical instrument"),
    ("social", "Teach an individual an exercise routine"),
    ("social", "Help people with personal or emotional problems"),
    ("enterprising", "Buy and sell stocks and bonds"),
    ("enterprising", "Manage a retail store"),
    ("conventional", "Develop a spreadsheet using computer software"),
    ("conventional", "Proofread records or forms"),
)

IP_ANSWER_OPTIONS: tuple[tuple[int, str], ...] = (
    (1, "Strongly Dislike"),
    (2, "Dislike"),
    (3, "Unsure"),
    (4, "Like"),
    (5, "Strongly Like"),
)

STEM_TYPES: tuple[tuple[int, str], ...] = (
    (1, "Research, Development, Design, and Practitioners"),
    (2, "Technologists and Technicians"),
    (3, "Postsecondary Teaching"),
    (4, "Managerial"),
    (5, "Sales"),
)

STATES: tuple[tuple[str, str, float], ...] = (
    ("WA", "Washington", 2.06),
    ("VA", "Virginia", 1.62),
    ("MA", "Massachusetts", 1.48),
    ("TX", "Texas", 1.01),
    ("OH", "Ohio", 0.95),
    ("FL", "Florida", 0.78),
    ("MS", "Mississippi", 0.31),
    ("WV", "West Virginia", 0.35),
)

DATABASE_TABLES: tuple[tuple[str, str, str], ...] = (
    ("occupation_data", "Occupation Data", "O*NET-SOC codes, titles, and descriptions."),
    ("abilities", "Abilities", "Ability ratings for each O*NET-SOC occupation."),
    ("skills", "Skills", "Skill ratings for each O*NET-SOC occupation."),
    ("task_statements", "Task Statements", "Task statements for each O*NET-SOC occupation."),
)

DATABASE_COLUMNS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("onetsoc_code", "O*NET-SOC Code", "Character", "Character(10)", False),
    ("title", "Title", "Character Varying", "Character Varying(150)", False),
    ("description", "Description", "Character Varying", "Character Varying(1000)", False),
)

OCCUPATION_DESCRIPTIONS: dict[str, str] = {
    "15-1252.00": "Research, design, and develop computer and network software or specialized utility programs. "
    "Analyze user needs and develop software solutions, applying principles and techniques of computer science, "
    "engineering, and mathematical analysis.",
    "29-1141.00": "Assess patient health problems and needs, develop and implement nursing care plans, and "
    "maintain medical records. Administer nursing care to ill, injured, convalescent, or disabled patients.",
    "47-2111.00": "Install, maintain, and repair electrical wiring, equipment, and fixtures. Ensure that work is "
    "in accordance with relevant codes.",
    "49-9021.00": "Install or repair heating, central air conditioning, HVAC, or refrigeration systems, including "
    "oil burners, hot-air furnaces, and heating stoves.",
}

REPORTED_TITLES: dict[str, tuple[str, ...]] = {
    "15-1252.00": ("Application Developer", "Software Engineer", "Software Developer", "Programmer Analyst"),
    "29-1141.00": ("Staff Nurse", "Charge Nurse", "Registered Nurse (RN)", "Clinical Nurse"),
    "47-2111.00": ("Journeyman Electrician", "Maintenance Electrician", "Electrician", "Wireman"),
    "49-9021.00": ("HVAC Technician", "Service Technician", "HVAC Installer", "Refrigeration Technician"),
}

ON_THE_JOB: dict[str, tuple[str, ...]] = {
    "15-1252.00": (
        "Change existing programs to fix errors or improve how they work.",
        "Find out what users need and design software that meets those needs.",
        "Plan and test new software with engineers and other team members.",
    ),
    "29-1141.00": (
        "Watch patients closely and record changes in how they are doing.",
        "Keep careful records of patient care.",
        "Give patients medicine and watch for side effects.",
    ),
    "47-2111.00": (
        "Connect wires to circuit breakers, transformers, or other parts.",
        "Test electrical systems and parts to make sure they work safely.",
        "Read drawings and plans to decide where wiring and equipment go.",
    ),
    "49-9021.00": (
        "Test heating, cooling, or refrigeration systems to make sure they work right.",
        "Repair or replace broken parts.",
        "Talk to customers about how to take care of their systems.",
    ),
}
