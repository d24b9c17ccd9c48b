"""The gate knows the team's own world: the namespaces an environment file declares exist, and
an external Service's selector stands for workloads in the mesh."""
from __future__ import annotations

from tests.conftest import MINIMAL

SHOP = """
external_services:
  - {name: checkout, namespace: shop, ports: [{name: http, port: 8080}], selector: {app: checkout}}
  - {name: payments, namespace: shop, ports: [{name: http, port: 8080}], selector: {app: payments}}
"""
FROM_NAMESPACES = """
authorization_policies:
  - name: otlp-ingest
    selector: {match_labels: {app: otlp-collector}}
    rules:
      - from: [{namespaces: [%s]}]
"""
PAYMENTS_POLICY = """
  - name: payments-from-checkout
    namespace: shop
    selector: {match_labels: {app: payments}}
    rules:
      - from: [{principals: [cluster.local/ns/shop/sa/checkout]}]
"""


def gate(cli, write_env, tmp_path, text):
    config = write_env("env.yaml", MINIMAL + text)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 0, r
    return cli("validate", "-c", config, "--out", out)


def test_namespaces_of_external_services_and_the_mesh_root_are_known(cli, write_env, tmp_path):
    r = gate(cli, write_env, tmp_path, SHOP + FROM_NAMESPACES % "shop, istio-system")
    assert r.code == 0, r
    assert "OI1505" not in r.out


def test_a_namespace_nothing_declares_is_still_an_error(cli, write_env, tmp_path):
    r = gate(cli, write_env, tmp_path, SHOP + FROM_NAMESPACES % "shpo")
    assert r.code == 1
    lines = [line for line in r.out.splitlines() if "OI1505" in line]
    assert len(lines) == 1 and "namespace 'shpo' matches no Namespace" in lines[0], r.out
    assert "istio-system" in lines[0] and "shop" in lines[0]  # the known ones are listed


def test_existing_namespaces_are_known(cli, write_env, tmp_path):
    text = FROM_NAMESPACES % "monitoring, ingress" + "existing_namespaces: [monitoring, ingress]\n"
    r = gate(cli, write_env, tmp_path, text)
    assert r.code == 0, r
    without = gate(cli, write_env, tmp_path, FROM_NAMESPACES % "monitoring, ingress")
    assert without.out.count("OI1505") == 2, without


def test_existing_namespaces_take_namespace_names_only(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "existing_namespaces: [Monitoring]\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "env.yaml:4: existing_namespaces[0]: 'Monitoring' is not a valid name" in r.err


def test_an_external_selector_makes_its_workloads_known(cli, write_env, tmp_path):
    r = gate(cli, write_env, tmp_path, SHOP + "authorization_policies:" + PAYMENTS_POLICY)
    assert r.code == 0, r
    assert "OI1501" not in r.out


def test_an_external_service_outside_the_mesh_says_so_not_that_the_labels_are_missing(cli, write_env, tmp_path):
    text = SHOP.replace("selector: {app: payments}", "selector: {app: payments}, in_mesh: false")
    r = gate(cli, write_env, tmp_path, text + "authorization_policies:" + PAYMENTS_POLICY)
    lines = [line for line in r.out.splitlines() if "OI1501" in line]
    assert len(lines) == 1, r.out
    assert "the workloads with the labels app=payments in namespace shop (Deployment shop/payments) are not " \
           "in the mesh" in lines[0]
    assert "no workload" not in lines[0]


def test_an_ignore_rule_of_a_base_is_credited_to_the_base_at_its_own_index(cli, write_env, tmp_path):
    write_env("_base.yaml", MINIMAL + "validation:\n  ignore:\n    - {code: OI1202, resource: DestinationRule gone.x}\n")
    config = write_env("env.yaml", "extends: _base.yaml\nvalidation:\n  ignore:\n    - {code: OI1101}\n")
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    r = cli("validate", "-c", config, "--out", out)
    lines = sorted(line for line in r.out.splitlines() if "matched no finding" in line)
    assert len(lines) == 2, r.out
    assert lines[0].startswith(f"{config / '_base.yaml'}:6: Info OI0302 validation.ignore[0]: the rule (OI1202 on "
                               "DestinationRule gone.x)"), lines
    assert lines[1].startswith(f"{config / 'env.yaml'}:4: Info OI0302 validation.ignore[0]: the rule (OI1101)"), lines


def test_contexts_of_rendered_folders_are_known_at_once_and_loaded_when_asked_for(cli, write_env, tmp_path):
    """The gate's workers each load the contexts of their own share of a fleet: which folders
    have one is known from the files synth recorded, their content is read on first use."""
    from otlp_istio.config.snapshot import SNAPSHOT_FILE
    from otlp_istio.validate import environment_dirs
    from otlp_istio.validate.context import contexts_for_folders
    config = write_env("env.yaml", MINIMAL + SHOP)
    out = tmp_path / "out"
    assert cli("synth", "-c", config, "--out", out).code == 0
    (out / "bare").mkdir()  # rendered elsewhere, no recorded files: judged on its own
    contexts = contexts_for_folders(environment_dirs(out))
    assert list(contexts) == ["env"] and "bare" not in contexts and contexts.get("bare") is None
    recorded = (out / "env" / SNAPSHOT_FILE).read_bytes()
    (out / "env" / SNAPSHOT_FILE).unlink()  # nothing was read yet: its loss shows on first use
    import pytest
    with pytest.raises(KeyError):
        contexts["env"]
    (out / "env" / SNAPSHOT_FILE).write_bytes(recorded)
    ctx = contexts["env"]
    assert "Service checkout.shop" in ctx.external_ids and contexts["env"] is ctx  # loaded once
