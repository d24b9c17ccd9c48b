"""The hops at the receiving side: the DestinationRule's TLS (what the sender's sidecar puts on
the wire), the PeerAuthentication at each receiving workload and port, and the
AuthorizationPolicies there.

Istio's facts (``pilot/pkg/networking/core/cluster_tls.go`` ``buildUpstreamTLSSettings``,
``pilot/pkg/security/authn/policy_applier.go`` ``ComposePeerAuthentication``, the inbound cases of
``pilot/pkg/networking/core/sidecar_simulation_test.go`` ``TestInbound`` and
``peer_authentication_simulation_test.go``):

* without a ``tls`` setting the sidecar uses auto mTLS: Istio mTLS to pods with a sidecar, unless
  the service's mode is DISABLE; ``DISABLE`` sends plaintext, ``SIMPLE``/``MUTUAL`` TLS without an
  Istio identity, ``ISTIO_MUTUAL`` Istio mTLS. A sender without a sidecar sends what it sends;
* the mode in force at a workload's port: the workload's own PeerAuthentication (its
  ``portLevelMtls`` for that port first), else the namespace's, else the mesh's, else PERMISSIVE;
* STRICT takes Istio mTLS only: plaintext finds no filter chain, other TLS fails the handshake;
  PERMISSIVE takes both, but TLS that is not Istio's on an HTTP port finds no filter chain either;
  DISABLE takes plaintext (Istio mTLS on an HTTP port is then a protocol error).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .. import messages
from ..analyzers.index import Resource, as_dict, as_list, str_map, text
from . import authz
from .context import FlowContext
from .leg import Destination, Leg
from .model import Flow, Hop, Verdict

WIRE_TEXT = {"mtls": "Istio mTLS", "plaintext": "plaintext", "tls": "TLS without an Istio certificate"}


def _destination_rule(ctx: FlowContext, host: str, from_ns: str, svc_ns: str) -> Optional[Resource]:
    """The DestinationRule a sidecar in ``from_ns`` uses for ``host``: its own namespace's, else the
    Service's namespace's, else the root namespace's (an exact host before a wildcard)."""
    found = ctx.index.destination_rules_for(host)
    for ns in (from_ns, svc_ns, ctx.index.root_namespace):
        here = [r for r in found if r.namespace == ns]
        if here:
            return sorted(here, key=lambda r: (text(r.spec.get("host")).startswith("*"), r.name))[0]
    return None


def _tls_of(policy: dict, port: int) -> Optional[str]:
    for pls in as_list(policy.get("portLevelSettings")):
        pls = as_dict(pls)
        if as_dict(pls.get("port")).get("number") == port and as_dict(pls.get("tls")).get("mode"):
            return text(as_dict(pls.get("tls")).get("mode")).upper()
    mode = as_dict(policy.get("tls")).get("mode")
    return text(mode).upper() if mode else None


def destination_rule(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    """Subset labels and the TLS the sender's sidecar uses, from the host's DestinationRule."""
    rules: dict[Optional[str], Optional[Resource]] = {}  # host -> its DestinationRule (a backend's own host, else the leg's)
    for d in leg.destinations or (Destination(None, 0, 0),):
        svc, host = d.on(leg)
        if host not in rules:
            svc_ns = svc.namespace if svc is not None else ctx.namespace
            rules[host] = _destination_rule(ctx, host or "", flow.source.namespace or ctx.namespace,
                                            svc_ns or ctx.namespace)
    dests: list[Destination] = []
    modes: list[str] = []
    for d in leg.destinations:
        dr = rules[d.on(leg)[1]]
        subsets = {text(as_dict(s).get("name")): as_dict(s) for s in as_list(dr.spec.get("subsets"))} if dr else {}
        top = as_dict(dr.spec.get("trafficPolicy")) if dr else {}
        labels: dict[str, str] = {}
        tls = _tls_of(top, d.port)
        if d.subset:
            subset = subsets.get(d.subset)
            if subset is None:
                what = f"{dr.label} has no subset {d.subset}" if dr else f"no DestinationRule defines subset {d.subset}"
                return Hop("destination-rule", Verdict.BROKEN, what + ": the route's requests get 503 (no healthy "
                           "upstream)", resource=dr.id if dr else None, path="spec.subsets", file=dr.file if dr else None,
                           line=dr.line if dr else None), None
            labels = str_map(subset.get("labels"))
            tls = _tls_of(as_dict(subset.get("trafficPolicy")), d.port) or tls
        dests.append(replace(d, labels=tuple(sorted(labels.items())), tls=tls))
        modes.append(tls or "auto")
    if not flow.source.in_mesh or flow.request.direct:
        wire = "mtls" if flow.source.own_tls else "tls" if flow.request.app_tls else "plaintext"
        says = (f"the sender presents Istio's certificates itself (certificate sharing): {WIRE_TEXT[wire]}"
                if flow.source.own_tls else f"the sender has no sidecar: it sends {WIRE_TEXT[wire]}")
        return Hop("destination-rule", Verdict.WORKS, says), replace(leg, destinations=tuple(dests), wire=wire)
    distinct = sorted(set(modes))
    wire = "auto" if distinct == ["auto"] else {"ISTIO_MUTUAL": "mtls", "DISABLE": "plaintext", "SIMPLE": "tls",
                                                 "MUTUAL": "tls"}.get(distinct[0], "auto")
    found = sorted({r.id: r for r in rules.values() if r is not None}.values(), key=lambda r: r.id)
    if len(rules) > 1:  # backends of their own (Gateway API): each host's rule
        return _backend_rules_hop(found, distinct, wire), replace(leg, destinations=tuple(dests), wire=wire)
    dr = found[0] if found else None
    if dr is None:
        says = "no DestinationRule: auto mTLS (Istio mTLS to pods with a sidecar)"
    elif distinct == ["auto"]:
        says = f"{dr.label}: no tls setting, auto mTLS (Istio mTLS to pods with a sidecar)"
    else:
        says = f"{dr.label}: tls mode {', '.join(distinct)} ({WIRE_TEXT.get(wire, 'auto mTLS')})"
    hop = Hop("destination-rule", Verdict.WORKS, says, resource=dr.id if dr else None,
              path="spec.trafficPolicy" if dr else "", file=dr.file if dr else None, line=dr.line if dr else None)
    return hop, replace(leg, destinations=tuple(dests), wire=wire)


def _backend_rules_hop(found: list[Resource], distinct: list[str], wire: str) -> Hop:
    tls = ("no tls setting, auto mTLS (Istio mTLS to pods with a sidecar)" if distinct == ["auto"]
           else f"tls mode {', '.join(distinct)} ({WIRE_TEXT.get(wire, 'auto mTLS')})")
    if not found:
        return Hop("destination-rule", Verdict.WORKS, "no DestinationRule for the backends' hosts: auto mTLS (Istio "
                   "mTLS to pods with a sidecar)")
    first = found[0]
    return Hop("destination-rule", Verdict.WORKS, f"{', '.join(r.label for r in found)} (the backends' hosts): {tls}",
               resource=first.id, path="spec.trafficPolicy", file=first.file, line=first.line)


# ---------------------------------------------------------------- PeerAuthentication

def peer_authentication(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    hops: list[tuple[str, Hop]] = []
    kept = []
    for w, port, dest in leg.workloads:
        in_mesh, reason = ctx.index.in_mesh(w)
        wire = leg.wire
        who = f"{w.label} port {port}"
        if in_mesh is None:
            hops.append((who, Hop("peer-authentication", Verdict.UNKNOWN, f"whether it has a sidecar is not known "
                                  f"({reason})")))
            continue
        if not in_mesh:
            if wire == "mtls" and (flow.source.own_tls or dest.tls == "ISTIO_MUTUAL"):
                hops.append((who, Hop("peer-authentication", Verdict.BROKEN, f"no sidecar ({reason}) but it gets "
                                      "Istio mTLS: nothing terminates it")))
                continue
            hops.append((who, Hop("peer-authentication", Verdict.WORKS, "no sidecar: no mTLS policy applies")))
            kept.append((w, port, dest, "plaintext" if wire in ("auto", "plaintext") else wire))
            continue
        mode, source = ctx.index.peer_mode(w).at(port)
        if wire == "auto":
            wire = "plaintext" if mode == "DISABLE" else "mtls"
        by = source.label if source is not None else "Istio's default"
        says = f"{mode} (from {by}); the request arrives as {WIRE_TEXT[wire]}"
        broken = ((mode == "STRICT" and wire != "mtls")
                  or (mode == "PERMISSIVE" and wire == "tls" and leg.protocol == "http")
                  or (mode == "DISABLE" and wire == "mtls" and leg.protocol == "http"))
        if not broken:
            hops.append((who, Hop("peer-authentication", Verdict.WORKS, says, resource=source.id if source else None,
                                  file=source.file if source else None, line=source.line if source else None)))
            kept.append((w, port, dest, wire))
            continue
        # the compiler's own default (the namespace policy from mtls.mode) refusing the scrape it set up,
        # which it admits itself (a port-level PERMISSIVE for a Prometheus outside the mesh)
        ours = (flow.id == "prometheus/scrape" and not ctx.is_users(source)
                and not ctx.is_users(ctx.index.workload_pa(w)))  # a policy of the file's on the workload decides
        code = messages.FLOW_MTLS_REJECTED if ours else messages.FLOW_MTLS_REJECTED_BY_POLICY
        effect = ("finds no filter chain (the connection is closed)" if wire == "plaintext" or mode == "PERMISSIVE"
                  else "fails the handshake" if mode == "STRICT" else "is a protocol error")
        hops.append((who, Hop("peer-authentication", Verdict.BROKEN, f"{says}: it {effect}",
                              brief=f"{mode} from {by} at the collector's pods" if flow.target == "collector"
                              else f"{mode} from {by} at the receiving pods",
                              why=f"{WIRE_TEXT[wire]} to port {port}",
                              resource=source.id if source else None, path=_pa_path(source, port),
                              code=code, fix=_pa_fix(ctx, flow, w, port, mode), file=source.file if source else None,
                              line=source.line if source else None)))
    if not hops:
        return None, leg
    hop = _merge(hops)
    if hop.verdict is not Verdict.WORKS:
        return hop, None
    return hop, replace(leg, workloads=tuple((w, p, d) for w, p, d, _ in kept),
                        wire=kept[0][3] if kept else leg.wire)


def _pa_path(pa: Optional[Resource], port: int) -> str:
    if pa is None:
        return ""
    if str(port) in {str(k) for k in as_dict(pa.spec.get("portLevelMtls"))}:
        return f"spec.portLevelMtls.{port}.mode"
    return "spec.mtls.mode"


def _pa_fix(ctx: FlowContext, flow: Flow, w, port: int, mode: str) -> str:
    if flow.id == "prometheus/scrape":
        return (f"let Prometheus in: prometheus.location outside-mesh renders a port-level PERMISSIVE for port {port} "
                f"when no other policy selects the collector; else add port_level_mtls: {{{port}: PERMISSIVE}} to "
                "the PeerAuthentication that selects it, or run Prometheus in the mesh (prometheus.location: in-mesh, "
                "with Istio's certificate sharing)")
    if mode == "STRICT":
        return (f"give the sender a sidecar, or make port {port} of {w.label} PERMISSIVE (a PeerAuthentication with "
                "port_level_mtls)")
    return "make the DestinationRule's tls match the receiver's mode (remove it for auto mTLS)"


def _merge(hops: list[tuple[str, Hop]]) -> Hop:
    """One hop for the workloads behind the destinations: each decision once, naming the
    workloads it holds for (``(workload, hop)`` pairs; a hop's ``says`` leaves the workload out)."""
    by_says: dict[str, tuple[list[str], Hop]] = {}
    for who, hop in hops:
        names, _ = by_says.setdefault(hop.says, ([], hop))
        if who not in names:
            names.append(who)
    parts = sorted(by_says.values(), key=lambda x: -x[1].verdict.rank)
    worst = parts[0][1]
    says = "; ".join(f"at {', '.join(names)}: {hop.says}" for names, hop in parts)
    return replace(worst, says=says)


# ---------------------------------------------------------------- AuthorizationPolicy

def authorization(ctx: FlowContext, flow: Flow, leg: Leg) -> tuple[Optional[Hop], Optional[Leg]]:
    src = flow.source
    hops: list[tuple[str, Hop]] = []
    for w, port, dest in leg.workloads:
        who = f"{w.label} port {port}"
        if ctx.index.in_mesh(w)[0] is not True:
            continue  # no sidecar, no policy enforcement
        wire = leg.wire
        if leg.peer is not None:  # a waypoint's identity reaches the workload
            caller = authz.Caller(authenticated=True, principal=leg.peer, namespace=leg.peer.split("/ns/")[-1].split("/")[0])
        else:
            caller = authz.Caller(authenticated=wire == "mtls", principal=src.principal if wire == "mtls" else None,
                                  namespace=src.namespace if wire == "mtls" else None,
                                  any_identity=src.any_identity and wire == "mtls")
        http = not leg.l4_only and (leg.protocol == "http" or (leg.protocol == "auto"
                                                               and flow.request.protocol in ("http", "grpc")))
        call = authz.Call(port=port, http=http, method=flow.request.method if http else None,
                          path=flow.request.path if http else None)
        d = authz.decide(ctx.index, w, caller, call)
        pol = d.policy
        common = dict(resource=pol.id if pol else None, path=d.path if pol else "", file=pol.file if pol else None,
                      line=pol.line if pol else None)
        if d.allowed is authz.Match.NO:
            effect = "refused (403, RBAC: access denied)" if http else "the connection is closed"
            hops.append((who, Hop("authorization", Verdict.BROKEN, f"{d.says}: {effect}", code=messages.FLOW_DENIED,
                                  fix=_authz_fix(ctx, flow, port), why=d.why, brief=d.brief, **common)))
        elif d.allowed is authz.Match.UNKNOWN:
            hops.append((who, Hop("authorization", Verdict.UNKNOWN, d.says, **common)))
        else:
            hops.append((who, Hop("authorization", Verdict.WORKS, d.says, **common)))
    if not hops:
        return None, None
    return _merge(hops), None


def _authz_fix(ctx: FlowContext, flow: Flow, port: int) -> str:
    if flow.id == "prometheus/scrape":
        return (f"add a rule for the scrape (to: ports [{port}], methods [GET], paths [{flow.request.path}]) to the "
                "ALLOW policy, or set prometheus.scrape_policy: true to render one beside it")
    return ("add rules admitting these requests to the ALLOW policy (OTLP/gRPC's paths are the gRPC methods, "
            "/opentelemetry.proto.collector.<signal>.v1.<Kind>Service/Export; prometheus.scrape_policy renders one "
            "for the scrape), or narrow the DENY rule")
