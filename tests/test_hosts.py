"""Host names as Istio resolves them (``otlp_istio.hosts``), and where the compiler uses them."""
from __future__ import annotations

import pytest

from otlp_istio.hosts import fqdn, meant_fqdn
from tests.conftest import MINIMAL


@pytest.mark.parametrize("host, want", [
    ("a", "a.ns.svc.cluster.local"),
    ("*", "*"),  # a bare wildcard is every host, in no namespace
    ("*.example.com", "*.example.com"),
    ("a.b", "a.b"),  # Istio takes any dotted host as written
    ("a.b.svc.cluster.local", "a.b.svc.cluster.local"),
    ("", ""),
])
def test_fqdn(host, want):
    assert fqdn(host, "ns") == want


@pytest.mark.parametrize("host, want", [
    ("a.b", "a.b.svc.cluster.local"),
    ("a.b.svc", "a.b.svc.cluster.local"),
    ("*.b", None),
    ("a", None),
    ("a.b.c", None),
    ("a.b.svc.cluster.local", None),
])
def test_meant_fqdn(host, want):
    assert meant_fqdn(host) == want


def test_the_name_namespace_svc_hint(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + """
destination_rules:
  - host: otlp-collector
    subsets: [{name: stable, labels: {version: v1}}]
virtual_services:
  - hosts: [otlp-collector]
    http:
      - route: [{destination: {host: otlp-collector.otlp-system.svc, subset: stable}}]
""")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert ("Istio reads 'otlp-collector.otlp-system.svc' as a fully qualified name, not as name.namespace: "
            "for the Service otlp-collector in namespace otlp-system write "
            "otlp-collector.otlp-system.svc.cluster.local") in r.err
