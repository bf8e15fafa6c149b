"""The O*NET snapshot covers every operation instance in ../shared/reference, honestly labelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from buildlib import evidence
from buildlib.overlay import effective_spec_at
from buildlib.project import REPO_ROOT, Project
from buildlib.specs import effective_schema, parse_yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = effective_spec_at(ROOT / "openapi" / "onet" / "openapi.json")  # the base with the overlay, as built
REFERENCE = ROOT.parent / "shared" / "reference"
REFERENCE_FILES = [
    "onet-v2-occupation-reports.yaml",
    "onet-v2-search-browse-taxonomy-database.yaml",
    "onet-v2-mnm-mpp-veterans.yaml",
]
CONFIDENCE = {"documented", "observed-in-real-response", "observed-in-typed-client-code", "inferred-from-v1.9", "guess"}
# Weakest first (docs/guide/specs.md "Extensions"); live measurements (x-onet-evidence LIVE_On) may raise a
# reference level.
ORDER = ["guess", "inferred-from-v1.9", "observed-in-typed-client-code", "observed-in-real-response", "documented"]


def from_live_evidence(op: dict[str, Any]) -> bool:
    """The operation cites shared/reference/live-evidence.md, which outranks the research reference."""
    return any(str(e).startswith("LIVE_O") for e in op.get("x-onet-evidence", []))


def live_only(op: dict[str, Any]) -> bool:
    """Known only from live-evidence.md (the service index), so absent from the research reference."""
    return all(str(e).startswith("LIVE_O") for e in op.get("x-onet-evidence", []))


SOC_PATTERN = r"^\d{2}-\d{4}\.\d{2}$"


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "delete", "patch"}
    ]


def level(confidence: str) -> str:
    """The reference sometimes follows the level with a parenthesised note; keep the level."""
    return confidence.split()[0]


def reference_instances() -> dict[str, str]:
    """Every operation instance the reference lists: reference id -> confidence level."""
    if not REFERENCE.is_dir():
        pytest.skip(f"reference material not found at {REFERENCE}")
    instances: dict[str, str] = {}
    for name in REFERENCE_FILES:
        for entry in parse_yaml((REFERENCE / name).read_text(encoding="utf-8"))["operations"]:
            if "instances" in entry:  # one entry per tree (mnm, mpp, veterans)
                for instance in entry["instances"]:
                    tree = instance["path"].strip("/").split("/")[0]
                    instances[f"{entry['id']}@{tree}"] = level(instance["confidence"])
            elif "concrete_operations" in entry:  # taxonomy crosswalk directions
                for concrete in entry["concrete_operations"]:
                    instances[f"{entry['id']}@{concrete['path']}"] = level(entry["confidence"])
            else:
                instances[entry["id"]] = level(entry["confidence"])
    return instances


def test_every_reference_instance_is_covered_with_its_confidence() -> None:
    expected = reference_instances()
    assert len(expected) >= 139  # the reference's own count is about 139 instances
    covered: dict[str, str] = {}
    raised: set[str] = set()
    for _, _, op in spec_operations():
        if live_only(op):
            continue
        covered[op["x-onet-reference-id"]] = op["x-onet-confidence"]
        if from_live_evidence(op):
            raised.add(op["x-onet-reference-id"])
    missing = sorted(set(expected) - set(covered))
    assert not missing, f"reference operations without a spec operation: {missing}"
    unknown = sorted(set(covered) - set(expected))
    assert not unknown, f"spec operations naming no reference entry: {unknown}"
    project = Project(REPO_ROOT)
    proof = {e.operation_id: e for e in evidence.collect(project, project.select(["onet"]))}
    by_ref = {op["x-onet-reference-id"]: op["operationId"] for _, _, op in spec_operations() if not live_only(op)}
    backed = {ref for ref, op_id in by_ref.items() if proof[op_id].backed}
    # A real body raises the reference's level; its absence lowers the reference's observed-in-real-response
    # (tests/specs/test_confidence_evidence.py holds the spec to the evidence either way).
    wrong = {
        ref: (covered[ref], conf)
        for ref, conf in expected.items()
        if covered[ref] != conf
        and not ((ref in raised or ref in backed) and ORDER.index(covered[ref]) > ORDER.index(conf))
        and not (conf == "observed-in-real-response" and ref not in backed)
    }
    assert not wrong, f"x-onet-confidence differs from the reference (spec, reference): {wrong}"


def test_every_operation_is_labelled_and_guessed_paths_warn() -> None:
    for method, path, op in spec_operations():
        where = f"{method.upper()} {path}"
        assert op.get("x-onet-confidence") in CONFIDENCE, where
        assert op.get("operationId"), where
        assert len(op.get("tags", [])) == 1, where
        assert op.get("description", "").strip(), where
        if "x-onet-path-candidates" in op:
            assert op["x-onet-confidence"] == "guess", where
            assert op["summary"].startswith("(Unverified path)"), where


def test_shared_components_and_error_responses() -> None:
    components = SPEC["components"]
    assert SPEC["servers"] == [{"url": "https://api-v2.onetcenter.org"}]
    assert components["securitySchemes"]["ApiKeyAuth"] == {
        **components["securitySchemes"]["ApiKeyAuth"],
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
    }
    assert SPEC["security"] == [{"ApiKeyAuth": []}]
    assert components["parameters"]["OnetSocCode"]["schema"]["pattern"] == SOC_PATTERN
    assert components["schemas"]["PageMeta"]["required"] == ["start", "end", "total"]
    assert "Retry-After" in components["responses"]["TooManyRequests"]["headers"]
    for _method, path, op in spec_operations():
        responses = op["responses"]
        if live_only(op):  # the service index takes no parameters, so nothing to answer 422 to
            continue
        assert responses["422"] == {"$ref": "#/components/responses/UnprocessableEntity"}, path
        assert responses["429"] == {"$ref": "#/components/responses/TooManyRequests"}, path


def test_soc_code_path_segments_use_the_shared_parameter() -> None:
    for method, path, op in spec_operations():
        if "{code}" in path and path.startswith(("/online/occupations", "/mnm/careers", "/mpp/careers")):
            refs = [p.get("$ref") for p in op.get("parameters", [])]
            assert "#/components/parameters/OnetSocCode" in refs, f"{method} {path}"


def test_paged_operations_follow_the_paging_envelope() -> None:
    paged = [(m, p, op) for m, p, op in spec_operations() if op.get("x-onet-paged")]
    assert len(paged) > 40
    for _method, path, op in paged:
        refs = [p.get("$ref") for p in op.get("parameters", [])]
        assert "#/components/parameters/Start" in refs and "#/components/parameters/End" in refs, path
        envelope = effective_schema(SPEC, op["responses"]["200"]["content"]["application/json"]["schema"])
        page_meta = effective_schema(SPEC, SPEC["components"]["schemas"]["PageMeta"])
        assert page_meta["properties"].keys() <= envelope["properties"].keys(), path  # composes PageMeta
