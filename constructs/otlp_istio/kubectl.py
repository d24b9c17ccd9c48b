"""kubectl, for doctor's live checks and ``validate --server``: run against the user's
kubeconfig, with clear errors.

kubectl is what the on-call engineer already has and trusts (auth plugins, contexts,
proxies); the commands call it as a process and read its JSON.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from typing import Any

from .errors import EXIT_UNREACHABLE, UserError

TIMEOUT = 60
REACH_TIMEOUT = "10s"  # how long the first question to the API server may take
# client-go's log lines (klog): "E1207 02:45:47.299382   19868 memcache.go:265] ..."
_KLOG = re.compile(r"^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^ \]]+\] ")
_KLOG_ERR = re.compile(r'err="((?:[^"\\]|\\.)*)"')


class ClusterUnreachable(UserError):
    """No API server answered: which kubeconfig and server were tried, and why it failed (exit 4)."""

    exit_code = EXIT_UNREACHABLE


def client_message(stderr: str) -> str:
    """kubectl's own message, one line, without client-go's log lines (when there is nothing
    else, the ``err="..."`` of the last of them)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    own = [line for line in lines if not _KLOG.match(line)]
    if own:
        text = own[-1]
    else:
        errs = _KLOG_ERR.findall(stderr)
        text = errs[-1].replace('\\"', '"') if errs else (lines[-1] if lines else "no message")
    return text.removeprefix("error: ").removeprefix("Error: ")


def _reason(message: str) -> str:
    """Why the API server did not answer, in a few words."""
    refused = re.search(r"The connection to the server (\S+) was refused", message)
    if refused:
        return "connection refused"
    return message.removeprefix("Unable to connect to the server: ")


def kubeconfig_shown(kubeconfig: str | None) -> str:
    """The kubeconfig kubectl reads: --kubeconfig, else $KUBECONFIG, else ~/.kube/config."""
    return kubeconfig or os.environ.get("KUBECONFIG") or "~/.kube/config"


def reach(*, kubeconfig: str | None = None, context: str | None = None) -> str:
    """Ask the API server for its version once; its URL when it answers. Otherwise
    :class:`ClusterUnreachable`, one line naming the kubeconfig, the context and the server tried
    and why it failed (kubectl's and client-go's own logs left out)."""
    where = f"kubeconfig {kubeconfig_shown(kubeconfig)}"
    files = ([kubeconfig] if kubeconfig else [f for f in (os.environ.get("KUBECONFIG") or "").split(os.pathsep) if f]
             or ["~/.kube/config"])
    if not any(os.path.exists(os.path.expanduser(f)) for f in files):
        raise ClusterUnreachable(f"no cluster to ask: {where}: no such file (give --kubeconfig, or set KUBECONFIG)")
    view = run("config", "view", "--minify", "-o", "json", kubeconfig=kubeconfig, context=context, check=False)
    if view.returncode != 0:
        message = client_message(view.stderr)
        if "current-context must exist" in message:
            message = "it sets no current context (give --context)"
        raise ClusterUnreachable(f"no cluster to ask: {where}{f' (context {context})' if context else ''}: {message}")
    try:
        config = json.loads(view.stdout)
        server = config["clusters"][0]["cluster"]["server"]
    except (ValueError, LookupError, TypeError):
        raise ClusterUnreachable(f"no cluster to ask: {where}: it names no cluster server") from None
    where += f" (context {context or config.get('current-context') or '?'}), server {server}"
    try:
        probe = run("get", "--raw", "/version", f"--request-timeout={REACH_TIMEOUT}", kubeconfig=kubeconfig,
                    context=context, check=False)
    except UserError:  # no answer within kubectl's own time limit
        raise ClusterUnreachable(f"cluster not reachable: {where}: no answer in {TIMEOUT}s") from None
    if probe.returncode != 0:
        raise ClusterUnreachable(f"cluster not reachable: {where}: {_reason(client_message(probe.stderr))}")
    return server


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
        raise _failed(args, proc)
    return proc


def _failed(args: tuple[str, ...], proc: subprocess.CompletedProcess) -> UserError:
    return UserError(f"`kubectl {' '.join(args)}` failed: {client_message(proc.stderr or proc.stdout)}; "
                     "check the kubeconfig / context and your permissions (`kubectl auth can-i ...`)")


def _parsed(args: tuple[str, ...], proc: subprocess.CompletedProcess) -> Any:
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise UserError(f"`kubectl get {' '.join(args)} -o json` printed no JSON") from None


def get_json(*args: str, kubeconfig: str | None = None, context: str | None = None) -> Any:
    return _parsed(args, run("get", *args, "-o", "json", kubeconfig=kubeconfig, context=context))


def get_json_if_served(*args: str, kubeconfig: str | None = None, context: str | None = None) -> Any | None:
    """:func:`get_json`, or None when the API server does not serve the resource type (its CRD is
    not installed, e.g. the Gateway API's on a cluster without it)."""
    proc = run("get", *args, "-o", "json", kubeconfig=kubeconfig, context=context, check=False)
    if proc.returncode != 0:
        if "the server doesn't have a resource type" in proc.stderr:
            return None
        raise _failed(("get", *args), proc)
    return _parsed(args, proc)


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
