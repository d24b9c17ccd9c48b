"""PeerAuthentication resolution (analyzers/peers.py): the mTLS mode in force."""
from __future__ import annotations

from .objects import deploy, index, pa


def test_peer_mode_precedence_workload_over_namespace_over_mesh():
    w = deploy("d", "n", {"app": "d"})
    assert index(w).peer_mode(index(w).workloads[0]).mode == "PERMISSIVE"
    ix = index(w, pa("default", "istio-system", "STRICT"))
    assert ix.peer_mode(ix.workloads[0]).describe() == "STRICT (from PeerAuthentication istio-system/default)"
    ix = index(w, pa("default", "istio-system", "STRICT"), pa("default", "n", "PERMISSIVE"))
    assert ix.peer_mode(ix.workloads[0]).mode == "PERMISSIVE"
    ix = index(w, pa("default", "n", "PERMISSIVE"), pa("d", "n", "DISABLE", {"app": "d"}, {8080: "STRICT"}))
    peer = ix.peer_mode(ix.workloads[0])
    assert (peer.mode, peer.source.name) == ("DISABLE", "d")
    assert peer.at(8080)[0] == "STRICT" and peer.at(9090)[0] == "DISABLE"
    ix = index(w, pa("default", "n", "STRICT"), pa("d", "n", "UNSET", {"app": "d"}))
    assert ix.peer_mode(ix.workloads[0]).mode == "STRICT"  # UNSET inherits


def test_root_namespace_comes_from_the_mesh_config():
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "istio", "namespace": "istio-system"},
          "data": {"mesh": "rootNamespace: mesh-root\nenableTracing: true\n"}}
    w = deploy("d", "n", {"app": "d"})
    ix = index(cm, w, pa("default", "mesh-root", "STRICT"), pa("default", "istio-system", "DISABLE"))
    assert ix.root_namespace == "mesh-root"
    assert ix.peer_mode(ix.workloads[0]).mode == "STRICT"
