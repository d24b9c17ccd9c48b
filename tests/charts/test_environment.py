"""EnvironmentChart: one builder per concept, each building only its concept's objects, the
chart being the builders in order (then the Istio API versions of the declared release)."""
from __future__ import annotations

import pytest

from otlp_istio.charts import EnvironmentChart
from otlp_istio.charts.collector import add_collector
from otlp_istio.charts.flux_wiring import add_flux
from otlp_istio.charts.monitoring import add_monitoring
from otlp_istio.charts.security import add_security
from otlp_istio.charts.telemetry import add_telemetry
from otlp_istio.charts.traffic import add_traffic
from otlp_istio.config import load_environments
from otlp_istio.constructs import Construct
from otlp_istio.constructs.mesh_config import mesh_config, mesh_values
from otlp_istio.synth.render import chart_documents
from tests.conftest import ENVIRONMENTS

ENVS = {e.name: e for e in load_environments(ENVIRONMENTS)}


def built(builder, env, *args):
    root = Construct(None, env.name)
    result = builder(root, env.config, *args)
    return root, result


def kinds(root) -> set[str]:
    return {r.kind for r in root.resources()}


def test_each_builder_builds_its_concept_only():
    env = ENVS["staging"]  # a canary, subsets, Prometheus, flux
    assert kinds(built(add_security, env)[0]) == {"Namespace", "PeerAuthentication", "AuthorizationPolicy"}
    root, workloads = built(add_collector, env)
    assert kinds(root) == {"Service", "ConfigMap", "Deployment"}
    assert [w.name for w in workloads] == [r.metadata.name for r in root.resources() if r.kind == "Deployment"]
    assert kinds(built(add_traffic, env)[0]) == {"VirtualService", "DestinationRule"}
    assert kinds(built(add_telemetry, env)[0]) == {"Telemetry", "ConfigMap"}
    assert kinds(built(add_monitoring, env)[0]) == {"ServiceMonitor"}


@pytest.mark.parametrize("name", sorted(ENVS))
def test_the_chart_is_its_builders_in_order(name):
    env = ENVS[name]
    root = Construct(None, env.name)
    add_security(root, env.config)
    workloads = add_collector(root, env.config)
    add_traffic(root, env.config)
    add_telemetry(root, env.config)
    add_monitoring(root, env.config)
    if env.config.flux is not None:
        add_flux(root, env.name, env.config.flux, workloads)
    chart = EnvironmentChart(env)
    assert [(r.kind, r.metadata.name) for r in chart.resources()] == [(r.kind, r.metadata.name)
                                                                       for r in root.resources()]
    docs = chart_documents(chart)
    istio = [d["apiVersion"] for d in docs if d["apiVersion"].split("/")[0].endswith("istio.io")]
    assert istio and all(v.endswith("/v1beta1") or v.endswith("/v1alpha1") for v in istio) == \
        env.config.istio_version.startswith("1.20")  # the release's API versions, applied last


def test_the_mesh_config_renders_beside_the_telemetry_construct():
    config = ENVS["prod"].config
    assert mesh_config(config).startswith("enableTracing: true\nextensionProviders:\n")
    assert mesh_values(config).startswith("meshConfig:\n  enableTracing: true\n")
