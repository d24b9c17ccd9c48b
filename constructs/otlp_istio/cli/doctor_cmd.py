"""``otlp-istio doctor``: troubleshooting checks, offline on the rendered output and live."""
from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EXIT_FINDINGS, EXIT_UNREACHABLE
from .common import ENVS, Output

OUT = typer.Option(Path("dist"), "--out", help="Rendered output: the checks read OUT/<env>/.", file_okay=False)
CONFIG = typer.Option(None, "--config-dir", "-c", file_okay=False,
                      help="Read environment files instead and render them in memory (nothing is written).")
OUTPUT = typer.Option(Output.text, "--output", "-o", help="text (a report for people) or json ({\"checks\": [...]}).")
KUBECONFIG = typer.Option(None, "--kubeconfig", envvar="KUBECONFIG", help="kubeconfig file (default: kubectl's).")
CONTEXT = typer.Option(None, "--context", help="kubeconfig context (default: the current one).")


def emit(report, output: Output) -> None:
    """Print the report; exit 4 when the cluster did not answer (one line on stderr), else 1
    when a check failed."""
    if output == Output.json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        typer.echo(report.to_text())
    if report.unreachable:
        typer.echo(f"doctor: {report.unreachable}", err=True)
        raise typer.Exit(EXIT_UNREACHABLE)
    if report.failed:
        raise typer.Exit(EXIT_FINDINGS)


def _offline(module, paths, config_dir, out, env, output) -> None:
    from ..doctor import Report, run_offline, sources
    manifests = sources.load(paths, config_dir, out, env)
    emit(Report(checks=run_offline(manifests, (module,))), output)


def doctor(
    ctx: typer.Context,
    out: Path = OUT,
    config_dir: Optional[Path] = CONFIG,
    env: Optional[List[str]] = ENVS,
    config_dump: Optional[Path] = typer.Option(None, "--config-dump", dir_okay=False,
                                               help="Also: envoy and certs on this sidecar config dump."),
    prometheus: Optional[str] = typer.Option(None, "--prometheus", metavar="URL",
                                             help="Also: metrics from this Prometheus, per environment."),
    send_span: bool = typer.Option(False, "--span", help="Also: send a test span to each rendered provider."),
    cluster: bool = typer.Option(False, "--cluster", help="Also: drift, live-tracing, live-routes and live-mtls (and "
                                 "live-waypoints in ambient mode) through kubectl (--kubeconfig / --context)."),
    kubeconfig: Optional[str] = typer.Option(None, "--kubeconfig", envvar="KUBECONFIG", help="With --cluster."),
    context: Optional[str] = typer.Option(None, "--context", help="With --cluster."),
    output: Output = OUTPUT,
) -> None:
    """Run every check that applies and print one report.

    Without a subcommand: tracing, mtls, routes and flows for each environment (of
    --out, or --config-dir); envoy and certs with --config-dump; metrics with
    --prometheus; span with --span; drift and the live-* checks with
    --cluster. Checks not run are listed as skipped, with how to run them.
    Each check prints an id, ok / WARN / FAIL, what it saw and what to do next.

    Examples:

      otlp-istio doctor                       # every environment under dist/

      otlp-istio doctor -e prod -o json

      otlp-istio doctor -e prod --config-dump dump.json --prometheus http://127.0.0.1:9090 --span --cluster

      otlp-istio doctor tracing -e prod       # one check
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..doctor.everything import run_all
    report = run_all(out=out, config_dir=config_dir, envs=env, config_dump=config_dump, prometheus=prometheus,
                     send_span=send_span, cluster=cluster, kubeconfig=kubeconfig, context=context)
    emit(report, output)


def offline_command(doctor_app: typer.Typer, name: str, module_name: str, summary: str) -> None:
    def command(
        paths: Optional[List[Path]] = typer.Argument(None, metavar="PATH",
                                                    help="Any manifests instead of an environment."),
        out: Path = OUT,
        config_dir: Optional[Path] = CONFIG,
        env: Optional[List[str]] = ENVS,
        output: Output = OUTPUT,
    ) -> None:
        import importlib
        _offline(importlib.import_module(f"otlp_istio.doctor.{module_name}"), paths, config_dir, out, env, output)
    command.__doc__ = summary
    doctor_app.command(name)(command)


class FlowsOutput(str, enum.Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def flows_cmd(
    out: Path = OUT,
    config_dir: Optional[Path] = CONFIG,
    env: Optional[List[str]] = ENVS,
    output: FlowsOutput = typer.Option(FlowsOutput.text, "--output", "-o", help=(
        "text (each flow and the hops that decided it), json ({\"checks\": [...]}, the flows under data) or "
        "markdown (a Mermaid diagram and a table, for a pull request).")),
) -> None:
    """Every flow the environment implies, with its verdict and the resources that decided it (offline).

    Applications → collector (OTLP/gRPC and OTLP/HTTP, each signal the
    pipelines take), Prometheus → the metrics port, Envoy → the tracing
    backend and access logs, collector → each exporter, the canary split:
    each followed as Istio resolves it (Service port and protocol, route,
    DestinationRule TLS, PeerAuthentication, AuthorizationPolicies). Fails
    when the output breaks a flow it set up itself; warns when your own
    policies or routes break one. The flows start from the environment file
    (--config-dir, or environments/<env>.yaml beside --out).

    Examples:

      otlp-istio doctor flows -e prod

      otlp-istio doctor flows --config-dir environments -e staging -o json

      otlp-istio doctor flows -e prod -o markdown > flows.md
    """
    from ..doctor import flows, sources
    text, failed = flows.output(sources.load(None, config_dir, out, env), output.value)
    typer.echo(text, nl=False)
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def envoy_cmd(
    config_dump: Optional[Path] = typer.Option(None, "--config-dump", dir_okay=False,
                                               help="A saved /config_dump (JSON) of an Envoy sidecar."),
    pod: Optional[str] = typer.Option(None, "--pod", metavar="NS/NAME",
                                      help="Read the dump live from this pod's istio-proxy (kubectl)."),
    collector: Optional[str] = typer.Option(None, "--collector", metavar="HOST",
                                            help="The collector's host (default: the tracer's cluster host)."),
    kubeconfig: Optional[str] = typer.Option(None, "--kubeconfig", envvar="KUBECONFIG", help="With --pod."),
    context: Optional[str] = typer.Option(None, "--context", help="With --pod: the kubeconfig context."),
    output: Output = OUTPUT,
) -> None:
    """Summarise an Envoy config dump: listeners, clusters, routes, tracer, mTLS to the collector.

    Blocks and typed configs of unknown types are skipped (and listed), never fatal.
    Fails when Envoy rejected a listener or the tracer's cluster is missing.

    Examples:

      kubectl exec -n shop deploy/frontend -c istio-proxy -- pilot-agent request GET config_dump > dump.json

      otlp-istio doctor envoy --config-dump dump.json --collector otlp-collector.otlp-system.svc.cluster.local

      otlp-istio doctor envoy --pod shop/frontend-7d9c-x2x -o json
    """
    from ..doctor import Report, envoy, inputs
    dump = inputs.read_dump(config_dump, pod, kubeconfig, context)
    emit(Report(checks=[envoy.check(dump, collector=collector)]), output)


def certs_cmd(
    paths: Optional[List[Path]] = typer.Argument(None, metavar="PEM", help="PEM files (chains allowed)."),
    secret: Optional[List[Path]] = typer.Option(None, "--secret", dir_okay=False,
                                                help="`kubectl get secret NAME -o yaml` output (repeatable)."),
    config_dump: Optional[Path] = typer.Option(None, "--config-dump", dir_okay=False,
                                               help="The secrets section of an Envoy config dump."),
    pod: Optional[str] = typer.Option(None, "--pod", metavar="NS/NAME",
                                      help="The certificates a pod's sidecar holds, read live (kubectl)."),
    kubeconfig: Optional[str] = typer.Option(None, "--kubeconfig", envvar="KUBECONFIG", help="With --pod."),
    context: Optional[str] = typer.Option(None, "--context", help="With --pod: the kubeconfig context."),
    namespace: Optional[str] = typer.Option(None, "--namespace", help="Expected namespace in the SPIFFE ID."),
    service_account: Optional[str] = typer.Option(None, "--service-account",
                                                  help="Expected service account in the SPIFFE ID."),
    trust_domain: Optional[str] = typer.Option(None, "--trust-domain", help="Expected trust domain."),
    spiffe_id: Optional[str] = typer.Option(None, "--spiffe-id", help="The exact expected SPIFFE ID."),
    warn_days: float = typer.Option(30, "--warn-days", min=0,
                                    help="Warn when fewer days are left (short-lived certs: a fifth of their life)."),
    output: Output = OUTPUT,
) -> None:
    """Certificates: subject, SPIFFE ID, issuer chain, days to expiry.

    Fails on an expired or not-yet-valid certificate, a broken chain, or a
    SPIFFE ID other than expected (with --config-dump and no expectation given:
    the namespace and service account the proxy runs as); warns when expiry is near.

    Examples:

      otlp-istio doctor certs cert-chain.pem root-cert.pem

      kubectl -n istio-system get secret cacerts -o yaml > cacerts.yaml && otlp-istio doctor certs --secret cacerts.yaml

      otlp-istio doctor certs --config-dump dump.json   # expects the pod's own namespace / service account

      otlp-istio doctor certs --pod shop/frontend-7d9c-x2x
    """
    from ..doctor import Report, certs, inputs
    bundles, expected = inputs.cert_bundles(
        paths or [], secret or [], certs.Expected(spiffe_id, namespace, service_account, trust_domain),
        config_dump=config_dump, pod=pod, kubeconfig=kubeconfig, context=context)
    emit(Report(checks=[certs.check(bundles, expected=expected, warn_days=warn_days)]), output)


def span_cmd(
    endpoint: Optional[str] = typer.Option(None, "--endpoint", metavar="URL",
                                           help="Where to send (default: the rendered tracing provider)."),
    protocol: Optional[str] = typer.Option(None, "--protocol", help="zipkin or otlp-http (default: the provider's)."),
    encoding: str = typer.Option("protobuf", "--encoding", help="OTLP/HTTP body: protobuf or json."),
    timeout: float = typer.Option(5.0, "--timeout", min=0.1, help="Seconds to wait for the answer."),
    ca_file: Optional[Path] = typer.Option(None, "--ca-file", dir_okay=False, help="CA bundle for https endpoints."),
    out: Path = OUT,
    config_dir: Optional[Path] = CONFIG,
    env: Optional[List[str]] = ENVS,
    output: Output = OUTPUT,
) -> None:
    """Send one real test span and report status code and latency.

    Zipkin v2 JSON to /api/v2/spans, or OTLP/HTTP (protobuf or JSON) to
    /v1/traces. The report names each failure (DNS, refused, TLS, timeout,
    HTTP 4xx/5xx with the body) and prints the trace id to look up.

    Examples:

      otlp-istio doctor span -e prod                    # the rendered provider's endpoint

      kubectl -n otlp-system port-forward svc/otlp-collector 4318 &

      otlp-istio doctor span --endpoint http://127.0.0.1:4318/v1/traces --protocol otlp-http
    """
    from ..doctor import Report, inputs, span
    endpoint, protocol = inputs.span_endpoint(endpoint, protocol, out, config_dir, env)
    result = span.send(endpoint, protocol, encoding, timeout=timeout, ca_file=str(ca_file) if ca_file else None)
    emit(Report(checks=[result]), output)


def metrics_cmd(
    prometheus: str = typer.Option(..., "--prometheus", metavar="URL", help="Prometheus base URL."),
    env: Optional[str] = typer.Option(None, "--env", "-e", help="The environment (its collector, mTLS mode, "
                                      "sampling and canary thresholds)."),
    config_dir: Path = typer.Option(Path("environments"), "--config-dir", "-c", file_okay=False,
                                    help="Folder of environment files."),
    namespace: Optional[str] = typer.Option(None, "--namespace", help="Without --env: the collector's namespace."),
    workload: Optional[str] = typer.Option(None, "--workload", help="Without --env: a regex of its workloads."),
    window: str = typer.Option("5m", "--window", help="The PromQL range to look back over (5m, 1h)."),
    header: Optional[List[str]] = typer.Option(None, "--header", "-H", metavar="'NAME: VALUE'",
                                               help="An HTTP header for Prometheus (Authorization, "
                                                    "X-Scope-OrgID); values are never printed."),
    output: Output = OUTPUT,
) -> None:
    """Success rate, mTLS share, proxies up and spans arriving, from Prometheus.

    Fails when the success rate is under the environment's canary threshold
    (99 % without one) or Prometheus cannot be asked; an absent series is a
    warning that says why it may be absent.

    Examples:

      otlp-istio doctor metrics --prometheus http://127.0.0.1:9090 -e prod

      otlp-istio doctor metrics --prometheus http://prom:9090 --namespace otlp-system --workload 'otlp-collector-.*'

      otlp-istio doctor metrics --prometheus https://mimir.example.net/prometheus -H 'X-Scope-OrgID: prod' -e prod
    """
    from ..doctor import Report, inputs, metrics
    from ..metrics import Prometheus
    target = inputs.metrics_target(config_dir, env, namespace, workload)
    window = inputs.check_window(window)
    with Prometheus(prometheus, headers=inputs.headers(header or [])) as prom:
        emit(Report(checks=[metrics.check(prom, target, window=window, env=env)]), output)


def drift_cmd(
    out: Path = OUT,
    config_dir: Optional[Path] = CONFIG,
    env: Optional[List[str]] = ENVS,
    kubeconfig: Optional[str] = KUBECONFIG,
    context: Optional[str] = CONTEXT,
    output: Output = OUTPUT,
) -> None:
    """The live cluster against the rendering: objects missing, extra, or changed field by field.

    What `flux diff` shows, without Flux: every rendered object is read with
    kubectl through your kubeconfig. Istio objects are compared whole (a field
    added by hand shows); Kubernetes objects on the rendered fields.

    Examples:

      otlp-istio doctor drift -e prod --context prod-cluster

      otlp-istio doctor drift --config-dir environments -e prod -o json
    """
    from ..doctor import Report, drift, inputs
    m = inputs.one_environment(out, config_dir, env)
    emit(Report(checks=[drift.check(m, kubeconfig=kubeconfig, context=context)]), output)


def cluster_cmd(
    out: Path = OUT,
    config_dir: Optional[Path] = CONFIG,
    env: Optional[List[str]] = ENVS,
    kubeconfig: Optional[str] = KUBECONFIG,
    context: Optional[str] = CONTEXT,
    output: Output = OUTPUT,
) -> None:
    """The live mesh of the environment's namespaces: tracing, routes and mTLS readiness on real pods.

    Reads Namespaces (injection labels), Services, Pods (sidecar or not),
    VirtualServices, DestinationRules, ServiceEntries, PeerAuthentications,
    Telemetry, waypoint Gateways and the mesh ConfigMap with kubectl, and runs the
    tracing, routes and mtls checks on them (ids live-tracing, live-routes,
    live-mtls): tracing in force, which pods each subset selects, which STRICT pods
    lack a sidecar. In ambient mode, live-waypoints reads the waypoint Gateway's
    Programmed condition and each Service's istio.io/WaypointBound condition.

    Examples:

      otlp-istio doctor cluster -e prod --context prod-cluster
    """
    from ..doctor import Report, inputs, live
    m = inputs.one_environment(out, config_dir, env)
    emit(Report(checks=live.live_checks(m, kubeconfig=kubeconfig, context=context)), output)


def refresh_certs_cmd(
    env: str = typer.Option(..., "--env", "-e", help="The environment whose collector pods to roll."),
    config_dir: Path = typer.Option(Path("environments"), "--config-dir", "-c", file_okay=False,
                                    help="Folder of environment files."),
    at: Optional[str] = typer.Option(None, "--at", help="The RFC 3339 time to write (default: now, UTC)."),
    output: Output = OUTPUT,
) -> None:
    """Give the collector's sidecars new certificates: a pod rollout through Git.

    Sets collector.restarted_at in the environment file (comments and layout
    kept); it renders as the pod-template annotation
    kubectl.kubernetes.io/restartedAt. Publish once and Flux rolls the pods;
    each new pod gets a fresh certificate from istiod.

    Examples:

      otlp-istio doctor refresh-certs -e prod && otlp-istio diff -e prod && otlp-istio publish -e prod
    """
    from ..doctor import Report, refresh
    emit(Report(checks=[refresh.refresh(config_dir, env, at)]), output)


def register(app: typer.Typer) -> None:
    doctor_app = typer.Typer(
        name="doctor", add_completion=False, pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        help=("Troubleshoot tracing, mTLS and routing: offline on the rendered output, live against "
              "Envoy dumps, certificates and trace endpoints.\n\nExit 0 when no check failed, 1 when one "
              "did, 2 for bad input."))
    doctor_app.callback(invoke_without_command=True)(doctor)
    offline_command(doctor_app, "tracing", "tracing", (
        "Tracing on or off, provider and endpoint, sampling, custom tags (offline).\n\n"
        "Fails when the Telemetry selects a provider the rendered mesh config does not define, or whose "
        "service istiod cannot find (not a full host name such as jaeger.observability.svc.cluster.local).\n\n"
        "Examples:\n\n  otlp-istio doctor tracing -e prod\n\n  otlp-istio doctor tracing --config-dir environments -e dev"))
    offline_command(doctor_app, "mtls", "mtls", (
        "mTLS mode per workload and readiness for STRICT (offline).\n\n"
        "Fails when STRICT covers workloads without a sidecar or a DestinationRule sends plaintext to them.\n\n"
        "Examples:\n\n  otlp-istio doctor mtls -e prod\n\n  otlp-istio doctor mtls k8s/ -o json"))
    offline_command(doctor_app, "routes", "routes", (
        "Per VirtualService: where each route sends traffic, with which weights, to which workloads (offline).\n\n"
        "Fails on routes to hosts, subsets or ports nothing defines.\n\n"
        "Examples:\n\n  otlp-istio doctor routes -e prod"))
    doctor_app.command("flows")(flows_cmd)
    doctor_app.command("envoy")(envoy_cmd)
    doctor_app.command("certs")(certs_cmd)
    doctor_app.command("span")(span_cmd)
    doctor_app.command("metrics")(metrics_cmd)
    doctor_app.command("drift")(drift_cmd)
    doctor_app.command("cluster")(cluster_cmd)
    doctor_app.command("refresh-certs")(refresh_certs_cmd)
    app.add_typer(doctor_app, name="doctor")
