"""The routes check's view of Gateway API routes (HTTPRoute, GRPCRoute) attached to Services:
per route and rule, its matches and each backend (Service, port, weight) with the workloads
that Service selects."""
from __future__ import annotations

from typing import Any

from ..analyzers.index import Index, Resource, as_dict, as_list, show_labels, str_map, text
from ..hosts import fqdn

KINDS = ("HTTPRoute", "GRPCRoute")


def _parents(route: Resource) -> list[str]:
    out = []
    for ref in as_list(route.spec.get("parentRefs")):
        ref = as_dict(ref)
        group, kind = ref.get("group"), ref.get("kind")
        name = text(ref.get("name"))
        ns = text(ref.get("namespace")) or route.namespace or "default"
        if (group, kind) == ("", "Service"):
            port = ref.get("port")
            out.append(fqdn(name, ns) + (f" port {port}" if port else ""))
        else:
            out.append(f"{kind or 'Gateway'} {ns}/{name}")
    return out


def _match(rule: dict) -> str:
    parts = []
    for m in as_list(rule.get("matches")):
        m = as_dict(m)
        path, method = as_dict(m.get("path")), as_dict(m.get("method"))
        if path:
            parts.append(f"path {text(path.get('type')) or 'PathPrefix'} {text(path.get('value')) or '/'}")
        if method:
            parts.append("gRPC " + "/".join(text(method.get(k)) or "*" for k in ("service", "method")))
    return " or ".join(parts) or "every request"


def _backend(index: Index, route: Resource, ref: dict, n: int) -> dict[str, Any]:
    name = text(ref.get("name"))
    ns = text(ref.get("namespace")) or route.namespace or "default"
    svc = index.services.get(fqdn(name, ns))
    selector = str_map(svc.spec.get("selector")) if svc is not None else {}
    workloads = [w.label for w in index.select(svc.namespace, selector)] if selector else []
    weight = ref.get("weight", 1 if n > 1 else None)
    return {"service": fqdn(name, ns), "port": ref.get("port"), "weight": weight, "workloads": workloads,
            "selected_by": f"selector {show_labels(selector)}" if svc is not None else "Service not defined"}


def gateway_routes(index: Index) -> list[dict[str, Any]]:
    out = []
    for kind in KINDS:
        for route in index.kind(kind):
            rules = []
            for i, rule in enumerate(as_list(route.spec.get("rules"))):
                rule = as_dict(rule)
                refs = [as_dict(r) for r in as_list(rule.get("backendRefs"))]
                total = sum(r.get("weight", 1) for r in refs) or 0
                backends = [_backend(index, route, r, len(refs)) for r in refs]
                for b in backends:  # the share each backend gets, as a percentage of the rule's weights
                    w = 1 if b["weight"] is None else b["weight"]
                    b["share"] = round(100 * w / total, 1) if total else 0
                rules.append({"index": i, "name": text(rule.get("name")) or None, "match": _match(rule),
                              "timeout": as_dict(rule.get("timeouts")).get("request"), "backends": backends})
            out.append({"route": route.label, "parents": _parents(route), "rules": rules})
    return out


def lines(routes: list[dict[str, Any]]) -> list[str]:
    out = []
    for r in routes:
        out.append(f"{r['route']} (parents {', '.join(r['parents']) or 'none'}):")
        for rule in r["rules"]:
            name = f" {rule['name']}" if rule["name"] else ""
            timeout = f" (timeout {rule['timeout']})" if rule["timeout"] else ""
            out.append(f"  rules[{rule['index']}]{name}: {rule['match']}{timeout}")
            for b in rule["backends"]:
                pods = ", ".join(b["workloads"]) or f"NO workload ({b['selected_by']})"
                port = f" port {b['port']}" if b["port"] else ""
                out.append(f"    {b['share']:g} % → {b['service']}{port} → {pods}")
    return out
