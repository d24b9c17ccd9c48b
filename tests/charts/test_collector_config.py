"""The rendered collector: exporters in the config, wired into pipelines, secrets only by reference."""
from __future__ import annotations

import yaml

from tests.conftest import MINIMAL

EXPORTERS = """\
tracing:
  # the mesh pattern: Envoy -> the collector's Zipkin receiver -> the exporters
  zipkin_endpoint: http://otlp-collector.otlp-system.svc.cluster.local:9411/api/v2/spans
collector:
  exporters:
    tempo:
      type: otlp
      endpoint: tempo-distributor.observability:4317
      tls: {secret: tempo-client-tls, server_name: tempo.internal}
      headers:
        x-scope-orgid: platform
        authorization: {secret: tempo-auth, key: header}
    cloud:
      type: otlphttp
      endpoint: https://otlp.example.com
      headers: {api-key: {secret: cloud-auth, key: api-key}}
      signals: [logs, metrics]
      compression: zstd
    jaeger:
      type: zipkin
      endpoint: http://jaeger-collector.observability:9411/api/v2/spans
    prom:
      type: prometheusremotewrite
      endpoint: https://prometheus.monitoring:9090/api/v1/write
      tls: {ca_file: /etc/ssl/certs/ca-certificates.crt}
    otlp:
      type: otlp
      endpoint: in-mesh-backend.observability:4317
      tls: {insecure: true}
      signals: [traces]
"""


def render(cli, write_env, tmp_path, text: str) -> tuple[dict, dict]:
    config = write_env("env.yaml", MINIMAL + text)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 0, r
    cm = yaml.safe_load((out / "env" / "configmap-otlp-collector-config.yaml").read_text())
    deploy = yaml.safe_load((out / "env" / "deployment-otlp-collector-v1.yaml").read_text())
    r = cli("validate", "--out", out)  # the real kubeconform, CEL rules and analyzer
    assert r.code == 0, r
    return yaml.safe_load(cm["data"]["config.yaml"]), deploy


def test_exporters_render_with_secrets_by_reference_and_wired_into_pipelines(cli, write_env, tmp_path):
    config, deploy = render(cli, write_env, tmp_path, EXPORTERS)
    assert config["exporters"] == {
        "otlp/tempo": {"endpoint": "tempo-distributor.observability:4317",
                       "tls": {"ca_file": "/etc/otelcol/tls/tempo/ca.crt", "cert_file": "/etc/otelcol/tls/tempo/tls.crt",
                               "key_file": "/etc/otelcol/tls/tempo/tls.key", "server_name_override": "tempo.internal"},
                       "headers": {"x-scope-orgid": "platform",
                                   "authorization": "${env:OTEL_EXPORTER_TEMPO_AUTHORIZATION}"}},
        "otlphttp/cloud": {"endpoint": "https://otlp.example.com", "compression": "zstd",
                           "headers": {"api-key": "${env:OTEL_EXPORTER_CLOUD_API_KEY}"}},
        "zipkin/jaeger": {"endpoint": "http://jaeger-collector.observability:9411/api/v2/spans"},
        "prometheusremotewrite/prom": {"endpoint": "https://prometheus.monitoring:9090/api/v1/write",
                                       "tls": {"ca_file": "/etc/ssl/certs/ca-certificates.crt"}},
        "otlp": {"endpoint": "in-mesh-backend.observability:4317", "tls": {"insecure": True}},
    }
    pipelines = config["service"]["pipelines"]
    assert pipelines["traces"] == {"receivers": ["otlp", "zipkin"], "processors": ["memory_limiter", "batch"],
                                   "exporters": ["otlp", "otlp/tempo", "zipkin/jaeger"]}
    assert pipelines["metrics"]["exporters"] == ["otlp/tempo", "otlphttp/cloud", "prometheusremotewrite/prom"]
    assert pipelines["logs"]["exporters"] == ["otlp/tempo", "otlphttp/cloud"]

    pod = deploy["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["env"] == [
        {"name": "OTEL_EXPORTER_CLOUD_API_KEY", "valueFrom": {"secretKeyRef": {"name": "cloud-auth", "key": "api-key"}}},
        {"name": "OTEL_EXPORTER_TEMPO_AUTHORIZATION",
         "valueFrom": {"secretKeyRef": {"name": "tempo-auth", "key": "header"}}},
    ]
    assert {"name": "tls-tempo", "mountPath": "/etc/otelcol/tls/tempo", "readOnly": True} in container["volumeMounts"]
    assert {"name": "tls-tempo", "secret": {"secretName": "tempo-client-tls"}} in pod["volumes"]


def test_signals_without_an_exporter_get_no_pipeline(cli, write_env, tmp_path):
    config, _ = render(cli, write_env, tmp_path, """\
collector:
  exporters:
    prom: {type: prometheusremotewrite, endpoint: 'http://prometheus.monitoring:9090/api/v1/write'}
""")
    assert sorted(config["service"]["pipelines"]) == ["metrics"]
    assert sorted(config["receivers"]) == ["otlp"]


def test_without_exporters_everything_goes_to_debug_as_before(cli, write_env, tmp_path):
    config, deploy = render(cli, write_env, tmp_path, "")
    assert config["exporters"] == {"debug": {"verbosity": "basic"}}
    assert {p["exporters"][0] for p in config["service"]["pipelines"].values()} == {"debug"}
    assert "env" not in deploy["spec"]["template"]["spec"]["containers"][0]


def mesh_provider(out) -> dict:
    # the default mesh-config form: values for istiod's HelmRelease (meshConfig.*)
    values = yaml.safe_load((out / "env" / "configmap-otlp-istio-mesh-values.yaml").read_text())["data"]["values.yaml"]
    (provider,) = yaml.safe_load(values)["meshConfig"]["extensionProviders"]
    return provider


def test_the_mesh_sends_spans_to_the_backend_directly_or_through_the_collector(cli, write_env, tmp_path):
    exporters = "collector: {exporters: {tempo: {type: otlp, endpoint: 'tempo.observability:4317', tls: {insecure: true}}}}\n"
    forms = {
        "direct": ("tracing: {zipkin_endpoint: 'http://jaeger-collector.observability:9411/api/v2/spans'}\n",
                   {"name": "zipkin", "zipkin": {"service": "jaeger-collector.observability", "port": 9411,
                                                 "path": "/api/v2/spans"}},
                   ["otlp"]),
        "zipkin-to-collector": (
            "tracing: {zipkin_endpoint: 'http://otlp-collector.otlp-system.svc.cluster.local:9411/api/v2/spans'}\n",
            {"name": "zipkin", "zipkin": {"service": "otlp-collector.otlp-system.svc.cluster.local", "port": 9411,
                                          "path": "/api/v2/spans"}},
            ["otlp", "zipkin"]),
        "otlp-to-collector": (
            "tracing: {provider: opentelemetry, zipkin_endpoint: 'http://otlp-collector.otlp-system.svc.cluster.local:4317'}\n",
            {"name": "opentelemetry", "opentelemetry": {"service": "otlp-collector.otlp-system.svc.cluster.local",
                                                        "port": 4317}},
            ["otlp"]),
    }
    for form, (tracing, provider, receivers) in forms.items():
        out = tmp_path / form
        config, _ = render(cli, write_env, out, tracing + exporters)
        got = mesh_provider(out / "out")
        # how the host is qualified (name.namespace -> FQDN) is the tracing code's business, not this test's
        kind = next(k for k in got if k != "name")
        service = got[kind].pop("service")
        want_service = provider[kind].pop("service")
        assert service.startswith(want_service), form
        assert got == provider, form
        assert config["service"]["pipelines"]["traces"]["receivers"] == receivers, form
        assert config["service"]["pipelines"]["traces"]["exporters"] == ["otlp/tempo"], form
