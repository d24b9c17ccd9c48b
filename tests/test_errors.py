"""Bad input: exit code 2, the file, line, field path and what is allowed; nothing written."""
from __future__ import annotations

import pytest

from tests.conftest import MINIMAL, run_process

VS = """
destination_rules:
  - host: otlp-collector
    subsets: [{{name: stable, labels: {{version: v1}}}}]
virtual_services:
  - hosts: [otlp-collector]
    http:
      - route:
{routes}
"""


def check(cli, write_env, tmp_path, text, *expected, name="env.yaml"):
    config = write_env(name, text)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 2, r
    assert "Traceback" not in r.err
    for e in expected:
        assert e in r.err, f"{e!r} not in:\n{r.err}"
    assert not out.exists(), "nothing may be written on bad input"
    return r.err


@pytest.mark.parametrize("text, expected", [
    (MINIMAL + "colour: blue\n", ["env.yaml:4: colour: unknown key 'colour'", "allowed keys here: istio_version"]),
    (MINIMAL + "tracing: {sampling_rate: 1.5}\n", ["env.yaml:4: tracing.sampling_rate", "less than or equal to 1"]),
    (MINIMAL + "mtls: {mode: MAYBE}\n", ["mtls.mode", "'STRICT', 'PERMISSIVE', 'DISABLE'"]),
    (MINIMAL + "tracing: {custom_tags: {t: {literal: {value: a}, header: {name: h}}}}\n",
     ["tracing.custom_tags.t", "exactly one kind: literal, environment or header (got literal, header)"]),
    (MINIMAL + "tracing: {custom_tags: {t: {}}}\n", ["tracing.custom_tags.t", "(got none)"]),
    (MINIMAL + "tracing: {zipkin_endpoint: 'jaeger:9411'}\n", ["tracing.zipkin_endpoint", "is not an http(s) URL"]),
    (MINIMAL + "prometheus: {interval: 30}\n", ["prometheus.interval", "a duration must be a string"]),
    (MINIMAL + "flux: {url: 'git@github.com:acme/env.git'}\n",
     ["flux.url", "ssh://, https:// or http:// URL", "ssh://git@host/org/repo.git"]),
    (MINIMAL + "flux: {url: 'https://bot:s3cret@git.example.com/env.git'}\n",
     ["flux.url", "put credentials in a Secret"]),
    (MINIMAL + "flux: {url: 'https://git.example.com/env.git', path: ../other}\n", ["flux.path", "relative to its root"]),
    (MINIMAL + "prometheus: {interval: 30 secs}\n", ["prometheus.interval", "'30 secs' is not a duration"]),
    (MINIMAL + "prometheus: {interval: 0s}\n", ["shorter than 1ms"]),
    (MINIMAL.replace("otlp-system", "OTLP_System"), ["namespace", "RFC 1123 label"]),
    (MINIMAL.replace('"1.24.0"', "one"), ["istio_version", "'one' is not an Istio version", "1.20 to 1.30"]),
    (MINIMAL.replace("namespace: otlp-system\n", ""), ["namespace: required key is missing"]),
    (MINIMAL + VS.format(routes="          - {destination: {host: otlp-collector, subset: stable}}\n"
                         "        retries: {attempts: 2, retry_on: '5xx,sometimes'}"),
     ["virtual_services[0].http[0].retries.retry_on", "unknown retry condition 'sometimes'", "allowed: 5xx"]),
    (MINIMAL + "destination_rules: [{host: h, traffic_policy: {load_balancer: fastest}}]\n",
     ["destination_rules[0].traffic_policy.load_balancer", "'fastest' is not a load balancer; allowed: round_robin"]),
    (MINIMAL + "canary: {baseline_version: v1, canary_version: v1, initial_weight: 5, increment: 5, interval: 5m,"
               " success_criteria: {max_error_rate: 0.01, min_request_count: 100}}\n",
     ["canary", "both 'v1'"]),
])
def test_schema_errors(cli, write_env, tmp_path, text, expected):
    check(cli, write_env, tmp_path, text, *expected)


def test_route_to_undefined_subset(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + VS.format(
        routes="          - {destination: {host: otlp-collector, subset: canary}}"),
        "virtual_services[0].http[0].route[0].destination.subset",
        "subset 'canary' is not defined by the DestinationRule for otlp-collector.otlp-system.svc.cluster.local "
        "(its subsets: stable)")


def test_name_dot_namespace_host_is_taken_as_written_like_istio(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + VS.format(
        routes="          - {destination: {host: otlp-collector.otlp-system, subset: stable}}"),
        "no DestinationRule in this file has host 'otlp-collector.otlp-system'",
        "Istio reads 'otlp-collector.otlp-system' as a fully qualified name",
        "write otlp-collector.otlp-system.svc.cluster.local")


def test_route_to_host_without_destination_rule(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + VS.format(
        routes="          - {destination: {host: other, subset: stable}}"),
        "no DestinationRule in this file has host 'other'")


def test_weights_must_sum_to_100(cli, write_env, tmp_path):
    routes = ("          - {destination: {host: otlp-collector, subset: stable}, weight: 60}\n"
              "          - {destination: {host: otlp-collector, subset: stable}, weight: 30}")
    err = check(cli, write_env, tmp_path, MINIMAL + VS.format(routes=routes),
                "virtual_services[0].http[0].route: route weights must sum to 100 (got 60 + 30 = 90)")
    assert "env.yaml:11:" in err  # the line of `- route:`


def test_weights_required_for_split_routes(cli, write_env, tmp_path):
    routes = ("          - {destination: {host: otlp-collector, subset: stable}, weight: 60}\n"
              "          - {destination: {host: otlp-collector, subset: stable}}")
    check(cli, write_env, tmp_path, MINIMAL + VS.format(routes=routes), "give each a weight, summing to 100")


def test_port_the_collector_does_not_expose(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + VS.format(
        routes="          - {destination: {host: otlp-collector, subset: stable, port: 4319}}"),
        "does not expose port 4319; its ports: otlp-grpc (4317), otlp-http (4318), metrics (8888)")


def test_least_request_choice_count_is_refused_not_dropped(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path,
          MINIMAL + "destination_rules: [{host: h, traffic_policy: {load_balancer: {least_request: {choice_count: 3}}}}]\n",
          "destination_rules[0].traffic_policy.load_balancer.least_request.choice_count",
          "Envoy's default of 2", "(got 3)")


def test_duplicate_names_and_hosts(cli, write_env, tmp_path):
    text = MINIMAL + """
destination_rules:
  - {host: a, subsets: [{name: s, labels: {v: a}}, {name: s, labels: {v: b}}]}
  - {host: a.otlp-system.svc.cluster.local}
peer_authentications:
  - {name: default, mode: STRICT, selector: {match_labels: {app: x}}}
  - {name: ns-wide, mode: PERMISSIVE}
  - {name: default, mode: STRICT}
"""
    check(cli, write_env, tmp_path, text, "subset 's' is defined twice",
          "host 'a.otlp-system.svc.cluster.local' already has a DestinationRule",
          "'default' is the namespace-wide PeerAuthentication rendered from mtls.mode",
          "peer_authentications[2].mode: a namespace-wide PeerAuthentication for 'otlp-system' says STRICT "
          "but mtls.mode says PERMISSIVE",
          "peer_authentications[1].name: mtls.mode already renders the namespace-wide PeerAuthentication")


def test_yaml_syntax_error_gives_the_line(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, 'istio_version: "1.24.0"\nnamespace: [a, b\ncollector_service: c\n',
          "env.yaml:", "invalid YAML")


def test_python_tags_are_refused_never_executed(cli, write_env, tmp_path):
    marker = tmp_path / "pwned"
    text = MINIMAL + f'collector: !!python/object/apply:os.system ["touch {marker}"]\n'
    check(cli, write_env, tmp_path, text, "env.yaml:4:", "YAML tag '!!python/object/apply:os.system' is not allowed")
    assert not marker.exists()


def test_every_file_reports_at_once(cli, write_env, tmp_path):
    write_env("a.yaml", MINIMAL + "bogus: 1\n")
    err = check(cli, write_env, tmp_path, MINIMAL + "tracing: {sampling_rate: -1}\n", name="b.yaml")
    assert "a.yaml:4: bogus" in err and "b.yaml:4: tracing.sampling_rate" in err


def test_error_in_a_base_points_at_the_base(cli, write_env, tmp_path):
    write_env("_base.yaml", MINIMAL + "mtls: {mode: SOMETIMES}\n")
    check(cli, write_env, tmp_path, "extends: _base.yaml\n", "_base.yaml:4: mtls.mode", name="dev.yaml")


def test_extends_cycles_and_missing_bases(cli, write_env, tmp_path):
    write_env("_a.yaml", "extends: _b.yaml\n")
    write_env("_b.yaml", "extends: _a.yaml\n")
    check(cli, write_env, tmp_path, "extends: _a.yaml\n", "extends forms a cycle", name="x.yaml")
    (tmp_path / "environments" / "x.yaml").write_text("extends: _nope.yaml\n")
    check(cli, write_env, tmp_path, "extends: _nope.yaml\n", "base file '_nope.yaml' not found", name="x.yaml")


def test_unknown_environment_and_empty_dir(cli, write_env, tmp_path):
    config = write_env("prod.yaml", MINIMAL)
    r = cli("synth", "-c", config, "--out", tmp_path / "o", "-e", "qa")
    assert r.code == 2 and "no environment named 'qa'; environments here: prod" in r.err
    empty = tmp_path / "empty"
    empty.mkdir()
    r = cli("synth", "-c", empty, "--out", tmp_path / "o")
    assert r.code == 2 and "no environment files" in r.err
    r = cli("synth", "-c", tmp_path / "missing", "--out", tmp_path / "o")
    assert r.code == 2 and "config directory not found" in r.err


def test_real_process_exit_code_and_no_traceback(write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "colour: blue\n")
    r = run_process("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2 and "unknown key 'colour'" in r.err and "Traceback" not in r.err
    r = run_process("synth", "--bogus-flag")
    assert r.code == 2 and "No such option" in r.err
