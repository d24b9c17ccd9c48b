"""`otlp-istio analyze`: output formats, exit codes, thresholds, bad input, and our own output."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from otlp_istio.analyzers.examples import EXAMPLES
from otlp_istio.fieldpath import display_path
from tests.conftest import ENVIRONMENTS, run_process

FIXTURES = EXAMPLES
ISTIOCTL_KEYS = {"code", "level", "origin", "reference", "message", "documentationUrl"}


def summary(out: str) -> str:
    return [line for line in out.splitlines() if line.startswith("analyze: ")][-1]


def test_clean_input_exits_0_with_a_summary(cli):
    r = cli("analyze", FIXTURES / "OI1102" / "pass.yaml", FIXTURES / "OI1201" / "pass.yaml")
    assert r.code == 0, r
    assert r.out.splitlines() == [summary(r.out)]
    assert summary(r.out).startswith("analyze: passed: 0 errors, 0 warnings, 0 info, 0 suppressed in 12 documents (2 files;")


def test_errors_exit_1_one_line_each_with_file_line_resource_and_field(cli):
    fixture = FIXTURES / "OI1103" / "fail.yaml"
    r = cli("analyze", fixture)
    assert r.code == 1
    lines = r.out.splitlines()
    assert lines[0] == (  # files named relative to where the command runs
        f"{display_path(fixture)}:24: Error OI1103 VirtualService reviews.default spec.http[0].route[0].destination.port.number: "
        "port 8080 is not a port of Service default/reviews (host reviews.default.svc.cluster.local); its ports: "
        "9080; route to one of them or add the port to the Service")
    assert lines[1].startswith("analyze: FAILED: 1 error, 0 warnings, 0 info, 0 suppressed in 2 documents (1 file; fails at error)")


@pytest.mark.parametrize("fixture, threshold, code", [
    ("OI1105", "error", 0),      # warnings only
    ("OI1105", "warning", 1),
    ("OI1105", "WARNING", 1),
    ("OI1401", "warning", 0),    # info only
    ("OI1401", "info", 1),
    ("OI1101", "error", 1),
])
def test_failure_threshold(cli, fixture, threshold, code):
    r = cli("analyze", FIXTURES / fixture / "fail.yaml", "--failure-threshold", threshold)
    assert r.code == code, r
    assert (" FAILED: " in summary(r.out)) == (code == 1)


def test_json_output_has_a_schema_version_findings_and_the_summary_goes_to_stderr(cli):
    r = cli("analyze", FIXTURES / "OI1201" / "fail.yaml", "-o", "json")
    assert r.code == 0  # warnings
    whole = json.loads(r.out)
    assert whole["schema_version"] == 1 and whole["suppressed"] == []
    assert whole["summary"]["warnings"] == 2 and whole["summary"]["passed"] is True
    data = whole["findings"]
    assert [(d["code"], d["severity"], d["path"]) for d in data] == [
        ("OI1201", "Warning", "spec.subsets[1].labels"), ("OI1201", "Warning", "spec.subsets[2].labels")]
    assert set(data[0]) == {"code", "istio_code", "severity", "resource", "path", "message", "file", "line", "source"}
    assert data[0]["resource"] == "DestinationRule reviews.bookinfo" and data[0]["line"] == 45
    assert data[0]["source"] is None  # hand-written manifests: no environment file behind them
    assert r.err.startswith("analyze: passed: 0 errors, 2 warnings")


def test_istioctl_output_has_istioctls_shape(cli):
    fixture = FIXTURES / "OI1102" / "fail.yaml"
    r = cli("analyze", fixture, FIXTURES / "OI1201" / "fail.yaml", FIXTURES / "OI1302" / "fail.yaml",
            "-o", "istioctl")
    assert r.code == 1
    data = json.loads(r.out)
    assert all(set(d) == ISTIOCTL_KEYS for d in data)
    first = data[0]
    assert first["code"] == "IST0101" and first["level"] == "Error"
    assert first["origin"] == "VirtualService default/reviews"
    assert first["reference"] == f"{display_path(fixture)}:51"
    assert first["message"].startswith("spec.http[0].route[0].destination.subset: subset 'v3'")
    assert first["message"].endswith("[OI1102]")
    assert first["documentationUrl"] == "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
    ours = [d for d in data if d["code"] == "OI1201"]
    assert ours and ours[0]["origin"] == "DestinationRule bookinfo/reviews"
    assert ours[0]["documentationUrl"].endswith("docs/analyzers.md#oi1201")
    namespaced = [d for d in data if d["code"] == "IST0102"]
    assert [(d["origin"], d["level"]) for d in namespaced] == [("Namespace legacy", "Info")]  # cluster-scoped
    stricter = [d for d in data if d["code"] == "OI1302"]  # ours: STRICT without injection is an error
    assert [(d["origin"], d["level"]) for d in stricter] == [("Namespace legacy", "Error"), ("Namespace tools", "Error")]


def test_folders_are_read_recursively_and_sorted(cli, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "vs.yml").write_text((FIXTURES / "OI1101" / "fail.yaml").read_text())
    (tmp_path / "a" / "deep" / "notes.txt").write_text("not yaml: [")
    r = cli("analyze", tmp_path)
    assert r.code == 1
    assert "(1 file;" in summary(r.out)
    assert r.out.splitlines()[0].startswith(f"{tmp_path / 'b' / 'vs.yml'}:36: Error OI1101")


def test_invalid_yaml_is_a_finding_not_a_traceback(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: v1\nkind: Service\nmetadata: {name: x\n")
    tagged = tmp_path / "tagged.yaml"
    tagged.write_text("!!python/object/apply:os.system [echo hi]\n")
    good = tmp_path / "good.yaml"
    good.write_text((FIXTURES / "OI1104" / "pass.yaml").read_text())
    r = cli("analyze", tmp_path)
    assert r.code == 1
    lines = r.out.splitlines()
    assert lines[0].startswith(f"{bad}:") and " Error OI0103: " in lines[0] and "invalid YAML" in lines[0]
    assert lines[1].startswith(f"{tagged}:1: Error OI0103: ") and "is not allowed" in lines[1]
    assert "Traceback" not in r.out + r.err
    assert "in 3 documents (3 files;" in summary(r.out)


def test_standard_input(cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO((FIXTURES / "OI1106" / "fail.yaml").read_text()))
    r = cli("analyze", "-", "-o", "json")
    data = json.loads(r.out)["findings"]
    assert {(d["code"], d["file"]) for d in data} == {("OI1106", "<stdin>"), ("OI1107", "<stdin>")}
    assert r.code == 0  # warnings


@pytest.mark.parametrize("args, message", [
    (["/no/such/dir", "also-missing.yaml"], "/no/such/dir: no such file or folder"),
    ([], "no PATH given"),
    (["--failure-threshold", "fatal", "x.yaml"], "'fatal' is not one of 'error', 'warning', 'info'"),
])
def test_bad_usage_exits_2(cli, args, message):
    r = cli("analyze", *args)
    assert r.code == 2
    assert message in " ".join(re.sub("[│╭╮╰╯─]", " ", r.err).split())  # rich may wrap it in a panel
    assert r.out == ""


def test_a_folder_without_yaml_exits_2(cli, tmp_path):
    (tmp_path / "README.md").write_text("# nothing\n")
    r = cli("analyze", tmp_path)
    assert r.code == 2 and "no YAML files" in r.err


def test_unknown_output_format_is_a_usage_error(cli):
    r = cli("analyze", FIXTURES / "OI1101" / "pass.yaml", "-o", "xml")
    assert r.code == 2


def test_list_codes(cli):
    r = cli("analyze", "--list-codes")
    assert r.code == 0
    assert r.out.splitlines()[0].startswith("OI1001  Warning  IST0171  NegativeConditionStatus: ")
    whole = json.loads(cli("analyze", "--list-codes", "-o", "json").out)
    assert whole["schema_version"] == 1
    data = whole["codes"]
    assert data["OI1401"]["istio_code"] == "IST0118" and data["OI1401"]["severity"] == "Info"


def test_help_teaches(cli):
    r = cli("analyze", "--help")
    assert r.code == 0
    for text in ("Examples:", "otlp-istio analyze dist/prod", "istioctl", "--failure-threshold", "--list-codes"):
        assert text in r.out


def test_our_rendered_environments_are_clean(cli, tmp_path):
    out = tmp_path / "dist"
    assert cli("synth", "--config-dir", ENVIRONMENTS, "--out", out).code == 0
    for env in sorted(p.name for p in out.iterdir()):
        r = cli("analyze", out / env, "--failure-threshold", "info")
        # the analyzer finds nothing; an environment file's own warning (prod's short tracing host)
        # is reported as validate reports it
        assert not [line for line in r.out.splitlines() if " OI1" in line], r.out
        assert r.code == (1 if " OI0301 " in r.out else 0), r.out
    r = cli("analyze", out, "--failure-threshold", "info")  # all environments at once: each on its own
    assert not [line for line in r.out.splitlines() if " OI1" in line], r.out
    r = cli("validate", "--out", out)
    assert not [line for line in r.out.splitlines() if " OI1" in line], r.out


def test_console_script_as_a_process():
    r = run_process("analyze", FIXTURES / "OI1503" / "fail.yaml", "-o", "istioctl")
    assert r.code == 1
    assert {d["code"] for d in json.loads(r.out)} == {"IST0159"}


KUBECTL_LIST = """\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: reviews, namespace: default}
  spec:
    selector: {app: reviews}
    ports: [{name: http, port: 9080}]
- apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: reviews, namespace: default}
  spec:
    hosts: [reviews]
    http:
    - route:
      - destination:
          host: reviewz
"""


def test_kubectl_list_output_is_read_item_by_item_with_exact_lines(cli, tmp_path):
    dump = tmp_path / "dump.yaml"
    dump.write_text(KUBECTL_LIST)
    r = cli("analyze", dump)
    assert r.code == 1
    assert r.out.splitlines()[0].startswith(
        f"{dump}:18: Error OI1101 VirtualService reviews.default items[1].spec.http[0].route[0].destination.host: ")


def test_markdown_output_is_a_table_with_the_summary_on_standard_output(cli):
    r = cli("analyze", FIXTURES / "OI1102" / "fail.yaml", "-o", "markdown", "--no-schema")
    assert r.code == 1 and r.err == ""
    lines = r.out.splitlines()
    assert lines[0].startswith("**analyze: FAILED: ") and lines[2].startswith("| severity | code |")
    assert any(line.startswith("| Error | [OI1102](https://istio.io/") for line in lines)


def test_list_names_each_analyzer_with_what_it_checks_its_kinds_and_codes(cli):
    r = cli("analyze", "--list")
    assert r.code == 0
    lines = r.out.splitlines()
    routes = lines.index(next(line for line in lines if line.startswith("routes ")))
    assert lines[routes].split(None, 1)[1] == "VirtualService destinations (host, subset, port) and weights"
    assert lines[routes + 1].split() == ["kinds:", "VirtualService,", "Service,", "ServiceEntry,", "DestinationRule"]
    assert lines[routes + 2].split() == ["codes:", "OI1101,", "OI1102,", "OI1103,", "OI1104,", "OI1105"]
    data = json.loads(cli("analyze", "--list", "-o", "json").out)
    assert data["schema_version"] == 1
    assert {a["name"] for a in data["analyzers"]} >= {"routes", "mtls", "annotations"}
    assert next(a for a in data["analyzers"] if a["name"] == "annotations")["kinds"] == ["*"]
    table = cli("analyze", "--list", "-o", "markdown").out.splitlines()
    assert table[0] == "| analyzer | what it checks | kinds | codes |" and len(table) == 2 + len(data["analyzers"])


def test_list_codes_in_markdown_is_the_documentations_table(cli):
    from otlp_istio.messages import markdown_table
    assert cli("analyze", "--list-codes", "-o", "markdown").out == markdown_table() + "\n"


def test_only_and_skip_choose_the_analyzers_by_name(cli):
    fixture = FIXTURES / "OI1302" / "fail.yaml"  # OI1302 (mtls) and OI1701 (injection)
    every = {f["code"] for f in json.loads(cli("analyze", fixture, "--no-schema", "-o", "json").out)["findings"]}
    assert {"OI1302", "OI1701"} <= every
    only = json.loads(cli("analyze", fixture, "--no-schema", "-o", "json", "--only", "mtls").out)["findings"]
    assert {f["code"] for f in only} == {c for c in every if c.startswith("OI13")}
    skipped = json.loads(cli("analyze", fixture, "--no-schema", "-o", "json", "--skip", "mtls").out)["findings"]
    assert {f["code"] for f in skipped} == {c for c in every if not c.startswith("OI13")}
    r = cli("analyze", fixture, "--only", "mtl")
    assert r.code == 2 and "no analyzer named mtl; the analyzers: ambient, annotations," in r.err
