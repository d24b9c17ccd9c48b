"""envoy: what a sidecar actually runs, from its admin ``/config_dump``.

The dump is Envoy's v3 ``ConfigDump``: ``configs`` is a list of typed blocks
(``@type: type.googleapis.com/envoy.admin.v3.BootstrapConfigDump``, ``ClustersConfigDump``,
``ListenersConfigDump``, ``RoutesConfigDump``, ``SecretsConfigDump``, ...). Blocks of other
types (scoped routes, endpoints, ECDS, whatever a newer Envoy adds) are counted and skipped,
and so are unknown ``typed_config`` types inside the blocks read: nothing unknown stops the check.

Summarised: listeners (address, HTTP route names), clusters (type, and the TLS they use:
Istio mTLS, auto mTLS, other TLS, plaintext), routes (per virtual host: each route's clusters
and weights), the tracer (Zipkin / OpenTelemetry, its collector cluster, sampling, custom
tags) and the mTLS state of the clusters that point at the collector.

FAIL: a listener in ``error_state`` (Envoy rejected config from istiod); the tracer's
collector cluster is not among the clusters (spans have nowhere to go).
WARN: no tracer in any HTTP connection manager; sampling 0 %; warming clusters / listeners;
plaintext clusters to the collector.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem, UserError
from .result import CheckResult, Problems, Status

ID = "envoy"
DESCRIPTION = "Envoy config dump: listeners, clusters, routes, tracer and sampling, mTLS to the collector"

ADMIN = "type.googleapis.com/envoy.admin.v3."
HCM = "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager"
TLS_SOCKET = "envoy.transport_sockets.tls"
KNOWN = ("BootstrapConfigDump", "ClustersConfigDump", "ListenersConfigDump", "RoutesConfigDump", "SecretsConfigDump")
TRACERS = {"envoy.tracers.zipkin": "zipkin", "envoy.tracers.opentelemetry": "opentelemetry"}


def _d(v: Any) -> dict:
    return v if isinstance(v, dict) else {}


def _l(v: Any) -> list:
    return v if isinstance(v, list) else []


@dataclass
class Dump:
    source: str
    bootstrap: dict = field(default_factory=dict)
    clusters: list[tuple[str, dict]] = field(default_factory=list)  # (static|active|warming, cluster)
    listeners: list[tuple[str, dict]] = field(default_factory=list)  # (static|active|warming|draining, listener)
    listener_errors: list[tuple[str, str]] = field(default_factory=list)  # (listener name, details)
    routes: list[dict] = field(default_factory=list)
    secrets: list[tuple[str, str, dict]] = field(default_factory=list)  # (state, name, secret)
    skipped: dict[str, int] = field(default_factory=dict)  # unknown @type -> count


def load(path: Path) -> Dump:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(Problem(file=str(path), path="", message=f"cannot read: {exc.strerror or exc}")) from None
    return parse_text(raw, str(path))


def parse_text(raw: str, source: str) -> Dump:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UserError(Problem(file=source, path="", line=exc.lineno, message=(
            f"not JSON: {exc.msg}; expected the output of Envoy's admin /config_dump "
            "(`kubectl exec POD -c istio-proxy -- pilot-agent request GET config_dump`)"))) from None
    if not isinstance(data, dict) or not isinstance(data.get("configs"), list):
        raise UserError(Problem(file=source, path="configs", message=(
            "not an Envoy config dump: expected a JSON object with a 'configs' list of typed blocks "
            "(envoy.admin.v3.ConfigDump)")))
    return parse(data, source)


def parse(data: dict, source: str = "config dump") -> Dump:
    dump = Dump(source)
    for block in _l(data.get("configs")):
        block = _d(block)
        kind = str(block.get("@type", ""))
        short = kind[len(ADMIN):] if kind.startswith(ADMIN) else None
        if short not in KNOWN:
            dump.skipped[kind or "(no @type)"] = dump.skipped.get(kind or "(no @type)", 0) + 1
            continue
        if short == "BootstrapConfigDump":
            dump.bootstrap = _d(block.get("bootstrap"))
        elif short == "ClustersConfigDump":
            for state, key in (("static", "static_clusters"), ("active", "dynamic_active_clusters"),
                               ("warming", "dynamic_warming_clusters")):
                dump.clusters.extend((state, _d(_d(c).get("cluster"))) for c in _l(block.get(key)))
        elif short == "ListenersConfigDump":
            dump.listeners.extend(("static", _d(_d(x).get("listener"))) for x in _l(block.get("static_listeners")))
            for x in _l(block.get("dynamic_listeners")):
                x = _d(x)
                for state in ("active", "warming", "draining"):
                    listener = _d(_d(x.get(f"{state}_state")).get("listener"))
                    if listener:
                        dump.listeners.append((state, listener))
                err = _d(x.get("error_state"))
                if err:
                    dump.listener_errors.append((str(x.get("name", "?")), str(err.get("details", "rejected"))))
        elif short == "RoutesConfigDump":
            dump.routes.extend(_d(_d(r).get("route_config")) for r in _l(block.get("static_route_configs")))
            dump.routes.extend(_d(_d(r).get("route_config")) for r in _l(block.get("dynamic_route_configs")))
        elif short == "SecretsConfigDump":
            for state, key in (("static", "static_secrets"), ("active", "dynamic_active_secrets"),
                               ("warming", "dynamic_warming_secrets")):
                for s in _l(block.get(key)):
                    s = _d(s)
                    dump.secrets.append((state, str(s.get("name", "?")), _d(s.get("secret"))))
    return dump


# ---------------------------------------------------------------- clusters

def cluster_host(name: str) -> str | None:
    """``outbound|4318|stable|otlp-collector.otlp-system.svc.cluster.local`` → the host."""
    parts = name.split("|")
    return parts[3] if len(parts) == 4 else None


def _is_istio_tls(socket: dict) -> bool:
    ctx = _d(_d(_d(socket.get("typed_config")).get("common_tls_context")))
    sds = [str(_d(s).get("name")) for s in _l(ctx.get("tls_certificate_sds_secret_configs"))]
    alpn = [str(a) for a in _l(ctx.get("alpn_protocols"))]
    return "default" in sds or any(a.startswith("istio") for a in alpn)


def cluster_tls(cluster: dict) -> str:
    """``istio-mtls``, ``auto-mtls`` (mTLS to sidecars, plaintext otherwise), ``tls`` or ``plaintext``."""
    socket = _d(cluster.get("transport_socket"))
    if socket.get("name") == TLS_SOCKET:
        return "istio-mtls" if _is_istio_tls(socket) else "tls"
    for m in _l(cluster.get("transport_socket_matches")):
        m = _d(m)
        ts = _d(m.get("transport_socket"))
        if ts.get("name") == TLS_SOCKET and _is_istio_tls(ts):
            return "auto-mtls"
    return "plaintext"


def _cluster_info(state: str, c: dict) -> dict[str, Any]:
    info = {"name": str(c.get("name", "?")), "state": state, "type": c.get("type") or
            ("EDS" if c.get("eds_cluster_config") else _d(c.get("cluster_type")).get("name", "STATIC")),
            "tls": cluster_tls(c)}
    sni = _d(_d(_d(c.get("transport_socket")).get("typed_config"))).get("sni")
    if sni:
        info["sni"] = sni
    return info


# ---------------------------------------------------------------- listeners, tracing

def _hcms(listener: dict):
    for chain in _l(listener.get("filter_chains")) + ([listener["default_filter_chain"]]
                                                       if isinstance(listener.get("default_filter_chain"), dict) else []):
        for f in _l(_d(chain).get("filters")):
            tc = _d(_d(f).get("typed_config"))
            if tc.get("@type") == HCM:
                yield tc


def _tracer(tracing: dict) -> dict[str, Any] | None:
    provider = _d(tracing.get("provider"))
    if not provider:
        return None
    kind = TRACERS.get(str(provider.get("name")), str(provider.get("name", "?")))
    tc = _d(provider.get("typed_config"))
    cluster = tc.get("collector_cluster")
    endpoint = tc.get("collector_endpoint")
    if kind == "opentelemetry":
        grpc = _d(_d(tc.get("grpc_service")).get("envoy_grpc"))
        http = _d(_d(tc.get("http_service")).get("http_uri"))
        cluster = grpc.get("cluster_name") or http.get("cluster")
        endpoint = http.get("uri") or ("gRPC" if grpc else None)
    sampling = _d(tracing.get("random_sampling")).get("value")
    tags = {}
    for t in _l(tracing.get("custom_tags")):
        t = _d(t)
        for k in ("literal", "environment", "request_header", "metadata"):
            if k in t:
                body = _d(t[k])
                tags[str(t.get("tag"))] = f"{k} {body.get('value') or body.get('name') or ''}".strip()
    return {"provider": kind, "collector_cluster": cluster, "endpoint": endpoint,
            "sampling_percentage": sampling, "custom_tags": tags}


def _listener_info(state: str, listener: dict) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    sa = _d(_d(listener.get("address")).get("socket_address"))
    routes, tracers = [], []
    for hcm in _hcms(listener):
        rds = _d(hcm.get("rds")).get("route_config_name")
        if rds:
            routes.append(str(rds))
        elif hcm.get("route_config"):
            routes.append(str(_d(hcm.get("route_config")).get("name", "(inline)")))
        t = _tracer(_d(hcm.get("tracing")))
        if t:
            tracers.append(t)
    info = {"name": str(listener.get("name", "?")), "state": state,
            "address": f"{sa.get('address', '?')}:{sa.get('port_value', '?')}" if sa else None,
            "filter_chains": len(_l(listener.get("filter_chains"))), "http_routes": sorted(set(routes))}
    return info, tracers


def _route_info(rc: dict) -> dict[str, Any]:
    hosts = []
    for vh in _l(rc.get("virtual_hosts")):
        vh = _d(vh)
        entries = []
        for r in _l(vh.get("routes")):
            r = _d(r)
            m = _d(r.get("match"))
            match = (f"prefix {m['prefix']}" if "prefix" in m else f"path {m['path']}" if "path" in m
                     else f"regex {_d(m.get('safe_regex')).get('regex')}" if "safe_regex" in m else "other")
            action = _d(r.get("route"))
            if action.get("cluster"):
                targets = [{"cluster": action["cluster"], "weight": 100}]
            else:
                targets = [{"cluster": _d(w).get("name"), "weight": _d(w).get("weight")}
                           for w in _l(_d(action.get("weighted_clusters")).get("clusters"))]
            retry = _d(action.get("retry_policy"))
            entries.append({"match": match, "clusters": targets, "timeout": action.get("timeout"),
                            "retries": retry.get("num_retries"), "retry_on": retry.get("retry_on")})
        hosts.append({"name": vh.get("name"), "domains": _l(vh.get("domains")), "routes": entries})
    return {"name": rc.get("name"), "virtual_hosts": hosts}


def _matches(host: str | None, collector: str) -> bool:
    if not host:
        return False
    return host == collector or ("." not in collector and host.split(".")[0] == collector)


@dataclass
class Facts:
    """What a config dump holds, as this check reads it (the records are Envoy's shapes, for -o json)."""

    node: str
    listeners: list[dict[str, Any]]
    clusters: list[dict[str, Any]]
    routes: list[dict[str, Any]]
    tracer: dict[str, Any] | None  # the first listener's tracer
    tracer_settings: int  # how many different tracer settings the listeners carry
    collector: str | None  # the collector's host: given, else the tracer's cluster host
    to_collector: list[dict[str, Any]]  # the clusters to the collector
    listener_errors: list[tuple[str, str]]
    secrets: list[dict[str, str]]
    skipped: dict[str, int]

    @property
    def warming(self) -> list[str]:
        return [c["name"] for c in self.clusters if c["state"] == "warming"] + \
               [x["name"] for x in self.listeners if x["state"] == "warming"]


def gather(dump: Dump, collector: str | None = None) -> Facts:
    clusters = [_cluster_info(s, c) for s, c in dump.clusters]
    listeners, tracers = [], []
    for s, lst in dump.listeners:
        info, t = _listener_info(s, lst)
        listeners.append(info)
        tracers.extend(t)
    boot_http = _d(_d(dump.bootstrap.get("tracing")).get("http"))
    if boot_http and not tracers:
        t = _tracer({"provider": boot_http})
        if t:
            tracers.append(t)
    tracer = tracers[0] if tracers else None
    if collector is None and tracer is not None and tracer["collector_cluster"]:
        collector = cluster_host(tracer["collector_cluster"]) or tracer["collector_cluster"]
    to_collector = [c for c in clusters if collector and _matches(cluster_host(c["name"]) or c["name"], collector)]
    return Facts(node=_d(dump.bootstrap.get("node")).get("id") or "?", listeners=listeners, clusters=clusters,
                 routes=[_route_info(rc) for rc in dump.routes], tracer=tracer,
                 tracer_settings=len({json.dumps(t, sort_keys=True) for t in tracers}), collector=collector,
                 to_collector=to_collector, listener_errors=list(dump.listener_errors),
                 secrets=[{"name": n, "state": s} for s, n, _ in dump.secrets], skipped=dump.skipped)


def judge(facts: Facts) -> Problems:
    """What is wrong, from the facts alone: the status, a detail line each, what to do."""
    problem = Problems()
    tracer = facts.tracer
    if facts.tracer_settings > 1:
        problem.details.append(f"{facts.tracer_settings} different tracer settings across listeners; the first is shown")
    if tracer is None:
        problem(Status.WARN, "no tracer in any HTTP connection manager: this proxy sends no spans",
                "check `otlp-istio doctor tracing` (Telemetry and mesh config), then whether istiod pushed it: "
                "`istioctl proxy-status`")
    else:
        if tracer["sampling_percentage"] == 0:
            problem(Status.WARN, "sampling is 0 %: this proxy starts no traces", "raise tracing.sampling_rate")
        cc = tracer["collector_cluster"]
        if cc and cc not in {c["name"] for c in facts.clusters}:
            problem(Status.FAIL, f"the tracer's collector cluster {cc} is not among the {len(facts.clusters)} "
                    "clusters: spans have nowhere to go", "make the provider's service a host the mesh knows (a "
                    "Service or ServiceEntry; fully qualified name) and check the Sidecar resource's egress hosts")
    for name, why in facts.listener_errors:
        problem(Status.FAIL, f"listener {name} was rejected by Envoy: {why}",
                "istiod pushed config this Envoy refuses: `istioctl analyze`, and istiod's logs for the proxy")
    if facts.warming:
        problem(Status.WARN, f"still warming (not serving yet): {', '.join(facts.warming[:5])}",
                "take the dump again in a few seconds; if it stays, the endpoints / secrets it waits for are missing")
    plain = [c["name"] for c in facts.to_collector if c["tls"] == "plaintext"]
    if plain:
        problem(Status.WARN, f"plaintext to the collector: {', '.join(plain)}",
                "a DestinationRule with tls mode DISABLE, or auto mTLS off: check `otlp-istio doctor mtls`")
    return problem


def render(facts: Facts, verdict: Problems, env: str | None = None) -> CheckResult:
    tracer, collector, listeners = facts.tracer, facts.collector, facts.listeners
    summary = (f"{facts.node}: {len(listeners)} listener(s), {len(facts.clusters)} cluster(s), {len(facts.routes)} "
               f"route config(s), {len(facts.secrets)} secret(s); tracer "
               + (f"{tracer['provider']} → {tracer['collector_cluster'] or tracer['endpoint']}, sampling "
                  f"{tracer['sampling_percentage'] if tracer['sampling_percentage'] is not None else 'default'} %"
                  if tracer else "none"))
    details = list(verdict.details)
    details.extend(f"listener {x['name']} {x['address'] or ''} ({x['state']})"
                   + (f" routes {', '.join(x['http_routes'])}" if x["http_routes"] else "") for x in listeners[:20])
    if len(listeners) > 20:
        details.append(f"... and {len(listeners) - 20} more listeners (-o json has all)")
    for c in facts.to_collector:
        details.append(f"collector cluster {c['name']}: {c['tls']} ({c['state']})")
    for rc in facts.routes:
        for vh in rc["virtual_hosts"]:
            if collector and not any(_matches(str(d).split(":")[0], collector) for d in vh["domains"]):
                continue
            for r in vh["routes"]:
                split = ", ".join(f"{t['weight']} % {t['cluster']}" for t in r["clusters"])
                details.append(f"route {rc['name']} / {vh['name']}: {r['match']} → {split}")
    if tracer and tracer["custom_tags"]:
        details.append("custom tags: " + "; ".join(f"{k} = {v}" for k, v in sorted(tracer["custom_tags"].items())))
    if facts.skipped:
        details.append("skipped blocks of types this check does not read: "
                       + ", ".join(f"{k} ({v})" for k, v in sorted(facts.skipped.items())))
    data = {"node": facts.node, "listeners": listeners, "clusters": facts.clusters, "routes": facts.routes,
            "tracer": tracer, "collector": collector, "collector_clusters": facts.to_collector,
            "secrets": facts.secrets,
            "listener_errors": [{"listener": n, "details": d} for n, d in facts.listener_errors],
            "skipped_types": facts.skipped}
    return CheckResult(id=ID, status=verdict.status, summary=summary, details=details, next=verdict.nexts, data=data,
                       env=env)


def check(dump: Dump, *, collector: str | None = None, env: str | None = None) -> CheckResult:
    facts = gather(dump, collector)
    return render(facts, judge(facts), env)


def identity(dump: Dump):
    """The identity the proxy runs as (bootstrap node metadata NAMESPACE / SERVICE_ACCOUNT), for :mod:`.certs`."""
    from .certs import Expected
    meta = _d(_d(dump.bootstrap.get("node")).get("metadata"))
    ns, sa = meta.get("NAMESPACE"), meta.get("SERVICE_ACCOUNT")
    if not ns and not sa:
        return None
    return Expected(namespace=str(ns) if ns else None, service_account=str(sa) if sa else None)


def secret_bundles(dump: Dump):
    """The certificates of the dump's secrets, for :mod:`.certs` (private keys are redacted by Envoy)."""
    import base64
    from .certs import PEM_CERT, Bundle, parse_pem

    def pem_of(source: dict) -> bytes | None:
        source = _d(source)
        if "inline_bytes" in source:
            try:
                return base64.b64decode(str(source["inline_bytes"]))
            except ValueError:
                return None
        if "inline_string" in source:
            return str(source["inline_string"]).encode()
        return None

    bundles = []
    for state, name, secret in dump.secrets:
        for key, holder in (("certificate_chain", _d(secret.get("tls_certificate"))),
                            ("trusted_ca", _d(secret.get("validation_context")))):
            raw = pem_of(holder.get(key))
            if raw and PEM_CERT in raw:
                bundles.append(Bundle(f"{dump.source} secret {name} ({state}) {key}",
                                      parse_pem(raw, f"{dump.source}: secret {name}"), group=dump.source))
    return bundles
