"""The istioctl grid: GIVEN a small YAML set, WHEN analyzed with ``-o istioctl``, THEN the
IST-coded findings are exactly the ``(code, origin)`` list istioctl's analyzers give for it
(read from their sources, pkg/config/analysis/analyzers), each at istioctl's level. Findings
under our own codes (no IST equivalent) are not part of the comparison: istioctl has no
opinion there.

The cases are the tricky ones: the root namespace, exportTo, ambient waypoints,
ServiceEntry-defined hosts, the mesh config, and one fixture per IST code.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from otlp_istio import messages
from otlp_istio.analyzers.examples import EXAMPLES

HERE = Path(__file__).parent
GRID = HERE / "grid"
FIX = EXAMPLES

CASES = [
    # exportTo: visible where exported, IST0101 elsewhere
    ("exportto", [GRID / "exportto.yaml"], None, [
        ("IST0101", "VirtualService team-b/from-b"),
        ("IST0101", "VirtualService team-b/from-b"),
    ]),
    # ServiceEntry hosts (exact and wildcard) resolve; their ports are checked
    ("serviceentry hosts", [GRID / "serviceentry-hosts.yaml"], None, [
        ("IST0101", "VirtualService egress/external"),
        ("IST0112", "VirtualService egress/external"),
    ]),
    # the root namespace comes from the rendered mesh config; only there do policies select mesh-wide
    ("root namespace", [GRID / "root-namespace.yaml"], None, [
        ("IST0127", "AuthorizationPolicy istio-system/cart-anywhere"),
        ("IST0127", "AuthorizationPolicy istio-system/mesh-wide"),
    ]),
    # ambient: no IST0102, waypoint and control-plane Services exempt from IST0118
    ("ambient waypoint", [GRID / "ambient-waypoint.yaml"], None, [
        ("IST0123", "Namespace mixed"),
        ("IST0118", "Service shop/cart"),
    ]),
    # subsets on node topology: only the empty one matches no pod
    ("topology labels", [GRID / "topology.yaml"], None, [
        ("IST0173", "DestinationRule default/topo"),
    ]),
    # --meshConfigFile: providers come from it
    ("mesh config file", [GRID / "mesh-config.yaml"], GRID / "mesh-config.mesh.yaml", [
        ("IST0002", "Telemetry istio-system/mesh-default"),
        ("IST0157", "Telemetry istio-system/mesh-default"),
    ]),
    ("mesh config file absent", [GRID / "mesh-config.yaml"], None, [
        ("IST0157", "Telemetry istio-system/mesh-default"),
    ]),
    # a STRICT namespace without injection: IST0102 at Info (our OI1302 Error is ours, not compared)
    ("strict not injected", [FIX / "OI1302" / "fail.yaml"], None, [
        ("IST0102", "Namespace legacy"),
    ]),
    ("host not found", [FIX / "OI1101" / "fail.yaml"], None, None),
    ("subset not found", [FIX / "OI1102" / "fail.yaml"], None, None),
    ("port not found", [FIX / "OI1103" / "fail.yaml"], None, None),
    ("port required", [FIX / "OI1104" / "fail.yaml"], None, None),
    ("unreachable rule", [FIX / "OI1106" / "fail.yaml"], None, None),
    ("ineffective match", [FIX / "OI1107" / "fail.yaml"], None, None),
    ("unknown DR host, wildcard", [FIX / "OI1202" / "fail.yaml"], None, None),
    ("subset selects no pod", [FIX / "OI1203" / "fail.yaml"], None, None),
    ("no CA certificates", [FIX / "OI1204" / "fail.yaml"], None, None),
    ("no CA certificates, port", [FIX / "OI1205" / "fail.yaml"], None, None),
    ("port name", [FIX / "OI1401" / "fail.yaml"], None, None),
    ("ExternalName port name", [FIX / "OI1403" / "fail.yaml"], None, None),
    ("conflicting protocols", [FIX / "OI1404" / "fail.yaml"], None, None),
    ("conflicting target ports", [FIX / "OI1405" / "fail.yaml"], None, None),
    ("authz no workload", [FIX / "OI1501" / "fail.yaml"], None, None),
    ("telemetry conflict", [FIX / "OI1503" / "fail.yaml"], None, None),
    ("telemetry namespace-wide", [FIX / "OI1504" / "fail.yaml"], None, None),
    ("authz namespace", [FIX / "OI1505" / "fail.yaml"], None, None),
    ("telemetry selector", [FIX / "OI1506" / "fail.yaml"], None, None),
    ("telemetry provider", [FIX / "OI1507" / "fail.yaml"], None, None),
    ("lightstep", [FIX / "OI1508" / "fail.yaml"], None, None),
    ("unknown annotation", [FIX / "OI1601" / "fail.yaml"], None, None),
    ("misplaced annotation", [FIX / "OI1602" / "fail.yaml"], None, None),
    ("namespace not injected", [FIX / "OI1701" / "fail.yaml"], None, None),
    ("pod missing proxy", [FIX / "OI1702" / "fail.yaml"], None, None),
    ("multiple injection labels", [FIX / "OI1703" / "fail.yaml"], None, None),
    ("gateway not found", [FIX / "OI1108" / "fail.yaml"], None, None),
    ("host not in gateway", [FIX / "OI1109" / "fail.yaml"], None, None),
    ("mesh gateway host conflict", [FIX / "OI1110" / "fail.yaml"], None, None),
    ("sidecar selector", [FIX / "OI1801" / "fail.yaml"], None, None),
    ("sidecar conflict", [FIX / "OI1802" / "fail.yaml"], None, None),
    ("sidecars without selector", [FIX / "OI1803" / "fail.yaml"], None, None),
    ("sidecar in ambient", [FIX / "OI1804" / "fail.yaml"], None, None),
    ("service entry addresses", [FIX / "OI1805" / "fail.yaml"], None, None),
    ("service entry protocols", [FIX / "OI1806" / "fail.yaml"], None, None),
    ("gateway selector", [FIX / "OI1901" / "fail.yaml"], None, None),
    ("gateway port", [FIX / "OI1902" / "fail.yaml"], None, None),
    ("gateway credential missing", [FIX / "OI1903" / "fail.yaml"], None, None),
    ("gateway credential invalid", [FIX / "OI1904" / "fail.yaml"], None, None),
    ("conflicting gateways", [FIX / "OI1905" / "fail.yaml"], None, None),
    ("invalid annotation value", [FIX / "OI1605" / "fail.yaml"], None, None),
    ("ingress route without subset", [FIX / "OI1112" / "fail.yaml"], None, None),
    ("jwt claim routing", [FIX / "OI1113" / "fail.yaml"], None, None),
    ("rule after catch-all match (ours)", [FIX / "OI1111" / "fail.yaml"], None, None),
    ("internal gateway reference", [FIX / "OI1114" / "fail.yaml"], None, None),
    ("selector on a Kubernetes Gateway", [FIX / "OI1510" / "fail.yaml"], None, None),
    ("deprecated annotation", [FIX / "OI1607" / "fail.yaml"], None, None),
    ("namespaces injected by default", [FIX / "OI1704" / "fail.yaml"], None, None),
    ("duplicate certificate", [FIX / "OI1906" / "fail.yaml"], None, None),
    ("deprecated fault delay percent", [FIX / "OI1115" / "fail.yaml"], None, None),
    ("deprecated sidecar egressProxy", [FIX / "OI1807" / "fail.yaml"], None, None),
    ("application UID 1337", [FIX / "OI1407" / "fail.yaml"], None, None),
    ("image auto, deployment", [FIX / "OI1705" / "fail.yaml"], None, None),
    ("image auto, pod", [FIX / "OI1706" / "fail.yaml"], None, None),
    ("negative status conditions", [FIX / "OI1001" / "fail.yaml"], None, None),
    ("proxy image mismatch", [FIX / "OI1707" / "fail.yaml"], None, None),
    # a certificate istiod accepts with a key it does not check: nothing for istioctl (ours: OI1907)
    ("credential key (ours)", [FIX / "OI1907" / "fail.yaml"], None, []),
    ("mutual TLS without CA (ours)", [FIX / "OI1908" / "fail.yaml"], None, []),
    # pod templates and other kinds: istioctl does not look there (ours: OI1603, OI1604, OI1606, OI1608)
    ("annotations istioctl does not check", [FIX / "OI1603" / "fail.yaml", FIX / "OI1604" / "fail.yaml",
                                            FIX / "OI1606" / "fail.yaml", FIX / "OI1608" / "fail.yaml"], None, []),
    # IST0145 as istioctl compares: selector strings (equal, or one inside the other on a shared
    # pod), the other Gateway's last server per port, hosts as written
    ("conflicting gateways, istioctl's matching", [GRID / "conflicting-gateways.yaml"], None, [
        ("IST0145", "Gateway team-a/alpha"),
        ("IST0145", "Gateway team-b/beta"),
        ("IST0145", "Gateway team-d/delta"),
    ]),
    # the annotation analyzer's reading of domains, unknown names, ignored and deprecated ones
    ("annotations as istioctl reads them", [GRID / "annotations.yaml"], None, [
        ("IST0107", "Namespace staging"),
        ("IST0108", "Service shop/web"),
        ("IST0125", "Pod shop/probe-values"),
        ("IST0107", "Pod shop/dashboards"),
        ("IST0108", "Pod shop/legacy"),
        ("IST0108", "Pod shop/legacy"),
        ("IST0107", "Deployment shop/fortio"),
        ("IST0135", "Deployment shop/fortio"),
    ]),
    # istioctl's stand-in ingress gateway for files (analyzers/file_defaults.py), and without it
    ("stand-in ingress gateway", [GRID / "ingress-stand-in.yaml"], None, [
        ("IST0101", "Gateway shop/public"),  # its credential, looked up in istio-system
        ("IST0162", "Gateway shop/public"),
        ("IST0101", "Gateway shop/internal"),  # its selector
    ]),
    ("no ingress controller", [GRID / "ingress-stand-in.yaml"], GRID / "ingress-off.mesh.yaml", [
        ("IST0101", "Gateway shop/public"),
        ("IST0101", "Gateway shop/internal"),
    ]),
    # Pods in the files: Pod checks name the Pod, Deployment checks the Deployment only
    ("pods beside their deployment", [GRID / "pods.yaml"], None, [
        ("IST0116", "Deployment shop/cart"),
        ("IST0135", "Pod shop/cart-7c9f8d6b5-abcde"),
        ("IST0125", "Pod shop/cart-7c9f8d6b5-abcde"),
        ("IST0103", "Pod shop/cart-7c9f8d6b5-abcde"),
        ("IST0107", "Pod shop/cart-7c9f8d6b5-fghij"),
    ]),
]


def _expected_from_fixture(path: Path) -> list[tuple[str, str]]:
    """A fixture's ``# expect:`` lines as istioctl (code, origin) pairs (IST-coded ones only)."""
    CODES = {m.code: m for m in messages.analyzer_messages()}
    from otlp_istio.validate.output.istioctl import origin
    out = []
    for line in path.read_text().splitlines():
        if line.startswith("# expect: "):
            code, resource, _ = (x.strip() for x in line[len("# expect: "):].split("|"))
            if CODES[code].istio_code:
                out.append((CODES[code].istio_code, origin(resource)))
    return out


@pytest.mark.parametrize("name, files, mesh, expected", CASES, ids=[c[0] for c in CASES])
def test_ist_coded_findings_are_istioctls(cli, name, files, mesh, expected):
    args = ["analyze", *map(str, files), "-o", "istioctl"]
    if mesh is not None:
        args += ["--meshConfigFile", str(mesh)]
    r = cli(*args)
    assert r.code in (0, 1), r.err
    got = [(d["code"], d["origin"], d["level"]) for d in json.loads(r.out) if d["code"].startswith("IST")]
    if expected is None:
        expected = _expected_from_fixture(files[0])
        assert expected, "a fixture case lists what istioctl reports"
    assert sorted((c, o) for c, o, _ in got) == sorted(expected)
    assert all(level == messages.istio_level(code).value for code, _, level in got)


def test_every_mirrored_istioctl_code_has_a_failing_grid_case():
    CODES = {m.code: m for m in messages.analyzer_messages()}
    covered = set()
    for _, files, _, expected in CASES:
        covered |= {c for c, _ in (expected or _expected_from_fixture(files[0]))}
    assert covered == {c.istio_code for c in CODES.values() if c.istio_code}


@pytest.mark.parametrize("flags, expected", [
    # a pod template stands for its pods: nothing selects nothing
    ([], []),
    # --pods-only: as istioctl reading the files, which sees no Pod of a Deployment
    (["--pods-only"], [
        ("IST0173", "DestinationRule shop/cart"),
        ("IST0101", "Telemetry shop/cart-traces"),
        ("IST0101", "Sidecar shop/cart"),
        ("IST0127", "AuthorizationPolicy shop/cart"),
        ("IST0101", "Gateway edge/edge"),
    ]),
], ids=["templates stand for pods", "pods only"])
def test_pods_only_matches_istioctl_on_files(cli, flags, expected):
    r = cli("analyze", str(GRID / "templates-only.yaml"), "-o", "istioctl", *flags)
    assert r.code in (0, 1), r.err
    got = [(d["code"], d["origin"]) for d in json.loads(r.out) if d["code"].startswith("IST")]
    assert sorted(got) == sorted(expected)
