"""The helpers of config/crossref.py that the chart and the canary read, in-process: which
DestinationRule subsets and routes are the collector's, and which PeerAuthentication restates
``mtls.mode``."""
from __future__ import annotations

from otlp_istio.config.crossref import collector_routes, collector_subsets, is_namespace_default
from otlp_istio.config.models import EnvironmentConfig

BASE = {"istio_version": "1.24.0", "collector_service": "otlp-collector", "namespace": "otlp-system"}


def config(**fields) -> EnvironmentConfig:
    return EnvironmentConfig.model_validate({**BASE, **fields})


def route(*hosts: str, name: str | None = None) -> dict:
    r = {"route": [{"destination": {"host": h}, "weight": 100 // len(hosts)} for h in hosts]}
    return {**r, "name": name} if name else r


def test_collector_subsets_by_version_from_the_collectors_rules_only():
    c = config(destination_rules=[
        {"host": "otlp-collector", "subsets": [{"name": "stable", "labels": {"version": "v1"}},
                                               {"name": "also-v1", "labels": {"version": "v1", "tier": "a"}},
                                               {"name": "v2", "labels": {"tier": "b"}}]},  # no version label: its name
        {"host": "otlp-collector", "namespace": "other",  # the short name in another namespace: not ours
         "subsets": [{"name": "x", "labels": {"version": "v9"}}]},
        {"host": "otlp-collector.otlp-system.svc.cluster.local", "name": "fq",
         "subsets": [{"name": "v3", "labels": {"version": "v3"}}]},
        {"host": "jaeger", "subsets": [{"name": "j", "labels": {"version": "v1"}}]},
    ])
    assert collector_subsets(c) == {"v1": ["stable", "also-v1"], "v2": ["v2"], "v3": ["v3"]}


def test_collector_routes_are_those_whose_every_destination_is_the_collector():
    c = config(virtual_services=[
        {"hosts": ["otlp-collector"], "http": [route("otlp-collector", name="main"), route("otlp-collector")]},
        {"hosts": ["mixed"], "http": [route("otlp-collector", "jaeger", name="half"), route("jaeger", name="other")]},
        {"hosts": ["elsewhere"], "namespace": "other", "http": [route("otlp-collector", name="short-in-other")]},
        {"hosts": ["q"], "namespace": "other", "http": [route("otlp-collector.otlp-system", name="dotted")]},
        {"hosts": ["fq"], "namespace": "other",
         "http": [route("otlp-collector.otlp-system.svc.cluster.local", name="fq")]},
    ])
    # 'otlp-collector.otlp-system' is taken as written by Istio, so it is not the collector's FQDN
    assert collector_routes(c) == [(0, 0, "main"), (0, 1, ""), (4, 0, "fq")]


def test_is_namespace_default_only_for_the_namespace_wide_policy_of_mtls_mode():
    c = config(mtls={"mode": "STRICT"})
    pa = {"name": "default", "mode": "STRICT"}
    assert is_namespace_default(_pa(pa), c)
    assert is_namespace_default(_pa({**pa, "namespace": "otlp-system"}), c)
    assert not is_namespace_default(_pa({**pa, "namespace": "other"}), c)
    assert not is_namespace_default(_pa({**pa, "mode": "PERMISSIVE"}), c)
    assert not is_namespace_default(_pa({**pa, "selector": {"match_labels": {"app": "a"}}}), c)
    assert not is_namespace_default(_pa({**pa, "namespace": "other", "selector": {"match_labels": {"app": "a"}}}), c)


def _pa(fields: dict):
    from otlp_istio.config.models import PeerAuthentication
    return PeerAuthentication.model_validate(fields)
