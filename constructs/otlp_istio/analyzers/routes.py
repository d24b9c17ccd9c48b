"""VirtualService routes: where each destination goes, how traffic is split, which rules can match.

Checks (codes in :mod:`.codes`):

* OI1101 (IST0101) the destination host is defined by no Service or ServiceEntry visible to the
  VirtualService (in its namespace; with ``exportTo``, in one of the namespaces it is exported
  to, as istioctl looks), or the destination names no host at all.
  FAIL: ``route: [{destination: {host: otlp-colector}}]`` with only a Service ``otlp-collector``.
  PASS: the host is a Service of the VirtualService's namespace, an FQDN of a Service, or a
  ServiceEntry host (``*.example.com`` covers ``api.example.com``).
* OI1102 (IST0101) the subset is defined by no DestinationRule of that very host (as istioctl:
  a wildcard rule's subsets do not count there, though Istio applies them at run time), checked
  whether or not the host is found, as istioctl does.
* OI1103 (IST0101) the port is not a port of the Service / ServiceEntry.
* OI1104 (IST0112) no port, but the Service has several.
* OI1105 the destination weights of a route do not sum to 100 (warning).

Rule order (OI1106, OI1107, OI1111) is :mod:`.rule_order`.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from ..hosts import meant_fqdn
from .index import Index, Resource, as_dict, as_list, text

NAME = "routes"
DESCRIPTION = "VirtualService destinations (host, subset, port) and weights"
KINDS = ("VirtualService", "Service", "ServiceEntry", "DestinationRule")



def analyze(index: Index) -> Iterator[Finding]:
    for vs in index.kind("VirtualService"):
        yield from _destinations(index, vs)
        yield from _weights(vs)


# ---------------------------------------------------------------- destinations

def _each_destination(spec: dict) -> Iterator[tuple[str, dict]]:
    """Every route and mirror destination, an empty one too (istioctl reports its empty host)."""
    for proto in ("http", "tcp", "tls"):
        for i, rule in enumerate(as_list(spec.get(proto))):
            rule = as_dict(rule)
            for j, route in enumerate(as_list(rule.get("route"))):
                yield f"spec.{proto}[{i}].route[{j}].destination", as_dict(as_dict(route).get("destination"))
            if proto == "http":
                if isinstance(rule.get("mirror"), dict):
                    yield f"spec.http[{i}].mirror", rule["mirror"]
                for k, m in enumerate(as_list(rule.get("mirrors"))):
                    yield f"spec.http[{i}].mirrors[{k}].destination", as_dict(as_dict(m).get("destination"))


def _destinations(index: Index, vs: Resource) -> Iterator[Finding]:
    ns = vs.namespace or "default"
    export = [text(e) for e in as_list(vs.spec.get("exportTo"))]
    for path, dest in _each_destination(vs.spec):
        host = text(dest.get("host"))
        if not host:
            yield vs.finding(messages.ROUTE_HOST_NOT_FOUND, f"{path}.host", (
                "this destination names no host, so it routes nowhere; set destination.host (a Service name, an "
                "FQDN, or a ServiceEntry host)"))
            continue
        target, host_fqdn = index.lookup_host(host, ns, export)
        subset = dest.get("subset")
        if target is None:
            yield vs.finding(messages.ROUTE_HOST_NOT_FOUND, f"{path}.host",
                             _host_message(index, host, host_fqdn, ns, export))
            if subset:  # istioctl checks the subset on its own as well
                yield from _subset(index, vs, path, text(subset), host, host_fqdn)
            continue
        port = as_dict(dest.get("port")).get("number")
        ports = index.service_ports(target)
        if port is not None and ports and port not in ports:
            yield vs.finding(messages.ROUTE_PORT_NOT_FOUND, f"{path}.port.number", (
                f"port {port} is not a port of {target.label} (host {host_fqdn}); its ports: "
                f"{', '.join(map(str, sorted(ports)))}; route to one of them or add the port to the "
                f"{target.kind}"))
        elif port is None and len(ports) > 1:
            yield vs.finding(messages.ROUTE_PORT_REQUIRED, path, (
                f"{target.label} exposes several ports ({', '.join(map(str, sorted(ports)))}) and "
                f"destination {host} names none; set port.number to the one this route is for"))
        if subset:
            yield from _subset(index, vs, path, text(subset), host, host_fqdn)


def _host_message(index: Index, host: str, host_fqdn: str, ns: str, export: list[str]) -> str:
    shown = host if host == host_fqdn else f"{host} (read as {host_fqdn})"
    if export and index.lookup_host(host, ns)[0] is not None:
        return (f"host {shown} is not visible in the namespaces this VirtualService is exported to "
                f"({', '.join(export)}): istioctl looks the host up there; export the Service or ServiceEntry to "
                "them too, or fix the VirtualService's exportTo")
    msg = f"host {shown} is defined by no Service and no ServiceEntry"
    meant = meant_fqdn(host)
    others = index.similar_hosts(host, host_fqdn)
    if meant in index.services:
        msg += (f"; Istio reads a dotted host as fully qualified, not as name.namespace: "
                f"write {meant}")
    elif others:
        msg += f"; did you mean {' or '.join(others)}? (short names resolve in the VirtualService's namespace {ns})"
    else:
        msg += ("; fix the host, or add the Service, or a ServiceEntry if it is outside the mesh "
                "(short names resolve in the VirtualService's namespace " + ns + ")")
    return msg


def _subset(index: Index, vs: Resource, path: str, subset: str, host: str, host_fqdn: str) -> Iterator[Finding]:
    # As istioctl: subsets come from DestinationRules for this very host (an FQDN names a Service
    # of any namespace; any other host is read in the VirtualService's namespace). Istio also
    # applies wildcard rules at run time, but istioctl reports a subset only they define.
    rules = list(index.dr_exact.get(host_fqdn, ()))
    if not host_fqdn.endswith(".svc.cluster.local"):
        rules = [dr for dr in rules if dr.namespace == vs.namespace]
    defined: dict[str, list[str]] = {}
    for dr in rules:
        for s in as_list(dr.spec.get("subsets")):
            name = text(as_dict(s).get("name"))
            if name:
                defined.setdefault(name, []).append(dr.ref)
    if subset in defined:
        return
    wild = [dr.ref for dr in index.destination_rules_for(host_fqdn) if dr not in rules
            and subset in {text(as_dict(s).get("name")) for s in as_list(dr.spec.get("subsets"))}]
    if wild:
        msg = (f"subset {subset!r} of host {host_fqdn} is defined only by the wildcard DestinationRule(s) "
               f"{', '.join(sorted(wild))}; Istio applies it at run time, but istioctl (IST0101) looks for the "
               f"subset in a DestinationRule for {host_fqdn} itself; add one defining subset {subset!r}")
    elif not rules:
        msg = (f"subset {subset!r} of host {host_fqdn}: no DestinationRule has host {host_fqdn}, so the "
               f"host has no subsets; add a DestinationRule for it defining subset {subset!r}, or drop the subset")
    else:
        names = ", ".join(sorted(defined)) or "none"
        msg = (f"subset {subset!r} is not defined by the DestinationRule(s) for {host_fqdn} "
               f"({', '.join(sorted(dr.ref for dr in rules))}; subsets: {names}); "
               f"add it there or route to a defined subset")
    yield vs.finding(messages.ROUTE_SUBSET_NOT_FOUND, f"{path}.subset", msg)


# ---------------------------------------------------------------- weights

def _weights(vs: Resource) -> Iterator[Finding]:
    for proto in ("http", "tcp", "tls"):
        for i, rule in enumerate(as_list(vs.spec.get(proto))):
            routes = [as_dict(r) for r in as_list(as_dict(rule).get("route"))]
            if not routes:
                continue
            weights = [r.get("weight") for r in routes]
            if len(routes) == 1 and weights[0] is None:
                continue  # a single destination takes all traffic
            numbers = [w if isinstance(w, (int, float)) and not isinstance(w, bool) else 0 for w in weights]
            total = sum(numbers)
            if total == 100:
                continue
            if total == 0 and all(w is None for w in weights):
                msg = (f"none of the {len(routes)} destinations has a weight (total 0; Istio refuses a route "
                       "whose weights total 0); give them weights that add up to 100")
            elif total == 0:
                msg = ("the destination weights total 0 (Istio refuses a route whose weights total 0); "
                       "give them weights that add up to 100")
            else:
                shown = " + ".join(text(w) if w is not None else "unset" for w in weights)
                msg = (f"route weights sum to {text(total)} ({shown}), not 100; Istio scales them to 100, "
                       "so the split is not the numbers written; make them add up to 100")
            yield vs.finding(messages.ROUTE_WEIGHTS_NOT_HUNDRED, f"spec.{proto}[{i}].route", msg)
