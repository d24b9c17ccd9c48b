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


def test_a_clash_of_cluster_scoped_objects_and_a_clash_that_remains_is_refused():
    import pytest
    with pytest.raises(ValueError) as err:
        file_names([_doc("ClusterRole", "x", None), _doc("ClusterRole", "x", None), _doc("Service", "y", "ns")])
    assert str(err.value) == "two objects render to the same file: clusterrole-cluster-x.yaml"
    with pytest.raises(ValueError) as err:
        file_names([_doc("Role", "b", "n"), _doc("Role", "b", "n"), _doc("Role", "a", "n"), _doc("Role", "a", "n")])
    assert str(err.value) == "two objects render to the same file: role-n-a.yaml, role-n-b.yaml"
    assert file_names([_doc("ClusterRole", "x", None), _doc("ClusterRole", "x", "ns")]) == [
        "clusterrole-cluster-x.yaml", "clusterrole-ns-x.yaml"]


def test_a_long_name_is_cut_on_a_character_boundary():
    name = "é" * 130  # 260 bytes
    [fitted] = file_names([_doc("Service", name)])
    stem = f"service-{name}"
    assert fitted == "service-" + "é" * 116 + "-" + hashlib.sha256(stem.encode()).hexdigest()[:8] + ".yaml"
    assert len(fitted.encode()) == 254  # one byte short: half a character is dropped


def test_to_files_sorted_by_name_with_canonical_yaml():
    from otlp_istio.synth.files import to_files
    docs = [{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "b"}},
            {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"k": "v"}}]
    files = to_files(docs)
    assert list(files) == ["configmap-a.yaml", "service-b.yaml"]
    assert files["configmap-a.yaml"] == b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n"
