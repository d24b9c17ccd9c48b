#!/usr/bin/env python3
"""A fleet of environments for the benchmarks: ``python bench/fleet.py --envs 1000 --out DIR``.

Every environment renders 53 documents (15 VirtualService/DestinationRule pairs with a 90/10
split between subsets ``v1`` and ``v2``, 15 AuthorizationPolicies, and the collector's own 8) and
passes the validation gate: the services its rules route to are declared under
``external_services`` (one workload per version, in the mesh), so the analyzer resolves every
host, port, subset and selector and has nothing to report. Environment ``i`` lives in namespace
``otlp-<i>``; the files are ``env-<i>.yaml`` (three digits at least), so names sort by number.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

SERVICES = 15  # per environment: 3 documents each (VirtualService, DestinationRule, AuthorizationPolicy)


def environment(i: int, services: int = SERVICES) -> dict:
    """Environment ``i``: 53 rendered documents, every reference resolved."""
    ns = f"otlp-{i}"
    vss, drs, aps, ext = [], [], [], []
    for s in range(services):
        host = f"svc-{s}.{ns}.svc.cluster.local"
        vss.append({"hosts": [host], "http": [{
            "match_rules": [{"uri": {"prefix": f"/api/{s}"}}],
            "route": [{"destination": {"host": host, "subset": "v2", "port": 8080}, "weight": 10},
                      {"destination": {"host": host, "subset": "v1", "port": 8080}, "weight": 90}],
            "timeout": "15s", "retries": {"attempts": 2, "per_try_timeout": "5s", "retry_on": "5xx,reset"}}]})
        drs.append({"host": host, "traffic_policy": {
            "load_balancer": "least_request",
            "connection_pool": {"tcp": {"max_connections": 100, "connect_timeout": "1s"}},
            "outlier_detection": {"consecutive_errors": 5, "interval": "10s", "base_ejection_time": "30s",
                                  "max_ejection_percent": 50}},
            "subsets": [{"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}}]})
        aps.append({"name": f"allow-{s}", "selector": {"match_labels": {"app": f"svc-{s}"}}, "action": "ALLOW",
                    "rules": [{"from": [{"principals": [f"cluster.local/ns/{ns}/sa/client-{s}"]}],
                               "to": [{"methods": ["GET", "POST"], "paths": [f"/api/{s}/*"]}]}]})
        ext.append({"name": f"svc-{s}", "ports": [{"name": "http", "port": 8080}],
                    "selector": {"app": f"svc-{s}"}, "versions": ["v1", "v2"]})
    return {
        "istio_version": "1.24.0", "collector_service": "otlp-collector", "namespace": ns,
        "tracing": {"sampling_rate": 0.05, "zipkin_endpoint": "http://jaeger.observability:9411",
                    "custom_tags": {"env": {"literal": {"value": f"env-{i}"}}}},
        "mtls": {"mode": "STRICT"},
        "virtual_services": vss, "destination_rules": drs, "authorization_policies": aps,
        "external_services": ext,
        "access_logs": {"providers": ["envoy"], "filter": "response.code >= 400"},
    }


def env_name(i: int) -> str:
    return f"env-{i:03d}"


def make_config(folder: Path, count: int, start: int = 0) -> list[str]:
    """Write environments ``start`` … ``start + count - 1`` into ``folder``; their names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(start, start + count):
        (folder / f"{env_name(i)}.yaml").write_text(yaml.safe_dump(environment(i), sort_keys=False))
        names.append(env_name(i))
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--envs", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True, help="folder of the environment files to write")
    args = parser.parse_args()
    make_config(args.out, args.envs)
    print(f"{args.envs} environments in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
