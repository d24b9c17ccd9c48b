"""File names of rendered objects: ``<kind>-<name>.yaml``, and names too long for a file system."""
from __future__ import annotations

import hashlib

from otlp_istio.synth.files import file_names


def _doc(kind: str, name: str, namespace: str | None = "ns") -> dict:
    meta = {"name": name} | ({"namespace": namespace} if namespace else {})
    return {"kind": kind, "metadata": meta}


def test_kind_and_name_in_lower_case_and_namespaces_only_on_a_clash():
    docs = [_doc("Service", "Api"), _doc("Deployment", "api"), _doc("Service", "x", "a"), _doc("Service", "x", "b"),
            _doc("Namespace", "x", None)]
    assert file_names(docs) == ["service-api.yaml", "deployment-api.yaml", "service-a-x.yaml", "service-b-x.yaml",
                                "namespace-x.yaml"]


def test_a_name_too_long_for_a_file_keeps_its_start_and_a_digest():
    long_a, long_b = "a" * 253, "a" * 252 + "b"
    names = file_names([_doc("PeerAuthentication", long_a), _doc("PeerAuthentication", long_b)])
    for name, full in zip(names, (long_a, long_b)):
        stem = f"peerauthentication-{full}"
        assert len(name.encode()) == 255
        assert name == stem[:241] + "-" + hashlib.sha256(stem.encode()).hexdigest()[:8] + ".yaml"
    assert names[0] != names[1]
    assert file_names([_doc("PeerAuthentication", "a" * 231)]) == ["peerauthentication-" + "a" * 231 + ".yaml"]
    assert len(file_names([_doc("PeerAuthentication", "a" * 232)])[0]) == 255
