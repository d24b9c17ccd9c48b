"""The collector check of the gate: the real collector's `validate --config` on collector configs.

Tests marked `live` run the collector built by `scripts/tools.sh otelcol` (`make test-cluster`);
they fail, never skip, when it is missing. The others need no collector.
"""
from __future__ import annotations

import pytest
import yaml

from otlp_istio.validate import otelcol
from otlp_istio.yamlio import load_documents
from tests.charts.test_collector_config import EXPORTERS
from tests.conftest import ENVIRONMENTS, MINIMAL
from tests.support.tools import tool

CONFIGMAP = """\
apiVersion: v1
kind: ConfigMap
metadata: {name: otel, namespace: obs}
data:
  relay.yaml: |
    receivers: {otlp: {protocols: {grpc: {}}}}
    exporters: {debug: {}}
    service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}}
  other.yaml: "just: a file"
  readme.txt: "service: no"
---
apiVersion: v1
kind: ConfigMap
metadata: {name: plain, namespace: obs}
data: {a.yaml: "x: 1"}
"""


def test_collector_configs_are_found_in_any_configmap(tmp_path):
    path = tmp_path / "cm.yaml"
    path.write_text(CONFIGMAP)
    found = otelcol.collector_configs(load_documents(path))
    assert [(doc.data["metadata"]["name"], key) for doc, key, *_ in found] == [("otel", "relay.yaml")]


def test_without_a_collector_validate_says_once_that_the_check_did_not_run(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("OTLP_ISTIO_OTELCOL", raising=False)
    monkeypatch.setattr(otelcol, "PROJECT_ROOT", tmp_path)  # no bin/otelcol there
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # and no otelcol-contrib
    out = tmp_path / "out"
    assert cli("synth", "-c", ENVIRONMENTS, "--out", out).code == 0
    r = cli("validate", "--out", out)
    assert r.code == 0, r
    notes = [line for line in r.err.splitlines() if "collector check did not run" in line]
    assert notes == ["validate: the collector check did not run (3 collector config(s) not checked by the real "
                     "collector): no collector found; in a checkout, run `scripts/tools.sh otelcol` (builds it into "
                     "bin/ with the collector builder); otherwise put otelcol-contrib 0.115.0 on PATH or set "
                     "$OTLP_ISTIO_OTELCOL to a collector binary"]
    assert ", collector;" not in r.out


def test_a_bad_otlp_istio_otelcol_is_a_usage_error(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL", str(tmp_path / "nope"))
    out = tmp_path / "out"
    assert cli("synth", "-c", ENVIRONMENTS, "--out", out).code == 0
    r = cli("validate", "--out", out)
    assert r.code == 2
    assert f"$OTLP_ISTIO_OTELCOL={tmp_path / 'nope'} is not an executable file" in r.err


# ---------------------------------------------------------------- with the real collector

@pytest.fixture
def real_otelcol(monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL", str(tool("otelcol")))


@pytest.mark.live
def test_every_rendered_config_passes_the_real_collector(cli, write_env, tmp_path, real_otelcol):
    config = write_env("exporters.yaml", MINIMAL + EXPORTERS)
    for env in ("dev.yaml", "prod.yaml", "staging.yaml", "_base.yaml"):
        (config / env).write_text((ENVIRONMENTS / env).read_text())
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    r = cli("validate", "--out", out)
    assert r.code == 0, r
    assert " OI04" not in r.out  # the example environments' own warnings (short tracing hosts) are not ours
    assert "collector check did not run" not in r.err
    assert ", collector;" in r.out


@pytest.mark.live
@pytest.mark.parametrize("collector_config, expected", [
    ({"receivers": {"otlp": {"protocols": {"grpc": {}}}}, "exporters": {"otlp": {"endpoint": "tempo:4317",
                                                                                 "tls": {"insecure": True}, "colour": 1}},
      "service": {"pipelines": {"traces": {"receivers": ["otlp"], "exporters": ["otlp"]}}}},
     "invalid keys: colour"),
    ({"receivers": {"otlp": {"protocols": {"grpc": {}}}}, "exporters": {"debug": {}},
      "service": {"pipelines": {"traces": {"receivers": ["otlp"], "exporters": ["otlp/tempo"]}}}},
     'references exporter "otlp/tempo" which is not configured; fix'),
])
def test_a_config_the_collector_rejects_is_an_OI0401_error(cli, write_env, tmp_path, real_otelcol,
                                                          collector_config, expected):
    config = write_env("env.yaml", MINIMAL + yaml.safe_dump({"collector": {"config": collector_config}}))
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    r = cli("validate", "--out", out)
    assert r.code == 1, r
    lines = [line for line in r.out.splitlines() if " OI0401 " in line]
    assert len(lines) == 1, r.out
    # at collector.config in the environment file first, then the rendered ConfigMap
    assert lines[0].startswith(f"{config / 'env.yaml'}:5: Error OI0401 collector.config: the OpenTelemetry "
                               "Collector rejects this config: "), lines[0]
    assert lines[0].endswith(f"(rendered: {out / 'env' / 'configmap-otlp-collector-config.yaml'}:10 ConfigMap "
                             "otlp-collector-config.otlp-system data[config.yaml])"), lines[0]
    assert expected in lines[0] and "Usage:" not in lines[0]
    assert "collector server run finished" not in lines[0]  # the collector's log line repeating it


@pytest.mark.live
def test_a_component_the_check_collector_lacks_is_a_warning_that_says_so(cli, write_env, tmp_path, real_otelcol):
    """A user's collector.config may use any component of the image they deploy; the check
    collector holds only what otlp-istio renders. Said (OI0402, a warning), not failed, not hidden."""
    collector_config = {"receivers": {"otlp": {"protocols": {"grpc": {}}}}, "exporters": {"kafka": {}},
                        "processors": {"transform": {}},
                        "service": {"pipelines": {"traces": {"receivers": ["otlp"], "processors": ["transform"],
                                                             "exporters": ["kafka"]}}}}
    config = write_env("env.yaml", MINIMAL + yaml.safe_dump({"collector": {"config": collector_config}}))
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    outputs = set()
    for _ in range(3):  # the collector lists valid values in map order; the message is sorted
        r = cli("validate", "--out", out)
        assert r.code == 0, r
        (line,) = [line for line in r.out.splitlines() if " OI0402 " in line]
        outputs.add(line)
    (line,) = outputs
    assert "Warning OI0402 collector.config: the check collector " \
           "does not know exporter kafka, processor transform: a typo, or a component" in line
    assert line.endswith("ConfigMap otlp-collector-config.otlp-system data[config.yaml])")
    assert "(valid values: debug, otlp, otlphttp, prometheusremotewrite, zipkin)" in line
    assert cli("validate", "--out", out, "--failure-threshold", "warning").code == 1
    # accepted on purpose in the environment file: reported as suppressed, never silently
    (config / "env.yaml").write_text(MINIMAL + yaml.safe_dump({
        "collector": {"config": collector_config},
        "validation": {"ignore": [{"code": "OI0402", "reason": "kafka is in the contrib image we deploy"}]}}))
    r = cli("validate", "--out", out, "-c", config, "--failure-threshold", "warning")
    assert r.code == 0, r
    lines = r.out.splitlines()
    assert not [line for line in lines if " Warning OI0402 " in line and not line.startswith("suppressed")]
    assert [line for line in lines if line.startswith("suppressed (validation.ignore[0] in ") and " OI0402 " in line]
    assert "1 suppressed" in lines[-1]
    assert not [line for line in lines if " OI0302 " in line]  # the rule is used: not reported as stale
