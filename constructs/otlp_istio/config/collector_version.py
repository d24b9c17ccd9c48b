"""The OpenTelemetry Collector release the rendered configs are written for: a constant of
its own, so the gate (``validate/otelcol.py``) names it without importing the models."""

COLLECTOR_VERSION = "0.115.0"
