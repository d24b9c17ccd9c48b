"""Valid manifests of every kind we render, parameterized, for the validate benchmark and tests.

``manifest(kind, i)`` returns a plain dict; each index gives a different object name (and
slightly different values), so the checks cannot lean on identical documents.
"""
from __future__ import annotations

from typing import Any, Callable

NS = "observability"


def _meta(name: str, ns: str | None = NS, **labels: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"name": name}
    if ns:
        meta["namespace"] = ns
    if labels:
        meta["labels"] = dict(labels)
    return meta


def namespace(i: int) -> dict:
    return {"apiVersion": "v1", "kind": "Namespace",
            "metadata": _meta(f"team-{i}", None, **{"istio-injection": "enabled"})}


def service(i: int) -> dict:
    return {"apiVersion": "v1", "kind": "Service",
            "metadata": {**_meta(f"svc-{i}", app=f"svc-{i}"),
                         "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "8888",
                                         "prometheus.io/path": "/metrics"}},
            "spec": {"selector": {"app": f"svc-{i}"},
                     "ports": [{"name": "grpc-otlp", "port": 4317, "targetPort": 4317, "protocol": "TCP"},
                               {"name": "http-otlp", "port": 4318, "targetPort": 4318, "protocol": "TCP"},
                               {"name": "http-metrics", "port": 8888, "targetPort": "metrics"}]}}


def deployment(i: int, version: str = "v1") -> dict:
    labels = {"app": f"svc-{i}", "version": version}
    name = f"svc-{i}" if version == "v1" else f"svc-{i}-{version}"
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": _meta(name, **labels),
            "spec": {"replicas": 2 + i % 3, "selector": {"matchLabels": labels},
                     # the injection label (the annotation is deprecated: OI1608 on every Deployment)
                     "template": {"metadata": {"labels": {**labels, "sidecar.istio.io/inject": "true"}},
                                  "spec": {"serviceAccountName": f"svc-{i}", "containers": [{
                                      "name": "collector", "image": "otel/opentelemetry-collector:0.110.0",
                                      "args": ["--config=/conf/config.yaml"],
                                      "ports": [{"name": "otlp-grpc", "containerPort": 4317},
                                                {"name": "otlp-http", "containerPort": 4318},
                                                {"name": "metrics", "containerPort": 8888}],
                                      "resources": {"limits": {"cpu": "1", "memory": "2Gi"},
                                                    "requests": {"cpu": "200m", "memory": "400Mi"}},
                                      "readinessProbe": {"httpGet": {"path": "/", "port": 13133}},
                                      "volumeMounts": [{"name": "conf", "mountPath": "/conf"}]}],
                                      "volumes": [{"name": "conf", "configMap": {"name": f"svc-{i}"}}]}}}}


def configmap(i: int) -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": _meta(f"svc-{i}"),
            "data": {"config.yaml": "receivers:\n  otlp:\n    protocols:\n      grpc: {}\n      http: {}\n"
                                    "exporters:\n  debug: {}\nservice:\n  pipelines:\n    traces:\n"
                                    "      receivers: [otlp]\n      exporters: [debug]\n"}}


def virtualservice(i: int) -> dict:
    host = f"svc-{i}.{NS}.svc.cluster.local"
    return {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": _meta(f"svc-{i}"),
            "spec": {"hosts": [host], "http": [{
                "match": [{"uri": {"prefix": "/v1/traces"}}],
                "route": [{"destination": {"host": host, "subset": "stable", "port": {"number": 4318}},
                           "weight": 90 - i % 10},
                          {"destination": {"host": host, "subset": "canary", "port": {"number": 4318}},
                           "weight": 10 + i % 10}],
                "timeout": "30s",
                "retries": {"attempts": 3, "perTryTimeout": "10s", "retryOn": "5xx,reset,connect-failure"}}]}}


def destinationrule(i: int) -> dict:
    return {"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule", "metadata": _meta(f"svc-{i}"),
            "spec": {"host": f"svc-{i}.{NS}.svc.cluster.local",
                     "trafficPolicy": {
                         "loadBalancer": {"consistentHash": {"httpHeaderName": "x-tenant-id"}},
                         "connectionPool": {"tcp": {"maxConnections": 100, "connectTimeout": "10s"},
                                            "http": {"http1MaxPendingRequests": 1024, "http2MaxRequests": 1024,
                                                     "maxRequestsPerConnection": 100}},
                         "outlierDetection": {"consecutive5xxErrors": 5, "interval": f"{10 + i % 5}s",
                                              "baseEjectionTime": "30s", "maxEjectionPercent": 50},
                         "tls": {"mode": "ISTIO_MUTUAL"}},
                     "subsets": [{"name": "stable", "labels": {"version": "v1"}},
                                 {"name": "canary", "labels": {"version": "v2"}}]}}


def peerauthentication(i: int) -> dict:
    return {"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication", "metadata": _meta(f"svc-{i}"),
            "spec": {"selector": {"matchLabels": {"app": f"svc-{i}"}}, "mtls": {"mode": "STRICT"},
                     "portLevelMtls": {"8888": {"mode": "PERMISSIVE"}}}}


def authorizationpolicy(i: int) -> dict:
    return {"apiVersion": "security.istio.io/v1", "kind": "AuthorizationPolicy", "metadata": _meta(f"svc-{i}"),
            "spec": {"selector": {"matchLabels": {"app": f"svc-{i}"}}, "action": "ALLOW",
                     "rules": [{"from": [{"source": {"principals": [f"cluster.local/ns/app/sa/client-{i}"]}}],
                                "to": [{"operation": {"methods": ["POST"], "paths": ["/v1/traces"]}}]}]}}


def telemetry(i: int) -> dict:
    return {"apiVersion": "telemetry.istio.io/v1", "kind": "Telemetry", "metadata": _meta(f"svc-{i}"),
            "spec": {"selector": {"matchLabels": {"app": f"svc-{i}"}},
                     "tracing": [{"providers": [{"name": "otel-tracing"}], "randomSamplingPercentage": 10.0,
                                  "customTags": {"env": {"literal": {"value": "prod"}},
                                                 "pod": {"environment": {"name": "POD_NAME",
                                                                         "defaultValue": "unknown"}}}}],
                     "accessLogging": [{"providers": [{"name": "envoy"}],
                                        "filter": {"expression": "response.code >= 400"}}]}}


def serviceentry(i: int) -> dict:
    return {"apiVersion": "networking.istio.io/v1", "kind": "ServiceEntry", "metadata": _meta(f"ext-{i}"),
            "spec": {"hosts": [f"ext-{i}.example.com"], "location": "MESH_EXTERNAL", "resolution": "DNS",
                     "ports": [{"number": 443, "name": "https", "protocol": "TLS"}]}}


def sidecar(i: int) -> dict:
    return {"apiVersion": "networking.istio.io/v1", "kind": "Sidecar", "metadata": _meta(f"svc-{i}"),
            "spec": {"workloadSelector": {"labels": {"app": f"svc-{i}"}},
                     "egress": [{"hosts": ["./*", "istio-system/*"]}],
                     "outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"}}}


def servicemonitor(i: int) -> dict:
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": _meta(f"svc-{i}"),
            "spec": {"selector": {"matchLabels": {"app": "otlp-collector"}},
                     "endpoints": [{"port": "metrics", "interval": "30s", "path": "/metrics"}]}}


def canary(i: int) -> dict:
    return {"apiVersion": "flagger.app/v1beta1", "kind": "Canary", "metadata": _meta(f"svc-{i}"),
            "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": f"svc-{i}"},
                     "service": {"port": 4318},
                     "analysis": {"interval": "5m", "threshold": 5, "maxWeight": 50, "stepWeight": 5,
                                  "metrics": [{"name": "request-success-rate", "thresholdRange": {"min": 99},
                                               "interval": "5m"}]}}}


def metrictemplate(i: int) -> dict:
    return {"apiVersion": "flagger.app/v1beta1", "kind": "MetricTemplate", "metadata": _meta(f"error-rate-{i}"),
            "spec": {"provider": {"type": "prometheus", "address": "http://prometheus.monitoring:9090"},
                     "query": "sum(rate(istio_requests_total{response_code=~\"5.*\"}[{{ interval }}]))"}}


def gitrepository(i: int) -> dict:
    return {"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": _meta(f"env-{i}", "flux-system"),
            "spec": {"interval": "1m", "url": "https://git.example.com/platform/environments.git",
                     "ref": {"branch": "main"}}}


def kustomization(i: int) -> dict:
    return {"apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": _meta(f"env-{i}", "flux-system"),
            "spec": {"interval": "5m", "path": f"./prod", "prune": True,
                     "sourceRef": {"kind": "GitRepository", "name": f"env-{i}"}}}


KINDS: dict[str, Callable[[int], dict]] = {
    "Namespace": namespace, "Service": service, "Deployment": deployment, "ConfigMap": configmap,
    "VirtualService": virtualservice, "DestinationRule": destinationrule,
    "PeerAuthentication": peerauthentication, "AuthorizationPolicy": authorizationpolicy,
    "Telemetry": telemetry, "ServiceEntry": serviceentry, "Sidecar": sidecar,
    "ServiceMonitor": servicemonitor, "Canary": canary, "MetricTemplate": metrictemplate,
    "GitRepository": gitrepository, "Kustomization": kustomization,
}

# The mix of the benchmark: roughly what an environment renders per collector/service.
MIX = ["VirtualService", "DestinationRule", "Service", "Deployment", "VirtualService", "DestinationRule",
       "PeerAuthentication", "AuthorizationPolicy", "Telemetry", "ServiceMonitor", "ConfigMap", "Service",
       "Deployment", "ServiceEntry", "Sidecar", "Canary", "Namespace", "MetricTemplate", "GitRepository",
       "Kustomization"]


def manifest(kind: str, i: int) -> dict:
    return KINDS[kind](i)


def unit(u: int) -> list[dict]:
    """One consistent slice of a cluster (22 documents): two services, each with its
    Service, v1 and v2 Deployments, VirtualService (90/10 split) and DestinationRule whose
    subsets select those Deployments; policies, telemetry and the rest for the first one.
    Every reference resolves within the unit, so the analyzer has nothing to report."""
    a, b = 2 * u, 2 * u + 1
    docs = []
    for i in (a, b):
        docs += [service(i), deployment(i), deployment(i, "v2"), virtualservice(i), destinationrule(i)]
    docs += [peerauthentication(a), authorizationpolicy(a), telemetry(a), servicemonitor(a), configmap(a),
             serviceentry(u), sidecar(a), canary(a), namespace(u), metrictemplate(u), gitrepository(u),
             kustomization(u)]
    return docs
