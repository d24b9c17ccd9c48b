"""The cdk8s path: every resource becomes a real construct in a ``cdk8s.Chart``.

CRD kinds are the generated L1 classes of ``imports/`` (``networking.VirtualService``
...) given the same generated structs; core kinds are ``cdk8s.ApiObject``. This is
what ``cdk8s synth`` runs (through ``main.py``); a test checks it renders the same
files as the fast path.
"""
from __future__ import annotations

import cdk8s

from ..charts import EnvironmentChart
from ..config.loader import Environment
from ..constructs.base import Resource, gvk
from ..yamlio import canonical
from .files import to_files


def _metadata(resource: Resource) -> cdk8s.ApiObjectMetadata:
    m = resource.metadata
    return cdk8s.ApiObjectMetadata(name=m.name, namespace=m.namespace, labels=m.labels or None,
                                   annotations=m.annotations or None)


def add_chart(app: cdk8s.App, env: Environment) -> cdk8s.Chart:
    tree = EnvironmentChart(env)
    chart = cdk8s.Chart(app, env.name, disable_resource_name_hashes=True)
    for resource in tree.resources():
        cid = resource.scope.path.replace("/", "-")
        if resource.l1 is not None:
            resource.l1(chart, cid, metadata=_metadata(resource), **resource.props)
            if resource.api_version != gvk(resource.l1)[0]:
                # An older Istio release's API version: the generated class always writes its own
                # (its toJson re-applies its GVK after any patch), so the document is relabelled.
                _RELABEL[(env.name, resource.kind, resource.metadata.namespace, resource.metadata.name)] = \
                    resource.api_version
        else:
            obj = cdk8s.ApiObject(chart, cid, api_version=resource.api_version, kind=resource.kind,
                                  metadata=_metadata(resource))
            for key, value in resource.props.items():
                obj.add_json_patch(cdk8s.JsonPatch.add(f"/{key}", value))
    return chart


_RELABEL: dict[tuple, str] = {}  # (env, kind, namespace, name) -> apiVersion to write


def _relabel(env: str, doc: dict) -> dict:
    meta = doc.get("metadata", {})
    version = _RELABEL.get((env, doc.get("kind"), meta.get("namespace"), meta.get("name")))
    return {**doc, "apiVersion": version} if version else doc


def render_with_cdk8s(envs: list[Environment]) -> dict[str, dict[str, bytes]]:
    """Every environment through one cdk8s App; env → {file → bytes}."""
    app = cdk8s.App()
    charts = {env.name: add_chart(app, env) for env in envs}
    return {name: to_files([canonical(_relabel(name, d)) for d in chart.to_json()])
            for name, chart in charts.items()}
