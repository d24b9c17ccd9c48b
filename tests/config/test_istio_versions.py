"""istio_version decides the API versions rendered; versions outside 1.20-1.30 are refused."""
from __future__ import annotations

import pytest
import yaml

from tests.conftest import MINIMAL

ISTIO_KINDS = {"DestinationRule", "VirtualService", "PeerAuthentication", "AuthorizationPolicy", "Telemetry",
               "ServiceEntry"}

FULL = """\
collector_service: otlp-collector
namespace: otlp-system
tracing: {zipkin_endpoint: "http://jaeger.observability:9411/api/v2/spans"}
destination_rules:
  - host: otlp-collector
    subsets: [{name: stable, labels: {version: v1}}]
virtual_services:
  - hosts: [otlp-collector]
    http: [{route: [{destination: {host: otlp-collector, subset: stable, port: 4318}}]}]
authorization_policies:
  - {name: allow-all, action: ALLOW, rules: [{}]}
service_entries:
  - hosts: [api.example.com]
    ports: [{number: 443, name: https, protocol: HTTPS}]
access_logs: {providers: [envoy], filter: "response.code >= 400"}
"""


def render(cli, write_env, tmp_path, version: str, body: str = FULL) -> dict[str, dict]:
    config = write_env("env.yaml", f'istio_version: "{version}"\n' + body)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 0, r
    return {p.name: yaml.safe_load(p.read_text()) for p in (out / "env").glob("*.yaml")}


@pytest.mark.parametrize("version, networking, security, telemetry", [
    ("1.20.0", "v1beta1", "v1beta1", "v1alpha1"),
    ("1.21.4", "v1beta1", "v1beta1", "v1alpha1"),
    ("1.22.0", "v1", "v1", "v1"),
    ("1.30", "v1", "v1", "v1"),
])
def test_api_versions_follow_the_declared_release(cli, write_env, tmp_path, version, networking, security, telemetry):
    docs = render(cli, write_env, tmp_path, version)
    want = {"networking.istio.io": networking, "security.istio.io": security, "telemetry.istio.io": telemetry}
    seen = set()
    for doc in docs.values():
        group, _, served = doc["apiVersion"].rpartition("/")
        if group in want:
            assert served == want[group], (doc["kind"], doc["apiVersion"])
            seen.add(doc["kind"])
    assert seen == ISTIO_KINDS


def test_old_release_output_validates_against_that_versions_schemas(cli, write_env, tmp_path):
    render(cli, write_env, tmp_path, "1.20.0")
    r = cli("validate", "--out", tmp_path / "out", "-c", tmp_path / "environments")
    assert r.code == 0, r
    assert "0 errors" in r.out


def test_cdk8s_path_renders_the_same_api_versions(write_env, tmp_path):
    from otlp_istio.config.loader import load_environments
    from otlp_istio.synth import render_all
    from otlp_istio.synth.cdk8s_app import render_with_cdk8s
    config = write_env("env.yaml", 'istio_version: "1.21.0"\n' + FULL)
    envs = load_environments(config)
    assert render_with_cdk8s(envs) == render_all(envs)
    assert b"networking.istio.io/v1beta1" in render_all(envs)["env"]["virtualservice-otlp-collector.yaml"]


@pytest.mark.parametrize("version, message", [
    ("banana", "'banana' is not an Istio version; write MAJOR.MINOR.PATCH such as \"1.22.0\" (supported: Istio 1.20 to 1.30)"),
    ("1.19.3", "Istio 1.19 is not supported: otlp-istio renders for Istio 1.20 to 1.30"),
    ("1.31.0", "Istio 1.31 is not supported"),
])
def test_versions_outside_the_range_are_refused_clearly(cli, write_env, tmp_path, version, message):
    config = write_env("env.yaml", MINIMAL.replace('"1.24.0"', f'"{version}"'))
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2, r
    assert message in r.err
    assert "pattern" not in r.err and "^" not in r.err  # no raw regex
    assert not (tmp_path / "out").exists()


def test_zipkin_path_is_left_out_before_1_24(cli, write_env, tmp_path):
    def provider(version):
        docs = render(cli, write_env, tmp_path, version)
        values = docs["configmap-otlp-istio-mesh-values.yaml"]["data"]["values.yaml"]
        mesh = yaml.safe_load(values)["meshConfig"]
        return mesh["extensionProviders"][0]["zipkin"]
    assert provider("1.23.0") == {"service": "jaeger.observability.svc.cluster.local", "port": 9411}
    assert provider("1.24.0") == {"service": "jaeger.observability.svc.cluster.local", "port": 9411,
                                  "path": "/api/v2/spans"}


def test_a_custom_zipkin_path_on_an_old_release_warns(cli, write_env, tmp_path):
    body = FULL.replace("/api/v2/spans", "/custom/spans")
    config = write_env("env.yaml", 'istio_version: "1.22.0"\n' + body)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    assert "env.yaml:4: Warning OI0301 tracing.zipkin_endpoint: Istio 1.22 does not know the zipkin provider's `path`" in r.err


def test_otlp_http_tracing_before_1_22_is_refused(cli, write_env, tmp_path):
    body = FULL.replace('tracing: {zipkin_endpoint: "http://jaeger.observability:9411/api/v2/spans"}',
                        'tracing: {provider: opentelemetry, zipkin_endpoint: "http://collector.obs:4318/v1/traces"}')
    config = write_env("env.yaml", 'istio_version: "1.21.0"\n' + body)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2, r
    assert "Istio 1.21 exports OpenTelemetry spans over gRPC only" in r.err
    config = write_env("env.yaml", 'istio_version: "1.22.0"\n' + body)
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0


def test_validate_reports_the_left_out_field_as_a_warning(cli, write_env, tmp_path):
    body = FULL.replace("/api/v2/spans", "/custom/spans")
    config = write_env("env.yaml", 'istio_version: "1.23.0"\n' + body)
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0
    r = cli("validate", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    assert "env.yaml:4: Warning OI0301 tracing.zipkin_endpoint: Istio 1.23 does not know" in r.out
    assert cli("validate", "-c", config, "--out", tmp_path / "out", "--failure-threshold", "warning").code == 1
