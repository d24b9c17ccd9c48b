"""The analyzer inside the validation gate: one environment is one cluster, and the
istioctl output shape works for every finding of the gate."""
from __future__ import annotations

import json

SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: backend
  namespace: apps
spec:
  selector: {app: backend}
  ports:
  - {name: http, port: 8080}
"""

ROUTE = """\
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: frontend
  namespace: apps
spec:
  hosts: [frontend.apps.svc.cluster.local]
  http:
  - route:
    - destination: {host: backend, port: {number: 8080}}
"""

TELEMETRY = """\
apiVersion: telemetry.istio.io/v1
kind: Telemetry
metadata:
  name: mesh-default
  namespace: istio-system
spec:
  tracing:
  - randomSamplingPercentage: 1
"""


def write(root, env, name, text):
    folder = root / env
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def test_references_resolve_within_an_environment_only(cli, tmp_path):
    out = tmp_path / "dist"
    # GIVEN the route in `dev` and the Service it needs only in `prod`
    write(out, "dev", "virtualservice-frontend.yaml", ROUTE)
    write(out, "prod", "virtualservice-frontend.yaml", ROUTE)
    write(out, "prod", "service-backend.yaml", SERVICE)
    r = cli("validate", "--out", out, "-o", "json")
    findings = json.loads(r.out)["findings"]
    host = [f for f in findings if f["code"] == "OI1101"]
    # THEN dev's route is reported and prod's is not
    assert [f["file"].split("/")[-2] for f in host] == ["dev"], findings
    assert r.code == 1


def test_the_same_mesh_wide_object_in_every_environment_is_no_conflict(cli, tmp_path):
    out = tmp_path / "dist"
    for env in ("dev", "staging", "prod"):
        write(out, env, "telemetry-mesh-default.yaml", TELEMETRY)
    r = cli("validate", "--out", out, "-o", "json")
    assert r.code == 0, r
    assert [f for f in json.loads(r.out)["findings"] if f["code"] == "OI1504"] == []
    # while two in ONE environment are
    write(out, "dev", "telemetry-second.yaml", TELEMETRY.replace("mesh-default", "second"))
    r = cli("validate", "--out", out, "-o", "json")
    assert r.code == 1
    assert {f["file"].split("/")[-2] for f in json.loads(r.out)["findings"] if f["code"] == "OI1504"} == {"dev"}


def test_istioctl_output_of_the_gate(cli, tmp_path):
    out = tmp_path / "dist"
    write(out, "dev", "virtualservice-frontend.yaml", ROUTE.replace("hosts:", "hostz: [x]\n  hosts:"))
    r = cli("validate", "--out", out, "-o", "istioctl")
    assert r.code == 1
    items = json.loads(r.out)
    by_code = {i["code"]: i for i in items}
    # an analyzer finding carries its istioctl code; a schema finding keeps ours
    assert by_code["IST0101"]["origin"] == "VirtualService apps/frontend"
    assert by_code["IST0101"]["level"] == "Error"
    assert by_code["IST0101"]["documentationUrl"] == "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
    assert by_code["OI0101"]["reference"].endswith("dev/virtualservice-frontend.yaml:7")
    assert "hostz" in by_code["OI0101"]["message"]
    assert set(items[0]) == {"code", "level", "origin", "reference", "message", "documentationUrl"}
