"""One failing and one passing example per flow code: ``<code>/fail.yaml`` and ``<code>/pass.yaml``.

An example is an environment file, optionally followed (after ``---``) by manifests that stand
in for rendered objects of the same kind, namespace and name, or join them (output edited by hand,
or rendered by another release). A failing example lists the findings it must give in
``# expect: CODE | Resource | path`` lines (``-`` for a finding on the environment file itself);
a passing one gives no flow finding. ``tests/flows/test_examples.py`` holds them to it, and
``otlp-istio explain CODE`` prints them.
"""
from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent


def example(code: str, kind: str) -> Path | None:
    path = EXAMPLES / code.upper() / f"{kind}.yaml"
    return path if path.is_file() else None
