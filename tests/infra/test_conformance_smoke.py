"""The real flux CLI builds a rendered environment's Kustomization offline (dry run)."""
from __future__ import annotations

import subprocess

import pytest

from tests.conftest import ENVIRONMENTS
from tests.support.tools import tool

pytestmark = pytest.mark.conformance


def test_flux_build_kustomization_dry_run_on_dev(tmp_path, cli):
    out = tmp_path / "dist"
    assert cli("synth", "--config-dir", ENVIRONMENTS, "--out", out, "--env", "dev").code == 0
    kustomization = out / "dev" / "kustomization-otlp-istio-dev.yaml"
    assert kustomization.exists()
    proc = subprocess.run([str(tool("flux")), "build", "kustomization", "otlp-istio-dev", "--path", str(out / "dev"),
                           "--kustomization-file", str(kustomization), "--dry-run"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "kind: VirtualService" in proc.stdout and "name: otlp-collector" in proc.stdout
