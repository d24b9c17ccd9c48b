"""The analyzer's core: host resolution, selectors, mesh membership, PeerAuthentication
precedence, partitions, suppression, determinism, speed, and the code table."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
import yaml

from otlp_istio.analyzers import CODES, analyze_documents, partitions, table
from otlp_istio.analyzers.codes import documentation_url
from otlp_istio.analyzers.index import Index
from otlp_istio.hosts import fqdn
from otlp_istio.findings import Severity
from otlp_istio.yamlio import Document

ROOT = Path(__file__).resolve().parents[2]


def docs(text: str, file: str = "in.yaml") -> list[Document]:
    return [Document(data=d, file=file, line=i + 1) for i, d in enumerate(yaml.safe_load_all(text)) if d]


def svc(name, ns, selector=None, ports=((80, "http"),), annotations=None):
    meta = {"name": name, "namespace": ns}
    if annotations:
        meta["annotations"] = annotations
    return {"apiVersion": "v1", "kind": "Service", "metadata": meta,
            "spec": {"selector": selector or {"app": name},
                     "ports": [{"name": n, "port": p} for p, n in ports]}}


def deploy(name, ns, labels, annotations=None, containers=("app",)):
    tmeta = {"labels": labels}
    if annotations:
        tmeta["annotations"] = annotations
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
            "spec": {"selector": {"matchLabels": labels},
                     "template": {"metadata": tmeta,
                                  "spec": {"containers": [{"name": c, "image": "x"} for c in containers]}}}}


def ns(name, **labels):
    meta = {"name": name}
    if labels:
        meta["labels"] = {k.replace("_", "-"): v for k, v in labels.items()}
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": meta}


def pa(name, namespace, mode, selector=None, ports=None):
    spec = {"mtls": {"mode": mode}}
    if selector:
        spec["selector"] = {"matchLabels": selector}
    if ports:
        spec["portLevelMtls"] = {p: {"mode": m} for p, m in ports.items()}
    return {"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
            "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def index(*objects) -> Index:
    return Index([Document(data=o, file="in.yaml", line=i + 1) for i, o in enumerate(objects)])


# ---------------------------------------------------------------- hosts

@pytest.mark.parametrize("host, expected", [
    ("reviews", "reviews.default.svc.cluster.local"),
    ("reviews.bookinfo", "reviews.bookinfo"),  # Istio qualifies only names without a dot
    ("reviews.bookinfo.svc", "reviews.bookinfo.svc"),
    ("reviews.bookinfo.svc.cluster.local", "reviews.bookinfo.svc.cluster.local"),
    ("api.example.com", "api.example.com"),
    ("*.example.com", "*.example.com"),
])
def test_host_resolution(host, expected):
    assert fqdn(host, "default") == expected


def test_lookup_short_names_resolve_in_the_namespace_of_the_referrer():
    ix = index(svc("reviews", "bookinfo"))
    assert ix.lookup_host("reviews", "bookinfo")[0].name == "reviews"
    assert ix.lookup_host("reviews", "default")[0] is None
    assert ix.lookup_host("reviews.bookinfo", "default") == (None, "reviews.bookinfo")  # as written, like Istio
    assert ix.lookup_host("reviews.bookinfo.svc.cluster.local", "default")[0] is not None
    assert ix.similar_services("reviews") == ["reviews.bookinfo.svc.cluster.local"]


def test_wildcard_service_entries_and_export_to():
    se = {"apiVersion": "networking.istio.io/v1", "kind": "ServiceEntry",
          "metadata": {"name": "ext", "namespace": "egress"},
          "spec": {"hosts": ["*.example.com"], "ports": [{"number": 443, "name": "https"}]}}
    private = {"apiVersion": "networking.istio.io/v1", "kind": "ServiceEntry",
               "metadata": {"name": "db", "namespace": "data"},
               "spec": {"hosts": ["db.internal"], "exportTo": ["."], "ports": [{"number": 5432, "name": "tcp"}]}}
    ix = index(se, private, svc("hidden", "a", annotations={"networking.istio.io/exportTo": "."}))
    assert ix.lookup_host("api.example.com", "default")[0].name == "ext"
    assert ix.lookup_host("a.b.example.com", "default")[0].name == "ext"
    assert ix.lookup_host("example.com", "default")[0] is None
    assert ix.lookup_host("db.internal", "data")[0].name == "db"
    assert ix.lookup_host("db.internal", "default")[0] is None  # exported to its own namespace only
    assert ix.lookup_host("hidden.a.svc.cluster.local", "a")[0] is not None
    assert ix.lookup_host("hidden.a.svc.cluster.local", "b")[0] is None
    assert ix.service_ports(ix.lookup_host("api.example.com", "x")[0]) == [443]


def test_objects_of_another_api_group_are_not_taken_for_kubernetes_kinds():
    knative = {"apiVersion": "serving.knative.dev/v1", "kind": "Service", "metadata": {"name": "reviews",
                                                                                       "namespace": "default"}}
    ix = index(knative)
    assert ix.services == {} and len(ix.resources) == 1


# ---------------------------------------------------------------- selectors

def test_select_intersects_labels_within_a_namespace():
    ix = index(deploy("a", "n1", {"app": "x", "version": "v1"}), deploy("b", "n1", {"app": "x", "version": "v2"}),
               deploy("c", "n2", {"app": "x", "version": "v1"}))
    names = lambda ws: [w.resource.name for w in ws]  # noqa: E731
    assert names(ix.select("n1", {"app": "x"})) == ["a", "b"]
    assert names(ix.select("n1", {"app": "x", "version": "v1"})) == ["a"]
    assert names(ix.select("n1", {"app": "y"})) == []
    assert names(ix.select("n1", {})) == ["a", "b"]
    assert names(ix.select(None, {"version": "v1"})) == ["a", "c"]
    assert ix.has_workloads("n2") and not ix.has_workloads("n3")


def test_all_workload_kinds_and_pods_are_indexed():
    cron = {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "cj", "namespace": "n"},
            "spec": {"jobTemplate": {"spec": {"template": {"metadata": {"labels": {"app": "cj"}},
                                                               "spec": {"containers": []}}}}}}
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "n", "labels": {"app": "p"}},
           "spec": {"containers": [{"name": "p"}]}}
    lst = {"apiVersion": "v1", "kind": "List", "items": [deploy("d", "n", {"app": "d"})]}
    ix = index(cron, pod, lst)
    assert sorted((w.resource.kind, w.template_path) for w in ix.workloads) == [
        ("CronJob", "spec.jobTemplate.spec.template"), ("Deployment", "spec.template"), ("Pod", "")]


# ---------------------------------------------------------------- mesh membership

@pytest.mark.parametrize("namespace, labels, annotations, containers, expected", [
    (ns("n", istio_injection="enabled"), {}, {}, ("app",), True),
    (ns("n", istio_injection="enabled"), {"sidecar.istio.io/inject": "false"}, {}, ("app",), False),
    (ns("n", istio_injection="enabled"), {}, {"sidecar.istio.io/inject": "false"}, ("app",), False),
    (ns("n", istio_injection="disabled"), {"sidecar.istio.io/inject": "true"}, {}, ("app",), False),
    (ns("n"), {"sidecar.istio.io/inject": "true"}, {}, ("app",), True),
    (ns("n"), {"istio.io/rev": "canary"}, {}, ("app",), True),
    (ns("n"), {}, {}, ("app",), False),
    (ns("n"), {}, {}, ("app", "istio-proxy"), True),
    ({"apiVersion": "v1", "kind": "Namespace",
      "metadata": {"name": "n", "labels": {"istio.io/dataplane-mode": "ambient"}}}, {}, {}, ("app",), True),
    ({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "n", "labels": {"istio.io/rev": "1-24"}}},
     {}, {}, ("app",), True),
    (None, {}, {}, ("app",), None),  # namespace not among the documents: unknown
])
def test_in_mesh(namespace, labels, annotations, containers, expected):
    objects = [deploy("d", "n", {"app": "d", **labels}, annotations, containers)]
    if namespace:
        objects.append(namespace)
    ix = index(*objects)
    state, reason = ix.in_mesh(ix.workloads[0])
    assert state is expected and reason


# ---------------------------------------------------------------- PeerAuthentication

def test_peer_mode_precedence_workload_over_namespace_over_mesh():
    w = deploy("d", "n", {"app": "d"})
    assert index(w).peer_mode(index(w).workloads[0]).mode == "PERMISSIVE"
    ix = index(w, pa("default", "istio-system", "STRICT"))
    assert ix.peer_mode(ix.workloads[0]).describe() == "STRICT (from PeerAuthentication istio-system/default)"
    ix = index(w, pa("default", "istio-system", "STRICT"), pa("default", "n", "PERMISSIVE"))
    assert ix.peer_mode(ix.workloads[0]).mode == "PERMISSIVE"
    ix = index(w, pa("default", "n", "PERMISSIVE"), pa("d", "n", "DISABLE", {"app": "d"}, {8080: "STRICT"}))
    peer = ix.peer_mode(ix.workloads[0])
    assert (peer.mode, peer.source.name) == ("DISABLE", "d")
    assert peer.at(8080)[0] == "STRICT" and peer.at(9090)[0] == "DISABLE"
    ix = index(w, pa("default", "n", "STRICT"), pa("d", "n", "UNSET", {"app": "d"}))
    assert ix.peer_mode(ix.workloads[0]).mode == "STRICT"  # UNSET inherits


def test_root_namespace_comes_from_the_mesh_config():
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "istio", "namespace": "istio-system"},
          "data": {"mesh": "rootNamespace: mesh-root\nenableTracing: true\n"}}
    w = deploy("d", "n", {"app": "d"})
    ix = index(cm, w, pa("default", "mesh-root", "STRICT"), pa("default", "istio-system", "DISABLE"))
    assert ix.root_namespace == "mesh-root"
    assert ix.peer_mode(ix.workloads[0]).mode == "STRICT"


# ---------------------------------------------------------------- the whole analyzer

BROKEN = """\
apiVersion: v1
kind: Service
metadata: {name: reviews, namespace: default}
spec:
  selector: {app: reviews}
  ports: [{name: foo, port: 80}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews, namespace: default}
spec:
  hosts: [reviews]
  http:
  - route:
    - {destination: {host: reviewz}, weight: 50}
    - {destination: {host: reviews, subset: v9}, weight: 20}
"""


def test_output_is_deterministic_whatever_the_document_order():
    base = docs(BROKEN)
    first = analyze_documents(base)
    assert {f.code for f in first} == {"OI1101", "OI1102", "OI1105", "OI1401"}
    for seed in range(5):
        shuffled = base[:]
        random.Random(seed).shuffle(shuffled)
        assert analyze_documents(shuffled) == first


def test_non_mapping_documents_and_objects_without_kind_are_skipped():
    items = [Document(data="text", file="a.yaml", line=1), Document(data=[1, 2], file="a.yaml", line=2),
             Document(data={"metadata": {"name": "x"}}, file="a.yaml", line=3),
             Document(data={"kind": "Service", "spec": None, "metadata": None}, file="a.yaml", line=4)]
    assert analyze_documents(items) == []


def test_suppression_annotation_drops_listed_codes_only():
    text = BROKEN.replace("metadata: {name: reviews, namespace: default}\nspec:\n  hosts",
                          "metadata: {name: reviews, namespace: default, annotations: "
                          "{galley.istio.io/analyze-suppress: 'IST0101,OI1105'}}\nspec:\n  hosts")
    assert {f.code for f in analyze_documents(docs(text))} == {"OI1401"}
    text = BROKEN.replace("metadata: {name: reviews, namespace: default}\nspec:\n  selector",
                          "metadata: {name: reviews, namespace: default, annotations: "
                          "{galley.istio.io/analyze-suppress: '*'}}\nspec:\n  selector")
    assert "OI1401" not in {f.code for f in analyze_documents(docs(text))}


def test_folders_that_redefine_the_same_objects_are_analyzed_apart():
    prod = docs(BROKEN.split("---")[0], "dist/prod/service.yaml")
    dev_text = ("apiVersion: v1\nkind: Service\nmetadata: {name: reviews, namespace: default}\n"
                "spec: {selector: {app: reviews}, ports: [{name: http, port: 80}]}\n---\n"
                "apiVersion: networking.istio.io/v1\nkind: VirtualService\n"
                "metadata: {name: reviews, namespace: default}\n"
                "spec: {hosts: [reviews], http: [{route: [{destination: {host: reviews, port: {number: 80}}}]}]}\n")
    dev = docs(dev_text, "dist/dev/all.yaml")
    assert len(partitions(prod + dev)) == 2
    # each environment alone: prod's Service has a badly named port; dev is clean
    assert {(f.code, f.file) for f in analyze_documents(prod + dev)} == {("OI1401", "dist/prod/service.yaml")}
    # different objects in different folders are one system
    split = docs(BROKEN.split("---")[0], "k8s/services/s.yaml") + docs(BROKEN.split("---")[1], "k8s/istio/vs.yaml")
    assert len(partitions(split)) == 1
    assert "OI1102" in {f.code for f in analyze_documents(split)}


def test_ten_thousand_documents_give_the_same_findings_in_any_order():
    """The benchmark's 10,000 documents (its speed is measured in bench/bench_analyze.py, not
    here): the findings do not depend on the order the documents come in."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from manifests import MIX, manifest
    finally:
        sys.path.remove(str(ROOT / "bench"))
    items = [Document(data=manifest(MIX[i % len(MIX)], i), file=f"f{i}.yaml", line=1) for i in range(10_000)]
    forward = analyze_documents(items)
    assert analyze_documents(list(reversed(items))) == forward


# ---------------------------------------------------------------- the code table

def test_code_table_is_stable_and_complete():
    assert all(re.fullmatch(r"OI1[1-6]\d\d", c) for c in CODES)
    assert len({c.name for c in CODES.values()}) == len(CODES)
    for c in CODES.values():
        assert c.istio_code is None or re.fullmatch(r"IST0\d{3}", c.istio_code)
        assert isinstance(c.severity, Severity) and c.description and c.fix
    assert table()["OI1101"] == {"name": "RouteHostNotFound", "severity": "Error", "istio_code": "IST0101",
                                 "description": CODES["OI1101"].description, "fix": CODES["OI1101"].fix}


def test_documentation_urls():
    assert documentation_url("OI1101", "IST0101") == "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
    assert documentation_url("OI1201") == "docs/analyzers.md#oi1201"
    assert documentation_url("OI0101") == "README.md#otlp-istio-validate"


def test_docs_analyzers_md_holds_the_current_code_table():
    from otlp_istio.analyzers.codes import markdown_table

    text = (ROOT / "docs" / "analyzers.md").read_text()
    assert markdown_table() in text, "regenerate the table: otlp_istio.analyzers.codes.markdown_table()"
    for code in CODES:
        assert f'<a id="{code.lower()}"></a>' in text, code


def test_a_name_dot_namespace_host_is_reported_with_the_fqdn_to_write():
    from otlp_istio.analyzers import analyze_documents
    from otlp_istio.yamlio import Document
    vs = {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
          "metadata": {"name": "front", "namespace": "default"},
          "spec": {"hosts": ["front"], "http": [{"route": [{"destination": {"host": "reviews.bookinfo",
                                                                            "port": {"number": 9080}}}]}]}}
    docs = [Document(data=d, file="x.yaml", line=1) for d in (svc("reviews", "bookinfo"), vs)]
    [finding] = [f for f in analyze_documents(docs) if f.code == "OI1101"]
    assert "write reviews.bookinfo.svc.cluster.local" in finding.message
