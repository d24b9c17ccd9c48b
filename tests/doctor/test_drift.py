"""doctor drift and doctor cluster: the field-by-field comparison, then against a real kube-apiserver
(etcd + kube-apiserver on loopback; those tests are marked live)."""
from __future__ import annotations

import json

import pytest

from tests.conftest import MINIMAL

from otlp_istio.doctor.drift import compare
from otlp_istio.doctor.result import Status

live = pytest.mark.live

VS = {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
      "metadata": {"name": "a", "namespace": "n", "labels": {"app.kubernetes.io/managed-by": "otlp-istio"}},
      "spec": {"hosts": ["a"], "http": [{"route": [{"destination": {"host": "a"}}], "timeout": "30s"}]}}
SVC = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a", "namespace": "n"},
       "spec": {"selector": {"app": "a"}, "ports": [{"name": "http", "port": 80}]}}


def test_istio_specs_are_compared_whole_and_kubernetes_objects_on_rendered_fields():
    live_vs = {**VS, "metadata": {**VS["metadata"], "uid": "1", "resourceVersion": "9", "annotations": {
        "kubectl.kubernetes.io/last-applied-configuration": "{}"}},
        "spec": {"hosts": ["a"], "http": [{"route": [{"destination": {"host": "a"}}], "timeout": "5s",
                                           "retries": {"attempts": 9}}]}}
    assert compare(VS, live_vs) == [("spec.http[0].retries", None, {"attempts": 9}),
                                    ("spec.http[0].timeout", "30s", "5s")]
    assert compare(VS, {**VS, "metadata": {"name": "a", "namespace": "n"}}) == [
        ("metadata.labels.app.kubernetes.io/managed-by", "otlp-istio", None)]
    # the API server fills in defaults on Services: those are not drift, a changed port is
    live_svc = {**SVC, "spec": {**SVC["spec"], "clusterIP": "10.96.0.7", "type": "ClusterIP",
                                "ports": [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": 80}]}}
    assert compare(SVC, live_svc) == []
    live_svc["spec"]["ports"][0]["port"] = 8080
    assert compare(SVC, live_svc) == [("spec.ports[name=http].port", 80, 8080)]


def test_kubernetes_lists_are_matched_by_their_merge_key_not_by_index():
    """A webhook or another controller may add items to a Deployment's lists (a container, an env
    variable, a volume) ahead of ours: not drift. Ours missing or changed is, named by its key."""
    container = {"name": "otelcol", "image": "otel:1", "ports": [{"containerPort": 4317}, {"containerPort": 4318}],
                 "volumeMounts": [{"name": "conf", "mountPath": "/a"}, {"name": "conf", "mountPath": "/b"}]}
    rendered = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "c", "namespace": "n"},
                "spec": {"template": {"spec": {"containers": [container]}}}}
    added = {"name": "sidecar", "image": "proxy:1"}
    live = {**rendered, "spec": {"template": {"spec": {"containers": [
        added, {**container, "ports": [{"containerPort": 9090}, *container["ports"]],
                "volumeMounts": [{"name": "conf", "mountPath": "/b"}, {"name": "conf", "mountPath": "/a"}]}]}}}}
    assert compare(rendered, live) == []
    changed = json.loads(json.dumps(live))
    ours = changed["spec"]["template"]["spec"]["containers"][1]
    ours["image"] = "otel:2"
    ours["ports"] = ours["ports"][:2]
    ours["volumeMounts"][0]["mountPath"] = "/c"
    assert compare(rendered, changed) == [
        ("spec.template.spec.containers[name=otelcol].image", "otel:1", "otel:2"),
        ("spec.template.spec.containers[name=otelcol].ports[containerPort=4318]", {"containerPort": 4318}, None),
        ("spec.template.spec.containers[name=otelcol].volumeMounts[mountPath=/b]",
         {"name": "conf", "mountPath": "/b"}, None)]
    # the rendered container gone, only the other one left
    assert compare(rendered, {**rendered, "spec": {"template": {"spec": {"containers": [added]}}}}) == [
        ("spec.template.spec.containers[name=otelcol]", container, None)]


def environment(write_env, ns: str, mode: str, telemetry_ns: str | None = None) -> object:
    return write_env("live.yaml", MINIMAL.replace("otlp-system", ns) + f"""\
telemetry_namespace: {telemetry_ns or ns}
mtls: {{mode: {mode}}}
tracing: {{zipkin_endpoint: "http://otlp-collector.{ns}.svc.cluster.local:9411/api/v2/spans", mesh_config: configmap}}
virtual_services:
  - hosts: [otlp-collector]
    http:
      - route:
          - {{destination: {{host: otlp-collector, subset: v1, port: 4318}}, weight: 90}}
          - {{destination: {{host: otlp-collector, subset: v2, port: 4318}}, weight: 10}}
        timeout: 30s
destination_rules:
  - host: otlp-collector
    subsets: [{{name: v1, labels: {{version: v1}}}}, {{name: v2, labels: {{version: v2}}}}]
""")


def apply(api, cli, config, tmp_path, ns):
    assert cli("synth", "-c", config, "--out", tmp_path / "dist").code == 0
    folder = tmp_path / "dist" / "live"
    api.kubectl("apply", "--server-side", "-f", folder / f"namespace-{ns}.yaml")
    api.kubectl("apply", "--server-side", "-f", folder)
    return folder


def pod(ns: str, name: str, version: str, sidecar: bool) -> str:
    containers = [{"name": "otelcol", "image": "otel/opentelemetry-collector-contrib:0.115.1"}]
    if sidecar:
        containers.append({"name": "istio-proxy", "image": "istio/proxyv2:1.24.2"})
    return json.dumps({"apiVersion": "v1", "kind": "Pod", "metadata": {
        "name": name, "namespace": ns, "labels": {"app": "otlp-collector", "version": version}},
        "spec": {"containers": containers}})


def test_a_running_pod_without_istio_proxy_has_no_sidecar_even_in_an_injected_namespace(tmp_path):
    from otlp_istio.doctor import mtls
    from otlp_istio.doctor.live import LiveIndex
    from otlp_istio.doctor.sources import Manifests
    from otlp_istio.yamlio import load_documents_text
    from .manifests import NAMESPACE, SERVICE, peer_auth
    pod_yaml = pod("shop", "api-x", "v1", False).replace("otlp-collector", "api") + "\n"
    docs = load_documents_text("---\n".join([NAMESPACE, SERVICE, pod_yaml, peer_auth("STRICT")]), "cluster")
    r = mtls.check(Manifests(name=None, origin="cluster", documents=docs, on_disk=False, index_class=LiveIndex))
    assert r.status is Status.FAIL and r.data["without_sidecar"] == ["Pod shop/api-x"]
    assert "no istio-proxy container" in r.data["workloads"][0]["sidecar_reason"]
    # the same Pod as a manifest not applied yet: the injector will add the sidecar
    r = mtls.check(Manifests(name=None, origin="file", documents=docs, on_disk=False))
    assert r.status is Status.OK and r.data["without_sidecar"] == []


@live
def test_drift_in_sync_then_missing_changed_and_extra(kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    api, ns = kube_apiserver, "doctor-drift"
    config = environment(write_env, ns, "PERMISSIVE")
    apply(api, cli, config, tmp_path, ns)
    args = ("doctor", "drift", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig, "-o", "json")
    res = cli(*args)
    assert res.code == 0, res
    [c] = json.loads(res.out)["checks"]
    assert c["status"] == "ok" and c["data"]["missing"] == [] and c["data"]["changed"] == []
    assert c["data"]["in_sync"] >= 9

    # behind Git's back: a timeout edited, a field added, a DestinationRule deleted, a policy made by hand
    api.kubectl("-n", ns, "patch", "virtualservice.networking.istio.io", "otlp-collector", "--type", "json", "-p",
                '[{"op": "replace", "path": "/spec/http/0/timeout", "value": "5s"},'
                ' {"op": "add", "path": "/spec/http/0/retries", "value": {"attempts": 9}}]')
    api.kubectl("-n", ns, "delete", "destinationrule.networking.istio.io", "otlp-collector")
    api.kubectl("apply", "-f", "-", input=json.dumps({
        "apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
        "metadata": {"name": "by-hand", "namespace": ns}, "spec": {"mtls": {"mode": "DISABLE"}}}))
    api.kubectl("-n", ns, "label", "service", "otlp-collector", "app=changed", "--overwrite")
    res = cli(*args)
    assert res.code == 1, res
    [c] = json.loads(res.out)["checks"]
    assert c["status"] == "fail"
    assert c["data"]["missing"] == [f"DestinationRule {ns}/otlp-collector"]
    assert c["data"]["extra"] == [f"PeerAuthentication {ns}/by-hand"]
    changed = {x["object"]: {f["path"]: (f["rendered"], f["live"]) for f in x["fields"]} for x in c["data"]["changed"]}
    assert changed[f"VirtualService {ns}/otlp-collector"] == {
        "spec.http[0].timeout": ("30s", "5s"), "spec.http[0].retries.attempts": (3, 9)} or \
        changed[f"VirtualService {ns}/otlp-collector"]["spec.http[0].timeout"] == ("30s", "5s")
    assert changed[f"Service {ns}/otlp-collector"] == {"metadata.labels.app": ("otlp-collector", "changed")}
    text = cli(*args[:-2])
    assert "changed: VirtualService" in text.out and 'spec.http[0].timeout: rendered "30s", live "5s"' in text.out
    assert "next:" in text.out


@live
def test_cluster_checks_read_live_pods_and_injection(kube_apiserver, project_kubectl, cli, write_env, tmp_path):
    api, ns = kube_apiserver, "doctor-live"
    config = environment(write_env, ns, "STRICT", telemetry_ns="istio-system")
    api.kubectl("apply", "-f", "-", input='{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}}')
    apply(api, cli, config, tmp_path, ns)
    for p in (pod(ns, "collector-v1-a", "v1", True), pod(ns, "collector-v1-b", "v1", True),
              pod(ns, "collector-v2-a", "v2", False)):
        api.kubectl("apply", "-f", "-", input=p)
    res = cli("doctor", "cluster", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig, "-o", "json")
    assert res.code == 1, res
    tracing, routes, mtls = json.loads(res.out)["checks"]
    assert (tracing["id"], routes["id"], mtls["id"]) == ("live-tracing", "live-routes", "live-mtls")
    assert tracing["status"] == "ok" and tracing["data"]["sampling_percentage"] == 1, tracing
    assert tracing["data"]["provider"]["service"] == f"otlp-collector.{ns}.svc.cluster.local"
    dests = routes["data"]["virtual_services"][0]["http"][0]["destinations"]
    assert [(d["subset"], d["weight"], d["workloads"]) for d in dests] == [
        ("v1", 90, [f"Pod {ns}/collector-v1-a", f"Pod {ns}/collector-v1-b"]), ("v2", 10, [f"Pod {ns}/collector-v2-a"])]
    assert [d["without_sidecar"] for d in dests] == [[], [f"Pod {ns}/collector-v2-a"]]
    text = cli("doctor", "cluster", "-c", config, "-e", "live", "--kubeconfig", api.kubeconfig).out
    assert f"10 % → otlp-collector.{ns}.svc.cluster.local subset v2 port 4318 → Pod {ns}/collector-v2-a (no sidecar)" in text
    # the namespace is injected, but the v2 pod runs without a sidecar: STRICT is not safe for it
    assert mtls["status"] == "fail" and mtls["data"]["verdict"] == "strict-broken"
    assert mtls["data"]["without_sidecar"] == [f"Pod {ns}/collector-v2-a"]
    assert {n["namespace"]: n["injection"] for n in mtls["data"]["namespaces"]}[ns] is True


@live
def test_envoy_from_a_pod_without_a_running_proxy_is_a_clear_error(kube_apiserver, project_kubectl, cli):
    # the API server has the pod, but nothing runs it (no kubelet): kubectl exec fails, and doctor says what to do
    api, ns = kube_apiserver, "doctor-envoy"
    api.kubectl("create", "namespace", ns)
    api.kubectl("apply", "-f", "-", input=pod(ns, "frontend-1", "v1", True))
    res = cli("doctor", "envoy", "--pod", f"{ns}/frontend-1", "--kubeconfig", api.kubeconfig)
    assert res.code == 2, res
    assert f"could not read the config dump of pod {ns}/frontend-1" in res.err
    assert "port-forward" in res.err and "Traceback" not in res.err
    res = cli("doctor", "certs", "--pod", f"{ns}/frontend-1", "--kubeconfig", api.kubeconfig)
    assert res.code == 2 and "could not read the config dump" in res.err, res
    res = cli("doctor", "envoy", "--pod", "frontend-1")
    assert res.code == 2 and "NAMESPACE/NAME" in res.err
