"""Fields Istio deprecated (istioctl's deprecation analyzer, IST0002 Deprecated).

* OI1115 (IST0002) an http rule's ``fault.delay.percent`` (an integer) above 0: replaced by
  ``fault.delay.percentage.value``.
  FAIL: ``fault: {delay: {percent: 50, fixedDelay: 5s}}``.
  PASS: ``fault: {delay: {percentage: {value: 50}, fixedDelay: 5s}}``.
* OI1807 (IST0002) a Sidecar's ``outboundTrafficPolicy.egressProxy``: ignored by Istio.
"""
from __future__ import annotations

from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, as_dict, as_list

NAME = "deprecation"
DESCRIPTION = "Deprecated fields of VirtualServices and Sidecars"
KINDS = ("VirtualService", "Sidecar")


def analyze(index: Index) -> Iterator[Finding]:
    for vs in index.kind("VirtualService"):
        for i, rule in enumerate(as_list(vs.spec.get("http"))):
            percent = as_dict(as_dict(as_dict(rule).get("fault")).get("delay")).get("percent")
            if isinstance(percent, (int, float)) and not isinstance(percent, bool) and percent > 0:
                yield vs.finding(messages.DEPRECATED_FAULT_DELAY_PERCENT, f"spec.http[{i}].fault.delay.percent", (
                    f"fault.delay.percent is deprecated; write percentage: {{value: {percent}}} instead (the "
                    "percent field may be dropped by a future Istio)"))
    for sc in index.kind("Sidecar"):
        if "egressProxy" in as_dict(sc.spec.get("outboundTrafficPolicy")):
            yield sc.finding(messages.SIDECAR_EGRESS_PROXY_IGNORED, "spec.outboundTrafficPolicy.egressProxy", (
                "outboundTrafficPolicy.egressProxy is ignored by Istio; route outbound traffic to an egress "
                "gateway with a ServiceEntry and VirtualService instead, and remove egressProxy"))
