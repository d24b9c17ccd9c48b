"""One verdict everywhere: validate, check, analyze and doctor judge the same rendered files in the
same context (the environment files, their external Services and accepted findings), wherever they
run and whether or not --config-dir is given: the environment files synth read are recorded beside
its output.

The setup is a platform team's in miniature: collector ``otel-gateway`` in ``observability``, apps
``checkout`` and ``payments`` in ``shop`` declared as external Services and routed to, a finding
accepted on purpose in the base, ``dev`` extending ``_base.yaml``, the files in ``platform/envs``
(not ``environments/``)."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

BASE = """\
istio_version: "1.24.0"
collector_service: otel-gateway
namespace: observability
external_services:
  - name: checkout
    namespace: shop
    ports: [{name: http, port: 8080, app_protocol: http}]
    selector: {app: checkout}
    versions: [v1, v2]
  - name: payments
    namespace: shop
    ports: [{name: http, port: 8080, app_protocol: http}]
    selector: {app: payments}
    versions: [v1]
virtual_services:
  - name: checkout
    namespace: shop
    hosts: [checkout.shop.svc.cluster.local]
    http:
      - route:
          - destination: {host: checkout.shop.svc.cluster.local, subset: v1, port: 8080}
            weight: 90
          - destination: {host: checkout.shop.svc.cluster.local, subset: v2, port: 8080}
            weight: 10
        retries: {attempts: 2, per_try_timeout: 2s, retry_on: "5xx"}
  - name: payments
    namespace: shop
    hosts: [payments.shop.svc.cluster.local]
    http:
      - route:
          - destination: {host: payments.shop.svc.cluster.local, port: 8080}
destination_rules:
  - name: checkout
    namespace: shop
    host: checkout.shop.svc.cluster.local
    subsets:
      - {name: v1, labels: {version: v1}}
      - {name: v2, labels: {version: v2}}
  - name: payments
    namespace: shop
    host: payments.shop.svc.cluster.local
    traffic_policy: {tls: {mode: SIMPLE}}
validation:
  ignore:
    - {code: OI1204, resource: DestinationRule payments.shop, reason: payments terminates TLS itself}
"""
DEV = """\
extends: _base.yaml
tracing:
  sampling_rate: 1.0
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project whose environment files live in platform/envs; the commands run from its root."""
    root = tmp_path / "project"
    envs = root / "platform" / "envs"
    envs.mkdir(parents=True)
    (envs / "_base.yaml").write_text(BASE)
    (envs / "dev.yaml").write_text(DEV)
    monkeypatch.chdir(root)
    return root


def verdict(r) -> tuple:
    """What a JSON findings report decides: the findings, the suppressed ones and by what."""
    d = json.loads(r.out)
    return (r.code, [(f["code"], f["resource"], f["path"]) for f in d["findings"]],
            [(s["code"], s["resource"], s["suppressed_by"]) for s in d["suppressed"]])


def test_validate_without_config_dir_reaches_the_verdict_it_reaches_with_it(project, cli):
    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    without = cli("validate", "--out", "dist", "-o", "json")
    given = cli("validate", "--out", "dist", "-c", "platform/envs", "-o", "json")
    assert verdict(without) == verdict(given)
    code, findings, suppressed = verdict(without)
    assert code == 0 and findings == []  # the routes to checkout and payments reach the external Services
    # the acceptance is credited to the file that holds it, named from where the command runs
    assert suppressed == [("OI1204", "DestinationRule payments.shop", "validation.ignore[0] in platform/envs/_base.yaml:45")]


def test_validate_check_analyze_and_doctor_agree(project, cli):
    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    validated = cli("validate", "--out", "dist")
    assert validated.code == 0 and "0 errors, 0 warnings, 0 info, 1 suppressed" in validated.out, validated
    checked = cli("check", "platform/envs/dev.yaml")
    assert checked.code == 0 and "0 errors, 0 warnings, 0 info, 1 suppressed" in checked.out, checked
    analyzed = cli("analyze", "dist/dev")
    assert analyzed.code == 0 and "0 errors, 0 warnings, 0 info, 1 suppressed" in analyzed.out, analyzed
    for source in (["--out", "dist", "-e", "dev"], ["-c", "platform/envs", "-e", "dev"], ["dist/dev"]):
        doctor = cli("doctor", "routes", *source, "-o", "json")
        [check] = json.loads(doctor.out)["checks"]
        assert check["status"] == "ok", (source, check)
        assert check["summary"].endswith("every destination resolves to a workload"), check["summary"]
        assert check["findings"] == []


def test_the_recorded_files_are_the_ones_synth_read_not_the_working_copy(project, cli):
    """validate judges the output with the environment it was rendered from: a later edit of the
    file (an acceptance removed) changes nothing until synth runs again."""
    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    base = project / "platform" / "envs" / "_base.yaml"
    base.write_text(BASE.split("validation:")[0])
    assert "1 suppressed" in cli("validate", "--out", "dist").out
    r = cli("validate", "--out", "dist", "-c", "platform/envs")  # asked for the working copy: it gets it
    assert r.code == 0 and "1 warning" in r.out and "0 suppressed" in r.out
    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    assert "0 suppressed" in cli("validate", "--out", "dist").out


def test_the_record_is_the_same_bytes_wherever_synth_runs(project, tmp_path, cli):
    from tests.conftest import run_process
    first = run_process("synth", "-c", "platform/envs", "--out", "dist", cwd=project, env={"PYTHONHASHSEED": "1"})
    assert first.code == 0, first
    record = (project / "dist" / "dev" / ".otlp-istio-environment").read_bytes()
    moved = tmp_path / "elsewhere"
    os.rename(project, moved)
    again = run_process("synth", "-c", str(moved / "platform" / "envs"), "--out", str(moved / "dist"),
                        cwd=tmp_path, env={"PYTHONHASHSEED": "2"})
    assert again.code == 0, again
    assert (moved / "dist" / "dev" / ".otlp-istio-environment").read_bytes() == record
    data = json.loads(record)
    assert data["file"] == "../../platform/envs/dev.yaml"
    assert sorted(data["files"]) == ["../../platform/envs/_base.yaml", "../../platform/envs/dev.yaml"]


def test_what_flux_kubectl_and_validate_read_leaves_the_record_out(project, cli):
    """No .yaml, .yml or .json suffix: kubectl apply -f, kustomize's --autodetect and Flux's
    generated kustomization (*.yaml, *.yml) pass it by, and so does the gate's own reading."""
    from otlp_istio.config.snapshot import SNAPSHOT_FILE
    from otlp_istio.yamlio import iter_yaml_files
    r = cli("synth", "-c", "platform/envs", "--out", "dist", "-o", "json")
    [env] = json.loads(r.out)["environments"]
    assert SNAPSHOT_FILE not in env["files"] and (project / "dist" / "dev" / SNAPSHOT_FILE).is_file()
    assert not SNAPSHOT_FILE.endswith((".yaml", ".yml", ".json"))
    assert all(p.name != SNAPSHOT_FILE for p in iter_yaml_files([project / "dist"]))


def test_an_unreadable_record_is_bad_input_naming_it(project, cli):
    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    (project / "dist" / "dev" / ".otlp-istio-environment").write_text("{not json")
    r = cli("validate", "--out", "dist")
    assert r.code == 2 and "dist/dev/.otlp-istio-environment: unreadable snapshot" in r.err
    assert "run synth again" in r.err and "Traceback" not in r.err


def test_publish_keeps_the_record_out_of_the_environment_repository(project, cli, tmp_path, monkeypatch):
    from tests.publish.conftest import GIT_ENV
    for k, v in GIT_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    repo = tmp_path / "env.git"
    subprocess.run(["git", "init", "--bare", "-q", "-b", "main", str(repo)], check=True)
    r = cli("publish", "-c", "platform/envs", "--out", "dist", "--repo", str(repo))
    assert r.code == 0, r
    files = subprocess.run(["git", "ls-tree", "-r", "--name-only", "main"], cwd=repo, capture_output=True,
                           text=True, check=True).stdout.split()
    assert files and not any(Path(f).name == ".otlp-istio-environment" for f in files)
    assert (project / "dist" / "dev" / ".otlp-istio-environment").is_file()
