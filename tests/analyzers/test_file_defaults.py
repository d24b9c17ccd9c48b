"""istioctl's stand-in ingress gateway for files (analyzers/file_defaults.py): GIVEN manifests
without the ingress gateway, WHEN analyzed, THEN Gateways for it behave as in istioctl, and
objects of the same name among the files replace the stand-ins."""
from __future__ import annotations

from otlp_istio.analyzers import analyze_documents
from otlp_istio.analyzers.meshconfig import MeshConfig

from .objects import docs

GATEWAY = """\
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: shop}
spec:
  selector: {istio: ingressgateway}
  servers:
  - port: {number: 31400, name: tcp, protocol: TCP}
    hosts: ["*"]
"""


def codes(text: str, **kw) -> set[tuple[str, str]]:
    return {(f.code, f.resource) for f in analyze_documents(docs(text), **kw)}


def test_a_gateway_for_the_default_ingress_finds_the_stand_in_pod_and_its_ports():
    assert codes(GATEWAY) == set()


def test_no_stand_in_when_the_mesh_has_no_ingress_controller():
    found = codes(GATEWAY, mesh_config=MeshConfig(ingress_controller_mode="OFF"))
    assert found == {("OI1901", "Gateway public.shop")}


def test_a_service_of_the_same_name_among_the_files_replaces_the_stand_in():
    own = GATEWAY + """---
apiVersion: v1
kind: Service
metadata: {name: istio-ingressgateway, namespace: istio-system}
spec:
  selector: {istio: ingressgateway}
  ports:
  - {name: http2, port: 80, targetPort: 8080}
"""
    # port 31400 is the stand-in's, not this Service's
    assert ("OI1902", "Gateway public.shop") in codes(own)

