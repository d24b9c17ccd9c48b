"""``otlp-istio doctor flows``: every flow with its verdict and the chain that decided it, offline,
as text, JSON (the doctor report, the flows under the check's data) and Markdown (a Mermaid diagram
and a table). Exit 1 when the output breaks a flow it set up, 0 otherwise."""
from __future__ import annotations

import json

from otlp_istio.flows.examples import EXAMPLES

from ..conftest import ENVIRONMENTS


def test_json_gives_each_flow_its_verdict_and_chain(cli):
    r = cli("doctor", "flows", "-c", ENVIRONMENTS, "-e", "prod", "-o", "json")
    report = json.loads(r.out)
    assert report["schema_version"] == 1
    [check] = report["checks"]
    assert (check["id"], check["env"]) == ("flows", "prod")
    flows = {f["id"]: f for f in check["data"]["flows"]}
    grpc = flows["apps/otlp-grpc/traces"]
    assert grpc["request"] == {"protocol": "grpc", "host": "otlp-collector.otlp-system.svc.cluster.local",
                               "port": 4317, "method": "POST", "direct": False,
                               "path": "/opentelemetry.proto.collector.trace.v1.TraceService/Export"}
    assert [h["step"] for h in grpc["chain"]][:2] == ["service", "route"]
    assert grpc["set_up_by"] == "otlp-istio" and grpc["verdict"] in ("works", "broken")
    assert set(check["data"]["counts"]) == {"works", "broken", "unknown"}
    assert sum(check["data"]["counts"].values()) == len(flows)
    assert r.code == (1 if check["status"] == "fail" else 0)


def test_markdown_gives_a_mermaid_diagram_and_a_table(cli):
    r = cli("doctor", "flows", "-c", ENVIRONMENTS, "-e", "staging", "-o", "markdown")
    assert "```mermaid\nflowchart LR\n" in r.out
    assert "| flow | verdict | decided by |" in r.out
    assert "linkStyle 0 stroke:" in r.out


def test_text_lists_the_hops_and_exits_0_when_every_flow_works(cli, write_env):
    config = write_env("demo.yaml", (EXAMPLES / "OI2005" / "pass.yaml").read_text())
    r = cli("doctor", "flows", "-c", config)
    assert r.code == 0, r
    assert "demo: 8 flows: 8 work, 0 broken" in r.out
    assert "✓ authorization:" in r.out and "ok   flows [demo]" in r.out


def test_a_broken_flow_of_the_compilers_own_fails_and_a_users_policy_warns(cli, write_env, tmp_path, monkeypatch):
    # GIVEN rendered output whose collector route lost its port match, and the file beside it
    text = (EXAMPLES / "OI2001" / "fail.yaml").read_text()
    env_text, _, stale = text.partition("\n---\n")
    config = write_env("demo.yaml", env_text)
    out = tmp_path / "dist"
    assert cli("synth", "-c", config, "--out", out).code == 0
    (out / "demo" / "virtualservice-otlp-collector.yaml").write_text(stale)
    monkeypatch.chdir(tmp_path)
    r = cli("doctor", "flows", "--out", out)
    assert r.code == 1 and "FAIL flows [demo]" in r.out and "Error OI2001" in r.out
    # a policy of the file's own that refuses flows: a warning, exit 0
    config = write_env("users.yaml", (EXAMPLES / "OI2005" / "fail.yaml").read_text())
    r = cli("doctor", "flows", "-c", config, "-e", "users")
    assert r.code == 0 and "WARN flows [users]" in r.out and "OI2005" in r.out


def test_manifests_without_an_environment_file_are_said_so(cli, tmp_path, monkeypatch):
    out = tmp_path / "dist"
    assert cli("synth", "-c", ENVIRONMENTS, "--out", out, "-e", "dev").code == 0
    (out / "dev" / ".otlp-istio-environment").unlink()  # output without the record of its environment file
    monkeypatch.chdir(tmp_path)  # and no environments/ here
    r = cli("doctor", "flows", "--out", out, "-e", "dev", "-o", "json")
    [check] = json.loads(r.out)["checks"]
    assert (check["status"], r.code) == ("ok", 0)
    assert "no environment file" in check["summary"] and check["next"]
