"""The string and number formats of Kubernetes' built-in validation, as predicates that
return the problems found (an empty list: valid).

Each rule is the API server's (``k8s.io/apimachinery/pkg/util/validation``); the messages say
what the server says, shortened where its examples add nothing.
"""
from __future__ import annotations

import re
from fractions import Fraction

_LABEL = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"
DNS1123_LABEL = re.compile(rf"^{_LABEL}$")
DNS1123_SUBDOMAIN = re.compile(rf"^{_LABEL}(\.{_LABEL})*$")
DNS1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
QUALIFIED_NAME_PART = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
PORT_NAME_CHARS = re.compile(r"^[-a-z0-9]+$")
CONFIG_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
ENV_VAR_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
PERCENT = re.compile(r"^[0-9]+%$")
# a Kubernetes quantity: number, then a binary (Ki..Ei), decimal (n u m k M G T P E) or exponent suffix
QUANTITY = re.compile(r"^([+-]?[0-9]*\.?[0-9]*)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$")
_SUFFIX = {None: Fraction(1), "n": Fraction(1, 10**9), "u": Fraction(1, 10**6), "m": Fraction(1, 1000),
           "k": Fraction(10**3), "M": Fraction(10**6), "G": Fraction(10**9), "T": Fraction(10**12),
           "P": Fraction(10**15), "E": Fraction(10**18), "Ki": Fraction(2**10), "Mi": Fraction(2**20),
           "Gi": Fraction(2**30), "Ti": Fraction(2**40), "Pi": Fraction(2**50), "Ei": Fraction(2**60)}


def max_len(n: int) -> str:
    return f"must be no more than {n} characters"


def dns1123_label(value: str) -> list[str]:
    errs = [max_len(63)] if len(value) > 63 else []
    if not DNS1123_LABEL.match(value):
        errs.append("must not contain dots" if DNS1123_SUBDOMAIN.match(value) else
                    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
                    "and must start and end with an alphanumeric character")
    return errs


def dns1123_subdomain(value: str) -> list[str]:
    errs = [max_len(253)] if len(value) > 253 else []
    if not DNS1123_SUBDOMAIN.match(value):
        errs.append("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
                    "'.', and must start and end with an alphanumeric character")
    return errs


def dns1035_label(value: str) -> list[str]:
    errs = [max_len(63)] if len(value) > 63 else []
    if not DNS1035_LABEL.match(value):
        errs.append("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
                    "alphabetic character, and end with an alphanumeric character")
    return errs


def qualified_name(value: str) -> list[str]:
    """A label or annotation key: ``[prefix/]name``, prefix a DNS subdomain, name at most 63 characters."""
    prefix, slash, name = value.rpartition("/")
    if value.count("/") > 1:
        return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and "
                "end with an alphanumeric character, with an optional DNS subdomain prefix and '/'"]
    errs: list[str] = []
    if slash:
        if not prefix:
            errs.append("prefix part must be non-empty")
        else:
            errs += [f"prefix part {m}" for m in dns1123_subdomain(prefix)]
    if not name:
        errs.append("name part must be non-empty")
    elif len(name) > 63:
        errs.append(f"name part {max_len(63)}")
    elif not QUALIFIED_NAME_PART.match(name):
        errs.append("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end "
                    "with an alphanumeric character")
    return errs


def label_value(value: str) -> list[str]:
    errs = [max_len(63)] if len(value) > 63 else []
    if not LABEL_VALUE.match(value):
        errs.append("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
                    "and must start and end with an alphanumeric character")
    return errs


def port_number(port: int) -> list[str]:
    return [] if 1 <= port <= 65535 else ["must be between 1 and 65535, inclusive"]


def port_name(name: str) -> list[str]:
    """An IANA_SVC_NAME: at most 15 characters of a-z, 0-9 and '-', with a letter, no '--', no '-' at the ends."""
    errs = [max_len(15)] if len(name) > 15 else []
    if not PORT_NAME_CHARS.match(name):
        errs.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
    if not re.search(r"[a-z]", name):
        errs.append("must contain at least one letter (a-z)")
    if "--" in name:
        errs.append("must not contain consecutive hyphens")
    if name.startswith("-") or name.endswith("-"):
        errs.append("must not begin or end with a hyphen")
    return errs


def port_num_or_name(value: int | str) -> list[str]:
    return port_number(value) if isinstance(value, int) else port_name(value)


def _dots(value: str) -> list[str]:
    if value == ".":
        return ["must not be '.'"]
    if value == "..":
        return ["must not be '..'"]
    return ["must not start with '..'"] if value.startswith("..") else []


def config_key(key: str) -> list[str]:
    errs = [max_len(253)] if len(key) > 253 else []
    if not CONFIG_KEY.match(key):
        errs.append("a valid config key must consist of alphanumeric characters, '-', '_' or '.'")
    return errs + _dots(key)


def env_var_name(name: str) -> list[str]:
    errs = [] if ENV_VAR_NAME.match(name) else [
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', "
        "and must not start with a digit"]
    return errs + _dots(name)


def quantity(value: object) -> Fraction | None:
    """The value of a Kubernetes quantity (``500m``, ``1Gi``, ``2``, ``1e3``), or None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return Fraction(value).limit_denominator(10**9)
    if not isinstance(value, str):
        return None
    m = QUANTITY.match(value.strip())
    if not m or not m.group(1) or m.group(1) in ("+", "-", ".", "+.", "-."):
        return None
    try:
        number = Fraction(m.group(1))
    except (ValueError, ZeroDivisionError):
        return None
    suffix = m.group(2)
    if suffix and suffix[0] in "eE" and suffix not in _SUFFIX:
        return number * Fraction(10) ** int(suffix[1:])
    return number * _SUFFIX[suffix]
