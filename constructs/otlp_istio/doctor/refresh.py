"""refresh-certs: new workload certificates for the collector, through Git.

Istio issues a sidecar its certificate when the pod starts and renews it in place; when
that is not enough (a rotated root CA, a stuck renewal, a compromised key) the pods must be
replaced. Here that is a change in Git, not a ``kubectl rollout restart`` behind Flux's back:
this sets ``collector.restarted_at`` in the environment file (a surgical text edit: comments
and layout are kept), which renders as the pod-template annotation
``kubectl.kubernetes.io/restartedAt`` of every collector Deployment. One publish, and Flux
rolls the pods; each new pod gets a fresh certificate from istiod.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from ..errors import Problem, UserError
from .result import CheckResult, Status

ID = "refresh-certs"
DESCRIPTION = "roll the collector pods through Git so their sidecars get new certificates"
KEY = "restarted_at"
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def now_stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def set_restarted_at(text: str, stamp: str, file: str) -> str:
    """``text`` with ``collector.restarted_at: "<stamp>"`` set, everything else untouched."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise UserError(Problem(file=file, path="", message=f"invalid YAML: {exc}")) from None
    value = f'"{stamp}"'
    if root is None:
        return f"collector:\n  {KEY}: {value}\n"
    if not isinstance(root, yaml.MappingNode):
        raise UserError(Problem(file=file, path="", message="an environment file is a mapping at the top"))
    collector = next((v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "collector"), None)
    if collector is None:
        sep = "" if text.endswith("\n") or not text else "\n"
        return f"{text}{sep}collector:\n  {KEY}: {value}\n"
    if not isinstance(collector, yaml.MappingNode):
        raise UserError(Problem(file=file, path="collector", line=collector.start_mark.line + 1,
                                message="collector is not a mapping; write it as `collector: {}` or a block"))
    existing = next((v for k, v in collector.value if isinstance(k, yaml.ScalarNode) and k.value == KEY), None)
    if existing is not None:
        return text[:existing.start_mark.index] + value + text[existing.end_mark.index:]
    if collector.flow_style or not collector.value:
        start = collector.start_mark.index + 1  # just after "{"
        sep = ", " if collector.value else ""
        return text[:start] + f"{KEY}: {value}{sep}" + text[start:]
    first = collector.value[0][0]
    line_start = text.rfind("\n", 0, first.start_mark.index) + 1
    return text[:line_start] + " " * first.start_mark.column + f"{KEY}: {value}\n" + text[line_start:]


def refresh(config_dir: Path, env: str, stamp: str | None = None) -> CheckResult:
    from ..config.loader import discover, load_environment
    from ..config.derived import RESTARTED_AT, collector_versions
    stamp = stamp or now_stamp()
    if not TIME_RE.match(stamp):
        raise UserError(f"--at {stamp}: an RFC 3339 time such as 2026-11-25T03:00:00Z")
    files = discover(Path(config_dir))
    if env not in files:
        raise UserError(f"--env {env}: no {config_dir}/{env}.yaml; environments: {', '.join(files) or 'none'}")
    path = files[env]
    before = load_environment(env, path)  # refuse to edit a file that is already broken
    old = path.read_text(encoding="utf-8")
    new = set_restarted_at(old, stamp, str(path))
    path.write_text(new, encoding="utf-8")
    try:
        after = load_environment(env, path)
    except UserError:
        path.write_text(old, encoding="utf-8")
        raise
    c = after.config
    deployments = [f"{c.collector_service}-{v}" for v, _ in collector_versions(c)]
    previous = before.config.collector.restarted_at
    return CheckResult(
        id=ID, status=Status.OK, env=env,
        summary=(f"{path}: collector.{KEY} = {stamp}" + (f" (was {previous})" if previous else "")
                 + f"; renders {RESTARTED_AT} on {', '.join(deployments)}"),
        next=[f"review: otlp-istio diff --env {env}",
              f"roll out: otlp-istio publish --env {env} (Flux applies it; each new pod gets a new certificate)",
              f"watch: kubectl -n {c.namespace} rollout status deployment/{deployments[0]}",
              "verify: otlp-istio doctor certs --config-dump <new pod's dump> (or doctor envoy --pod NS/NAME)"],
        data={"file": str(path), "restarted_at": stamp, "previous": previous, "annotation": RESTARTED_AT,
              "namespace": c.namespace, "deployments": deployments})
