"""The certificates of Istio Gateways (istioctl's gateway.SecretAnalyzer and CertificateAnalyzer).

The gateway pods (a Gateway's ``selector`` matched against pods and pod templates of every
namespace; the first one found) decide where a ``tls.credentialName`` is read: a
``namespace/name`` credential names its namespace, a plain ``name`` means the gateway pods'.

* OI1903 (IST0101) no such Secret.
* OI1904 (IST0161) the Secret is not one istiod can serve, checked as istiod checks it:
  non-empty ``cert`` and ``key`` in ``data`` (else ``tls.crt`` and ``tls.key``); the first PEM
  block of the certificate holds DER X.509 certificates; every one of them is valid now (not
  expired, not before its start). ``stringData`` is not read (istioctl reads files as they are;
  the API server would move it into ``data``), and the key is not looked at.
  FAIL: ``tls.crt`` that is not PEM, keys named otherwise, an expired certificate.
  PASS: a current PEM certificate under ``tls.crt``, whatever ``tls.key`` holds.
* OI1907 (ours, stricter) the certificate passes, but ``key`` (``tls.key``) is not a PEM private
  key without a passphrase, or not the key of the (first) certificate: the gateway cannot
  complete a TLS handshake with it.
* OI1908 (ours) a ``MUTUAL`` or ``OPTIONAL_MUTUAL`` server whose credential has no CA certificate
  to verify clients with, where istiod looks for one: ``cacert`` or ``ca.crt`` in the data of the
  Secret ``<credentialName>-cacert`` when it exists, else of the credential Secret itself; the
  listener cannot verify client certificates without it.
* OI1906 (IST0138) two Gateways use the same certificate (the same ``credentialName``, or the
  same ``serverCertificate`` and ``privateKey``) where the first one's selector is a subset of
  the other's (an empty selector: every Gateway), in any namespace. Reported on the first, once
  per other Gateway; both are reported when the selectors are equal.
"""
from __future__ import annotations

import base64
import binascii
import datetime
import re
import warnings
from typing import Iterator

from .. import messages
from ..findings import Finding
from .index import Index, Resource, as_dict, as_list, str_map, text

NAME = "gateway_credentials"
DESCRIPTION = "Gateway credential Secrets and certificates shared between Gateways"
KINDS = ("Gateway", "Secret", "Deployment", "Pod")

_PEM_BLOCK = re.compile(r"-----BEGIN ([^-\r\n]*)-----\r?\n(.*?)-----END \1-----", re.S)
_KEY_PAIRS = (("cert", "key"), ("tls.crt", "tls.key"))


def analyze(index: Index) -> Iterator[Finding]:
    gateways = sorted(index.kind("Gateway"), key=lambda r: (r.namespace or "", r.name))
    secrets = {(s.namespace, s.name): s for s in index.kind("Secret")}
    now = datetime.datetime.now(datetime.timezone.utc)
    for gw in gateways:
        found = index.select_pods(None, str_map(gw.spec.get("selector")))
        if found:  # no pod: OI1901 (gateway_servers) says so, as istioctl's own IST0101 does
            yield from _credentials(gw, found[0].namespace, secrets, now)
    yield from _duplicates(gateways)


def _credentials(gw: Resource, namespace: str, secrets: dict, now: datetime.datetime) -> Iterator[Finding]:
    for i, server in enumerate(as_list(gw.spec.get("servers"))):
        name = text(as_dict(as_dict(server).get("tls")).get("credentialName"))
        if not name:
            continue
        key = tuple(name.split("/", 1)) if "/" in name else (namespace, name)
        path = f"spec.servers[{i}].tls.credentialName"
        secret = secrets.get(key)
        if secret is None:
            yield gw.finding(messages.GATEWAY_CREDENTIAL_NOT_FOUND, path, (
                f"credential {name}: no Secret {key[0]}/{key[1]} (the gateway pods run in namespace {namespace}, "
                "where the gateway reads its credentials); create it there or fix the name"))
            continue
        problem, cert, private_key = _certificate_problem(secret, now)
        if problem:
            yield gw.finding(messages.GATEWAY_CREDENTIAL_INVALID, path, (
                f"Secret {key[0]}/{key[1]} is not a credential the gateway can serve: {problem}; traffic to this "
                "server fails; put a current PEM certificate and its key under tls.crt and tls.key (or cert and "
                "key) in the Secret's data"))
            continue
        problem = _key_problem(cert, private_key)
        if problem:
            yield gw.finding(messages.GATEWAY_CREDENTIAL_KEY_INVALID, path, (
                f"Secret {key[0]}/{key[1]}: {problem}, so the gateway cannot complete a TLS handshake for this "
                "server; put the certificate's own PEM private key (without passphrase) beside it"))
        mode = text(as_dict(as_dict(server).get("tls")).get("mode"))
        if mode in ("MUTUAL", "OPTIONAL_MUTUAL"):
            ca_secret = secrets.get((key[0], f"{key[1]}-cacert"), secret)
            if not any(_data(ca_secret).get(k) for k in ("cacert", "ca.crt")):
                yield gw.finding(messages.GATEWAY_MUTUAL_WITHOUT_CA_CERTIFICATE, path, (
                    f"tls mode {mode} needs a CA certificate to verify clients, and Secret "
                    f"{ca_secret.namespace}/{ca_secret.name} has no cacert or ca.crt; add ca.crt (or cacert) to "
                    f"it, or a Secret {key[1]}-cacert with the CA in namespace {key[0]}"))


def _data(secret: Resource) -> dict[str, bytes]:
    out = {}
    for k, v in as_dict(secret.data.get("data")).items():
        try:
            out[str(k)] = base64.b64decode(text(v), validate=True)
        except (binascii.Error, ValueError):
            out[str(k)] = b""
    return out


def _certificate_problem(secret: Resource, now: datetime.datetime) -> tuple[str, list, bytes]:
    """What istiod finds wrong with the Secret ('' for nothing), its certificates and key."""
    data = _data(secret)
    for cert_key, key_key in _KEY_PAIRS:
        if data.get(cert_key) and data.get(key_key):
            break
    else:
        for cert_key, key_key in _KEY_PAIRS:
            if cert_key in data and key_key in data:
                return f"its data keys {cert_key} and {key_key} are empty", [], b""
        strings = as_dict(secret.data.get("stringData"))
        if any(c in strings and k in strings for c, k in _KEY_PAIRS):
            return ("its certificate and key are under stringData, which istioctl does not read from files (the "
                    "API server moves them into data when the Secret is applied; write them base64-encoded under "
                    "data)"), [], b""
        found = ", ".join(sorted(data)[:3]) + (f", and {len(data) - 3} more" if len(data) > 3 else "") or "none"
        return (f"it has neither cert and key nor tls.crt and tls.key in its data (data keys: {found})", [], b"")
    der = _first_pem_block(data[cert_key])
    if der is None:
        return f"{cert_key} holds no PEM block", [], b""
    try:
        certs = _load_certificates(der)
    except ValueError:
        return f"the first PEM block of {cert_key} is not an X.509 certificate", [], b""
    for cert in certs:
        if now > cert.not_valid_after_utc or now < cert.not_valid_before_utc:
            return (f"its certificate ({cert.subject.rfc4514_string() or 'no subject'}) is valid from "
                    f"{cert.not_valid_before_utc:%Y-%m-%d} to {cert.not_valid_after_utc:%Y-%m-%d}, not now"), [], b""
    return "", certs, data[key_key]


def _first_pem_block(data: bytes) -> bytes | None:
    """The bytes of the first well-formed PEM block (any type, headers skipped), as Go's pem.Decode."""
    for block in _PEM_BLOCK.finditer(data.decode("latin-1")):
        body = "".join(line.strip() for line in block.group(2).splitlines() if ":" not in line)
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            continue
    return None


def _load_certificates(der: bytes) -> list:
    """The DER certificates one after another in ``der`` (as Go's x509.ParseCertificates)."""
    from cryptography import x509

    certs = []
    while der:
        if len(der) < 2 or der[0] != 0x30:
            raise ValueError("not a DER sequence")
        size, head = der[1], 2
        if size & 0x80:
            n = size & 0x7F
            if n == 0 or n > 4 or len(der) < 2 + n:
                raise ValueError("bad DER length")
            size, head = int.from_bytes(der[2:2 + n], "big"), 2 + n
        end = head + size
        if end > len(der):
            raise ValueError("truncated DER")
        with warnings.catch_warnings():  # cryptography's notes on odd serial numbers: istiod accepts them
            warnings.simplefilter("ignore")
            certs.append(x509.load_der_x509_certificate(der[:end]))
        der = der[end:]
    if not certs:
        raise ValueError("no certificate")
    return certs


def _key_problem(certs: list, key: bytes) -> str:
    from cryptography.hazmat.primitives import serialization

    try:
        private = serialization.load_pem_private_key(key, password=None)
    except (ValueError, TypeError):
        return "its key is not a PEM private key without passphrase"
    except Exception:  # an algorithm this cryptography build does not support
        return "its key is not a private key the gateway can read"
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if private.public_key().public_bytes(*spki) != certs[0].public_key().public_bytes(*spki):
        return "its key is not the private key of its certificate"
    return ""


def _same_certificate(a: dict, b: dict) -> bool:
    """istioctl's haveSameCertificate: one credentialName, or one serverCertificate and privateKey."""
    ca, cb = text(a.get("credentialName")), text(b.get("credentialName"))
    if ca and cb:
        return ca == cb
    if ca or cb:
        return False
    ka, kb = text(a.get("privateKey")), text(b.get("privateKey"))
    sa, sb = text(a.get("serverCertificate")), text(b.get("serverCertificate"))
    return bool(sa and sa == sb and ka and ka == kb)


def _duplicates(gateways: list[Resource]) -> Iterator[Finding]:
    tls = {id(g): [as_dict(as_dict(s).get("tls")) for s in as_list(g.spec.get("servers"))
                   if isinstance(as_dict(s).get("tls"), dict)] for g in gateways}
    for gw in gateways:
        selector = str_map(gw.spec.get("selector"))
        for other in gateways:
            if other is gw or not tls[id(other)]:
                continue
            theirs = str_map(other.spec.get("selector"))
            if any(theirs.get(k) != v for k, v in selector.items()):
                continue
            if any(_same_certificate(a, b) for a in tls[id(gw)] for b in tls[id(other)]):
                yield gw.finding(messages.GATEWAY_DUPLICATE_CERTIFICATE, "metadata.name", (
                    f"Gateway {other.namespace}/{other.name} uses the same certificate on the same gateway pods; "
                    "an HTTP/2 client that re-uses its connection for a host of the other Gateway gets 404s; serve "
                    "the certificate's hosts from one Gateway, or give each Gateway its own certificate"))
