"""The loader's messages, exactly: line, field path and text of each problem, the allowed-keys
hint found at any depth (through lists, maps, optional fields and aliases), the fraction hint's
bounds, and the merge of a file over its base."""
from __future__ import annotations

from pathlib import Path

import pytest

from otlp_istio.config.loader import load_environment
from otlp_istio.errors import ConfigError
from tests.conftest import MINIMAL

TOP_KEYS = ("istio_version, collector_service, namespace, data_plane, waypoint, namespace_owner, prune_namespace, "
            "telemetry_namespace, tracing, mtls, traffic_management, routing, virtual_services, destination_rules, "
            "peer_authentications, authorization_policies, prometheus, access_logs, canary, collector, flux, "
            "external_services, existing_namespaces, service_entries, outbound_traffic_policy, validation, extends")
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


def test_discover_takes_yaml_and_yml_files_only_not_bases_hidden_files_or_folders(tmp_path):
    from otlp_istio.config.loader import discover
    for name in ("prod.yaml", "dev.yml", "_base.yaml", ".hidden.yaml", "notes.txt", "eu-1.yaml"):
        (tmp_path / name).write_text(MINIMAL)
    (tmp_path / "folder.yaml").mkdir()
    assert discover(tmp_path) == {"dev": tmp_path / "dev.yml", "eu-1": tmp_path / "eu-1.yaml",
                                  "prod": tmp_path / "prod.yaml"}


def test_discover_refuses_bad_names_and_names_defined_twice_all_at_once(tmp_path):
    for name in ("a.yaml", "a.yml", "Bad_Name.yaml", "-x.yaml", "b.yaml", "z_z.yaml"):
        (tmp_path / name).write_text(MINIMAL)
    rule = "must be lower-case letters, digits and '-'; rename the file, or start it with '_' to make it a base"
    assert _dir_problems(tmp_path) == [
        (str(tmp_path / "-x.yaml"), None, "", f"environment name '-x' (from the file name) {rule}"),
        (str(tmp_path / "Bad_Name.yaml"), None, "", f"environment name 'Bad_Name' (from the file name) {rule}"),
        (str(tmp_path / "a.yml"), None, "", "environment 'a' is defined twice (a.yaml and a.yml)"),
        (str(tmp_path / "z_z.yaml"), None, "", f"environment name 'z_z' (from the file name) {rule}")]
    assert _dir_problems(tmp_path / "nope") == [
        (str(tmp_path / "nope"), None, "", "config directory not found (pass --config-dir DIR)")]


def _env_problems(path: Path) -> list[tuple]:
    with pytest.raises(ConfigError) as err:
        load_environment(path.stem, path)
    return [(Path(p.file).name, p.line, p.path, p.message) for p in err.value.problems]


def test_a_file_over_its_base_and_problems_placed_in_the_file_that_has_them(tmp_path):
    (tmp_path / "_base.yaml").write_text(MINIMAL + "tracing:\n  sampling_rate: 5\n  enabled: false\n")
    env = tmp_path / "env.yaml"
    env.write_text("extends: _base.yaml\nmtls: {mode: STRICT}\n")
    assert _env_problems(env) == [
        ("_base.yaml", 5, "tracing.sampling_rate",
         "Input should be less than or equal to 1 (got 5); sampling_rate is a fraction: 0.1 means 10 %, so 5 % is 0.05")]
    env.write_text("# over the base\nextends: _base.yaml\ntracing:\n  sampling_rate: 2\n")
    assert _env_problems(env)[0][:3] == ("env.yaml", 4, "tracing.sampling_rate")
    env.write_text("extends: _base.yaml\ntracing: {sampling_rate: 0.5}\n")
    loaded = load_environment("env", env)
    assert (loaded.name, loaded.file, loaded.config.tracing.sampling_rate, loaded.config.tracing.enabled,
            loaded.config.namespace) == ("env", env, 0.5, False, "otlp-system")
    assert loaded.config.extends is None  # resolved: the merged file extends nothing


def test_extends_mistakes(tmp_path):
    (tmp_path / "cyc.yaml").write_text("extends: _c2.yaml\n")
    (tmp_path / "_c2.yaml").write_text("# c2\nextends: cyc.yaml\n")
    assert _env_problems(tmp_path / "cyc.yaml") == [
        ("_c2.yaml", 2, "extends", "extends forms a cycle: cyc.yaml -> _c2.yaml -> cyc.yaml")]
    (tmp_path / "self.yaml").write_text("\nextends: self.yaml\n")
    assert _env_problems(tmp_path / "self.yaml") == [
        ("self.yaml", 2, "extends", "extends forms a cycle: self.yaml -> self.yaml")]
    for value, message in (("_nope.yaml", "base file '_nope.yaml' not found next to env.yaml"),
                           ("5", "extends names a base file, for example '_base.yaml'"),
                           ("''", "extends names a base file, for example '_base.yaml'"),
                           (".", "base file '.' not found next to env.yaml")):  # a folder is no base
        (tmp_path / "env.yaml").write_text(MINIMAL + f"extends: {value}\n")
        assert _env_problems(tmp_path / "env.yaml") == [("env.yaml", 4, "extends", message)], value


def test_a_file_is_one_yaml_mapping(tmp_path):
    (tmp_path / "two.yaml").write_text(MINIMAL + "---\na: 1\n")
    assert _env_problems(tmp_path / "two.yaml") == [
        ("two.yaml", 5, "", "an environment file holds one YAML document; remove the extra '---'")]
    (tmp_path / "list.yaml").write_text("\n- a\n- b\n")
    assert _env_problems(tmp_path / "list.yaml") == [
        ("list.yaml", 2, "", "the file must be a mapping of keys (istio_version, namespace, ...), not a list")]


def test_rule_problems_and_warnings_are_placed_in_the_file_that_has_the_field(tmp_path):
    (tmp_path / "_b2.yaml").write_text(
        MINIMAL + "virtual_services:\n  - hosts: [a]\n    http:\n      - route: [{destination: {host: a, subset: v1}}]\n")
    (tmp_path / "ref.yaml").write_text("extends: _b2.yaml\nmtls: {mode: STRICT}\n")
    assert _env_problems(tmp_path / "ref.yaml") == [
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



def test_line_maps_are_made_when_first_asked_for_and_match_the_parse():
    # a clean environment never needs its line map (no problem, warning or finding to place): it
    # is made from the text when first asked for, the same as from the parse's own nodes
    import yaml

    from otlp_istio.config.loader import _line_map
    from tests.conftest import ROOT
    for name in ("dev", "prod", "staging"):
        env = load_environment(name, ROOT / "environments" / f"{name}.yaml")
        if not env.warnings:  # prod's warning is placed on its line: its map is made
            assert all(src._lines is None for src in env.sources), name
        assert env.written_at(("namespace",)) is not None
        for src in env.sources:
            assert src.lines == _line_map(yaml.compose(src.text, Loader=yaml.CSafeLoader)), (name, src.file)
