"""`otlp-istio validate`: exit codes, text and JSON output, thresholds, usage errors."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_process

VALID = Path(__file__).parent.parent / "validate" / "fixtures" / "valid"
OURS = ("OI01", "OI02")

BROKEN_VS = """\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: collector
  namespace: otlp-system
spec:
  hosts:
  - otlp-collector.otlp-system.svc.cluster.local
  http:
  - route:
    - destination:
        host: otlp-collector.otlp-system.svc.cluster.local
        subset: stable
    timeout: 0.5ms
    tiemout: 30s
"""


@pytest.fixture
def dist(tmp_path):
    out = tmp_path / "dist"
    shutil.copytree(VALID, out)
    return out


def test_clean_tree_exits_0(cli, dist):
    r = cli("validate", "--out", dist)
    assert r.code == 0, r
    # no finding in the rendered files; environments/prod.yaml's short tracing host (the seed's
    # `http://jaeger:9411`) is the one warning, from the environment file
    *findings, summary = r.out.splitlines()
    assert len(findings) == 1 and findings[0].startswith(
        "environments/prod.yaml:9: Warning OI0301 tracing.zipkin_endpoint: the host 'jaeger' is a short name")
    assert summary.startswith("validate: passed: 0 errors, 1 warning, 0 info, 0 suppressed in 19 documents (dev, prod; "
                              "Kubernetes 1.31.0; schema, CEL rules, analyzer; fails at error) in ")


def test_errors_exit_1_with_one_line_each(cli, dist):
    (dist / "prod" / "virtualservice-otlp-collector.yaml").write_text(BROKEN_VS)
    r = cli("validate", "--out", dist, "--env", "prod")
    assert r.code == 1
    ours = [l for l in r.out.splitlines() if re.search(r" OI0[12]\d\d ", l)]
    file = str(dist / "prod" / "virtualservice-otlp-collector.yaml")
    assert ours == [
        f"{file}:14: Error OI0201 VirtualService collector.otlp-system spec.http[0].timeout: must be a valid "
        "duration greater than 1ms (got \"0.5ms\"; CRD validation rule: duration(self) >= duration('1ms'))",
        f"{file}:15: Error OI0101 VirtualService collector.otlp-system spec.http[0].tiemout: unknown field "
        "'tiemout' (did you mean 'timeout'?); allowed fields here: corsPolicy, delegate, directResponse, fault, "
        "headers, match, mirror, mirrorPercent, mirrorPercentage, mirror_percent, mirrors, name, redirect, "
        "retries, rewrite, route, timeout",
    ]
    assert "validate: FAILED: " in r.out and "(prod; Kubernetes 1.31.0" in r.out


def test_json_output_has_a_schema_version_and_the_findings(cli, dist):
    (dist / "dev" / "virtualservice-x.yaml").write_text(BROKEN_VS)
    r = cli("validate", "--out", dist, "-o", "json", "--kubernetes-version", "1.30")
    assert r.code == 1
    whole = json.loads(r.out)
    assert whole["schema_version"] == 1 and whole["summary"]["passed"] is False
    data = whole["findings"]
    ours = [d for d in data if d["code"].startswith(OURS)]
    assert [(d["code"], d["path"], d["line"], d["severity"]) for d in ours] == [
        ("OI0201", "spec.http[0].timeout", 14, "Error"), ("OI0101", "spec.http[0].tiemout", 15, "Error")]
    assert set(ours[0]) == {"code", "istio_code", "severity", "resource", "path", "message", "file", "line", "source"}
    assert "validate: FAILED" in r.err  # the summary goes to stderr, stdout stays pure JSON


def test_failure_threshold(cli, tmp_path):
    (tmp_path / "dist" / "empty").mkdir(parents=True)
    r = cli("validate", "--out", tmp_path / "dist")
    assert r.code == 0 and "Warning OI0104" in r.out and "validate: passed" in r.out
    r = cli("validate", "--out", tmp_path / "dist", "--failure-threshold", "warning")
    assert r.code == 1 and "validate: FAILED" in r.out
    r = cli("validate", "--out", tmp_path / "dist", "--failure-threshold", "Info")
    assert r.code == 1


@pytest.mark.parametrize("args, message", [
    (["--out", "{tmp}/nope"], "no such folder"),
    (["--out", "{dist}", "--env", "qa"], "--env qa: no folder"),
    (["--out", "{dist}", "--kubernetes-version", "1.12"], "allowed: 1.29, 1.30, 1.31, 1.32, 1.33"),
    (["--out", "{dist}", "--failure-threshold", "fatal"], "'fatal' is not one of 'error', 'warning', 'info'"),
])
def test_usage_errors_exit_2(cli, dist, tmp_path, args, message):
    r = cli("validate", *[a.format(tmp=tmp_path, dist=dist) for a in args])
    err = " ".join(re.sub("[│╭╮╰╯─]", " ", r.err).split())  # rich may wrap it in a panel
    assert r.code == 2 and message in err and "Traceback" not in r.err + r.out


def test_missing_kubeconform_exits_2_as_a_process(dist, tmp_path):
    r = run_process("validate", "--out", dist, env={"OTLP_ISTIO_KUBECONFORM": str(tmp_path / "kubeconform")})
    assert r.code == 2 and "run `make setup`" in r.err and "Traceback" not in r.err


def test_help_lists_the_options(cli):
    r = cli("validate", "--help")
    for option in ("--out", "--env", "--output", "--kubernetes-version", "--failure-threshold"):
        assert option in r.out


def test_names_go_reads_as_booleans_are_quoted_and_validate_clean(cli, write_env, tmp_path):
    """`namespace: n` is the string "n" to PyYAML but `false` to Go's YAML reader (kubectl,
    the API server, kubeconform): synth quotes it, and the real kubeconform accepts the result."""
    config = write_env("dev.yaml", 'istio_version: "1.24.0"\ncollector_service: otlp-collector\nnamespace: "n"\n')
    out = tmp_path / "dist"
    assert cli("synth", "--config-dir", config, "--out", out).code == 0
    text = "".join(p.read_text() for p in (out / "dev").glob("*.yaml"))
    assert "\n  name: 'n'\n" in text and "namespace: 'n'\n" in text
    assert "namespace: n\n" not in text and "name: n\n" not in text
    result = cli("validate", "--out", out, "--config-dir", config)
    assert result.code == 0, result
