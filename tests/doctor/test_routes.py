"""doctor routes: what each route sends where, and the workloads behind each subset."""
from __future__ import annotations

from otlp_istio.doctor import routes, sources
from otlp_istio.doctor.result import Status

from .manifests import NAMESPACE, SERVICE, deployment, write

DR = """\
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: api, namespace: shop}
spec:
  host: api
  subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]
"""


def vs(second_subset: str = "v2", w1: int = 90, w2: int = 10) -> str:
    return f"""\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {{name: api, namespace: shop}}
spec:
  hosts: [api]
  http:
  - match: [{{uri: {{prefix: /v2}}}}]
    route:
    - {{destination: {{host: api, subset: v1, port: {{number: 8080}}}}, weight: {w1}}}
    - {{destination: {{host: api, subset: {second_subset}, port: {{number: 8080}}}}, weight: {w2}}}
    timeout: 5s
  - route: [{{destination: {{host: api, subset: v1}}}}]
"""


def run(tmp_path, *docs):
    [m] = sources.from_paths([write(tmp_path, *docs)])
    return routes.check(m)


def test_given_split_then_each_destination_names_its_workloads(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), deployment("api-v2", "v2"), DR, vs())
    assert r.status is Status.OK, r.findings
    [v] = r.data["virtual_services"]
    first = v["http"][0]
    assert first["match"] == "uri prefix /v2" and first["timeout"] == "5s"
    assert [(d["subset"], d["weight"], d["workloads"]) for d in first["destinations"]] == [
        ("v1", 90, ["Deployment shop/api-v1"]), ("v2", 10, ["Deployment shop/api-v2"])]
    assert v["http"][1]["destinations"][0]["weight"] == 100
    assert all(d["without_sidecar"] == [] for d in first["destinations"])
    [d] = r.data["destination_rules"]
    assert {s["name"]: s["workloads"] for s in d["subsets"]} == {"v1": ["Deployment shop/api-v1"],
                                                                 "v2": ["Deployment shop/api-v2"]}
    assert any("90 % → api.shop.svc.cluster.local subset v1 port 8080 → Deployment shop/api-v1" in x for x in r.details)


def test_given_subset_without_workload_then_fail(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), DR, vs())
    assert r.status is Status.FAIL  # a subset no pod matches: istioctl's IST0173, an error
    assert [f.code for f in r.findings] == ["OI1203"]
    assert r.data["destination_rules"][0]["subsets"][1]["workloads"] == []


def test_given_route_to_undefined_subset_then_fail(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), deployment("api-v2", "v2"), DR, vs("canary"))
    assert r.status is Status.FAIL
    assert "OI1102" in [f.code for f in r.findings]
    dest = r.data["virtual_services"][0]["http"][0]["destinations"][1]
    assert dest["workloads"] == [] and dest["selected_by"] == "subset 'canary' not defined"
    assert r.next


def test_given_no_workload_among_the_files_then_the_summary_does_not_claim_they_resolve(tmp_path):
    """Without workloads in the namespace the analyzer stays silent (they live elsewhere), so the
    summary must not say every destination resolves while the details say NO workload."""
    route = """\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: shop}
spec:
  hosts: [api]
  http:
  - route: [{destination: {host: api, port: {number: 8080}}}]
"""
    r = run(tmp_path, NAMESPACE, SERVICE, route)
    assert r.status is Status.OK and r.findings == []
    assert r.summary == ("1 VirtualService(s), 1 http rule(s), 0 DestinationRule(s): no finding, but "
                         "api.shop.svc.cluster.local has no workload among these manifests (add the manifests of "
                         "the workloads behind it to check where its routes go)")
    assert r.details[-1] == "    100 % → api.shop.svc.cluster.local port 8080 → NO workload (selector app=api)"


def test_given_every_destination_has_a_workload_then_the_summary_says_so(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), deployment("api-v2", "v2"), DR, vs())
    assert r.summary.endswith(": every destination resolves to a workload"), r.summary


GATEWAY = """\
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: shop}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: [shop.example.com]}]
"""
JWT_ROUTE = """\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: public-api, namespace: shop}
spec:
  hosts: [shop.example.com]
  gateways: [public]
  http:
  - match: [{headers: {"@request.auth.claims.group": {exact: beta}}}]
    route: [{destination: {host: api, port: {number: 8080}}}]
  - route: [{destination: {host: api, port: {number: 8080}}}]
"""


def test_given_files_without_the_ingress_gateway_then_doctor_sees_istioctls_stand_in_as_analyze_does(tmp_path, cli):
    """A JWT-claim route through a Gateway for the default ingress gateway (not among the files):
    as istioctl on files, analyze assumes the installed ingress gateway in istio-system, which no
    RequestAuthentication selects; doctor reads the same index, so it does not call the route fine."""
    docs = (NAMESPACE, SERVICE, deployment("api-v1", "v1"), GATEWAY, JWT_ROUTE)
    r = run(tmp_path, *docs)
    assert r.status is Status.FAIL
    assert [(f.code, f.resource, f.path) for f in r.findings] == [
        ("OI1113", "VirtualService public-api.shop", "spec.gateways[0]")]
    assert "(Pod istio-system/istio-ingressgateway-dummypod)" in r.findings[0].message
    analyzed = cli("analyze", tmp_path / "all.yaml")
    assert analyzed.code == 1 and analyzed.out.count(" OI1113 VirtualService public-api.shop ") == 1, analyzed
    # the stand-in is the analyzer's assumption, not an object of the environment
    [m] = sources.from_paths([tmp_path / "all.yaml"])
    assert [r.label for r in m.resources] == ["Namespace shop", "Service shop/api", "Deployment shop/api-v1",
                                              "Gateway shop/public", "VirtualService shop/public-api"]
    assert sorted(m.index.stand_ins) == ["Pod istio-ingressgateway-dummypod.istio-system",
                                         "Service istio-ingressgateway.istio-system"]


def version_service(version: str) -> str:
    return f"""\
apiVersion: v1
kind: Service
metadata: {{name: api-{version}, namespace: shop}}
spec:
  selector: {{app: api, version: {version}}}
  ports: [{{name: http, port: 8080}}]
"""


ROUTE = """\
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: api, namespace: shop}
spec:
  parentRefs: [{group: "", kind: Service, name: api, port: 8080}]
  rules:
  - matches: [{path: {type: PathPrefix, value: /v2}}]
    timeouts: {request: 5s}
    backendRefs: [{name: api-v1, port: 8080, weight: 9}, {name: api-v2, port: 8080, weight: 1}]
  - backendRefs: [{name: api-v3, port: 8080}]
"""


def test_given_gateway_api_routes_then_each_backend_names_its_workloads_and_share(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, version_service("v1"), version_service("v2"),
            deployment("api-v1", "v1"), deployment("api-v2", "v2"), ROUTE)
    [route] = r.data["gateway_routes"]
    assert route["route"] == "HTTPRoute shop/api" and route["parents"] == ["api.shop.svc.cluster.local port 8080"]
    first, second = route["rules"]
    assert (first["match"], first["timeout"]) == ("path PathPrefix /v2", "5s")
    assert [(b["service"], b["share"], b["workloads"]) for b in first["backends"]] == [
        ("api-v1.shop.svc.cluster.local", 90.0, ["Deployment shop/api-v1"]),
        ("api-v2.shop.svc.cluster.local", 10.0, ["Deployment shop/api-v2"])]
    # a backend Service nothing defines: the analyzer's finding (OI1117) makes the check fail
    assert second["backends"][0]["workloads"] == [] and r.status is Status.FAIL
    assert [f.code for f in r.findings] == ["OI1117"]
    assert "1 Gateway API route(s), 2 rule(s)" in r.summary and "10 % → api-v2.shop.svc.cluster.local" in \
        "\n".join(r.details)
