"""The names Istio's ambient mode reads from the objects: labels and the waypoint GatewayClass.

A module of its own, without the models, so the analyzer, the flow model and the canary name
them without importing pydantic (``config.ambient`` renders and checks with them).
"""

WAYPOINT_CLASS = "istio-waypoint"  # the GatewayClass istiod installs for waypoints
DATAPLANE_MODE = "istio.io/dataplane-mode"  # on a Namespace (or a pod): ambient, or none to opt out
USE_WAYPOINT = "istio.io/use-waypoint"  # on a Namespace or Service: the waypoint its traffic passes (none: no waypoint)
USE_WAYPOINT_NAMESPACE = "istio.io/use-waypoint-namespace"  # the waypoint is in that namespace
WAYPOINT_FOR = "istio.io/waypoint-for"  # on a waypoint: service, workload, all or none
