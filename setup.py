"""Which packages the distribution holds; its metadata and package data are in pyproject.toml.

The generated SDKs come from generated_client/. The drift monitor (scripts/driftlib, the spec library
scripts/buildlib it reads specs with, and the specs and fixtures it checks) ships under one namespaced name,
dol_career_drift, so that an install adds no generic top-level module: pyproject.toml's package finder cannot
map folders to other names, hence this file.
"""

from setuptools import find_namespace_packages, find_packages, setup

# Installed name -> folder in the repository.
DRIFT = {
    "dol_career_drift": "scripts/driftlib",
    "dol_career_drift.buildlib": "scripts/buildlib",
    "dol_career_drift.openapi": "openapi",
    "dol_career_drift.fixtures": "contract_tests/fixtures",
}
# One data folder per API below the specs and the fixtures (never the generator templates).
DATA = [
    f"{name}.{folder}"
    for name in ("dol_career_drift.openapi", "dol_career_drift.fixtures")
    for folder in find_namespace_packages(DRIFT[name], exclude=["templates", "templates.*"])
    if "." not in folder
]

# The generated SDKs, and dol_career_sdks: the errors both import, copied there by the build from overrides/_shared/.
SDKS = ["onet_client*", "careeronestop_client*", "dol_career_sdks*"]

setup(
    packages=[*find_packages("generated_client", include=SDKS), *DRIFT, *DATA],
    package_dir={"": "generated_client", **DRIFT},
)
