"""collector.release: the collector release an environment's rendered config is written for.

GIVEN an environment file that declares a release (or none: the default, 0.115.0)
WHEN it is synthesized
THEN the config names the components as that release does, the image is that release's, and
what the release does not have (a Zipkin exporter in 0.165.0) is refused with the way out.
"""
from __future__ import annotations

import pytest

from otlp_istio.config.collector_version import DEFAULT_RELEASE, NEWEST_RELEASE, RELEASES, component_type
from tests.charts.test_collector_config import render
from tests.config.test_collector import synth_error

OTLP_EXPORTERS = """\
collector:
  release: "{release}"
  exporters:
    tempo: {{type: otlp, endpoint: "tempo.observability:4317", tls: {{insecure: true}}, signals: [traces]}}
    otlp: {{type: otlp, endpoint: "in-mesh.observability:4317", tls: {{insecure: true}}, signals: [metrics]}}
    otlphttp: {{type: otlphttp, endpoint: "https://otlp.example.com"}}
    cloud: {{type: otlphttp, endpoint: "https://cloud.example.com", signals: [logs]}}
    prom: {{type: prometheusremotewrite, endpoint: "https://prometheus.monitoring:9090/api/v1/write"}}
    log: {{type: debug}}
"""


def test_the_supported_releases_are_the_default_and_the_newest():
    assert DEFAULT_RELEASE == "0.115.0"
    assert NEWEST_RELEASE == "0.165.0"
    assert set(RELEASES) == {"0.115.0", "0.165.0"}


def test_the_exporters_have_lower_snake_case_names_in_0_165():
    assert [component_type(t, "0.115.0") for t in ("otlp", "otlphttp", "zipkin", "debug")] == [
        "otlp", "otlphttp", "zipkin", "debug"]
    assert [component_type(t, "0.165.0") for t in ("otlp", "otlphttp", "prometheusremotewrite", "debug")] == [
        "otlp_grpc", "otlp_http", "prometheus_remote_write", "debug"]


def test_release_0_165_0_renders_its_component_names_in_exporters_and_pipelines(cli, write_env, tmp_path):
    config, deploy = render(cli, write_env, tmp_path, OTLP_EXPORTERS.format(release="0.165.0"))
    assert sorted(config["exporters"]) == ["debug/log", "otlp_grpc", "otlp_grpc/tempo", "otlp_http",
                                           "otlp_http/cloud", "prometheus_remote_write/prom"]
    pipelines = config["service"]["pipelines"]
    assert pipelines["traces"]["exporters"] == ["debug/log", "otlp_grpc/tempo", "otlp_http"]
    assert pipelines["metrics"]["exporters"] == ["debug/log", "otlp_grpc", "otlp_http", "prometheus_remote_write/prom"]
    assert pipelines["logs"]["exporters"] == ["debug/log", "otlp_http", "otlp_http/cloud"]
    assert config["receivers"] == {"otlp": {"protocols": {"grpc": {"endpoint": "0.0.0.0:4317"},
                                                          "http": {"endpoint": "0.0.0.0:4318"}}}}
    assert deploy["spec"]["template"]["spec"]["containers"][0]["image"] == \
        "otel/opentelemetry-collector-contrib:0.165.0"


def test_release_0_115_0_written_out_renders_as_the_default(cli, write_env, tmp_path):
    declared = render(cli, write_env, tmp_path / "a", OTLP_EXPORTERS.format(release="0.115.0"))
    default = render(cli, write_env, tmp_path / "b", OTLP_EXPORTERS.format(release="x").replace('  release: "x"\n', ""))
    assert declared == default
    assert sorted(declared[0]["exporters"]) == ["debug/log", "otlp", "otlp/tempo", "otlphttp", "otlphttp/cloud",
                                                "prometheusremotewrite/prom"]
    assert declared[1]["spec"]["template"]["spec"]["containers"][0]["image"] == \
        "otel/opentelemetry-collector-contrib:0.115.0"


def test_an_image_written_out_is_kept_whatever_the_release(cli, write_env, tmp_path):
    text = OTLP_EXPORTERS.format(release="0.165.0").replace(
        "collector:\n", "collector:\n  image: registry.example.com/otelcol:1.2.3\n")
    _, deploy = render(cli, write_env, tmp_path, text)
    assert deploy["spec"]["template"]["spec"]["containers"][0]["image"] == "registry.example.com/otelcol:1.2.3"


def test_a_release_that_is_not_supported_is_refused_with_the_supported_ones(cli, write_env, tmp_path):
    err = synth_error(cli, write_env, tmp_path, "collector:\n  release: 0.120.0\n")
    assert "env.yaml:5: collector.release: Input should be '0.115.0' or '0.165.0' (got '0.120.0')" in err


def test_a_zipkin_exporter_is_refused_in_a_release_without_one_with_the_way_to_otlp(cli, write_env, tmp_path):
    err = synth_error(cli, write_env, tmp_path, (
        "collector:\n  release: 0.165.0\n  exporters:\n"
        "    jaeger:\n      type: zipkin\n      endpoint: http://jaeger-collector.observability:9411/api/v2/spans\n"))
    assert err.strip().endswith(
        "/env.yaml:8: collector.exporters.jaeger.type: collector.release 0.165.0 takes no Zipkin exporter "
        "(OpenTelemetry deprecated the Zipkin exporters in favour of OTLP, and the gate's collector of that release "
        "has none to check it with): send OTLP instead, `type: otlphttp` "
        "or `type: otlp` with the backend's OTLP endpoint (Jaeger, Tempo and Zipkin's OTLP collector accept it), "
        "or keep collector.release 0.115.0")


def test_the_zipkin_receiver_stays_in_every_release(cli, write_env, tmp_path):
    text = ("tracing:\n  zipkin_endpoint: http://otlp-collector.otlp-system.svc.cluster.local:9411/api/v2/spans\n"
            + OTLP_EXPORTERS.format(release="0.165.0"))
    config, _ = render(cli, write_env, tmp_path, text)
    assert config["receivers"]["zipkin"] == {"endpoint": "0.0.0.0:9411"}
    assert config["service"]["pipelines"]["traces"]["receivers"] == ["otlp", "zipkin"]


@pytest.mark.parametrize("release", sorted(RELEASES))
def test_the_flows_follow_the_exporters_and_receivers_in_every_release(tmp_path, release):
    """The flow model reads the environment's exporter types and the rendered receivers, which
    every release names alike."""
    from tests.conftest import MINIMAL
    from tests.flows.examples import follow

    results, findings = follow(MINIMAL + "tracing: {enabled: false}\n" + OTLP_EXPORTERS.format(release=release),
                               tmp_path)
    flows = {r.flow.id: r for r in results}
    assert {"collector/export/tempo", "collector/export/otlp", "collector/export/otlphttp",
            "collector/export/cloud"} <= set(flows)
    assert {"apps/otlp-grpc/traces", "apps/otlp-grpc/metrics", "apps/otlp-grpc/logs"} <= set(flows)
    assert flows["collector/export/otlphttp"].flow.request.path == "/v1/traces"
