"""The fast path: a chart's generated structs serialized in-process (no jsii round trips)."""
from __future__ import annotations

from ..charts import EnvironmentChart
from ..config.loader import Environment
from ..constructs.base import manifest
from .files import to_files, to_files_and_documents


def chart_documents(chart: EnvironmentChart) -> list[dict]:
    return [manifest(r) for r in chart.resources()]


def render_environment(env: Environment) -> dict[str, bytes]:
    return to_files(chart_documents(EnvironmentChart(env)))


def render_documents(env: Environment) -> tuple[dict[str, bytes], list[tuple[str, dict]]]:
    """:func:`render_environment`'s files, and the document of each as the gate reads it."""
    return to_files_and_documents(chart_documents(EnvironmentChart(env)))
