"""Schema check with the real kubeconform binary over hand-written manifests, plus the
whole gate (schema + CEL) through validate_paths / validate_tree."""
from __future__ import annotations

import gc
import os
import shutil
import sys
from pathlib import Path

import pytest

from otlp_istio import messages
from otlp_istio.errors import UserError
from otlp_istio.findings import Severity
from otlp_istio.validate import environment_dirs, validate_paths, validate_tree
from otlp_istio.validate.kubeconform import find_kubeconform, format_path, leaf_errors, pointer_segments
from otlp_istio.validate.registry import (PROJECT_ROOT, available_kubernetes_versions,
                                          normalize_kubernetes_version)

FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid"

# Outside CI, a checkout without kubeconform skips these; in CI (CI=true) they run and fail instead.
pytestmark = pytest.mark.skipif(
    not os.environ.get("CI") and not (PROJECT_ROOT / "bin" / "kubeconform").exists()
    and shutil.which("kubeconform") is None,
    reason="kubeconform is not installed (make setup)")


def run(tmp_path: Path, files: dict[str, str], env: str = "dev", version: str = "1.31"):
    folder = tmp_path / "dist" / env
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return validate_paths(environment_dirs(tmp_path / "dist"), version, analyzer=False).findings


def only(findings, code=None):
    return [f for f in findings if code is None or f.code == code]


# ------------------------------------------------------------------ absence of errors

def test_valid_fixtures_are_clean():
    report = validate_paths(environment_dirs(VALID), "1.31", analyzer=False)
    assert report.findings == []
    assert report.environments == ["dev", "prod"] and report.documents == 19
    kinds = {p.name.split("-")[0] for p in (VALID / "prod").iterdir()}
    assert kinds == {"namespace", "service", "deployment", "configmap", "virtualservice", "destinationrule",
                     "peerauthentication", "authorizationpolicy", "telemetry", "servicemonitor", "serviceentry",
                     "sidecar", "canary", "metrictemplate", "gitrepository", "kustomization"}


def test_the_gate_runs_without_cyclic_collections_and_restores_the_collector():
    # the gate's heap only grows until it ends (see validate.gate.cyclic_collector_paused): no automatic
    # collection walks it meanwhile, and the collector is left as the caller had it
    collections: list[int] = []

    def seen(phase, info):
        frame = sys._getframe()
        while frame is not None and frame.f_code.co_name not in ("_validate_paths", "_validate_report"):
            frame = frame.f_back
        if phase == "start" and frame is not None:  # a collection inside the gate
            collections.append(info["generation"])

    was = gc.isenabled()
    gc.callbacks.append(seen)
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            assert validate_paths(environment_dirs(VALID), "1.31", analyzer=False).findings == []
            validate_tree(VALID)  # with the analyzer and the environments' context
            assert gc.isenabled() is enabled
        assert collections == []
    finally:
        gc.callbacks.remove(seen)
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("version", ["1.29", "1.30", "1.31", "1.32", "1.33"])
def test_valid_fixtures_clean_for_every_kubernetes_version(version):
    assert validate_paths(environment_dirs(VALID, ["prod"]), version, analyzer=False).findings == []


def test_validate_tree_api_all_envs_and_selected(tmp_path):
    # the analyzer runs too (when installed): only schema/CEL codes are asserted here
    assert [f for f in validate_tree(VALID) if f.code.startswith(("OI01", "OI02"))] == []
    assert [f for f in validate_tree(str(VALID), ["dev"], "1.31") if f.code.startswith(("OI01", "OI02"))] == []
    shutil.copytree(VALID, tmp_path / "dist")
    (tmp_path / "dist" / "prod" / "peerauthentication-default.yaml").write_text(
        (VALID / "prod" / "peerauthentication-default.yaml").read_text().replace("STRICT", "MUTUAL"))
    found = [f for f in validate_tree(tmp_path / "dist") if f.code.startswith(("OI01", "OI02"))]
    assert [(Path(f.file).name, f.path) for f in found] == [("peerauthentication-default.yaml", "spec.mtls.mode")]
    assert validate_tree(tmp_path / "dist", ["dev"]) == [] or all(
        not f.code.startswith(("OI01", "OI02")) for f in validate_tree(tmp_path / "dist", ["dev"]))


# ------------------------------------------------------------------ presence of errors

VS_HEAD = """\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: collector
  namespace: otlp-system
spec:
  hosts:
  - collector
"""


def test_unknown_field_is_an_error_with_allowed_fields(tmp_path):
    found = run(tmp_path, {"virtualservice-collector.yaml": VS_HEAD + """\
  http:
  - route:
    - destination:
        host: collector
    bogus: 1
"""})
    assert [(f.code, f.path, f.line) for f in found] == [(messages.SCHEMA_VIOLATION, "spec.http[0].bogus", 13)]
    f = found[0]
    assert f.file == os.path.normpath(str(tmp_path / "dist/dev/virtualservice-collector.yaml"))
    assert f.resource == "VirtualService collector.otlp-system" and f.severity is Severity.ERROR
    assert f.message.startswith("unknown field 'bogus'; allowed fields here: corsPolicy, delegate")
    assert "route" in f.message and "timeout" in f.message


def test_misspelt_field_gets_a_suggestion(tmp_path):
    found = run(tmp_path, {"destinationrule-c.yaml": """\
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: c
  namespace: ns
spec:
  host: c
  trafficPolicy:
    outlierDetection:
      consecutive5xxError: 5
"""})
    assert [f.path for f in found] == ["spec.trafficPolicy.outlierDetection.consecutive5xxError"]
    assert "did you mean 'consecutive5xxErrors'?" in found[0].message


def test_unknown_metadata_field_of_a_custom_resource(tmp_path):
    found = run(tmp_path, {"vs.yaml": VS_HEAD.replace("  namespace: otlp-system\n",
                                                        "  namespace: otlp-system\n  lables: {}\n")})
    assert [(f.path, f.line) for f in found] == [("metadata.lables", 6)]
    assert "did you mean 'labels'?" in found[0].message


def test_wrong_type_on_a_core_kind(tmp_path):
    found = run(tmp_path, {"deployment-x.yaml": """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: x
  namespace: ns
spec:
  replicas: "3"
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      containers:
      - name: x
        image: x
        ports:
        - containerPort: http
"""})
    assert [(f.path, f.line, f.message) for f in found] == [
        ("spec.replicas", 7, "got string, want null or integer"),
        ("spec.template.spec.containers[0].ports[0].containerPort", 18, "got string, want integer"),
    ]
    assert {f.resource for f in found} == {"Deployment x.ns"}


def test_enum_lists_the_allowed_values(tmp_path):
    found = run(tmp_path, {"peerauthentication-default.yaml": """\
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
  namespace: otlp-system
spec:
  mtls:
    mode: Strict
"""})
    assert [(f.path, f.message) for f in found] == [
        ("spec.mtls.mode", "value must be one of 'UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT'")]


def test_one_of_names_the_exclusive_fields(tmp_path):
    found = run(tmp_path, {"vs.yaml": VS_HEAD + """\
  http:
  - match:
    - uri:
        exact: /v1/traces
        prefix: /v1
    route:
    - destination:
        host: collector
"""})
    assert [f.path for f in found] == ["spec.http[0].match[0].uri"]
    assert found[0].message.startswith("set at most one of: exact, prefix, regex")


def test_missing_required_field(tmp_path):
    found = run(tmp_path, {"vs.yaml": VS_HEAD + """\
  http:
  - route:
    - weight: 100
"""})
    assert [(f.path, f.message) for f in found] == [
        ("spec.http[0].route[0].destination", "required field 'destination' is missing")]


def test_field_newer_than_the_kubernetes_version(tmp_path):
    svc = """\
apiVersion: v1
kind: Service
metadata:
  name: s
  namespace: ns
spec:
  ports:
  - name: http
    port: 80
  trafficDistribution: PreferClose
"""
    assert run(tmp_path, {"service-s.yaml": svc}, version="1.31") == []
    found = run(tmp_path, {"service-s.yaml": svc}, version="1.29")
    assert [f.path for f in found] == ["spec.trafficDistribution"]


def test_unknown_kind_and_unknown_version_have_no_schema(tmp_path):
    found = run(tmp_path, {
        "thing.yaml": "apiVersion: example.com/v1\nkind: Thing\nmetadata:\n  name: t\n",
        "vs.yaml": VS_HEAD.replace("networking.istio.io/v1", "networking.istio.io/v2"),
    })
    assert [(f.code, f.resource, f.path) for f in found] == [
        (messages.SCHEMA_MISSING, "Thing t", "apiVersion"),
        (messages.SCHEMA_MISSING, "VirtualService collector.otlp-system", "apiVersion")]
    assert "no schema for Thing (example.com/v1)" in found[0].message


def test_yaml_syntax_error_has_a_line(tmp_path):
    found = run(tmp_path, {"bad.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x\n"})
    assert len(found) == 1 and found[0].code == messages.MANIFEST_UNREADABLE and found[0].line is not None
    assert found[0].message.startswith("invalid YAML")


def test_missing_kind_and_duplicate_keys(tmp_path):
    found = run(tmp_path, {
        "nokind.yaml": "apiVersion: v1\nmetadata:\n  name: x\n",
        "dup.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n",
    })
    assert sorted((Path(f.file).name, f.code) for f in found) == [("dup.yaml", messages.MANIFEST_UNREADABLE),
                                                                   ("nokind.yaml", messages.MANIFEST_UNREADABLE)]
    dup = next(f for f in found if f.file.endswith("dup.yaml"))
    # our loader names both lines (before, only kubeconform -strict caught it, without them)
    assert "duplicate key 'name' (lines 4 and 5)" in dup.message and dup.line == 5


def test_unquoted_yaml11_boolean_name(tmp_path):
    found = run(tmp_path, {"cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n  namespace: ns\n"})
    assert [(f.path, f.line) for f in found] == [("metadata.name", 4)]
    assert "quote the value" in found[0].message and found[0].resource == "ConfigMap y.ns"


def test_cel_rule_violation_in_the_whole_gate(tmp_path):
    found = run(tmp_path, {"vs.yaml": VS_HEAD + """\
  http:
  - retries:
      attempts: 3
      perTryTimeout: 0s
    route:
    - destination:
        host: collector
    timeout: 0.5ms
"""})
    assert [(f.code, f.path, f.line) for f in found] == [
        (messages.CEL_RULE_FAILED, "spec.http[0].retries.perTryTimeout", 12),
        (messages.CEL_RULE_FAILED, "spec.http[0].timeout", 16),
    ]
    assert found[0].message.startswith("must be a valid duration greater than 1ms (got \"0s\";")
    assert found[1].message.startswith("must be a valid duration greater than 1ms (got \"0.5ms\";")


def test_cel_rule_on_a_service_entry(tmp_path):
    found = run(tmp_path, {"serviceentry-z.yaml": """\
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: zipkin
  namespace: ns
spec:
  hosts:
  - zipkin.example.com
  ports:
  - name: http
    number: 9411
    protocol: HTTP
  - name: http-2
    number: 9411
  resolution: DNS
  endpoints:
  - address: zipkin.example.com
    ports:
      http: 0
"""})
    assert [(f.code, f.path, f.line) for f in found] == [  # sorted by file and line
        (messages.CEL_RULE_FAILED, "spec.ports", 9),
        (messages.CEL_RULE_FAILED, "spec.endpoints[0].ports[http]", 19),
    ]
    assert {f.message.split(" (")[0] for f in found} == {"port must be between 1-65535",
                                                         "port number cannot be duplicated"}


def test_multi_document_file_lines_point_into_the_right_document(tmp_path):
    text = VS_HEAD + "---\n" + VS_HEAD.replace("name: collector", "name: second") + "  bogus: true\n"
    found = run(tmp_path, {"two.yaml": text})
    assert [(f.resource, f.path, f.line) for f in found] == [
        ("VirtualService second.otlp-system", "spec.bogus", 18)]


def test_findings_are_sorted_and_deterministic(tmp_path):
    files = {f"vs-{i}.yaml": VS_HEAD + "  http:\n  - timeout: 0s\n    bogus: 1\n" for i in range(5)}
    first = run(tmp_path, files)
    assert first == run(tmp_path, files)
    assert first == sorted(first, key=lambda f: f.sort_key())
    assert len(first) == 10


def test_empty_environment_is_a_warning(tmp_path):
    (tmp_path / "dist" / "empty").mkdir(parents=True)
    report = validate_paths(environment_dirs(tmp_path / "dist"), "1.31", analyzer=False)
    assert [(f.code, f.severity) for f in report.findings] == [(messages.NO_MANIFESTS, Severity.WARNING)]


# ------------------------------------------------------------------ usage errors and set-up

def test_usage_errors(tmp_path):
    with pytest.raises(UserError, match="no such folder"):
        environment_dirs(tmp_path / "nope")
    (tmp_path / "dist").mkdir()
    with pytest.raises(UserError, match="no environment folders"):
        environment_dirs(tmp_path / "dist")
    (tmp_path / "dist" / "dev").mkdir()
    (tmp_path / "dist" / ".dev.tmp-1234").mkdir()  # a temporary folder of a running synth
    assert [e for e, _ in environment_dirs(tmp_path / "dist")] == ["dev"]
    with pytest.raises(UserError, match="--env prod: no folder .* environments in .*: dev"):
        environment_dirs(tmp_path / "dist", ["prod"])


def test_kubernetes_versions():
    assert available_kubernetes_versions() == ["1.29.0", "1.30.0", "1.31.0", "1.32.0", "1.33.0"]
    assert normalize_kubernetes_version("1.31") == "1.31.0"
    assert normalize_kubernetes_version("v1.30.0") == "1.30.0"
    with pytest.raises(UserError, match="allowed: 1.29, 1.30, 1.31, 1.32, 1.33"):
        normalize_kubernetes_version("1.20")
    with pytest.raises(UserError, match="is not a version"):
        normalize_kubernetes_version("latest")


def test_kubeconform_location(monkeypatch, tmp_path):
    monkeypatch.setenv("OTLP_ISTIO_KUBECONFORM", str(tmp_path / "missing"))
    with pytest.raises(UserError, match="run `make setup`"):
        find_kubeconform()
    monkeypatch.delenv("OTLP_ISTIO_KUBECONFORM")
    assert Path(find_kubeconform()).name == "kubeconform"


def test_kubeconform_missing_everywhere(monkeypatch, tmp_path):
    import otlp_istio.validate.kubeconform as kc
    monkeypatch.delenv("OTLP_ISTIO_KUBECONFORM", raising=False)
    monkeypatch.setattr(kc, "PROJECT_ROOT", tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UserError, match="kubeconform not found .*go install github.com/yannh/kubeconform.*`make setup`"):
        find_kubeconform()


# ------------------------------------------------------------------ output parsing

def test_pointer_and_path_formatting():
    assert pointer_segments("/metadata/annotations/sidecar.istio.io~1inject") == [
        "metadata", "annotations", "sidecar.istio.io/inject"]
    assert format_path(["spec", "http", "0", "route"]) == "spec.http[0].route"
    assert format_path(["metadata", "annotations", "sidecar.istio.io/inject"]) == \
        "metadata.annotations[sidecar.istio.io/inject]"


def test_leaf_errors_drop_parents():
    result = {"msg": "problem validating schema. Check JSON formatting: jsonschema validation failed with "
                     "'file:///x.json#' - at '/spec/a': got number, want string - at '/spec/b': validation failed"
                     "   - at '/spec/b/c': value must be one of 'A', 'B'",
              "validationErrors": [{"path": "/spec/a", "msg": "got number, want string"},
                                   {"path": "/spec/b", "msg": "validation failed"}]}
    assert leaf_errors(result) == [(["spec", "a"], "got number, want string"),
                                   (["spec", "b", "c"], "value must be one of 'A', 'B'")]
