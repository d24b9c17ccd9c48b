"""Metrics from Prometheus: one small client shared by the canary stepper and ``doctor``.

* :mod:`.prometheus` - :class:`Prometheus` (instant queries over the HTTP API with httpx),
  :class:`Sample`, and :class:`PrometheusError`, the one error every failure becomes.
"""
from .prometheus import EXIT_UNREACHABLE, Prometheus, PrometheusError, Sample

__all__ = ["EXIT_UNREACHABLE", "Prometheus", "PrometheusError", "Sample"]
