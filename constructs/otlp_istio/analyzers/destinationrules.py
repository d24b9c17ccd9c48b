"""DestinationRules: does the host exist, does each subset select a pod, is the server verified.

* OI1202 (IST0174) the host is defined by no Service and no ServiceEntry visible to the rule's
  namespace. As in istioctl, a wildcard host (``*.example.com``) exists only when a
  ServiceEntry host covers it.
* OI1203 (IST0173, Error) a subset's labels — with the ServiceEntry's ``workloadSelector`` for
  a ServiceEntry host; a Service's selector is not added, as in istioctl — match no pod and no
  pod template of any namespace (a Deployment's pod template stands for the pods it creates):
  requests to the subset fail with 503 ``no healthy upstream``. Reported whatever the documents
  hold, as istioctl does.
  FAIL: subset ``canary: {version: v2}`` while the only pod template has ``version: v1``.
  PASS: a Deployment whose pod template has ``version: v2``.
  Pods on a Node among the documents carry its topology as Istio adds it: the node's non-empty
  ``topology.kubernetes.io/region``/``zone``, ``topology.istio.io/subzone`` and the node name as
  ``kubernetes.io/hostname``; an empty topology label on the node matches nothing.
* OI1201 (ours, Warning) the subset's labels with the Service's selector select no workload of
  the Service's namespace although they match elsewhere (istioctl is satisfied by a pod of any
  namespace; the endpoints of the Service are in its own). Only when that namespace has
  workloads among the documents.
* OI1206 (ours) two DestinationRules of one namespace for one host (as written, resolved in
  that namespace) both set a top-level ``trafficPolicy`` or define a subset of the same name:
  Istio merges rules for a host but keeps the oldest one's policy and subset, so the other's
  settings are silently dropped.
* OI1204 / OI1205 (IST0128 / IST0129) ``tls.mode`` SIMPLE or MUTUAL at the rule's (or a port's)
  traffic policy without ``caCertificates`` (a ``credentialName`` counts only with a
  ``workloadSelector``): the server's certificate is not verified.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from ..hosts import fqdn
from .index import Index, Resource, as_dict, as_list, map_selects, show_labels, str_map, text

NAME = "destinationrules"
DESCRIPTION = "DestinationRule hosts, subsets and TLS server verification"
KINDS = ("DestinationRule", "Service", "ServiceEntry", "Deployment", "Pod")


def analyze(index: Index) -> Iterator[Finding]:
    yield from _conflicts(index)
    for dr in index.kind("DestinationRule"):
        yield from _ca_certificates(dr)
        host = text(dr.spec.get("host"))
        if not host:
            continue  # the schema check reports a missing host
        target, host_fqdn = index.lookup_host(host, dr.namespace or "default",
                                              [text(e) for e in as_list(dr.spec.get("exportTo"))])
        if target is None:
            shown = host if host == host_fqdn else f"{host} (read as {host_fqdn})"
            others = index.similar_hosts(host, host_fqdn)
            hint = f"; did you mean {' or '.join(others)}?" if others else (
                "; fix the host (use the FQDN name.namespace.svc.cluster.local for a Service of another "
                "namespace), or add the Service, or a ServiceEntry")
            if host.startswith("*"):
                hint = ("; a wildcard host needs a ServiceEntry host that covers it (istioctl matches a "
                        "DestinationRule host against Service names and ServiceEntry hosts)")
            yield dr.finding(messages.DESTINATION_RULE_HOST_NOT_FOUND, "spec.host",
                             f"host {shown} is defined by no Service and no ServiceEntry{hint}")
            continue
        yield from _subsets(index, dr, target)


def _subsets(index: Index, dr: Resource, target: Resource) -> Iterator[Finding]:
    base = str_map(as_dict(target.spec.get("workloadSelector")).get("labels")) if target.kind == "ServiceEntry" else {}
    for i, subset in enumerate(as_list(dr.spec.get("subsets"))):
        subset = as_dict(subset)
        name = text(subset.get("name"))
        labels = {**base, **str_map(subset.get("labels"))}
        if not index.select_pods(None, labels):
            if not _selects_by_topology(index, labels):
                yield dr.finding(messages.SUBSET_SELECTS_NO_POD, f"spec.subsets[{i}]",
                                 _no_pod_message(index, name, labels, target))
        elif target.kind == "Service":
            msg = _namespace_mismatch(index, name, labels, target)
            if msg:
                yield dr.finding(messages.SUBSET_SELECTS_NO_WORKLOAD, f"spec.subsets[{i}].labels", msg)


TOPOLOGY_LABELS = ("topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone",
                   "kubernetes.io/hostname")


def _selects_by_topology(index: Index, labels: dict[str, str]) -> bool:
    """Whether a Pod matches once Istio adds its node's topology (as istioctl does): the node's
    non-empty region, zone and subzone labels, and its name as ``kubernetes.io/hostname``."""
    if not any(k in labels for k in TOPOLOGY_LABELS):
        return False
    nodes = {n.name: n.labels for n in index.kind("Node")}
    for w in index.workloads:
        node = text(w.resource.spec.get("nodeName")) if w.resource.kind == "Pod" else ""
        if not node:
            continue
        augmented = dict(w.labels)
        region = nodes.get(node, {}).get("topology.kubernetes.io/region", "")
        zone = nodes.get(node, {}).get("topology.kubernetes.io/zone", "")
        subzone = nodes.get(node, {}).get("topology.istio.io/subzone", "") if zone else ""
        for key, value in zip(TOPOLOGY_LABELS, (region, zone, subzone, node)):
            if value:
                augmented[key] = value
        if all(augmented.get(k) == v for k, v in labels.items()):
            return True
    return False


def _no_pod_message(index: Index, name: str, labels: dict[str, str], target: Resource) -> str:
    if not index.workloads:
        where = "there is no pod or workload among the documents at all"
    else:
        ns = target.namespace if target.kind == "Service" and index.has_workloads(target.namespace) else None
        where = index.label_hint(ns, labels) if labels else "no workload at all"
    return (f"subset {name!r} ({show_labels(labels)}) selects no pod of any namespace: requests routed to it "
            f"fail with 503 no healthy upstream; {where}; fix the subset labels or label the pod template of "
            "the workload this subset is for")


def _namespace_mismatch(index: Index, name: str, labels: dict[str, str], svc: Resource) -> str | None:
    ns = svc.namespace or "default"
    selector = str_map(svc.spec.get("selector"))
    if not selector or not index.has_workloads(ns):
        return None  # a Service without selector has hand-made endpoints: nothing to compare with
    behind = index.service_workloads(svc)
    if any(map_selects(labels, w.labels) for w in behind):
        return None
    clash = {k for k, v in labels.items() if k in selector and selector[k] != v}
    if clash:
        return (f"subset {name!r} ({show_labels(labels)}) can select nothing behind {svc.label}: it contradicts "
                f"the Service's selector ({show_labels(selector)}) on {', '.join(sorted(clash))}; the pods it "
                "matches are in other namespaces or behind other Services; fix the subset labels")
    if not behind:
        return (f"subset {name!r} ({show_labels(labels)}) selects no workload behind {svc.label}: no workload "
                f"of namespace {ns} matches the Service's selector ({show_labels(selector)}); the pods it matches "
                f"are elsewhere; {index.label_hint(ns, selector)}")
    seen = sorted({f"{k}={w.labels.get(k, '(unset)')}" for w in behind for k in labels})
    return (f"subset {name!r} ({show_labels(labels)}) selects no workload behind {svc.label}, only workloads of "
            f"other namespaces or Services: its workloads ({', '.join(sorted({w.label for w in behind})[:5])}) "
            f"have {', '.join(seen)}; fix the subset labels or label the pod template of the workload this "
            "subset is for")


def _unverified(tls: dict, has_selector: bool) -> str | None:
    mode = text(tls.get("mode")).upper()
    if mode not in ("SIMPLE", "MUTUAL"):
        return None
    if tls.get("caCertificates") or (tls.get("credentialName") and has_selector):
        return None
    return mode


def _ca_certificates(dr: Resource) -> Iterator[Finding]:
    has_selector = dr.spec.get("workloadSelector") is not None
    policy = as_dict(dr.spec.get("trafficPolicy"))
    host = text(dr.spec.get("host"))
    mode = _unverified(as_dict(policy.get("tls")), has_selector)
    if mode:
        yield dr.finding(messages.DESTINATION_RULE_NO_CA_CERTIFICATES, "spec.trafficPolicy.tls", (
            f"tls mode {mode} towards {host} has no caCertificates, so the server's certificate is not verified; "
            "set caCertificates (or a credentialName with a workloadSelector)"))
    for i, pls in enumerate(as_list(policy.get("portLevelSettings"))):
        pls = as_dict(pls)
        mode = _unverified(as_dict(pls.get("tls")), has_selector)
        if mode:
            port = text(as_dict(pls.get("port")).get("number"))
            yield dr.finding(messages.DESTINATION_RULE_PORT_NO_CA_CERTIFICATES,
                             f"spec.trafficPolicy.portLevelSettings[{i}].tls", (
                f"tls mode {mode} towards {host} port {port} has no caCertificates, so the server's certificate "
                "is not verified; set caCertificates (or a credentialName with a workloadSelector)"))


def _conflicts(index: Index) -> Iterator[Finding]:
    by_host: dict[tuple[str, str], list[Resource]] = {}
    for dr in index.kind("DestinationRule"):
        host = text(dr.spec.get("host"))
        if host:
            by_host.setdefault((dr.namespace or "default", fqdn(host, dr.namespace or "default")), []).append(dr)
    for (ns, host), rules in sorted(by_host.items()):
        if len({r.name for r in rules}) < 2:
            continue
        rules = sorted(rules, key=lambda r: r.name)
        for dr in rules:
            others = [o for o in rules if o.name != dr.name]
            clash = []
            if dr.spec.get("trafficPolicy") is not None and any(o.spec.get("trafficPolicy") is not None for o in others):
                clash.append("a trafficPolicy")
            mine = {text(as_dict(s).get("name")) for s in as_list(dr.spec.get("subsets"))}
            shared = sorted(mine & {text(as_dict(s).get("name")) for o in others for s in as_list(o.spec.get("subsets"))})
            if shared:
                clash.append(f"subset(s) {', '.join(shared)}")
            if clash:
                yield dr.finding(messages.CONFLICTING_DESTINATION_RULES, "spec.host", (
                    f"DestinationRule {dr.name} and {', '.join(o.name for o in others)} (namespace {ns}) are all for "
                    f"host {host} and both define {' and '.join(clash)}; Istio keeps the oldest rule's and drops "
                    "the rest; merge them into one DestinationRule"))
