"""The fast path: a chart's generated structs serialized in-process (no jsii round trips)."""
from __future__ import annotations

from ..charts import EnvironmentChart
from ..config.loader import Environment
from ..constructs.base import manifest
from .files import to_files


def chart_documents(chart: EnvironmentChart) -> list[dict]:
    return [manifest(r) for r in chart.resources()]


def render_environment(env: Environment) -> dict[str, bytes]:
    return to_files(chart_documents(EnvironmentChart(env)))
