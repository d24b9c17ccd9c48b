"""doctor tracing: provider, endpoint, sampling, and the provider's presence in the mesh config."""
from __future__ import annotations

import json

import pytest

from otlp_istio.doctor import sources, tracing
from otlp_istio.doctor.result import Status

from .manifests import write

TELEMETRY = """\
apiVersion: telemetry.istio.io/v1
kind: Telemetry
metadata: {{name: mesh-default, namespace: istio-system}}
spec:
  tracing:
  - providers: [{{name: {provider}}}]
    randomSamplingPercentage: {pct}
    customTags:
      env: {{literal: {{value: prod}}}}
      tenant: {{header: {{name: x-tenant-id, defaultValue: none}}}}
"""

MESH = """\
apiVersion: v1
kind: ConfigMap
metadata: {{name: istio, namespace: istio-system}}
data:
  mesh: |
    enableTracing: true
    extensionProviders:
    - name: {name}
      zipkin: {{service: {service}, port: {port}, path: /api/v2/spans}}
"""

COLLECTOR = """\
apiVersion: v1
kind: Service
metadata: {name: otel, namespace: obs}
spec:
  selector: {app: otel}
  ports: [{name: zipkin, port: 9411}, {name: otlp-http, port: 4318}]
"""


def run(tmp_path, *docs):
    [m] = sources.from_paths([write(tmp_path, *docs)])
    return tracing.check(m)


def test_given_provider_defined_and_fqdn_service_then_ok_with_endpoint_and_sampling(tmp_path):
    r = run(tmp_path, TELEMETRY.format(provider="zipkin", pct=2.5),
            MESH.format(name="zipkin", service="otel.obs.svc.cluster.local", port=9411), COLLECTOR)
    assert r.status is Status.OK, r
    assert r.data["enabled"] is True
    assert r.data["sampling_percentage"] == 2.5
    assert r.data["provider"]["url"] == "http://otel.obs.svc.cluster.local:9411/api/v2/spans"
    assert "sampling 2.5 %" in r.summary
    assert r.data["rules"][0]["custom_tags"] == {"env": "literal 'prod'", "tenant": "header x-tenant-id (default 'none')"}
    assert any("Service obs/otel" in d for d in r.details)


def test_given_telemetry_provider_missing_from_mesh_config_then_fail_with_next_step(tmp_path):
    r = run(tmp_path, TELEMETRY.format(provider="otel", pct=1),
            MESH.format(name="zipkin", service="otel.obs.svc.cluster.local", port=9411))
    assert r.status is Status.FAIL
    assert any("provider 'otel'" in d and "its tracing providers: zipkin" in d for d in r.details)
    assert r.next and "provider_name" in r.next[0]


def test_given_provider_port_not_on_the_service_then_fail(tmp_path):
    r = run(tmp_path, TELEMETRY.format(provider="zipkin", pct=1),
            MESH.format(name="zipkin", service="otel.obs.svc.cluster.local", port=9999), COLLECTOR)
    assert r.status is Status.FAIL
    assert any("port 9999 is not a port of Service obs/otel" in d for d in r.details)


def test_given_zero_sampling_then_warn(tmp_path):
    r = run(tmp_path, TELEMETRY.format(provider="zipkin", pct=0),
            MESH.format(name="zipkin", service="otel.obs.svc.cluster.local", port=9411), COLLECTOR)
    assert r.status is Status.WARN
    assert any("sampling is 0 %" in d for d in r.details)


@pytest.mark.parametrize("service,meant", [("jaeger", "jaeger.<namespace>.svc.cluster.local"),
                                           ("jaeger.observability", "jaeger.observability.svc.cluster.local")])
def test_given_provider_service_that_is_not_a_full_host_then_fail(tmp_path, service, meant):
    r = run(tmp_path, TELEMETRY.format(provider="zipkin", pct=1), MESH.format(name="zipkin", service=service, port=9411))
    assert r.status is Status.FAIL
    assert any("could not find cluster for tracing provider" in d for d in r.details)
    assert f"http://{meant}:9411/api/v2/spans" in r.next[0]


def test_given_no_mesh_config_then_warn_about_external_provider(tmp_path):
    r = run(tmp_path, TELEMETRY.format(provider="zipkin", pct=1))
    assert r.status is Status.WARN
    assert "meshConfig.extensionProviders" in r.next[0]


def test_given_no_telemetry_then_tracing_off(tmp_path):
    r = run(tmp_path, COLLECTOR)
    assert r.status is Status.WARN and r.data["enabled"] is False
    assert "tracing is off" in r.summary


def test_cli_on_rendered_environment_json(cli, write_env):
    from tests.conftest import MINIMAL
    config = write_env("dev.yaml", MINIMAL + "tracing: {sampling_rate: 0.05, zipkin_endpoint: "
                       "'http://otlp-collector.otlp-system.svc.cluster.local:9411/api/v2/spans'}\n")
    res = cli("doctor", "tracing", "--config-dir", config, "-o", "json")
    assert res.code == 0, res
    [check] = json.loads(res.out)["checks"]
    assert check["id"] == "tracing" and check["status"] == "ok" and check["env"] == "dev"
    assert check["data"]["sampling_percentage"] == 5
    assert check["data"]["provider"]["service"] == "otlp-collector.otlp-system.svc.cluster.local"


def test_conflicting_telemetries_are_the_analyzers_findings_here_too(tmp_path):
    second = TELEMETRY.format(provider="zipkin", pct=50).replace("mesh-default", "other")
    r = run(tmp_path, TELEMETRY.format(provider="zipkin", pct=1), second,
            MESH.format(name="zipkin", service="otel.obs.svc.cluster.local", port=9411), COLLECTOR)
    assert r.status is Status.FAIL
    assert {f.code for f in r.findings} == {"OI1504"}
    assert any("conflicting Telemetry" in n for n in r.next)
