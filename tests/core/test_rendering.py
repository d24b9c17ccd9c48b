"""Rendering of every configuration type, and of the traffic_management switches."""
from __future__ import annotations

import yaml

from tests.conftest import MINIMAL


def synth(cli, write_env, tmp_path, text, name="env.yaml"):
    config = write_env(name, text)
    out = tmp_path / "out"
    r = cli("synth", "-c", config, "--out", out)
    assert r.code == 0, r
    env = name.rsplit(".", 1)[0]
    return {p.name: yaml.safe_load(p.read_text()) for p in (out / env).glob("*.yaml")}


DR = """
destination_rules:
  - host: otlp-collector
    traffic_policy:
      load_balancer: {lb}
      outlier_detection: {{consecutive_errors: 7, interval: 5s, base_ejection_time: 1m, max_ejection_percent: 20}}
      connection_pool: {{tcp: {{max_connections: 10}}}}
    subsets: [{{name: stable, labels: {{version: v1}}}}]
virtual_services:
  - hosts: [otlp-collector]
    http:
      - route: [{{destination: {{host: otlp-collector, subset: stable}}}}]
        retries: {{attempts: 2, retry_on: "503,gateway-error"}}
"""


def test_load_balancer_forms(cli, write_env, tmp_path):
    for lb, expected in [("round_robin", {"simple": "ROUND_ROBIN"}), ("random", {"simple": "RANDOM"}),
                         ("least_request", {"simple": "LEAST_REQUEST"}),
                         ("{least_request: {choice_count: 2}}", {"simple": "LEAST_REQUEST"}),
                         ("{consistent_hash: {http_header_name: x-user}}", {"consistentHash": {"httpHeaderName": "x-user"}})]:
        docs = synth(cli, write_env, tmp_path, MINIMAL + DR.format(lb=lb))
        assert docs["destinationrule-otlp-collector.yaml"]["spec"]["trafficPolicy"]["loadBalancer"] == expected, lb


def test_switches_off_drop_their_parts(cli, write_env, tmp_path):
    text = MINIMAL + DR.format(lb="random") + """
traffic_management: {enable_load_balancing: false, enable_circuit_breaker: false, enable_retry: false}
"""
    docs = synth(cli, write_env, tmp_path, text)
    dr = docs["destinationrule-otlp-collector.yaml"]["spec"]
    assert "trafficPolicy" not in dr  # no LB, no connection pool, no outlier detection
    vs = docs["virtualservice-otlp-collector.yaml"]["spec"]
    # Istio retries by default: "off" is said explicitly
    assert vs["http"][0]["retries"] == {"attempts": 0}


def test_switches_on_render_circuit_breaker_and_retries(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + DR.format(lb="random"))
    tp = docs["destinationrule-otlp-collector.yaml"]["spec"]["trafficPolicy"]
    assert tp["outlierDetection"] == {"consecutive5xxErrors": 7, "interval": "5s", "baseEjectionTime": "1m",
                                      "maxEjectionPercent": 20}
    assert tp["connectionPool"] == {"tcp": {"maxConnections": 10}}
    vs = docs["virtualservice-otlp-collector.yaml"]["spec"]
    assert vs["http"][0]["retries"] == {"attempts": 2, "retryOn": "503,gateway-error"}


def test_tracing_custom_tags_and_access_logs(cli, write_env, tmp_path):
    text = MINIMAL + """
tracing:
  sampling_rate: 0.005
  zipkin_endpoint: https://zipkin.tracing.svc.cluster.local:9412/custom/spans
  custom_tags:
    cluster: {literal: {value: prod-eu}}
    pod: {environment: {name: POD_NAME, default_value: unknown}}
    user: {header: {name: x-user-id}}
access_logs:
  providers: [envoy, zipkin]
  filter: response.code >= 400
"""
    docs = synth(cli, write_env, tmp_path, text)
    tel = docs["telemetry-mesh-default.yaml"]["spec"]
    assert tel["tracing"] == [{
        "providers": [{"name": "zipkin"}], "randomSamplingPercentage": 0.5,
        "customTags": {"cluster": {"literal": {"value": "prod-eu"}},
                       "pod": {"environment": {"name": "POD_NAME", "defaultValue": "unknown"}},
                       "user": {"header": {"name": "x-user-id"}}}}]
    assert tel["accessLogging"] == [{"providers": [{"name": "envoy"}, {"name": "zipkin"}],
                                     "filter": {"expression": "response.code >= 400"}}]
    values = docs["configmap-otlp-istio-mesh-values.yaml"]
    mesh = yaml.safe_load(values["data"]["values.yaml"])["meshConfig"]
    assert mesh["extensionProviders"] == [{"name": "zipkin", "zipkin": {
        "service": "zipkin.tracing.svc.cluster.local", "port": 9412, "path": "/custom/spans"}}]


def test_sampling_percentages_have_no_float_noise(cli, write_env, tmp_path):
    for rate, pct in [(0.1, 10), (0.07, 7), (0.29, 29), (1.0, 100), (0.0001, 0.01)]:
        docs = synth(cli, write_env, tmp_path, MINIMAL + f"tracing: {{sampling_rate: {rate}}}\n")
        assert docs["telemetry-mesh-default.yaml"]["spec"]["tracing"][0]["randomSamplingPercentage"] == pct
        assert f"randomSamplingPercentage: {pct}\n" in (tmp_path / "out/env/telemetry-mesh-default.yaml").read_text()


def test_tracing_disabled_and_opentelemetry_provider(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + "tracing: {enabled: false}\n")
    assert docs["telemetry-mesh-default.yaml"]["spec"]["tracing"] == [{"disableSpanReporting": True}]
    docs = synth(cli, write_env, tmp_path, MINIMAL + """
tracing:
  provider: opentelemetry
  provider_name: otel-tracing
  zipkin_endpoint: http://otlp-collector.otlp-system:4317
  mesh_config: external
""")
    assert docs["telemetry-mesh-default.yaml"]["spec"]["tracing"][0]["providers"] == [{"name": "otel-tracing"}]
    assert "configmap-istio.yaml" not in docs  # the mesh config is managed elsewhere


def test_zipkin_port_when_tracing_sends_to_the_collector(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + "tracing: {zipkin_endpoint: 'http://otlp-collector.otlp-system:9411'}\n")
    ports = [(p["name"], p["port"]) for p in docs["service-otlp-collector.yaml"]["spec"]["ports"]]
    assert ("zipkin", 9411) in ports
    config = yaml.safe_load(docs["configmap-otlp-collector-config.yaml"]["data"]["config.yaml"])
    assert config["receivers"]["zipkin"] == {"endpoint": "0.0.0.0:9411"}
    docs = synth(cli, write_env, tmp_path, MINIMAL + "prometheus: {enabled: false}\n")
    ports = [p["name"] for p in docs["service-otlp-collector.yaml"]["spec"]["ports"]]
    assert ports == ["otlp-grpc", "otlp-http"]
    assert "servicemonitor-otlp-collector.yaml" not in docs
    assert "annotations" not in docs["service-otlp-collector.yaml"]["metadata"]


def test_security_policies(cli, write_env, tmp_path):
    text = MINIMAL + """
mtls: {mode: Permissive}
peer_authentications:
  - {name: default, namespace: otlp-system, mode: PERMISSIVE}   # restates mtls.mode: rendered once
  - {name: collector-strict, mode: strict, selector: {match_labels: {app: otlp-collector}}}
  - {name: default, namespace: legacy, mode: DISABLE}
authorization_policies:
  - name: otlp-collector-authz
    selector: {match_labels: {app: otlp-collector}}
    action: ALLOW
    rules:
      - from: [{principals: [cluster.local/ns/default/sa/app1]}]
        to: [{methods: [POST], paths: [/v1/traces]}]
  - {name: deny-all, namespace: legacy, action: deny}
"""
    docs = synth(cli, write_env, tmp_path, text)
    assert docs["peerauthentication-otlp-system-default.yaml"]["spec"] == {"mtls": {"mode": "PERMISSIVE"}}
    legacy = docs["peerauthentication-legacy-default.yaml"]
    assert legacy["metadata"]["namespace"] == "legacy" and legacy["spec"] == {"mtls": {"mode": "DISABLE"}}
    assert docs["peerauthentication-collector-strict.yaml"]["spec"] == {
        "mtls": {"mode": "STRICT"}, "selector": {"matchLabels": {"app": "otlp-collector"}}}
    ap = docs["authorizationpolicy-otlp-collector-authz.yaml"]["spec"]
    assert ap == {"selector": {"matchLabels": {"app": "otlp-collector"}}, "action": "ALLOW",
                  "rules": [{"from": [{"source": {"principals": ["cluster.local/ns/default/sa/app1"]}}],
                             "to": [{"operation": {"methods": ["POST"], "paths": ["/v1/traces"]}}]}]}
    assert docs["authorizationpolicy-deny-all.yaml"]["spec"] == {"action": "DENY"}


def test_collector_versions_follow_subsets_and_overrides(cli, write_env, tmp_path):
    text = MINIMAL + """
destination_rules:
  - host: otlp-collector.otlp-system.svc.cluster.local
    subsets:
      - {name: stable, labels: {version: v1}}
      - {name: canary, labels: {version: v2, track: canary}}
collector:
  image: otel/opentelemetry-collector-contrib:0.110.0
  replicas: 3
  versions:
    v2: {image: "otel/opentelemetry-collector-contrib:0.111.0", replicas: 1}
"""
    docs = synth(cli, write_env, tmp_path, text)
    v1, v2 = docs["deployment-otlp-collector-v1.yaml"], docs["deployment-otlp-collector-v2.yaml"]
    assert v1["spec"]["replicas"] == 3
    assert v1["spec"]["template"]["spec"]["containers"][0]["image"].endswith("0.110.0")
    assert v2["spec"]["replicas"] == 1
    assert v2["spec"]["template"]["spec"]["containers"][0]["image"].endswith("0.111.0")
    assert v2["spec"]["template"]["metadata"]["labels"] == {"app": "otlp-collector", "version": "v2", "track": "canary",
                                                            "app.kubernetes.io/name": "otlp-collector"}
    assert v2["spec"]["selector"]["matchLabels"] == {"app": "otlp-collector", "version": "v2", "track": "canary"}


def test_extends_deep_merges_a_base(cli, write_env, tmp_path):
    write_env("_base.yaml", MINIMAL + """
tracing: {sampling_rate: 0.01, custom_tags: {team: {literal: {value: platform}}}}
mtls: {mode: STRICT}
prometheus: {interval: 15s}
""")
    docs = synth(cli, write_env, tmp_path, "extends: _base.yaml\ntracing: {sampling_rate: 1.0}\n", name="dev.yaml")
    tel = docs["telemetry-mesh-default.yaml"]["spec"]["tracing"][0]
    assert tel["randomSamplingPercentage"] == 100  # overridden
    assert tel["customTags"] == {"team": {"literal": {"value": "platform"}}}  # merged from the base
    assert docs["peerauthentication-default.yaml"]["spec"]["mtls"]["mode"] == "STRICT"
    assert docs["servicemonitor-otlp-collector.yaml"]["spec"]["endpoints"][0]["interval"] == "15s"
    assert not (tmp_path / "out" / "_base").exists()  # bases are never rendered


def test_flux_wiring_applies_this_folder_with_pruning_and_health_checks(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + DR.format(lb="round_robin") + """
collector: {versions: {v2: {replicas: 1}}}
flux: {url: "https://git.example.com/acme/env.git", branch: release, secret_ref: git-token, interval: 5m,
       layout: folder, depends_on: [istiod, flux-system/infra-controllers, {name: monitoring, namespace: obs}]}
""", name="qa.yaml")
    repo = docs["gitrepository-otlp-istio-qa.yaml"]
    assert repo["apiVersion"] == "source.toolkit.fluxcd.io/v1"
    assert repo["metadata"]["namespace"] == "flux-system"
    assert repo["spec"] == {"url": "https://git.example.com/acme/env.git", "interval": "1m",
                            "ref": {"branch": "release"}, "secretRef": {"name": "git-token"}}
    ks = docs["kustomization-otlp-istio-qa.yaml"]
    assert ks["apiVersion"] == "kustomize.toolkit.fluxcd.io/v1"
    spec = ks["spec"]
    assert spec["path"] == "./clusters/qa" and spec["prune"] is True and spec["interval"] == "5m"
    assert spec["sourceRef"] == {"kind": "GitRepository", "name": "otlp-istio-qa"}
    assert spec["dependsOn"] == [{"name": "istiod"}, {"name": "infra-controllers", "namespace": "flux-system"},
                                 {"name": "monitoring", "namespace": "obs"}]
    # Flux waits for every collector workload the chart renders
    assert spec["healthChecks"] == [
        {"apiVersion": "apps/v1", "kind": "Deployment", "name": f"otlp-collector-{v}", "namespace": "otlp-system"}
        for v in ("v1", "v2")]
    assert {f"deployment-otlp-collector-{v}.yaml" for v in ("v1", "v2")} <= set(docs)


def test_flux_layout_uses_bootstraps_source_and_its_own_workload_path(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL + "flux: {}\n", name="qa.yaml")
    assert "gitrepository-otlp-istio-qa.yaml" not in docs  # bootstrap's flux-system is the source
    # two Kustomizations: -base (namespace and collector, then health checks on the CRDs the
    # environment needs), then the mesh objects once -base is Ready
    base = docs["kustomization-otlp-istio-qa-base.yaml"]["spec"]
    assert base["path"] == "./otlp-istio/qa/base" and "dependsOn" not in base
    assert base["sourceRef"] == {"kind": "GitRepository", "name": "flux-system"}
    crds = [h["name"] for h in base["healthChecks"] if h["kind"] == "CustomResourceDefinition"]
    assert crds == ["peerauthentications.security.istio.io", "servicemonitors.monitoring.coreos.com",
                    "telemetries.telemetry.istio.io"]
    assert all(h["apiVersion"] == "apiextensions.k8s.io/v1" and "namespace" not in h
               for h in base["healthChecks"] if h["kind"] == "CustomResourceDefinition")
    spec = docs["kustomization-otlp-istio-qa.yaml"]["spec"]
    assert spec["path"] == "./otlp-istio/qa/mesh" and spec["dependsOn"] == [{"name": "otlp-istio-qa-base"}]
    assert spec["sourceRef"] == {"kind": "GitRepository", "name": "flux-system"} and "healthChecks" not in spec
    custom = synth(cli, write_env, tmp_path, MINIMAL + "flux: {path: './apps/{env}/otel', source_ref: fleet}\n",
                   name="qa.yaml")["kustomization-otlp-istio-qa.yaml"]["spec"]
    assert custom["path"] == "./apps/qa/otel/mesh" and custom["sourceRef"]["name"] == "fleet"


def test_mesh_config_forms(cli, write_env, tmp_path):
    def mesh_objects(form: str, extra: str = "") -> dict:
        docs = synth(cli, write_env, tmp_path, MINIMAL + f"tracing: {{mesh_config: {form}{extra}}}\n")
        return {n: d for n, d in docs.items() if n in ("configmap-istio.yaml", "configmap-otlp-istio-mesh-values.yaml")}

    # helm-values (default): values for istiod's HelmRelease valuesFrom; helm-controller watches it
    values = mesh_objects("helm-values", ", mesh_values_namespace: flux-system")
    cm = values.pop("configmap-otlp-istio-mesh-values.yaml")
    assert not values and cm["metadata"]["namespace"] == "flux-system"
    assert cm["metadata"]["labels"]["reconcile.fluxcd.io/watch"] == "Enabled"
    mesh = yaml.safe_load(cm["data"]["values.yaml"])["meshConfig"]
    assert mesh["enableTracing"] is True and mesh["extensionProviders"][0]["name"] == "zipkin"
    # configmap: istiod's own ConfigMap, merged by Flux and never pruned
    cm = mesh_objects("configmap")["configmap-istio.yaml"]
    assert cm["metadata"]["annotations"] == {"kustomize.toolkit.fluxcd.io/ssa": "Merge",
                                             "kustomize.toolkit.fluxcd.io/prune": "disabled"}
    assert yaml.safe_load(cm["data"]["mesh"])["extensionProviders"] == mesh["extensionProviders"]
    # external: nothing
    assert mesh_objects("external") == {}


def test_no_flux_section_renders_no_flux_objects(cli, write_env, tmp_path):
    docs = synth(cli, write_env, tmp_path, MINIMAL)
    assert not [n for n in docs if n.startswith(("gitrepository-", "kustomization-"))]


def test_json_output_lists_files(cli, tmp_path):
    import json

    from tests.conftest import ENVIRONMENTS
    r = cli("synth", "-c", ENVIRONMENTS, "--out", tmp_path, "-o", "json")
    assert r.code == 0, r
    data = json.loads(r.out)
    assert [e["name"] for e in data["environments"]] == ["dev", "prod", "staging"]
    prod = next(e for e in data["environments"] if e["name"] == "prod")
    assert "virtualservice-otlp-collector.yaml" in prod["files"]
