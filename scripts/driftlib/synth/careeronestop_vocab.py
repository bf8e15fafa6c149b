"""Real-world values used to make synthesized CareerOneStop bodies plausible.

The subject is Registered Nurses (29-1141.00) in Minnesota and Chicago, IL; wages follow the BLS OEWS
figures' usual format (strings, thousands separators) and codes follow O*NET, SOC, CIP and FIPS.
"""

# ruff: noqa: E501  (vocabulary data: long natural-language strings and URLs kept on one line)

from __future__ import annotations

NURSE_CODE = "29-1141.00"
NURSE_TITLE = "Registered Nurses"
NURSE_DESCRIPTION = (
    "Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical "
    "records. Administer nursing care to ill, injured, convalescent, or disabled patients. May advise patients on "
    "health maintenance and disease prevention or provide case management."
)

NURSING_OCCUPATIONS = (
    ("29-1141.00", "Registered Nurses", "Assess patient health problems and needs and administer nursing care."),
    ("29-1141.01", "Acute Care Nurses", "Provide advanced nursing care for patients with acute conditions."),
    (
        "29-1141.04",
        "Clinical Nurse Specialists",
        "Direct nursing staff in the provision of patient care in a clinical practice setting.",
    ),
    (
        "29-2061.00",
        "Licensed Practical and Licensed Vocational Nurses",
        "Care for ill, injured, or convalescing patients under the direction of physicians and registered nurses.",
    ),
)

PUBLISHER = "CareerOneStop"
SPONSOR = "U.S. Department of Labor, Employment and Training Administration"
CITATION = "CareerOneStop, U.S. Department of Labor, Employment and Training Administration, www.careeronestop.org"
ACCESS_DATE = "2025-11-18T16:42:07Z"

DATA_SOURCES = {
    "oews": (
        "Occupational Employment and Wage Statistics (OEWS)",
        "Bureau of Labor Statistics",
        "https://www.bls.gov/oes/",
        "May 2024",
        "Employment and wage estimates for occupations.",
    ),
    "onet": (
        "O*NET occupational data",
        "National Center for O*NET Development",
        "https://www.onetcenter.org/database.html",
        "O*NET 29.3",
        "Occupational descriptors: tasks, skills, knowledge, abilities, and work activities.",
    ),
    "projections": (
        "Employment Projections",
        "Bureau of Labor Statistics",
        "https://www.bls.gov/emp/",
        "2024-2034",
        "Ten-year employment projections by occupation and industry.",
    ),
    "nlx": (
        "National Labor Exchange job listings",
        "NLx Research Hub",
        "https://nlxresearchhub.org/",
        "Daily",
        "Job openings collected from state job banks and employer sites.",
    ),
    "ipeds": (
        "Integrated Postsecondary Education Data System (IPEDS)",
        "National Center for Education Statistics",
        "https://nces.ed.gov/ipeds/",
        "2023-24",
        "Programs of study offered by postsecondary institutions.",
    ),
    "certifications": (
        "Certification Finder",
        "CareerOneStop",
        "https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx",
        "2025",
        "Industry certifications collected from certifying organizations.",
    ),
    "licenses": (
        "License Finder",
        "CareerOneStop",
        "https://www.careeronestop.org/Toolkit/Training/find-licenses.aspx",
        "2025",
        "State occupational licenses collected from licensing agencies.",
    ),
    "ajc": (
        "American Job Center Finder",
        "CareerOneStop",
        "https://www.careeronestop.org/LocalHelp/AmericanJobCenters/find-american-job-centers.aspx",
        "2025",
        "Locations and services of American Job Centers.",
    ),
}

# (rate type, pct10, pct25, median, pct75, pct90, stfips, area, area name)
WAGES_NATIONAL = (
    ("Annual", "66,030", "76,370", "93,600", "110,430", "135,320", "00", "000000", "United States"),
    ("Hourly", "31.75", "36.72", "45.00", "53.09", "65.06", "00", "000000", "United States"),
)
WAGES_STATE = (
    ("Annual", "74,210", "84,620", "101,370", "118,300", "136,930", "17", "001700", "Illinois"),
    ("Hourly", "35.68", "40.68", "48.74", "56.88", "65.83", "17", "001700", "Illinois"),
)
WAGES_AREA = (
    ("Annual", "75,980", "86,450", "103,640", "120,180", "138,660", "17", "1716980", "Chicago-Naperville-Elgin, IL-IN"),
    ("Hourly", "36.53", "41.56", "49.83", "57.78", "66.66", "17", "1716980", "Chicago-Naperville-Elgin, IL-IN"),
)

TASKS = (
    ("3217", "Monitor, record, and report symptoms or changes in patients' conditions.", "4.59"),
    ("3221", "Maintain accurate, detailed reports and records.", "4.56"),
    ("3220", "Administer medications to patients and monitor patients for reactions or side effects.", "4.48"),
)

DWAS = (
    ("4.A.2.a.3.I01.D12", "Monitor patient conditions during treatments, procedures, or activities.", "3217"),
    ("4.A.3.b.6.I06.D04", "Prepare reports summarizing patient diagnostic or care activities.", "3221"),
    ("4.A.3.a.2.I11.D03", "Administer intravenous medications.", "3220"),
)

INTERESTS = (
    (
        "1.B.1.d",
        "Social",
        "Work involves helping, teaching, advising, assisting, or providing service to others.",
        "6.67",
    ),
    (
        "1.B.1.b",
        "Investigative",
        "Work involves studying and researching non-living objects, living organisms, disease, or other forms of impairment or human behavior.",
        "5.33",
    ),
    (
        "1.B.1.f",
        "Conventional",
        "Work involves following procedures and regulations to organize information or data, typically in a business setting.",
        "3.67",
    ),
)

SKILLS = (
    (
        "2.A.1.b",
        "Active Listening",
        "Giving full attention to what other people are saying and asking questions as appropriate.",
        "3.88",
        "4.00",
    ),
    ("2.B.1.f", "Service Orientation", "Actively looking for ways to help people.", "3.75", "4.00"),
    (
        "2.A.2.d",
        "Monitoring",
        "Monitoring and assessing the performance of yourself, other individuals, or organizations to make improvements.",
        "3.62",
        "3.88",
    ),
)

KNOWLEDGE = (
    (
        "2.C.5.a",
        "Medicine and Dentistry",
        "Knowledge of the information and techniques needed to diagnose and treat human injuries, diseases, and deformities.",
        "4.06",
        "4.42",
    ),
    (
        "2.C.1.e",
        "Customer and Personal Service",
        "Knowledge of principles and processes for providing customer and personal services.",
        "3.96",
        "4.13",
    ),
    (
        "2.C.4.e",
        "Psychology",
        "Knowledge of human behavior and performance, individual differences in ability, and the assessment and treatment of behavioral and affective disorders.",
        "3.47",
        "3.74",
    ),
)

ABILITIES = (
    (
        "1.A.1.b.3",
        "Problem Sensitivity",
        "The ability to tell when something is wrong or is likely to go wrong.",
        "4.00",
        "4.12",
    ),
    (
        "1.A.1.a.1",
        "Oral Comprehension",
        "The ability to listen to and understand information and ideas presented through spoken words and sentences.",
        "4.00",
        "4.00",
    ),
    (
        "1.A.1.b.5",
        "Inductive Reasoning",
        "The ability to combine pieces of information to form general rules or conclusions.",
        "3.88",
        "3.75",
    ),
)

PROJECTIONS = (
    ("United States", "00", "3,391,000", "3,584,700", "6", "189,100", "2024", "2034"),
    ("Illinois", "17", "135,220", "142,010", "5", "7,420", "2022", "2032"),
)

INDUSTRIES = (
    (
        "General medical and surgical hospitals; private",
        "55.3",
        "622100",
        "4.1",
        "1,875,300",
        "622000",
        "76,100",
        "1,951,400",
    ),
    ("Offices of physicians", "6.0", "621100", "8.7", "203,500", "621000", "17,700", "221,200"),
)

TOOL_CATEGORIES = (
    ("Medical syringes", ("Hypodermic syringes", "Insulin syringes")),
    ("Infusion pumps", ("Intravenous infusion pumps",)),
)

TECH_CATEGORIES = (
    ("Medical software", (("Epic Systems", "Yes", "Yes"), ("MEDITECH software", "Yes", "No"))),
    ("Spreadsheet software", (("Microsoft Excel", "Yes", "Yes"),)),
)

SKILLS_MATCHER_QUESTIONS = (
    (
        "2.A.1.a",
        "Reading Comprehension",
        "How well can you read work-related documents?",
        "Reading and understanding written information at work.",
        "Read step-by-step instructions",
        "Read a scientific journal article",
        1.5,
        2.5,
        3.5,
        4.5,
        5.5,
    ),
    (
        "2.A.1.b",
        "Active Listening",
        "How well can you listen to others and ask good questions?",
        "Paying attention to what people are saying and asking questions.",
        "Take a customer's order",
        "Help resolve a complex dispute",
        1.75,
        2.75,
        3.75,
        4.75,
        5.75,
    ),
    (
        "2.A.1.e",
        "Mathematics",
        "How well can you use math to solve problems?",
        "Using math to figure things out at work.",
        "Count the change a customer gets back",
        "Develop a model to predict prices",
        1.25,
        2.25,
        3.25,
        4.25,
        5.25,
    ),
)

AJC_CENTERS = (
    {
        "ID": "2732",
        "Name": "CareerForce in Minneapolis North",
        "Address1": "1200 Plymouth Ave N",
        "City": "Minneapolis",
        "Zip": "55411",
        "Phone": "(612) 520-3500",
        "Distance": "2.1",
        "Latitude": 44.99123,
        "Longitude": -93.29678,
        "WebSiteUrl": "https://www.careerforcemn.com/locations/minneapolis-north",
        "ProgramType": "Comprehensive",
    },
    {
        "ID": "2735",
        "Name": "CareerForce in Minneapolis South",
        "Address1": "777 E Lake St",
        "City": "Minneapolis",
        "Zip": "55407",
        "Phone": "(612) 821-4000",
        "Distance": "3.4",
        "Latitude": 44.94861,
        "Longitude": -93.26247,
        "WebSiteUrl": "https://www.careerforcemn.com/locations/minneapolis-south",
        "ProgramType": "Affiliate",
    },
)

COUNTIES = (
    ("CN2705300000000", "Hennepin County, MN", "24,512", "3.1"),
    ("CN2712300000000", "Ramsey County, MN", "11,043", "3.4"),
    ("CN2703700000000", "Dakota County, MN", "8,126", "2.9"),
)

JOBS = (
    (
        "8F2D3C6A1B9E4F07A5C2D1E0B3A49687",
        "Registered Nurse - Medical Surgical",
        "Hennepin Healthcare",
        "Minneapolis, MN",
    ),
    (
        "1C7B9E2F4A6D4B83905E7C1A2D3F4B5E",
        "Registered Nurse, Emergency Department",
        "M Health Fairview",
        "Minneapolis, MN",
    ),
    ("5A3E8D1C7F2B4E69A0C9B8D7E6F5A4B3", "RN - Home Health", "Allina Health", "Saint Paul, MN"),
)

SCHOOLS = (
    ("Minneapolis College", "Minneapolis", "MN", "https://minneapolis.edu", "Associate's degree", "1.2", "1001"),
    ("Saint Paul College", "Saint Paul", "MN", "https://www.saintpaul.edu", "Associate's degree", "9.8", "1002"),
    (
        "University of Minnesota-Twin Cities",
        "Minneapolis",
        "MN",
        "https://twin-cities.umn.edu",
        "Bachelor's degree",
        "2.4",
        "1003",
    ),
)

CERTIFICATIONS = (
    ("1091-A", "Certified Pediatric Nurse", "Pediatric Nursing Certification Board", "CPN", "https://www.pncb.org/cpn"),
    (
        "0557-A",
        "Critical Care Registered Nurse",
        "American Association of Critical-Care Nurses",
        "CCRN",
        "https://www.aacn.org/certification/get-certified/ccrn-adult",
    ),
)
