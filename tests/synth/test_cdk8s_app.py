"""The fast path and the cdk8s path (generated L1 constructs in a real cdk8s Chart) agree
byte for byte, and the real `cdk8s synth` CLI writes the same dist/."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from otlp_istio.config import load_environments
from otlp_istio.synth import render_all
from otlp_istio.synth.cdk8s_app import render_with_cdk8s
from tests.conftest import ENVIRONMENTS, MINIMAL, ROOT

EVERYTHING = MINIMAL + """
tracing:
  sampling_rate: 0.25
  zipkin_endpoint: http://otlp-collector.otlp-system:9411/api/v2/spans
  custom_tags:
    a: {literal: {value: x}}
    b: {environment: {name: E, default_value: d}}
    c: {header: {name: h}}
mtls: {mode: STRICT}
virtual_services:
  - name: split
    hosts: [otlp-collector]
    http:
      - name: traces
        match_rules: [{uri: {prefix: /v1/traces}}, {uri: {exact: /v1/logs}}, {uri: {regex: "^/v1/m.*"}}]
        route:
          - {destination: {host: otlp-collector, subset: v1, port: 4318}, weight: 75}
          - {destination: {host: otlp-collector, subset: v2, port: 4318}, weight: 25}
        timeout: 1m30s
        retries: {attempts: 5, per_try_timeout: 250ms, retry_on: "5xx,reset,unavailable,503"}
destination_rules:
  - host: otlp-collector
    traffic_policy:
      load_balancer: round_robin
      tls: {mode: ISTIO_MUTUAL}
      connection_pool:
        tcp: {max_connections: 1, connect_timeout: 100ms}
        http: {http1_max_pending_requests: 1, http2_max_requests: 2, max_requests_per_connection: 0}
      outlier_detection: {consecutive_errors: 1, interval: 1s, base_ejection_time: 1h, max_ejection_percent: 100}
    subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]
  - host: other.apps.svc.cluster.local
    traffic_policy: {load_balancer: {least_request: {choice_count: 2}}}
  - host: hashed
    traffic_policy: {load_balancer: {consistent_hash: {http_header_name: x-id}}}
peer_authentications:
  - {name: scrape, mode: PERMISSIVE, selector: {match_labels: {app: otlp-collector}}}
authorization_policies:
  - name: audit
    action: AUDIT
    rules: [{from: [{principals: [a], namespaces: [b]}], to: [{methods: [GET], paths: [/x], ports: ["8080"]}]}]
access_logs: {providers: [envoy], filter: "response.code >= 500"}
"""


GATEWAY_API = MINIMAL.replace('"1.24.0"', '"1.30.0"') + """
routing: gateway-api
virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {exact: /opentelemetry.proto.collector.trace.v1.TraceService/Export}}]
        route: [{destination: {host: otlp-collector, subset: v2}}]
      - name: traces
        match_rules: [{uri: {prefix: /v1/traces}}, {uri: {regex: "/v1/t.*"}}]
        route:
          - {destination: {host: otlp-collector, subset: v1}, weight: 75}
          - {destination: {host: otlp-collector, subset: v2}, weight: 25}
        timeout: 1m30s
destination_rules:
  - host: otlp-collector
    traffic_policy: {load_balancer: round_robin}
    subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]
"""
GRPC_API = MINIMAL.replace('"1.24.0"', '"1.30.0"') + """
routing: gateway-api
virtual_services:
  - hosts: [otlp-collector]
    http:
      - match_rules: [{uri: {prefix: /opentelemetry.proto.collector.logs.v1.LogsService/}}]
        route: [{destination: {host: otlp-collector}}]
"""


def test_both_emitters_agree_on_every_environment(write_env):
    write_env("gateway-api.yaml", GATEWAY_API)
    write_env("grpc-api.yaml", GRPC_API)
    from tests.charts.test_gateway_routes import FLAGGER
    write_env("flagger-gateway-api.yaml", FLAGGER)
    config = write_env("everything.yaml", EVERYTHING)
    for d in (ENVIRONMENTS, config):
        envs = load_environments(d)
        fast, cdk = render_all(envs), render_with_cdk8s(envs)
        assert fast.keys() == cdk.keys()
        for env in fast:
            assert fast[env] == cdk[env], env


def test_cdk8s_cli_synth_writes_the_same_files(tmp_path, cli):
    """`cdk8s synth` (real CLI, cdk8s.yaml -> main.py) and `otlp-istio synth` give the same dist/."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("cdk8s.yaml", "main.py"):
        shutil.copy(ROOT / name, project / name)
    for name in ("constructs", "imports", "environments", ".venv", "node_modules"):
        (project / name).symlink_to(ROOT / name)
    env = {**os.environ, "JSII_NODE": str(ROOT / "node_modules/.bin/node")}
    proc = subprocess.run([str(ROOT / "node_modules/.bin/cdk8s"), "--no-check-upgrade", "synth"], cwd=project,
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert cli("synth", "-c", ENVIRONMENTS, "--out", tmp_path / "ours").code == 0
    theirs = {str(p.relative_to(project / "dist")): p.read_bytes()
              for p in (project / "dist").rglob("*.yaml")}
    ours = {str(p.relative_to(tmp_path / "ours")): p.read_bytes() for p in (tmp_path / "ours").rglob("*.yaml")}
    assert theirs == ours and len(ours) > 30
