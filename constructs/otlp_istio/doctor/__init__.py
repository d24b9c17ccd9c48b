"""``otlp-istio doctor``: diagnostics for the on-call engineer, each a check with a stable id.

Offline checks read one environment's manifests (:mod:`.sources`): :mod:`.tracing`,
:mod:`.mtls`, :mod:`.routes`; :mod:`.flows` (``doctor flows``). Live checks read what is there when there is something to read:
an Envoy config dump (:mod:`.envoy`), certificates (:mod:`.certs`), a trace endpoint
(:mod:`.span`). Each module has ``ID``, ``DESCRIPTION`` and a ``check(...)`` that returns a
:class:`~.result.CheckResult`; :data:`OFFLINE` is the explicit, sorted registry of the
checks ``doctor`` runs on every environment.
"""
from __future__ import annotations

from . import mtls, routes, tracing
from .result import CheckResult, Report, Skipped, Status
from .sources import Manifests

__all__ = ["OFFLINE", "CheckResult", "Report", "Skipped", "Status", "Manifests", "run_offline"]

# the checks that need only manifests, in report order
OFFLINE = (tracing, mtls, routes)


def run_offline(manifests: list[Manifests], only: tuple = OFFLINE) -> list[CheckResult]:
    return [module.check(m) for m in manifests for module in only]
