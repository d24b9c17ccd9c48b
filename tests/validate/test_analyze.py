"""analyze's schema side (validate/analyze.py): GIVEN Istio objects the gate refuses, THEN
analyze reports istioctl's IST0106 for them, from the gate's own checks (kubeconform, CEL,
Istio's webhook rules); other kinds keep our codes; unknown kinds are not errors."""
from __future__ import annotations

import json

MISSPELT = """\
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: reviews, namespace: default}
spec:
  host: reviews.default.svc.cluster.local
  trafficPolicy:
    loadBalancr: {simple: ROUND_ROBIN}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ratings, namespace: default}
spec:
  host: ratings.default.svc.cluster.local
  trafficPolicy: {}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ratings, namespace: default}
spec:
  hosts: [ratings]
  http:
  - timeout: 500us
    route:
    - destination: {host: ratings}
---
apiVersion: v1
kind: Service
metadata: {name: ratings, namespace: default}
spec:
  type: Magic
  selector: {app: ratings}
  ports:
  - {name: http, port: 9080}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, namespace: default}
spec: {secretName: web-tls}
"""


def _istioctl(cli, *args):
    r = cli("analyze", *args, "-o", "istioctl")
    return r, json.loads(r.out)


def test_schema_errors_of_istio_kinds_are_ist0106(cli, tmp_path):
    f = tmp_path / "in.yaml"
    f.write_text(MISSPELT)
    r, data = _istioctl(cli, f)
    assert r.code == 1
    got = {(d["code"], d["origin"], d["message"].split(":")[0]) for d in data if d["level"] == "Error"}
    assert ("IST0106", "DestinationRule default/reviews", "spec.trafficPolicy.loadBalancr") in got
    assert ("IST0106", "DestinationRule default/ratings", "spec.trafficPolicy") in got
    assert ("IST0106", "VirtualService default/ratings", "spec.http[0].timeout") in got  # a CEL rule
    assert ("OI0101", "Service default/ratings", "spec.type") in got  # a core kind: our schema code
    assert not any(d["origin"].startswith("Certificate") for d in data)  # no schema: not an analyzer error
    assert all(d["documentationUrl"].endswith("/ist0106/") for d in data if d["code"] == "IST0106")


def test_standard_input_gets_the_schema_check_too(cli, tmp_path, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO(MISSPELT))
    r, data = _istioctl(cli, "-")
    hits = [d for d in data if d["code"] == "IST0106" and "loadBalancr" in d["message"]]
    assert [d["reference"] for d in hits] == ["<stdin>:1"]


def test_no_schema_skips_it(cli, tmp_path):
    f = tmp_path / "in.yaml"
    f.write_text(MISSPELT)
    r, data = _istioctl(cli, f, "--no-schema")
    assert not any(d["code"] in ("IST0106", "OI0101") for d in data)


def test_without_kubeconform_analyze_still_runs_and_says_what_it_skipped(cli, tmp_path, monkeypatch):
    f = tmp_path / "in.yaml"
    f.write_text(MISSPELT)
    monkeypatch.setenv("OTLP_ISTIO_KUBECONFORM", str(tmp_path / "no-such-kubeconform"))
    r, data = _istioctl(cli, f)
    assert "schema validation (IST0106) skipped" in r.err and "Traceback" not in r.err
    assert any(d["code"] == "IST0174" for d in data)  # the analyzer ran
    assert not any("loadBalancr" in d["message"] for d in data)  # kubeconform's finding is not there
