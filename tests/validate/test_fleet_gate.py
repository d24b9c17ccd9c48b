"""The gate takes a fleet environment by environment (each environment's documents are dropped
before the next is read): a fleet validated at once gives exactly what each of its environments
gives validated alone, findings, accepted findings and counts, on a real rendered fleet whose
environments have findings of every check (analyzer, flows, CEL, schema, unreadable YAML,
validation.ignore, suppress annotations, the environment files' warnings, an empty folder)."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from otlp_istio.validate import validate_report
from tests.conftest import CLI, ROOT


def env(i: int, extra: str = "") -> str:
    return (f'istio_version: "1.24.0"\ncollector_service: otlp-collector\nnamespace: otlp-{i}\n'
            f"tracing: {{sampling_rate: 0.05, zipkin_endpoint: 'http://jaeger.observability:9411'}}\n{extra}")


EXTRAS = {
    "clean": "",
    "unknown-namespace": ("authorization_policies:\n  - name: ingest\n    selector: {match_labels: {app: otlp-collector}}\n"
                          "    rules:\n      - from: [{namespaces: [shpo]}]\n"),
    "ignored": ("authorization_policies:\n  - name: ingest\n    selector: {match_labels: {app: otlp-collector}}\n"
                "    rules:\n      - from: [{namespaces: [shpo]}]\n"
                "validation:\n  ignore:\n    - {code: OI1505}\n    - {code: OI1202, resource: DestinationRule gone.x}\n"),
    "outside-mesh": ("external_services:\n  - {name: pay, namespace: shop, ports: [{name: http, port: 8080}], "
                     "selector: {app: pay}, in_mesh: false}\n"
                     "authorization_policies:\n  - name: pay\n    namespace: shop\n    selector: {match_labels: {app: pay}}\n"
                     "    rules:\n      - from: [{principals: [cluster.local/ns/shop/sa/checkout]}]\n"),
    "missing-host": ("virtual_services:\n  - hosts: [svc.otlp-4.svc.cluster.local]\n    http:\n"
                     "      - route: [{destination: {host: svc.otlp-4.svc.cluster.local}}]\n"),
}


def fleet(cli, tmp_path: Path) -> Path:
    """The rendered fleet, with findings of every check; its output folder."""
    config, out = tmp_path / "config", tmp_path / "out"
    config.mkdir()
    for i, (name, extra) in enumerate(EXTRAS.items()):
        (config / f"{name}.yaml").write_text(env(i, extra))
    assert cli("synth", "-c", config, "--out", out).code == 0
    # what no synth writes: a CEL violation, a schema error, a file that does not read, an empty folder
    vs = next((out / "missing-host").glob("virtualservice-*.yaml"))
    vs.write_text(vs.read_text().replace("  - route:", "  - timeout: 0.5ms\n    route:"))
    ns = next((out / "clean").glob("namespace-*.yaml"))
    ns.write_text(ns.read_text().replace("metadata:", "metadata:\n  lables: {a: b}"))
    (out / "ignored" / "broken.yaml").write_text("kind: [\n")
    (out / "empty").mkdir()
    return out


def test_a_fleet_validated_at_once_is_each_environment_validated_alone(cli, tmp_path):
    out = fleet(cli, tmp_path)
    whole = validate_report(out)
    codes = {f.code for f in whole.findings}
    assert {"OI0101", "OI0103", "OI0104", "OI0201", "OI0302", "OI1501", "OI1505"} <= codes, sorted(codes)
    assert whole.suppressed and len(whole.environments) == len(EXTRAS) + 1

    findings, suppressed, documents, files = set(), [], 0, 0
    for name in whole.environments:
        alone = validate_report(out, [name])
        findings |= set(alone.findings)
        suppressed += alone.suppressed
        documents += alone.documents
        files += alone.files
    assert sorted(findings, key=lambda f: f.sort_key()) == whole.findings
    assert sorted(suppressed, key=lambda s: s.finding.sort_key()) == whole.suppressed
    assert (documents, files) == (whole.documents, whole.files)


def test_the_fleet_shared_out_over_processes_gives_the_same_report(cli, tmp_path):
    out = fleet(cli, tmp_path)
    trace = tmp_path / "trace"

    def workers() -> int:
        pids = {line.split()[0] for line in trace.read_text().splitlines() if line.endswith(" render-worker")}
        trace.unlink()
        return len(pids)

    def validate(jobs: str, args: list[str]) -> tuple[int, str, str]:
        done = subprocess.run([str(CLI), "validate", "--out", str(out), *args], capture_output=True, text=True,
                              cwd=ROOT, env={**os.environ, "OTLP_ISTIO_JOBS": jobs, "OTLP_ISTIO_TEST_TRACE": str(trace)})
        untimed = [re.sub(r" in [0-9.]+s$", "", text, flags=re.M) for text in (done.stdout, done.stderr)]
        return done.returncode, *untimed

    for args in ([], ["-o", "json"]):
        alone = validate("1", args)
        assert workers() == 0
        shared = validate("3", args)
        # two workers did part of the work, and the report is byte for byte the same but for the time it took
        assert workers() == 2
        assert shared == alone and alone[0] == 1, alone
