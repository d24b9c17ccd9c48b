"""live-waypoints on objects as a cluster returns them: the verdicts for statuses the real API server
test (test_waypoints_live.py) does not reach: no Programmed condition at all, a Service not bound
yet, a waypoint the labels name that the cluster lacks."""
from __future__ import annotations

import json

from otlp_istio.doctor import live_waypoints
from otlp_istio.doctor.live import LiveIndex
from otlp_istio.doctor.result import Status
from otlp_istio.yamlio import Document


def index(*objects: dict) -> LiveIndex:
    return LiveIndex([Document(data=json.loads(json.dumps(o)), file="cluster", line=1) for o in objects])


def namespace(name: str, waypoint: str) -> dict:
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": {
        "istio.io/dataplane-mode": "ambient", "istio.io/use-waypoint": waypoint}}}


def gateway(ns: str, name: str, conditions: list[dict] | None) -> dict:
    g = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": name, "namespace": ns},
         "spec": {"gatewayClassName": "istio-waypoint", "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]}}
    if conditions is not None:
        g["status"] = {"conditions": conditions}
    return g


def service(ns: str, name: str, labels: dict | None = None, conditions: list[dict] | None = None) -> dict:
    s = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": ns, "labels": labels or {}},
         "spec": {"selector": {"app": name}, "ports": [{"port": 80}]}}
    if conditions is not None:
        s["status"] = {"conditions": conditions}
    return s


def test_no_programmed_condition_fails_and_an_unbound_service_warns():
    r = live_waypoints.check(index(namespace("obs", "waypoint"), gateway("obs", "waypoint", None),
                                   service("obs", "collector"),
                                   # the waypoint's own Service, made by istiod: never bound to a waypoint
                                   service("obs", "waypoint", {"gateway.istio.io/managed": "istio.io-mesh-controller"})))
    assert r.status is Status.FAIL
    assert r.data["waypoints"] == [{"waypoint": "obs/waypoint", "programmed": None, "reason": None, "message": None}]
    assert [s["service"] for s in r.data["services"]] == ["obs/collector"]
    assert any("has no Programmed condition: istiod has not taken it" in d for d in r.details)
    assert any("Service obs/collector asks for waypoint obs/waypoint but has no istio.io/WaypointBound" in d
               for d in r.details)


def test_a_service_opting_out_is_not_reported_and_a_missing_waypoint_fails():
    r = live_waypoints.check(index(namespace("obs", "wp"), service("obs", "other", {"istio.io/use-waypoint": "none"})))
    assert r.status is Status.FAIL and r.data["services"] == [] and r.data["missing_waypoints"] == ["obs/wp"]
    assert r.summary == "0 of 0 waypoint(s) programmed, 0 of 0 Service(s) bound to a waypoint"


def test_programmed_and_bound_pass():
    ok = {"type": "Programmed", "status": "True", "reason": "Programmed", "message": "Resource programmed"}
    bound = {"type": "istio.io/WaypointBound", "status": "True", "reason": "WaypointAccepted",
             "message": "Successfully attached to waypoint obs/waypoint"}
    r = live_waypoints.check(index(namespace("obs", "waypoint"), gateway("obs", "waypoint", [ok]),
                                   service("obs", "collector", conditions=[bound])))
    assert r.status is Status.OK, r.details
    assert r.summary == "1 of 1 waypoint(s) programmed, 1 of 1 Service(s) bound to a waypoint"
