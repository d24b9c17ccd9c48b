"""mtls: the mTLS mode in force per workload, and whether STRICT is safe.

The mode per workload is resolved as Istio resolves it (workload selector, then namespace-wide,
then mesh-wide PeerAuthentication, else PERMISSIVE; ``portLevelMtls`` per port) by the
analyzer's index, and the problems are the analyzer's mTLS findings (OI1301-OI1304): this
check only arranges them per workload and adds the advice "PERMISSIVE first, STRICT
once every workload is in the mesh", as a verdict:

* ``strict-enforced`` (ok): STRICT applies and every workload under it has a sidecar;
* ``ready-for-strict`` (ok): PERMISSIVE, and every workload has a sidecar: switch to STRICT;
* ``not-ready`` (ok): PERMISSIVE, some workloads have no sidecar yet: keep PERMISSIVE;
* ``strict-broken`` (fail): STRICT covers workloads without a sidecar, or a DestinationRule
  sends plaintext to STRICT workloads (OI1301/OI1302/OI1303);
* ``disabled`` (warn): mTLS DISABLE for every workload.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .. import messages
from ..analyzers.index import SYSTEM_NAMESPACES
from ..findings import Finding
from .result import CheckResult, Status
from .sources import Manifests

ID = "mtls"
DESCRIPTION = "mTLS mode per workload, workloads STRICT covers without a sidecar, DestinationRule TLS clashes"

# the analyzer's families this check reports: OI13xx mTLS (readiness, DestinationRule TLS), OI17xx injection
MTLS_FAMILIES = ("OI13", "OI17")
POD_MISSING_PROXY = messages.POD_MISSING_PROXY


@dataclass
class WorkloadMode:
    """The mTLS mode in force for one workload, and whether it has a sidecar."""

    workload: str
    namespace: str
    mode: str  # STRICT, PERMISSIVE or DISABLE
    source: str  # the PeerAuthentication that sets it, or Istio's default
    port_modes: dict[str, str]  # port -> mode, where portLevelMtls differs
    sidecar: bool | None  # None: unknown
    sidecar_reason: str

    @property
    def strict(self) -> bool:
        return self.mode == "STRICT" or "STRICT" in self.port_modes.values()


@dataclass
class NamespaceMode:
    namespace: str
    mode: str
    source: str
    injection: bool | None
    injection_reason: str


@dataclass
class Facts:
    """What the manifests say, as the analyzer's index resolves it."""

    workloads: list[WorkloadMode]
    namespaces: list[NamespaceMode]
    findings: list[Finding]  # the analyzer's mTLS and injection findings


@dataclass
class Verdict:
    verdict: str  # strict-enforced, ready-for-strict, not-ready, strict-broken, disabled
    status: Status
    summary: str
    next: list[str] = field(default_factory=list)
    strict: list[WorkloadMode] = field(default_factory=list)  # workloads STRICT applies to
    outside: list[WorkloadMode] = field(default_factory=list)  # workloads without a sidecar


def gather(m: Manifests) -> Facts:
    index = m.index
    skip = SYSTEM_NAMESPACES | {index.root_namespace}
    workloads = []
    for w in index.workloads:
        if w.namespace in skip or w.resource.id in index.stand_ins:
            continue
        peer = index.peer_mode(w)
        in_mesh, reason = index.in_mesh(w)
        ports = {str(p): mode for p, (mode, _) in sorted(peer.ports.items())}
        workloads.append(WorkloadMode(w.label, w.namespace, peer.mode,
                                      peer.source.label if peer.source else "Istio default (PERMISSIVE)",
                                      ports, in_mesh, reason))
    namespaces = []
    for ns in sorted(index.namespaces):
        if ns in skip:
            continue
        mode, source = index.namespace_mode(ns)
        injected, reason = index.namespace_injection(ns)
        namespaces.append(NamespaceMode(ns, mode, source.label if source else "Istio default", injected, reason))
    findings = [f for f in m.findings if f.code.startswith(MTLS_FAMILIES)]
    if not m.from_cluster:
        # a Pod manifest not applied yet gets its sidecar from the injector: IST0103 is for live Pods
        findings = [f for f in findings if f.code != POD_MISSING_PROXY]
    return Facts(workloads, namespaces, findings)


def judge(facts: Facts) -> Verdict:
    """The verdict on the facts alone (no index, no I/O)."""
    workloads, namespaces, findings = facts.workloads, facts.namespaces, facts.findings
    status = Status.of_findings(findings)
    strict = [w for w in workloads if w.strict]
    outside = [w for w in workloads if w.sidecar is False]
    modes = sorted({w.mode for w in workloads}) or sorted({n.mode for n in namespaces})
    nexts: list[str] = []
    if status is Status.FAIL:
        verdict = "strict-broken"
        summary = (f"STRICT mTLS is not safe: {len([f for f in findings if f.severity.rank == 3])} problem(s) "
                   "(workloads without a sidecar under STRICT, or plaintext towards STRICT workloads)")
        nexts.append("fix the findings below, or set mtls.mode: PERMISSIVE until every workload has a sidecar "
                     "(PERMISSIVE first, STRICT when ready)")
    elif modes and all(x == "DISABLE" for x in modes):
        verdict = "disabled"
        status = Status.worst((status, Status.WARN))
        summary = "mTLS is DISABLED: traffic between workloads is plaintext"
        nexts.append("set mtls.mode: PERMISSIVE, then STRICT once `otlp-istio doctor mtls` says ready-for-strict")
    elif strict:
        verdict = "strict-enforced"
        summary = f"STRICT mTLS enforced for {len(strict)} of {len(workloads)} workload(s), each with a sidecar"
    elif outside:
        verdict = "not-ready"
        summary = (f"workloads {'/'.join(modes) or 'PERMISSIVE'}; not ready for STRICT: {len(outside)} workload(s) "
                   f"get no sidecar ({', '.join(w.workload for w in outside[:5])})")
        nexts.append("keep PERMISSIVE; enable sidecar injection for those workloads first "
                     "(namespace label istio-injection=enabled or pod label sidecar.istio.io/inject: \"true\")")
    else:
        verdict = "ready-for-strict"
        summary = (f"workloads {'/'.join(modes) or 'PERMISSIVE'}; ready for STRICT: all {len(workloads)} workload(s) "
                   "have a sidecar")
        sources = sorted({w.source for w in workloads if w.mode != "STRICT"})
        if any(src.startswith("PeerAuthentication") and src not in {n.source for n in namespaces} for src in sources):
            nexts.append(f"these workloads are PERMISSIVE by {', '.join(sources)}: make that policy STRICT (or remove "
                         "it) when whatever needs plaintext to them is in the mesh")
        else:
            nexts.append("set mtls.mode: STRICT in the environment file when you are ready (synth, validate, publish)")
    ns_modes = ", ".join(f"{n.namespace} {n.mode}" for n in namespaces)
    if ns_modes:
        summary = f"namespaces {ns_modes}; {summary}"
    if status is Status.WARN and verdict != "disabled":
        nexts.append("see the warnings below: a DestinationRule sends Istio mTLS to workloads that cannot accept it")
    return Verdict(verdict, status, summary, nexts, strict, outside)


def _detail(w: WorkloadMode) -> str:
    return (f"{w.workload}: {w.mode} ({w.source})"
            + (f", ports {', '.join(f'{p}={md}' for p, md in w.port_modes.items())}" if w.port_modes else "")
            + (", sidecar" if w.sidecar else f", NO sidecar: {w.sidecar_reason}" if w.sidecar is False
               else f", sidecar unknown: {w.sidecar_reason}"))


def render(facts: Facts, verdict: Verdict, env: str | None) -> CheckResult:
    data = {"verdict": verdict.verdict, "workloads": [asdict(w) for w in facts.workloads],
            "namespaces": [asdict(n) for n in facts.namespaces],
            "strict_workloads": [w.workload for w in verdict.strict],
            "without_sidecar": [w.workload for w in verdict.outside]}
    return CheckResult(id=ID, status=verdict.status, summary=verdict.summary,
                       details=[_detail(w) for w in facts.workloads], next=verdict.next, data=data,
                       findings=facts.findings, env=env)


def check(m: Manifests) -> CheckResult:
    facts = gather(m)
    return render(facts, judge(facts), m.name)
