"""Bad input of more kinds: each is exit 2 with the file, line and field, in the file's own terms,
nothing written (YAML built to explode: tests/test_yamlio_bounds.py)."""
from __future__ import annotations

import pytest

from tests.conftest import MINIMAL
from tests.test_errors import check


@pytest.mark.parametrize("text, expected", [
    # YAML syntax: line, column, and for indentation what differs from the line above
    (MINIMAL + "tracing:\n  enabled: true\n sampling_rate: 0.1\n",
     ["env.yaml:6: invalid YAML (column 2): did not find expected key (while parsing a block mapping that starts "
      "at line 1); check the indentation: this line starts in column 2, line 5 above it in column 3"]),
    (MINIMAL + "tracing:\n  enabled: true\n   sampling_rate: 0.1\n",
     ["env.yaml:6: invalid YAML (column 17): mapping values are not allowed in this context; check the "
      "indentation: this line starts in column 4, line 5 above it in column 3"]),
    (MINIMAL + "existing_namespaces: [a, b\nmtls: {}\n",
     ["env.yaml:5: invalid YAML (column 5): did not find expected ',' or ']' (while parsing a flow sequence "
      "that starts at line 4)"]),
    # a timestamp where text or a duration is meant: said as written, with how to quote it
    (MINIMAL + "collector: {restarted_at: 2026-01-01T10:00:00Z}\n",
     ["env.yaml:4: collector.restarted_at: Input should be a valid string (got 2026-01-01T10:00:00Z); YAML reads "
      "2026-01-01T10:00:00Z as a timestamp: quote it ('2026-01-01T10:00:00Z') where text is meant"]),
    (MINIMAL + "prometheus: {interval: 2026-01-01}\n",
     ["prometheus.interval: a duration must be a string such as '30s', '5m' or '100ms' (got 2026-01-01); quote "
      "it in YAML; YAML reads 2026-01-01 as a timestamp"]),
    # no class names: a mapping or a list by what it holds
    (MINIMAL + "tracing: 5\n", ["env.yaml:4: tracing: expected a mapping with the keys enabled, sampling_rate,"]),
    (MINIMAL + "mtls: [STRICT]\n", ["env.yaml:4: mtls: expected a mapping with the keys mode (got a list)"]),
    (MINIMAL + "virtual_services: {hosts: [a]}\n", ["env.yaml:4: virtual_services: expected a list (got a mapping)"]),
])
def test_bad_input(cli, write_env, tmp_path, text, expected):
    err = check(cli, write_env, tmp_path, text, *expected)
    assert "Config" not in err and "instance of" not in err and "datetime." not in err


SE = "service_entries:\n  - {hosts: [%s], ports: [{number: 443, name: https, protocol: HTTPS}]%s}\n"
POLICY = "authorization_policies:\n  - {name: p, rules: [{%s}]}\n"
ROUTE = "virtual_services: [{hosts: [a], http: [{match_rules: [{uri: {regex: %s}}], route: [{destination: {host: a}}]}]}]\n"


@pytest.mark.parametrize("text, expected", [
    # placeholders nothing substitutes
    (MINIMAL + "collector: {image: 'otel/opentelemetry-collector-contrib:${VERSION}'}\n",
     ["env.yaml:4: collector.image: 'otel/opentelemetry-collector-contrib:${VERSION}' holds the placeholder "
      "'${VERSION}', which nothing substitutes here: it would be rendered as written; write the value itself"]),
    (MINIMAL + "collector: {exporters: {tempo: {type: otlp, endpoint: '$(TEMPO_HOST):4317'}}}\n",
     ["collector.exporters.tempo.endpoint: '$(TEMPO_HOST):4317' holds the placeholder '$(TEMPO_HOST)'"]),
    (MINIMAL + "collector: {exporters: {h: {type: otlphttp, endpoint: 'https://h.example', "
               "headers: {authorization: 'Bearer ${TOKEN}'}}}}\n",
     ["collector.exporters.h.headers.authorization: 'Bearer ${TOKEN}' holds the placeholder '${TOKEN}'",
      "or read it from a Secret: {secret, key}"]),
    # what Istio refuses, or reads so that it never matches
    (MINIMAL + SE % ("'https://api.example.com'", ""),
     ["env.yaml:5: service_entries[0].hosts[0]: 'https://api.example.com' is a URL; a host is a name only: "
      "'api.example.com' (the port goes under ports)"]),
    (MINIMAL + SE % ("'api.example.com:443'", ""),
     ["service_entries[0].hosts[0]: 'api.example.com:443': a host has no port; write 'api.example.com' and put "
      "443 under ports"]),
    (MINIMAL + SE % ("'*.example.com'", ""),
     ["env.yaml:5: service_entries[0].hosts[0]: '*.example.com': with resolution DNS and no endpoints the proxy "
      "resolves each host by DNS, which a wildcard cannot be; use resolution NONE, or add endpoints"]),
    (MINIMAL + SE % ("api.example.com", ", resolution: STATIC, endpoints: [{address: api-1.example.com}]"),
     ["service_entries[0].endpoints[0].address: 'api-1.example.com' is a host name, and resolution STATIC takes "
      "IP addresses"]),
    (MINIMAL + POLICY % "to: [{ports: ['4317-4318']}]",
     ["env.yaml:5: authorization_policies[0].rules[0].to[0].ports[0]: '4317-4318': Istio takes single ports, "
      "not a range; list them: '4317', '4318'"]),
    (MINIMAL + POLICY % "from: [{principals: ['spiffe://cluster.local/ns/shop/sa/checkout']}]",
     ["authorization_policies[0].rules[0].from[0].principals[0]: 'spiffe://cluster.local/ns/shop/sa/checkout': "
      "Istio puts spiffe:// in front of every principal, so this one would never match; write "
      "'cluster.local/ns/shop/sa/checkout'"]),
    (MINIMAL + POLICY % "to: [{methods: [post]}]",
     ["authorization_policies[0].rules[0].to[0].methods[0]: 'post': Istio matches the method exactly, and HTTP "
      "methods are upper case, so it would never match; write 'POST'"]),
    (MINIMAL + "tracing: {custom_tags: {user: {header: {name: 'x user id'}}}}\n",
     ["tracing.custom_tags.user.header.name: 'x user id' is not an HTTP header name"]),
    # regular expressions as Envoy's RE2 reads them: invalid everywhere, and valid only in Python
    (MINIMAL + ROUTE % "'/v1/(traces'",
     ["virtual_services[0].http[0].match_rules[0].uri.regex: '/v1/(traces' is not a regular expression Envoy's "
      "RE2 accepts: missing ): /v1/(traces"]),
    (MINIMAL + ROUTE % "'/v1/(?!metrics).*'",
     ["uri.regex: '/v1/(?!metrics).*' is not a regular expression Envoy's RE2 accepts: invalid perl operator: (?! "
      "(RE2 has no lookaround and no backreferences)"]),
    (MINIMAL + ROUTE % "'/(v1)/\\1'",
     ["is not a regular expression Envoy's RE2 accepts: invalid escape sequence: \\1 (RE2 has no lookaround"]),
])
def test_values_nothing_substitutes_or_istio_refuses(cli, write_env, tmp_path, text, expected):
    check(cli, write_env, tmp_path, text, *expected)


@pytest.mark.parametrize("text, expected", [
    (MINIMAL + "validation: {ignore: [{code: IST0113}]}\n",
     ["env.yaml:4: validation.ignore[0].code: IST0113 is not a code otlp-istio or istioctl reports (did you mean "
      "IST0173?); `otlp-istio analyze --list-codes` lists them"]),
    (MINIMAL + "virtual_services: [{hosts: [a], http: [{route: [{destination: {host: a}}]}], suppress: [OI1191]}]\n",
     ["virtual_services[0].suppress[0]: OI1191 is not a code otlp-istio or istioctl reports (did you mean OI1901?)"]),
])
def test_a_code_that_does_not_exist_is_refused_with_the_closest_one(cli, write_env, tmp_path, text, expected):
    check(cli, write_env, tmp_path, text, *expected)


def test_codes_of_ours_and_of_istioctl_are_accepted(cli, write_env, tmp_path):
    text = (MINIMAL + "validation: {ignore: [{code: OI1101}, {code: IST0118}, {code: IST0002}]}\n"
            + "virtual_services: [{hosts: [a], http: [{route: [{destination: {host: a}}]}], suppress: [IST0101]}]\n")
    config = write_env("env.yaml", text)
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0


def test_what_istio_accepts_passes(cli, write_env, tmp_path):
    text = (MINIMAL + SE % ("'*.example.com'", ", resolution: NONE")
            + "  - {hosts: [db.example.com], ports: [{number: 5432, name: tcp, protocol: TCP}], resolution: STATIC, "
              "endpoints: [{address: 10.0.0.7}, {address: 'unix:///var/run/db.sock'}]}\n"
            + POLICY % "from: [{principals: [cluster.local/ns/shop/sa/checkout]}], to: [{methods: [POST], "
                       "ports: ['4317', '4318']}]"
            + ROUTE % "'/v1/(traces|logs)'"
            + "tracing: {custom_tags: {user: {header: {name: x-user-id}}}}\n"
            + "destination_rules: [{host: otlp-collector, subsets: [{name: v1, labels: {version: v1}}, "
              "{name: v2, labels: {version: v2}}]}]\n")
    config = write_env("env.yaml", text)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r


def test_yaml_files_in_a_subfolder_are_listed_as_not_read(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL)
    (config / "teams").mkdir()
    (config / "teams" / "payments.yaml").write_text(MINIMAL)
    (config / "teams" / "checkout.yml").write_text(MINIMAL)
    (config / "notes").mkdir()
    (config / "notes" / "README.md").write_text("no YAML here\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    assert r.err.splitlines()[0] == (f"note: {config / 'teams'}/ holds 2 YAML files, not read: environments are "
                                     f"the files directly in {config}/ (-c {config / 'teams'} reads those)")
    assert "notes" not in r.err
