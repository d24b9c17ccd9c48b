"""Installation without cloning: the built wheel, installed with pip into a fresh venv, works
there on its own (imports/, schemas/, the analyzer's examples and the scaffold inside it).

Marked `conformance` (`make conformance`): it builds the wheel and installs its pinned
dependencies from PyPI into a fresh venv, about a minute.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.tools import tool

# The first test of each worker installs the wheel's dependencies from PyPI: on a loaded
# machine that alone can pass the suite's default 300 s.
pytestmark = [pytest.mark.conformance, pytest.mark.timeout(900)]


def run(cmd, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert proc.returncode == 0, f"{cmd}: exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the built wheel (and its dependencies from PyPI) installed: its bin/."""
    tmp = tmp_path_factory.mktemp("wheel")
    # built from a copy: setuptools builds in the tree's build/, which two workers would share
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "bin", "build", "dist", "site", "*.egg-info", "__pycache__", ".otlp-istio",
        ".pytest_cache", "dist-examples"))
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp / "dist", source])
    wheels = list((tmp / "dist").glob("otlp_istio-*.whl"))
    assert len(wheels) == 1
    run([sys.executable, "-m", "venv", tmp / "venv"])
    # none of the caller's PYTHONPATH: a source tree on it (its egg-info) would count as installed
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    run([tmp / "venv" / "bin" / "python", "-m", "pip", "install", "-q", wheels[0]], env=env)
    return tmp / "venv" / "bin"


def clean_env(bin_dir: Path, path: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTLP_ISTIO_", "JSII_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, "PATH": f"{bin_dir}:{path}", **extra}


def test_the_installed_command_scaffolds_synthesizes_validates_and_explains(installed, tmp_path):
    project = tmp_path / "project"
    node_dir = Path(os.path.realpath(ROOT / "node_modules" / ".bin" / "node")).parent
    kubeconform = tool("kubeconform")
    env = clean_env(installed, f"{node_dir}:/usr/bin:/bin", OTLP_ISTIO_KUBECONFORM=str(kubeconform))
    run([installed / "otlp-istio", "init", project], env=env, cwd=tmp_path)
    out = run([installed / "otlp-istio", "synth"], env=env, cwd=project).stdout
    assert "dev: 11 files -> dist/dev/" in out  # with the two Flux Kustomizations of the base's flux section
    r = run([installed / "otlp-istio", "validate"], env=env, cwd=project)
    assert r.stdout.startswith("validate: passed: 0 errors"), r.stdout
    site = next((installed.parent / "lib").glob("python3*/site-packages"))
    assert (site / "otlp_istio" / "schemas" / "cel-rules.json").is_file()  # the wheel's own schemas were used
    assert not (site / "otlp_istio" / "schemas").is_relative_to(ROOT)
    r = run([installed / "otlp-istio", "explain", "OI1201"], env=env, cwd=tmp_path)
    assert "Fails:" in r.stdout and "Passes:" in r.stdout


def test_without_node_or_kubeconform_the_installed_command_says_what_is_missing(installed, tmp_path):
    bare_path = tmp_path / "bin"
    bare_path.mkdir()
    for name in ("git",):
        (bare_path / name).symlink_to(f"/usr/bin/{name}")
    env = clean_env(installed, str(bare_path))
    project = tmp_path / "p"
    run([installed / "otlp-istio", "init", project], env=env, cwd=tmp_path)
    # the command loads the generated classes structs only (no jsii): it needs no Node.js ...
    run([installed / "otlp-istio", "synth"], env=env, cwd=project)
    # ... but with them whole (jsii's type checks on), it does, and says so
    r = subprocess.run([installed / "otlp-istio", "synth"], capture_output=True, text=True,
                       env={**env, "OTLP_ISTIO_TYPECHECK": "1"}, cwd=project)
    assert r.returncode == 2, r
    assert r.stderr.startswith("Node.js not found: rendering loads the generated Istio classes through jsii")
    r = subprocess.run([installed / "otlp-istio", "validate"], capture_output=True, text=True, env=env, cwd=project)
    assert r.returncode == 2, r
    assert "kubeconform not found" in r.stderr and "go install github.com/yannh/kubeconform" in r.stderr


def test_the_wheel_carries_the_structs_caches_and_the_installed_command_uses_them(installed, tmp_path):
    """pip gives every file the time of the install: the caches built with the wheel are
    still taken (by size and hash), even where nothing may be written."""
    site = next((installed.parent / "lib").glob("python3*/site-packages"))
    assert list(site.glob("imports/io/istio/networking/__pycache__/__init__.*.opt-structs*.pyc"))
    assert (site / "imports" / "io" / "istio" / "networking" / "__pycache__" / "jsii-tables.json").is_file()
    probe = textwrap.dedent("""
        import sys
        from otlp_istio.generated import loader, tables
        compiled, parsed = [], []
        real_compile, real_parse = loader._compile, tables._parse
        loader._compile = lambda data, path: compiled.append(path) or real_compile(data, path)
        tables._parse = lambda bundles: parsed.append(bundles) or real_parse(bundles)
        loader.install()
        from otlp_istio.synth import render_environments
        rendered = render_environments(sys.argv[1])
        print(len(rendered), len(compiled), len(parsed))
    """)
    project = tmp_path / "p"
    env = clean_env(installed, "/usr/bin:/bin", PYTHONDONTWRITEBYTECODE="1")
    run([installed / "otlp-istio", "init", project], env=env, cwd=tmp_path)
    out = run([installed / "python", "-c", probe, project / "environments"], env=env, cwd=tmp_path).stdout
    assert out.split()[1:] == ["0", "0"], out
    assert int(out.split()[0]) >= 1
