"""`doctor` without a reachable cluster: exit 4, one line naming the kubeconfig, the context and
the server it tried and why it failed, none of kubectl's own log lines; the offline checks are
still reported.

Real processes: the command and the project's kubectl (bin/kubectl), against a kubeconfig whose
server is a loopback port nothing listens on (the connection is really refused).
"""
from __future__ import annotations

import json
import os
import re

import pytest

from tests.conftest import ENVIRONMENTS, run_process
from tests.support.procs import free_ports
from tests.support.tools import tool

pytestmark = pytest.mark.live  # bin/kubectl, built by scripts/tools.sh

KLOG = re.compile(r"^[IWEF]\d{4} ", re.M)


@pytest.fixture
def nowhere(tmp_path) -> tuple[str, str]:
    """(a kubeconfig whose server refuses connections, that server's URL)."""
    (port,) = free_ports(1)
    server = f"https://127.0.0.1:{port}"
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text(f"""apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster: {{server: "{server}", insecure-skip-tls-verify: true}}
contexts:
- name: prod-admin
  context: {{cluster: prod, user: admin}}
current-context: prod-admin
users:
- name: admin
  user: {{token: not-a-secret}}
""")
    return str(kubeconfig), server


def doctor(*args, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTLP_ISTIO_", "KUBECONFIG"))}
    env.update(KUBECTL=str(tool("kubectl")), HOME=str(tmp_path))  # no ~/.kube/config of the developer's
    return run_process("doctor", *args, env=env)


def test_doctor_reports_the_offline_checks_and_says_in_one_line_why_the_cluster_did_not_answer(nowhere, tmp_path):
    kubeconfig, server = nowhere
    r = doctor("--cluster", "-c", ENVIRONMENTS, "-e", "staging", "--kubeconfig", kubeconfig, tmp_path=tmp_path)
    assert r.code == 4, r
    # one line on stderr, with the kubeconfig, the context, the server and the reason
    assert r.err.splitlines() == [
        f"doctor: cluster not reachable: kubeconfig {kubeconfig} (context prod-admin), server {server}: "
        "connection refused"], r.err
    assert not KLOG.search(r.err + r.out) and "memcache" not in r.err + r.out
    # the offline checks are there, the live ones skipped with the same reason
    assert re.search(r"^(ok  |WARN|FAIL) tracing \[staging\]:", r.out, re.M)
    assert re.search(r"^(ok  |WARN|FAIL) mtls \[staging\]:", r.out, re.M)
    for check in ("drift", "live-tracing", "live-routes", "live-mtls"):
        assert f"skip {check}: cluster not reachable: kubeconfig {kubeconfig}" in r.out
    assert "incomplete (the cluster did not answer)" in r.out


def test_the_json_report_keeps_the_offline_checks(nowhere, tmp_path):
    kubeconfig, server = nowhere
    r = doctor("--cluster", "-c", ENVIRONMENTS, "-e", "staging", "--kubeconfig", kubeconfig, "-o", "json",
               tmp_path=tmp_path)
    assert r.code == 4, r
    report = json.loads(r.out)
    assert {c["id"] for c in report["checks"]} >= {"tracing", "mtls", "routes"}
    assert {s["id"] for s in report["skipped"]} >= {"drift", "live-tracing", "live-routes", "live-mtls"}
    assert report["unreachable"].endswith(f"server {server}: connection refused")


@pytest.mark.parametrize("command", ["drift", "cluster"])
def test_the_live_commands_exit_4_with_one_line(command, nowhere, tmp_path):
    kubeconfig, server = nowhere
    r = doctor(command, "-c", ENVIRONMENTS, "-e", "staging", "--kubeconfig", kubeconfig, tmp_path=tmp_path)
    assert r.code == 4, r
    assert r.err.splitlines() == [f"cluster not reachable: kubeconfig {kubeconfig} (context prod-admin), server "
                                  f"{server}: connection refused"]
    assert r.out == ""


def test_no_kubeconfig_at_all(tmp_path):
    r = doctor("drift", "-c", ENVIRONMENTS, "-e", "staging", tmp_path=tmp_path)  # HOME has no .kube/config
    assert r.code == 4, r
    assert r.err.splitlines() == ["no cluster to ask: kubeconfig ~/.kube/config: no such file (give --kubeconfig, "
                                  "or set KUBECONFIG)"]


def test_a_context_the_kubeconfig_lacks(nowhere, tmp_path):
    kubeconfig, _ = nowhere
    r = doctor("cluster", "-c", ENVIRONMENTS, "-e", "staging", "--kubeconfig", kubeconfig, "--context", "staging",
               tmp_path=tmp_path)
    assert r.code == 4, r
    assert len(r.err.splitlines()) == 1 and f"kubeconfig {kubeconfig} (context staging)" in r.err
    assert "staging" in r.err.split(": ", 2)[-1]
