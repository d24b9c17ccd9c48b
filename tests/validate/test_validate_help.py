"""What ``validate`` tells about itself comes from the schemas, not from text written twice."""
from __future__ import annotations

from pathlib import Path

from otlp_istio.findings import Severity
from otlp_istio.validate import environment_dirs, validate_paths
from otlp_istio.validate.report import summary_line
from tests.conftest import ROOT, run_process

VALID = Path(__file__).parent / "fixtures" / "valid"


def test_help_lists_the_kubernetes_versions_the_schemas_cover(tmp_path):
    # GIVEN a schema folder holding two Kubernetes versions only
    schemas = tmp_path / "schemas"
    (schemas / "kubernetes").mkdir(parents=True)
    for name in ("crds", "cel-rules.json"):
        (schemas / name).symlink_to(ROOT / "schemas" / name)
    for version in ("v1.30.0", "v1.32.0"):
        (schemas / "kubernetes" / f"{version}-standalone-strict").symlink_to(
            ROOT / "schemas" / "kubernetes" / f"{version}-standalone-strict")
    r = run_process("validate", "--help", env={"OTLP_ISTIO_SCHEMAS": str(schemas), "COLUMNS": "400"})
    assert r.code == 0, r
    assert "Kubernetes version whose core schemas apply (schemas/ has: 1.30, 1.32)." in r.out
    assert "[default: 1.31]" in r.out


def test_the_summary_says_when_the_analyzer_did_not_run():
    report = validate_paths(environment_dirs(VALID, ["prod"]), "1.31", analyzer=False)
    line = summary_line(report, Severity.ERROR)
    assert "; Kubernetes 1.31.0; schema, CEL rules (analyzer not run); fails at error) in " in line
    report = validate_paths(environment_dirs(VALID, ["prod"]), "1.31")
    assert "; Kubernetes 1.31.0; schema, CEL rules, analyzer; fails at error) in " in summary_line(report, Severity.ERROR)
