"""What the environment file says about the flows around the collector that it does not render:
who sends telemetry to the collector, where Prometheus runs, and the mesh's outbound policy.

The flow model (``otlp_istio.flows``) follows each flow through the rendered resources; these
settings tell it where the flows start. ``models`` re-exports these classes.
"""

import enum
from typing import Optional

from pydantic import Field

from .base import StrictModel
from .types import DnsLabel


class CollectorClient(StrictModel):
    """Applications that send OTLP to the collector: a namespace, and a service account in it."""

    namespace: DnsLabel = Field(description="The namespace the applications run in.")
    service_account: Optional[DnsLabel] = Field(
        default=None, description="Their service account (its SPIFFE identity is what AuthorizationPolicies "
                                  "match); none: any service account of the namespace.")
    in_mesh: bool = Field(default=True, description="`false`: they have no sidecar and send plaintext, without an "
                                                     "identity.")


class PrometheusLocation(str, enum.Enum):
    OUTSIDE_MESH = "outside-mesh"  # no sidecar: a plaintext scrape without identity
    IN_MESH = "in-mesh"  # a sidecar and Istio's certificate sharing: the scrape is Istio mTLS with its identity


class OutboundTrafficPolicy(str, enum.Enum):
    ALLOW_ANY = "ALLOW_ANY"
    REGISTRY_ONLY = "REGISTRY_ONLY"
