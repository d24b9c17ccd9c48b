"""`init` scaffolds a repository Flux applies end to end, and says what the cluster must provide.

GIVEN a project made by `otlp-istio init` (real process) and an environment repository as
`flux bootstrap --path=clusters/dev` leaves it, WHEN the scaffold is published as is, THEN
every folder of manifests publish wrote is the path of a Kustomization that bootstrap's
Kustomization applies (and, with the real flux CLI, a recursive build from bootstrap's
Kustomization reaches the collector's objects).
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import CLI, run_process
from tests.publish.conftest import bootstrap_files, commit_files, git
from tests.support.tools import tool


@pytest.fixture
def published(tmp_path) -> tuple[Path, Path]:
    """(a clone of the environment repository after `init` then `publish`, the project)."""
    init = subprocess.run([str(CLI), "init", str(tmp_path / "platform")], capture_output=True, text=True)
    assert init.returncode == 0, init.stderr
    project = tmp_path / "platform"
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    commit_files(repo, bootstrap_files("dev"), tmp_path / "bootstrap", "Add Flux sync manifests")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTLP_ISTIO_")}
    env["OTLP_ISTIO_STATE_DIR"] = str(tmp_path / "state")
    r = run_process("publish", "--repo", repo, cwd=project, env=env)
    assert r.code == 0, r
    work = tmp_path / "work"
    git("clone", "--quiet", str(repo), str(work))
    return work, project


def _docs(folder: Path) -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted(folder.glob("*.yaml")) if p.name != "kustomization.yaml"]


def test_every_published_folder_is_applied_by_a_kustomization_bootstrap_applies(published):
    work, _ = published
    # bootstrap's Kustomization applies clusters/dev: our Kustomizations must be there
    applied_by_bootstrap = _docs(work / "clusters" / "dev" / "otlp-istio")
    kustomizations = [d for d in applied_by_bootstrap if d["kind"] == "Kustomization"
                      and d["apiVersion"].startswith("kustomize.toolkit.fluxcd.io/")]
    assert kustomizations, "init's scaffold published no Flux Kustomization: nothing applies its folders"
    paths = {d["spec"]["path"].removeprefix("./") for d in kustomizations}
    assert all(d["spec"]["sourceRef"] == {"kind": "GitRepository", "name": "flux-system"} for d in kustomizations)
    # every folder holding manifests is some Kustomization's path (or bootstrap's own)
    folders = {str(p.parent.relative_to(work)) for p in work.rglob("*.yaml")
               if p.name != "kustomization.yaml" and ".git" not in p.parts and ".otlp-istio" not in p.parts}
    orphans = {f for f in folders if f not in paths and not f.startswith("clusters/dev")}
    assert not orphans, f"folders no Kustomization applies: {sorted(orphans)}"
    assert "otlp-istio/dev/base" in paths and "otlp-istio/dev/mesh" in paths


def test_init_says_what_the_cluster_must_provide(tmp_path):
    r = run_process("init", tmp_path / "p")
    assert r.code == 0, r
    lines = r.out.splitlines()
    start = lines.index("the cluster must provide, before Flux applies dev:")
    needs = "\n".join(lines[start:])
    assert "Istio 1.22 (istiod, its CRDs and the sidecar injector)" in needs
    assert ("istiod installed by a Flux HelmRelease in istio-system whose spec.valuesFrom reads the ConfigMap "
            "otlp-istio-mesh-values") in needs
    assert "flux bootstrap git --url=<repository> --path=clusters/dev" in needs
    assert "ServiceMonitor CRD" in needs


def test_doctor_tracing_offline_names_the_helm_values_requirement(tmp_path):
    assert run_process("init", tmp_path / "p").code == 0
    r = run_process("doctor", "tracing", "-c", "environments", "-e", "dev", cwd=tmp_path / "p")
    assert r.code == 0, r
    assert ("     next: the cluster must provide istiod installed by a Flux HelmRelease in istio-system whose "
            "spec.valuesFrom reads the ConfigMap otlp-istio-mesh-values") in r.out


@pytest.mark.conformance  # the flux CLI: make conformance
def test_flux_builds_the_scaffold_from_bootstraps_kustomization_down(published):
    work, _ = published
    out = subprocess.run([str(tool("flux")), "build", "kustomization", "flux-system", "--path", "./clusters/dev",
                          "--kustomization-file", "./clusters/dev/flux-system/gotk-sync.yaml", "--dry-run",
                          "--recursive", "--local-sources", "GitRepository/flux-system/flux-system=."],
                         cwd=work, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    built = {(d["kind"], d["metadata"]["name"]) for d in yaml.safe_load_all(out.stdout) if d}
    assert {("Deployment", "otlp-collector-v1"), ("Service", "otlp-collector"), ("Namespace", "otlp-system"),
            ("Telemetry", "mesh-default"), ("ConfigMap", "otlp-istio-mesh-values")} <= built
