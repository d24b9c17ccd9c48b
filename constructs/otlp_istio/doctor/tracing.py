"""tracing: is tracing on, where do spans go, at what sampling rate.

Reads the mesh-wide Telemetry (root namespace, no selector), any narrower Telemetry, and the
mesh config the manifests carry (ConfigMap ``istio``, key ``mesh``, in the root namespace).

FAIL: the Telemetry selects a provider that the rendered mesh config does not define (istiod
then sends no spans); the provider's service is a Service of the manifests without that port.
a provider service istiod cannot find because it is not a full host name (``jaeger``,
``jaeger.observability``: istiod looks services up by ``<name>.<namespace>.svc.cluster.local``).
WARN: tracing switched off (``disableSpanReporting``, ``enableTracing: false``), 0 % sampling,
no mesh config among the manifests
(it is managed elsewhere: the provider must be defined there).
PASS: ``Telemetry mesh-default`` → provider ``zipkin`` → ``zipkin.istio-system.svc.cluster.local:9411``
defined in the ConfigMap ``istio``, 1 % sampling.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analyzers.index import Index, Resource, as_dict, as_list, match_labels, text
from ..analyzers.meshconfig import VALUES_KEY, find
from ..config.prerequisites import helm_values_requirement
from ..hosts import meant_fqdn
from .result import CheckResult, Problems, Status
from .sources import Manifests
from .waypoints import ambient_view, is_ambient

ID = "tracing"
DESCRIPTION = "tracing on/off, provider and endpoint, sampling, custom tags, provider defined in the mesh config"

ZIPKIN_PATH = "/api/v2/spans"
OTLP_HTTP_PATH = "/v1/traces"


@dataclass
class Provider:
    """One MeshConfig ``extensionProviders`` entry that carries traces."""

    name: str
    kind: str  # zipkin, opentelemetry, or another tracer Istio knows (datadog, skywalking, ...)
    service: str  # as written: [<namespace>/]<host>
    port: int | None
    path: str | None  # zipkin path, or the OTLP/HTTP path
    protocol: str  # "zipkin", "otlp-http", "otlp-grpc" or the kind

    @property
    def host(self) -> str:
        return self.service.split("/", 1)[1] if "/" in self.service else self.service

    @property
    def url(self) -> str | None:
        """The URL a test span goes to (None for gRPC or unknown tracers)."""
        if self.protocol == "zipkin":
            return f"http://{self.host}:{self.port or 9411}{self.path or ZIPKIN_PATH}"
        if self.protocol == "otlp-http":
            return f"http://{self.host}:{self.port or 4318}{self.path or OTLP_HTTP_PATH}"
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "service": self.service, "port": self.port,
                "path": self.path, "protocol": self.protocol, "url": self.url}


@dataclass
class MeshConfig:
    resource: Resource | None  # None: not among the manifests
    data: dict = field(default_factory=dict)
    error: str | None = None
    helm_values: bool = False  # the values ConfigMap for istiod's HelmRelease (tracing.mesh_config: helm-values)

    @property
    def providers(self) -> dict[str, Provider]:
        out: dict[str, Provider] = {}
        for p in as_list(self.data.get("extensionProviders")):
            p = as_dict(p)
            name = text(p.get("name"))
            for kind, body in p.items():
                if kind == "name" or not isinstance(body, dict):
                    continue
                port = body.get("port") if isinstance(body.get("port"), int) else None
                if kind == "zipkin":
                    out[name] = Provider(name, kind, text(body.get("service")), port,
                                         text(body.get("path")) or None, "zipkin")
                elif kind == "opentelemetry":
                    http = body.get("http")
                    if isinstance(http, dict):
                        out[name] = Provider(name, kind, text(body.get("service")), port,
                                             text(http.get("path")) or None, "otlp-http")
                    else:
                        out[name] = Provider(name, kind, text(body.get("service")), port, None, "otlp-grpc")
                elif "service" in body:
                    out[name] = Provider(name, kind, text(body.get("service")), port, None, kind)
        return out


def mesh_config(index: Index) -> MeshConfig:
    """The mesh config of the manifests, as the analyzer finds it (:func:`analyzers.meshconfig.find`)."""
    found = find(index.kind("ConfigMap"), index.root_namespace)
    return MeshConfig(found.resource, found.data, found.error, helm_values=found.key == VALUES_KEY)


@dataclass
class TracingRule:
    telemetry: Resource
    scope: str  # "mesh-wide", "namespace ns", "workloads app=x in ns"
    providers: list[str]
    sampling: float | None
    disabled: bool
    custom_tags: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"telemetry": self.telemetry.label, "scope": self.scope, "providers": self.providers,
                "sampling_percentage": self.sampling, "disabled": self.disabled, "custom_tags": self.custom_tags}


def _tag(body: dict) -> str:
    for kind in ("literal", "environment", "header", "formatter"):
        spec = as_dict(body.get(kind))
        if kind in body:
            if kind == "literal":
                return f"literal {text(spec.get('value'))!r}"
            shown = f"{kind} {text(spec.get('name') or spec.get('value'))}"
            if spec.get("defaultValue") is not None:
                shown += f" (default {text(spec.get('defaultValue'))!r})"
            return shown
    return "unknown kind"


def _ref(ref: dict) -> str:
    return f"{text(ref.get('kind')) or '?'} {text(ref.get('name'))}"


def tracing_rules(index: Index) -> list[TracingRule]:
    """Every tracing rule of every Telemetry, the mesh-wide one first."""
    rules = []
    for tel in index.kind("Telemetry"):
        labels = match_labels(tel.spec)
        refs = [as_dict(x) for x in as_list(tel.spec.get("targetRefs"))] or (
            [as_dict(tel.spec.get("targetRef"))] if tel.spec.get("targetRef") else [])
        if refs:  # attached to Gateways or Services (waypoints, gateways), never mesh- or namespace-wide
            scope = "targetRefs " + ", ".join(_ref(r) for r in refs) + f" in {tel.namespace}"
        elif labels:
            scope = f"workloads {','.join(f'{k}={v}' for k, v in sorted(labels.items()))} in {tel.namespace}"
        elif tel.namespace == index.root_namespace:
            scope = "mesh-wide"
        else:
            scope = f"namespace {tel.namespace}"
        for rule in as_list(tel.spec.get("tracing")):
            rule = as_dict(rule)
            pct = rule.get("randomSamplingPercentage")
            rules.append(TracingRule(
                telemetry=tel, scope=scope,
                providers=[text(as_dict(p).get("name")) for p in as_list(rule.get("providers"))],
                sampling=float(pct) if isinstance(pct, (int, float)) and not isinstance(pct, bool) else None,
                disabled=rule.get("disableSpanReporting") is True,
                custom_tags={text(k): _tag(as_dict(v)) for k, v in sorted(as_dict(rule.get("customTags")).items())}))
    rules.sort(key=lambda r: (r.scope != "mesh-wide", r.telemetry.namespace or "", r.telemetry.name))
    return rules


def _pct(value: float) -> str:
    return f"{value:g} %"


def check(m: Manifests) -> CheckResult:
    index = m.index
    mesh = mesh_config(index)
    providers = mesh.providers
    rules = tracing_rules(index)
    problem = Problems()
    details, nexts = problem.details, problem.nexts
    data: dict[str, Any] = {"mesh_config": mesh.resource.label if mesh.resource else None,
                            "providers": [p.to_dict() for _, p in sorted(providers.items())],
                            "rules": [r.to_dict() for r in rules]}

    if mesh.error:
        problem(Status.FAIL, f"{mesh.resource.label}: {mesh.error}", "fix the mesh key of the ConfigMap (istiod ignores it)")
    mesh_wide = next((r for r in rules if r.scope == "mesh-wide"), None)
    ambient = None
    if is_ambient(index, m.config):  # only waypoints emit spans: which Telemetry reaches them
        telemetries = list({r.telemetry.id: r.telemetry for r in rules}.values())
        ambient = ambient_view(index, telemetries)
        data["ambient"] = ambient.to_dict()
        if mesh_wide is None:  # a Telemetry attached to the waypoint configures its tracing
            reaching = {r.telemetry.id for r in ambient.reaching}
            mesh_wide = next((r for r in rules if r.telemetry.id in reaching), None)
    default_providers = [text(x) for x in as_list(as_dict(mesh.data.get("defaultProviders")).get("tracing"))]
    if mesh_wide is None:
        data.update(enabled=False, provider=None, sampling_percentage=None)
        summary = "tracing is off: no mesh-wide Telemetry (root namespace, no selector) configures tracing"
        if ambient is not None:
            summary += ", and no Telemetry reaches a waypoint"
        problem(Status.WARN, summary, "set tracing.enabled: true in the environment file (it renders Telemetry "
                "mesh-default in the root namespace), synth and publish")
    else:
        names = mesh_wide.providers or default_providers
        provider = providers.get(names[0]) if names else None
        enabled = not mesh_wide.disabled
        data.update(enabled=enabled, provider=provider.to_dict() if provider else (names[0] if names else None),
                    sampling_percentage=mesh_wide.sampling)
        if not enabled:
            summary = f"tracing is off: {mesh_wide.telemetry.label} sets disableSpanReporting"
            problem(Status.WARN, summary, "set tracing.enabled: true in the environment file, synth and publish")
        else:
            sampling = _pct(mesh_wide.sampling) if mesh_wide.sampling is not None else "the mesh default (1 % unless set)"
            where = (f"{provider.service}:{provider.port}{provider.path or ''}" if provider else "(provider not defined here)")
            summary = (f"tracing on: {mesh_wide.telemetry.label} → provider {names[0] if names else '(none)'} "
                       f"({provider.kind if provider else '?'}) → {where}, sampling {sampling}")
            if mesh_wide.sampling == 0:
                problem(Status.WARN, "sampling is 0 %: no request starts a trace",
                        "raise tracing.sampling_rate (1 % in production, 100 % in development)")
        if not names:
            problem(Status.FAIL, f"{mesh_wide.telemetry.label} names no provider and the mesh config has no "
                    "defaultProviders.tracing", "name a provider: tracing.provider in the environment file")
        for name in names:
            if name in providers:
                continue
            if mesh.resource is None:
                problem(Status.WARN, f"provider {name!r}: the mesh config is not among the manifests "
                        "(tracing.mesh_config: external, or Istio's installer owns it)",
                        f"make sure meshConfig.extensionProviders of your Istio install defines {name!r}: "
                        "`kubectl -n istio-system get cm istio -o jsonpath='{.data.mesh}'`")
            else:
                known = ", ".join(sorted(providers)) or "none"
                problem(Status.FAIL, f"provider {name!r} selected by {mesh_wide.telemetry.label} is not defined "
                        f"in {mesh.resource.label} (its tracing providers: {known}); proxies send no spans",
                        "make tracing.provider_name match a provider of the mesh config, synth and publish")
        for p in (providers[n] for n in names if n in providers):
            _check_endpoint(index, p, problem, details)
        if mesh.data.get("enableTracing") is False:
            problem(Status.WARN, f"{mesh.resource.label} sets enableTracing: false",
                    "set tracing.enabled: true (it renders enableTracing: true), synth and publish")
    for r in rules:
        if r is mesh_wide:
            if r.custom_tags:
                details.append("custom tags: " + "; ".join(f"{k} = {v}" for k, v in r.custom_tags.items()))
            continue
        sampling = _pct(r.sampling) if r.sampling is not None else "inherited"
        details.append(f"{r.scope}: {r.telemetry.label} overrides tracing "
                       f"({'off' if r.disabled else 'providers ' + (', '.join(r.providers) or 'inherited')}, "
                       f"sampling {sampling})")
    if ambient is not None:
        if mesh_wide is not None and not mesh_wide.disabled:
            summary += ("; spans from " + ", ".join(f"waypoint {w}" for w in ambient.emitters) + " only"
                        if ambient.emitters else "; but no waypoint emits them")
        if not ambient.emitters:
            problem(Status.WARN, "ambient mode without a waypoint: ztunnel emits no spans, so no proxy sends any",
                    "give the collector's namespace a waypoint (data_plane: ambient renders one; `waypoint` in the "
                    "environment file names it), synth and publish")
        details.extend(ambient.lines())
    if mesh.helm_values and mesh.resource is not None:
        # what the cluster must provide for this form: nothing here can tell whether it does
        nexts.append(f"the cluster must provide {helm_values_requirement(mesh.resource.namespace)}")
    # the analyzer's findings on the Telemetry resources (conflicting selectors, several namespace-wide ones, ...)
    findings = m.findings_for({r.id for r in index.kind("Telemetry")})
    if findings and Status.of_findings(findings) is not Status.OK:
        problem.worsen(Status.of_findings(findings))
        nexts.append("fix the Telemetry findings below: with conflicting Telemetry resources, which sampling "
                     "applies is not the one you set")
    return CheckResult(id=ID, status=problem.status, summary=summary, details=details, next=nexts, data=data,
                       findings=findings, env=m.name)


def _check_endpoint(index: Index, p: Provider, problem, details: list[str]) -> None:
    """istiod finds a provider's service by exact host name in its registry (Kubernetes Services are
    registered as ``<name>.<namespace>.svc.cluster.local``), optionally as ``<namespace>/<host>``;
    a short or ``name.namespace`` host matches nothing, and the proxies get no tracer."""
    host = p.host
    namespace = p.service.split("/", 1)[0] if "/" in p.service else None
    if "." not in host or meant_fqdn(host):
        if index.se_exact.get(host):
            details.append(f"provider {p.name!r}: {host} is a ServiceEntry host")
            return
        meant = meant_fqdn(host) or f"{host}.<namespace>.svc.cluster.local"
        problem(Status.FAIL, f"provider {p.name!r}: service {p.service!r} is not a host istiod can find: it looks "
                "the service up by its full host name (Services are registered as <name>.<namespace>.svc."
                "cluster.local), so it logs 'could not find cluster for tracing provider' and proxies send no spans",
                f"write the full host in tracing.zipkin_endpoint, e.g. http://{meant}:{p.port or ''}"
                f"{p.path or ''}, synth and publish")
        return
    target, fq = index.lookup_host(host, namespace or index.root_namespace)
    if target is None:
        details.append(f"provider {p.name!r}: {fq} is not defined among these manifests (expected elsewhere in "
                       "the cluster)")
        return
    ports = index.service_ports(target)
    if p.port is not None and ports and p.port not in ports:
        problem(Status.FAIL, f"provider {p.name!r}: port {p.port} is not a port of {target.label} "
                f"(its ports: {', '.join(map(str, sorted(ports)))})",
                "fix the port of tracing.zipkin_endpoint (or open the receiver port on the collector)")
    else:
        details.append(f"provider {p.name!r}: {fq} is {target.label}")
