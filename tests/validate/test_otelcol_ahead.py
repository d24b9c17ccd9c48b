"""The collector's checks started ahead (otelcol.start): the gate takes their verdicts, one run of
the collector per distinct config and binary, findings as when the gate starts the runs itself.

A stand-in collector (a shell script that records each run and answers as ``validate`` does) counts
the runs; the real collector is the live tests' (test_otelcol.py)."""
from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from bench.fleet import make_config
from otlp_istio.validate import otelcol
from otlp_istio.yamlio import Document, safe_load

CONFIG = ("receivers: {otlp: {protocols: {grpc: {}}}}\nexporters: {debug: {}}\n"
          "service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}}\n")


def configmap(name: str, namespace: str, config: str = CONFIG) -> Document:
    data = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": namespace},
            "data": {"relay.yaml": config}}
    return Document(data=data, file=f"{namespace}/configmap-{name}.yaml", line=1)


def stand_in(tmp_path: Path, verdict: str = "ok") -> tuple[Path, Path]:
    """A collector that appends its config's text to a log and accepts it ("ok") or refuses it."""
    log = tmp_path / "runs.log"
    script = tmp_path / "otelcol"
    answer = ("exit 0" if verdict == "ok" else
              "echo 'Error: invalid configuration: exporters::debug: unknown field'; exit 1")
    script.write_text(f"#!/bin/sh\nconfig=${{2#--config=file:}}\ncat \"$config\" >> {log}\necho '--' >> {log}\n"
                      f"{answer}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script, log


def runs(log: Path) -> int:
    return log.read_text().count("--\n") if log.exists() else 0


@pytest.mark.parametrize("verdict", ["ok", "refused"])
def test_a_check_started_ahead_is_taken_by_the_gate_once(tmp_path, monkeypatch, verdict):
    script, log = stand_in(tmp_path, verdict)
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL", str(script))
    # GIVEN ten environments whose collectors share one config, and one with a config of its own
    docs = [configmap("relay", f"otlp-{i}") for i in range(10)]
    docs.append(configmap("relay", "otlp-odd", CONFIG.replace("grpc: {}", "http: {}")))
    expected = otelcol.check(docs)  # what the gate finds when it runs the collector itself
    assert runs(log) == 2
    log.unlink()

    # WHEN the checks are started ahead, then the gate checks the same documents
    assert otelcol.start(docs) == 2
    found = otelcol.check(docs)

    # THEN the collector ran once per distinct config, and the gate found the same
    assert runs(log) == 2
    assert found.findings == expected.findings and found.configs == expected.configs == 2 and found.ran
    assert (len(found.findings) == 11) is (verdict == "refused")
    # a check after that runs the collector again: a verdict started ahead is taken once
    otelcol.check(docs[:1])
    assert runs(log) == 3


def test_a_binary_changed_after_the_start_is_run_again(tmp_path, monkeypatch):
    script, log = stand_in(tmp_path)
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL", str(script))
    docs = [configmap("relay", "otlp-0")]
    otelcol.start(docs)
    # the collector replaced (a new build) between the start and the gate
    (tmp_path / "new").mkdir()
    refused, _ = stand_in(tmp_path / "new", "refused")
    os.replace(refused, script)
    found = otelcol.check(docs)
    assert [f.code for f in found.findings] == ["OI0401"]


def test_nothing_is_started_without_a_collector_and_the_gate_says_so(tmp_path, monkeypatch):
    monkeypatch.delenv("OTLP_ISTIO_OTELCOL", raising=False)
    monkeypatch.setattr(otelcol, "PROJECT_ROOT", tmp_path)
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    docs = [configmap("relay", "otlp-0")]
    assert otelcol.start(docs) == 0
    assert "the collector check did not run" in otelcol.check(docs).note


def test_a_publish_runs_the_collector_once_per_distinct_config(cli, tmp_path, monkeypatch):
    # GIVEN a fleet of five environments with one collector config (as bench/fleet.py makes them)
    config = tmp_path / "fleet"
    make_config(config, 5)
    script, log = stand_in(tmp_path)
    monkeypatch.setenv("OTLP_ISTIO_OTELCOL", str(script))
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    repo = tmp_path / "env.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(repo)], check=True)

    r = cli("publish", "-c", config, "--out", tmp_path / "dist", "--repo", repo)

    assert r.code == 0, r
    texts = log.read_text().split("--\n")[:-1]
    assert len(texts) == 1 and "service:" in texts[0]
    assert safe_load(texts[0])["service"]["pipelines"]
