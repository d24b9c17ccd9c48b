"""doctor cluster in ambient mode against a real kube-apiserver (with the Gateway API CRDs): the waypoint
Gateway's Programmed condition and the Services' istio.io/WaypointBound condition, written through
the status subresource as istiod writes them (marked live)."""
from __future__ import annotations

import json

import pytest

from .test_drift import apply

live = pytest.mark.live
NOW = "2026-12-07T06:00:00Z"


def environment(write_env, ns: str):
    return write_env("live.yaml", f"""\
istio_version: "1.24.0"
collector_service: otlp-collector
namespace: {ns}
data_plane: ambient
telemetry_namespace: {ns}
tracing: {{zipkin_endpoint: "http://otlp-collector.{ns}.svc.cluster.local:9411/api/v2/spans", mesh_config: configmap}}
""")


def set_status(api, ns: str, resource: str, name: str, *conditions: tuple[str, str, str, str]) -> None:
    status = {"conditions": [{"type": t, "status": s, "reason": r, "message": m, "lastTransitionTime": NOW,
                              "observedGeneration": 1} for t, s, r, m in conditions]}
    api.kubectl("-n", ns, "patch", resource, name, "--subresource=status", "--type=merge",
                "-p", json.dumps({"status": status}))


def checks(cli, api, config) -> tuple[int, dict]:
    res = cli("doctor", "cluster", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig, "-o", "json")
    assert res.err == "" or "Traceback" not in res.err, res
    return res.code, {c["id"]: c for c in json.loads(res.out)["checks"]}


@live
def test_waypoint_programmed_and_service_bound_then_not(kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    api, ns = kube_apiserver, "doctor-ambient"
    config = environment(write_env, ns)
    apply(api, cli, config, tmp_path, ns)
    gateway = "gateway.gateway.networking.k8s.io"

    # as applied, before istiod has looked: the Gateway API's own default (Programmed Unknown, Pending)
    code, found = checks(cli, api, config)
    wp = found["live-waypoints"]
    assert code == 1 and wp["status"] == "fail", wp
    assert wp["data"]["waypoints"][0]["waypoint"] == f"{ns}/waypoint"
    # the Gateway API's CRD defaults the status: Programmed Unknown, reason Pending
    assert (wp["data"]["waypoints"][0]["programmed"], wp["data"]["waypoints"][0]["reason"]) == ("Unknown", "Pending")
    assert wp["data"]["services"] == [{"service": f"{ns}/otlp-collector", "waypoint": f"{ns}/waypoint", "bound": None,
                                       "reason": None, "message": None}]
    tracing = found["live-tracing"]
    assert tracing["data"]["ambient"]["span_emitters"] == [f"{ns}/waypoint"]
    assert tracing["summary"].endswith(f"spans from waypoint {ns}/waypoint only")

    # istiod programmed the waypoint and bound the Service
    set_status(api, ns, gateway, "waypoint", ("Accepted", "True", "Accepted", "Resource accepted"),
               ("Programmed", "True", "Programmed", "Resource programmed, assigned to service(s) waypoint."))
    set_status(api, ns, "service", "otlp-collector",
               ("istio.io/WaypointBound", "True", "WaypointAccepted", f"Successfully attached to waypoint {ns}/waypoint"))
    code, found = checks(cli, api, config)
    wp = found["live-waypoints"]
    assert wp["status"] == "ok", wp
    assert wp["summary"] == "live: 1 of 1 waypoint(s) programmed, 1 of 1 Service(s) bound to a waypoint"
    assert wp["data"]["services"][0]["bound"] == "True" and wp["data"]["services"][0]["reason"] == "WaypointAccepted"
    text = cli("doctor", "cluster", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig).out
    assert f"ok   live-waypoints [live]: live: 1 of 1 waypoint(s) programmed" in text
    assert f"waypoint Gateway {ns}/waypoint: Programmed (reason Programmed: Resource programmed" in text

    # the waypoint's deployment cannot run, and istiod says the Service's waypoint is not ready
    set_status(api, ns, gateway, "waypoint", ("Accepted", "True", "Accepted", "Resource accepted"),
               ("Programmed", "False", "Invalid", "Deployment waypoint: pods not ready"))
    set_status(api, ns, "service", "otlp-collector",
               ("istio.io/WaypointBound", "False", "WaypointIsNotReady", f'waypoint "{ns}/waypoint" is not ready'))
    code, found = checks(cli, api, config)
    wp = found["live-waypoints"]
    assert code == 1 and wp["status"] == "fail"
    assert wp["summary"] == "live: 0 of 1 waypoint(s) programmed, 0 of 1 Service(s) bound to a waypoint"
    assert wp["data"]["waypoints"][0]["message"] == "Deployment waypoint: pods not ready"
    assert (wp["data"]["services"][0]["bound"], wp["data"]["services"][0]["reason"]) == ("False", "WaypointIsNotReady")
    assert wp["next"]
    res = cli("doctor", "cluster", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig)
    assert res.code == 1
    assert (f"waypoint Gateway {ns}/waypoint is not programmed (Programmed False, reason Invalid: Deployment "
            "waypoint: pods not ready)") in res.out
    assert (f"Service {ns}/otlp-collector is not bound to a waypoint (istio.io/WaypointBound False, reason "
            f'WaypointIsNotReady: waypoint "{ns}/waypoint" is not ready)') in res.out


@live
def test_sidecar_environment_gets_no_waypoint_check(kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    from .test_drift import environment as sidecar_environment
    api, ns = kube_apiserver, "doctor-sidecar-nowp"
    config = sidecar_environment(write_env, ns, "PERMISSIVE")
    apply(api, cli, config, tmp_path, ns)
    res = cli("doctor", "cluster", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig, "-o", "json")
    ids = [c["id"] for c in json.loads(res.out)["checks"]]
    assert ids == ["live-tracing", "live-routes", "live-mtls"]
    assert "ambient" not in json.loads(res.out)["checks"][0]["data"]
