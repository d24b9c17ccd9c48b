"""data_plane: ambient - what the file may say in ambient mode, and where each authorization policy
is enforced there (config.ambient.enforcement, the facts the chart and other readers share)."""
from __future__ import annotations

import pytest

from otlp_istio.config.ambient import TargetRef, WAYPOINT, ZTUNNEL, enforcement
from otlp_istio.config.models import DataPlane, EnvironmentConfig, WaypointFor
from tests.conftest import MINIMAL

AMBIENT = MINIMAL + "data_plane: ambient\n"


def config(extra: str = "", base: str = AMBIENT) -> EnvironmentConfig:
    import yaml
    return EnvironmentConfig.model_validate(yaml.safe_load(base + extra))


def test_sidecar_is_the_default_and_the_waypoint_has_istioctls_defaults():
    c = config(base=MINIMAL)
    assert c.data_plane is DataPlane.SIDECAR
    assert enforcement(c) == []
    a = config()
    assert a.waypoint.name == "waypoint" and a.waypoint.for_ is None and a.waypoint.serves is WaypointFor.SERVICE


@pytest.mark.parametrize("extra, where, message", [
    ('istio_version: "1.23.2"\n', "data_plane", "ambient mode needs Istio 1.24 or later"),
    ("mtls: {mode: DISABLE}\n", "mtls.mode", "DISABLE has no effect in ambient mode"),
    ("peer_authentications: [{name: plain, mode: disable}]\n", "peer_authentications[0].mode",
     "DISABLE has no effect in ambient mode"),
    ("waypoint: {name: none}\n", "waypoint.name", "'none' is reserved"),
    ("waypoint: {name: otlp-collector}\n", "waypoint.name", "would take the collector Service's name"),
    ("canary: {baseline_version: v1, canary_version: v2, mode: flagger}\n"
     "destination_rules: [{host: otlp-collector, subsets: [{name: a, labels: {version: v1}},"
     " {name: b, labels: {version: v2}}]}]\n"
     "virtual_services: [{hosts: [otlp-collector], http: [{route: [{destination: {host: otlp-collector,"
     " subset: a, port: 4318}, weight: 100}, {destination: {host: otlp-collector, subset: b, port: 4318},"
     " weight: 0}]}]}]\n",
     "canary.mode", "Flagger's built-in Istio checks query"),
    ("waypoint: {for: workload}\nvirtual_services: [{hosts: [otlp-collector], http: [{route: [{destination:"
     " {host: otlp-collector, port: 4318}}]}]}]\n", "waypoint.for", "never sees traffic addressed to a Service"),
    ("authorization_policies: [{name: get-only, namespace: apps, rules: [{to: [{methods: [GET]}]}]}]\n",
     "authorization_policies[0].rules[0]", "enforced by ztunnel, which cannot see HTTP (methods)"),
    ("authorization_policies: [{name: audit, namespace: apps, action: AUDIT}]\n",
     "authorization_policies[0].action", "does not support AUDIT"),
])
def test_what_ambient_mode_refuses_names_the_field_and_the_reason(cli, write_env, tmp_path, extra, where, message):
    text = AMBIENT.replace('istio_version: "1.24.0"\n', "") if extra.startswith("istio_version") else AMBIENT
    path = write_env("env.yaml", text + extra)
    r = cli("synth", "-c", path, "--out", tmp_path / "out")
    assert r.code == 2, r
    assert message in r.err and where in r.err, r.err
    assert "env.yaml:" in r.err  # file and line
    assert not (tmp_path / "out").exists()


def test_a_waypoint_without_ambient_mode_is_refused(cli, write_env, tmp_path):
    r = cli("synth", "-c", write_env("env.yaml", MINIMAL + "waypoint: {name: wp}\n"), "--out", tmp_path / "out")
    assert r.code == 2 and "set data_plane: ambient" in r.err, r


def test_virtual_services_in_ambient_mode_render_with_a_warning(cli, write_env, tmp_path):
    extra = "virtual_services: [{hosts: [otlp-collector], http: [{route: [{destination: {host: otlp-collector, port: 4318}}]}]}]\n"
    r = cli("synth", "-c", write_env("env.yaml", AMBIENT + extra), "--out", tmp_path / "out")
    assert r.code == 0, r
    assert "Istio keeps at alpha there" in r.err


POLICIES = """\
authorization_policies:
  - name: collector-authz
    selector: {match_labels: {app: otlp-collector}}
    rules:
      - from: [{principals: [cluster.local/ns/default/sa/app1]}]
        to: [{methods: [POST], paths: [/v1/traces]}]
      - to: [{ports: ["8888"]}]
  - name: namespace-deny
    action: DENY
    rules:
      - from: [{namespaces: [untrusted]}]
      - to: [{paths: [/admin]}]
  - name: audit-all
    action: AUDIT
    rules: [{to: [{methods: [DELETE]}]}]
  - name: other-namespace
    namespace: apps
    rules: [{from: [{principals: [cluster.local/ns/apps/sa/x]}]}]
"""


def test_each_policy_is_placed_where_it_can_be_enforced():
    placed = {(p.name, p.proxy): p for p in enforcement(config(POLICIES))}
    assert set(placed) == {("collector-authz", WAYPOINT), ("collector-authz-ztunnel", ZTUNNEL),
                           ("namespace-deny", WAYPOINT), ("namespace-deny-ztunnel", ZTUNNEL),
                           ("audit-all", WAYPOINT), ("other-namespace", ZTUNNEL)}
    # the waypoint gets every rule, attached to the collector Service (or to itself when namespace-wide)
    assert placed["collector-authz", WAYPOINT].rules == (0, 1)
    assert placed["collector-authz", WAYPOINT].target == TargetRef("Service", "otlp-collector")
    assert placed["namespace-deny", WAYPOINT].target == TargetRef("Gateway", "waypoint")
    # ztunnel: the L4 rules only; an ALLOW admits the waypoint, whose identity ztunnel sees
    assert placed["collector-authz-ztunnel", ZTUNNEL].rules == (1,)
    assert placed["collector-authz-ztunnel", ZTUNNEL].allow_waypoint
    assert placed["namespace-deny-ztunnel", ZTUNNEL].rules == (0,)
    assert not placed["namespace-deny-ztunnel", ZTUNNEL].allow_waypoint
    assert placed["other-namespace", ZTUNNEL].namespace == "apps"


def test_a_workload_waypoint_takes_policies_on_the_gateway():
    c = config("waypoint: {for: workload}\n" + POLICIES)
    placed = {(p.name, p.proxy): p for p in enforcement(c)}
    assert placed["collector-authz", WAYPOINT].target == TargetRef("Gateway", "waypoint")
