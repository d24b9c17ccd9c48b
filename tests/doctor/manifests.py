"""Small manifests for the offline checks' tests (written out by each test)."""
from __future__ import annotations

from pathlib import Path

NAMESPACE = """\
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {istio-injection: enabled}}
"""

SERVICE = """\
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {app: api}
  ports: [{name: http, port: 8080}]
"""


def deployment(name: str, version: str, inject: str | None = None, ns: str = "shop") -> str:
    labels = f"{{app: api, version: {version}" + (f", sidecar.istio.io/inject: '{inject}'" if inject else "") + "}"
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata: {{name: {name}, namespace: {ns}}}
spec:
  selector: {{matchLabels: {{app: api, version: {version}}}}}
  template:
    metadata: {{labels: {labels}}}
    spec: {{containers: [{{name: api, image: api:1}}]}}
"""


def peer_auth(mode: str, name: str = "default", ns: str = "shop", selector: str | None = None) -> str:
    sel = f"\n  selector: {{matchLabels: {selector}}}" if selector else ""
    return f"""\
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {{name: {name}, namespace: {ns}}}
spec:
  mtls: {{mode: {mode}}}{sel}
"""


def write(tmp_path: Path, *docs: str, name: str = "all.yaml") -> Path:
    path = tmp_path / name
    path.write_text("---\n".join(docs))
    return path
