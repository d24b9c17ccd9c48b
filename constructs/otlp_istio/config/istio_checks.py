"""Values Istio (or the proxy) refuses, or reads so that they never match, checked where the
environment file writes them: each function returns what is wrong in the file's terms, or None.

Facts from Istio's sources: ServiceEntry hosts are wildcard domains, FQDNs when a DNS resolution
has no endpoints, STATIC endpoints are IP addresses (``ValidateServiceEntry``,
``validateWorkloadEntry`` in pkg/config/validation/validation.go; ``ValidateWildcardDomain``,
``ValidateFQDN`` in pkg/config/validation/agent/validation.go); AuthorizationPolicy ports are
single numbers (``ValidatePorts``, pkg/config/security/security.go); a principal gets
``spiffe://`` put in front of it and a method is matched exactly (pilot/pkg/security/authz/model/
generator.go, matcher/header.go). Envoy compiles every regex with RE2 (``safe_regex``).
"""
from __future__ import annotations

import ipaddress
import re
from typing import Optional

_LABEL = re.compile(r"^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?$")
_PLACEHOLDER = re.compile(r"\$\{[^}]*\}|\$\([^)]*\)")
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # an HTTP field name (RFC 9110 token)


def placeholder(value: str) -> Optional[str]:
    """``${VAR}`` or ``$(VAR)``: nothing the tool renders substitutes it."""
    found = _PLACEHOLDER.search(value)
    if found is None:
        return None
    return (f"{value!r} holds the placeholder {found.group(0)!r}, which nothing substitutes here: it would be "
            "rendered as written; write the value itself")


def host(value: str) -> Optional[str]:
    """A ServiceEntry host: a domain name, ``*.`` in front at most."""
    if "://" in value:
        written = value.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0]
        return f"{value!r} is a URL; a host is a name only: {written!r} (the port goes under ports)"
    if "/" in value:
        return f"{value!r}: a host has no path; write {value.split('/', 1)[0]!r}"
    if ":" in value:
        name, _, port = value.rpartition(":")
        return f"{value!r}: a host has no port; write {name!r} and put {port} under ports"
    if value == "*":
        return "'*' alone is not a host Istio accepts in a ServiceEntry; name a domain, such as *.example.com"
    labels = value.split(".")
    first = labels[0]
    if len(value) > 255 or not all(_LABEL.match(label) and len(label) <= 63 for label in labels[1:]) \
            or not (first == "*" or first.startswith("*") and _LABEL.match(first[1:]) or _LABEL.match(first)):
        return (f"{value!r} is not a domain name: labels of letters, digits and '-' joined by '.', "
                "a wildcard only as the first label (*.example.com)")
    return None


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def port(value: str) -> Optional[str]:
    """An AuthorizationPolicy port: one number."""
    if re.fullmatch(r"\d+", value) and int(value) <= 65535:
        return None
    if re.fullmatch(r"\d+\s*-\s*\d+", value):
        low, high = (int(p) for p in re.split(r"\s*-\s*", value))
        listed = ", ".join(repr(str(p)) for p in range(low, high + 1)) if 0 < high - low < 10 else "each port"
        return f"{value!r}: Istio takes single ports, not a range; list them: {listed}"
    return f"{value!r} is not a port: a number from 0 to 65535, as a string ('4317')"


def principal(value: str) -> Optional[str]:
    if value.startswith("spiffe://"):
        return (f"{value!r}: Istio puts spiffe:// in front of every principal, so this one would never match; "
                f"write {value[len('spiffe://'):]!r}")
    return None


def method(value: str) -> Optional[str]:
    if value != value.upper():
        return (f"{value!r}: Istio matches the method exactly, and HTTP methods are upper case, so it would "
                f"never match; write {value.upper()!r}")
    return None


def header_name(value: str) -> Optional[str]:
    if not _TOKEN.match(value):
        return (f"{value!r} is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~, no spaces), so no "
                "request carries it")
    return None


def regex(value: str) -> Optional[str]:
    """What RE2 (Envoy's regex engine) refuses, including what Python's ``re`` would accept."""
    import re2  # google-re2: only when a regex is written

    options = re2.Options()
    options.log_errors = False
    try:
        re2.compile(value, options)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        hint = ""
        if reason.startswith("invalid perl operator") or "invalid escape sequence: \\" in reason:
            hint = " (RE2 has no lookaround and no backreferences)"
        return f"{value!r} is not a regular expression Envoy's RE2 accepts: {reason}{hint}"
    return None
