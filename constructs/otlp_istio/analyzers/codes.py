"""The analyzer's message table: one stable code per kind of finding (never renumbered or reused).

``OI01xx`` (schema) and ``OI02xx`` (CEL) belong to the validation gate
(:mod:`otlp_istio.validate.codes`); the analyzer owns ``OI1xxx``, one hundred per family:

* ``OI11xx`` VirtualService routes        (:mod:`.routes`)
* ``OI12xx`` DestinationRules             (:mod:`.destinationrules`)
* ``OI13xx`` mutual TLS                   (:mod:`.mtls`)
* ``OI14xx`` Services and workloads       (:mod:`.services`)
* ``OI15xx`` selectors of policies and Telemetry (:mod:`.selectors`, :mod:`.telemetry`)
* ``OI16xx`` annotations                  (:mod:`.istio_annotations`)

``istio_code`` is the matching ``istioctl analyze`` message (Istio's
``pkg/config/analysis/msg/messages.yaml``) where one exists; our severity can differ from
istioctl's level (it is stated here, per code).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Severity

ISTIO_DOCS = "https://istio.io/latest/docs/reference/config/analysis/{code}/"
# Relative to the project (and to a checkout of it): the page `otlp-istio explain CODE` mirrors.
OUR_DOCS = "docs/analyzers.md#{code}"
GATE_DOCS = "README.md#otlp-istio-validate"


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: Severity
    istio_code: str | None
    description: str  # one line: what the finding means
    fix: str  # one line: what to do about it

    @property
    def documentation_url(self) -> str:
        if self.istio_code:
            return ISTIO_DOCS.format(code=self.istio_code.lower())
        return OUR_DOCS.format(code=self.code.lower())


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

_TABLE = [
    # ---- OI11xx: VirtualService routes
    Code("OI1101", "RouteHostNotFound", E, "IST0101",
         "a route (or mirror) destination host is defined by no Service and no ServiceEntry",
         "fix the host (short names resolve in the VirtualService's namespace), or add the Service / a ServiceEntry"),
    Code("OI1102", "RouteSubsetNotFound", E, "IST0101",
         "a route destination names a subset that no DestinationRule for its host defines",
         "add the subset to the host's DestinationRule, or route to a subset it defines"),
    Code("OI1103", "RoutePortNotFound", E, "IST0101",
         "a route destination port is not a port of the Service / ServiceEntry",
         "use one of the ports the Service exposes (spec.ports[].port), or expose the port"),
    Code("OI1104", "RoutePortRequired", E, "IST0112",
         "a route destination has no port but its Service exposes several",
         "set destination.port.number to the port the route is for"),
    Code("OI1105", "RouteWeightsNotHundred", W, None,
         "the weights of a route's destinations do not sum to 100 (Istio normalizes them)",
         "make the weights add up to 100 so the split is the one you read"),
    Code("OI1106", "UnreachableRouteRule", W, "IST0130",
         "an http/tcp rule can never match because an earlier rule matches everything",
         "move the catch-all rule (no match, or prefix '/') to the end"),
    Code("OI1107", "IneffectiveMatch", I, "IST0131",
         "a match condition repeats one of an earlier rule, so it is never used",
         "remove the duplicate match or make it more specific than the earlier one"),
    # ---- OI12xx: DestinationRules
    Code("OI1201", "SubsetSelectsNoWorkload", W, None,
         "a DestinationRule subset's labels (with the Service's selector) select no workload",
         "fix the subset labels, or label the pod template of the workload the subset is for"),
    Code("OI1202", "DestinationRuleHostNotFound", W, "IST0174",
         "a DestinationRule host is defined by no Service and no ServiceEntry",
         "fix the host (use the FQDN for another namespace), or add the Service / a ServiceEntry"),
    # ---- OI13xx: mutual TLS
    Code("OI1301", "StrictMtlsWorkloadNotInMesh", E, None,
         "a workload is under STRICT mTLS but gets no sidecar, so STRICT is not enforced for it "
         "and it cannot call STRICT workloads",
         "enable injection for it (label sidecar.istio.io/inject: \"true\"), or apply PERMISSIVE to it until it is ready"),
    Code("OI1302", "StrictMtlsNamespaceNotInjected", E, "IST0102",
         "a namespace is under STRICT mTLS but is not enabled for sidecar injection",
         "label the namespace istio-injection=enabled (or istio.io/rev=<revision>), or use PERMISSIVE there first"),
    Code("OI1303", "DestinationRuleTlsRejectedByStrict", E, None,
         "a DestinationRule sends plaintext or non-Istio TLS (DISABLE/SIMPLE) to workloads whose "
         "PeerAuthentication is STRICT: the server sidecars reject it",
         "use ISTIO_MUTUAL (or drop the tls setting: auto mTLS), or make the PeerAuthentication PERMISSIVE"),
    Code("OI1304", "DestinationRuleMtlsToPlaintext", W, None,
         "a DestinationRule sends Istio mTLS (ISTIO_MUTUAL) to workloads that cannot accept it "
         "(PeerAuthentication DISABLE, or no sidecar)",
         "drop the tls setting (auto mTLS picks the right mode), or enable mTLS/injection for the workloads"),
    # ---- OI14xx: Services and workloads
    Code("OI1401", "PortNameNotProtocol", I, "IST0118",
         "a Service port is neither named <protocol>[-<suffix>] nor has appProtocol, so Istio guesses the protocol",
         "name the port http, http-..., grpc-..., tcp-..., ... or set appProtocol"),
    Code("OI1402", "WorkloadMissingAppVersionLabels", I, None,
         "a workload's pod template has no app and/or version label (Istio's telemetry and subsets use them)",
         "add labels app: <service> and version: <v> (or app.kubernetes.io/name and /version) to spec.template.metadata.labels"),
    # ---- OI15xx: selectors of policies and Telemetry
    Code("OI1501", "AuthorizationPolicySelectsNothing", W, "IST0127",
         "an AuthorizationPolicy's selector matches no workload",
         "fix spec.selector.matchLabels to match the pod labels of the workload to protect"),
    Code("OI1502", "PeerAuthenticationSelectsNothing", W, None,
         "a PeerAuthentication's selector matches no workload in its namespace",
         "fix spec.selector.matchLabels, or remove the selector to make the policy namespace-wide"),
    Code("OI1503", "ConflictingTelemetrySelectors", E, "IST0159",
         "two Telemetry resources of one namespace select the same workload",
         "make the selectors disjoint, or merge the Telemetry resources"),
    Code("OI1504", "MultipleNamespaceWideTelemetries", E, "IST0160",
         "a namespace has more than one Telemetry without a selector",
         "keep one selector-less Telemetry per namespace; give the others selectors or merge them"),
    # ---- OI16xx: annotations
    Code("OI1601", "UnknownIstioAnnotation", W, "IST0108",
         "an annotation in an istio.io domain is not one Istio knows (often a typo)",
         "correct the name (see https://istio.io/latest/docs/reference/config/annotations/) or remove it"),
    Code("OI1602", "MisplacedIstioAnnotation", W, "IST0107",
         "an Istio annotation is on a kind of resource it has no effect on",
         "move it where it belongs (pod annotations go under spec.template.metadata.annotations)"),
]

CODES: dict[str, Code] = {c.code: c for c in _TABLE}

# Names usable in the analyzer modules: ``codes.ROUTE_HOST_NOT_FOUND`` and so on.
ROUTE_HOST_NOT_FOUND = "OI1101"
ROUTE_SUBSET_NOT_FOUND = "OI1102"
ROUTE_PORT_NOT_FOUND = "OI1103"
ROUTE_PORT_REQUIRED = "OI1104"
ROUTE_WEIGHTS = "OI1105"
UNREACHABLE_RULE = "OI1106"
INEFFECTIVE_MATCH = "OI1107"
SUBSET_NO_WORKLOAD = "OI1201"
DR_HOST_NOT_FOUND = "OI1202"
STRICT_WORKLOAD_NOT_IN_MESH = "OI1301"
STRICT_NAMESPACE_NOT_INJECTED = "OI1302"
DR_TLS_REJECTED = "OI1303"
DR_MTLS_TO_PLAINTEXT = "OI1304"
PORT_NAME = "OI1401"
APP_VERSION_LABELS = "OI1402"
AUTHZ_SELECTS_NOTHING = "OI1501"
PEERAUTHN_SELECTS_NOTHING = "OI1502"
TELEMETRY_CONFLICT = "OI1503"
TELEMETRY_MULTIPLE_NAMESPACE_WIDE = "OI1504"
UNKNOWN_ANNOTATION = "OI1601"
MISPLACED_ANNOTATION = "OI1602"


def documentation_url(code: str, istio_code: str | None = None) -> str:
    """Where a finding's code is explained: Istio's page for IST codes, ours otherwise."""
    if istio_code:
        return ISTIO_DOCS.format(code=istio_code.lower())
    known = CODES.get(code)
    if known is not None:
        return known.documentation_url
    # schema / CEL codes of the validation gate
    return GATE_DOCS


def markdown_table() -> str:
    """The code table in Markdown, as ``docs/analyzers.md`` holds it (each row an anchor ``#oi1101``)."""
    def cell(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")

    rows = ["| code | name | severity | istioctl | what it means | what to do |", "|---|---|---|---|---|---|"]
    for c in _TABLE:
        istio = f"[{c.istio_code}]({c.documentation_url})" if c.istio_code else "—"
        rows.append(f'| <a id="{c.code.lower()}"></a>{c.code} | {c.name} | {c.severity.value} | {istio} | '
                    f"{cell(c.description)} | {cell(c.fix)} |")
    return "\n".join(rows)


def table() -> dict[str, dict]:
    """The code table as plain data (for the README and ``docs/analyzers.md``)."""
    return {c.code: {"name": c.name, "severity": c.severity.value, "istio_code": c.istio_code,
                     "description": c.description, "fix": c.fix} for c in _TABLE}



def readme_table() -> str:
    """The short code table of the README (code, name, severity, istioctl code, meaning)."""
    rows = ["| code | name | severity | istioctl | what it means |", "|---|---|---|---|---|"]
    for code, c in sorted(table().items()):
        rows.append(f"| {code} | {c['name']} | {c['severity']} | {c['istio_code'] or '—'} | {c['description']} |")
    return "\n".join(rows) + "\n"
