"""Schema validation in ``analyze``: istioctl's IST0106 (SchemaValidationError).

istioctl validates each Istio object before its analyzers run (a misspelled ``loadBalancr``, an
empty ``trafficPolicy``). ``analyze`` does the same with the validation gate's own checks —
kubeconform against the committed schemas, the CRDs' CEL rules, the built-in validation of core
kinds and the rules of Istio's webhook (:func:`otlp_istio.validate.schema_findings`) — and
reports their errors on Istio's kinds under IST0106 (our code stays in the finding). Errors on
other kinds keep our schema codes; a kind without a schema is not an error here (istioctl skips
kinds it does not know), nor is a CEL rule the evaluator cannot compile.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

from .. import messages
from ..findings import Finding

ISTIO_CODE = "IST0106"
ISTIO_KINDS = frozenset({
    "VirtualService", "DestinationRule", "ServiceEntry", "Sidecar", "Gateway", "WorkloadEntry", "WorkloadGroup",
    "EnvoyFilter", "ProxyConfig", "PeerAuthentication", "AuthorizationPolicy", "RequestAuthentication",
    "Telemetry", "WasmPlugin",
})
REPORTED = frozenset({messages.SCHEMA_VIOLATION, messages.CEL_RULE_FAILED, messages.CEL_RULE_ERROR})


def as_analyzer_findings(findings: Iterable[Finding]) -> list[Finding]:
    out = []
    for f in findings:
        if f.code not in REPORTED:
            continue
        if f.resource.partition(" ")[0] in ISTIO_KINDS:
            f = dataclasses.replace(f, istio_code=ISTIO_CODE)
        out.append(f)
    return out
