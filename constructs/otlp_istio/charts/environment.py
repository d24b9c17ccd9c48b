"""EnvironmentChart: one environment's config → the constructs that render it, one builder per
concept (see docs/environment-files.md, "What gets rendered"):

* :mod:`.security`   - Namespace ``namespace`` with sidecar injection, PeerAuthentication
  ``default`` from ``mtls.mode``, plus every listed PeerAuthentication and AuthorizationPolicy;
* :mod:`.collector`  - the collector: Service (named ports, Prometheus annotations), a ConfigMap
  with its config, one Deployment per version a DestinationRule subset selects;
* :mod:`.traffic`    - VirtualServices, DestinationRules and ServiceEntries, shaped by the
  ``traffic_management`` switches (with ``canary.mode: flagger``, a Flagger Canary: :mod:`.flagger`);
* :mod:`.telemetry`  - mesh-wide telemetry: a Telemetry in ``telemetry_namespace`` with tracing
  and access logs, and the mesh config's extension provider (ConfigMap ``istio``, key ``mesh``,
  or istiod chart values);
* :mod:`.monitoring` - a ServiceMonitor when Prometheus scraping is on;
* :mod:`.flux_wiring` - with ``flux``, the Kustomizations (and a GitRepository) that make a
  cluster apply it.

The builders run in this order (objects are written in the order they are built), then every
Istio object gets the API version the declared Istio release serves.
"""
from __future__ import annotations

from ..config import istio_versions
from ..config.loader import Environment
from ..constructs import Construct
from .collector import add_collector
from .flux_wiring import add_flux
from .monitoring import add_monitoring
from .security import add_security
from .telemetry import add_telemetry
from .traffic import add_traffic


class EnvironmentChart(Construct):
    """The root of one environment's construct tree (``id`` = the environment name)."""

    def __init__(self, env: Environment):
        super().__init__(None, env.name)
        self.env = env
        c = env.config
        add_security(self, c)
        workloads = add_collector(self, c)
        add_traffic(self, c)
        add_telemetry(self, c)
        add_monitoring(self, c)
        if c.flux is not None:
            add_flux(self, env.name, c.flux, workloads)
        # The Istio API versions the declared release serves (v1 only from 1.22).
        version = istio_versions.parse(c.istio_version)
        for resource in self.resources():
            resource.api_version = istio_versions.api_version(resource.api_version, version)
