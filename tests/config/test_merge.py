"""An environment file over its base: lists of named things merge by identity, `$patch` removes or
replaces a base's entry, and every change to the base's entries is said by synth and diff."""
from __future__ import annotations

import json

import pytest
import yaml

from otlp_istio.config.loader import load_environment
from otlp_istio.config.merge import Merge, summary
from otlp_istio.errors import ConfigError
from tests.conftest import MINIMAL

SHOP_BASE = MINIMAL + """\
external_services:
  - {name: checkout, namespace: shop, ports: [{name: http, port: 8080}], selector: {app: checkout}}
  - {name: payments, namespace: shop, ports: [{name: http, port: 8080}], selector: {app: payments}}
virtual_services:
  - name: checkout
    namespace: shop
    hosts: [checkout.shop.svc.cluster.local]
    http: [{route: [{destination: {host: checkout.shop.svc.cluster.local}}]}]
  - name: payments
    namespace: shop
    hosts: [payments.shop.svc.cluster.local]
    http: [{route: [{destination: {host: payments.shop.svc.cluster.local}}]}]
destination_rules:
  - host: otlp-collector
    traffic_policy:
      load_balancer: least_request
      outlier_detection: {consecutive_errors: 5, interval: 10s}
    subsets: [{name: v1, labels: {version: v1}}]
collector:
  exporters:
    tempo: {type: otlp, endpoint: "tempo.observability:4317", tls: {insecure: true}}
    debug: {type: debug}
"""
ADD_ROUTE = """\
extends: _base.yaml
virtual_services:
  - name: collector
    hosts: [otlp-collector.otlp-system.svc.cluster.local]
    http: [{route: [{destination: {host: otlp-collector, port: 4318}}]}]
"""


def merged(base: dict, own: dict) -> tuple[dict, list, list]:
    m = Merge("env.yaml", "_base.yaml", lambda path: None)
    data = m.run(base, own)
    return data, m.changes, m.problems


def synth(cli, write_env, tmp_path, env_text: str, base_text: str = SHOP_BASE, *extra):
    write_env("_base.yaml", base_text)
    config = write_env("dev.yaml", env_text)
    return cli("synth", "-c", config, "--out", tmp_path / "out", *extra), tmp_path / "out" / "dev"


# ------------------------------------------------------------------ merging by identity

def test_a_route_added_over_a_base_keeps_the_base_routes(cli, write_env, tmp_path):
    r, out = synth(cli, write_env, tmp_path, ADD_ROUTE)
    assert r.code == 0, r
    assert {p.name for p in out.glob("virtualservice-*")} == {
        "virtualservice-checkout.yaml", "virtualservice-payments.yaml", "virtualservice-collector.yaml"}
    assert "dev: over _base.yaml: added virtual_services collector\n" in r.out


def test_mappings_merge_and_plain_values_are_replaced():
    base = {"tracing": {"enabled": True, "sampling_rate": 0.1}, "x": {"y": 1}, "hosts": ["a"]}
    data, changes, problems = merged(base, {"tracing": {"enabled": False}, "x": 5, "hosts": ["b"]})
    assert data == {"tracing": {"enabled": False, "sampling_rate": 0.1}, "x": 5, "hosts": ["b"]}
    assert problems == [] and [c.describe() for c in changes] == ["replaced hosts"]
    assert base == {"tracing": {"enabled": True, "sampling_rate": 0.1}, "x": {"y": 1}, "hosts": ["a"]}


def test_an_entry_with_the_base_entry_key_merges_into_it_where_it_stands(tmp_path):
    (tmp_path / "_base.yaml").write_text(SHOP_BASE)
    (tmp_path / "dev.yaml").write_text("""\
extends: _base.yaml
destination_rules:
  - host: otlp-collector.otlp-system.svc.cluster.local   # the same name: otlp-collector
    traffic_policy: {outlier_detection: {consecutive_errors: 7}}
    subsets: [{name: v2, labels: {version: v2}}, {name: v1, labels: {version: v1, track: stable}}]
""")
    env = load_environment("dev", tmp_path / "dev.yaml")
    (dr,) = env.config.destination_rules
    assert dr.host == "otlp-collector.otlp-system.svc.cluster.local"
    assert [(s.name, s.labels) for s in dr.subsets] == [("v1", {"version": "v1", "track": "stable"}),
                                                        ("v2", {"version": "v2"})]
    assert dr.traffic_policy.load_balancer.simple == "least_request"  # kept from the base
    assert (dr.traffic_policy.outlier_detection.consecutive_errors, dr.traffic_policy.outlier_detection.interval) \
        == (7, "10s")
    assert summary(env.base_changes) == "over _base.yaml: changed destination_rules otlp-collector"


def test_an_entry_without_a_namespace_is_the_environments_and_matches_one_that_names_it(tmp_path):
    (tmp_path / "_base.yaml").write_text(MINIMAL + "authorization_policies:\n"
                                         "  - {name: ingest, namespace: otlp-system, action: DENY}\n")
    (tmp_path / "dev.yaml").write_text("extends: _base.yaml\nauthorization_policies: [{name: ingest, action: ALLOW}]\n")
    env = load_environment("dev", tmp_path / "dev.yaml")
    assert [(p.name, p.action) for p in env.config.authorization_policies] == [("ingest", "ALLOW")]


def test_validation_ignore_entries_are_matched_on_code_and_resource():
    base = {"validation": {"ignore": [{"code": "OI1101"}, {"code": "OI1202", "resource": "DestinationRule a.b"}]}}
    own = {"validation": {"ignore": [{"code": "oi1101", "reason": "known"}, {"code": "OI1202"}]}}
    data, changes, _ = merged(base, own)
    assert data["validation"]["ignore"] == [{"code": "oi1101", "reason": "known"},
                                            {"code": "OI1202", "resource": "DestinationRule a.b"}, {"code": "OI1202"}]
    assert summary(changes) == ("over _base.yaml: changed validation.ignore OI1101; "
                                "added validation.ignore OI1202")


# ------------------------------------------------------------------ $patch

def test_patch_delete_removes_a_base_entry_and_synth_says_so(cli, write_env, tmp_path):
    r, out = synth(cli, write_env, tmp_path, ADD_ROUTE + "  - {name: payments, namespace: shop, $patch: delete}\n")
    assert r.code == 0, r
    assert not (out / "virtualservice-payments.yaml").exists() and (out / "virtualservice-checkout.yaml").exists()
    assert ("dev: over _base.yaml: added virtual_services collector; removed virtual_services shop/payments\n"
            in r.out)


def test_patch_replace_puts_the_entry_in_place_of_the_base_one_whole(tmp_path):
    (tmp_path / "_base.yaml").write_text(SHOP_BASE)
    (tmp_path / "dev.yaml").write_text("""\
extends: _base.yaml
destination_rules:
  - $patch: replace
    host: otlp-collector
    subsets: [{name: v2, labels: {version: v2}}]
""")
    env = load_environment("dev", tmp_path / "dev.yaml")
    (dr,) = env.config.destination_rules
    assert dr.traffic_policy is None and [s.name for s in dr.subsets] == ["v2"]
    assert summary(env.base_changes) == "over _base.yaml: replaced destination_rules otlp-collector"


def test_an_item_that_is_only_patch_replace_replaces_the_whole_list(tmp_path):
    (tmp_path / "_base.yaml").write_text(SHOP_BASE)
    (tmp_path / "dev.yaml").write_text(ADD_ROUTE.replace("virtual_services:\n", "virtual_services:\n  - $patch: replace\n"))
    env = load_environment("dev", tmp_path / "dev.yaml")
    assert [vs.name for vs in env.config.virtual_services] == ["collector"]
    assert summary(env.base_changes) == ("over _base.yaml: replaced virtual_services whole list, without "
                                         "shop/checkout, shop/payments")


def test_map_entries_and_sections_are_removed_by_patch_delete(tmp_path):
    (tmp_path / "_base.yaml").write_text(SHOP_BASE + "access_logs: {filter: response.code >= 400}\n")
    (tmp_path / "dev.yaml").write_text("extends: _base.yaml\ncollector:\n  exporters:\n    debug: {$patch: delete}\n"
                                       "access_logs: {$patch: delete}\n")
    env = load_environment("dev", tmp_path / "dev.yaml")
    assert list(env.config.collector.exporters) == ["tempo"] and env.config.access_logs is None
    assert summary(env.base_changes) == "over _base.yaml: removed collector.exporters debug; removed access_logs"


@pytest.mark.parametrize("text, line, path, message", [
    ("virtual_services:\n  - name: cart\n    namespace: shop\n    $patch: delete\n", 5, "virtual_services[0]",
     "$patch: delete: _base.yaml has no entry 'shop/cart' in virtual_services (its entries: shop/checkout, "
     "shop/payments); entries are matched on namespace + name (default: the first host's short name)"),
    ("destination_rules:\n  - {host: checkout, $patch: replace, subsets: []}\n", 3, "destination_rules[0]",
     "$patch: replace: _base.yaml has no entry 'checkout' in destination_rules (its entries: otlp-collector); "
     "entries are matched on namespace + name (default: the host's short name)"),
    ("collector:\n  exporters:\n    jaeger: {$patch: delete}\n", 4, "collector.exporters.jaeger",
     "$patch: delete: _base.yaml has no 'jaeger' here to remove (its entries: debug, tempo)"),
    ("canary: {$patch: delete}\n", 2, "canary", "$patch: delete: _base.yaml has no 'canary' here to remove"),
    ("collector:\n  exporters:\n    tempo: {$patch: remove}\n", 4, "collector.exporters.tempo",
     "$patch is one of merge, replace, delete (got 'remove')"),
    ("existing_namespaces:\n  - $patch: replace\n", 3, "existing_namespaces[0]",
     "$patch works in lists of named things; existing_namespaces is replaced whole anyway"),
])
def test_a_patch_naming_what_the_base_does_not_have_is_refused_with_file_and_line(
        cli, write_env, tmp_path, text, line, path, message):
    r, out = synth(cli, write_env, tmp_path, "extends: _base.yaml\n" + text)
    assert r.code == 2, r
    assert r.err.strip().splitlines() == [f"{tmp_path / 'environments' / 'dev.yaml'}:{line}: {path}: {message}"]
    assert not out.exists()  # nothing written


def test_patch_in_a_file_that_extends_nothing_is_refused(tmp_path):
    (tmp_path / "solo.yaml").write_text(MINIMAL + "virtual_services:\n  - name: a\n    $patch: delete\n")
    with pytest.raises(ConfigError) as err:
        load_environment("solo", tmp_path / "solo.yaml")
    assert [(p.line, p.path, p.message) for p in err.value.problems] == [
        (6, "virtual_services[0]", "$patch changes what a base file says; this file extends no base")]


# ------------------------------------------------------------------ where problems are reported

def test_problems_are_reported_at_the_index_and_line_the_file_writes(tmp_path):
    (tmp_path / "_base.yaml").write_text(SHOP_BASE)
    (tmp_path / "dev.yaml").write_text("""\
extends: _base.yaml
virtual_services:
  - name: checkout
    namespace: shop
    $patch: delete
  - name: extra
    hosts: [extra]
    http: [{route: [{destination: {host: extra}}], timeout: 5}]
""")
    with pytest.raises(ConfigError) as err:
        load_environment("dev", tmp_path / "dev.yaml")
    (p,) = err.value.problems
    assert (p.file.endswith("dev.yaml"), p.line, p.path) == (True, 8, "virtual_services[1].http[0].timeout")
    # a base entry that moved up in the merged list: at the base's own index and line
    (tmp_path / "_base.yaml").write_text(SHOP_BASE.replace(
        "http: [{route: [{destination: {host: payments.shop.svc.cluster.local}}]}]",
        "http: [{route: [{destination: {host: payments.shop.svc.cluster.local}}], timeout: 5}]"))
    (tmp_path / "dev.yaml").write_text("extends: _base.yaml\nvirtual_services:\n"
                                       "  - {name: checkout, namespace: shop, $patch: delete}\n")
    with pytest.raises(ConfigError) as err:
        load_environment("dev", tmp_path / "dev.yaml")
    (p,) = err.value.problems
    assert (p.file.endswith("_base.yaml"), p.line, p.path) == (True, 15, "virtual_services[1].http[0].timeout")


def test_a_chain_of_bases_says_what_each_file_changes(tmp_path):
    (tmp_path / "_base.yaml").write_text(SHOP_BASE)
    (tmp_path / "_team.yaml").write_text("extends: _base.yaml\nvirtual_services:\n"
                                         "  - {name: payments, namespace: shop, $patch: delete}\n")
    (tmp_path / "dev.yaml").write_text(ADD_ROUTE.replace("_base.yaml", "_team.yaml"))
    env = load_environment("dev", tmp_path / "dev.yaml")
    assert [vs.name for vs in env.config.virtual_services] == ["checkout", "collector"]
    assert summary(env.base_changes) == ("over _team.yaml: added virtual_services collector; _team.yaml over "
                                         "_base.yaml: removed virtual_services shop/payments")


def test_synth_json_lists_the_base_changes(cli, write_env, tmp_path):
    r, _ = synth(cli, write_env, tmp_path, ADD_ROUTE, SHOP_BASE, "-o", "json")
    assert r.code == 0, r
    (env,) = json.loads(r.out)["environments"]
    assert env["base_changes"] == [{"file": str(tmp_path / "environments" / "dev.yaml"), "base": "_base.yaml",
                                    "action": "added", "field": "virtual_services", "entry": "collector"}]


def test_the_repository_environments_say_how_they_change_their_base():
    """dev replaces the base's DestinationRule (its subsets are v1 and v2 only); staging's adds canary."""
    from tests.conftest import ENVIRONMENTS
    dev = load_environment("dev", ENVIRONMENTS / "dev.yaml")
    assert [s.name for s in dev.config.destination_rules[0].subsets] == ["v1", "v2"]
    assert "replaced destination_rules otlp-collector" in summary(dev.base_changes)
    staging = load_environment("staging", ENVIRONMENTS / "staging.yaml")
    assert [s.name for s in staging.config.destination_rules[0].subsets] == ["stable", "canary"]
