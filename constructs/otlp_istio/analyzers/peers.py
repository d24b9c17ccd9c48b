"""PeerAuthentication resolution: the mTLS mode in force for a workload and port.

As Istio picks it: the PeerAuthentication selecting the workload (in its namespace; offline,
the first by name where Istio takes the oldest), else the namespace-wide one, else the
mesh-wide one (the root namespace, no selector), else PERMISSIVE. ``UNSET`` inherits;
``portLevelMtls`` overrides the mode per target port.

:class:`PeerResolution` is a part of :class:`~.index.Index` (it reads ``self.kind()``,
``self.select()`` and ``self.root_namespace``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .resources import Resource, Workload, as_dict, has_target_ref, match_labels, text


@dataclass
class PeerMode:
    """The mTLS mode a workload accepts, and the PeerAuthentication it comes from."""

    mode: str  # STRICT, PERMISSIVE or DISABLE
    source: Resource | None  # None: Istio's default (PERMISSIVE)
    ports: dict[int, tuple[str, Resource]] = field(default_factory=dict)  # portLevelMtls by target port

    def at(self, port: int | None) -> tuple[str, Resource | None]:
        if port is not None and port in self.ports:
            return self.ports[port]
        return self.mode, self.source

    def describe(self, port: int | None = None) -> str:
        mode, src = self.at(port)
        return f"{mode} ({'from ' + src.label if src else 'Istio default'})"


def pa_mode(pa: Resource) -> str | None:
    mode = text(as_dict(pa.spec.get("mtls")).get("mode")).upper()
    return mode if mode in ("STRICT", "PERMISSIVE", "DISABLE") else None  # UNSET / absent inherit


class PeerResolution:
    root_namespace: str
    _peer_cache: dict[int, PeerMode]
    _pa_by_workload: dict[int, list[Resource]] | None
    _ns_wide_cache: dict[str, list[Resource]] | None

    def _peer_policies(self) -> dict[int, list[Resource]]:
        if self._pa_by_workload is None:
            self._pa_by_workload = {}
            for pa in sorted(self.kind("PeerAuthentication"), key=lambda r: (r.namespace or "", r.name)):
                labels = match_labels(pa.spec)
                if labels is None:
                    continue
                for w in self.select(pa.namespace, labels):
                    self._pa_by_workload.setdefault(w.id, []).append(pa)
        return self._pa_by_workload

    def workload_pa(self, w: Workload) -> Resource | None:
        """The PeerAuthentication selecting ``w`` that Istio applies (offline, the first by name)."""
        selected = self._peer_policies().get(w.id)
        return selected[0] if selected else None

    def namespace_wide_pa(self, namespace: str) -> Resource | None:
        """The namespace-wide PeerAuthentication of ``namespace`` (the root namespace: mesh-wide)."""
        if self._ns_wide_cache is None:
            self._ns_wide_cache = {}
            for pa in sorted(self.kind("PeerAuthentication"), key=lambda r: r.name):
                if match_labels(pa.spec) is None and not has_target_ref(pa.spec):
                    self._ns_wide_cache.setdefault(pa.namespace or "default", []).append(pa)
        found = self._ns_wide_cache.get(namespace)
        return found[0] if found else None

    def namespace_mode(self, namespace: str) -> tuple[str, Resource | None]:
        """The mode namespace-wide and mesh-wide PeerAuthentications give ``namespace``."""
        mode, source = "PERMISSIVE", None
        for pa in (self.namespace_wide_pa(self.root_namespace), self.namespace_wide_pa(namespace)):
            if pa is not None and pa_mode(pa) is not None:
                mode, source = pa_mode(pa), pa  # type: ignore[assignment]
        return mode, source

    def peer_mode(self, w: Workload) -> PeerMode:
        cached = self._peer_cache.get(w.id)
        if cached is not None:
            return cached
        mode, source = self.namespace_mode(w.namespace)
        ports: dict[int, tuple[str, Resource]] = {}
        selected = self._peer_policies().get(w.id)
        if selected:
            pa = selected[0]  # Istio picks the oldest; offline, the first by name
            if pa_mode(pa) is not None:
                mode, source = pa_mode(pa), pa  # type: ignore[assignment]
            for port, setting in as_dict(pa.spec.get("portLevelMtls")).items():
                pmode = text(as_dict(setting).get("mode")).upper()
                try:
                    number = int(port)
                except (TypeError, ValueError):
                    continue
                if pmode in ("STRICT", "PERMISSIVE", "DISABLE"):
                    ports[number] = (pmode, pa)
        result = self._peer_cache[w.id] = PeerMode(mode=mode, source=source, ports=ports)
        return result
