"""Flux's own controllers, run out of cluster against a test API server.

``FluxControllers(api, tmp_path)`` installs the CRDs the two controllers watch (from the
controllers' own modules, cached by scripts/tools.sh beside the binaries), then starts the real
source-controller (fetches Git, serves artifacts on a loopback port) and kustomize-controller
(builds and server-side applies them, prunes, health-checks). No kubelet or
kube-controller-manager runs here, so nothing makes a Deployment available by itself:
``ready_deployments(namespace)`` plays that part for a test.

The API server is shared by the session, and every test's Flux objects live in
``flux-system`` under the same names (bootstrap's), so each run starts and ends by clearing
them: a GitRepository left by an earlier test would otherwise point the new controllers at
that test's stopped Git server and artifact server.
"""
from __future__ import annotations

import datetime
import json
import os
import socket
from pathlib import Path

import httpx

from .apiserver import KubeApiServer
from .procs import Process, free_ports, wait_until
from .tools import tool


class _Exited(BaseException):
    """A controller is gone: stop waiting (BaseException, so wait_until does not retry it)."""


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class FluxControllers:
    def __init__(self, api: KubeApiServer, tmp_path: Path):
        self.api = api
        self.dir = Path(tmp_path) / "flux"
        self.dir.mkdir(parents=True, exist_ok=True)
        self._procs: list[Process] = []

    def start(self) -> "FluxControllers":
        source, kustomize = tool("source-controller"), tool("kustomize-controller")
        crds = [crd for binary in (source, kustomize)  # bin/<name>-crds, linked beside bin/<name>
                for crd in sorted(binary.with_name(f"{binary.name}-crds").glob("*.yaml"))]
        self.api.install_crds(crds)
        self.api.kubectl("create", "namespace", "flux-system", check=False)
        self._clear()
        env = {**os.environ, "KUBECONFIG": str(self.api.kubeconfig), "RUNTIME_NAMESPACE": "flux-system"}
        (self.dir / "storage").mkdir(exist_ok=True)
        storage, *ports = free_ports(5)

        def listen() -> list[str]:  # metrics and health endpoints on loopback, one port each
            return ["--enable-leader-election=false",
                    "--metrics-addr", f"127.0.0.1:{ports.pop()}", "--health-addr", f"127.0.0.1:{ports.pop()}"]
        self._procs.append(Process([source, *listen(), "--storage-path", self.dir / "storage",
                                    "--storage-addr", f"127.0.0.1:{storage}",
                                    "--storage-adv-addr", f"127.0.0.1:{storage}"],
                                   self.dir / "source-controller.log", env=env))
        # dependencies are re-checked every second, not every 30 (nothing else changes timing)
        self._procs.append(Process([kustomize, *listen(), "--requeue-dependency", "1s"],
                                   self.dir / "kustomize-controller.log", env=env))
        try:
            self.wait(lambda: _listening(storage), 60, f"source-controller's artifact server on port {storage}")
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for proc in self._procs:
            proc.stop()
        self._procs.clear()
        self._clear()

    def _clear(self) -> None:
        """Delete every Flux object (controllers stopped: finalizers dropped, nothing pruned)."""
        for kind in ("kustomizations.kustomize.toolkit.fluxcd.io", "gitrepositories.source.toolkit.fluxcd.io"):
            listed = self.api.kubectl("get", kind, "-A", "-o", "json", check=False)
            if listed.returncode != 0:
                continue
            for item in json.loads(listed.stdout).get("items", []):
                name, ns = item["metadata"]["name"], item["metadata"]["namespace"]
                self.api.kubectl("patch", kind, name, "-n", ns, "--type", "merge",
                                 "-p", '{"metadata":{"finalizers":null}}', check=False)
                self.api.kubectl("delete", kind, name, "-n", ns, "--ignore-not-found", "--wait=false", check=False)

    def __enter__(self) -> "FluxControllers":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def logs(self) -> str:
        return "\n".join(f"--- {p.log.name}\n" + "\n".join(p.log.read_text(errors="replace").splitlines()[-25:])
                         for p in self._procs)

    # -------------------------------------------------------------- what a test waits for
    def get(self, resource: str, name: str, namespace: str) -> dict | None:
        proc = self.api.kubectl("get", resource, name, "-n", namespace, "-o", "json", check=False)
        return json.loads(proc.stdout) if proc.returncode == 0 else None

    def reconcile(self, resource: str, name: str, namespace: str = "flux-system") -> None:
        """What `flux reconcile` does: ask for a reconciliation now instead of at the next interval."""
        stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()
        self.api.kubectl("annotate", "--overwrite", resource, name, "-n", namespace,
                         f"reconcile.fluxcd.io/requestedAt={stamp}")

    def wait_ready(self, resource: str, name: str, namespace: str = "flux-system", timeout: float = 120,
                   revision: str | None = None, tick=None) -> dict:
        """Until ``resource/name`` is Ready=True (at ``revision``, when given); its Ready condition."""
        def ready():
            if tick is not None:
                tick()
            status = (self.get(resource, name, namespace) or {}).get("status", {})
            cond = next((c for c in status.get("conditions", []) if c.get("type") == "Ready"), None)
            if not cond or cond.get("status") != "True":
                return None
            applied = status.get("lastAppliedRevision") or status.get("artifact", {}).get("revision")
            if revision is not None and revision not in str(applied):
                return None
            return cond
        return self.wait(ready, timeout, f"{resource}/{name} Ready")

    def wait(self, check, timeout: float, what: str):
        """wait_until, failing at once (with the logs) when a controller has exited."""
        def alive_and(check=check):
            if not all(proc.alive() for proc in self._procs):
                raise _Exited
            return check()
        try:
            return wait_until(alive_and, timeout, what, interval=0.5)
        except _Exited:
            raise AssertionError(f"a Flux controller exited while waiting for {what}:\n{self.logs()}") from None
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{self.logs()}") from None

    def ready_deployments(self, namespace: str) -> None:
        """Mark every Deployment of ``namespace`` rolled out and available (the kubelet's and the
        deployment controller's part), so kustomize-controller's health checks can pass."""
        headers = {"Authorization": f"Bearer {self.api.token}"}
        base = f"{self.api.url}/apis/apps/v1/namespaces/{namespace}/deployments"
        with httpx.Client(verify=False, headers=headers, timeout=10) as client:
            items = client.get(base).json().get("items", [])
            for d in items:
                replicas = d["spec"].get("replicas", 1)
                status = {"observedGeneration": d["metadata"]["generation"], "replicas": replicas,
                          "updatedReplicas": replicas, "readyReplicas": replicas, "availableReplicas": replicas,
                          "conditions": [
                              {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"},
                              {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"}]}
                if d.get("status", {}).get("observedGeneration") == status["observedGeneration"]:
                    continue
                client.patch(f"{base}/{d['metadata']['name']}/status", json={"status": status},
                             headers={"Content-Type": "application/merge-patch+json"}).raise_for_status()
