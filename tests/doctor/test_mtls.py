"""doctor mtls: the mode per workload and the seed's PERMISSIVE-first verdict."""
from __future__ import annotations

from otlp_istio.doctor import mtls, sources
from otlp_istio.doctor.result import Status

from .manifests import NAMESPACE, SERVICE, deployment, peer_auth, write


def run(tmp_path, *docs):
    [m] = sources.from_paths([write(tmp_path, *docs)])
    return mtls.check(m)


def test_given_permissive_and_every_workload_injected_then_ready_for_strict(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), peer_auth("PERMISSIVE"))
    assert r.status is Status.OK
    assert r.data["verdict"] == "ready-for-strict"
    assert "mtls.mode: STRICT" in r.next[0]


def test_given_permissive_and_a_workload_without_sidecar_then_not_ready(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), deployment("api-v2", "v2", inject="false"),
            peer_auth("PERMISSIVE"))
    assert r.status is Status.OK
    assert r.data["verdict"] == "not-ready"
    assert r.data["without_sidecar"] == ["Deployment shop/api-v2"]
    assert "keep PERMISSIVE" in r.next[0]


def test_given_strict_over_a_workload_without_sidecar_then_fail_with_the_analyzer_finding(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), deployment("api-v2", "v2", inject="false"),
            peer_auth("STRICT"))
    assert r.status is Status.FAIL
    assert r.data["verdict"] == "strict-broken"
    assert [f.code for f in r.findings] == ["OI1301"]
    assert r.findings[0].line is not None  # located in the file
    assert "PERMISSIVE" in r.next[0]


def test_given_selector_policy_then_the_mode_per_workload_follows_istio(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), deployment("api-v2", "v2"),
            peer_auth("STRICT"), peer_auth("PERMISSIVE", name="v2-open", selector="{version: v2}"))
    modes = {w["workload"]: (w["mode"], w["source"]) for w in r.data["workloads"]}
    assert modes == {"Deployment shop/api-v1": ("STRICT", "PeerAuthentication shop/default"),
                     "Deployment shop/api-v2": ("PERMISSIVE", "PeerAuthentication shop/v2-open")}
    assert r.status is Status.OK and r.data["verdict"] == "strict-enforced"


def test_given_destination_rule_plaintext_to_strict_then_fail(tmp_path):
    dr = """\
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: api, namespace: shop}
spec:
  host: api
  trafficPolicy: {tls: {mode: DISABLE}}
"""
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), peer_auth("STRICT"), dr)
    assert r.status is Status.FAIL
    assert [f.code for f in r.findings] == ["OI1303"]


def test_given_disable_everywhere_then_warn(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), peer_auth("DISABLE"))
    assert r.status is Status.WARN and r.data["verdict"] == "disabled"


def test_given_strict_namespace_and_a_permissive_selector_policy_then_the_advice_names_that_policy(tmp_path):
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), peer_auth("STRICT"),
            peer_auth("PERMISSIVE", name="scrape", selector="{app: api}"))
    assert r.data["verdict"] == "ready-for-strict"
    assert "PERMISSIVE by PeerAuthentication shop/scrape" in r.next[0]


def test_istioctls_stand_in_ingress_gateway_is_no_workload_of_the_report_whatever_the_root_namespace(tmp_path):
    mesh = """\
apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data: {mesh: "rootNamespace: istio-config"}
"""
    r = run(tmp_path, NAMESPACE, SERVICE, deployment("api-v1", "v1"), peer_auth("PERMISSIVE"), mesh)
    assert [w["workload"] for w in r.data["workloads"]] == ["Deployment shop/api-v1"]
    assert r.status is Status.OK and r.data["verdict"] == "ready-for-strict"


def _w(name, mode="PERMISSIVE", sidecar=True, source="Istio default (PERMISSIVE)", ports=None):
    return mtls.WorkloadMode(name, "shop", mode, source, ports or {}, sidecar, "" if sidecar else "no injection")


def test_the_verdict_is_a_pure_function_of_the_facts():
    """judge() reads only the gathered facts: each verdict from hand-made facts, no manifests."""
    ns = [mtls.NamespaceMode("shop", "PERMISSIVE", "Istio default", True, "")]
    cases = [
        ([_w("a"), _w("b")], "ready-for-strict", Status.OK),
        ([_w("a"), _w("b", sidecar=False)], "not-ready", Status.OK),
        ([_w("a", ports={"8080": "STRICT"})], "strict-enforced", Status.OK),
        ([_w("a", mode="DISABLE")], "disabled", Status.WARN),
    ]
    for workloads, verdict, status in cases:
        v = mtls.judge(mtls.Facts(workloads, ns, []))
        assert (v.verdict, v.status) == (verdict, status), workloads
        assert v.summary.startswith("namespaces shop PERMISSIVE; ")
    v = mtls.judge(mtls.Facts([_w("a"), _w("b", sidecar=False)], ns, []))
    assert [w.workload for w in v.outside] == ["b"] and "get no sidecar (b)" in v.summary
