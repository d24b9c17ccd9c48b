"""A real Kubernetes API server for tests: Debian's etcd + kube-apiserver v1.31 on loopback.

Nothing schedules pods (no controller manager, scheduler or kubelet): objects are stored and
validated exactly as a cluster's API server does, which is what the checks need. Built and
cached by ``scripts/tools.sh etcd kube-apiserver kubectl`` (``make bin/kube-apiserver``).

    with KubeApiServer(tmp_path) as api:
        api.install_crds(shared_crd_files())
        api.kubectl("apply", "--server-side", "--dry-run=server", "-f", "dist/prod")
"""
from __future__ import annotations

import secrets
import subprocess
from pathlib import Path
from typing import Sequence

import httpx

from .procs import Process, free_ports, wait_until
from .tools import tool

SHARED_CRDS = Path(__file__).resolve().parents[2].parent / "shared" / "crds"
# Subfolders of ../shared/crds installed too (scripts/gen_schemas.py reads the same ones).
SHARED_CRD_SUBFOLDERS = ("gateway-api",)


class KubeApiServer:
    def __init__(self, tmp_path: Path):
        self.dir = Path(tmp_path) / "kube-apiserver"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.token = secrets.token_hex(16)
        self.etcd_port, self.peer_port, self.port = free_ports(3)
        self.url = f"https://127.0.0.1:{self.port}"
        self.kubeconfig = self.dir / "kubeconfig"
        self._etcd: Process | None = None
        self._api: Process | None = None

    # -------------------------------------------------------------- lifecycle
    def start(self, timeout: float = 90.0) -> "KubeApiServer":
        etcd, apiserver = tool("etcd"), tool("kube-apiserver")
        tool("kubectl")
        d = self.dir
        self._etcd = Process([etcd, "--name", "test", "--data-dir", d / "etcd",
                              "--listen-client-urls", f"http://127.0.0.1:{self.etcd_port}",
                              "--advertise-client-urls", f"http://127.0.0.1:{self.etcd_port}",
                              "--listen-peer-urls", f"http://127.0.0.1:{self.peer_port}",
                              "--initial-advertise-peer-urls", f"http://127.0.0.1:{self.peer_port}",
                              "--initial-cluster", f"test=http://127.0.0.1:{self.peer_port}",
                              "--log-level", "warn"], d / "etcd.log")
        wait_until(lambda: (self._etcd.assert_alive("etcd"),
                            httpx.get(f"http://127.0.0.1:{self.etcd_port}/health", timeout=2).status_code == 200)[1],
                   30, "etcd to be healthy", log=d / "etcd.log")
        subprocess.run(["openssl", "genrsa", "-out", str(d / "sa.key"), "2048"], check=True, capture_output=True)
        subprocess.run(["openssl", "rsa", "-in", str(d / "sa.key"), "-pubout", "-out", str(d / "sa.pub")],
                       check=True, capture_output=True)
        (d / "tokens.csv").write_text(f"{self.token},admin,admin,system:masters\n")
        (d / "certs").mkdir(exist_ok=True)
        self._api = Process([apiserver,
                             "--etcd-servers", f"http://127.0.0.1:{self.etcd_port}",
                             "--bind-address", "127.0.0.1", "--advertise-address", "127.0.0.1",
                             "--secure-port", str(self.port), "--cert-dir", d / "certs",
                             "--service-account-issuer", "https://kubernetes.default.svc.cluster.local",
                             "--service-account-key-file", d / "sa.pub",
                             "--service-account-signing-key-file", d / "sa.key",
                             "--token-auth-file", d / "tokens.csv",
                             "--authorization-mode", "AlwaysAllow",
                             "--endpoint-reconciler-type", "none",
                             # no controller manager creates the `default` ServiceAccount
                             "--disable-admission-plugins", "ServiceAccount",
                             "--service-cluster-ip-range", "10.96.0.0/16",
                             "--v", "0"], d / "kube-apiserver.log")
        headers = {"Authorization": f"Bearer {self.token}"}

        def ready():
            self._api.assert_alive("kube-apiserver")
            return httpx.get(f"{self.url}/readyz", headers=headers, verify=False, timeout=2).status_code == 200

        wait_until(ready, timeout, "kube-apiserver /readyz", interval=0.25, log=d / "kube-apiserver.log")
        self.kubeconfig.write_text(
            "apiVersion: v1\nkind: Config\n"
            f"clusters:\n- name: test\n  cluster:\n    server: {self.url}\n    insecure-skip-tls-verify: true\n"
            f"users:\n- name: admin\n  user:\n    token: {self.token}\n"
            "contexts:\n- name: test\n  context:\n    cluster: test\n    user: admin\n"
            "current-context: test\n")
        return self

    def stop(self) -> None:
        for proc in (self._api, self._etcd):
            if proc is not None:
                proc.stop()
        self._api = self._etcd = None

    def __enter__(self) -> "KubeApiServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -------------------------------------------------------------- use
    def kubectl(self, *args: str | Path, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess:
        """Run the real kubectl against this server; output captured as text."""
        proc = subprocess.run([str(tool("kubectl")), "--kubeconfig", str(self.kubeconfig), *map(str, args)],
                              capture_output=True, text=True, input=input, timeout=120)
        if check and proc.returncode != 0:
            raise AssertionError(f"kubectl {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
        return proc

    def install_crds(self, paths: Sequence[Path]) -> None:
        """Apply CRD files server-side and wait until every CRD is Established."""
        for path in paths:
            self.kubectl("apply", "--server-side", "--force-conflicts", "-f", path)
        self.kubectl("wait", "--for", "condition=Established", "crd", "--all", "--timeout", "60s")


def shared_crd_files() -> list[Path]:
    """The upstream CRDs beside the project (../shared/crds and its Gateway API subfolder), which CI has."""
    files = sorted(SHARED_CRDS.glob("*.yaml"))
    for sub in SHARED_CRD_SUBFOLDERS:
        files += sorted((SHARED_CRDS / sub).glob("*.yaml"))
    if not files:
        raise AssertionError(f"no CRD files in {SHARED_CRDS}: the cluster tests install the upstream CRDs "
                             "from ../shared/crds (CI has it beside the clone)")
    return files
