"""The live doctor tests run the project's kubectl (bin/kubectl), whatever else is on PATH."""
from __future__ import annotations

import pytest


@pytest.fixture
def project_kubectl(monkeypatch):
    from tests.support.tools import tool
    monkeypatch.setenv("KUBECTL", str(tool("kubectl")))
