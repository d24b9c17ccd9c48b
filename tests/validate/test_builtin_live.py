"""The gate against a real kube-apiserver 1.31 on core kinds, mutation by mutation.

GIVEN our rendered core objects (Namespace, Service, Deployment, both ConfigMaps) plus a
Secret and a Pod made from the collector's pod template, and every single-field mutation the
generator below makes of them (each scalar replaced by a value of the wrong size, format or
type, each key deleted, each list emptied), WHEN each mutated object goes to the real API
server as a dry-run create and, all together, through the gate (kubeconform + CEL + the
built-in validation of validate/builtin), THEN both reach the same verdict object by object.
A disagreement is listed with the server's answer and ours.

Marked ``live``: ``make test-cluster`` runs it, and it fails (never skips) without the tools.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import yaml

from typer.testing import CliRunner

from otlp_istio.cli import app
from otlp_istio.findings import Severity
from otlp_istio.validate import validate_paths

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parents[2]
# every namespaced object is created (dry-run) in a namespace of this test's own, so objects other
# live tests apply for real (an istio ConfigMap, a collector Deployment) never collide with it
TEST_NAMESPACE = "fidelity-builtin"
FRESH_NAMESPACE = "fidelity-probe"  # never created: a Namespace dry-run needs a name that is free
# values each scalar is replaced with: empty, bad format, too long for a label, out of range, wrong type
STRING_VALUES = ("", "Bad_Value", "-x-", "a" * 64, 12345)
INT_VALUES = (0, -1, 65536, "eighty")
BOOL_VALUES = ("yes",)
SKIPPED = {("apiVersion",), ("kind",), ("metadata", "namespace")}  # routing, not validation


def rendered_objects(tmp_path: Path) -> list[dict]:
    out = tmp_path / "dist"
    result = CliRunner().invoke(app, ["synth", "--config-dir", str(ROOT / "environments"), "--out", str(out),
                                          "--env", "prod"])
    assert result.exit_code == 0, result.output
    objects = [yaml.safe_load(p.read_text()) for p in sorted((out / "prod").glob("*.yaml"))]
    core = [o for o in objects if o["kind"] in ("Namespace", "Service", "Deployment", "ConfigMap")]
    assert {o["kind"] for o in core} == {"Namespace", "Service", "Deployment", "ConfigMap"}
    for o in core:
        if o["kind"] == "Namespace":
            o["metadata"]["name"] = FRESH_NAMESPACE
        else:
            o["metadata"]["namespace"] = TEST_NAMESPACE
    deployment = next(o for o in core if o["kind"] == "Deployment")
    template = deployment["spec"]["template"]
    pod = {"apiVersion": "v1", "kind": "Pod",
           "metadata": {"name": "collector-probe", "namespace": deployment["metadata"]["namespace"],
                        **copy.deepcopy(template["metadata"])},
           "spec": copy.deepcopy(template["spec"])}
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "otlp-tls", "namespace": TEST_NAMESPACE},
              "type": "kubernetes.io/tls", "data": {"tls.crt": "Y2VydA==", "tls.key": "a2V5"}}
    return core + [pod, secret]


def leaves(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from leaves(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from leaves(v, path + (i,))


def replaced(obj: dict, path: tuple, value: Any, delete: bool = False) -> dict:
    out = copy.deepcopy(obj)
    node = out
    for k in path[:-1]:
        node = node[k]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


def mutations(obj: dict) -> Iterator[tuple[str, dict]]:
    for path, value in leaves(obj):
        if not path or path in SKIPPED or path[:2] == ("metadata", "namespace"):
            continue
        shown = ".".join(map(str, path))
        if isinstance(value, bool):
            candidates = BOOL_VALUES
        elif isinstance(value, int):
            candidates = INT_VALUES
        elif isinstance(value, str):
            candidates = STRING_VALUES if len(value) < 200 else ()
        elif isinstance(value, list):
            candidates = ([],) if value else ()
        else:
            candidates = ()
        for c in candidates:
            yield f"{shown} = {json.dumps(c)[:20]}", replaced(obj, path, c)
        if isinstance(path[-1], str):
            yield f"{shown} deleted", replaced(obj, path, None, delete=True)


def rest_path(obj: dict) -> str:
    kind, ns = obj["kind"], obj.get("metadata", {}).get("namespace")
    plural = {"Namespace": "namespaces", "Service": "services", "Deployment": "deployments",
              "ConfigMap": "configmaps", "Secret": "secrets", "Pod": "pods"}[kind]
    base = "/apis/apps/v1" if kind == "Deployment" else "/api/v1"
    return f"{base}/{plural}" if kind == "Namespace" else f"{base}/namespaces/{ns}/{plural}"


def server_verdict(client: httpx.Client, path: str, obj: dict) -> tuple[bool, str]:
    r = client.post(path, params={"dryRun": "All", "fieldValidation": "Strict"},
                    content=json.dumps(obj), headers={"Content-Type": "application/json"})
    if r.status_code in (200, 201):
        return True, ""
    assert r.status_code in (400, 422), f"unexpected answer {r.status_code}: {r.text[:300]}"
    return False, r.json().get("message", r.text)[:300]


def test_gate_and_api_server_agree_on_every_mutation_of_core_objects(kube_apiserver, tmp_path):
    api = kube_apiserver
    client = httpx.Client(base_url=api.url, verify=False, timeout=30,
                          headers={"Authorization": f"Bearer {api.token}"})
    r = client.post("/api/v1/namespaces",
                    json={"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": TEST_NAMESPACE}})
    assert r.status_code in (201, 409), r.text

    originals = rendered_objects(tmp_path)
    # the URL comes from the unmutated object: a mutation may drop the namespace it is created in
    cases: list[tuple[str, dict, str]] = [(f"{o['kind']} {o['metadata']['name']} as rendered", o, rest_path(o))
                                          for o in originals]
    for o in originals:
        cases += [(f"{o['kind']} {o['metadata']['name']}: {what}", m, rest_path(o)) for what, m in mutations(o)]
    assert len(cases) > 300

    folder = tmp_path / "mutations" / "m"
    folder.mkdir(parents=True)
    for i, (_, obj, _) in enumerate(cases):
        (folder / f"case-{i:04d}.yaml").write_text(yaml.safe_dump(obj, sort_keys=False))
    report = validate_paths([("m", folder)], analyzer=False)
    ours: dict[int, list[str]] = {}
    for f in report.findings:
        if f.severity is Severity.ERROR and f.file:
            ours.setdefault(int(Path(f.file).stem.split("-")[1]), []).append(f"{f.code} {f.path}: {f.message[:120]}")

    disagreements = []
    refused = 0
    for i, (what, obj, url) in enumerate(cases):
        accepted, why = server_verdict(client, url, obj)
        refused += not accepted
        if accepted == (i in ours):
            disagreements.append(f"{what}: server {'accepts' if accepted else 'refuses (' + why + ')'}; "
                                 f"gate {'refuses: ' + '; '.join(ours[i][:2]) if i in ours else 'accepts'}")
    assert refused > 100  # the generator does find what the server refuses
    assert not disagreements, f"{len(disagreements)} of {len(cases)} disagree:\n" + "\n".join(disagreements)
