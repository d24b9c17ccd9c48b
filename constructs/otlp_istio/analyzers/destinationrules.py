"""DestinationRules: does the host exist, does each subset select a workload.

* OI1201 a subset's labels, together with the selector of the host's Service, select no
  workload (the seed's ``get_pods_by_subset`` coming back empty; Kiali's KIA0203). Reported only
  when the Service's namespace has workloads among the documents (otherwise nothing is known).
  FAIL: subset ``canary: {version: v2}`` while the only pod template behind the Service has
  ``version: v1``.  PASS: a Deployment whose pod template has ``app`` of the Service's selector
  and ``version: v2``.
* OI1202 (IST0174) the host is defined by no Service and no ServiceEntry.
"""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from . import codes
from .index import Index, Resource, as_dict, as_list, selects, show_labels, str_map, text

NAME = "destinationrules"
DESCRIPTION = "DestinationRule hosts and subsets"
KINDS = ("DestinationRule", "Service", "ServiceEntry", "Deployment", "Pod")


def analyze(index: Index) -> Iterator[Finding]:
    for dr in index.kind("DestinationRule"):
        host = text(dr.spec.get("host"))
        if not host or host.startswith("*"):
            continue  # wildcard rules cover whatever exists
        target, host_fqdn = index.lookup_host(host, dr.namespace or "default")
        if target is None:
            shown = host if host == host_fqdn else f"{host} (read as {host_fqdn})"
            others = [h for h in index.similar_services(host) if h != host_fqdn]
            hint = f"; did you mean {' or '.join(others)}?" if others else (
                "; fix the host (use the FQDN name.namespace.svc.cluster.local for a Service of another "
                "namespace), or add the Service, or a ServiceEntry")
            yield dr.finding(codes.DR_HOST_NOT_FOUND, "spec.host",
                             f"host {shown} is defined by no Service and no ServiceEntry{hint}")
            continue
        if target.kind == "Service":
            yield from _subsets(index, dr, target)


def _subsets(index: Index, dr: Resource, svc: Resource) -> Iterator[Finding]:
    ns = svc.namespace or "default"
    if not index.has_workloads(ns):
        return
    selector = str_map(svc.spec.get("selector"))
    if not selector:
        return  # a Service without selector has hand-made endpoints: nothing to compare with
    behind = index.service_workloads(svc)
    for i, subset in enumerate(as_list(dr.spec.get("subsets"))):
        subset = as_dict(subset)
        labels = str_map(subset.get("labels"))
        if not labels:
            continue
        name = text(subset.get("name"))
        clash = {k for k, v in labels.items() if k in selector and selector[k] != v}
        if clash:
            msg = (f"subset {name!r} ({show_labels(labels)}) can select nothing: it contradicts the selector "
                   f"of {svc.label} ({show_labels(selector)}) on {', '.join(sorted(clash))}; fix the subset labels")
        elif any(selects(labels, w.labels) for w in behind):
            continue
        elif not behind:
            msg = (f"subset {name!r} ({show_labels(labels)}) selects no workload: no workload matches the "
                   f"selector of {svc.label} ({show_labels(selector)}) at all; "
                   f"{index.label_hint(ns, selector)}")
        else:
            seen = sorted({f"{k}={w.labels.get(k, '(unset)')}" for w in behind for k in labels})
            msg = (f"subset {name!r} ({show_labels(labels)}) selects no workload behind {svc.label}: "
                   f"its workloads ({', '.join(sorted({w.label for w in behind})[:5])}) have "
                   f"{', '.join(seen)}; fix the subset labels or label the pod template of the workload "
                   f"this subset is for")
        yield dr.finding(codes.SUBSET_NO_WORKLOAD, f"spec.subsets[{i}].labels", msg)
