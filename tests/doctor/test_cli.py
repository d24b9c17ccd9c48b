"""otlp-istio doctor without a subcommand: every offline check, one report, exit codes."""
from __future__ import annotations

import json

from tests.conftest import MINIMAL


FQDN = "tracing: {zipkin_endpoint: 'http://zipkin.istio-system.svc.cluster.local:9411/api/v2/spans'}\n"


def test_doctor_runs_every_offline_check_per_environment(cli, write_env):
    config = write_env("dev.yaml", MINIMAL + FQDN)
    write_env("prod.yaml", MINIMAL + FQDN + "mtls: {mode: STRICT}\n")
    res = cli("doctor", "--config-dir", config, "-o", "json")
    assert res.code == 0, res
    report = json.loads(res.out)
    assert [(c["id"], c["env"]) for c in report["checks"]] == [
        ("tracing", "dev"), ("mtls", "dev"), ("routes", "dev"), ("flows", "dev"),
        ("tracing", "prod"), ("mtls", "prod"), ("routes", "prod"), ("flows", "prod")]
    assert all({"id", "status", "summary", "next", "data", "findings"} <= set(c) for c in report["checks"])
    assert report["status"] in ("ok", "warn")
    assert {s["id"] for s in report["skipped"]} == {"envoy", "certs", "metrics", "span", "drift"}


def test_the_default_zipkin_endpoint_renders_a_host_istiod_finds(cli, write_env):
    # the compiler qualifies tracing.zipkin_endpoint's host (zipkin.istio-system -> ...svc.cluster.local)
    res = cli("doctor", "tracing", "--config-dir", write_env("dev.yaml", MINIMAL), "-o", "json")
    assert res.code == 0, res
    [c] = json.loads(res.out)["checks"]
    assert c["data"]["provider"]["service"] == "zipkin.istio-system.svc.cluster.local"


def test_doctor_exit_1_when_a_check_fails(cli, tmp_path):
    (tmp_path / "m.yaml").write_text("""\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: shop}
spec:
  hosts: [api]
  http: [{route: [{destination: {host: nowhere}}]}]
""")
    res = cli("doctor", "routes", tmp_path / "m.yaml")
    assert res.code == 1, res
    assert "FAIL routes" in res.out and "OI1101" in res.out and "next:" in res.out
    assert res.out.rstrip().endswith("0 ok")


def test_doctor_exit_2_on_bad_input(cli, tmp_path, write_env, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = cli("doctor", "--out", tmp_path / "nothing")
    assert res.code == 2 and "no such folder" in res.err
    config = write_env("dev.yaml", MINIMAL + "mtls: {mode: SOMETIMES}\n")
    res = cli("doctor", "mtls", "--config-dir", config)
    assert res.code == 2 and "dev.yaml:4: mtls.mode" in res.err and "Traceback" not in res.err
    res = cli("doctor", "tracing", tmp_path / "missing.yaml")
    assert res.code == 2 and "no such file" in res.err
    write_env("prod.yaml", MINIMAL)
    write_env("dev.yaml", MINIMAL)
    res = cli("doctor", "--config-dir", config, "--cluster")
    assert res.code == 2 and "name it with --env E (environments here: dev, prod)" in res.err


def test_doctor_with_a_dump_and_a_span_adds_those_checks(cli, write_env, tmp_path):
    from .receiver import Receiver
    from .test_envoy import FIXTURE
    with Receiver() as rx:
        config = write_env("dev.yaml", MINIMAL + f"tracing: {{zipkin_endpoint: '{rx.url('/api/v2/spans')}'}}\n")
        res = cli("doctor", "--config-dir", config, "--config-dump", FIXTURE, "--span", "-o", "json")
        assert len(rx.received) == 1
    report = json.loads(res.out)
    ids = [c["id"] for c in report["checks"]]
    assert ids == ["tracing", "mtls", "routes", "flows", "envoy", "span"]
    assert {s["id"] for s in report["skipped"]} == {"certs", "metrics", "drift"}  # the fixture's secrets are placeholders
    assert res.code == 1  # the fixture's rejected listener fails the envoy check


def test_without_dist_doctor_reads_the_environment_files(cli, tmp_path, monkeypatch):
    (tmp_path / "environments").mkdir()
    (tmp_path / "environments" / "dev.yaml").write_text(MINIMAL + FQDN)
    (tmp_path / "dist").mkdir()  # as in a fresh clone: dist/.gitkeep only
    (tmp_path / "dist" / ".gitkeep").write_text("")
    monkeypatch.chdir(tmp_path)
    res = cli("doctor", "-o", "json")
    assert res.code == 0, res
    assert "nothing rendered in dist/; reading environments/" in res.err
    assert {c["env"] for c in json.loads(res.out)["checks"]} == {"dev"}


def test_the_installed_command_keeps_the_exit_code(tmp_path):
    from tests.conftest import run_process
    from .test_envoy import FIXTURE
    res = run_process("doctor", "envoy", "--config-dump", FIXTURE, "-o", "json")
    assert res.code == 1 and json.loads(res.out)["status"] == "fail"
