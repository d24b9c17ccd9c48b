"""The environment file: pydantic models, cross-reference rules, the loader.

The names below load on first use (PEP 562): importing a light submodule
(``config.collector_version``, ``config.istio_versions``) does not build the models.
"""
from __future__ import annotations

import importlib

_EXPORTS = {"Environment": ".loader", "load_environment": ".loader", "load_environments": ".loader",
            "EnvironmentConfig": ".models"}

__all__ = ["Environment", "EnvironmentConfig", "load_environment", "load_environments"]


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value
