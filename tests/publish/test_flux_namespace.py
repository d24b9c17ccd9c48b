"""Retiring an environment never deletes its namespace, with the real Flux controllers.

A namespace is shared: Tempo runs beside the collector in `observability`, another team puts
its objects there. Flux deletes what it applied when it prunes, and deleting a Namespace deletes
everything in it; kustomize-controller skips objects that carry
``kustomize.toolkit.fluxcd.io/prune: disabled``, which the rendered Namespace does.

GIVEN a repository prepared as `flux bootstrap --path=clusters/keepns` leaves it, served over
HTTP, the real source-controller and kustomize-controller, and an environment published and
applied, WHEN an object nobody published is created in its namespace and the environment is
retired, THEN Flux prunes the collector and our Kustomizations, and the Namespace is not even
being deleted (no kube-controller-manager runs here, so a deleted Namespace would stay in
Terminating; its deletionTimestamp is what deleting it would set), and the foreign object stays.
AND the same with the namespace owned elsewhere (`namespace_owner: external`: no Namespace
rendered at all).
"""
from __future__ import annotations

import json

import pytest

from tests.support.flux import FluxControllers

from .conftest import bootstrapped_over_http, git

pytestmark = pytest.mark.live

ENV = "keepns"
NS = "keepns-observability"
CONFIG = f"""\
istio_version: "1.24.0"
collector_service: otlp-collector
namespace: {NS}
flux:
  layout: flux
  retry_interval: 5s
  timeout: 2m
"""


def test_retire_keeps_the_namespace_and_what_others_put_in_it(kube_apiserver, cli, write_env, tmp_path, monkeypatch):
    api = kube_apiserver
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    with bootstrapped_over_http(tmp_path, ENV) as (url, _):
        bare = tmp_path / "served" / "env.git"
        config = write_env(f"{ENV}.yaml", CONFIG)

        def publish() -> str:
            r = cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", ENV, "--repo", url, "-o", "json")
            assert r.code == 0, r
            return json.loads(r.out)["commit"]

        with FluxControllers(api, tmp_path) as flux:
            def kubelet():
                flux.ready_deployments(NS)

            def applied(revision: str) -> None:
                flux.reconcile("gitrepository", "flux-system")
                flux.wait_ready("kustomization", f"otlp-istio-{ENV}-base", revision=revision, tick=kubelet)
                flux.wait_ready("kustomization", f"otlp-istio-{ENV}", revision=revision, tick=kubelet)
                assert flux.get("deployment", "otlp-collector-v1", NS) is not None

            def retire_and_wait() -> str:
                dry = cli("retire", ENV, "-c", config, "--repo", url, "--dry-run")
                assert dry.code == 0, dry
                r = cli("retire", ENV, "-c", config, "--repo", url)
                assert r.code == 0, r
                flux.reconcile("gitrepository", "flux-system")
                flux.wait(lambda: flux.get("kustomization", f"otlp-istio-{ENV}-base", "flux-system") is None
                          and flux.get("kustomization", f"otlp-istio-{ENV}", "flux-system") is None
                          and flux.get("deployment", "otlp-collector-v1", NS) is None,
                          120, "the retired environment pruned")
                return dry.out

            def namespace_survived() -> None:
                ns = flux.get("namespace", NS, "")
                assert ns is not None, f"Namespace {NS} was deleted"
                assert "deletionTimestamp" not in ns["metadata"], f"Flux deleted Namespace {NS}: {ns['metadata']}"
                tempo = flux.get("configmap", "tempo-config", NS)
                assert tempo is not None and tempo["data"] == {"retention": "48h"}

            api.kubectl("create", "namespace", "istio-system", check=False)
            api.kubectl("apply", "-f", tmp_path / "bootstrap" / f"clusters/{ENV}/flux-system/gotk-sync.yaml")

            # 1. otlp-istio owns the namespace: rendered, applied, annotated
            applied(publish())
            live = flux.get("namespace", NS, "")
            assert live["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/prune"] == "disabled"
            # another team's object in the namespace, which no Kustomization applied
            api.kubectl("create", "configmap", "tempo-config", "-n", NS, "--from-literal=retention=48h")
            said = retire_and_wait()
            assert f"  keeps Namespace {NS} (kustomize.toolkit.fluxcd.io/prune: disabled)" in said.splitlines()
            namespace_survived()

            # 2. the namespace is owned elsewhere: no Namespace in the repository at all
            config.joinpath(f"{ENV}.yaml").write_text(CONFIG + "namespace_owner: external\n")
            second = publish()
            files = git("ls-tree", "-r", "--name-only", second, cwd=bare).split()
            assert not [f for f in files if "/namespace-" in f], files
            applied(second)
            said = retire_and_wait()
            assert "Namespace" not in said
            namespace_survived()
