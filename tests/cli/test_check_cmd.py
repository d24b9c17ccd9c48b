"""`otlp-istio check FILE...`: render the named environments in a temporary folder and validate."""
from __future__ import annotations

from tests.conftest import MINIMAL

BROKEN_ROUTE = """\
virtual_services:
  - hosts: [checkout.apps.svc.cluster.local]
    http: [{route: [{destination: {host: checkout.apps.svc.cluster.local}}]}]
"""


def test_check_validates_the_rendered_environment_and_writes_nothing(cli, write_env, tmp_path, monkeypatch):
    config = write_env("good.yaml", MINIMAL)
    write_env("bad.yaml", MINIMAL + BROKEN_ROUTE)
    monkeypatch.chdir(tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    r = cli("check", config / "good.yaml")
    assert r.code == 0, r
    assert r.out.splitlines()[-1].startswith("check: passed: 0 errors, 0 warnings, 0 info, 0 suppressed in ")
    assert "(good; " in r.out
    r = cli("check", config / "good.yaml", config / "bad.yaml")
    assert r.code == 1, r
    # at its place in the environment file (named from where check runs), then as rendered
    assert ("environments/bad.yaml:6: Error OI1101 virtual_services[0].http[0].route[0].destination.host: "
            in r.out), r.out
    assert ("(rendered: bad/virtualservice-checkout.yaml:14 VirtualService checkout.otlp-system "
            "spec.http[0].route[0].destination.host)") in r.out
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_a_changed_base_checks_every_environment_extending_it(cli, write_env):
    config = write_env("_base.yaml", MINIMAL)
    write_env("_mid.yaml", "extends: _base.yaml\n")
    write_env("a.yaml", "extends: _mid.yaml\n")
    write_env("b.yaml", "extends: _base.yaml\n")
    write_env("c.yaml", MINIMAL)
    write_env("_unused.yaml", MINIMAL)
    r = cli("check", config / "_base.yaml")
    assert r.code == 0, r
    assert "(a, b; " in r.out
    r = cli("check", config / "_unused.yaml")
    assert r.code == 0 and "no environment to check" in r.out


def test_bad_input_is_exit_2(cli, write_env, tmp_path):
    config = write_env("env.yaml", MINIMAL + "colour: blue\n")
    r = cli("check", config / "env.yaml")
    assert r.code == 2 and "colour: unknown key 'colour'" in r.err
    r = cli("check", tmp_path / "missing.yaml", config / "environment.schema.json")
    assert r.code == 2
    assert "missing.yaml: no such file" in r.err and "not an environment file" in r.err
