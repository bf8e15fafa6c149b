"""Spanish wording for the Mi Próximo Paso (/mpp) tree, which answers in Spanish."""

# ruff: noqa: E501  (vocabulary data: long natural-language strings and URLs kept on one line)

from __future__ import annotations

CAREER_TITLES: dict[str, str] = {
    "29-1141.00": "Enfermeros Graduados",
    "15-1252.00": "Desarrolladores de Software",
    "47-2111.00": "Electricistas",
    "13-2011.00": "Contadores y Auditores",
    "47-2031.00": "Carpinteros",
    "29-2061.00": "Enfermeros Prácticos y Vocacionales Licenciados",
    "35-2014.00": "Cocineros de Restaurante",
    "49-9021.00": "Mecánicos e Instaladores de Calefacción, Aire Acondicionado y Refrigeración",
    "53-3032.00": "Conductores de Camiones Pesados y de Tractocamiones",
    "29-1051.00": "Farmacéuticos",
    "25-2021.00": "Maestros de Escuela Primaria, Excepto Educación Especial",
    "41-2031.00": "Vendedores Minoristas",
}

WHAT_THEY_DO = (
    "Evalúan los problemas de salud y las necesidades de los pacientes, preparan y llevan a cabo planes de "
    "cuidado de enfermería y mantienen los expedientes médicos."
)

ON_THE_JOB = (
    "Observar a los pacientes y anotar cualquier cambio en su estado.",
    "Mantener registros precisos y detallados.",
    "Dar medicamentos a los pacientes y vigilar si tienen reacciones.",
)

ALSO_CALLED = ("Enfermera", "Enfermero de Planta", "Enfermera a Cargo")

INTEREST_TITLES = {
    "realistic": "Realista",
    "investigative": "Investigador",
    "artistic": "Artístico",
    "social": "Social",
    "enterprising": "Emprendedor",
    "conventional": "Convencional",
}

INTEREST_DESCRIPTIONS = {
    "realistic": "Las personas con intereses realistas prefieren trabajos prácticos, con problemas y soluciones concretas.",
    "investigative": "Las personas con intereses investigadores prefieren trabajos que tienen que ver con ideas y con pensar.",
    "artistic": "Las personas con intereses artísticos prefieren trabajos relacionados con el arte, la música y el diseño.",
    "social": "Las personas con intereses sociales prefieren trabajar con otras personas para ayudarlas a aprender y crecer.",
    "enterprising": "Las personas con intereses emprendedores prefieren iniciar y llevar a cabo proyectos de negocios.",
    "conventional": "Las personas con intereses convencionales prefieren trabajos que siguen procedimientos y rutinas.",
}

IP_QUESTIONS = (
    ("realistic", "Construir gabinetes de cocina"),
    ("realistic", "Colocar ladrillos o azulejos"),
    ("investigative", "Desarrollar un nuevo medicamento"),
    ("investigative", "Estudiar maneras de reducir la contaminación del agua"),
    ("artistic", "Escribir libros u obras de teatro"),
    ("artistic", "Tocar un instrumento musical"),
)

IP_ANSWER_OPTIONS = (
    (1, "Me disgusta mucho"),
    (2, "Me disgusta"),
    (3, "No estoy seguro"),
    (4, "Me gusta"),
    (5, "Me gusta mucho"),
)

JOB_ZONE_TITLES = {
    1: "Zona de Trabajo Uno: Se necesita poca o ninguna preparación",
    2: "Zona de Trabajo Dos: Se necesita algo de preparación",
    3: "Zona de Trabajo Tres: Se necesita preparación media",
    4: "Zona de Trabajo Cuatro: Se necesita preparación considerable",
    5: "Zona de Trabajo Cinco: Se necesita preparación extensa",
}

JOB_ZONE_EDUCATION = {
    1: "Algunas de estas ocupaciones pueden requerir un diploma de escuela secundaria o certificado GED.",
    2: "Estas ocupaciones por lo general requieren un diploma de escuela secundaria.",
    3: "La mayoría requiere formación en escuelas vocacionales, experiencia en el trabajo o un título asociado.",
    4: "La mayoría de estas ocupaciones requiere un título universitario de cuatro años.",
    5: "La mayoría de estas ocupaciones requiere estudios de posgrado.",
}

ELEMENT_GROUPS = {
    "knowledge": (
        ("2.C.5", "Salud", (("2.C.5.a", "medicina y odontología"), ("2.C.5.b", "terapia y consejería"))),
        ("2.C.1", "Negocios", (("2.C.1.e", "servicio al cliente"),)),
    ),
    "skills": (
        (
            "2.A.1",
            "Habilidades básicas",
            (("2.A.1.b", "escuchar a otros"), ("2.A.1.a", "leer información del trabajo")),
        ),
        ("2.B.1", "Habilidades sociales", (("2.B.1.a", "entender las reacciones de las personas"),)),
    ),
    "abilities": (
        ("1.A.1.a", "Verbales", (("1.A.1.a.1", "escuchar y entender lo que dice la gente"),)),
        ("1.A.1.b", "Ideas y lógica", (("1.A.1.b.3", "notar cuando ocurren problemas"),)),
    ),
}

WORK_STYLES = (("1.D.1.c", "Atención al detalle"), ("1.D.2.a", "Confiabilidad"), ("1.D.4.a", "Adaptabilidad"))

OUTLOOK = ("Buenas", "Es muy probable que haya nuevas oportunidades de trabajo en el futuro.")
BRIGHT_OUTLOOK = (("grow", "Esta carrera crecerá rápidamente en los próximos años."),)
EDUCATION = ("certificado después de la escuela secundaria", "título asociado")
INDUSTRIES = ((62, "Salud y Consejería", 63), (91, "Gobierno", 6))
