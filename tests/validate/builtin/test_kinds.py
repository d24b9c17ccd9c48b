"""The built-in validation of core kinds (validate/builtin): GIVEN one of our rendered objects
with one field changed, THEN the error the API server gives for it, at that field; the
rendered objects themselves pass. (tests/validate/test_builtin_live.py holds the same
verdicts to a real kube-apiserver.)"""
from __future__ import annotations

import copy

import pytest

from otlp_istio.validate.builtin import check, errors

NAMESPACE = {"apiVersion": "v1", "kind": "Namespace",
             "metadata": {"name": "otlp-system", "labels": {"istio-injection": "enabled"}}}
SERVICE = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "otlp-collector", "namespace": "otlp-system"},
           "spec": {"type": "ClusterIP", "selector": {"app": "otlp-collector"},
                    "ports": [{"name": "otlp-grpc", "port": 4317, "targetPort": 4317, "protocol": "TCP",
                               "appProtocol": "grpc"},
                              {"name": "metrics", "port": 8888, "targetPort": 8888, "protocol": "TCP"}]}}
DEPLOYMENT = {
    "apiVersion": "apps/v1", "kind": "Deployment",
    "metadata": {"name": "otlp-collector-v1", "namespace": "otlp-system", "labels": {"app": "otlp-collector"}},
    "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "otlp-collector", "version": "v1"}},
             "template": {"metadata": {"labels": {"app": "otlp-collector", "version": "v1"},
                                       "annotations": {"checksum/collector-config": "aae8"}},
                          "spec": {"containers": [{
                              "name": "otel-collector", "image": "otel/opentelemetry-collector-contrib:0.115.1",
                              "ports": [{"containerPort": 4317, "name": "otlp-grpc", "protocol": "TCP"}],
                              "readinessProbe": {"httpGet": {"path": "/", "port": 13133}},
                              "resources": {"limits": {"memory": "1Gi"}, "requests": {"cpu": "200m",
                                                                                       "memory": "256Mi"}},
                              "volumeMounts": [{"mountPath": "/etc/otelcol", "name": "config", "readOnly": True}]}],
                              "volumes": [{"name": "config", "configMap": {"name": "otlp-collector-config"}}]}}}}
CONFIGMAP = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "istio", "namespace": "istio-system"},
             "data": {"mesh": "enableTracing: true\n"}}
SECRET = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "cred", "namespace": "istio-system"},
          "type": "kubernetes.io/tls", "data": {"tls.crt": "Y2VydA==", "tls.key": "a2V5"}}


def mutate(obj: dict, path: str, value) -> dict:
    out = copy.deepcopy(obj)
    node = out
    keys = path.split(".")
    for k in keys[:-1]:
        node = node[int(k)] if k.isdigit() else node[k]
    last = keys[-1]
    if value is DELETE:
        del node[int(last) if last.isdigit() else last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return out


DELETE = object()


@pytest.mark.parametrize("obj", [NAMESPACE, SERVICE, DEPLOYMENT, CONFIGMAP, SECRET])
def test_rendered_objects_pass(obj):
    assert errors(obj) == []


@pytest.mark.parametrize("obj, path, value, where, says", [
    (NAMESPACE, "metadata.name", "Bad_Name", "metadata.name", "RFC 1123 label"),
    (NAMESPACE, "metadata.labels", {"istio-injection": "-x-"}, "metadata.labels", "a valid label"),
    (SERVICE, "spec.ports.0.port", 0, "spec.ports[0].port", "between 1 and 65535"),
    (SERVICE, "spec.ports.0.protocol", "QUIC", "spec.ports[0].protocol", 'Unsupported value: "QUIC"'),
    (SERVICE, "spec.type", "Magic", "spec.type", 'supported values: "ClusterIP"'),
    (SERVICE, "spec.ports.1.name", "otlp-grpc", "spec.ports[1].name", "Duplicate value"),
    (SERVICE, "spec.ports.1.name", DELETE, "spec.ports[1].name", "Required value"),
    (SERVICE, "spec.ports.0.targetPort", "otlp_grpc", "spec.ports[0].targetPort", "alpha-numeric"),
    (SERVICE, "metadata.name", "1collector", "metadata.name", "DNS-1035 label"),
    (SERVICE, "spec.ports", [], "spec.ports", "Required value"),
    (SERVICE, "spec.externalTrafficPolicy", "Local", "spec.externalTrafficPolicy", "externally-accessible"),
    (DEPLOYMENT, "spec.template.spec.containers", [], "spec.template.spec.containers", "Required value"),
    (DEPLOYMENT, "spec.replicas", -1, "spec.replicas", "greater than or equal to 0"),
    (DEPLOYMENT, "spec.selector.matchLabels.version", "v2", "spec.template.metadata.labels",
     "`selector` does not match template `labels`"),
    (DEPLOYMENT, "spec.selector", {}, "spec.selector", "empty selector"),
    (DEPLOYMENT, "spec.template.spec.restartPolicy", "Never", "spec.template.spec.restartPolicy",
     'supported values: "Always"'),
    (DEPLOYMENT, "spec.template.spec.containers.0.image", DELETE, "spec.template.spec.containers[0].image",
     "Required value"),
    (DEPLOYMENT, "spec.template.spec.containers.0.name", "Otel", "spec.template.spec.containers[0].name",
     "RFC 1123 label"),
    (DEPLOYMENT, "spec.template.spec.containers.0.ports.0.name", "otlp-grpc-receiver",
     "spec.template.spec.containers[0].ports[0].name", "no more than 15 characters"),
    (DEPLOYMENT, "spec.template.spec.containers.0.ports.0.containerPort", 70000,
     "spec.template.spec.containers[0].ports[0].containerPort", "between 1 and 65535"),
    (DEPLOYMENT, "spec.template.spec.containers.0.resources.requests.memory", "2Gi",
     "spec.template.spec.containers[0].resources.requests.memory", "less than or equal to memory limit of 1Gi"),
    (DEPLOYMENT, "spec.template.spec.containers.0.volumeMounts.0.name", "cfg",
     "spec.template.spec.containers[0].volumeMounts[0].name", "Not found"),
    (DEPLOYMENT, "spec.template.spec.containers.0.readinessProbe.httpGet.port", 0,
     "spec.template.spec.containers[0].readinessProbe.httpGet.port", "between 1 and 65535"),
    (DEPLOYMENT, "spec.minReadySeconds", 900, "spec.progressDeadlineSeconds", "greater than minReadySeconds"),
    (DEPLOYMENT, "spec.strategy", {"type": "Recreate", "rollingUpdate": {"maxSurge": 1}},
     "spec.strategy.rollingUpdate", "may not be specified"),
    (DEPLOYMENT, "spec.strategy", {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 0}},
     "spec.strategy.rollingUpdate.maxUnavailable", "may not be 0 when `maxSurge` is 0"),
    (CONFIGMAP, "data", {"mesh config": "x"}, "data[mesh config]", "a valid config key"),
    (CONFIGMAP, "metadata.name", "Istio", "metadata.name", "RFC 1123 subdomain"),
    (SECRET, "data", {"tls.crt": "Y2VydA=="}, "data[tls.key]", "Required value"),
    (SECRET, "data.tls.crt", "not base64!", "data[tls.crt]", "illegal base64"),
])
def test_a_single_field_mutation_is_refused_as_the_server_refuses_it(obj, path, value, where, says):
    if path == "data.tls.crt":
        bad = copy.deepcopy(obj)
        bad["data"]["tls.crt"] = value
    else:
        bad = mutate(obj, path, value)
    got = errors(bad)
    assert [p for p, _ in got] == [where], got
    assert says in got[0][1]


def test_server_defaults_are_applied_before_validation():
    # targetPort 0 becomes the port, an absent protocol TCP: the server accepts both
    assert errors(mutate(SERVICE, "spec.ports.0.targetPort", 0)) == []
    assert errors(mutate(SERVICE, "spec.ports.0.protocol", DELETE)) == []
    # a single port needs no name; a headless Service no ports
    one = mutate(SERVICE, "spec.ports", [{"port": 80}])
    assert errors(one) == []
    assert errors(mutate(mutate(SERVICE, "spec.ports", []), "spec.clusterIP", "None")) == []


def test_findings_are_schema_violations_of_the_object_at_its_line():
    found = check(mutate(SERVICE, "spec.type", "Magic"), file="svc.yaml", line=3)
    assert [(f.code, f.severity.value, f.resource, f.path, f.file, f.line) for f in found] == [
        ("OI0101", "Error", "Service otlp-collector.otlp-system", "spec.type", "svc.yaml", 3)]
    assert "the API server refuses this" in found[0].message


def test_other_kinds_and_odd_values_are_left_alone():
    assert check({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService"}) == []
    assert check("not a mapping") == []
    odd = mutate(DEPLOYMENT, "spec.template.spec.containers.0.ports", "not a list")
    assert errors(odd) == []  # the schema check reports the type
