"""Mutual TLS: is every workload under STRICT in the mesh, and do DestinationRules agree.

The PeerAuthentication in force for a workload is, as Istio picks it: one selecting the workload
(its namespace), else the namespace-wide one, else the mesh-wide one (root namespace, no
selector), else PERMISSIVE; ``UNSET`` inherits; ``portLevelMtls`` overrides per target port.

* OI1301 a workload under STRICT gets no sidecar: STRICT
  is not enforced for it, and it cannot call STRICT workloads. Not reported when its namespace
  is simply not injected: OI1302 says that once for the namespace.
  FAIL: ``sidecar.istio.io/inject: "false"`` on a pod template in a STRICT namespace.
* OI1302 (IST0102) a namespace under STRICT (namespace- or mesh-wide) is not enabled for
  injection. System namespaces and the root namespace are not checked.
* OI1303 a DestinationRule with ``tls.mode`` DISABLE or SIMPLE towards workloads whose policy
  is STRICT: their sidecars accept Istio mTLS only, so the requests are rejected (Kiali's
  KIA0207/KIA0208, offline).
* OI1304 a DestinationRule with ``tls.mode`` ISTIO_MUTUAL towards workloads whose policy is
  DISABLE or that have no sidecar (Kiali's KIA0501 family, the other way round).
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import (SYSTEM_NAMESPACES, Index, Resource, Workload, as_dict, as_list, str_map, text)

NAME = "mtls"
DESCRIPTION = "STRICT mTLS readiness and DestinationRule TLS vs PeerAuthentication"
KINDS = ("PeerAuthentication", "DestinationRule", "Namespace", "Service", "Deployment", "Pod")

_LIST = 5  # how many items a message names before "and N more"


def analyze(index: Index) -> Iterator[Finding]:
    yield from _readiness(index)
    yield from _destination_rules(index)


def _names(items: list[str]) -> str:
    items = sorted(set(items))
    shown = ", ".join(items[:_LIST])
    return shown + (f" and {len(items) - _LIST} more" if len(items) > _LIST else "")


# ---------------------------------------------------------------- readiness

def _strict_ports(index: Index, w: Workload) -> tuple[bool, Resource | None]:
    peer = index.peer_mode(w)
    if peer.mode == "STRICT":
        return True, peer.source
    for mode, pa in peer.ports.values():
        if mode == "STRICT":
            return True, pa
    return False, None


def _readiness(index: Index) -> Iterator[Finding]:
    skip = SYSTEM_NAMESPACES | {index.root_namespace}
    # namespaces under STRICT by a namespace-wide or mesh-wide policy
    for ns_name, ns in sorted(index.namespaces.items()):
        if ns_name in skip:
            continue
        mode, source = index.namespace_mode(ns_name)
        if mode != "STRICT" or source is None:
            continue
        injected, reason = index.namespace_injection(ns_name)
        if injected is not False:
            continue
        affected = [w.label for w in index.ns_workloads.get(ns_name, ()) if index.in_mesh(w)[0] is False
                    and _strict_ports(index, w)[0]]
        scope = "mesh-wide" if source.namespace == index.root_namespace else "namespace-wide"
        reason = reason.replace(f"namespace {ns_name} ", "it ", 1)
        msg = (f"namespace {ns_name} is under STRICT mTLS ({scope}, {source.label}) but {reason}, "
               f"so its pods get no sidecar")
        if affected:
            msg += f" (workloads left out of the mesh: {_names(affected)})"
        msg += ("; label it istio-injection=enabled (or istio.io/rev=<revision>), or make mTLS PERMISSIVE "
                "there until its workloads are in the mesh")
        yield ns.finding(messages.STRICT_MTLS_NAMESPACE_NOT_INJECTED, "metadata.labels", msg)

    for w in index.workloads:
        if w.namespace in skip:
            continue
        strict, source = _strict_ports(index, w)
        if not strict:
            continue
        in_mesh, reason = index.in_mesh(w)
        if in_mesh is not False:
            continue
        _, ns_reason = index.namespace_injection(w.namespace)
        by_namespace = reason == ns_reason
        if by_namespace and source is not None and match_is_namespace_wide(source) and w.namespace in index.namespaces:
            continue  # OI1302 on the Namespace covers it
        src = source.label if source is not None else "Istio default"
        yield w.resource.finding(messages.STRICT_MTLS_WORKLOAD_NOT_IN_MESH, w.meta_path("labels"), (
            f"{w.label} is under STRICT mTLS ({src}) but gets no sidecar: {reason}; STRICT is not enforced "
            f"for it and its calls to STRICT workloads are rejected; enable injection for it "
            f"(pod label sidecar.istio.io/inject: \"true\") or apply a PERMISSIVE PeerAuthentication to it "
            f"until it is ready"))


def match_is_namespace_wide(pa: Resource) -> bool:
    sel = as_dict(pa.spec.get("selector"))
    return not str_map(sel.get("matchLabels"))


# ---------------------------------------------------------------- DestinationRule TLS vs PeerAuthentication

def _tls_mode(policy: dict) -> str | None:
    mode = text(as_dict(policy.get("tls")).get("mode")).upper()
    return mode or None


def _locations(dr: Resource) -> Iterator[tuple[str, str, int | None, dict[str, str], set[int]]]:
    """``(path, tls mode, port or None, subset labels, ports overridden at this level)``."""
    levels: list[tuple[str, dict, dict[str, str]]] = [("spec.trafficPolicy", as_dict(dr.spec.get("trafficPolicy")), {})]
    for i, subset in enumerate(as_list(dr.spec.get("subsets"))):
        subset = as_dict(subset)
        tp = as_dict(subset.get("trafficPolicy"))
        if tp:
            levels.append((f"spec.subsets[{i}].trafficPolicy", tp, str_map(subset.get("labels"))))
    for base, tp, labels in levels:
        overridden: set[int] = set()
        for j, pls in enumerate(as_list(tp.get("portLevelSettings"))):
            pls = as_dict(pls)
            number = as_dict(pls.get("port")).get("number")
            mode = _tls_mode(pls)
            if isinstance(number, int) and mode:
                overridden.add(number)
                yield f"{base}.portLevelSettings[{j}].tls.mode", mode, number, labels, set()
        mode = _tls_mode(tp)
        if mode:
            yield f"{base}.tls.mode", mode, None, labels, overridden


def _service_targets(index: Index, dr: Resource) -> list[Resource]:
    host = text(dr.spec.get("host"))
    ns = dr.namespace or "default"
    if not host:
        return []
    if host.startswith("*"):
        suffix = host[1:]
        out = []
        for h, svc in sorted(index.services.items()):
            if (suffix == "" or h.endswith(suffix)) and not index.dr_exact.get(h):
                out.append(svc)
        return out
    target, _ = index.lookup_host(host, ns)
    return [target] if target is not None and target.kind == "Service" else []


def _target_port(sp: dict, w: Workload) -> int | None:
    tp = sp.get("targetPort", sp.get("port"))
    if isinstance(tp, int):
        return tp
    if isinstance(tp, str):
        if tp.isdigit():
            return int(tp)
        return w.container_port(tp)
    return None


def _destination_rules(index: Index) -> Iterator[Finding]:
    for dr in index.kind("DestinationRule"):
        locations = list(_locations(dr))
        if not locations:
            continue
        services = _service_targets(index, dr)
        if not services:
            continue
        for path, mode, port_filter, subset_labels, overridden in locations:
            if mode not in ("DISABLE", "SIMPLE", "ISTIO_MUTUAL"):
                continue
            rejected: list[str] = []
            plaintext: list[str] = []
            for svc in services:
                ports = [as_dict(p) for p in as_list(svc.spec.get("ports")) if isinstance(as_dict(p).get("port"), int)]
                for w in index.service_workloads(svc):
                    if subset_labels and not all(w.labels.get(k) == v for k, v in subset_labels.items()):
                        continue
                    in_mesh, reason = index.in_mesh(w)
                    peer = index.peer_mode(w)
                    for sp in ports or [{}]:
                        number = sp.get("port")
                        if port_filter is not None and number != port_filter:
                            continue
                        if port_filter is None and number in overridden:
                            continue
                        server, src = peer.at(_target_port(sp, w) if sp else None)
                        where = f"{w.label}" + (f" port {number}" if number is not None else "")
                        via = src.label if src is not None else "Istio default"
                        if mode in ("DISABLE", "SIMPLE") and in_mesh is not False and server == "STRICT":
                            rejected.append(f"{where} (STRICT from {via})")
                        elif mode == "ISTIO_MUTUAL":
                            if in_mesh is False:
                                plaintext.append(f"{where} (no sidecar: {reason})")
                            elif server == "DISABLE":
                                plaintext.append(f"{where} (DISABLE from {via})")
            if rejected:
                what = "plaintext" if mode == "DISABLE" else "TLS without an Istio client certificate"
                yield dr.finding(messages.DESTINATION_RULE_TLS_REJECTED_BY_STRICT, path, (
                    f"tls mode {mode} sends {what} to workloads that accept Istio mTLS only: {_names(rejected)}; "
                    "their sidecars reject these requests; use ISTIO_MUTUAL or remove the tls setting "
                    "(auto mTLS), or make the PeerAuthentication PERMISSIVE"))
            if plaintext:
                yield dr.finding(messages.DESTINATION_RULE_MTLS_TO_PLAINTEXT, path, (
                    f"tls mode ISTIO_MUTUAL sends Istio mTLS to workloads that cannot accept it: "
                    f"{_names(plaintext)}; remove the tls setting (auto mTLS picks plaintext for them) or "
                    "enable mTLS / sidecar injection for those workloads"))
