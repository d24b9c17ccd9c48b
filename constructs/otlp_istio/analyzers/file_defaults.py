"""What ``istioctl analyze`` adds when it reads files only (``--use-kube=false``): a stand-in for
the ingress gateway Istio installs, so that Gateways written for it are not reported as
selecting nothing.

istioctl adds, unless the mesh config's ``ingressControllerMode`` is ``OFF``, a Pod
``<ingressService>-dummypod`` labelled ``istio: ingressgateway`` (one ``istio-proxy`` container
without an image: not in the mesh by istioctl's rules) and a Service ``<ingressService>`` selecting
it, with the ingress gateway's ports 80 (http2), 443 (https), 31400 (tcp) and 15443 (tls), both in
``istio-system`` (``ingressService`` defaults to ``istio-ingressgateway``). So do we, with two
differences: an object of the same kind and name among the documents wins over the stand-in, and
no finding is ever reported *on* the stand-ins (they are not the user's); findings on the user's
objects that they change are istioctl's too: a Gateway selecting ``istio: ingressgateway`` has
pods (IST0101) in ``istio-system``, where its credentials are read (IST0101, IST0161), its
Service ports (IST0162), and a JWT-claim route through it needs a RequestAuthentication there
(IST0149).
"""
from __future__ import annotations

from .meshconfig import MeshConfig

ISTIO_NAMESPACE = "istio-system"  # istioctl's --istioNamespace
FILE = "(istioctl's stand-in ingress gateway)"


def ingress_gateway(mesh: MeshConfig) -> list[dict]:
    """The stand-in Pod and Service for ``mesh`` (none when its ingress controller is off)."""
    if mesh.ingress_controller_mode == "OFF":
        return []
    name = mesh.ingress_service
    ports = [("http2", 80), ("https", 443), ("tcp", 31400), ("tls", 15443)]
    return [
        {"apiVersion": "v1", "kind": "Pod",
         "metadata": {"name": f"{name}-dummypod", "namespace": ISTIO_NAMESPACE, "labels": {"istio": "ingressgateway"}},
         "spec": {"containers": [{"name": "istio-proxy"}]}},
        {"apiVersion": "v1", "kind": "Service",
         "metadata": {"name": name, "namespace": ISTIO_NAMESPACE},
         "spec": {"selector": {"istio": "ingressgateway"},
                  "ports": [{"name": n, "port": p, "protocol": "TCP", "targetPort": p} for n, p in ports]}},
    ]
