"""collector.exporters in the environment file: what is accepted and what each mistake says."""
from __future__ import annotations

import pytest

from otlp_istio.config.collector import COLLECTOR_IMAGE, COLLECTOR_VERSION, env_var
from otlp_istio.config.models import CollectorConfig
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


def test_the_builder_manifest_builds_the_rendered_release_with_exactly_the_rendered_components():
    """scripts/otelcol-builder.yaml (the collector the gate runs) follows COLLECTOR_VERSION and
    holds the components rendered configs use, no more, no fewer."""
    import re

    import yaml as pyyaml

    from otlp_istio.config.collector import ExporterType
    from tests.conftest import ROOT

    text = (ROOT / "scripts" / "otelcol-builder.yaml").read_text()
    assert re.search(r"^# builder: v(\S+)$", text, re.M).group(1) == COLLECTOR_VERSION
    manifest = pyyaml.safe_load(text)
    kinds = {"receivers": "receiver", "processors": "processor", "exporters": "exporter", "extensions": "extension"}
    got = {}
    for section, suffix in kinds.items():
        for entry in manifest[section]:
            module, version = entry["gomod"].split()
            assert version == f"v{COLLECTOR_VERSION}", entry
            got.setdefault(section, set()).add(module.rsplit("/", 1)[1].removesuffix(suffix))
    rendered = {"receivers": {"otlp", "zipkin"}, "processors": {"batch", "memory_limiter"},
                "exporters": {t.value for t in ExporterType}, "extensions": {"health_check"}}
    assert got == {k: {c.replace("_", "") for c in v} for k, v in rendered.items()}
