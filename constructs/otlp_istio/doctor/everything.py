"""``otlp-istio doctor`` without a subcommand: every check that applies, in one report.

The offline checks run on each environment; the others join when what they read is given
(a sidecar dump, a Prometheus, permission to send a span, a cluster). What does not run is
listed as skipped, with the option that would run it, so nobody mistakes "not checked" for "fine".
"""
from __future__ import annotations

from pathlib import Path

from . import sources
from .result import Report, Skipped


LIVE_CHECKS = ("drift", "live-tracing", "live-routes", "live-mtls")


def run_all(*, out: Path, config_dir: Path | None, envs: list[str] | None, config_dump: Path | None = None,
            prometheus: str | None = None, send_span: bool = False, cluster: bool = False,
            kubeconfig: str | None = None, context: str | None = None) -> Report:
    from . import run_offline
    manifests = sources.load(None, config_dir, out, envs)
    if cluster and len(manifests) != 1:
        from ..errors import UserError
        raise UserError("--cluster compares one environment with the cluster it runs in: name it with --env E "
                        f"(environments here: {', '.join(m.name or '?' for m in manifests)})")
    report = Report(checks=run_offline(manifests))
    if config_dump is not None:
        from . import certs, envoy
        dump = envoy.load(config_dump)
        report.checks.append(envoy.check(dump))
        bundles = envoy.secret_bundles(dump)
        if bundles:
            report.checks.append(certs.check(bundles, expected=envoy.identity(dump)))
        else:
            report.skipped.append(Skipped("certs", f"{config_dump} holds no certificates"))
    else:
        report.skipped.append(Skipped("envoy", "no sidecar dump: add --config-dump FILE"))
        report.skipped.append(Skipped("certs", "no certificates: add --config-dump FILE, or run "
                                               "`otlp-istio doctor certs PEM... | --secret FILE`"))
    for m in manifests:
        if prometheus and m.config is None and m.name:
            from ..config.loader import load_environments
            m.config = load_environments(config_dir or Path("environments"), [m.name])[0].config
        if prometheus:
            from . import metrics
            from ..metrics import Prometheus
            with Prometheus(prometheus) as prom:
                report.checks.append(metrics.check(prom, metrics.target_of(m.config), env=m.name))
        if send_span:
            from . import span
            from ..errors import UserError
            try:
                url, protocol = span.rendered_endpoint(m)
            except UserError as exc:
                report.skipped.append(Skipped("span", exc.render()))
            else:
                result = span.send(url, protocol)
                result.env = m.name
                report.checks.append(result)
        if cluster:
            from . import drift, live
            from ..kubectl import ClusterUnreachable, reach
            try:
                reach(kubeconfig=kubeconfig, context=context)
            except ClusterUnreachable as exc:  # the offline checks stand; the live ones say why they did not run
                report.unreachable = exc.render()
                ids = LIVE_CHECKS + (("live-waypoints",) if live.ambient_mode(m) else ())
                report.skipped.extend(Skipped(id, report.unreachable) for id in ids)
                continue
            report.checks.append(drift.check(m, kubeconfig=kubeconfig, context=context, reached=True))
            for r in live.live_checks(m, kubeconfig=kubeconfig, context=context, reached=True):
                report.checks.append(r)
    if not prometheus:
        report.skipped.append(Skipped("metrics", "no Prometheus: add --prometheus URL"))
    if not send_span:
        report.skipped.append(Skipped("span", "sends a real span: add --span (or `otlp-istio doctor span`)"))
    if not cluster:
        report.skipped.append(Skipped("drift", "needs the cluster: add --cluster (kubectl, your kubeconfig)"))
    return report
