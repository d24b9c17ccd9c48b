"""canary start refuses a canary whose queries can never see data in what is published: the data
plane of the published Namespace differs from the environment file's, or in ambient mode the
collector Service's traffic passes no waypoint that reports reporter="waypoint" series."""
from __future__ import annotations

import pytest
import yaml

from otlp_istio.canary.errors import CanaryError
from otlp_istio.canary.observable import require_observable
from otlp_istio.canary.routing import Target
from otlp_istio.config.loader import load_environments

from .conftest import STAGING_STATE, edit_env, show, subjects

EXAMPLES = __import__("pathlib").Path(__file__).resolve().parents[2] / "environments" / "examples"


def to_ambient(d: dict) -> None:
    d.update(istio_version="1.24.0", data_plane="ambient")


def test_published_for_sidecars_then_switched_to_ambient_is_refused_without_a_commit(cli, repo_args, bare_repo,
                                                                                      config_dir):
    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    edit_env(config_dir, "staging", to_ambient)
    n = len(subjects(bare_repo))
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 2, r
    assert 'the canary\'s queries read reporter="waypoint" series (the waypoint in front of the collector)' in r.err
    assert "on the sidecar data plane, where no proxy reports them (the environment file says ambient)" in r.err
    assert "otlp-istio publish -e staging" in r.err
    assert len(subjects(bare_repo)) == n and show(bare_repo, STAGING_STATE) is None
    # published as the file says: the canary starts
    assert cli("publish", "-e", "staging", "--out", str(bare_repo.parent / "dist"), *repo_args).code == 0
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 0, r


@pytest.fixture(scope="module")
def ambient():
    """staging-ambient, rendered: its config and its files."""
    from otlp_istio.synth.render import render_environment
    [env] = load_environments(EXAMPLES, ["staging-ambient"])
    return env.config, dict(render_environment(env))


def edited(files: dict[str, bytes], name: str, update) -> dict[str, bytes]:
    doc = yaml.safe_load(files[name])
    update(doc)
    return {**files, name: yaml.safe_dump(doc).encode()}


def refusal(config, files) -> str:
    with pytest.raises(CanaryError) as exc:
        require_observable("staging-ambient", config, files, "otlp-istio/staging-ambient", Target.from_config(config))
    return str(exc.value)


def test_ambient_as_rendered_is_observable(ambient):
    config, files = ambient
    require_observable("staging-ambient", config, files, "f", Target.from_config(config))
    # no Namespace published (namespace_owner: external): nothing to tell from, nothing refused
    require_observable("staging-ambient", config, {k: v for k, v in files.items() if not k.startswith("namespace-")},
                       "f", Target.from_config(config))


def test_ambient_without_a_waypoint_for_the_service_traffic_is_refused(ambient):
    config, files = ambient
    ns = "namespace-otlp-system.yaml"
    no_label = edited(files, ns, lambda d: d["metadata"]["labels"].pop("istio.io/use-waypoint"))
    assert "passes no waypoint (istio.io/use-waypoint absent): ztunnel reports no request metrics" in \
        refusal(config, no_label)
    opted_out = edited(files, "service-otlp-collector.yaml",
                       lambda d: d["metadata"].setdefault("labels", {}).update({"istio.io/use-waypoint": "none"}))
    assert "(istio.io/use-waypoint none)" in refusal(config, opted_out)
    missing = {k: v for k, v in files.items() if k != "gateway-waypoint.yaml"}
    assert "has no waypoint waypoint (a Gateway of class istio-waypoint in otlp-system)" in refusal(config, missing)
    workload = edited(files, "gateway-waypoint.yaml",
                      lambda d: d["metadata"]["labels"].update({"istio.io/waypoint-for": "workload"}))
    assert "serves istio.io/waypoint-for: workload, so the collector Service's requests never pass it" in \
        refusal(config, workload)
    # a waypoint of another namespace is someone else's to define
    elsewhere = edited(files, ns, lambda d: d["metadata"]["labels"].update({"istio.io/use-waypoint-namespace": "mesh"}))
    require_observable("staging-ambient", config, {k: v for k, v in elsewhere.items() if k != "gateway-waypoint.yaml"},
                       "f", Target.from_config(config))
