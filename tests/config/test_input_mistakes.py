"""Mistakes a first-time user makes: each one is exit 2 with a clear message, nothing written."""
from __future__ import annotations

import pytest

from tests.conftest import MINIMAL
from tests.test_errors import check


@pytest.mark.parametrize("text, expected", [
    (MINIMAL + "namespace: dup\n",
     ["env.yaml:4: duplicate key 'namespace' (lines 3 and 4): YAML would keep only the last one"]),
    (MINIMAL + "tracing:\n  enabled: true\n  sampling_rate: 0.1\n  enabled: false\n",
     ["env.yaml:7: duplicate key 'enabled' (lines 5 and 7)"]),
    (MINIMAL + "tracing:\n\tenabled: true\n", ["env.yaml:5: a tab character (column 1): YAML indents with spaces only"]),
    (MINIMAL + "tracing: {sampling_rate: 10}\n",
     ["tracing.sampling_rate", "sampling_rate is a fraction: 0.1 means 10 %, so 10 % is 0.1"]),
    (MINIMAL + "tracing: {enabeld: true}\n", ["tracing.enabeld: unknown key 'enabeld' (did you mean 'enabled'?)"]),
    (MINIMAL + "mtsl: {mode: STRICT}\n", ["unknown key 'mtsl' (did you mean 'mtls'?)"]),
    (MINIMAL + "access_logs: {filter: 'response.code >='}\n",
     ["access_logs.filter: 'response.code >=' is not a valid CEL expression", "Syntax error"]),
    (MINIMAL + "access_logs: {providers: [evnoy]}\n",
     ["access_logs.providers[0]: unknown provider 'evnoy' (did you mean 'envoy'?)"]),
    (MINIMAL + "validation: {ignore: [{code: OI1101, resource: checkout}]}\n",
     ["validation.ignore[0].resource: 'checkout': write the resource as validate prints it, `Kind name.namespace`"]),
    (MINIMAL + "validation: {ignore: [{code: '*'}]}\n",
     ["code '*' accepts every finding; name the resource it is for"]),
    (MINIMAL + "virtual_services: [{hosts: [a], http: [{route: [{destination: {host: a}}]}], suppress: [OI11]}]\n",
     ["virtual_services[0].suppress[0]: 'OI11' is not a finding code"]),
    (MINIMAL + "access_logs: {providers: [splunk]}\n",
     ["unknown provider 'splunk': the mesh config rendered here declares 'envoy', 'zipkin'"]),
])
def test_mistakes(cli, write_env, tmp_path, text, expected):
    check(cli, write_env, tmp_path, text, *expected)


def test_a_provider_of_an_external_mesh_config_is_accepted(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "tracing: {mesh_config: external}\naccess_logs: {providers: [otel-als]}\n")
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0


def test_a_valid_filter_passes(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "access_logs: {filter: 'response.code >= 500 || connection.mtls == false'}\n")
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0


def test_duplicate_keys_in_manifests_are_findings_of_validate_and_analyze(cli, tmp_path):
    folder = tmp_path / "dist" / "dev"
    folder.mkdir(parents=True)
    (folder / "namespace-x.yaml").write_text(
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  name: y\n")
    for args in (("validate", "--out", tmp_path / "dist"), ("analyze", folder)):
        r = cli(*args)
        assert r.code == 1, r
        assert "namespace-x.yaml:5: Error OI0103" in r.out and "duplicate key 'name' (lines 4 and 5)" in r.out


@pytest.mark.parametrize("out", ["/proc/otlp-istio-test", "{file}/sub"])
def test_synth_out_that_cannot_be_a_folder_is_a_usage_error(cli, write_env, tmp_path, out):
    config = write_env("env.yaml", MINIMAL)
    (tmp_path / "a-file").write_text("x")
    r = cli("synth", "-c", config, "--out", out.format(file=tmp_path / "a-file"))
    assert r.code == 2, r
    assert r.err.startswith("--out ") and "Traceback" not in r.err and "internal error" not in r.err


def test_publish_out_under_a_file_is_a_usage_error(cli, write_env, tmp_path, monkeypatch):
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    config = write_env("env.yaml", MINIMAL)
    (tmp_path / "a-file").write_text("x")
    r = cli("publish", "-c", config, "--out", tmp_path / "a-file" / "dist", "--repo", tmp_path / "repo.git")
    assert r.code == 2, r
    assert "is a file, so no folder can be made under it" in r.err
