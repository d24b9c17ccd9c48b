"""The flux layout's split and the CRD names its -base Kustomization health-checks.

GIVEN kinds as the chart renders them (and a few it may render later), THEN the CRD name is the
one their CustomResourceDefinition carries in ../shared/crds, and base/mesh follow the rule."""
from __future__ import annotations

import os

import pytest
import yaml

from otlp_istio.charts.flux_wiring import crd_name
from otlp_istio.flux_split import is_base
from tests.conftest import ROOT

CRDS = ROOT.parent / "shared" / "crds"  # as tests/validate/test_gen_schemas.py finds them


def crd_names_in_shared() -> dict[tuple[str, str], str]:
    out = {}
    for path in sorted(CRDS.glob("*.yaml")) + sorted(CRDS.glob("gateway-api/*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc and doc.get("kind") == "CustomResourceDefinition":
                spec = doc["spec"]
                out[(spec["group"], spec["names"]["kind"])] = doc["metadata"]["name"]
    return out


@pytest.mark.skipif(not CRDS.is_dir() and not os.environ.get("CI"), reason="../shared/crds is not present")
def test_crd_names_match_the_upstream_crds_for_every_kind_they_define():
    known = crd_names_in_shared()
    assert len(known) > 20, f"../shared/crds not found or empty at {CRDS}"
    assert ("gateway.networking.k8s.io", "HTTPRoute") in known  # the Gateway API subfolder is read
    for (group, kind), name in known.items():
        assert crd_name(f"{group}/v1", kind) == name, (group, kind)


@pytest.mark.parametrize("api_version, kind", [("v1", "Service"), ("apps/v1", "Deployment"),
                                               ("networking.k8s.io/v1", "NetworkPolicy"),
                                               ("rbac.authorization.k8s.io/v1", "Role"),
                                               ("discovery.k8s.io/v1", "EndpointSlice"),
                                               ("batch/v1", "Job")])
def test_kubernetes_own_kinds_have_no_crd(api_version, kind):
    assert crd_name(api_version, kind) is None


@pytest.mark.parametrize("api_version, kind, namespace, base", [
    ("v1", "Namespace", None, True),
    ("v1", "Service", "otlp-system", True),
    ("apps/v1", "Deployment", "otlp-system", True),
    ("v1", "ConfigMap", "istio-system", False),  # Istio's namespace: it may not exist before Istio
    ("networking.istio.io/v1", "VirtualService", "otlp-system", False),
    ("monitoring.coreos.com/v1", "ServiceMonitor", "otlp-system", False),
])
def test_base_holds_the_namespace_and_plain_objects_in_it(api_version, kind, namespace, base):
    assert is_base(api_version, kind, namespace, {"otlp-system"}) is base
