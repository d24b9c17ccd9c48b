"""Running a flow example (``otlp_istio/flows/examples/<code>/*.yaml``) or any environment text:
render the environment file in memory, let the manifests after it stand in for rendered objects
of the same kind, namespace and name (or join them), and follow every flow."""
from __future__ import annotations

import re
from pathlib import Path

from otlp_istio import flows
from otlp_istio.config.loader import load_environment
from otlp_istio.synth.render import render_environment
from otlp_istio.validate.context import from_environment
from otlp_istio.yamlio import Document, load_documents_text

# The collector Service with OTLP/gRPC declared as TCP (its name's prefix): HTTP routes and HTTP-only
# policy fields do not apply on that port. A document to put after an environment file.
TCP_GRPC_SERVICE = """
---
apiVersion: v1
kind: Service
metadata: {name: otlp-collector, namespace: otlp-system, labels: {app: otlp-collector}}
spec:
  selector: {app: otlp-collector}
  ports:
  - {name: tcp-otlp-grpc, port: 4317, targetPort: 4317}
  - {name: otlp-http, appProtocol: http, port: 4318, targetPort: 4318}
  - {name: metrics, appProtocol: http, port: 8888, targetPort: 8888}
"""

EXPECT_RE = re.compile(r"^# expect: (\S+) \| (.+?) \| (\S+)\s*$")


def expectations(text: str) -> set[tuple[str, str, str]]:
    return {m.groups() for m in map(EXPECT_RE.match, text.splitlines()) if m}


def _key(doc: Document) -> tuple:
    meta = doc.data.get("metadata") or {}
    return doc.data.get("kind"), meta.get("namespace"), meta.get("name")


def rendered(text: str, tmp: Path, name: str = "example") -> tuple[object, list[Document]]:
    """The environment of ``text`` and its documents: rendered, the manifests after it applied,
    and what the file declares exists (external Services)."""
    env_text, _, manifests = text.partition("\n---\n")
    path = tmp / f"{name}.yaml"
    path.write_text(env_text, encoding="utf-8")
    env = load_environment(name, path)
    docs: list[Document] = []
    for file, body in sorted(render_environment(env).items()):
        docs.extend(load_documents_text(body.decode("utf-8"), f"{name}/{file}"))
    if manifests.strip():
        extra = [d for d in load_documents_text(manifests, f"{name}/override.yaml") if isinstance(d.data, dict)]
        replaced = {_key(d) for d in extra}
        docs = [d for d in docs if _key(d) not in replaced] + extra
    return env, docs + from_environment(env).documents


def follow(text: str, tmp: Path, name: str = "example"):
    env, docs = rendered(text, tmp, name)
    return flows.check(env.config, docs, env_file=str(env.file))


def found(findings) -> set[tuple[str, str, str]]:
    return {(f.code, f.resource or "-", f.path) for f in findings}
