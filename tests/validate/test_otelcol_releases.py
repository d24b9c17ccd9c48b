"""The collector check per collector release: each config is checked by the collector of the
release its environment declares (``collector.release``).

GIVEN environments declaring 0.115.0 (the default) and 0.165.0
WHEN validate checks their rendered collector configs
THEN each goes to its own release's collector (the real ones, built by `scripts/tools.sh otelcol`,
in the tests marked `live`), and a missing one is said, per release, never silently.
"""
from __future__ import annotations

import httpx
import pytest
import yaml

from otlp_istio.config.collector_version import DEFAULT_RELEASE, NEWEST_RELEASE
from otlp_istio.validate import otelcol
from tests.charts.test_collector_config import EXPORTERS
from tests.conftest import MINIMAL
from tests.support.procs import Process, free_ports, wait_until
from tests.support.tools import tool

# every exporter type 0.165.0 has (no zipkin), with the Zipkin receiver fed by Envoy
EXPORTERS_0_165 = EXPORTERS.replace(
    "    jaeger:\n      type: zipkin\n      endpoint: http://jaeger-collector.observability:9411/api/v2/spans\n", ""
).replace("collector:\n  exporters:\n", "collector:\n  release: 0.165.0\n  exporters:\n")
assert "zipkin\n" not in EXPORTERS_0_165 and "release: 0.165.0" in EXPORTERS_0_165


def synth(cli, write_env, tmp_path, files: dict[str, str]):
    for name, text in files.items():
        config = write_env(name, text)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 0, r
    return config, out


def rendered_config(out, env: str) -> str:
    cm = yaml.safe_load((out / env / "configmap-otlp-collector-config.yaml").read_text())
    return cm["data"]["config.yaml"]


def test_a_config_of_an_unknown_environment_is_checked_with_the_release_whose_names_it_uses():
    assert otelcol.release_of_config({"exporters": {"otlp/tempo": {}, "debug": {}}, "service": {}}) == DEFAULT_RELEASE
    assert otelcol.release_of_config({"exporters": {"otlp_grpc/tempo": {}}, "service": {}}) == NEWEST_RELEASE
    assert otelcol.release_of_config({"exporters": {"prometheus_remote_write": {}}, "service": {}}) == NEWEST_RELEASE
    assert otelcol.release_of_config({"receivers": {}, "exporters": None, "service": {}}) == DEFAULT_RELEASE


def test_a_config_of_an_unknown_environment_is_parsed_once(tmp_path, monkeypatch):
    """What finds the collector configs parses each once, and its release is read from that parse."""
    from otlp_istio.yamlio import load_documents
    path = tmp_path / "cm.yaml"
    path.write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: otel, namespace: obs}\n"
                    "data:\n  config.yaml: |\n    receivers: {otlp: {}}\n    exporters: {otlp_grpc/tempo: {}}\n"
                    "    service: {}\n")
    documents = load_documents(path)
    parsed = []
    monkeypatch.setattr(otelcol, "safe_load", lambda text: parsed.append(text) or yaml.safe_load(text))
    monkeypatch.setattr(otelcol, "find_otelcol", lambda release: None)  # the releases asked for, no run
    result = otelcol.check(documents)
    assert len(parsed) == 1 and not result.ran
    assert f"of collector.release {NEWEST_RELEASE} not checked" in result.note


def test_without_the_collector_of_a_release_validate_says_so_for_that_release(cli, write_env, tmp_path,
                                                                            monkeypatch):
    monkeypatch.delenv("OTLP_ISTIO_OTELCOL", raising=False)
    monkeypatch.delenv("OTLP_ISTIO_OTELCOL_0_165_0", raising=False)
    monkeypatch.setattr(otelcol, "PROJECT_ROOT", tmp_path)  # no bin/otelcol-* there
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    _, out = synth(cli, write_env, tmp_path, {"new.yaml": MINIMAL + EXPORTERS_0_165})
    r = cli("validate", "--out", out)
    assert r.code == 0, r
    notes = [line for line in r.err.splitlines() if "collector check did not run" in line]
    assert notes == ["validate: the collector check did not run (1 collector config(s) of collector.release 0.165.0 "
                     "not checked by the real collector): no collector 0.165.0 found; in a checkout, run "
                     "`scripts/tools.sh otelcol` (builds bin/otelcol-0.165.0 with the collector builder); otherwise "
                     "set $OTLP_ISTIO_OTELCOL_0_165_0 to a collector binary of release 0.165.0"]


def test_a_bad_collector_of_a_release_is_a_usage_error(cli, write_env, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL_0_165_0", str(tmp_path / "nope"))
    _, out = synth(cli, write_env, tmp_path, {"new.yaml": MINIMAL + EXPORTERS_0_165})
    r = cli("validate", "--out", out)
    assert r.code == 2
    assert f"$OTLP_ISTIO_OTELCOL_0_165_0={tmp_path / 'nope'} is not an executable file" in r.err


# ---------------------------------------------------------------- with the real collectors

@pytest.fixture
def real_collectors(monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL", str(tool("otelcol-0.115.0")))
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL_0_165_0", str(tool("otelcol-0.165.0")))


@pytest.mark.live
def test_each_release_passes_its_own_collector_and_would_fail_the_other(cli, write_env, tmp_path, real_collectors):
    config, out = synth(cli, write_env, tmp_path, {"old.yaml": MINIMAL + EXPORTERS,
                                                   "new.yaml": MINIMAL + EXPORTERS_0_165})
    r = cli("validate", "--out", out)
    assert r.code == 0, r
    assert " OI04" not in r.out, r.out
    assert "collector check did not run" not in r.err
    assert ", collector;" in r.out
    # the other release's collector would not take them: the check did pick each release's own
    for env, other in (("new", "otelcol-0.115.0"), ("old", "otelcol-0.165.0")):
        found = otelcol.check(_documents(out / env), binary=str(tool(other)))
        if env == "new":  # 0.115.0 knows no otlp_grpc / otlp_http / prometheus_remote_write
            assert [f.code for f in found.findings] == ["OI0402"], found.findings
            assert "(valid values: debug, otlp, otlphttp, prometheusremotewrite, zipkin)" in found.findings[0].message
        else:  # 0.165.0 has no zipkin exporter
            assert [f.code for f in found.findings] == ["OI0402"], found.findings
            assert "does not know exporter zipkin" in found.findings[0].message


def _documents(folder):
    from otlp_istio.yamlio import load_documents

    return [doc for path in sorted(folder.glob("*.yaml")) for doc in load_documents(path)]


@pytest.mark.live
@pytest.mark.parametrize("release", [DEFAULT_RELEASE, NEWEST_RELEASE])
def test_the_rendered_config_starts_the_real_collector_of_its_release_without_deprecation_warnings(
        cli, write_env, tmp_path, release):
    """The collector runs the rendered config (its listeners moved to free local ports): every
    component starts, and none is named by a deprecated alias."""
    text = MINIMAL + (EXPORTERS if release == DEFAULT_RELEASE else EXPORTERS_0_165)
    _, out = synth(cli, write_env, tmp_path, {"env.yaml": text})
    config = yaml.safe_load(rendered_config(out, "env"))
    grpc, http, zipkin, health, metrics = free_ports(5)
    config["receivers"]["otlp"]["protocols"] = {"grpc": {"endpoint": f"127.0.0.1:{grpc}"},
                                                "http": {"endpoint": f"127.0.0.1:{http}"}}
    config["receivers"]["zipkin"]["endpoint"] = f"127.0.0.1:{zipkin}"
    config["extensions"]["health_check"]["endpoint"] = f"127.0.0.1:{health}"
    config["service"]["telemetry"]["metrics"]["readers"][0]["pull"]["exporter"]["prometheus"].update(
        host="127.0.0.1", port=metrics)
    for body in config["exporters"].values():  # the Secrets' files are not mounted here
        tls = body.get("tls", {})
        if tls.get("ca_file", "").startswith("/etc/otelcol/"):
            tls.pop("cert_file"), tls.pop("key_file")
            tls["ca_file"] = "/etc/ssl/certs/ca-certificates.crt"
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    log = tmp_path / "otelcol.log"
    env_vars = {"OTEL_EXPORTER_TEMPO_AUTHORIZATION": "Bearer x", "OTEL_EXPORTER_CLOUD_API_KEY": "x"}
    with Process([tool(f"otelcol-{release}"), f"--config=file:{path}"], log, env=env_vars) as proc:
        wait_until(lambda: (proc.assert_alive(f"otelcol {release}"),
                            httpx.get(f"http://127.0.0.1:{health}/", timeout=1).status_code == 200)[1],
                   60, f"the {release} collector's health check", log=log)
    text = log.read_text()
    assert "Everything is ready" in text, text[-2000:]
    assert "deprecated" not in text.lower(), [line for line in text.splitlines() if "deprecated" in line.lower()]


@pytest.mark.live
@pytest.mark.parametrize("release, valid", [
    (DEFAULT_RELEASE, "(valid values: debug, otlp, otlphttp, prometheusremotewrite, zipkin)"),
    (NEWEST_RELEASE, "(valid values: debug, otlp, otlp_grpc, otlp_http, otlphttp, prometheus_remote_write, "
                     "prometheusremotewrite)"),
])
def test_a_component_the_check_collector_of_a_release_lacks_is_a_warning(cli, write_env, tmp_path, real_collectors,
                                                                        release, valid):
    """Each release words its decoding errors its own way; both are read as unknown components."""
    collector_config = {"receivers": {"otlp": {"protocols": {"grpc": {}}}}, "exporters": {"kafka": {}},
                        "processors": {"transform": {}},
                        "service": {"pipelines": {"traces": {"receivers": ["otlp"], "processors": ["transform"],
                                                             "exporters": ["kafka"]}}}}
    _, out = synth(cli, write_env, tmp_path, {"env.yaml": MINIMAL + yaml.safe_dump(
        {"collector": {"release": release, "config": collector_config}})})
    r = cli("validate", "--out", out)
    assert r.code == 0, r
    (line,) = [line for line in r.out.splitlines() if " OI0402 " in line]
    name = "" if release == DEFAULT_RELEASE else f" {release}"
    assert f"Warning OI0402 collector.config: the check collector{name} does not know exporter kafka, " \
           "processor transform: a typo, or a component" in line
    assert valid in line
