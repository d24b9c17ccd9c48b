"""The waypoint: a Gateway API ``Gateway`` of class ``istio-waypoint`` with its one HBONE
listener, from which istiod deploys the namespace's L7 proxy (Deployment and Service of the
same name)."""
from __future__ import annotations

from typing import Optional

from imports.io.k8s.networking import gateway as gw

from ..config.ambient import WAYPOINT_LISTENER
from ..config.ambient_labels import WAYPOINT_CLASS, WAYPOINT_FOR
from .base import MANAGED_BY, Construct, Metadata, crd_resource


class Waypoint(Construct):
    """One ``gateway.networking.k8s.io/v1`` Gateway: class ``istio-waypoint``, listener
    ``mesh`` on 15008 (HBONE); ``serves`` becomes its ``istio.io/waypoint-for`` label."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, serves: Optional[str] = None):
        super().__init__(scope, id)
        labels = dict(MANAGED_BY)
        if serves is not None:
            labels[WAYPOINT_FOR] = serves
        listener, port, protocol = WAYPOINT_LISTENER
        self.resource = crd_resource(
            self, gw.Gateway, Metadata(name=name, namespace=namespace, labels=labels),
            spec=gw.GatewaySpec(gateway_class_name=WAYPOINT_CLASS,
                                listeners=[gw.GatewaySpecListeners(name=listener, port=port, protocol=protocol)]))
