"""The environment's Namespace: never pruned by Flux, or not rendered at all when it is owned elsewhere.

A Namespace is the most dangerous object a Kustomization can prune: deleting it deletes
everything in it, also what other teams run there. kustomize-controller skips, when it prunes,
every object labelled or annotated ``kustomize.toolkit.fluxcd.io/prune: disabled``.
"""
from __future__ import annotations

import json

import yaml

from otlp_istio.publish.layout import env_layout, place
from tests.conftest import MINIMAL
from tests.core.test_rendering import synth

PRUNE = "kustomize.toolkit.fluxcd.io/prune"


def test_the_rendered_namespace_is_never_pruned(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL)
    ns = docs["namespace-otlp-system.yaml"]
    assert ns["metadata"]["annotations"] == {PRUNE: "disabled"}
    assert ns["metadata"]["labels"]["istio-injection"] == "enabled"


def test_prune_namespace_lets_flux_delete_it(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + "prune_namespace: true\n")
    assert "annotations" not in docs["namespace-otlp-system.yaml"]["metadata"]


def test_a_namespace_owned_elsewhere_is_not_rendered(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + "namespace_owner: external\n")
    assert not [d for d in docs.values() if d["kind"] == "Namespace"]
    # everything else still goes into the namespace
    assert docs["deployment-otlp-collector-v1.yaml"]["metadata"]["namespace"] == "otlp-system"
    assert docs["peerauthentication-default.yaml"]["metadata"]["namespace"] == "otlp-system"


def test_without_a_namespace_the_collector_still_goes_to_base(cli, write_env, tmp_path):
    # GIVEN an environment whose namespace is owned elsewhere, in the flux layout
    config = write_env("env.yaml", MINIMAL + "namespace_owner: external\nflux: {layout: flux}\n")
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    files = {p.name: p.read_bytes() for p in (out / "env").iterdir()}
    # WHEN publish places the files
    placed = place(env_layout("env"), files)
    # THEN -base applies the collector's plain objects (its health checks wait for the Deployment)
    base = {p.rsplit("/", 1)[1] for p in placed if p.startswith("otlp-istio/env/base/")}
    assert {"deployment-otlp-collector-v1.yaml", "service-otlp-collector.yaml",
            "configmap-otlp-collector-config.yaml"} <= base
    mesh = {p.rsplit("/", 1)[1] for p in placed if p.startswith("otlp-istio/env/mesh/")}
    assert "peerauthentication-default.yaml" in mesh and "configmap-otlp-istio-mesh-values.yaml" in mesh
    kustomization = yaml.safe_load(files["kustomization-otlp-istio-env-base.yaml"])
    checks = {(c["kind"], c["name"]) for c in kustomization["spec"]["healthChecks"]}
    assert ("Deployment", "otlp-collector-v1") in checks


def test_prune_namespace_with_an_external_namespace_is_refused(cli, write_env):
    config = write_env("env.yaml", MINIMAL + "namespace_owner: external\nprune_namespace: true\n")
    r = cli("synth", "-c", config, "--out", config.parent / "out")
    assert r.code == 2, r
    assert "env.yaml" in r.err and "prune_namespace" in r.err and "external" in r.err
    assert not (config.parent / "out").exists()


def test_the_gate_knows_a_namespace_owned_elsewhere(cli, write_env, tmp_path):
    # GIVEN a policy that admits the collector's own namespace, which is not rendered
    text = MINIMAL + """namespace_owner: external
authorization_policies:
  - name: from-own-namespace
    action: ALLOW
    selector: {match_labels: {app: otlp-collector}}
    rules:
      - from: [{namespaces: [otlp-system]}]
"""
    config = write_env("env.yaml", text)
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    # WHEN the gate reads the environment file beside the output
    r = cli("validate", "--out", out, "-c", config, "-o", "json")
    # THEN the namespace exists for it: no "matches no Namespace" (OI1505)
    assert "OI1505" not in [f["code"] for f in json.loads(r.out)["findings"]], r.out
    # (without the environment file the gate cannot know it: the finding the file prevents)
    empty = tmp_path / "no-environment-files"
    empty.mkdir()
    alone = cli("validate", "--out", out, "-c", empty, "-o", "json")
    assert "OI1505" in [f["code"] for f in json.loads(alone.out)["findings"]], alone.out
