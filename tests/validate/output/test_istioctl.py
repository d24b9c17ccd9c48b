"""``-o istioctl``: istioctl analyze -o json's shape, our code kept in the message."""
from __future__ import annotations

import json

from otlp_istio.findings import Finding, Severity
from otlp_istio.validate.output import Result, render
from otlp_istio.validate.output.istioctl import origin


def test_origin_is_kind_namespace_slash_name():
    assert origin("VirtualService reviews.v1.default") == "VirtualService default/reviews.v1"
    assert origin("Namespace shop") == "Namespace shop"
    assert origin("Service x") == "Service x"
    assert origin("") == ""


def test_a_finding_in_istioctls_shape_and_the_summary_on_standard_error():
    f = Finding(code="OI1102", severity=Severity.ERROR, resource="VirtualService reviews.default",
                path="spec.http[0].route[0].destination.subset", message="no subset v3", istio_code="IST0101",
                file="vs.yaml", line=9)
    ours = Finding(code="OI0401", severity=Severity.ERROR, resource="ConfigMap c.ns", path="", message="rejected")
    rendered = render("istioctl", Result([f, ours], [], "analyze: FAILED"))
    assert json.loads(rendered.out) == [
        {"code": "IST0101", "level": "Error", "origin": "VirtualService default/reviews", "reference": "vs.yaml:9",
         "message": "spec.http[0].route[0].destination.subset: no subset v3 [OI1102]",
         "documentationUrl": "https://istio.io/latest/docs/reference/config/analysis/ist0101/"},
        {"code": "OI0401", "level": "Error", "origin": "ConfigMap ns/c", "reference": "", "message": "rejected",
         "documentationUrl": "docs/collector.md#checked-by-the-real-collector"}]
    assert rendered.err == "analyze: FAILED"
