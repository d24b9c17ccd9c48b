"""What doctor's commands read, from their options: a sidecar's config dump (a file or a pod),
certificate bundles and the identity to expect, the Prometheus target with its headers and
window, the one environment a cluster check compares, the endpoint a test span goes to.

Bad input is a :class:`UserError` (exit 2) that names the option.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from ..errors import UserError
from . import certs, envoy, metrics, sources, span

WINDOW = re.compile(r"\d+[smhdw]")  # a Prometheus duration


def read_dump(config_dump: Optional[Path], pod: Optional[str], kubeconfig: Optional[str],
              context: Optional[str]) -> envoy.Dump:
    """``--config-dump FILE`` or ``--pod NS/NAME`` (read live through kubectl), exactly one."""
    if (config_dump is None) == (pod is None):
        raise UserError("give exactly one of --config-dump FILE or --pod NS/NAME")
    if config_dump is not None:
        return envoy.load(config_dump)
    from .. import kubectl
    return envoy.parse_text(kubectl.config_dump(pod, kubeconfig=kubeconfig, context=context), f"pod {pod}")


def cert_bundles(paths: list[Path], secrets: list[Path], expected: certs.Expected, *,
                 config_dump: Optional[Path] = None, pod: Optional[str] = None, kubeconfig: Optional[str] = None,
                 context: Optional[str] = None) -> tuple[list[certs.Bundle], certs.Expected]:
    """The bundles of PEM files, Secrets and a sidecar's dump, and the identity to expect: with a
    dump and no namespace, service account or SPIFFE ID given, the pod's own."""
    bundles = certs.from_files(list(paths))
    for s in secrets:
        bundles.extend(certs.from_secret(s))
    if config_dump is not None or pod is not None:
        dump = read_dump(config_dump, pod, kubeconfig, context)
        if not any((expected.spiffe_id, expected.namespace, expected.service_account)):
            trust_domain = expected.trust_domain
            expected = envoy.identity(dump) or expected  # the pod's own namespace and service account
            if trust_domain:
                expected.trust_domain = trust_domain
        found = envoy.secret_bundles(dump)
        if not found:
            raise UserError(f"{config_dump or pod}: the dump's secrets hold no certificate (is it a sidecar's full "
                            "config_dump? secrets are left out by ?resource= filters)")
        bundles.extend(found)
    if not bundles:
        raise UserError("no certificates given: name PEM files, --secret FILE, --config-dump FILE or --pod NS/NAME")
    return bundles, expected


def metrics_target(config_dir: Path, env: Optional[str], namespace: Optional[str],
                   workload: Optional[str]) -> metrics.Target:
    """The environment's collector and thresholds (``--env``), else ``--namespace`` and ``--workload``."""
    if env:
        from ..config.loader import load_environments
        [environment] = load_environments(config_dir, [env])
        return metrics.target_of(environment.config)
    if namespace and workload:
        return metrics.Target(namespace=namespace, workload=workload)
    raise UserError("name the environment (--env E) or the workloads (--namespace NS --workload REGEX)")


def check_window(window: str) -> str:
    if not WINDOW.fullmatch(window):
        raise UserError(f"--window {window}: a Prometheus duration such as 5m or 1h")
    return window


def headers(values: list[str]) -> dict[str, str]:
    """``--header 'NAME: VALUE'`` options as a mapping (the values are never printed)."""
    out = {}
    for h in values:
        name, sep, value = h.partition(":")
        if not sep or not name.strip():
            raise UserError(f"--header {name.strip() or h!r}: write it as 'NAME: VALUE'")
        out[name.strip()] = value.strip()
    return out


def one_environment(out: Path, config_dir: Optional[Path], envs: Optional[list[str]],
                    message: str = "name the environment the cluster runs: --env E") -> sources.Manifests:
    manifests = sources.load(None, config_dir, out, envs)
    if len(manifests) != 1:
        raise UserError(message)
    return manifests[0]


def span_endpoint(endpoint: Optional[str], protocol: Optional[str], out: Path, config_dir: Optional[Path],
                  envs: Optional[list[str]]) -> tuple[str, str]:
    """``--endpoint`` and ``--protocol``, else the rendered tracing provider's (zipkin by default)."""
    if endpoint is None:
        m = one_environment(out, config_dir, envs, "several environments: name one with --env (or pass --endpoint URL)")
        endpoint, rendered = span.rendered_endpoint(m)
        protocol = protocol or rendered
    return endpoint, protocol or "zipkin"
