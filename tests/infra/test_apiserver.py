"""The real kube-apiserver that the cluster tests use: it stores objects and refuses invalid ones."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.live

NAMESPACE = """\
apiVersion: v1
kind: Namespace
metadata:
  name: infra-check
"""

VIRTUAL_SERVICE = """\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: vs
  namespace: infra-check
spec:
  hosts: [otlp-collector]
  http:
    - timeout: {timeout}
      route:
        - destination:
            host: otlp-collector
"""


def test_server_accepts_valid_objects_and_runs_crd_cel_rules(kube_apiserver):
    kube_apiserver.kubectl("apply", "-f", "-", input=NAMESPACE)
    ok = kube_apiserver.kubectl("apply", "--dry-run=server", "-f", "-", input=VIRTUAL_SERVICE.format(timeout="30s"))
    assert "virtualservice.networking.istio.io/vs created (server dry run)" in ok.stdout
    bad = kube_apiserver.kubectl("apply", "--dry-run=server", "-f", "-", check=False,
                                 input=VIRTUAL_SERVICE.format(timeout="500us"))
    assert bad.returncode != 0
    assert "must be a valid duration greater than 1ms" in bad.stderr


def test_server_refuses_an_invalid_core_object(kube_apiserver):
    bad = kube_apiserver.kubectl("apply", "--dry-run=server", "-f", "-", check=False,
                                 input="apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Bad_Name\n")
    assert bad.returncode != 0
    assert "Bad_Name" in bad.stderr
