"""Every finding at its source: a finding on a rendered object names the environment file, line and
field behind the offending value first, the rendered file second, in validate's, check's,
analyze's and doctor's text and JSON and in diff's Markdown and JSON; acceptances are credited to
the file that holds them; paths are relative to where the command runs. The setup is
test_verdict.py's, with a host mistyped in the base."""
from __future__ import annotations

import json
import subprocess

import pytest

from .test_verdict import BASE, DEV

TYPO = BASE.replace("- destination: {host: payments.shop.svc.cluster.local, port: 8080}",
                    "- destination: {host: paymnets.shop.svc.cluster.local, port: 8080}")
TYPO_LINE = 1 + TYPO.splitlines().index("          - destination: {host: paymnets.shop.svc.cluster.local, port: 8080}")
FIELD = "virtual_services[1].http[0].route[0].destination.host"
HINT = "did you mean payments.shop.svc.cluster.local?"


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = tmp_path / "project"
    envs = root / "platform" / "envs"
    envs.mkdir(parents=True)
    (envs / "_base.yaml").write_text(TYPO)
    (envs / "dev.yaml").write_text(DEV)
    monkeypatch.chdir(root)
    return root


def test_validate_names_the_base_line_first_and_the_rendered_file_second(project, cli):
    # absolute paths on the command line: messages still name files relative to where it runs
    assert cli("synth", "-c", project / "platform" / "envs", "--out", project / "dist").code == 0
    r = cli("validate", "--out", project / "dist")
    assert r.code == 1
    [line] = [x for x in r.out.splitlines() if " OI1101 " in x]
    assert line.startswith(f"platform/envs/_base.yaml:{TYPO_LINE}: Error OI1101 {FIELD}: host paymnets.shop"), line
    assert HINT in line
    assert line.endswith("(rendered: dist/dev/virtualservice-payments.yaml:14 VirtualService payments.shop "
                         "spec.http[0].route[0].destination.host)"), line
    suppressed = [x for x in r.out.splitlines() if x.startswith("suppressed")]
    assert suppressed == [x for x in suppressed if x.startswith(
        "suppressed (validation.ignore[0] in platform/envs/_base.yaml:45): platform/envs/_base.yaml:42: Warning OI1204 "
        "destination_rules[1].traffic_policy.tls: ")] and suppressed

    [f] = json.loads(cli("validate", "--out", "dist", "-o", "json").out)["findings"]
    assert f["source"] == {"file": "platform/envs/_base.yaml", "line": TYPO_LINE, "path": FIELD}
    assert (f["file"], f["line"], f["path"]) == ("dist/dev/virtualservice-payments.yaml", 14,
                                                 "spec.http[0].route[0].destination.host")


def test_check_analyze_and_doctor_name_the_same_source(project, cli):
    r = cli("check", "platform/envs/_base.yaml")
    [line] = [x for x in r.out.splitlines() if " OI1101 " in x]
    assert r.code == 1 and line.startswith(f"platform/envs/_base.yaml:{TYPO_LINE}: Error OI1101 {FIELD}: "), line
    assert "(rendered: dev/virtualservice-payments.yaml:14 VirtualService payments.shop" in line

    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    r = cli("analyze", "dist/dev")
    [line] = [x for x in r.out.splitlines() if " OI1101 " in x]
    assert r.code == 1 and line.startswith(f"platform/envs/_base.yaml:{TYPO_LINE}: Error OI1101 {FIELD}: "), line
    r = cli("analyze", "dist/dev", "-o", "json")
    [f] = json.loads(r.out)["findings"]
    assert f["source"] == {"file": "platform/envs/_base.yaml", "line": TYPO_LINE, "path": FIELD}

    [check] = json.loads(cli("doctor", "routes", "--out", "dist", "-e", "dev", "-o", "json").out)["checks"]
    assert check["status"] == "fail"
    [f] = [f for f in check["findings"] if f["code"] == "OI1101"]
    assert f["source"] == {"file": "platform/envs/_base.yaml", "line": TYPO_LINE, "path": FIELD}


def test_a_suppress_is_credited_to_the_entry_that_holds_it(project, cli):
    base = project / "platform" / "envs" / "_base.yaml"
    text = base.read_text().replace("    traffic_policy: {tls: {mode: SIMPLE}}\n",
                                    "    traffic_policy: {tls: {mode: SIMPLE}}\n    suppress: [OI1204]\n")
    base.write_text(text.split("validation:")[0])
    suppress_line = 1 + text.splitlines().index("    suppress: [OI1204]")
    assert cli("synth", "-c", "platform/envs", "--out", "dist").code == 0
    r = cli("validate", "--out", "dist")
    [line] = [x for x in r.out.splitlines() if x.startswith("suppressed")]
    assert line.startswith(f"suppressed (destination_rules[1].suppress in platform/envs/_base.yaml:{suppress_line}): "
                           "platform/envs/_base.yaml:42: Warning OI1204 destination_rules[1].traffic_policy.tls"), line


def test_diff_shows_the_findings_at_their_source(project, cli, tmp_path, monkeypatch):
    from tests.publish.conftest import GIT_ENV
    for k, v in GIT_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("OTLP_ISTIO_STATE_DIR", str(tmp_path / "state"))
    repo = tmp_path / "env.git"
    subprocess.run(["git", "init", "--bare", "-q", "-b", "main", str(repo)], check=True)

    r = cli("diff", "-c", "platform/envs", "--repo", repo, "-o", "markdown")
    assert r.code == 1, r  # changes: everything is new
    assert "**Validation: 1 finding(s), publish would refuse this: 1 error(s).**" in r.out
    [row] = [x for x in r.out.splitlines() if x.startswith("| Error | [OI1101]")]
    assert f"| VirtualService payments.shop | <code>{FIELD}</code> (rendered " in row, row
    assert "| host paymnets.shop" in row and HINT in row
    assert row.endswith(f"| <code>platform/envs/_base.yaml:{TYPO_LINE}</code> (rendered "
                        "<code>dev/virtualservice-payments.yaml:14</code>) |"), row

    r = cli("diff", "-c", "platform/envs", "--repo", repo, "-o", "json")
    [f] = json.loads(r.out)["findings"]
    assert f["source"] == {"file": "platform/envs/_base.yaml", "line": TYPO_LINE, "path": FIELD}
    assert f["file"] == "dev/virtualservice-payments.yaml"

    r = cli("diff", "-c", "platform/envs", "--repo", repo)
    assert f"platform/envs/_base.yaml:{TYPO_LINE}: Error OI1101 {FIELD}" in r.err
    assert "Error OI1101" not in r.out  # stdout stays the diff

    # fixed: nothing to show
    (project / "platform" / "envs" / "_base.yaml").write_text(BASE)
    r = cli("diff", "-c", "platform/envs", "--repo", repo, "-o", "markdown")
    assert "Validation:" not in r.out and "OI1101" not in r.out


def test_a_near_miss_of_a_short_name_gets_did_you_mean(project, cli):
    base = project / "platform" / "envs" / "_base.yaml"
    base.write_text(BASE.replace("- destination: {host: payments.shop.svc.cluster.local, port: 8080}",
                                 "- destination: {host: payment, port: 8080}"))
    r = cli("check", "platform/envs/dev.yaml")
    [line] = [x for x in r.out.splitlines() if " OI1101 " in x]
    assert "host payment (read as payment.shop.svc.cluster.local)" in line and HINT in line, line
