"""canary.mode flagger: the collector DestinationRule's traffic policy reaches the pods.

Flagger's VirtualService routes the collector's traffic to the hosts ``<target>-primary`` and
``<target>-canary``, whose DestinationRules Flagger generates with the Canary's
``spec.service.trafficPolicy`` as their whole traffic policy (pkg/router/istio.go,
``reconcileDestinationRule``). So the Canary must carry what the collector's DestinationRule
carries, after the same ``traffic_management`` switches.
"""
from __future__ import annotations

import pytest
import yaml

from .conftest import edit_env
from .test_flagger import flagger

POLICY = {
    "load_balancer": {"consistent_hash": {"http_header_name": "x-tenant-id"}},
    "connection_pool": {"http": {"http1_max_pending_requests": 1024, "http2_max_requests": 512,
                                 "max_requests_per_connection": 100}},
    "outlier_detection": {"consecutive_errors": 7, "interval": "10s", "base_ejection_time": "30s",
                          "max_ejection_percent": 50},
    "tls": {"mode": "ISTIO_MUTUAL"},
}
RENDERED = {
    "loadBalancer": {"consistentHash": {"httpHeaderName": "x-tenant-id"}},
    "connectionPool": {"http": {"http1MaxPendingRequests": 1024, "http2MaxRequests": 512,
                                "maxRequestsPerConnection": 100}},
    "outlierDetection": {"consecutive5xxErrors": 7, "interval": "10s", "baseEjectionTime": "30s",
                         "maxEjectionPercent": 50},
    "tls": {"mode": "ISTIO_MUTUAL"},
}


def with_policy(policy: dict, switches: dict | None = None):
    def update(d):
        flagger(d)
        d["destination_rules"][0]["traffic_policy"] = policy
        if switches is not None:
            d["traffic_management"] = switches
    return update


def synth(cli, config_dir, tmp_path, update) -> tuple[dict | None, dict | None]:
    """(the Canary's service.trafficPolicy, the collector DestinationRule's trafficPolicy)."""
    edit_env(config_dir, "staging", update)
    r = cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist")
    assert r.code == 0, r
    out = tmp_path / "dist" / "staging"
    canary = yaml.safe_load((out / "canary-otlp-collector.yaml").read_text())
    rule = yaml.safe_load((out / "destinationrule-otlp-collector.yaml").read_text())
    assert rule["spec"]["host"] == "otlp-collector.otlp-system.svc.cluster.local"  # still rendered, unchanged host
    return canary["spec"]["service"].get("trafficPolicy"), rule["spec"].get("trafficPolicy")


def test_every_part_of_the_policy_reaches_the_canary_and_passes_the_gate(cli, config_dir, tmp_path):
    canary, rule = synth(cli, config_dir, tmp_path, with_policy(POLICY))
    assert canary == RENDERED
    assert rule == RENDERED
    # the Flagger CRD's schema and CEL rules, the Istio CRD's, and the analyzer
    v = cli("validate", "--out", tmp_path / "dist", "-e", "staging")
    assert v.code == 0, v
    assert "passed: 0 errors, 0 warnings, 0 info, 0 suppressed" in v.out, v.out


@pytest.mark.parametrize("written, simple", [
    ("round_robin", "ROUND_ROBIN"), ("random", "RANDOM"), ("least_request", "LEAST_REQUEST"),
    ({"least_request": {"choice_count": 2}}, "LEAST_REQUEST"), ("passthrough", "PASSTHROUGH"),
])
def test_each_simple_load_balancer(cli, config_dir, tmp_path, written, simple):
    canary, rule = synth(cli, config_dir, tmp_path, with_policy({"load_balancer": written}))
    assert canary == rule == {"loadBalancer": {"simple": simple}}
    v = cli("validate", "--out", tmp_path / "dist", "-e", "staging")
    assert v.code == 0, v


def without(*keys: str) -> dict:
    return {k: v for k, v in RENDERED.items() if k not in keys}


@pytest.mark.parametrize("switches, expected", [
    ({"enable_load_balancing": False}, without("loadBalancer")),
    ({"enable_circuit_breaker": False}, without("connectionPool", "outlierDetection")),
    ({"enable_load_balancing": False, "enable_circuit_breaker": False}, without("loadBalancer", "connectionPool",
                                                                                 "outlierDetection")),
])
def test_a_switch_that_is_off_leaves_its_parts_out_of_both(cli, config_dir, tmp_path, switches, expected):
    canary, rule = synth(cli, config_dir, tmp_path, with_policy(POLICY, switches))
    assert canary == rule == expected


def test_no_part_left_means_no_traffic_policy(cli, config_dir, tmp_path):
    policy = {k: v for k, v in POLICY.items() if k != "tls"}
    # with the circuit breaker off, connection_pool.tcp renders nowhere: not refused
    policy["connection_pool"] = {"tcp": {"max_connections": 10}}
    switches = {"enable_load_balancing": False, "enable_circuit_breaker": False}
    assert synth(cli, config_dir, tmp_path, with_policy(policy, switches)) == (None, None)


def test_a_tcp_connection_pool_is_refused_with_its_line(cli, config_dir, tmp_path):
    """Flagger's Canary schema has no connectionPool.tcp: the API server would drop the limits
    without a word, so the environment file is refused instead."""
    policy = {**POLICY, "connection_pool": {"tcp": {"max_connections": 100, "connect_timeout": "10s"},
                                            "http": {"http2_max_requests": 512}}}
    edit_env(config_dir, "staging", with_policy(policy))
    path = config_dir / "staging.yaml"
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if text.strip() == "tcp:")
    r = cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist")
    assert r.code == 2, r
    assert f"staging.yaml:{line}: destination_rules[0].traffic_policy.connection_pool.tcp: " in r.err, r.err
    assert "otlp-collector-v1-primary and otlp-collector-v1-canary" in r.err
    assert "Flagger's Canary has no connectionPool.tcp" in r.err
    assert not (tmp_path / "dist").exists()


def test_git_mode_keeps_tcp_and_renders_no_canary(cli, config_dir, tmp_path):
    """The seed's staging (git mode) as it is: its tcp limits stay on the DestinationRule."""
    r = cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist")
    assert r.code == 0, r
    out = tmp_path / "dist" / "staging"
    rule = yaml.safe_load((out / "destinationrule-otlp-collector.yaml").read_text())
    assert rule["spec"]["trafficPolicy"]["connectionPool"]["tcp"] == {"maxConnections": 100, "connectTimeout": "10s"}
    assert not (out / "canary-otlp-collector.yaml").exists()
