"""collector.exporters in the environment file: what is accepted and what each mistake says."""
from __future__ import annotations

import json

import pytest

from otlp_istio.config.collector import COLLECTOR_IMAGE, COLLECTOR_VERSION, SecretKey, env_var
from otlp_istio.config.collector_version import RELEASES
from otlp_istio.config.loader import load_environment
from otlp_istio.config.models import CollectorConfig
from tests.config.loading import problems
from tests.conftest import MINIMAL


def synth_error(cli, write_env, tmp_path, text: str) -> str:
    config = write_env("env.yaml", MINIMAL + text)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2, r
    assert "Traceback" not in r.err
    assert not (tmp_path / "out").exists()
    return r.err


@pytest.mark.parametrize("text, expected", [
    ("collector: {exporters: {tempo: {type: otlp}}}\n",
     "env.yaml:4: collector.exporters.tempo: an otlp exporter needs an endpoint: host:port"),
    ("collector: {exporters: {tempo: {type: otlp, endpoint: 'http://tempo:4317'}}}\n",
     "endpoint 'http://tempo:4317' is not host:port; an otlp (gRPC) exporter takes host:port"),
    ("collector: {exporters: {z: {type: zipkin, endpoint: 'jaeger:9411'}}}\n",
     "endpoint 'jaeger:9411' is not an http(s) URL; a zipkin exporter takes the full URL"),
    ("collector: {exporters: {z: {type: zipkin, endpoint: 'http://j:9411/api/v2/spans', signals: [metrics]}}}\n",
     "a zipkin exporter cannot send metrics; it sends traces"),
    ("collector: {exporters: {p: {type: prometheusremotewrite, endpoint: 'http://p:9090/api/v1/write', "
     "tls: {insecure: true}}}}\n",
     "tls.insecure is for gRPC"),
    ("collector: {exporters: {t: {type: otlp, endpoint: 't:4317', tls: {insecure: true, secret: t-tls}}}}\n",
     "tls.insecure sends plaintext; it cannot be combined with ca_file, secret"),
    ("collector: {exporters: {d: {type: debug, endpoint: 'x:1'}}}\n",
     "a debug exporter writes to the collector's log; it takes no endpoint"),
    ("collector: {exporters: {t: {type: kafka, endpoint: 'k:9092'}}}\n",
     "'otlp', 'otlphttp', 'zipkin', 'prometheusremotewrite' or 'debug'"),
    ("collector: {exporters: {t: {type: otlp, endpoint: 't:4317', headers: {auth: {secret: s}}}}}\n",
     "collector.exporters.t.headers.auth"),
    ("collector:\n  config: {receivers: {}}\n  exporters: {t: {type: otlp, endpoint: 't:4317'}}\n",
     "collector.config replaces the whole collector config, so collector.exporters (t) would be ignored"),
])
def test_exporter_mistakes_are_named_with_their_field(cli, write_env, tmp_path, text, expected):
    assert expected in synth_error(cli, write_env, tmp_path, text)


def test_one_collector_version_gives_the_image():
    assert COLLECTOR_IMAGE == f"otel/opentelemetry-collector-contrib:{COLLECTOR_VERSION}"
    assert CollectorConfig().image == COLLECTOR_IMAGE


def test_env_var_names_are_shell_safe():
    assert env_var("grafana-cloud", "X-Scope-OrgID") == "OTEL_EXPORTER_GRAFANA_CLOUD_X_SCOPE_ORGID"


def test_every_supported_release_has_a_builder_manifest_and_no_other_release_has_one():
    from tests.conftest import ROOT

    found = {p.name.removeprefix("otelcol-builder-").removesuffix(".yaml")
             for p in (ROOT / "scripts").glob("otelcol-builder-*.yaml")}
    assert found == set(RELEASES)


@pytest.mark.parametrize("release", sorted(RELEASES))
def test_the_builder_manifest_builds_the_release_with_exactly_the_components_it_renders(release):
    """scripts/otelcol-builder-<release>.yaml (the collector the gate runs for that release)
    follows the release and holds the components its rendered configs use, no more, no fewer."""
    import re

    import yaml as pyyaml

    from otlp_istio.config.collector import ExporterType
    from tests.conftest import ROOT

    text = (ROOT / "scripts" / f"otelcol-builder-{release}.yaml").read_text()
    assert re.search(r"^# builder: v(\S+)$", text, re.M).group(1) == release
    manifest = pyyaml.safe_load(text)
    kinds = {"receivers": "receiver", "processors": "processor", "exporters": "exporter", "extensions": "extension"}
    got = {}
    for section, suffix in kinds.items():
        for entry in manifest[section]:
            module, version = entry["gomod"].split()
            assert version == f"v{release}", entry
            got.setdefault(section, set()).add(module.rsplit("/", 1)[1].removesuffix(suffix))
    exporters = {t.value for t in ExporterType if t is not ExporterType.ZIPKIN or RELEASES[release].zipkin_exporter}
    rendered = {"receivers": {"otlp", "zipkin"}, "processors": {"batch", "memory_limiter"},
                "exporters": exporters, "extensions": {"health_check"}}
    assert got == {k: {c.replace("_", "") for c in v} for k, v in rendered.items()}


HEADERS = MINIMAL + """\
collector:
  exporters:
    tempo:
      type: otlp
      endpoint: tempo:4317
      headers:
"""
ALLOWED = ("a header value is a string, or {secret, key}: the name of a Secret in the collector's namespace "
           "and the key inside it")


@pytest.mark.parametrize("value, expected", [
    ("1234", [(10, "collector.exporters.tempo.headers[X-Scope-OrgID]",
               f"{ALLOWED}; quote the number, '1234', to send it as text")]),
    ("[a, b]", [(10, "collector.exporters.tempo.headers[X-Scope-OrgID]", f"{ALLOWED} (got a list)")]),
    ("true", [(10, "collector.exporters.tempo.headers[X-Scope-OrgID]", f"{ALLOWED} (got True)")]),
    ("", [(10, "collector.exporters.tempo.headers[X-Scope-OrgID]", f"{ALLOWED} (got None)")]),
    # a mapping is the Secret form: its mistakes are placed at their key, as everywhere else
    ("{secret: tempo-auth, key: org, optional: true}",
     [(10, "collector.exporters.tempo.headers[X-Scope-OrgID].optional",
       "unknown key 'optional'; allowed keys here: secret, key")]),
    ("{secret: tempo-auth}", [(10, "collector.exporters.tempo.headers[X-Scope-OrgID].key", "required key is missing")]),
    ("{secret: Tempo_Auth, key: org}",
     [(10, "collector.exporters.tempo.headers[X-Scope-OrgID].secret",
       "'Tempo_Auth' is not a valid name: use at most 63 lower-case letters, digits and '-', starting and "
       "ending with a letter or digit (RFC 1123 label)")]),
])
def test_a_header_value_of_the_wrong_shape_is_one_problem_at_the_header(tmp_path, value, expected):
    assert problems(tmp_path, HEADERS + f"        X-Scope-OrgID: {value}\n") == expected


def test_a_header_value_problem_in_json_has_file_line_and_path(cli, write_env, tmp_path):
    config = write_env("env.yaml", HEADERS + "        X-Scope-OrgID: 1234\n        Authorization: [x]\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out", "-o", "json")
    assert r.code == 2, r
    assert json.loads(r.out) == {"schema_version": 1, "errors": [
        {"file": str(config / "env.yaml"), "line": 10, "path": "collector.exporters.tempo.headers[X-Scope-OrgID]",
         "message": f"{ALLOWED}; quote the number, '1234', to send it as text"},
        {"file": str(config / "env.yaml"), "line": 11, "path": "collector.exporters.tempo.headers.Authorization",
         "message": f"{ALLOWED} (got a list)"},
    ]}
    assert not (tmp_path / "out").exists()


def test_a_header_value_is_a_string_or_a_secret_key(tmp_path):
    path = tmp_path / "env.yaml"
    path.write_text(HEADERS + "        X-Scope-OrgID: '1234'\n"
                              "        Authorization: {secret: tempo-auth, key: token}\n")
    headers = load_environment("env", path).config.collector.exporters["tempo"].headers
    assert headers == {"X-Scope-OrgID": "1234", "Authorization": SecretKey(secret="tempo-auth", key="token")}
