"""ServiceEntry: a host outside the mesh (an external API, a managed database, a SaaS backend)."""
from __future__ import annotations

from imports.io.istio import networking as net

from ..config.services import ServiceEntrySpec
from .base import MANAGED_BY, Construct, Metadata, crd_resource

_LOCATION = {"MESH_EXTERNAL": net.ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
             "MESH_INTERNAL": net.ServiceEntrySpecLocation.MESH_UNDERSCORE_INTERNAL}
_RESOLUTION = {"DNS": net.ServiceEntrySpecResolution.DNS, "STATIC": net.ServiceEntrySpecResolution.STATIC,
               "NONE": net.ServiceEntrySpecResolution.NONE,
               "DNS_ROUND_ROBIN": net.ServiceEntrySpecResolution.DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN}


class ServiceEntry(Construct):
    """One ``networking.istio.io`` ServiceEntry from the environment file's ``service_entries[]``."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, spec: ServiceEntrySpec):
        super().__init__(scope, id)
        self.resource = crd_resource(
            self, net.ServiceEntry, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=net.ServiceEntrySpec(
                hosts=list(spec.hosts),
                addresses=list(spec.addresses) or None,
                ports=[net.ServiceEntrySpecPorts(name=p.name, number=p.number, protocol=p.protocol)
                       for p in spec.ports],
                location=_LOCATION[spec.location],
                resolution=_RESOLUTION[spec.resolution],
                endpoints=[net.ServiceEntrySpecEndpoints(address=e.address) for e in spec.endpoints] or None))
