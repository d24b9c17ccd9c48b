"""Rollouts with routing gateway-api, end to end on a real bare repository: the same guarantees as
with VirtualServices (test_rollout.py): one commit per decision, weights that survive publish,
a rollback that survives publish, a promotion retired once the file catches up, racing steps that
make one commit, a running canary's version that publish refuses to drop. What moves is the weight
of the versions' Services in the collector's HTTPRoute rules (one route per Service port here)."""
from __future__ import annotations

import pytest
import yaml

from otlp_istio.canary.decision import Action
from otlp_istio.canary.errors import CanaryError
from otlp_istio.canary.routing import Target, backend_for, reweight, weights
from otlp_istio.canary.rollout import step
from otlp_istio.config import load_environments
from otlp_istio.synth import render_all

from .conftest import STAGING_STATE, edit_env, show, state_of, subjects
from .test_rollout import healthy, published_and_started, race_two_steps, rollout

ROUTE = "otlp-istio/staging/mesh/httproute-otlp-collector-otlp-http.yaml"
ROUTES = ["otlp-istio/staging/mesh/grpcroute-otlp-collector-otlp-grpc.yaml", ROUTE,
          "otlp-istio/staging/mesh/httproute-otlp-collector-metrics.yaml"]
COLLECTOR = "otlp-collector.otlp-system.svc.cluster.local"


def gateway_api(d: dict) -> None:
    """Staging with routing gateway-api: the base's route without retries (which an HTTPRoute cannot
    say) and without a port (so one route per Service port: GRPCRoute for OTLP/gRPC)."""
    d.update(istio_version="1.30.0", routing="gateway-api")
    d["virtual_services"] = [{"$patch": "replace", "hosts": [COLLECTOR], "http": [
        {"name": "otlp", "route": [{"destination": {"host": "otlp-collector", "subset": "stable"}}]}]}]


@pytest.fixture
def config_dir(config):
    edit_env(config, "staging", gateway_api)
    return config


def routed(repo, path: str = ROUTE, ref: str = "main") -> list[tuple[str, int]]:
    doc = yaml.safe_load(show(repo, path, ref))
    return [(b["name"], b.get("weight", 100)) for b in doc["spec"]["rules"][0]["backendRefs"]]


def everywhere(repo) -> set[tuple]:
    """The split of every collector route object (they move together)."""
    return {tuple(routed(repo, p)) for p in ROUTES}


V1, V2 = "otlp-collector-v1", "otlp-collector-v2"


def test_the_rendered_routes_are_split_between_the_version_services(config_dir):
    files = render_all(load_environments(config_dir, ["staging"]))["staging"]
    target = Target("otlp-collector", "otlp-system", gateway_api=True)
    assert backend_for(files, target, "v1") == V1 and backend_for(files, target, "v2") == V2
    with pytest.raises(CanaryError, match=r"selects version 'v9' \(published: otlp-collector-v1 \(version v1\)"):
        backend_for(files, target, "v9")
    changed = reweight(files, target, "v1", "v2", 15)
    assert sorted(changed) == ["grpcroute-otlp-collector-otlp-grpc.yaml", "httproute-otlp-collector-metrics.yaml",
                               "httproute-otlp-collector-otlp-http.yaml"]
    rule = yaml.safe_load(changed["httproute-otlp-collector-otlp-http.yaml"])["spec"]["rules"][0]
    assert rule == {"name": "otlp", "backendRefs": [{"name": V1, "port": 4318, "weight": 85},
                                                    {"name": V2, "port": 4318, "weight": 15}]}
    assert weights({**files, **changed}, target) == {V1: 85, V2: 15} and weights(files, target) == {V1: 100}
    assert reweight({**files, **changed}, target, "v1", "v2", 15) == {}  # byte for byte the same
    with pytest.raises(CanaryError, match="no HTTPRoute or GRPCRoute rule .* named traces"):
        reweight(files, Target("otlp-collector", "otlp-system", ("traces",), gateway_api=True), "v1", "v2", 5)


def test_start_steps_promote_each_a_commit(cli, repo_args, bare_repo, config_dir):
    started = published_and_started(cli, repo_args, bare_repo)
    assert started["phase"] == "Progressing" and started["canary_weight"] == 5
    assert everywhere(bare_repo) == {((V1, 95), (V2, 5))}
    assert show(bare_repo, "otlp-istio/staging/mesh/virtualservice-otlp-collector.yaml") is None
    r, now = rollout(config_dir, bare_repo), started["last_step_at"]
    while True:
        now += 300
        outcome = step(r, now, healthy())
        assert outcome.commit is not None
        if outcome.action is Action.PROMOTE:
            break
    assert everywhere(bare_repo) == {((V1, 0), (V2, 100))}
    log = subjects(bare_repo)
    assert len(log) == 2 + 19 and log[:2] == ["canary staging: promote v2 (100 %)", "canary staging: 90 % -> 95 %"]


def test_a_publish_mid_rollout_keeps_the_weights_and_a_rollback_survives_it(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    out = str(bare_repo.parent / "dist")
    edit_env(config_dir, "staging", lambda d: d["tracing"].update(sampling_rate=0.2))
    assert cli("publish", "-e", "staging", "--out", out, *repo_args).code == 0
    assert subjects(bare_repo)[0] == "deploy staging: 1 changed"  # the Telemetry only
    assert everywhere(bare_repo) == {((V1, 95), (V2, 5))}
    assert cli("canary", "rollback", "-e", "staging", *repo_args).code == 0
    assert everywhere(bare_repo) == {((V1, 100), (V2, 0))}
    edit_env(config_dir, "staging", lambda d: d["tracing"].update(sampling_rate=0.3))
    assert cli("publish", "-e", "staging", "--out", out, *repo_args).code == 0
    assert everywhere(bare_repo) == {((V1, 100), (V2, 0))} and state_of(bare_repo)["phase"] == "RolledBack"


def test_a_promoted_rollout_is_retired_when_the_file_catches_up(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    assert cli("canary", "promote", "-e", "staging", *repo_args).code == 0
    out = str(bare_repo.parent / "dist")
    edit_env(config_dir, "staging", lambda d: d["canary"].update(baseline_version="v2", canary_version="v1"))
    before = subjects(bare_repo)
    r = cli("publish", "-e", "staging", "--out", out, *repo_args)
    assert r.code == 2 and "does not move traffic back" in r.err and subjects(bare_repo) == before

    def catch_up(d):
        d["canary"].update(baseline_version="v2", canary_version="v3")
        d["destination_rules"][0]["subsets"] = [{"name": "stable", "labels": {"version": "v2"}},
                                                {"name": "canary", "labels": {"version": "v3"}}]
    edit_env(config_dir, "staging", catch_up)
    r = cli("publish", "-e", "staging", "--out", out, *repo_args)
    assert r.code == 0, r
    assert show(bare_repo, STAGING_STATE) is None and everywhere(bare_repo) == {((V2, 100),)}


def test_two_racing_steps_make_one_commit(cli, repo_args, bare_repo, config_dir, tmp_path):
    started = published_and_started(cli, repo_args, bare_repo)
    n = len(subjects(bare_repo))
    results = race_two_steps(config_dir, bare_repo, started["last_step_at"] + 300, tmp_path)
    assert sorted(bool(x["commit"]) for x in results) == [False, True], results
    assert len(subjects(bare_repo)) == n + 1 and everywhere(bare_repo) == {((V1, 90), (V2, 10))}


def test_publish_refuses_to_drop_a_running_canarys_version(cli, repo_args, bare_repo, config_dir):
    published_and_started(cli, repo_args, bare_repo)
    n = len(subjects(bare_repo))

    def drop_v2(d):
        d.pop("canary")
        d["destination_rules"][0]["subsets"] = d["destination_rules"][0]["subsets"][:1]
    edit_env(config_dir, "staging", drop_v2)
    r = cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args)
    assert r.code == 2 and "its routes cannot be kept" in r.err and "selects version 'v2'" in r.err
    assert len(subjects(bare_repo)) == n
