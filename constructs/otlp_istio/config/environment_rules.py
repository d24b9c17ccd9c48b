"""Whole-file rules beyond routes and names (those are in :mod:`.crossref`): the services
the environment declares, the Istio release it targets, and access logging.

Each rule yields ``(field path tuple, message)``; the loader adds file and line.
:func:`version_warnings` yields the same pairs for things that render, but not as written.
"""
from __future__ import annotations

import difflib
from typing import Iterator
from urllib.parse import urlsplit

from ..hosts import fqdn
from . import collector_version, istio_versions
from .ambient import ambient_warnings, check_ambient
from .crossref import route_destinations
from .models import EnvironmentConfig
from . import istio_checks
from .services import service_entry_name

ENVOY_PROVIDER = "envoy"  # Istio's built-in access-log provider (stdout)


def check_environment(config: EnvironmentConfig) -> list[tuple[tuple, str]]:
    out: list[tuple[tuple, str]] = []
    for rule in (_namespace_owner, _external_services, _service_entries, _external_ports, _istio_version_fields,
                 _collector_release, _access_logs, check_ambient):
        out.extend(rule(config))
    return out


def external_hosts(config: EnvironmentConfig) -> dict[str, int]:
    """FQDN → index in ``external_services``."""
    return {fqdn(s.name, s.namespace or config.namespace): i for i, s in enumerate(config.external_services)}


def _namespace_owner(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    if config.prune_namespace and config.namespace_owner.value == "external":
        yield ("prune_namespace",), (
            f"namespace_owner is external, so no Namespace {config.namespace!r} is rendered and there is nothing for "
            "Flux to prune; drop prune_namespace, or set namespace_owner: otlp-istio")


def _external_services(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    collector = fqdn(config.collector_service, config.namespace)
    seen: dict[str, int] = {}
    for i, svc in enumerate(config.external_services):
        host = fqdn(svc.name, svc.namespace or config.namespace)
        if host == collector:
            yield ("external_services", i, "name"), (
                f"{svc.name!r} in {svc.namespace or config.namespace!r} is the collector Service this environment "
                "renders; list only Services that exist in the cluster without being rendered here")
        elif host in seen:
            yield ("external_services", i, "name"), (
                f"Service {host} is listed twice (also external_services[{seen[host]}])")
        seen.setdefault(host, i)


def _service_entries(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    seen: dict[tuple, int] = {}
    for i, se in enumerate(config.service_entries):
        key = (se.namespace or config.namespace, service_entry_name(se))
        if key in seen:
            yield ("service_entries", i, "name"), (
                f"ServiceEntry {key[1]!r} is defined twice in namespace {key[0]!r} (also service_entries[{seen[key]}]); "
                "give one of them a name")
        seen.setdefault(key, i)
        names: set[str] = set()
        for j, port in enumerate(se.ports):
            if port.name in names:
                yield ("service_entries", i, "ports", j, "name"), f"port name {port.name!r} is used twice"
            names.add(port.name)
        if se.resolution == "STATIC" and not se.endpoints and not se.addresses:
            yield ("service_entries", i, "endpoints"), (
                "resolution STATIC needs endpoints (IP addresses) or addresses; or use resolution DNS")
        if se.resolution == "STATIC":
            for j, endpoint in enumerate(se.endpoints):
                if not istio_checks.is_ip(endpoint.address) and not endpoint.address.startswith("unix://"):
                    yield ("service_entries", i, "endpoints", j, "address"), (
                        f"{endpoint.address!r} is a host name, and resolution STATIC takes IP addresses; use "
                        "resolution DNS for endpoints given by name")
        if se.resolution in ("DNS", "DNS_ROUND_ROBIN") and not se.endpoints:
            for j, host in enumerate(se.hosts):
                if host.startswith("*"):
                    yield ("service_entries", i, "hosts", j), (
                        f"{host!r}: with resolution {se.resolution} and no endpoints the proxy resolves each host "
                        "by DNS, which a wildcard cannot be; use resolution NONE, or add endpoints")


def _external_ports(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    """A route to a declared external Service uses one of the ports it was declared with."""
    hosts = external_hosts(config)
    for loc, host, d in route_destinations(config):
        index = hosts.get(host)
        if index is None or d.port is None:
            continue
        svc = config.external_services[index]
        ports = {p.port: p.name for p in svc.ports}
        if d.port not in ports:
            have = ", ".join(f"{n} ({p})" for p, n in sorted(ports.items()))
            yield ((*loc, "port"), f"external_services[{index}] ({svc.name}) has no port {d.port}; its ports: {have}")


def _istio_version_fields(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    version = istio_versions.parse(config.istio_version)
    url = urlsplit(config.tracing.zipkin_endpoint)
    if (config.tracing.enabled and config.tracing.provider.value == "opentelemetry" and url.path not in ("", "/")
            and not istio_versions.knows("opentelemetry.http", version)):
        since = istio_versions.show(istio_versions.FIELDS_SINCE["opentelemetry.http"].since)
        yield ("tracing", "zipkin_endpoint"), (
            f"Istio {istio_versions.show(version)} exports OpenTelemetry spans over gRPC only (the opentelemetry "
            f"provider's `http` is known from Istio {since}): give the collector's gRPC endpoint without a path "
            f"(e.g. http://{url.hostname}:4317), or set istio_version to {since}.0 or later")


def _collector_release(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    """An exporter the declared collector release does not have is refused, with the way out."""
    release = config.collector.release.value
    if collector_version.RELEASES[release].zipkin_exporter:
        return
    with_zipkin = [v for v, r in collector_version.RELEASES.items() if r.zipkin_exporter]
    for name, exporter in sorted(config.collector.exporters.items()):
        if exporter.type.value == "zipkin":
            yield ("collector", "exporters", name, "type"), (
                f"collector.release {release} takes no Zipkin exporter (OpenTelemetry deprecated the Zipkin "
                "exporters in favour of OTLP, and the gate's collector of that release has none to check it "
                "with): send OTLP instead, `type: otlphttp` or `type: otlp` with the backend's OTLP "
                "endpoint (Jaeger, Tempo and Zipkin's OTLP collector accept it), or keep collector.release "
                f"{' or '.join(with_zipkin)}")


def version_warnings(config: EnvironmentConfig) -> list[tuple[tuple, str]]:
    """Settings the declared Istio release cannot express: rendered without them, with a warning."""
    version = istio_versions.parse(config.istio_version)
    url = urlsplit(config.tracing.zipkin_endpoint)
    out = list(ambient_warnings(config))
    if (config.tracing.provider.value == "zipkin" and url.path not in ("", "/", "/api/v2/spans")
            and not istio_versions.knows("zipkin.path", version)):
        since = istio_versions.show(istio_versions.FIELDS_SINCE["zipkin.path"].since)
        out.append((("tracing", "zipkin_endpoint"), (
            f"Istio {istio_versions.show(version)} does not know the zipkin provider's `path` (Istio {since} and "
            f"later do): the path {url.path!r} is left out and Envoy posts spans to /api/v2/spans")))
    return out


def _access_logs(config: EnvironmentConfig) -> Iterator[tuple[tuple, str]]:
    logs = config.access_logs
    if logs is None:
        return
    if logs.filter is not None:
        problem = cel_problem(logs.filter)
        if problem:
            yield ("access_logs", "filter"), problem
    known = [ENVOY_PROVIDER, config.tracing.effective_provider_name]  # envoy, and the rendered provider
    external = config.tracing.mesh_config.value == "external"
    for i, name in enumerate(logs.providers):
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1)
        if close:
            yield ("access_logs", "providers", i), f"unknown provider {name!r} (did you mean {close[0]!r}?)"
        elif not external:
            yield ("access_logs", "providers", i), (
                f"unknown provider {name!r}: the mesh config rendered here declares {', '.join(map(repr, known))} "
                "(envoy is Istio's built-in stdout log); with tracing.mesh_config: external, providers you "
                "declare in your Istio install are accepted")


def cel_problem(expression: str) -> str | None:
    """Why an access-log filter is not a CEL expression (None when it compiles)."""
    from ..cel_engine import load  # the engine without its REPL (a third of a second)

    cel = load()
    if cel is None:  # pragma: no cover - pinned in requirements.txt
        return None
    if not expression.strip():
        return "the filter is empty; remove it to log every request, or write a CEL expression"
    try:
        cel.compile(expression)
    except (ValueError, RuntimeError) as exc:
        detail = str(exc).split("ERROR: <input>:", 1)[-1].split("\n", 1)[0].strip()
        return (f"{expression!r} is not a valid CEL expression ({detail}); a filter reads like "
                "'response.code >= 400' or 'response.code >= 500 || connection.mtls == false'")
    return None
