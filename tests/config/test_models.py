"""Boundaries of the environment file's rules: the value just inside is accepted, the one
just outside is refused, with the file, line, field path and what is allowed."""
from __future__ import annotations

import pytest

from otlp_istio.config.types import duration_ns
from tests.conftest import MINIMAL

from tests.test_errors import VS, check


def _routes(*weights: int) -> str:
    return "\n".join(f"          - {{destination: {{host: otlp-collector, subset: stable}}, weight: {w}}}"
                     for w in weights)


@pytest.mark.parametrize("weights", [(60, 50), (100, 1), (50, 50, 1)])
def test_route_weights_above_100_are_refused(cli, write_env, tmp_path, weights):
    shown = " + ".join(map(str, weights))
    check(cli, write_env, tmp_path, MINIMAL + VS.format(routes=_routes(*weights)),
          f"env.yaml:11: virtual_services[0].http[0].route: route weights must sum to 100 (got {shown} = {sum(weights)})")


def test_a_weight_above_100_is_refused_on_its_own(cli, write_env, tmp_path):
    check(cli, write_env, tmp_path, MINIMAL + VS.format(routes=_routes(101, 0)),
          "env.yaml:12: virtual_services[0].http[0].route[0].weight: Input should be less than or equal to 100 "
          "(got 101)")


def test_route_weights_of_exactly_100_are_accepted(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + VS.format(routes=_routes(99, 1)))
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r


@pytest.mark.parametrize("text, ns", [
    ("100ms", 100_000_000), ("1ms", 1_000_000), ("1m", 60_000_000_000), ("1m30s", 90_000_000_000),
    ("1.5h", 5_400_000_000_000), ("250us", 250_000), ("7ns", 7), ("2h1m1s1ms", 7_261_001_000_000),
])
def test_duration_units(text, ns):
    assert duration_ns(text) == ns


@pytest.mark.parametrize("value", ["1ms", "1000000ns", "1000us", "0.001s"])
def test_one_millisecond_is_the_smallest_duration_accepted(cli, write_env, tmp_path, value):
    config = write_env("env.yaml", MINIMAL + f"prometheus: {{interval: {value}}}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r


@pytest.mark.parametrize("value", ["999999ns", "0.5ms", "999us", "0ms"])
def test_below_one_millisecond_is_refused(cli, write_env, tmp_path, value):
    check(cli, write_env, tmp_path, MINIMAL + f"prometheus: {{interval: {value}}}\n",
          f"env.yaml:4: prometheus.interval: '{value}' is shorter than 1ms, the smallest duration Istio accepts")


@pytest.mark.parametrize("name, ok", [("a" * 253, True), ("a" * 254, False), ("Bad_Name", False),
                                      ("a.b-c", True), ("-a", False)])
def test_resource_names_are_rfc1123_subdomains_of_at_most_253(cli, write_env, tmp_path, name, ok):
    text = MINIMAL + f"peer_authentications: [{{name: '{name}', mode: STRICT, selector: {{match_labels: {{a: b}}}}}}]\n"
    if ok:
        config = write_env("env.yaml", text)
        assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0
    else:
        check(cli, write_env, tmp_path, text, "env.yaml:4: peer_authentications[0].name: ",
              "is not a valid resource name: use lower-case letters, digits, '-' and '.', starting and ending "
              "with a letter or digit (RFC 1123 subdomain, at most 253 characters)")


@pytest.mark.parametrize("namespace, ok", [("a" * 63, True), ("a" * 64, False), ("a.b", False)])
def test_namespaces_are_rfc1123_labels_of_at_most_63(cli, write_env, tmp_path, namespace, ok):
    text = MINIMAL.replace("namespace: otlp-system", f"namespace: '{namespace}'")
    if ok:
        config = write_env("env.yaml", text)
        assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0
    else:
        check(cli, write_env, tmp_path, text, "env.yaml:3: namespace: ", "is not a valid name: use at most 63 "
              "lower-case letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label)")


def _retry(retry_on: str) -> str:
    return MINIMAL + VS.format(routes="          - {destination: {host: otlp-collector, subset: stable}}\n"
                                      f"        retries: {{attempts: 2, retry_on: '{retry_on}'}}")


@pytest.mark.parametrize("retry_on", ["100", "599", "5xx, reset ,503"])
def test_retry_on_accepts_conditions_and_status_codes_100_to_599(cli, write_env, tmp_path, retry_on):
    config = write_env("env.yaml", _retry(retry_on))
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r


@pytest.mark.parametrize("retry_on, bad", [("99", " '99'"), ("600", " '600'"),
                                            ("5xx,sometimes,never", "s 'sometimes', 'never'")])
def test_retry_on_refuses_other_codes_and_words(cli, write_env, tmp_path, retry_on, bad):
    check(cli, write_env, tmp_path, _retry(retry_on),
          f"virtual_services[0].http[0].retries.retry_on: unknown retry condition{bad}; allowed: 5xx, "
          "gateway-error, reset, reset-before-request, connect-failure, ", "or an HTTP status code such as 503")


@pytest.mark.parametrize("retry_on", ["5xx,,reset", " ", "5xx,"])
def test_retry_on_refuses_empty_items(cli, write_env, tmp_path, retry_on):
    from otlp_istio.config.types import ENVOY_RETRY_ON
    check(cli, write_env, tmp_path, _retry(retry_on),
          f"virtual_services[0].http[0].retries.retry_on: '{retry_on}': give a comma-separated list of Envoy "
          f"retry conditions ({', '.join(ENVOY_RETRY_ON)}) or HTTP status codes")
    assert ENVOY_RETRY_ON[:3] == ("5xx", "gateway-error", "reset")  # the order the message lists them in


def _subset_labels(labels: str) -> str:
    return MINIMAL + f"destination_rules: [{{host: otlp-collector, subsets: [{{name: s, labels: {labels}}}]}}]\n"


def test_numeric_label_values_become_strings(cli, write_env, tmp_path):
    import yaml
    config = write_env("env.yaml", _subset_labels("{version: 1, rev: 1.5}"))
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    dr = yaml.safe_load((tmp_path / "out" / "env" / "destinationrule-otlp-collector.yaml").read_text())
    assert dr["spec"]["subsets"] == [{"name": "s", "labels": {"version": "1", "rev": "1.5"}}]


@pytest.mark.parametrize("labels, message", [
    ("{canary: true}", "subsets[0].labels.canary: Input should be a valid string"),
    ("{'bad key!': v1}", "label key 'bad key!' is not a valid Kubernetes label name"),
    ("{version: '-v1'}", "label version='-v1': a label value has at most 63 letters, digits, '-', '_' or '.', "
                         "starting and ending with a letter or digit"),
])
def test_bad_labels_are_refused(cli, write_env, tmp_path, labels, message):
    check(cli, write_env, tmp_path, _subset_labels(labels), message)


@pytest.mark.parametrize("value, message", [
    ("30", "prometheus.interval: a duration must be a string such as '30s', '5m' or '100ms' (got 30); "
           "quote it in YAML"),
    ("5 minutes", "prometheus.interval: '5 minutes' is not a duration; write a number with a unit: h, m, s, ms, "
                  "us or ns (for example '30s', '5m', '100ms', '1m30s')"),
])
def test_duration_messages(cli, write_env, tmp_path, value, message):
    check(cli, write_env, tmp_path, MINIMAL + f"prometheus: {{interval: {value}}}\n", message)


def test_every_route_of_every_rule_is_checked_with_its_own_path(cli, write_env, tmp_path):
    text = MINIMAL + """
destination_rules:
  - host: otlp-collector
    subsets: [{name: stable, labels: {version: v1}}]
virtual_services:
  - hosts: [otlp-collector]
    http:
      - route: [{destination: {host: otlp-collector, subset: stable}, weight: 50}]
      - route: [{destination: {host: otlp-collector, subset: stable}, weight: 60},
                {destination: {host: otlp-collector, subset: stable}}]
      - route: [{destination: {host: otlp-collector, subset: stable}, weight: 60},
                {destination: {host: otlp-collector, subset: stable}, weight: 30}]
      - route: [{destination: {host: other, subset: stable}}]
"""
    err = check(cli, write_env, tmp_path, text)
    lines = [line.split("env.yaml:", 1)[1] for line in err.splitlines()]
    assert lines == [
        "11: virtual_services[0].http[0].route[0].weight: the only destination of a route gets all traffic: "
        "weight must be 100 or omitted (got 50)",
        "13: virtual_services[0].http[1].route[1].weight: this route has 2 destinations: give each a weight, "
        "summing to 100",
        "14: virtual_services[0].http[2].route: route weights must sum to 100 (got 60 + 30 = 90)",
        "16: virtual_services[0].http[3].route[0].destination.subset: subset 'stable' of host 'other': no "
        "DestinationRule in this file has host 'other' (other.otlp-system.svc.cluster.local); add one with that "
        "subset under destination_rules",
    ]


def test_mtls_modes_in_any_case_and_a_mode_that_is_not_a_string():
    from pydantic import ValidationError

    from otlp_istio.config.models import EnvironmentConfig
    base = {"istio_version": "1.24.0", "collector_service": "otlp-collector", "namespace": "otlp-system"}
    modes = [EnvironmentConfig.model_validate({**base, "mtls": {"mode": m}}).mtls.mode
             for m in ("strict", "Permissive", "disable", "unset", "UNSET")]
    assert modes == ["STRICT", "PERMISSIVE", "DISABLE", "UNSET", "UNSET"]
    for bad in (5, "off"):
        with pytest.raises(ValidationError) as err:
            EnvironmentConfig.model_validate({**base, "mtls": {"mode": bad}})
        assert err.value.errors()[0]["msg"] == "Input should be 'STRICT', 'PERMISSIVE', 'DISABLE' or 'UNSET'"
