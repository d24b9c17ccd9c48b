"""Metrics from Prometheus: one small client shared by the canary stepper and ``doctor``.

* :mod:`.prometheus` - :class:`Prometheus` (instant queries over the HTTP API with httpx),
  :class:`Sample`, :class:`PrometheusError`, the one error every failure becomes, and
  :func:`port_forward_hint`, how to reach an in-cluster Prometheus from a workstation.
"""
from .prometheus import EXIT_UNREACHABLE, Prometheus, PrometheusError, Sample, port_forward_hint

__all__ = ["EXIT_UNREACHABLE", "Prometheus", "PrometheusError", "Sample", "port_forward_hint"]
