"""The analyzer's message table: one stable code per kind of finding (never renumbered or reused);
the rows themselves are data in :mod:`.code_table`.

``OI01xx`` (schema) and ``OI02xx`` (CEL) belong to the validation gate
(:mod:`otlp_istio.validate.codes`); the analyzer owns ``OI1xxx``, one hundred per family:

* ``OI10xx`` status conditions Istio wrote (:mod:`.conditions`)
* ``OI11xx`` VirtualService routes        (:mod:`.routes`, :mod:`.rule_order`, :mod:`.gateways`, :mod:`.deprecation`)
* ``OI12xx`` DestinationRules             (:mod:`.destinationrules`)
* ``OI13xx`` mutual TLS                   (:mod:`.mtls`)
* ``OI14xx`` Services and workloads       (:mod:`.services`)
* ``OI15xx`` selectors of policies and Telemetry (:mod:`.selectors`, :mod:`.telemetry`)
* ``OI16xx`` annotations                  (:mod:`.istio_annotations`)
* ``OI17xx`` sidecar injection            (:mod:`.injection`, :mod:`.proxy_images`)
* ``OI18xx`` Sidecars and ServiceEntries  (:mod:`.sidecars`, :mod:`.serviceentries`)
* ``OI19xx`` Gateways                     (:mod:`.gateway_servers`, :mod:`.gateway_credentials`)

``istio_code`` is the matching ``istioctl analyze`` message (Istio's
``pkg/config/analysis/msg/messages.yaml``) where one exists. A code with an ``istio_code``
reports what istioctl reports, at istioctl's level (:data:`ISTIO_LEVELS`; a test holds every
such code to it); where our judgement is stricter (OI1302: STRICT namespaces without
injection are an error), it is a code of our own, without an ``istio_code``.
"""
from __future__ import annotations

from .code_table import ISTIO_DOCS, ISTIO_LEVELS, OUR_DOCS, TABLE as _TABLE, Code

__all__ = ["CODES", "Code", "ISTIO_LEVELS", "ISTIO_DOCS", "OUR_DOCS", "documentation_url", "markdown_table",
           "readme_table", "table"]

GATE_DOCS = "README.md#otlp-istio-validate"


CODES: dict[str, Code] = {c.code: c for c in _TABLE}

# Names usable in the analyzer modules: ``codes.ROUTE_HOST_NOT_FOUND`` and so on.
NEGATIVE_CONDITION = "OI1001"
ROUTE_HOST_NOT_FOUND = "OI1101"
ROUTE_SUBSET_NOT_FOUND = "OI1102"
ROUTE_PORT_NOT_FOUND = "OI1103"
ROUTE_PORT_REQUIRED = "OI1104"
ROUTE_WEIGHTS = "OI1105"
UNREACHABLE_RULE = "OI1106"
INEFFECTIVE_MATCH = "OI1107"
VS_GATEWAY_NOT_FOUND = "OI1108"
VS_HOST_NOT_IN_GATEWAY = "OI1109"
CONFLICTING_MESH_GATEWAY_HOSTS = "OI1110"
RULE_AFTER_CATCH_ALL = "OI1111"
INGRESS_ROUTE_WITHOUT_SUBSET = "OI1112"
JWT_CLAIM_ROUTING_WITHOUT_REQUEST_AUTHN = "OI1113"
REFERENCED_INTERNAL_GATEWAY = "OI1114"
DEPRECATED_FAULT_DELAY_PERCENT = "OI1115"
SUBSET_NO_WORKLOAD = "OI1201"
DR_HOST_NOT_FOUND = "OI1202"
SUBSET_NO_POD = "OI1203"
DR_NO_CA_CERTIFICATES = "OI1204"
DR_PORT_NO_CA_CERTIFICATES = "OI1205"
CONFLICTING_DESTINATION_RULES = "OI1206"
STRICT_WORKLOAD_NOT_IN_MESH = "OI1301"
STRICT_NAMESPACE_NOT_INJECTED = "OI1302"
DR_TLS_REJECTED = "OI1303"
DR_MTLS_TO_PLAINTEXT = "OI1304"
PORT_NAME = "OI1401"
APP_VERSION_LABELS = "OI1402"
EXTERNAL_NAME_PORT_NAME = "OI1403"
DEPLOYMENT_CONFLICTING_PROTOCOLS = "OI1404"
DEPLOYMENT_CONFLICTING_TARGET_PORTS = "OI1405"
WORKLOAD_WITHOUT_SERVICE = "OI1406"
APPLICATION_UID_1337 = "OI1407"
AUTHZ_SELECTS_NOTHING = "OI1501"
PEERAUTHN_SELECTS_NOTHING = "OI1502"
TELEMETRY_CONFLICT = "OI1503"
TELEMETRY_MULTIPLE_NAMESPACE_WIDE = "OI1504"
AUTHZ_NAMESPACE_NOT_FOUND = "OI1505"
TELEMETRY_SELECTS_NOTHING = "OI1506"
TELEMETRY_NO_PROVIDER = "OI1507"
TELEMETRY_DEPRECATED_PROVIDER = "OI1508"
TELEMETRY_UNKNOWN_PROVIDER = "OI1509"
INEFFECTIVE_SELECTOR_ON_K8S_GATEWAY = "OI1510"
UNKNOWN_ANNOTATION = "OI1601"
MISPLACED_ANNOTATION = "OI1602"
UNKNOWN_ANNOTATION_ELSEWHERE = "OI1603"
MISPLACED_ANNOTATION_ELSEWHERE = "OI1604"
INVALID_ANNOTATION = "OI1605"
INVALID_ANNOTATION_IN_TEMPLATE = "OI1606"
DEPRECATED_ANNOTATION = "OI1607"
DEPRECATED_ANNOTATION_ELSEWHERE = "OI1608"
NAMESPACE_NOT_INJECTED = "OI1701"
POD_MISSING_PROXY = "OI1702"
NAMESPACE_MULTIPLE_INJECTION_LABELS = "OI1703"
NAMESPACE_INJECTED_BY_DEFAULT = "OI1704"
DEPLOYMENT_IMAGE_AUTO = "OI1705"
POD_IMAGE_AUTO = "OI1706"
PROXY_IMAGE_MISMATCH = "OI1707"
SIDECAR_SELECTS_NOTHING = "OI1801"
CONFLICTING_SIDECARS = "OI1802"
MULTIPLE_NAMESPACE_WIDE_SIDECARS = "OI1803"
SIDECAR_IN_AMBIENT = "OI1804"
SERVICE_ENTRY_ADDRESSES_REQUIRED = "OI1805"
CONFLICTING_SERVICE_ENTRY_PROTOCOL = "OI1806"
SIDECAR_EGRESS_PROXY_IGNORED = "OI1807"
GATEWAY_SELECTS_NOTHING = "OI1901"
GATEWAY_PORT_NOT_ON_SERVICE = "OI1902"
GATEWAY_CREDENTIAL_NOT_FOUND = "OI1903"
GATEWAY_CREDENTIAL_INVALID = "OI1904"
CONFLICTING_GATEWAYS = "OI1905"
GATEWAY_DUPLICATE_CERTIFICATE = "OI1906"
GATEWAY_CREDENTIAL_KEY_INVALID = "OI1907"
GATEWAY_MUTUAL_WITHOUT_CA = "OI1908"


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
