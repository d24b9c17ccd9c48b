"""The canary section's defaults and cross-checks: file, line, field path, what is allowed."""
from __future__ import annotations

from otlp_istio.config.models import CanaryConfig
from tests.conftest import MINIMAL

BASE = MINIMAL + """\
virtual_services:
  - hosts: [otlp-collector]
    http:
      - name: otlp
        route: [{destination: {host: otlp-collector, subset: stable, port: 4318}}]
destination_rules:
  - host: otlp-collector
    subsets:
      - {name: stable, labels: {version: v1}}
      - {name: next, labels: {version: v2}}
"""


def test_defaults_are_the_seed_example():
    c = CanaryConfig(baseline_version="v1", canary_version="v2")
    assert (c.initial_weight, c.increment, c.interval, c.max_weight) == (5, 5, "5m", 100)
    assert (c.success_criteria.max_error_rate, c.success_criteria.min_request_count) == (0.01, 100)
    assert c.mode.value == "git" and c.max_wait is None and c.routes == []


def test_a_valid_canary_synthesizes(cli, write_env, tmp_path):
    config = write_env("e.yaml", BASE + "canary: {baseline_version: v1, canary_version: v2}\n")
    assert cli("synth", "-c", config, "--out", tmp_path / "out").code == 0


def test_a_version_without_subset_is_named_with_its_line(cli, write_env, tmp_path):
    config = write_env("e.yaml", BASE + "canary:\n  baseline_version: v1\n  canary_version: v3\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "e.yaml:16: canary.canary_version: no subset of the collector's DestinationRule" in r.err
    assert "stable (version v1), next (version v2)" in r.err


def test_weights_and_steps_are_bounded(cli, write_env, tmp_path):
    config = write_env("e.yaml", BASE + "canary: {baseline_version: v1, canary_version: v2, initial_weight: 50, "
                                        "max_weight: 40, increment: 0, prometheus_url: prometheus:9090}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "canary.increment: Input should be greater than or equal to 1" in r.err
    assert "is not an http(s) URL" in r.err


def test_initial_above_max_weight(cli, write_env, tmp_path):
    config = write_env("e.yaml", BASE + "canary: {baseline_version: v1, canary_version: v2, initial_weight: 50, "
                                        "max_weight: 40}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2 and "initial_weight (50) must not be greater than max_weight (40)" in r.err


def test_unknown_route_name_and_no_route_to_shift(cli, write_env, tmp_path):
    config = write_env("e.yaml", BASE + "canary: {baseline_version: v1, canary_version: v2, routes: [traces]}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2
    assert "canary.routes[0]: no collector route is named 'traces' (named collector routes: otlp)" in r.err
    no_vs = BASE.split("virtual_services:")[0] + "destination_rules:" + BASE.split("destination_rules:")[1]
    config = write_env("e.yaml", no_vs + "canary: {baseline_version: v1, canary_version: v2}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2 and "the canary has no traffic to shift" in r.err


def test_flagger_mode_refuses_a_subset_that_renames_the_collector_pods(cli, write_env, tmp_path):
    """The label flagger mode's selectors use must stay the collector's name on every pod."""
    text = BASE.replace("{name: next, labels: {version: v2}}",
                        "{name: next, labels: {version: v2, app.kubernetes.io/name: other}}")
    config = write_env("e.yaml", text + "canary: {baseline_version: v1, canary_version: v2, mode: flagger}\n")
    r = cli("synth", "-c", config, "--out", tmp_path / "out")
    assert r.code == 2, r
    assert ("e.yaml:13: destination_rules[0].subsets[1].labels[app.kubernetes.io/name]: 'other': with canary.mode "
            "flagger every collector pod carries app.kubernetes.io/name: otlp-collector") in r.err
    # the same subset in git mode, or naming the collector itself, is fine
    assert cli("synth", "-c", write_env("g.yaml", text + "canary: {baseline_version: v1, canary_version: v2}\n"),
               "-e", "g", "--out", tmp_path / "g").code == 0
    same = BASE.replace("{name: next, labels: {version: v2}}",
                        "{name: next, labels: {version: v2, app.kubernetes.io/name: otlp-collector}}")
    same_config = write_env("s.yaml", same + "canary: {baseline_version: v1, canary_version: v2, mode: flagger}\n")
    assert cli("synth", "-c", same_config, "-e", "s", "--out", tmp_path / "s").code == 0


def test_flagger_mode_warns_of_a_policy_elsewhere_selecting_the_collector_by_app(cli, write_env, tmp_path):
    """A root-namespace policy selecting app: otlp-collector applies mesh-wide, but Flagger's primary
    pods are app: otlp-collector-primary: rendered as written, with a warning at the selector's line."""
    policy = ("authorization_policies:\n"
              "  - name: collector-ingress\n"
              "    namespace: istio-system\n"
              "    selector: {match_labels: {app: otlp-collector}}\n"
              "    rules: [{from: [{namespaces: [apps]}]}]\n")
    flagger = write_env("f.yaml", BASE + policy + "canary: {baseline_version: v1, canary_version: v2, mode: flagger}\n")
    r = cli("synth", "-c", flagger, "-e", "f", "--out", tmp_path / "f")
    assert r.code == 0, r
    assert r.err.splitlines() == [
        "{}:17: Warning OI0301 authorization_policies[0].selector.match_labels.app: selects app: otlp-collector in "
        "namespace 'istio-system', which Flagger's primary pods do not carry (Flagger labels them app: "
        "otlp-collector-primary), so the policy misses the pods that serve traffic outside an analysis; only "
        "selectors in the collector's namespace (otlp-system) are rendered with app.kubernetes.io/name: "
        "otlp-collector, which every collector pod keeps: select that label here".format(flagger / "f.yaml")]
    # git mode: the primary pods do not exist, nothing to say
    git = write_env("g.yaml", BASE + policy + "canary: {baseline_version: v1, canary_version: v2}\n")
    r = cli("synth", "-c", git, "-e", "g", "--out", tmp_path / "g")
    assert (r.code, r.err) == (0, "")
