"""kubectl, for doctor's live checks and ``validate --server``: run against the user's
kubeconfig, with clear errors.

kubectl is what the on-call engineer already has and trusts (auth plugins, contexts,
proxies); the commands call it as a process and read its JSON.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any

from .errors import UserError

TIMEOUT = 60


def kubectl_path() -> str:
    found = os.environ.get("KUBECTL") or shutil.which("kubectl")
    if not found:
        raise UserError("kubectl is not installed (or not on PATH): the live checks run it against your "
                        "kubeconfig; install it, or set KUBECTL=/path/to/kubectl")
    return found


def run(*args: str, kubeconfig: str | None = None, context: str | None = None, stdin: str | None = None,
        check: bool = True) -> subprocess.CompletedProcess:
    cmd = [kubectl_path()]
    if kubeconfig:
        cmd += ["--kubeconfig", kubeconfig]
    if context:
        cmd += ["--context", context]
    cmd += list(args)
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise UserError(f"`kubectl {' '.join(args)}` did not answer in {TIMEOUT}s: is the cluster reachable "
                        "(`kubectl cluster-info`)?") from None
    if check and proc.returncode != 0:
        raise UserError(f"`kubectl {' '.join(args)}` failed: {proc.stderr.strip() or proc.stdout.strip()}; "
                        "check the kubeconfig / context and your permissions (`kubectl auth can-i ...`)")
    return proc


def get_json(*args: str, kubeconfig: str | None = None, context: str | None = None) -> Any:
    proc = run("get", *args, "-o", "json", kubeconfig=kubeconfig, context=context)
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise UserError(f"`kubectl get {' '.join(args)} -o json` printed no JSON") from None


def config_dump(pod: str, *, kubeconfig: str | None = None, context: str | None = None) -> str:
    """A pod's sidecar config dump, through ``pilot-agent request`` in its istio-proxy container."""
    if "/" not in pod:
        raise UserError(f"--pod {pod}: write NAMESPACE/NAME (e.g. shop/frontend-7d9c-x2x)")
    ns, name = pod.split("/", 1)
    proc = run("-n", ns, "exec", name, "-c", "istio-proxy", "--", "pilot-agent", "request", "GET", "config_dump",
               kubeconfig=kubeconfig, context=context, check=False)
    if proc.returncode != 0:
        raise UserError(f"could not read the config dump of pod {pod}: {proc.stderr.strip()}; "
                        "is it running with an istio-proxy container? Alternatively save it yourself: "
                        f"`kubectl -n {ns} port-forward {name} 15000` and `curl localhost:15000/config_dump > dump.json`, "
                        "then --config-dump dump.json")
    return proc.stdout
