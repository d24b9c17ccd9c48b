"""canary.mode: flagger renders a Flagger Canary from the same settings; it passes the gate."""
from __future__ import annotations

import yaml

from otlp_istio.config import load_environments
from otlp_istio.synth import render_all
from otlp_istio.synth.cdk8s_app import render_with_cdk8s

from .conftest import edit_env


def flagger(d):
    d["canary"].update(mode="flagger", threshold=5,
                       success_criteria={"max_error_rate": 0.005, "min_request_count": 100, "max_latency_p99": "500ms"})


def test_flagger_canary_from_the_seed_settings(cli, config_dir, tmp_path):
    edit_env(config_dir, "staging", flagger)
    r = cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist")
    assert r.code == 0, r
    out = tmp_path / "dist" / "staging"
    doc = yaml.safe_load((out / "canary-otlp-collector.yaml").read_text())
    assert doc["apiVersion"] == "flagger.app/v1beta1" and doc["metadata"]["namespace"] == "otlp-system"
    spec = doc["spec"]
    assert spec["provider"] == "istio"
    assert spec["targetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "otlp-collector-v1"}
    assert spec["analysis"] == {
        "interval": "5m", "threshold": 5, "stepWeight": 5, "maxWeight": 100,
        "metrics": [{"name": "request-success-rate", "interval": "5m", "thresholdRange": {"min": 99.5}},
                    {"name": "request-duration", "interval": "5m", "thresholdRange": {"max": 500}}]}
    svc = spec["service"]
    assert (svc["port"], svc["portName"], svc["hosts"], svc["timeout"]) == \
        (4318, "otlp-http", ["otlp-collector.otlp-system.svc.cluster.local"], "30s")
    assert svc["retries"] == {"attempts": 3, "perTryTimeout": "10s", "retryOn": "5xx,reset,connect-failure"}
    # Flagger generates the collector's VirtualService: ours is not rendered (two would fight)
    assert not (out / "virtualservice-otlp-collector.yaml").exists()
    assert (out / "destinationrule-otlp-collector.yaml").exists()
    # the gate: schema and CEL rules of the Flagger CRD, the analyzer
    v = cli("validate", "--out", tmp_path / "dist", "-e", "staging")
    assert v.code == 0, v
    assert "0 errors" in v.out


def test_flagger_mode_renders_the_same_through_cdk8s(config_dir):
    edit_env(config_dir, "staging", flagger)
    envs = load_environments(config_dir, ["staging"])
    assert render_all(envs) == render_with_cdk8s(envs)


def test_a_bad_canary_resource_is_refused_by_the_gate(cli, config_dir, tmp_path):
    edit_env(config_dir, "staging", flagger)
    assert cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist").code == 0
    path = tmp_path / "dist" / "staging" / "canary-otlp-collector.yaml"
    path.write_text(path.read_text().replace("provider: istio", "provider: envoy-mesh"))
    v = cli("validate", "--out", tmp_path / "dist", "-e", "staging")
    assert v.code == 1 and "canary-otlp-collector.yaml" in v.out and "provider" in v.out


def test_the_git_commands_refuse_flagger_mode(cli, config_dir, repo_args, bare_repo):
    edit_env(config_dir, "staging", flagger)
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 2 and "runs its canary with Flagger" in r.err
