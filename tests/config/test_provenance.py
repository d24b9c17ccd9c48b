"""Where a rendered object's fields are written in the environment files: the file (the
environment's own or a base), the line and the field path, for every kind the chart renders from
them. The project's own example environments are the input (staging and dev extend _base.yaml)."""
from __future__ import annotations

import pytest

from otlp_istio.config.loader import load_environment
from otlp_istio.config.provenance import origins, snake, source_of
from tests.conftest import ENVIRONMENTS


def env(name):
    return load_environment(name, ENVIRONMENTS / f"{name}.yaml")


def where(e, resource, path):
    src = source_of(e, origins(e.config), resource, path)
    return None if src is None else (src.file.rsplit("/", 1)[-1], src.line, src.path)


def line_of(name: str, text: str, nth: int = 1) -> int:
    """The line of ``environments/<name>`` that holds ``text`` (its ``nth`` occurrence)."""
    found = [n for n, line in enumerate((ENVIRONMENTS / name).read_text().splitlines(), 1) if text in line]
    assert len(found) >= nth, f"{text!r} not {nth} times in {name}"
    return found[nth - 1]


@pytest.mark.parametrize("resource, path, file, text, nth, field", [
    # an entry of a list, field by field (the chart's renames: match -> match_rules)
    ("VirtualService otlp-collector.otlp-system", "spec.http[0].route[1].destination.subset",
     "dev.yaml", "subset: v1, port: 4318", 1, "virtual_services[0].http[0].route[1].destination.subset"),
    ("VirtualService otlp-collector.otlp-system", "spec.http[0].match[0].uri.prefix",
     "dev.yaml", "match_rules:", 1, "virtual_services[0].http[0].match_rules[0].uri.prefix"),
    ("VirtualService otlp-collector.otlp-system", "spec.http[0].retries.retryOn",
     "dev.yaml", "refused-stream", 1, "virtual_services[0].http[0].retries.retry_on"),
    # a field the file does not write (the generated port struct's number): its nearest written parent
    ("VirtualService otlp-collector.otlp-system", "spec.http[1].route[0].destination.port.number",
     "dev.yaml", "subset: v1, port: 4318", 2, "virtual_services[0].http[1].route[0].destination.port"),
    # written in the base: the base's line
    ("AuthorizationPolicy otlp-collector-authz.otlp-system", "spec.rules[0].from[0].source.principals[0]",
     "_base.yaml", "from: [{principals:", 1, "authorization_policies[0].rules[0].from[0].principals[0]"),
    ("AuthorizationPolicy otlp-collector-authz.otlp-system", "spec.selector.matchLabels",
     "_base.yaml", "selector: {match_labels", 1, "authorization_policies[0].selector.match_labels"),
    # the mesh Telemetry from tracing, and its access logging from access_logs
    ("Telemetry mesh-default.istio-system", "spec.tracing[0].randomSamplingPercentage",
     "dev.yaml", "sampling_rate: 1.0", 1, "tracing.sampling_rate"),
    ("Telemetry mesh-default.istio-system", "spec.tracing[0].customTags[cluster_name].literal.value",
     "dev.yaml", "dev-cluster", 1, "tracing.custom_tags.cluster_name.literal.value"),
    ("Telemetry mesh-default.istio-system", "spec.accessLogging[0].filter.expression",
     "_base.yaml", "filter: response.code", 1, "access_logs.filter"),
    # the collector: a version's own image; the ServiceMonitor from prometheus
    ("Deployment otlp-collector-v2.otlp-system", "spec.template.spec.containers[0].image",
     "dev.yaml", "v2: {image:", 1, "collector.versions.v2.image"),
    ("ServiceMonitor otlp-collector.otlp-system", "spec.endpoints[0].interval",
     "_base.yaml", "interval: 30s", 1, "prometheus.interval"),
])
def test_a_rendered_field_is_found_where_it_is_written(resource, path, file, text, nth, field):
    assert where(env("dev"), resource, path) == (file, line_of(file, text, nth), field)


def test_the_renamed_and_nested_keys_of_a_destination_rule():
    e = env("staging")
    assert where(e, "DestinationRule otlp-collector.otlp-system",
                 "spec.trafficPolicy.outlierDetection.consecutive5xxErrors") == (
        "staging.yaml", line_of("staging.yaml", "outlier_detection"),
        "destination_rules[0].traffic_policy.outlier_detection.consecutive_errors")
    assert where(e, "PeerAuthentication default.otlp-system", "spec.mtls.mode") == (
        "staging.yaml", line_of("staging.yaml", "mode: STRICT"), "mtls.mode")
    assert where(e, "PeerAuthentication otlp-collector-metrics.otlp-system", "spec.mtls.mode") == (
        "staging.yaml", line_of("staging.yaml", "mode: PERMISSIVE"), "peer_authentications[0].mode")


def test_an_object_not_from_the_files_has_no_source():
    e = env("dev")
    assert where(e, "Service checkout.shop", "spec.ports[0]") is None
    assert where(e, "Gateway ingress.istio-system", "spec") is None


def test_an_entry_the_base_adds_is_found_in_the_base_by_its_own_index(tmp_path):
    """dev.yaml adds a route of its own: the merged list holds the base's route first, dev's second;
    each field is found in the file that writes it, under that file's index."""
    (tmp_path / "_base.yaml").write_text((ENVIRONMENTS / "_base.yaml").read_text())
    (tmp_path / "dev.yaml").write_text(
        "extends: _base.yaml\nvirtual_services:\n  - hosts: [api.otlp-system.svc.cluster.local]\n"
        "    http: [{route: [{destination: {host: otlp-collector, subset: stable, port: 4318}}]}]\n")
    e = load_environment("dev", tmp_path / "dev.yaml")
    assert [vs.hosts[0] for vs in e.config.virtual_services] == [
        "otlp-collector.otlp-system.svc.cluster.local", "api.otlp-system.svc.cluster.local"]
    base_line = line_of("_base.yaml", "retries: {attempts: 3")
    assert e.written_at(("virtual_services", 0, "http", 0, "retries")) == (
        str(tmp_path / "_base.yaml"), base_line, ("virtual_services", 0, "http", 0, "retries"))
    assert e.written_at(("virtual_services", 1, "hosts")) == (str(tmp_path / "dev.yaml"), 3, ("virtual_services", 0, "hosts"))
    assert where(e, "VirtualService api.otlp-system", "spec.http[0].route[0].destination.subset") == (
        "dev.yaml", 4, "virtual_services[0].http[0].route[0].destination.subset")
    assert where(e, "VirtualService otlp-collector.otlp-system", "spec.http[0].retries.attempts") == (
        "_base.yaml", base_line, "virtual_services[0].http[0].retries.attempts")


@pytest.mark.parametrize("key, name", [("trafficPolicy", "traffic_policy"), ("http1MaxPendingRequests",
                                       "http1_max_pending_requests"), ("host", "host"), ("perTryTimeout",
                                       "per_try_timeout")])
def test_kubernetes_keys_read_as_the_files(key, name):
    assert snake(key) == name
