"""Mesh membership (analyzers/membership.py): injection and sidecars, as Istio decides them."""
from __future__ import annotations

import pytest

from .objects import deploy, index, ns, pa


@pytest.mark.parametrize("namespace, labels, annotations, containers, expected", [
    (ns("n", istio_injection="enabled"), {}, {}, ("app",), True),
    (ns("n", istio_injection="enabled"), {"sidecar.istio.io/inject": "false"}, {}, ("app",), False),
    (ns("n", istio_injection="enabled"), {}, {"sidecar.istio.io/inject": "false"}, ("app",), False),
    (ns("n", istio_injection="disabled"), {"sidecar.istio.io/inject": "true"}, {}, ("app",), False),
    (ns("n"), {"sidecar.istio.io/inject": "true"}, {}, ("app",), True),
    (ns("n"), {"istio.io/rev": "canary"}, {}, ("app",), True),
    (ns("n"), {}, {}, ("app",), False),
    (ns("n"), {}, {}, ("app", "istio-proxy"), True),
    ({"apiVersion": "v1", "kind": "Namespace",
      "metadata": {"name": "n", "labels": {"istio.io/dataplane-mode": "ambient"}}}, {}, {}, ("app",), True),
    ({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "n", "labels": {"istio.io/rev": "1-24"}}},
     {}, {}, ("app",), True),
    (None, {}, {}, ("app",), None),  # namespace not among the documents: unknown
])
def test_in_mesh(namespace, labels, annotations, containers, expected):
    objects = [deploy("d", "n", {"app": "d", **labels}, annotations, containers)]
    if namespace:
        objects.append(namespace)
    ix = index(*objects)
    state, reason = ix.in_mesh(ix.workloads[0])
    assert state is expected and reason
