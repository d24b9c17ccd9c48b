"""routes: where each VirtualService (and Gateway API route) sends traffic, which workloads each
subset (each backend Service) selects.

Offline, for the "traffic not routed as expected" recipe: per
VirtualService and rule, its match, each destination (host as Istio resolves it, subset,
port, weight) and the workloads that subset selects (the DestinationRule subset's labels
together with the Service's selector), plus the analyzer's findings for those
VirtualServices and DestinationRules (hosts, subsets, ports, weights, unreachable rules,
subsets that select nothing). Its status is theirs: an error fails, a warning warns.
"""
from __future__ import annotations

from typing import Any

from ..analyzers.index import Index, Resource, as_dict, as_list, show_labels, str_map, text
from .gateway_routes import KINDS as GATEWAY_ROUTE_KINDS, gateway_routes, lines as gateway_route_lines
from .result import CheckResult, Status
from .sources import Manifests

ID = "routes"
DESCRIPTION = "per VirtualService: what each route sends where with which weights, the workloads of each subset"

# the analyzer's families this check reports: OI11xx VirtualService routes, OI12xx DestinationRules
ROUTE_FAMILIES = ("OI11", "OI12")


def subset_workloads(index: Index, host_fqdn: str, subset: str | None, from_ns: str) -> tuple[list[str], str]:
    """The workloads a destination (host + subset) reaches, and how they were chosen."""
    found, how = _subset_workloads(index, host_fqdn, subset, from_ns)
    return [w.label for w in found], how


def without_sidecar(index: Index, host_fqdn: str, subset: str | None, from_ns: str) -> list[str]:
    """Those of the destination's workloads that get no sidecar (so no mTLS, no telemetry from them)."""
    found, _ = _subset_workloads(index, host_fqdn, subset, from_ns)
    return [w.label for w in found if index.in_mesh(w)[0] is False]


def _subset_workloads(index: Index, host_fqdn: str, subset: str | None, from_ns: str):
    target, _ = index.lookup_host(host_fqdn, from_ns)
    if target is None:
        return [], "host not defined"
    if target.kind != "Service":
        return [], f"{target.label} (outside the mesh's workloads)"
    selector = str_map(target.spec.get("selector"))
    labels = dict(selector)
    how = f"selector {show_labels(selector)}"
    if subset:
        found = None
        for dr in index.destination_rules_for(host_fqdn):
            for s in as_list(dr.spec.get("subsets")):
                if text(as_dict(s).get("name")) == subset:
                    found = str_map(as_dict(s).get("labels"))
                    break
            if found is not None:
                break
        if found is None:
            return [], f"subset {subset!r} not defined"
        labels.update(found)
        how += f" + subset {show_labels(found)}"
    if not selector:
        return [], "Service without selector"
    return index.select(target.namespace, labels), how


def _match(rule: dict) -> str:
    parts = []
    for m in as_list(rule.get("match")):
        uri = as_dict(as_dict(m).get("uri"))
        parts.extend(f"uri {k} {v}" for k, v in sorted(uri.items()))
        others = sorted(k for k in as_dict(m) if k not in ("uri", "name"))
        if others:
            parts.append("+".join(others))
    return " or ".join(parts) or "every request"


def _virtual_service(index: Index, vs: Resource) -> dict[str, Any]:
    ns = vs.namespace or "default"
    rules = []
    for i, rule in enumerate(as_list(vs.spec.get("http"))):
        rule = as_dict(rule)
        dests = []
        routes = [as_dict(r) for r in as_list(rule.get("route"))]
        for r in routes:
            d = as_dict(r.get("destination"))
            host = text(d.get("host"))
            _, host_fqdn = index.lookup_host(host, ns)
            subset = text(d.get("subset")) or None
            workloads, how = subset_workloads(index, host_fqdn, subset, ns)
            bare = without_sidecar(index, host_fqdn, subset, ns)
            weight = r.get("weight")
            if weight is None and len(routes) == 1:
                weight = 100
            dests.append({"host": host_fqdn, "subset": subset, "port": as_dict(d.get("port")).get("number"),
                          "weight": weight, "workloads": workloads, "without_sidecar": bare, "selected_by": how})
        retries = as_dict(rule.get("retries"))
        rules.append({"index": i, "name": text(rule.get("name")) or None, "match": _match(rule),
                      "destinations": dests, "timeout": rule.get("timeout"),
                      "retries": {"attempts": retries.get("attempts"), "per_try_timeout": retries.get("perTryTimeout"),
                                  "retry_on": retries.get("retryOn")} if retries else None})
    return {"virtual_service": vs.label, "hosts": [text(h) for h in as_list(vs.spec.get("hosts"))], "http": rules}


def _destination_rule(index: Index, dr: Resource) -> dict[str, Any]:
    host = text(dr.spec.get("host"))
    ns = dr.namespace or "default"
    _, host_fqdn = index.lookup_host(host, ns)
    subsets = []
    for s in as_list(dr.spec.get("subsets")):
        name = text(as_dict(s).get("name"))
        workloads, how = subset_workloads(index, host_fqdn, name, ns)
        subsets.append({"name": name, "labels": str_map(as_dict(s).get("labels")), "workloads": workloads,
                        "without_sidecar": without_sidecar(index, host_fqdn, name, ns),
                        "selected_by": how})
    return {"destination_rule": dr.label, "host": host_fqdn, "subsets": subsets}


def _dest_line(d: dict[str, Any]) -> str:
    where = d["host"] + (f" subset {d['subset']}" if d["subset"] else "") + (f" port {d['port']}" if d["port"] else "")
    pods = (", ".join(w + (" (no sidecar)" if w in d["without_sidecar"] else "") for w in d["workloads"])
            if d["workloads"] else f"NO workload ({d['selected_by']})")
    return f"{d['weight'] if d['weight'] is not None else '?'} % → {where} → {pods}"


def check(m: Manifests) -> CheckResult:
    index = m.index
    services = [_virtual_service(index, vs) for vs in index.kind("VirtualService")]
    rules = [_destination_rule(index, dr) for dr in index.kind("DestinationRule")]
    routes = gateway_routes(index)
    ids = {r.id for r in index.kind("VirtualService")} | {r.id for r in index.kind("DestinationRule")}
    ids |= {r.id for kind in GATEWAY_ROUTE_KINDS for r in index.kind(kind)}
    findings = [f for f in m.findings_for(ids) if f.code.startswith(ROUTE_FAMILIES)]
    status = Status.of_findings(findings)
    details = []
    for vs in services:
        details.append(f"{vs['virtual_service']} (hosts {', '.join(vs['hosts'])}):")
        for rule in vs["http"]:
            name = f" {rule['name']}" if rule["name"] else ""
            extra = []
            if rule["timeout"]:
                extra.append(f"timeout {rule['timeout']}")
            if rule["retries"]:
                r = rule["retries"]
                extra.append(f"retries {r['attempts']}" + (f" x {r['per_try_timeout']}" if r["per_try_timeout"] else "")
                             + (f" on {r['retry_on']}" if r["retry_on"] else ""))
            details.append(f"  http[{rule['index']}]{name}: {rule['match']}" + (f" ({', '.join(extra)})" if extra else ""))
            details.extend(f"    {_dest_line(d)}" for d in rule["destinations"])
    details.extend(gateway_route_lines(routes))
    for dr in rules:
        subs = "; ".join(f"{s['name']} → {', '.join(s['workloads']) or 'NO workload'}" for s in dr["subsets"])
        details.append(f"{dr['destination_rule']} (host {dr['host']}): {subs or 'no subsets'}")
    n_routes = sum(len(vs["http"]) for vs in services)
    # Destinations without a workload among these manifests that no finding names: the analyzer
    # judges a namespace's routes only where the manifests hold its workloads (else they live elsewhere).
    unseen = sorted({d["host"] for vs in services for rule in vs["http"] for d in rule["destinations"]
                     if not d["workloads"]} | {b["service"] for r in routes for rule in r["rules"]
                                               for b in rule["backends"] if not b["workloads"]})
    if not services and not routes:
        summary = "no VirtualService: requests go to each Service's pods as Kubernetes balances them"
    else:
        parts = [f"{len(services)} VirtualService(s), {n_routes} http rule(s)"] if services else []
        if routes:
            parts.append(f"{len(routes)} Gateway API route(s), {sum(len(r['rules']) for r in routes)} rule(s)")
        summary = ", ".join([*parts, f"{len(rules)} DestinationRule(s)"])
        if findings:
            summary += f": {len(findings)} finding(s)"
        elif unseen:
            summary += (f": no finding, but {', '.join(unseen)} has no workload among these manifests (add the "
                        "manifests of the workloads behind it to check where its routes go)")
        else:
            summary += ": every destination resolves to a workload"
    nexts = []
    if status is not Status.OK:
        nexts.append("fix the findings below in the environment file (virtual_services / destination_rules), "
                     "then synth, validate and publish; `otlp-istio analyze dist/<env>` shows them with lines")
    return CheckResult(id=ID, status=status, summary=summary, details=details, next=nexts,
                       data={"virtual_services": services, "destination_rules": rules, "gateway_routes": routes},
                       findings=findings, env=m.name)
