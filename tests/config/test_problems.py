"""config/problems.py: the loader's messages, exactly: line, field path and text of each problem,
the allowed-keys hint found at any depth (through lists, maps, optional fields and aliases), the
fraction hint's bounds, and each problem placed in the file (environment file or base) that
writes the field."""
from __future__ import annotations

from pathlib import Path

import pytest

from otlp_istio.config.loader import load_environment
from tests.conftest import MINIMAL
from tests.config.loading import env_problems, problems

TOP_KEYS = ("istio_version, collector_service, namespace, data_plane, waypoint, namespace_owner, prune_namespace, "
            "telemetry_namespace, tracing, mtls, traffic_management, routing, virtual_services, destination_rules, "
            "peer_authentications, authorization_policies, prometheus, access_logs, canary, collector, flux, "
            "external_services, existing_namespaces, service_entries, outbound_traffic_policy, validation, extends")
ROUTE = "virtual_services: [{hosts: [a], http: [{route: [{destination: {host: a}}]%s}]}]\n"


@pytest.mark.parametrize("text, expected", [
    (MINIMAL + "zzz: 1\n", (4, "zzz", f"unknown key 'zzz'; allowed keys here: {TOP_KEYS}")),
    (MINIMAL + "namespac: [x]\n",
     (4, "namespac", f"unknown key 'namespac' (did you mean 'namespace'?); allowed keys here: {TOP_KEYS}")),
    # below a list: the model of the list's items
    (MINIMAL + ROUTE % ", bogus: 1",
     (4, "virtual_services[0].http[0].bogus",
      "unknown key 'bogus'; allowed keys here: name, match_rules, route, timeout, retries")),
    # below an optional field
    (MINIMAL + ROUTE % ", retries: {attempts: 1, retry_onn: 5xx}",
     (4, "virtual_services[0].http[0].retries.retry_onn",
      "unknown key 'retry_onn' (did you mean 'retry_on'?); allowed keys here: attempts, per_try_timeout, retry_on")),
    # below a field written under its alias ('from' is from_ in Python)
    (MINIMAL + "authorization_policies: [{name: a, rules: [{from: [{bogus: 1}]}]}]\n",
     (4, "authorization_policies[0].rules[0].from[0].bogus",
      "unknown key 'bogus'; allowed keys here: principals, namespaces")),
    # below a map of user-chosen names: the model of the map's values
    (MINIMAL + "tracing: {custom_tags: {t: {literal: {value: a}, bogus: 1}}}\n",
     (4, "tracing.custom_tags.t.bogus", "unknown key 'bogus'; allowed keys here: literal, environment, header")),
    (MINIMAL + "collector: {exporters: {t: {type: debug, verbosty: basic}}}\n",
     (4, "collector.exporters.t.verbosty", "unknown key 'verbosty' (did you mean 'verbosity'?); allowed keys here: "
      "type, endpoint, tls, headers, signals, compression, verbosity")),
    # below a map whose values are a string or a model: that model
    (MINIMAL + "collector: {exporters: {t: {type: otlp, endpoint: 't:4317', headers: {a: {secret: s, key: k, optional: true}}}}}\n",
     (4, "collector.exporters.t.headers.a.optional", "unknown key 'optional'; allowed keys here: secret, key")),
])
def test_unknown_keys_are_named_with_the_keys_allowed_where_they_are(tmp_path, text, expected):
    assert problems(tmp_path, text) == [expected]


@pytest.mark.parametrize("value, hint", [
    ("2", "; sampling_rate is a fraction: 0.1 means 10 %, so 2 % is 0.02"),
    ("100", "; sampling_rate is a fraction: 0.1 means 10 %, so 100 % is 1"),
    ("101", ""),  # not a percentage either
    ("-5", ""),
])
def test_the_fraction_hint_is_for_a_sampling_rate_between_1_and_100(tmp_path, value, hint):
    limit = "greater than or equal to 0" if value.startswith("-") else "less than or equal to 1"
    assert problems(tmp_path, MINIMAL + f"tracing: {{sampling_rate: {value}}}\n") == [
        (4, "tracing.sampling_rate", f"Input should be {limit} (got {value}){hint}")]


def test_the_fraction_hint_is_only_for_the_sampling_rate(tmp_path):
    assert problems(tmp_path, MINIMAL + "prometheus: {interval: 30}\n")[0][2] == (
        "a duration must be a string such as '30s', '5m' or '100ms' (got 30); quote it in YAML")
    assert problems(tmp_path, MINIMAL.replace("otlp-system", "50")) == [
        (3, "namespace", "Input should be a valid string (got 50)")]


def test_the_value_is_not_repeated_when_the_message_names_it(tmp_path):
    assert problems(tmp_path, MINIMAL + ROUTE.replace("]}]\n", "], suppress: [OI11]}]\n") % "") == [
        (4, "virtual_services[0].suppress[0]",
         "'OI11' is not a finding code; write one such as OI1101 or IST0101 "
         "(`otlp-istio analyze --list-codes` lists them)")]


def test_an_unknown_key_holding_a_scalar_gets_no_value_appended(tmp_path):
    assert problems(tmp_path, MINIMAL + "mtls: {mode: STRICT, strict: true}\n") == [
        (4, "mtls.strict", "unknown key 'strict'; allowed keys here: mode")]


def test_a_missing_key_has_the_line_where_the_mapping_starts(tmp_path):
    text = "# prod\n\nistio_version: '1.24.0'\ncollector_service: otlp-collector\n"
    assert problems(tmp_path, text) == [(3, "namespace", "required key is missing")]


def test_an_empty_file_lists_every_missing_key_without_a_line(tmp_path):
    assert problems(tmp_path, "\n  \n") == [
        (None, "collector_service", "required key is missing"),
        (None, "istio_version", "required key is missing"),
        (None, "namespace", "required key is missing")]


def test_a_problem_in_a_list_item_has_the_items_line(tmp_path):
    text = MINIMAL + ("destination_rules:\n"
                      "  - host: a\n"
                      "  - host: b\n"
                      "    subsets:\n"
                      "      - {name: v1, labels: {version: v1}}\n"
                      "      - {name: v1, labels: {version: v2}}\n")
    assert problems(tmp_path, text) == [
        (9, "destination_rules[1].subsets[1].name", "subset 'v1' is defined twice in this DestinationRule")]


def test_rule_problems_and_warnings_are_placed_in_the_file_that_has_the_field(tmp_path):
    (tmp_path / "_b2.yaml").write_text(
        MINIMAL + "virtual_services:\n  - hosts: [a]\n    http:\n      - route: [{destination: {host: a, subset: v1}}]\n")
    (tmp_path / "ref.yaml").write_text("extends: _b2.yaml\nmtls: {mode: STRICT}\n")
    assert env_problems(tmp_path / "ref.yaml") == [
        ("_b2.yaml", 7, "virtual_services[0].http[0].route[0].destination.subset",
         "subset 'v1' of host 'a': no DestinationRule in this file has host 'a' (a.otlp-system.svc.cluster.local); "
         "add one with that subset under destination_rules")]
    (tmp_path / "_b3.yaml").write_text(MINIMAL)
    (tmp_path / "w.yaml").write_text("extends: _b3.yaml\ntracing:\n  sampling_rate: 0.5\n"
                                     "  zipkin_endpoint: 'http://jaeger:9411/api/v2/spans'\n")
    warnings = load_environment("w", tmp_path / "w.yaml").warnings
    assert [(Path(w.file).name, w.line, w.path) for w in warnings] == [("w.yaml", 4, "tracing.zipkin_endpoint")]
    assert warnings[0].message.startswith("the host 'jaeger' is a short name; assumed its Service is in namespace "
                                          "'otlp-system'")
