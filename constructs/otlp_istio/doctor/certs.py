"""certs: expiry, SPIFFE identity and issuer chain of certificates.

Reads PEM files, Kubernetes Secrets (``kubectl get secret -o yaml`` output: every data key
holding PEM certificates, e.g. ``tls.crt``, ``ca.crt``, ``cert-chain.pem``, ``root-cert.pem``;
private keys are never read) or the secrets section of an Envoy config dump (see
:mod:`.envoy`). For each certificate: subject, issuer, SPIFFE ID
(``spiffe://<trust-domain>/ns/<namespace>/sa/<service-account>``), days to expiry.

FAIL: a certificate expired or not yet valid; a chain whose next certificate is not the
issuer of the one before (or whose signature does not verify against it); a leaf whose SPIFFE
ID is not the expected one. WARN: less than ``warn_days`` left, or, for a certificate whose
whole lifetime is shorter than that (Istio workload certificates live 24 h and are renewed at
half of it), less than a fifth of its lifetime left: rotation is stuck.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature

from ..errors import Problem, UserError
from .result import CheckResult, Status

ID = "certs"
DESCRIPTION = "certificate expiry, SPIFFE ID and issuer chain (PEM files, Secrets, Envoy dumps)"

SPIFFE_RE = re.compile(r"^spiffe://(?P<td>[^/]+)/ns/(?P<ns>[^/]+)/sa/(?P<sa>[^/]+)$")
PEM_CERT = b"-----BEGIN CERTIFICATE-----"
DEFAULT_WARN_DAYS = 30


@dataclass
class Bundle:
    """The certificates of one source (a file, a Secret key, an Envoy secret), in order."""

    source: str
    certs: list[x509.Certificate]
    group: str  # sources of one group (a Secret, a dump) may hold each other's issuers


@dataclass
class Expected:
    """The identity a leaf must carry (any part may be left open)."""

    spiffe_id: str | None = None
    namespace: str | None = None
    service_account: str | None = None
    trust_domain: str | None = None

    def mismatch(self, spiffe: list[str]) -> str | None:
        if not any((self.spiffe_id, self.namespace, self.service_account, self.trust_domain)):
            return None
        if not spiffe:
            return "it carries no SPIFFE ID (no spiffe:// URI SAN)"
        for uri in spiffe:
            if self.spiffe_id and uri == self.spiffe_id:
                return None
            m = SPIFFE_RE.match(uri)
            if self.spiffe_id or not m:
                continue
            if ((self.namespace is None or m["ns"] == self.namespace)
                    and (self.service_account is None or m["sa"] == self.service_account)
                    and (self.trust_domain is None or m["td"] == self.trust_domain)):
                return None
        return f"its SPIFFE ID is {', '.join(spiffe)}, expected {self.describe()}"

    def describe(self) -> str:
        if self.spiffe_id:
            return self.spiffe_id
        return (f"spiffe://{self.trust_domain or '<trust-domain>'}/ns/{self.namespace or '<any>'}"
                f"/sa/{self.service_account or '<any>'}")


def parse_pem(data: bytes, source: str) -> list[x509.Certificate]:
    """Every certificate of a PEM text; a clear error when there is none or one is damaged."""
    if PEM_CERT not in data:
        raise UserError(Problem(file=source, path="", message="no PEM certificate in it (expected "
                                "-----BEGIN CERTIFICATE-----)"))
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise UserError(Problem(file=source, path="", message=f"a PEM certificate in it cannot be read: {exc}")) from None


def from_files(paths: list[Path]) -> list[Bundle]:
    bundles, problems = [], []
    for p in paths:
        try:
            bundles.append(Bundle(str(p), parse_pem(p.read_bytes(), str(p)), group=str(p.parent)))
        except OSError as exc:
            problems.append(Problem(file=str(p), path="", message=f"cannot read: {exc.strerror or exc}"))
        except UserError as exc:
            problems.extend(exc.problems)
    if problems:
        raise UserError(problems)
    return bundles


def from_secret(path: Path) -> list[Bundle]:
    """Bundles of every certificate-holding key of the Secrets in a YAML file (``-`` is not read)."""
    from ..yamlio import load_documents
    bundles: list[Bundle] = []
    secrets = []
    for doc in load_documents(path):
        data = doc.data if isinstance(doc.data, dict) else {}
        items = data.get("items") if data.get("kind", "").endswith("List") else [data]
        secrets.extend(i for i in items or [] if isinstance(i, dict) and i.get("kind") == "Secret")
    if not secrets:
        raise UserError(Problem(file=str(path), path="", message="no Secret in it (expected the output of "
                                "`kubectl get secret NAME -o yaml`)"))
    for s in secrets:
        meta = s.get("metadata") or {}
        name = f"Secret {meta.get('namespace', 'default')}/{meta.get('name', '?')}"
        for key, value in sorted((s.get("data") or {}).items()):
            try:
                raw = base64.b64decode(str(value), validate=True)
            except (binascii.Error, ValueError):
                raise UserError(Problem(file=str(path), path=f"{name}: data.{key}",
                                        message="not valid base64 (Secret data is base64-encoded)")) from None
            if PEM_CERT in raw:
                bundles.append(Bundle(f"{name} {key}", parse_pem(raw, f"{path}: {name} data.{key}"), group=name))
        for key, value in sorted((s.get("stringData") or {}).items()):
            if PEM_CERT.decode() in str(value):
                bundles.append(Bundle(f"{name} {key}", parse_pem(str(value).encode(), f"{path}: {name} stringData.{key}"),
                                      group=name))
    if not bundles:
        raise UserError(Problem(file=str(path), path="", message="the Secret holds no PEM certificate in any key"))
    return bundles


def spiffe_ids(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [u for u in san.get_values_for_type(x509.UniformResourceIdentifier) if u.startswith("spiffe://")]


def dns_names(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return san.get_values_for_type(x509.DNSName)


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> str | None:
    """None when ``issuer`` issued ``cert``; else why not."""
    if cert.issuer != issuer.subject:
        return f"its issuer is {cert.issuer.rfc4514_string()}, not {issuer.subject.rfc4514_string()}"
    try:
        cert.verify_directly_issued_by(issuer)
    except InvalidSignature:
        return (f"its signature does not verify with the key of {issuer.subject.rfc4514_string()} "
                "(same name, different key: a rotated or foreign CA)")
    except (ValueError, TypeError) as exc:
        return f"it cannot be verified against {issuer.subject.rfc4514_string()}: {exc}"
    return None


@dataclass
class CertReport:
    source: str
    position: int
    cert: x509.Certificate
    problems: list[tuple[Status, str]] = field(default_factory=list)

    @property
    def status(self) -> Status:
        return Status.worst(s for s, _ in self.problems)

    def to_dict(self, now: dt.datetime) -> dict[str, Any]:
        c = self.cert
        return {"source": self.source, "position": self.position, "subject": c.subject.rfc4514_string(),
                "issuer": c.issuer.rfc4514_string(), "serial": format(c.serial_number, "x"),
                "spiffe_ids": spiffe_ids(c), "dns_names": dns_names(c), "ca": is_ca(c),
                "not_before": c.not_valid_before_utc.isoformat(), "not_after": c.not_valid_after_utc.isoformat(),
                "days_left": round((c.not_valid_after_utc - now).total_seconds() / 86400, 2),
                "status": self.status.value, "problems": [m for _, m in self.problems]}


def _name(cert: x509.Certificate) -> str:
    """How a certificate is named in a chain: its SPIFFE ID, else its subject."""
    return ", ".join(spiffe_ids(cert)) or cert.subject.rfc4514_string() or "(empty subject)"


def _expiry(cert: x509.Certificate, now: dt.datetime, warn_days: float) -> tuple[Status, str] | None:
    after, before = cert.not_valid_after_utc, cert.not_valid_before_utc
    if after <= now:
        return Status.FAIL, f"expired {_ago(now - after)} ago ({after:%Y-%m-%d %H:%M} UTC)"
    if before > now:
        return Status.FAIL, f"not valid before {before:%Y-%m-%d %H:%M} UTC (clock skew, or issued for later)"
    left = after - now
    lifetime = after - before
    limit = dt.timedelta(days=warn_days)
    if lifetime <= limit:
        limit = lifetime / 5
    if left < limit:
        return Status.WARN, f"expires in {_ago(left)} ({after:%Y-%m-%d %H:%M} UTC)"
    return None


def _ago(delta: dt.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"


@dataclass
class Chain:
    """One source's certificates in order, by name."""

    source: str
    chain: list[str]
    ends_at_root: bool


@dataclass
class Verdict:
    status: Status
    summary: str
    next: list[str]


def _problems(b: Bundle, i: int, cert: x509.Certificate, group: list[x509.Certificate], expected: Expected | None,
              warn_days: float, now: dt.datetime) -> list[tuple[Status, str]]:
    """What is wrong with certificate ``i`` of ``b``: expiry, its issuer in the chain or the group, identity."""
    problems = []
    exp = _expiry(cert, now, warn_days)
    if exp:
        problems.append(exp)
    if i + 1 < len(b.certs):
        why = signed_by(cert, b.certs[i + 1])
        if why:
            problems.append((Status.FAIL, f"broken chain: certificate {i + 1} of {b.source} does not issue it: {why}"))
    elif cert.issuer == cert.subject:
        why = signed_by(cert, cert)
        if why:
            problems.append((Status.FAIL, f"self-signed but {why}"))
    else:
        issuers = [c for c in group if c.subject == cert.issuer and c is not cert]
        if issuers and all(signed_by(cert, c) for c in issuers):
            problems.append((Status.FAIL, f"broken chain: {signed_by(cert, issuers[0])}"))
    if expected is not None and not is_ca(cert) and i == 0:
        wrong = expected.mismatch(spiffe_ids(cert))
        if wrong:
            problems.append((Status.FAIL, f"wrong identity: {wrong}"))
    return problems


def gather(bundles: list[Bundle], *, expected: Expected | None = None, warn_days: float = DEFAULT_WARN_DAYS,
           now: dt.datetime) -> tuple[list[CertReport], list[Chain]]:
    """Each certificate with what is wrong with it, and each source's chain."""
    by_group: dict[str, list[x509.Certificate]] = {}
    for b in bundles:
        by_group.setdefault(b.group, []).extend(b.certs)
    reports = [CertReport(b.source, i, cert, _problems(b, i, cert, by_group[b.group], expected, warn_days, now))
               for b in bundles for i, cert in enumerate(b.certs)]
    chains = [Chain(b.source, [_name(c) for c in b.certs], bool(b.certs) and b.certs[-1].issuer == b.certs[-1].subject)
              for b in bundles]
    return reports, chains


def judge(reports: list[CertReport], n_sources: int) -> Verdict:
    """The status, the summary and what to do, from the certificates' problems alone."""
    status = Status.worst(r.status for r in reports)
    nexts = []
    text_all = " ".join(m for r in reports for _, m in r.problems)
    if "expire" in text_all or "not valid before" in text_all:
        nexts.append("workload certificates: `otlp-istio doctor refresh-certs --env <env>` then publish (new pods "
                     "get new certificates from istiod); CA / root certificates: rotate the CA (Istio's cacerts "
                     "Secret) first, then refresh the workloads")
    if "broken chain" in text_all:
        nexts.append("the chain mixes CAs: re-issue from one CA, or put the right intermediate / root next to the "
                     "certificate (Istio: cacerts must hold ca-cert.pem, ca-key.pem, root-cert.pem and "
                     "cert-chain.pem of one CA)")
    if "wrong identity" in text_all:
        nexts.append("the workload runs under another namespace / service account than expected: check "
                     "spec.serviceAccountName of its pod template, and the principals of AuthorizationPolicies")
    n_leaf = sum(1 for r in reports if not is_ca(r.cert))
    soonest = min(reports, key=lambda r: r.cert.not_valid_after_utc)
    summary = (f"{len(reports)} certificate(s) ({n_leaf} leaf) from {n_sources} source(s); soonest expiry "
               f"{soonest.cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC ({soonest.source})")
    if status is not Status.OK:
        bad = sum(1 for r in reports if r.status is not Status.OK)
        summary = f"{bad} of {len(reports)} certificate(s) need attention; " + summary
    return Verdict(status, summary, nexts)


def render(reports: list[CertReport], chains: list[Chain], verdict: Verdict, *, expected: Expected | None,
           warn_days: float, now: dt.datetime, env: str | None) -> CheckResult:
    details = []
    for r in reports:
        c = r.cert
        ident = ", ".join(spiffe_ids(c)) or ", ".join(dns_names(c)) or "no SAN"
        tag = {"ok": "ok", "warn": "WARN", "fail": "FAIL"}[r.status.value]
        details.append(f"{tag} {r.source} #{r.position}: {c.subject.rfc4514_string() or '(empty subject)'} [{ident}]"
                       f"{' CA' if is_ca(c) else ''}, issuer {c.issuer.rfc4514_string()}, "
                       f"{(c.not_valid_after_utc - now).total_seconds() / 86400:.1f} days left")
        details.extend(f"    {m}" for _, m in r.problems)
    for ch in chains:
        if len(ch.chain) > 1:
            details.append(f"chain of {ch.source}: {' ← '.join(ch.chain)}"
                           + (" (self-signed root)" if ch.ends_at_root else ""))
    return CheckResult(id=ID, status=verdict.status, summary=verdict.summary, details=details, next=verdict.next,
                       env=env, data={"certificates": [r.to_dict(now) for r in reports],
                                      "chains": [asdict(ch) for ch in chains],
                                      "expected_identity": expected.describe() if expected and expected.mismatch([])
                                      else None, "warn_days": warn_days})


def check(bundles: list[Bundle], *, expected: Expected | None = None, warn_days: float = DEFAULT_WARN_DAYS,
          now: dt.datetime | None = None, env: str | None = None) -> CheckResult:
    now = now or dt.datetime.now(dt.timezone.utc)
    reports, chains = gather(bundles, expected=expected, warn_days=warn_days, now=now)
    return render(reports, chains, judge(reports, len(bundles)), expected=expected, warn_days=warn_days, now=now,
                  env=env)
