"""canary.mode: flagger renders a Flagger Canary from the same settings; it passes the gate."""
from __future__ import annotations

import yaml

from otlp_istio.selectors import map_selects
from otlp_istio.config import load_environments
from otlp_istio.synth import render_all
from otlp_istio.synth.cdk8s_app import render_with_cdk8s

from .conftest import edit_env


def flagger(d):
    d["canary"].update(mode="flagger", threshold=5,
                       success_criteria={"max_error_rate": 0.005, "min_request_count": 100, "max_latency_p99": "500ms"})
    # Flagger's Canary has no connectionPool.tcp: refused in this mode (test_flagger_traffic_policy.py)
    del d["destination_rules"][0]["traffic_policy"]["connection_pool"]["tcp"]


def test_flagger_canary_from_the_seed_settings(cli, config_dir, tmp_path):
    edit_env(config_dir, "staging", flagger)
    r = cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist")
    assert r.code == 0, r
    out = tmp_path / "dist" / "staging"
    doc = yaml.safe_load((out / "canary-otlp-collector.yaml").read_text())
    assert doc["apiVersion"] == "flagger.app/v1beta1" and doc["metadata"]["namespace"] == "otlp-system"
    spec = doc["spec"]
    assert spec["provider"] == "istio"
    assert spec["targetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "otlp-collector-v1"}
    assert spec["analysis"] == {
        "interval": "5m", "threshold": 5, "stepWeight": 5, "maxWeight": 100,
        "metrics": [{"name": "request-success-rate", "interval": "5m", "thresholdRange": {"min": 99.5}},
                    {"name": "request-duration", "interval": "5m", "thresholdRange": {"max": 500}}]}
    svc = spec["service"]
    assert (svc["port"], svc["portName"], svc["hosts"], svc["timeout"]) == \
        (4318, "otlp-http", ["otlp-collector.otlp-system.svc.cluster.local"], "30s")
    assert svc["retries"] == {"attempts": 3, "perTryTimeout": "10s", "retryOn": "5xx,reset,connect-failure"}
    # Flagger generates the collector's VirtualService: ours is not rendered (two would fight)
    assert not (out / "virtualservice-otlp-collector.yaml").exists()
    assert (out / "destinationrule-otlp-collector.yaml").exists()
    # the gate: schema and CEL rules of the Flagger CRD, the analyzer
    v = cli("validate", "--out", tmp_path / "dist", "-e", "staging")
    assert v.code == 0, v
    assert "0 errors" in v.out


def test_flagger_mode_renders_the_same_through_cdk8s(config_dir):
    edit_env(config_dir, "staging", flagger)
    envs = load_environments(config_dir, ["staging"])
    assert render_all(envs) == render_with_cdk8s(envs)


def test_a_bad_canary_resource_is_refused_by_the_gate(cli, config_dir, tmp_path):
    edit_env(config_dir, "staging", flagger)
    assert cli("synth", "-c", config_dir, "-e", "staging", "--out", tmp_path / "dist").code == 0
    path = tmp_path / "dist" / "staging" / "canary-otlp-collector.yaml"
    path.write_text(path.read_text().replace("provider: istio", "provider: envoy-mesh"))
    v = cli("validate", "--out", tmp_path / "dist", "-e", "staging")
    assert v.code == 1 and "canary-otlp-collector.yaml" in v.out and "provider" in v.out


def test_the_git_commands_refuse_flagger_mode(cli, config_dir, repo_args, bare_repo):
    edit_env(config_dir, "staging", flagger)
    r = cli("canary", "start", "-e", "staging", *repo_args)
    assert r.code == 2 and "runs its canary with Flagger" in r.err


# ---------------------------------------------------------------- what Flagger does to the pods
# Flagger (pkg/canary/deployment_controller.go) creates `<target>-primary` from the target
# Deployment: the first of its -selector-labels (default below) found in the target's
# spec.selector.matchLabels becomes `<value>-primary` in the primary's selector and pod labels;
# the other pod-template labels are copied, except keys containing toolkit.fluxcd.io. The target
# (canary) keeps its own labels and is scaled to 0 outside an analysis. Flagger's Services
# (pkg/router/kubernetes_default.go) are `<apex>`, `<apex>-primary`, `<apex>-canary`, apex being
# the targetRef's name, each labelled `<selector label>: <its own name>`.
FLAGGER_SELECTOR_LABELS = ("app", "name", "app.kubernetes.io/name")


def flagger_selector_label(target: dict) -> str:
    match = target["spec"]["selector"]["matchLabels"]
    return next(k for k in FLAGGER_SELECTOR_LABELS if k in match)


def primary_pod_labels(target: dict) -> dict[str, str]:
    key = flagger_selector_label(target)
    labels = {k: v for k, v in target["spec"]["template"]["metadata"]["labels"].items()
              if k != key and "toolkit.fluxcd.io" not in k}
    labels[key] = target["spec"]["selector"]["matchLabels"][key] + "-primary"
    return labels


def flagger_service_labels(target: dict) -> list[dict[str, str]]:
    key, apex = flagger_selector_label(target), target["metadata"]["name"]
    return [{key: name} for name in (apex, f"{apex}-primary", f"{apex}-canary")]


def pod_selector(doc: dict) -> dict[str, str] | None:
    """The pod labels an object applies to (None: no selector, or not a pod selector)."""
    spec = doc.get("spec") or {}
    if doc["kind"] == "Service":
        return spec.get("selector")
    if doc["kind"] in ("Deployment", "ServiceMonitor"):
        return None  # a Deployment's own pods; a ServiceMonitor selects Services (checked apart)
    for key, inner in (("selector", "matchLabels"), ("workloadSelector", "labels")):
        if isinstance(spec.get(key), dict) and spec[key].get(inner):
            return spec[key][inner]
    return None


def rendered_docs(config_dir) -> list[dict]:
    files = render_all(load_environments(config_dir, ["staging"]))["staging"]
    return [d for text in files.values() for d in yaml.safe_load_all(text) if d]


def test_every_collector_selector_covers_flaggers_primary_and_canary_pods(config_dir):
    """The authorization policy, the PERMISSIVE PeerAuthentication for scraping, the Service and
    the ServiceMonitor reach the primary pods (which serve every request outside an analysis),
    not only the canary's."""
    edit_env(config_dir, "staging", flagger)
    docs = rendered_docs(config_dir)
    canary = next(d for d in docs if d["kind"] == "Canary")
    ns = canary["metadata"]["namespace"]
    target = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] ==
                  canary["spec"]["targetRef"]["name"])
    pods = {f"{target['metadata']['name']}-primary": primary_pod_labels(target)}
    pods.update({d["metadata"]["name"]: d["spec"]["template"]["metadata"]["labels"]
                 for d in docs if d["kind"] == "Deployment" and d["metadata"]["namespace"] == ns})
    assert set(pods) == {"otlp-collector-v1-primary", "otlp-collector-v1", "otlp-collector-v2"}

    selectors = {(d["kind"], d["metadata"]["name"]): pod_selector(d) for d in docs
                 if d["metadata"].get("namespace") == ns and pod_selector(d)}
    must = {("AuthorizationPolicy", "otlp-collector-authz"), ("PeerAuthentication", "otlp-collector-metrics"),
            ("Service", "otlp-collector")}
    assert must <= set(selectors), selectors
    primary, target_pods = pods["otlp-collector-v1-primary"], pods["otlp-collector-v1"]
    for key, sel in selectors.items():
        # what reaches the canary's pods reaches the primary's: Flagger's relabelling splits nothing
        assert map_selects(sel, primary) == map_selects(sel, target_pods), (key, sel, primary, target_pods)
        if key in must:
            assert all(map_selects(sel, labels) for labels in pods.values()), (key, sel, pods)

    monitor = next(d for d in docs if d["kind"] == "ServiceMonitor")
    wanted = monitor["spec"]["selector"]["matchLabels"]
    services = [d for d in docs if d["kind"] == "Service" and d["metadata"]["namespace"] == ns
                and map_selects(wanted, d["metadata"].get("labels") or {})]
    assert [s["metadata"]["name"] for s in services] == ["otlp-collector"]
    assert all(map_selects(services[0]["spec"]["selector"], labels) for labels in pods.values())
    # not Flagger's own Services too: their pods would be scraped twice
    assert not any(map_selects(wanted, labels) for labels in flagger_service_labels(target))


def more_policies(base: list) -> list:
    """The base's policies, plus policies on the v1 pods only, on the v2 label alone, and in
    another namespace (where `app: otlp-collector` would be some other workload)."""
    return base + [
        {"name": "v1-only", "selector": {"match_labels": {"app": "otlp-collector", "version": "v1"}},
         "action": "DENY", "rules": [{"to": [{"paths": ["/debug"]}]}]},
        {"name": "v2-label", "selector": {"match_labels": {"version": "v2"}}, "action": "AUDIT",
         "rules": [{}]},
        {"name": "elsewhere", "namespace": "apps", "selector": {"match_labels": {"app": "otlp-collector"}},
         "action": "ALLOW", "rules": [{}]}]


def test_a_selector_keeps_its_other_labels_and_other_namespaces_keep_theirs(config_dir):
    base = yaml.safe_load((config_dir / "_base.yaml").read_text())["authorization_policies"]
    edit_env(config_dir, "staging", lambda d: (flagger(d), d.update(authorization_policies=more_policies(base))))
    docs = rendered_docs(config_dir)
    selector = {d["metadata"]["name"]: d["spec"].get("selector", {}).get("matchLabels")
                for d in docs if d["kind"] == "AuthorizationPolicy"}
    assert selector == {
        "otlp-collector-authz": {"app.kubernetes.io/name": "otlp-collector"},
        "v1-only": {"app.kubernetes.io/name": "otlp-collector", "version": "v1"},  # still v1's pods only
        "v2-label": {"version": "v2"},  # Flagger does not touch `version`
        "elsewhere": {"app": "otlp-collector"},  # not the collector's namespace: left as written
    }
    target = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "otlp-collector-v1")
    v2 = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "otlp-collector-v2")
    v1_pods = (primary_pod_labels(target), target["spec"]["template"]["metadata"]["labels"])
    assert all(map_selects(selector["v1-only"], labels) for labels in v1_pods)
    assert not map_selects(selector["v1-only"], v2["spec"]["template"]["metadata"]["labels"])


def test_git_mode_selects_app_as_written(config_dir):
    """Without Flagger nothing is relabelled: the selectors say `app: otlp-collector`."""
    docs = rendered_docs(config_dir)
    by_kind = {d["kind"]: d for d in docs}
    assert by_kind["AuthorizationPolicy"]["spec"]["selector"]["matchLabels"] == {"app": "otlp-collector"}
    assert by_kind["Service"]["spec"]["selector"] == {"app": "otlp-collector"}
    assert by_kind["ServiceMonitor"]["spec"]["selector"]["matchLabels"] == {"app": "otlp-collector"}


def test_switching_to_flagger_mode_rolls_no_pod(config_dir):
    """The pods carry app.kubernetes.io/name in git mode already, so when the policies start to
    select it they select the running pods: no moment where an ALLOW policy covers none of them."""
    before = {d["metadata"]["name"]: d for d in rendered_docs(config_dir) if d["kind"] == "Deployment"}
    edit_env(config_dir, "staging", flagger)
    after = {d["metadata"]["name"]: d for d in rendered_docs(config_dir) if d["kind"] == "Deployment"}
    assert before == after and len(after) == 2
    for d in after.values():
        assert d["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"] == "otlp-collector"
        assert "app.kubernetes.io/name" not in d["spec"]["selector"]["matchLabels"]  # Flagger never picks it


def test_the_commands_fast_path_renders_flagger_mode_as_the_checked_path(config_dir, tmp_path):
    """The command compiles the generated modules to structs without jsii's checks (generated/loader);
    the Canary's classes, traffic policy included, come out the same as through jsii."""
    import os
    import subprocess

    from tests.conftest import CLI

    def tree(folder):  # the manifests (the environment files recorded beside them are not rendered)
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}

    edit_env(config_dir, "staging", flagger)
    outs = {}
    for typecheck in ("0", "1"):
        outs[typecheck] = tmp_path / f"out-{typecheck}"
        proc = subprocess.run([str(CLI), "synth", "-c", str(config_dir), "-e", "staging", "--out", str(outs[typecheck])],
                              capture_output=True, text=True, env={**os.environ, "OTLP_ISTIO_TYPECHECK": typecheck})
        assert proc.returncode == 0, proc.stderr
    fast = tree(outs["0"] / "staging")
    assert "canary-otlp-collector.yaml" in fast
    assert b"trafficPolicy:" in fast["canary-otlp-collector.yaml"]
    assert fast == tree(outs["1"] / "staging")
    in_process = render_all(load_environments(config_dir, ["staging"]), jobs=1)["staging"]
    assert fast == {name: body for name, body in in_process.items()}
