"""doctor tracing in ambient mode: only waypoints emit spans, and which Telemetry reaches them."""
from __future__ import annotations

from pathlib import Path

from otlp_istio.doctor import sources, tracing
from otlp_istio.doctor.result import Status

from .manifests import deployment, write

EXAMPLES = Path(__file__).resolve().parents[2] / "environments" / "examples"
ENVIRONMENTS = EXAMPLES.parent

MESH = """\
apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    extensionProviders:
    - name: otel
      opentelemetry: {service: otel.obs.svc.cluster.local, port: 4317}
"""

COLLECTOR = """\
apiVersion: v1
kind: Service
metadata: {name: otel, namespace: obs}
spec:
  selector: {app: otel}
  ports: [{name: otlp-grpc, port: 4317}]
"""


def namespace(name: str, waypoint: str | None) -> str:
    use = f", istio.io/use-waypoint: {waypoint}" if waypoint else ""
    return f"""\
apiVersion: v1
kind: Namespace
metadata: {{name: {name}, labels: {{istio.io/dataplane-mode: ambient{use}}}}}
"""


def waypoint(ns: str, name: str = "waypoint") -> str:
    return f"""\
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {{name: {name}, namespace: {ns}}}
spec:
  gatewayClassName: istio-waypoint
  listeners: [{{name: mesh, port: 15008, protocol: HBONE}}]
"""


def service(ns: str, name: str, use: str | None = None) -> str:
    labels = f", labels: {{istio.io/use-waypoint: {use}}}" if use else ""
    return f"""\
apiVersion: v1
kind: Service
metadata: {{name: {name}, namespace: {ns}{labels}}}
spec:
  selector: {{app: {name}}}
  ports: [{{name: http, port: 8080}}]
"""


def telemetry(ns: str, name: str, attach: str = "", pct: int = 5) -> str:
    return f"""\
apiVersion: telemetry.istio.io/v1
kind: Telemetry
metadata: {{name: {name}, namespace: {ns}}}
spec:
{attach}  tracing:
  - providers: [{{name: otel}}]
    randomSamplingPercentage: {pct}
"""


def run(tmp_path, *docs):
    [m] = sources.from_paths([write(tmp_path, *docs)])
    return tracing.check(m)


def test_ambient_example_names_the_waypoint_as_the_only_span_emitter_and_the_mesh_wide_telemetry_reaching_it():
    [m] = sources.from_config(EXAMPLES, ["staging-ambient"])
    r = tracing.check(m)
    assert r.status is Status.OK, r
    amb = r.data["ambient"]
    assert amb["span_emitters"] == ["otlp-system/waypoint"] and amb["waypoints_not_defined_here"] == []
    assert amb["namespaces_without_waypoint"] == []
    assert amb["telemetry_reach"] == [{"telemetry": "Telemetry istio-system/mesh-default", "waypoints": ["*"],
                                       "how": "mesh-wide (root namespace, no selector): every waypoint"}]
    assert r.summary.endswith("sampling 10 %; spans from waypoint otlp-system/waypoint only")
    assert any(d.startswith("ambient mode: only waypoints emit spans (ztunnel emits L4 metrics and logs, no spans)")
               for d in r.details)


def test_sidecar_environment_has_no_ambient_view():
    [m] = sources.from_config(ENVIRONMENTS, ["staging"])
    r = tracing.check(m)
    assert "ambient" not in r.data
    assert "waypoint" not in r.summary and not any("waypoint" in d for d in r.details)


def test_telemetry_attached_to_the_waypoint_gateway_turns_tracing_on_without_a_mesh_wide_one(tmp_path):
    r = run(tmp_path, MESH, COLLECTOR, namespace("shop", "waypoint"), waypoint("shop"),
            telemetry("shop", "at-waypoint", "  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, "
                      "name: waypoint}]\n", pct=20))
    assert r.status is Status.OK, r
    assert r.data["enabled"] is True and r.data["sampling_percentage"] == 20
    assert r.summary.startswith("tracing on: Telemetry shop/at-waypoint → provider otel")
    [reach] = r.data["ambient"]["telemetry_reach"]
    assert reach["waypoints"] == ["shop/waypoint"] and reach["how"] == "targetRefs the waypoint Gateway waypoint"
    assert r.data["rules"][0]["scope"] == "targetRefs Gateway waypoint in shop"


def test_selector_telemetry_in_a_waypoint_namespace_reaches_nothing(tmp_path):
    r = run(tmp_path, MESH, COLLECTOR, namespace("shop", "waypoint"), waypoint("shop"), deployment("api-v1", "v1"),
            telemetry("istio-system", "mesh-default"),
            telemetry("shop", "api-only", "  selector: {matchLabels: {app: api}}\n", pct=100))
    reach = {x["telemetry"]: x for x in r.data["ambient"]["telemetry_reach"]}
    assert reach["Telemetry shop/api-only"]["waypoints"] == []
    assert "waypoints ignore selectors and ztunnel reads no Telemetry" in reach["Telemetry shop/api-only"]["how"]
    assert reach["Telemetry istio-system/mesh-default"]["waypoints"] == ["*"]
    # the analyzer's OI1512 on it makes the status a warning
    assert r.status is Status.WARN and [f.code for f in r.findings] == ["OI1512"]
    assert "Telemetry shop/api-only reaches no waypoint: selector app=api: waypoints ignore selectors" \
        f" and ztunnel reads no Telemetry, so it reaches nothing" in r.details


def test_service_and_gateway_class_targets_and_namespaces_without_a_waypoint(tmp_path):
    r = run(tmp_path, MESH, COLLECTOR, namespace("shop", None), namespace("pay", None), waypoint("shop", "wp"),
            service("shop", "api", use="wp"), service("shop", "web"),
            telemetry("istio-system", "waypoints", "  targetRefs: [{group: gateway.networking.k8s.io, "
                      "kind: GatewayClass, name: istio-waypoint}]\n"),
            telemetry("shop", "api", "  targetRefs: [{kind: Service, name: api}]\n"),
            telemetry("shop", "web", "  targetRefs: [{kind: Service, name: web}]\n"))
    amb = r.data["ambient"]
    reach = {x["telemetry"]: x["waypoints"] for x in amb["telemetry_reach"]}
    assert reach == {"Telemetry istio-system/waypoints": ["*"], "Telemetry shop/api": ["shop/wp"],
                     "Telemetry shop/web": []}
    # the namespaces name no waypoint: only the Service api is bound to one
    assert amb["namespaces_without_waypoint"] == ["pay", "shop"]
    assert amb["span_emitters"] == ["shop/wp"]
    assert "namespace pay is in ambient mode without a waypoint (no istio.io/use-waypoint): its pods produce no " \
           "spans" in r.details


def test_ambient_without_any_waypoint_warns_that_no_proxy_sends_spans(tmp_path):
    r = run(tmp_path, MESH, COLLECTOR, namespace("shop", None), telemetry("istio-system", "mesh-default"))
    assert r.status is Status.WARN
    assert r.summary.endswith("; but no waypoint emits them")
    assert "ambient mode without a waypoint: ztunnel emits no spans, so no proxy sends any" in r.details
    assert r.data["ambient"]["span_emitters"] == [] and r.data["ambient"]["namespaces_without_waypoint"] == ["shop"]


def test_a_waypoint_named_by_a_label_but_defined_elsewhere_still_emits(tmp_path):
    r = run(tmp_path, MESH, COLLECTOR, namespace("shop", "waypoint"), telemetry("istio-system", "mesh-default"))
    assert r.data["ambient"]["span_emitters"] == ["shop/waypoint"]
    assert r.data["ambient"]["waypoints_not_defined_here"] == ["shop/waypoint"]
    assert any("waypoint shop/waypoint (defined elsewhere)" in d for d in r.details)
