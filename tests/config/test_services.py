"""external_services, service_entries, validation.ignore and suppress: rules for the user's own
services pass the gate, and findings accepted on purpose are reported as suppressed."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.conftest import ENVIRONMENTS, MINIMAL

ROUTE_TO_CHECKOUT = """
virtual_services:
  - hosts: [checkout.apps.svc.cluster.local]
    namespace: apps
    http: [{route: [{destination: {host: checkout.apps.svc.cluster.local, port: 8080}}]}]
"""
CHECKOUT = """
external_services:
  - {name: checkout, namespace: apps, ports: [{name: http, port: 8080, app_protocol: http}]}
"""


def gate(cli, write_env, tmp_path, text, *extra):
    config = write_env("env.yaml", MINIMAL + text)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 0, r
    return cli("validate", "-c", config, "--out", out, *extra), out


def test_a_route_to_a_service_not_rendered_here_fails_without_external_services(cli, write_env, tmp_path):
    r, _ = gate(cli, write_env, tmp_path, ROUTE_TO_CHECKOUT)
    assert r.code == 1 and "OI1101" in r.out


def test_external_services_are_known_to_the_gate_and_never_rendered(cli, write_env, tmp_path):
    r, out = gate(cli, write_env, tmp_path, ROUTE_TO_CHECKOUT + CHECKOUT)
    assert r.code == 0, r
    assert "0 errors" in r.out
    assert not any("checkout" in p.name and p.name.startswith("service-") for p in (out / "env").glob("*.yaml"))


def test_a_port_the_external_service_does_not_expose_is_an_input_error(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + ROUTE_TO_CHECKOUT.replace("port: 8080", "port: 9000") + CHECKOUT)
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "external_services[0] (checkout) has no port 9000; its ports: http (8080)" in r.err


def test_versions_of_an_external_service_check_subsets(cli, write_env, tmp_path):
    text = """
external_services:
  - {name: backend, ports: [{name: http, port: 80}], selector: {app: backend}, versions: [v1]}
destination_rules:
  - host: backend
    subsets: [{name: v1, labels: {version: v1}}, {name: v3, labels: {version: v3}}]
"""
    r, _ = gate(cli, write_env, tmp_path, text)
    assert r.code == 1  # a subset that selects no pod is an error, as istioctl's IST0173
    lines = [line for line in r.out.splitlines() if "OI1203" in line]
    assert len(lines) == 1 and "subset 'v3'" in lines[0], r.out


def test_validation_ignore_moves_findings_to_suppressed_never_silently(cli, write_env, tmp_path):
    text = ROUTE_TO_CHECKOUT + """
validation:
  ignore:
    - {code: IST0101, resource: VirtualService checkout.apps, reason: checkout is deployed by its own team}
"""
    r, out = gate(cli, write_env, tmp_path, text)
    assert r.code == 0, r
    assert "1 suppressed" in r.out
    assert "suppressed (validation.ignore[0] in " in r.out and "environments/env.yaml:" in r.out
    assert "Warning OI1101" not in r.out and "OI1101 virtual_services[0]" in r.out
    assert "(rendered: " in r.out and "VirtualService checkout.apps" in r.out
    r = cli("validate", "-c", tmp_path / "environments", "--out", out, "-o", "json")
    data = json.loads(r.out)
    assert data["findings"] == [] and data["summary"]["suppressed"] == 1
    assert data["suppressed"][0]["code"] == "OI1101"
    assert data["suppressed"][0]["suppressed_by"].startswith("validation.ignore[0]")


def test_an_ignore_rule_for_another_resource_suppresses_nothing(cli, write_env, tmp_path):
    text = ROUTE_TO_CHECKOUT + "validation: {ignore: [{code: OI1101, resource: VirtualService other.apps}]}\n"
    r, _ = gate(cli, write_env, tmp_path, text)
    assert r.code == 1 and "0 suppressed" in r.out


def test_suppress_on_a_resource_renders_the_annotation_and_is_reported(cli, write_env, tmp_path):
    text = ROUTE_TO_CHECKOUT.replace("    namespace: apps\n", "    namespace: apps\n    suppress: [OI1101]\n")
    r, out = gate(cli, write_env, tmp_path, text)
    vs = yaml.safe_load((out / "env" / "virtualservice-checkout.yaml").read_text())
    assert vs["metadata"]["annotations"] == {"galley.istio.io/analyze-suppress": "OI1101"}
    assert r.code == 0, r
    # credited to the entry of the environment file that asks for it
    assert f"suppressed (virtual_services[0].suppress in {tmp_path / 'environments' / 'env.yaml'}:" in r.out
    assert "1 suppressed" in r.out


def test_schema_and_cel_findings_cannot_be_ignored(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "validation: {ignore: [{code: OI0101}]}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "validation.ignore[0].code: OI0101 is a schema or CEL finding" in r.err


def test_service_entries_render_from_the_imported_class(cli, write_env, tmp_path):
    text = """
service_entries:
  - hosts: [api.example.com]
    ports: [{number: 443, name: https, protocol: HTTPS}]
    resolution: DNS
virtual_services:
  - hosts: [api.example.com]
    http: [{route: [{destination: {host: api.example.com, port: 443}}], timeout: 5s}]
"""
    r, out = gate(cli, write_env, tmp_path, text)
    assert r.code == 0, r
    se = yaml.safe_load((out / "env" / "serviceentry-api.yaml").read_text())
    assert se["apiVersion"] == "networking.istio.io/v1"
    assert se["spec"] == {"hosts": ["api.example.com"], "location": "MESH_EXTERNAL", "resolution": "DNS",
                          "ports": [{"name": "https", "number": 443, "protocol": "HTTPS"}]}


def test_validate_without_config_dir_folder_is_a_usage_error(cli, tmp_path):
    (tmp_path / "out" / "env").mkdir(parents=True)
    r = cli("validate", "--out", tmp_path / "out", "-c", tmp_path / "missing")
    assert r.code == 2 and "--config-dir" in r.err


def test_the_seed_other_service_examples_render_and_validate_clean(cli, tmp_path):
    examples = ENVIRONMENTS / "examples"
    out = tmp_path / "dist-examples"
    assert cli("synth", "-c", examples, "--out", out).code == 0
    r = cli("validate", "-c", examples, "--out", out, "--failure-threshold", "info")
    # the ambient twins of the seed examples route with VirtualServices, which Istio keeps at alpha on
    # waypoints: that warning, and nothing else
    alpha = [line for line in r.out.splitlines() if "Istio keeps at alpha there" in line]
    assert r.code == (1 if alpha else 0), r
    assert f"0 errors, {len(alpha)} warnings, 0 info, 0 suppressed" in r.out, r.out
    docs = {p.name: yaml.safe_load(p.read_text()) for p in (out / "apps").glob("*.yaml")}
    assert docs["virtualservice-my-service.yaml"]["spec"]["http"][0]["retries"] == {
        "attempts": 3, "perTryTimeout": "10s", "retryOn": "5xx,reset,connect-failure,refused-stream"}
    assert docs["virtualservice-slow-service.yaml"]["spec"]["http"][0]["timeout"] == "30s"
    assert docs["destinationrule-backend-service.yaml"]["spec"]["trafficPolicy"]["outlierDetection"] == {
        "consecutive5xxErrors": 5, "interval": "10s", "baseEjectionTime": "30s", "maxEjectionPercent": 50}
    assert not [n for n in docs if n.startswith("service-") and "otlp-collector" not in n]
    # without the environment file, the same output fails: the gate does not know the Services
    assert cli("validate", "--out", out, "-c", Path(tmp_path)).code == 1


def test_the_documented_snippets_of_your_own_services_render_and_validate(cli, write_env, tmp_path):
    import re

    from tests.conftest import ROOT
    page = (ROOT / "docs" / "environment-files.md").read_text()
    section = page[page.index("## Your own services"):page.index("## Istio versions")]
    snippets = re.findall(r"```yaml\n(.*?)```", section, re.S)
    assert len(snippets) == 3
    config = write_env("env.yaml", MINIMAL.replace("otlp-system", "apps") + "".join(snippets))
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0
    r = cli("validate", "-c", config, "--out", tmp_path / "out")
    assert r.code == 0, r
    [line] = [x for x in r.out.splitlines() if " OI1101 " in x]
    assert line.startswith("suppressed (virtual_services[0].suppress in ") and "1 suppressed" in r.out
    assert "virtualservice-legacy.yaml:16 VirtualService legacy.apps" in line


def test_an_ignore_rule_that_matches_nothing_is_reported_for_review(cli, write_env, tmp_path):
    text = "validation:\n  ignore:\n    - {code: OI1202, resource: DestinationRule gone.otlp-system}\n"
    r, _ = gate(cli, write_env, tmp_path, text)
    assert r.code == 0, r  # info only
    assert "env.yaml:6: Info OI0302 validation.ignore[0]: the rule (OI1202 on DestinationRule gone.otlp-system) " \
           "matched no finding" in r.out
