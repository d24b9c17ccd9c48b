"""GIVEN the seed examples' ambient twins (environments/examples/*-ambient.yaml) WHEN synthesized
THEN they differ from their sidecar originals (at the same Istio release) in what ambient mode
changes only: the namespace's labels, the waypoint Gateway, the collector pods' mesh-config
checksum, and each AuthorizationPolicy where it is enforced."""
from __future__ import annotations

import shutil

import pytest
import yaml

from tests.conftest import ENVIRONMENTS


def synth(cli, config_dir, out, env) -> dict[str, dict]:
    r = cli("synth", "-c", config_dir, "--out", out, "-e", env)
    assert r.code == 0, r
    docs = {p.name: yaml.safe_load(p.read_text()) for p in (out / env).glob("*.yaml")}
    return {name: doc for name, doc in docs.items() if isinstance(doc, dict) and "kind" in doc}


@pytest.fixture
def pair(cli, tmp_path):
    def render(original: str) -> tuple[dict, dict]:
        ambient = synth(cli, ENVIRONMENTS / "examples", tmp_path / "ambient", f"{original}-ambient")
        # the original at the twin's Istio release (ambient needs 1.24)
        conf = tmp_path / "conf"
        shutil.copytree(ENVIRONMENTS, conf, ignore=shutil.ignore_patterns("examples"))
        (conf / f"{original}-sidecar.yaml").write_text(f'extends: {original}.yaml\nistio_version: "1.24.0"\n')
        sidecar = synth(cli, conf, tmp_path / "sidecar", f"{original}-sidecar")
        return sidecar, ambient
    return render


@pytest.mark.parametrize("original", ["prod", "staging"])
def test_the_twin_has_exactly_the_values_of_the_original(original):
    from otlp_istio.config import load_environments
    twin = load_environments(ENVIRONMENTS / "examples", [f"{original}-ambient"])[0].config.model_dump()
    orig = load_environments(ENVIRONMENTS, [original])[0].config.model_dump()
    assert twin.pop("data_plane").value == "ambient" and orig.pop("data_plane").value == "sidecar"
    assert twin.pop("istio_version") == "1.24.0"
    orig.pop("istio_version")
    if original == "prod":  # said explicitly where prod.yaml leaves it to a warned assumption
        assert twin["tracing"].pop("endpoint_namespace") == "otlp-system"
        orig["tracing"].pop("endpoint_namespace")
    assert twin == orig


def _flux_neutral(docs: dict) -> dict:
    out = {}
    for name, doc in docs.items():
        if doc["kind"] == "Kustomization":
            continue  # named after the environment
        out[name] = doc
    return out


@pytest.mark.parametrize("original", ["prod", "staging"])
def test_the_twin_changes_only_what_ambient_mode_changes(pair, original):
    sidecar, ambient = (_flux_neutral(d) for d in pair(original))
    # staging's scrape rule is also the waypoint's (targetRefs) for the requests through the Service
    assert set(ambient) - set(sidecar) == {"gateway-waypoint.yaml"} | (
        {"authorizationpolicy-otlp-collector-authz-ztunnel.yaml",
         "authorizationpolicy-otlp-collector-scrape-waypoint.yaml"} if original == "staging" else set())
    assert set(sidecar) - set(ambient) == set()
    changed = {n for n in sidecar if sidecar[n] != ambient[n]}
    deployments = {n for n in sidecar if n.startswith("deployment-")}
    # staging's scrape rule (prometheus.scrape_policy) is ztunnel's in ambient mode: the metrics port only
    assert changed == {"namespace-otlp-system.yaml"} | deployments | (
        {"authorizationpolicy-otlp-collector-authz.yaml", "authorizationpolicy-otlp-collector-scrape.yaml"}
        if original == "staging" else set())

    ns = ambient["namespace-otlp-system.yaml"]["metadata"]["labels"]
    assert ns == {"app.kubernetes.io/managed-by": "otlp-istio", "istio.io/dataplane-mode": "ambient",
                  "istio.io/use-waypoint": "waypoint"}  # and no istio-injection
    for name in deployments:
        template = ambient[name]["spec"]["template"]["metadata"]
        assert set(template["annotations"]) == {"checksum/collector-config"}  # no sidecar to roll
        assert not any(k.startswith("sidecar.istio.io") for k in template["annotations"])
        s, a = sidecar[name], ambient[name]
        s["spec"]["template"]["metadata"]["annotations"].pop("checksum/mesh-config")
        assert s == a

    gateway = ambient["gateway-waypoint.yaml"]
    assert gateway["apiVersion"] == "gateway.networking.k8s.io/v1" and gateway["kind"] == "Gateway"
    assert gateway["metadata"]["namespace"] == "otlp-system"
    assert gateway["spec"] == {"gatewayClassName": "istio-waypoint",
                               "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]}
    assert "istio.io/waypoint-for" not in gateway["metadata"]["labels"]  # Istio's default: service


def test_the_policy_with_http_rules_moves_to_the_waypoint_and_ztunnel_admits_the_waypoint(pair):
    sidecar, ambient = pair("staging")
    original = sidecar["authorizationpolicy-otlp-collector-authz.yaml"]["spec"]
    at_waypoint = ambient["authorizationpolicy-otlp-collector-authz.yaml"]["spec"]
    assert at_waypoint == {"action": "ALLOW", "rules": original["rules"],
                           "targetRefs": [{"group": "", "kind": "Service", "name": "otlp-collector"}]}
    at_ztunnel = ambient["authorizationpolicy-otlp-collector-authz-ztunnel.yaml"]["spec"]
    assert at_ztunnel == {"action": "ALLOW", "selector": original["selector"],
                          "rules": [{"from": [{"source": {"principals": ["*/ns/otlp-system/sa/waypoint"]}}]}]}


def test_the_waypoint_label_says_what_it_serves(cli, write_env, tmp_path):
    from tests.conftest import MINIMAL
    path = write_env("env.yaml", MINIMAL + "data_plane: ambient\nwaypoint: {name: otlp-waypoint, for: all}\n")
    docs = synth(cli, path, tmp_path / "out", "env")
    gateway = docs["gateway-otlp-waypoint.yaml"]
    assert gateway["metadata"]["labels"]["istio.io/waypoint-for"] == "all"
    assert docs["namespace-otlp-system.yaml"]["metadata"]["labels"]["istio.io/use-waypoint"] == "otlp-waypoint"


def test_the_scrape_rule_is_at_ztunnel_for_the_pods_and_at_the_waypoint_for_the_service(pair):
    _, ambient = pair("staging")
    ztunnel = ambient["authorizationpolicy-otlp-collector-scrape.yaml"]["spec"]
    waypoint = ambient["authorizationpolicy-otlp-collector-scrape-waypoint.yaml"]["spec"]
    assert ztunnel["selector"] == {"matchLabels": {"app": "otlp-collector"}}
    assert ztunnel["rules"] == [{"to": [{"operation": {"ports": ["8888"]}}]}]  # L4: ztunnel sees no HTTP
    assert "selector" not in waypoint
    assert waypoint["targetRefs"] == [{"group": "", "kind": "Service", "name": "otlp-collector"}]
    assert waypoint["rules"] == [{"to": [{"operation": {"methods": ["GET"], "paths": ["/metrics"], "ports": ["8888"]}}]}]
