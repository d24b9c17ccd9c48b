"""Shared test helpers: project paths and running the real CLI in-process or as a process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = ROOT / "environments"
CLI = ROOT / ".venv" / "bin" / "otlp-istio"

# The package lives under constructs/ (a source root) and imports/ at the top.
for p in (str(ROOT), str(ROOT / "constructs")):
    if p not in sys.path:
        sys.path.insert(0 if p.endswith("constructs") else len(sys.path), p)


class Result:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def __repr__(self):
        return f"Result(code={self.code}, out={self.out[:400]!r}, err={self.err[:400]!r})"


@pytest.fixture
def cli(capsys):
    """Run `otlp-istio ARGS` in-process (fast); returns Result(code, out, err)."""
    from otlp_istio.cli import main

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_process(*args: str, env: dict | None = None, cwd: Path | None = None) -> Result:
    """Run the installed console script as a real process."""
    proc = subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd or ROOT)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def write_env(tmp_path):
    """Write environment files into a fresh config dir; returns the dir."""
    config = tmp_path / "environments"
    config.mkdir()

    def write(name: str, text: str) -> Path:
        path = config / name
        path.write_text(text)
        return config

    return write


MINIMAL = """\
istio_version: "1.24.0"
collector_service: otlp-collector
namespace: otlp-system
"""


@pytest.fixture(scope="session")
def kube_apiserver(tmp_path_factory):
    """One real kube-apiserver (with etcd) for the session, the CRDs of ../shared/crds installed.

    Tests that use it are marked ``live`` and run in ``make test-cluster``.
    """
    from tests.support.apiserver import KubeApiServer, shared_crd_files

    with KubeApiServer(tmp_path_factory.mktemp("cluster")) as api:
        api.install_crds(shared_crd_files())
        yield api
