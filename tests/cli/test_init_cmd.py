"""`otlp-istio init`: a scaffold that synthesizes, validates and publishes as is, and never overwrites."""
from __future__ import annotations

import json
import subprocess

import yaml


def git(*args, cwd=None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_scaffold_synthesizes_validates_and_publishes_as_is(cli, tmp_path, monkeypatch):
    project = tmp_path / "platform"
    r = cli("init", project)
    assert r.code == 0, r
    env_dir = project / "environments"
    assert sorted(p.name for p in env_dir.iterdir()) == ["_base.yaml", "dev.yaml", "environment.schema.json"]
    for name in ("_base.yaml", "dev.yaml"):
        assert (env_dir / name).read_text().startswith("# yaml-language-server: $schema=./environment.schema.json\n")
    assert json.loads((env_dir / "environment.schema.json").read_text()) == json.loads(cli("schema").out)
    assert {"/dist/", "/.dist.otlp-istio.lock", "/.otlp-istio/"} <= set((project / ".gitignore").read_text().splitlines())

    monkeypatch.chdir(project)
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "scaffold")
    bare = tmp_path / "env-repo.git"
    git("init", "-q", "--bare", str(bare))
    assert cli("synth").code == 0
    r = cli("validate", "--failure-threshold", "info")
    assert r.code == 0 and r.out.startswith("validate: passed: 0 errors, 0 warnings, 0 info, 0 suppressed"), r
    r = cli("publish", "--repo", bare, "--require-clean")
    assert r.code == 0, r
    files = git("ls-tree", "-r", "--name-only", "main", cwd=bare).split()
    assert "otlp-istio/dev/base/deployment-otlp-collector-v1.yaml" in files  # the flux layout's workload folder
    config = yaml.safe_load(git("show", "main:otlp-istio/dev/base/configmap-otlp-collector-config.yaml", cwd=bare))
    pipelines = yaml.safe_load(config["data"]["config.yaml"])["service"]["pipelines"]
    assert pipelines["traces"]["receivers"] == ["otlp", "zipkin"]  # Envoy -> collector
    # the newest collector release otlp-istio supports
    deploy = yaml.safe_load(git("show", "main:otlp-istio/dev/base/deployment-otlp-collector-v1.yaml", cwd=bare))
    assert deploy["spec"]["template"]["spec"]["containers"][0]["image"] == "otel/opentelemetry-collector-contrib:0.165.0"
    assert git("status", "--porcelain") == ""  # dist/, its lock file and .otlp-istio/ are ignored


def test_init_never_overwrites_and_writes_nothing_when_a_file_exists(cli, tmp_path):
    project = tmp_path / "p"
    (project / "environments").mkdir(parents=True)
    (project / "environments" / "dev.yaml").write_text("mine\n")
    (project / ".gitignore").write_text("node_modules")
    r = cli("init", project)
    assert r.code == 2
    assert f"{project / 'environments' / 'dev.yaml'}: exists already" in r.err
    assert sorted(p.name for p in (project / "environments").iterdir()) == ["dev.yaml"]
    assert (project / ".gitignore").read_text() == "node_modules"

    r = cli("init", project, "--env", "staging")
    assert r.code == 0, r
    assert (project / "environments" / "dev.yaml").read_text() == "mine\n"
    assert "extends: _base.yaml" in (project / "environments" / "staging.yaml").read_text()
    lines = (project / ".gitignore").read_text().splitlines()
    assert lines[0] == "node_modules" and lines.count("/dist/") == 1
    (project / "environments" / "staging.yaml").unlink()
    (project / "environments" / "_base.yaml").unlink()
    (project / "environments" / "environment.schema.json").unlink()
    assert cli("init", project, "--env", "staging").code == 0
    assert (project / ".gitignore").read_text().splitlines().count("/dist/") == 1  # not added twice


def test_bad_options_are_usage_errors(cli, tmp_path):
    r = cli("init", tmp_path / "x", "--env", "Prod_EU")
    assert r.code == 2
    assert "--env Prod_EU: an environment name is a DNS label" in r.err
    assert not (tmp_path / "x").exists()
    r = cli("init", tmp_path / "x", "--ci", "jenkins")
    assert r.code == 2
    assert "'jenkins' is not one of" in r.err and "github" in r.err and "gitlab" in r.err
    assert not (tmp_path / "x").exists()
    r = cli("init", "--print-ci", "github")
    assert r.code == 0 and yaml.safe_load(r.out)["name"] == "otlp-istio"


def test_a_write_that_fails_leaves_nothing_half_written(cli, tmp_path):
    project = tmp_path / "p"
    (project / ".github").mkdir(parents=True)
    (project / ".github" / "workflows").write_text("a file where the folder must go\n")
    r = cli("init", project, "--ci", "github")
    assert r.code == 2, r
    assert "cannot write the scaffold" in r.err and "Traceback" not in r.err
    assert sorted(p.name for p in (project / "environments").iterdir()) == []
    assert not (project / ".gitignore").exists()
