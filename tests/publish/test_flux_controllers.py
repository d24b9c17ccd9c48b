"""The last step of the pipeline, for real: Flux's own source-controller and kustomize-controller
(run out of cluster against a real kube-apiserver) reconcile what `publish` pushed.

GIVEN a repository prepared as `flux bootstrap --path=clusters/e2e` leaves it, served over HTTP,
and bootstrap's GitRepository and Kustomization applied to the cluster,
WHEN the environment is published, changed and published again, then retired,
THEN Flux applies our two Kustomizations, the collector's objects exactly as rendered (the
doctor's drift check finds nothing), follows the change, and prunes what was retired.
"""
from __future__ import annotations

import json

import pytest

from tests.support.flux import FluxControllers
from tests.support.tools import tool

from .conftest import bootstrapped_over_http

pytestmark = pytest.mark.live

NS = "flux-e2e"
ENV = f"""\
istio_version: "1.24.0"
collector_service: otlp-collector
namespace: {NS}
flux:
  layout: flux            # clusters/e2e/otlp-istio/ beside bootstrap's files, the workload in otlp-istio/e2e/
  retry_interval: 5s
  timeout: 2m
virtual_services:
  - hosts: [otlp-collector]
    http:
      - name: collector
        route:
          - {{destination: {{host: otlp-collector, subset: v1, port: 4318}}, weight: 90}}
          - {{destination: {{host: otlp-collector, subset: v2, port: 4318}}, weight: 10}}
destination_rules:
  - host: otlp-collector
    subsets: [{{name: v1, labels: {{version: v1}}}}, {{name: v2, labels: {{version: v2}}}}]
"""


def weights(flux: FluxControllers) -> list[int]:
    vs = flux.get("virtualservice.networking.istio.io", "otlp-collector", NS)
    return [d.get("weight") for d in vs["spec"]["http"][0]["route"]] if vs else []


def test_flux_applies_what_publish_pushed_follows_a_change_and_prunes_a_retirement(
        kube_apiserver, cli, write_env, tmp_path, monkeypatch):
    api = kube_apiserver
    monkeypatch.setenv("KUBECTL", str(tool("kubectl")))  # the doctor's kubectl
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    with bootstrapped_over_http(tmp_path, "e2e") as (url, _):
        config = write_env("e2e.yaml", ENV)
        published = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "e2e", "--repo", url, "-o", "json")
        assert published.code == 0, published
        first = json.loads(published.out)["commit"]

        with FluxControllers(api, tmp_path) as flux:
            def kubelet():
                flux.ready_deployments(NS)

            # Istio's namespace, a prerequisite (what installing Istio, `flux.depends_on`, provides)
            api.kubectl("create", "namespace", "istio-system", check=False)
            api.kubectl("apply", "-f", tmp_path / "bootstrap" / "clusters/e2e/flux-system/gotk-sync.yaml")
            flux.wait_ready("gitrepository", "flux-system", revision=first)
            flux.wait_ready("kustomization", "flux-system", revision=first)
            # bootstrap's Kustomization applied ours; -base waits for the collector and the CRDs, then the mesh
            flux.wait_ready("kustomization", "otlp-istio-e2e-base", revision=first, tick=kubelet)
            flux.wait_ready("kustomization", "otlp-istio-e2e", revision=first, tick=kubelet)
            assert weights(flux) == [90, 10]

            drift = cli("doctor", "drift", "-c", config, "-e", "e2e", "--kubeconfig", api.kubeconfig, "-o", "json")
            assert drift.code == 0, drift
            [check] = json.loads(drift.out)["checks"]
            assert check["status"] == "ok" and check["data"]["missing"] == [] and check["data"]["changed"] == []
            assert check["data"]["in_sync"] >= 8

            # a change: published, fetched, applied
            config.joinpath("e2e.yaml").write_text(ENV.replace("weight: 90", "weight: 50").replace("weight: 10", "weight: 50"))
            again = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "e2e", "--repo", url, "-o", "json")
            assert again.code == 0, again
            second = json.loads(again.out)["commit"]
            assert second != first
            flux.reconcile("gitrepository", "flux-system")
            flux.wait_ready("kustomization", "otlp-istio-e2e", revision=second, tick=kubelet)
            assert weights(flux) == [50, 50]

            # retired: our files leave the repository, bootstrap's Kustomization prunes ours, and
            # they take the collector's objects with them
            retired = cli("retire", "e2e", "-c", config, "--repo", url)
            assert retired.code == 0, retired
            flux.reconcile("gitrepository", "flux-system")
            flux.wait(lambda: flux.get("kustomization", "otlp-istio-e2e", "flux-system") is None and weights(flux) == [],
                      120, "the retired environment pruned")
            assert flux.get("kustomization", "flux-system", "flux-system") is not None  # bootstrap's stays


AMBIENT_NS = "flux-ambient"
AMBIENT_ENV = f"""\
istio_version: "1.24.0"
collector_service: otlp-collector
namespace: {AMBIENT_NS}
data_plane: ambient
waypoint: {{name: collector-waypoint}}
flux:
  layout: flux
  retry_interval: 5s
  timeout: 2m
authorization_policies:
  - name: otlp-collector-authz
    selector: {{match_labels: {{app: otlp-collector}}}}
    action: ALLOW
    rules:
      - from: [{{principals: [cluster.local/ns/default/sa/app1]}}]
        to: [{{methods: [POST], paths: [/v1/traces]}}]
"""


def test_flux_reconciles_an_ambient_environment(kube_apiserver, cli, write_env, tmp_path, monkeypatch):
    """The ambient environment through the same pipeline: Flux applies the ambient Namespace, the
    waypoint Gateway (the Gateway API CRDs are the cluster's) and the policies placed for the
    waypoint and ztunnel, and the collector's objects are exactly as rendered."""
    api = kube_apiserver
    monkeypatch.setenv("KUBECTL", str(tool("kubectl")))
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    with bootstrapped_over_http(tmp_path, "e2e") as (url, _):
        config = write_env("e2e.yaml", AMBIENT_ENV)
        published = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "e2e", "--repo", url, "-o", "json")
        assert published.code == 0, published
        commit = json.loads(published.out)["commit"]

        with FluxControllers(api, tmp_path) as flux:
            def kubelet():
                flux.ready_deployments(AMBIENT_NS)

            api.kubectl("create", "namespace", "istio-system", check=False)
            api.kubectl("apply", "-f", tmp_path / "bootstrap" / "clusters/e2e/flux-system/gotk-sync.yaml")
            flux.wait_ready("kustomization", "flux-system", revision=commit)
            flux.wait_ready("kustomization", "otlp-istio-e2e-base", revision=commit, tick=kubelet)
            flux.wait_ready("kustomization", "otlp-istio-e2e", revision=commit, tick=kubelet)

            ns = flux.get("namespace", AMBIENT_NS, "")
            assert ns["metadata"]["labels"]["istio.io/dataplane-mode"] == "ambient"
            assert ns["metadata"]["labels"]["istio.io/use-waypoint"] == "collector-waypoint"
            assert "istio-injection" not in ns["metadata"]["labels"]
            gateway = flux.get("gateway.gateway.networking.k8s.io", "collector-waypoint", AMBIENT_NS)
            assert gateway["spec"]["gatewayClassName"] == "istio-waypoint"
            assert [(x["name"], x["port"], x["protocol"]) for x in gateway["spec"]["listeners"]] == [
                ("mesh", 15008, "HBONE")]
            at_waypoint = flux.get("authorizationpolicy.security.istio.io", "otlp-collector-authz", AMBIENT_NS)
            assert at_waypoint["spec"]["targetRefs"] and "selector" not in at_waypoint["spec"]
            at_ztunnel = flux.get("authorizationpolicy.security.istio.io", "otlp-collector-authz-ztunnel", AMBIENT_NS)
            assert at_ztunnel["spec"]["selector"] == {"matchLabels": {"app": "otlp-collector"}}

            drift = cli("doctor", "drift", "-c", config, "-e", "e2e", "--kubeconfig", api.kubeconfig, "-o", "json")
            assert drift.code == 0, drift
            [check] = json.loads(drift.out)["checks"]
            assert check["data"]["missing"] == [] and check["data"]["changed"] == []
