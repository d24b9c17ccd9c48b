"""PeerAuthentication: mTLS mode for a namespace or, with a selector, for some workloads."""
from __future__ import annotations

from typing import Optional

from imports.io.istio import security as sec

from .base import MANAGED_BY, Construct, Metadata, crd_resource

_MODES = {m.name: m for m in sec.PeerAuthenticationSpecMtlsMode}
_PORT_MODES = {m.name: m for m in sec.PeerAuthenticationSpecPortLevelMtlsMode}


class PeerAuthentication(Construct):
    """One ``security.istio.io/v1`` PeerAuthentication.

    Props: ``mode`` (STRICT, PERMISSIVE, DISABLE, UNSET), ``match_labels`` and ``port_modes``
    (``portLevelMtls``: port of the selected workloads → mode); without labels the policy covers
    the whole namespace.
    """

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, mode: str,
                 match_labels: Optional[dict[str, str]] = None, port_modes: Optional[dict[int, str]] = None):
        super().__init__(scope, id)
        selector = sec.PeerAuthenticationSpecSelector(match_labels=dict(match_labels)) if match_labels else None
        ports = ({str(port): sec.PeerAuthenticationSpecPortLevelMtls(mode=_PORT_MODES[m])
                  for port, m in sorted(port_modes.items())} if port_modes else None)
        self.resource = crd_resource(
            self, sec.PeerAuthentication, Metadata(name=name, namespace=namespace, labels=dict(MANAGED_BY)),
            spec=sec.PeerAuthenticationSpec(selector=selector, mtls=sec.PeerAuthenticationSpecMtls(mode=_MODES[mode]),
                                            port_level_mtls=ports))
