"""The loader's messages, exactly: line, field path and text of each problem, the allowed-keys
hint found at any depth (through lists, optional fields and aliases), the fraction hint's
bounds, and the merge of a file over its base."""
from __future__ import annotations

from pathlib import Path

import pytest

from otlp_istio.config.loader import deep_merge, load_environment
from otlp_istio.errors import ConfigError
from tests.conftest import MINIMAL

TOP_KEYS = ("istio_version, collector_service, namespace, telemetry_namespace, tracing, mtls, traffic_management, "
            "virtual_services, destination_rules, peer_authentications, authorization_policies, prometheus, "
            "access_logs, canary, collector, flux, external_services, service_entries, validation, extends")
ROUTE = "virtual_services: [{hosts: [a], http: [{route: [{destination: {host: a}}]%s}]}]\n"


def problems(tmp_path: Path, text: str, name: str = "env.yaml") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_environment(path.stem, path)
    assert all(p.file == str(path) for p in err.value.problems)
    return [(p.line, p.path, p.message) for p in err.value.problems]


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
    # below a map of user-chosen names: no model to list keys from, no hint at all
    (MINIMAL + "tracing: {custom_tags: {t: {literal: {value: a}, bogus: 1}}}\n",
     (4, "tracing.custom_tags.t.bogus", "unknown key 'bogus'")),
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


def test_deep_merge_merges_mappings_and_replaces_everything_else():
    base = {"tracing": {"enabled": True, "sampling_rate": 0.1}, "labels": ["a"], "x": {"y": 1}}
    assert deep_merge(base, {"tracing": {"enabled": False}, "labels": ["b"], "x": 5}) == {
        "tracing": {"enabled": False, "sampling_rate": 0.1}, "labels": ["b"], "x": 5}
    assert deep_merge(base, {"tracing": None}) == {**base, "tracing": None}
    assert deep_merge("scalar", {"a": 1}) == {"a": 1}
    assert deep_merge({"a": 1}, ["list"]) == ["list"]
    assert base == {"tracing": {"enabled": True, "sampling_rate": 0.1}, "labels": ["a"], "x": {"y": 1}}


def _dir_problems(config_dir: Path, only=None) -> list:
    from otlp_istio.config.loader import load_environments
    with pytest.raises(ConfigError) as err:
        load_environments(config_dir, only)
    return [(p.file, p.line, p.path, p.message) for p in err.value.problems]


def test_unknown_environment_names_and_an_empty_folder(tmp_path):
    (tmp_path / "prod.yaml").write_text(MINIMAL)
    (tmp_path / "dev.yaml").write_text(MINIMAL)
    assert _dir_problems(tmp_path, ["prod", "qa", "eu"]) == [
        (str(tmp_path), None, "", "no environment named 'qa', 'eu'; environments here: dev, prod")]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _dir_problems(empty, ["qa"]) == [(str(empty), None, "", "no environment named 'qa'; environments here: none")]
    assert _dir_problems(empty) == [
        (str(empty), None, "", "no environment files (*.yaml not starting with '_') found")]


def test_a_file_that_is_not_utf8_is_named(tmp_path):
    (tmp_path / "dev.yaml").write_bytes(MINIMAL.encode() + b"# caf\xe9\n")
    [(file, line, path, message)] = _dir_problems(tmp_path)
    assert (file, line, path) == (str(tmp_path / "dev.yaml"), None, "")
    assert message == "cannot read: 'utf-8' codec can't decode byte 0xe9 in position 86: invalid continuation byte"


def test_environment_files_are_read_as_utf8_whatever_the_locale(tmp_path):
    import locale
    (tmp_path / "dev.yaml").write_text(MINIMAL + "# für die Produktion\n", encoding="utf-8")
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # LANG=C, as in many CI containers: ASCII
    try:
        assert locale.getpreferredencoding(False).lower() != "utf-8"
        from otlp_istio.config.loader import load_environments
        assert [e.name for e in load_environments(tmp_path)] == ["dev"]
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
