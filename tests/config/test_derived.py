"""The tracing provider's ``service`` follows MeshConfig (``[<namespace>/]<FQDN>``), and the
collector's Zipkin receiver is switched on only for the collector's own Service."""
from __future__ import annotations

import pytest
import yaml

from otlp_istio.hosts import dns_service, namespace_of
from tests.conftest import MINIMAL


def _run(cli, write_env, tmp_path, tracing: str):
    config = write_env("env.yaml", MINIMAL + tracing)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    docs = {p.name: yaml.safe_load(p.read_text()) for p in (tmp_path / "out" / "env").glob("*.yaml")}
    return docs, r.err


def _provider(docs) -> dict:
    # the default mesh-config form: values for istiod's HelmRelease (meshConfig.*)
    mesh = yaml.safe_load(docs["configmap-otlp-istio-mesh-values.yaml"]["data"]["values.yaml"])["meshConfig"]
    return mesh["extensionProviders"][0]


@pytest.mark.parametrize("tracing, service", [
    ("tracing: {zipkin_endpoint: 'http://jaeger:9411', endpoint_namespace: observability}\n",
     "jaeger.observability.svc.cluster.local"),
    ("tracing: {zipkin_endpoint: 'http://jaeger.obs:9411'}\n", "jaeger.obs.svc.cluster.local"),
    ("tracing: {zipkin_endpoint: 'http://jaeger.obs.svc:9411'}\n", "jaeger.obs.svc.cluster.local"),
    ("tracing: {zipkin_endpoint: 'http://jaeger.obs.svc.cluster.local:9411'}\n", "jaeger.obs.svc.cluster.local"),
    ("tracing: {zipkin_endpoint: 'http://jaeger.obs:9411', endpoint_namespace: obs}\n",
     "jaeger.obs.svc.cluster.local"),
    ("tracing: {zipkin_endpoint: 'https://zipkin.example.com/api/v2/spans'}\n", "zipkin.example.com"),
    ("tracing: {zipkin_endpoint: 'https://zipkin.example.com/api/v2/spans', endpoint_namespace: tracing}\n",
     "tracing/zipkin.example.com"),
])
def test_provider_service_is_fully_qualified_without_assumption(cli, write_env, tmp_path, tracing, service):
    docs, err = _run(cli, write_env, tmp_path, tracing)
    assert _provider(docs)["zipkin"]["service"] == service
    assert "warning" not in err.lower()  # nothing was assumed


def test_short_host_assumes_the_environment_namespace_and_warns(cli, write_env, tmp_path):
    docs, err = _run(cli, write_env, tmp_path, "tracing:\n  zipkin_endpoint: http://jaeger:9411\n")
    assert _provider(docs) == {"name": "zipkin", "zipkin": {"service": "jaeger.otlp-system.svc.cluster.local",
                                                            "port": 9411}}
    assert "env.yaml:5: Warning OI0301 tracing.zipkin_endpoint: the host 'jaeger' is a short name; " \
        "assumed its Service is in namespace 'otlp-system'" in err
    assert "set tracing.endpoint_namespace" in err


@pytest.mark.parametrize("endpoint, port, path", [
    ("https://zipkin.example.com/api/v2/spans", 443, "/api/v2/spans"),
    ("http://zipkin.example.com", 80, None),
    ("http://zipkin.example.com:9411/custom/spans", 9411, "/custom/spans"),
])
def test_provider_port_defaults_to_the_schemes(cli, write_env, tmp_path, endpoint, port, path):
    docs, _ = _run(cli, write_env, tmp_path, f"tracing: {{zipkin_endpoint: '{endpoint}'}}\n")
    zipkin = _provider(docs)["zipkin"]
    assert zipkin["port"] == port and zipkin.get("path") == path


def test_opentelemetry_provider_is_qualified_too(cli, write_env, tmp_path):
    docs, _ = _run(cli, write_env, tmp_path,
                   "tracing: {provider: opentelemetry, zipkin_endpoint: 'http://otel:4317', endpoint_namespace: obs}\n")
    assert _provider(docs)["opentelemetry"] == {"service": "otel.obs.svc.cluster.local", "port": 4317}


def test_a_namespace_that_contradicts_the_host_is_refused(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "tracing:\n  zipkin_endpoint: http://jaeger.obs:9411\n"
                                            "  endpoint_namespace: other\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "env.yaml:6: tracing.endpoint_namespace: 'other' contradicts the namespace 'obs' of the " \
        "zipkin_endpoint host 'jaeger.obs'; give the namespace in one place" in r.err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("endpoint, extra, receiver", [
    ("http://otlp-collector:9411", "", True),
    ("http://otlp-collector.otlp-system:9411", "", True),
    ("http://otlp-collector.otlp-system.svc.cluster.local:9411/api/v2/spans", "", True),
    ("http://otlp-collector.other-team:9411", "", False),  # same first label, another namespace's Service
    ("http://otlp-collector:9411", ", endpoint_namespace: other-team", False),
    ("http://otlp-collector-proxy:9411", "", False),
])
def test_zipkin_receiver_only_for_the_collectors_own_service(cli, write_env, tmp_path, endpoint, extra, receiver):
    docs, _ = _run(cli, write_env, tmp_path, f"tracing: {{zipkin_endpoint: '{endpoint}'{extra}}}\n")
    ports = [p["name"] for p in docs["service-otlp-collector.yaml"]["spec"]["ports"]]
    assert ("zipkin" in ports) is receiver
    collector = yaml.safe_load(docs["configmap-otlp-collector-config.yaml"]["data"]["config.yaml"])
    assert ("zipkin" in collector["receivers"]) is receiver


def test_the_receivers_port_and_config_when_on(cli, write_env, tmp_path):
    docs, _ = _run(cli, write_env, tmp_path, "tracing: {zipkin_endpoint: 'http://otlp-collector:9411'}\n")
    assert docs["service-otlp-collector.yaml"]["spec"]["ports"][-1] == {
        "name": "zipkin", "port": 9411, "targetPort": 9411, "protocol": "TCP", "appProtocol": "http"}


@pytest.mark.parametrize("tracing", [
    "{enabled: false, zipkin_endpoint: 'http://otlp-collector:9411'}",
    "{provider: opentelemetry, zipkin_endpoint: 'http://otlp-collector:9411'}",
])
def test_no_zipkin_receiver_when_tracing_is_off_or_not_zipkin(cli, write_env, tmp_path, tracing):
    docs, _ = _run(cli, write_env, tmp_path, f"tracing: {tracing}\n")
    assert [p["name"] for p in docs["service-otlp-collector.yaml"]["spec"]["ports"]] == [
        "otlp-grpc", "otlp-http", "metrics"]


def test_zipkin_receiver_switch_given_explicitly_wins(cli, write_env, tmp_path):
    docs, _ = _run(cli, write_env, tmp_path, "tracing: {enabled: false}\ncollector: {zipkin_receiver: true}\n")
    assert [p["name"] for p in docs["service-otlp-collector.yaml"]["spec"]["ports"]][-1] == "zipkin"


def test_dns_service_rules():
    assert dns_service("jaeger", None, "ns") == ("jaeger.ns.svc.cluster.local", "ns")
    assert dns_service("jaeger", "obs", "ns") == ("jaeger.obs.svc.cluster.local", None)
    assert dns_service("jaeger.obs", None, "ns") == ("jaeger.obs.svc.cluster.local", None)
    assert dns_service("jaeger.obs.svc", None, "ns") == ("jaeger.obs.svc.cluster.local", None)
    assert dns_service("a.b.c", None, "ns") == ("a.b.c", None)
    assert dns_service("a.b.c", "obs", "ns") == ("obs/a.b.c", None)
    assert dns_service("jaeger.obs.svc.cluster.local", "obs", "ns") == ("jaeger.obs.svc.cluster.local", None)
    assert [namespace_of(h) for h in ("a", "a.b", "a.b.svc", "a.b.svc.cluster.local", "a.b.c", "*.b",
                                      "a.b.svc.example.org")] == [None, "b", "b", "b", None, None, None]
