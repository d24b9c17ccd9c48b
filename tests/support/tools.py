"""Real tools the slower suites use, linked into bin/ by scripts/tools.sh (see the Makefile)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "bin"

# tool -> the make target that builds or installs it
MAKE_TARGET = {
    "prometheus": "bin/prometheus",
    "etcd": "bin/etcd",
    "kube-apiserver": "bin/kube-apiserver",
    "kubectl": "bin/kubectl",
    "otelcol": "bin/otelcol-0.115.0",  # the default release's, linked as bin/otelcol too
    "otelcol-0.115.0": "bin/otelcol-0.115.0",
    "otelcol-0.165.0": "bin/otelcol-0.165.0",
    "kustomize": "bin/kustomize",
    "flux": "bin/flux",
    "helm": "bin/helm",
    "kubeconform": "bin/kubeconform",
    "source-controller": "bin/source-controller",
    "kustomize-controller": "bin/kustomize-controller",
}


def tool(name: str) -> Path:
    """Path of bin/<name>. A missing tool fails the test (never a skip): it says what to run."""
    path = BIN / name
    if not (path.exists() and os.access(path, os.X_OK)):
        raise AssertionError(f"{name} is not installed in {BIN}: run `make {MAKE_TARGET.get(name, 'tools')}` "
                             f"(or `make test-cluster` / `make conformance`, which build what their tests need)")
    return path
