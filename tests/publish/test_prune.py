"""`retire --dry-run`, `diff` and `publish` say plainly what the cluster loses.

A removed file is deleted from the cluster by Flux, unless the object says
``kustomize.toolkit.fluxcd.io/prune: disabled`` (kept) or its Kustomization has ``prune: false``
(left, unmanaged). A deleted Namespace takes everything in it: it is named first, and so.
The end-to-end cases run the real commands against real repositories.
"""
from __future__ import annotations

import json

import pytest
import yaml

from otlp_istio.publish.prune import Fate, fate, kustomization_prunes

from .conftest import git

KUSTOMIZATION = b"""apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: otlp-istio-dev
  namespace: flux-system
spec:
  path: ./otlp-istio/dev/mesh
  prune: %s
"""


def obj(kind: str = "Deployment", metadata: str = "") -> bytes:
    return f"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: x\n{metadata}".encode()


@pytest.mark.parametrize("metadata, expected", [
    ("", Fate.DELETED),
    ("  annotations:\n    kustomize.toolkit.fluxcd.io/prune: disabled\n", Fate.KEPT),
    ("  labels:\n    kustomize.toolkit.fluxcd.io/prune: Disabled\n", Fate.KEPT),  # a label too, any case
    ("  annotations:\n    kustomize.toolkit.fluxcd.io/prune: enabled\n", Fate.DELETED),
    ("  annotations:\n    kustomize.toolkit.fluxcd.io/ssa: Merge\n", Fate.DELETED),
])
def test_the_prune_annotation_decides(metadata, expected):
    assert fate("otlp-istio/dev/mesh/x.yaml", obj(metadata=metadata), {}) is expected


def test_a_kustomization_without_prune_leaves_its_objects():
    prunes = kustomization_prunes([KUSTOMIZATION % b"false", obj()])
    assert prunes == {"otlp-istio/dev/mesh": False}
    assert fate("otlp-istio/dev/mesh/x.yaml", obj(), prunes) is Fate.ORPHANED
    # a file outside its path is another Kustomization's (bootstrap's prunes)
    assert fate("clusters/dev/otlp-istio/x.yaml", obj(), prunes) is Fate.DELETED
    # the longest path wins
    both = {"otlp-istio/dev": True, **prunes}
    assert fate("otlp-istio/dev/mesh/x.yaml", obj(), both) is Fate.ORPHANED
    assert fate("otlp-istio/dev/base/x.yaml", obj(), both) is Fate.DELETED


# ---------------------------------------------------------------- the commands


@pytest.fixture
def published(cli, config, state, tmp_path):
    """The project's environments, published into a bare repository."""
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)
    assert r.code == 0, r
    return repo


def test_retire_dry_run_says_what_the_cluster_loses_and_keeps(cli, config, published):
    r = cli("retire", "staging", "-c", config, "--repo", published, "--dry-run")
    assert r.code == 0, r
    lines = r.out.splitlines()
    block = lines[lines.index("Once Flux applies this, the cluster:"):]
    assert "  loses Deployment otlp-system/otlp-collector-v2" in block
    assert "  loses Kustomization flux-system/otlp-istio-staging" in block
    assert "  keeps Namespace otlp-system (kustomize.toolkit.fluxcd.io/prune: disabled)" in block
    assert not [ln for ln in block if ln.startswith("  loses Namespace")]

    js = cli("retire", "staging", "-c", config, "--repo", published, "--dry-run", "-o", "json")
    data = json.loads(js.out)
    assert data["cluster"]["kept"] == ["Namespace otlp-system"]
    assert "Deployment otlp-system/otlp-collector-v2" in data["cluster"]["deleted"]
    assert data["cluster"]["orphaned"] == []
    (ns,) = [res for e in data["environments"] for res in e["resources"] if res["kind"] == "Namespace"]
    assert ns["action"] == "removed" and ns["cluster"] == "kept"
    # nothing was pushed
    assert git("rev-list", "--count", "main", cwd=published) == "1"


def test_a_namespace_flux_would_delete_is_named_with_everything_in_it(cli, config, state, tmp_path):
    # GIVEN an environment that lets Flux prune its Namespace, published
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    dev = config / "dev.yaml"
    dev.write_text(dev.read_text() + "prune_namespace: true\n")
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", repo).code == 0
    # WHEN retiring it (dry run)
    r = cli("retire", "dev", "-c", config, "--repo", repo, "--dry-run")
    # THEN the Namespace comes first, with what it takes along
    lines = r.out.splitlines()
    head = lines.index("Once Flux applies this, the cluster:")
    assert lines[head + 1] == ("  loses Namespace otlp-system (and everything in it, also what other teams and "
                               "tools run there)")


def test_diff_lists_what_a_change_deletes(cli, config, published):
    # GIVEN the base's AuthorizationPolicy removed
    base = yaml.safe_load((config / "_base.yaml").read_text())
    base.pop("authorization_policies")
    (config / "_base.yaml").write_text(yaml.safe_dump(base, sort_keys=False))
    r = cli("diff", "-c", config, "--repo", published, "-e", "staging")
    assert r.code == 1, r
    assert "  loses AuthorizationPolicy otlp-system/otlp-collector-authz" in r.out.splitlines()
    md = cli("diff", "-c", config, "--repo", published, "-e", "staging", "-o", "markdown")
    assert "**Once Flux applies this, the cluster:**" in md.out
    assert "- loses `AuthorizationPolicy otlp-system/otlp-collector-authz`" in md.out


def test_a_change_that_removes_nothing_says_so(cli, config, published):
    prod = config / "prod.yaml"
    prod.write_text(prod.read_text().replace("sampling_rate: 0.1", "sampling_rate: 0.2"))
    r = cli("diff", "-c", config, "--repo", published, "-e", "prod")
    assert r.code == 1, r
    assert "Once Flux applies this, the cluster loses nothing: no object leaves the repository." in r.out
    md = cli("diff", "-c", config, "--repo", published, "-e", "prod", "-o", "markdown")
    assert "**The cluster loses nothing**" in md.out


def test_a_kustomization_without_prune_leaves_what_it_applied(cli, config, state, tmp_path):
    repo = tmp_path / "env.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(repo))
    base = config / "_base.yaml"
    base.write_text(base.read_text().replace("  layout: flux ", "  prune: false\n  layout: flux "))
    assert cli("publish", "-c", config, "--out", tmp_path / "dist", "-e", "dev", "--repo", repo).code == 0
    js = json.loads(cli("retire", "dev", "-c", config, "--repo", repo, "--dry-run", "-o", "json").out)
    # the workload stays on the cluster, unmanaged; our Kustomizations go (bootstrap's prunes them)
    assert "Deployment otlp-system/otlp-collector-v1" in js["cluster"]["orphaned"]
    assert "Kustomization flux-system/otlp-istio-dev" in js["cluster"]["deleted"]
    assert js["cluster"]["kept"] == ["Namespace otlp-system"]
