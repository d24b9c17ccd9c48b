"""doctor refresh-certs: a surgical edit of the environment file that renders a pod-template bump."""
from __future__ import annotations

import json

import pytest
import yaml

from otlp_istio.doctor.refresh import set_restarted_at
from otlp_istio.errors import UserError
from tests.conftest import MINIMAL

STAMP = "2026-11-25T03:00:00Z"


@pytest.mark.parametrize("before,after", [
    ("a: 1  # keep me\n", 'a: 1  # keep me\ncollector:\n  restarted_at: "2026-11-25T03:00:00Z"\n'),
    ("a: 1\ncollector:\n    image: x  # pinned\n    replicas: 3\n",
     'a: 1\ncollector:\n    restarted_at: "2026-11-25T03:00:00Z"\n    image: x  # pinned\n    replicas: 3\n'),
    ('collector:\n  restarted_at: "2020-01-01T00:00:00Z"  # last time\n',
     'collector:\n  restarted_at: "2026-11-25T03:00:00Z"  # last time\n'),
    ("collector: {image: x}\n", 'collector: {restarted_at: "2026-11-25T03:00:00Z", image: x}\n'),
    ("collector: {}\n", 'collector: {restarted_at: "2026-11-25T03:00:00Z"}\n'),
])
def test_edit_keeps_everything_else(before, after):
    assert set_restarted_at(before, STAMP, "f.yaml") == after
    assert yaml.safe_load(after)["collector"]["restarted_at"] == STAMP


def test_edit_refuses_a_collector_that_is_not_a_mapping():
    with pytest.raises(UserError, match="collector is not a mapping"):
        set_restarted_at("collector: [1]\n", STAMP, "f.yaml")


def test_refresh_then_render_bumps_the_pod_template_annotation(cli, write_env, tmp_path):
    config = write_env("prod.yaml", "# prod\n" + MINIMAL + "collector:\n  replicas: 3\n")
    res = cli("doctor", "refresh-certs", "-e", "prod", "-c", config, "--at", STAMP, "-o", "json")
    assert res.code == 0, res
    [c] = json.loads(res.out)["checks"]
    assert c["id"] == "refresh-certs" and c["data"]["deployments"] == ["otlp-collector-v1"]
    assert any("otlp-istio publish --env prod" in n for n in c["next"])
    assert (config / "prod.yaml").read_text().startswith("# prod\n")
    assert cli("synth", "-c", config, "--out", tmp_path / "dist").code == 0
    dep = yaml.safe_load((tmp_path / "dist" / "prod" / "deployment-otlp-collector-v1.yaml").read_text())
    assert dep["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] == STAMP
    # a second refresh changes that value and nothing else
    first = (config / "prod.yaml").read_text()
    assert cli("doctor", "refresh-certs", "-e", "prod", "-c", config, "--at", "2026-11-26T03:00:00Z").code == 0
    second = (config / "prod.yaml").read_text()
    assert second == first.replace(STAMP, "2026-11-26T03:00:00Z")


def test_refresh_bad_input_exits_2_and_writes_nothing(cli, write_env):
    config = write_env("prod.yaml", MINIMAL)
    res = cli("doctor", "refresh-certs", "-e", "prod", "-c", config, "--at", "yesterday")
    assert res.code == 2 and "RFC 3339" in res.err
    res = cli("doctor", "refresh-certs", "-e", "nope", "-c", config)
    assert res.code == 2 and "environments: prod" in res.err
    broken = MINIMAL + "mtls: {mode: SOMETIMES}\n"
    write_env("prod.yaml", broken)
    res = cli("doctor", "refresh-certs", "-e", "prod", "-c", config)
    assert res.code == 2 and "mtls.mode" in res.err
    assert (config / "prod.yaml").read_text() == broken
