"""The Kubernetes CEL functions the CRD rules use, for the ``cel`` evaluator (PyPI
``common-expression-language``).

The API server adds libraries to standard CEL; the rules of our CRDs need the URL library
(``isURL``, ``url(...).getScheme()`` ...), from the strings extension ``substring`` and
``split``, and from the IP library ``isIP``. This module supplies those and the rest of the
URL and strings libraries' small functions, written from their documented behaviour:

* URLs follow Go's ``url.ParseRequestURI`` (what Kubernetes calls): an absolute URI or an
  absolute path; ``url()`` of anything else is an error, ``isURL`` says false. A URL value
  is passed around as a CEL map with a marker key.
* The strings functions index by code point and fail on out-of-range arguments.
* ``isIP`` is true for an IPv4 or IPv6 address without a zone that is not IPv4-mapped
  (what Kubernetes' IP library accepts; IPv4 with leading zeros is refused).

The API server also escapes property names that CEL cannot spell (a CEL keyword such as
``namespace`` becomes ``__namespace__``; ``__``, ``.``, ``-`` and ``/`` inside a name become
``__underscores__``, ``__dot__``, ``__dash__``, ``__slash__``): :func:`escaped_fields` finds the
escaped names a rule reads, and :func:`escape_keys` renames those keys in the value.

A Python exception inside a custom function would make the evaluator print to stderr, so
the functions here never raise: they record the error in :data:`ERRORS` and return a
placeholder; the caller treats a recorded error as a failed evaluation (as the API server
does).
"""
from __future__ import annotations

import ipaddress
import re
import threading
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import parse_qs

URL_MARK = "__kubernetes.URL__"
# Errors the functions record during one evaluation: per thread (the CEL library calls the
# functions on the thread that evaluates), gathered by ``collecting_errors``.
_local = threading.local()

_CTL_RE = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME_FIRST = re.compile(r"[A-Za-z]")
_SCHEME_REST = re.compile(r"[A-Za-z0-9+.\-]")
_HOST_BAD = set(" \"#/<>?@[\\]^`{|}")  # characters Go's url package refuses in a host name
_BAD_ESCAPE_RE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _fail(message: str, placeholder: Any = "") -> Any:
    errors = getattr(_local, "errors", None)
    if errors is not None:
        errors.append(message)
    return placeholder


@contextmanager
def collecting_errors() -> Iterator[list[str]]:
    """The errors the functions report while the block evaluates, on this thread only."""
    outer = getattr(_local, "errors", None)
    _local.errors = errors = []
    try:
        yield errors
    finally:
        _local.errors = outer


# ----------------------------------------------------------------- URLs (Go's ParseRequestURI)

def parse_request_uri(raw: str) -> dict[str, Any] | str:
    """The parts of ``raw`` as a dict, or an error message."""
    if not isinstance(raw, str):
        return f"url: expected a string, got {type(raw).__name__}"
    if _CTL_RE.search(raw):
        return "net/url: invalid control character in URL"
    if raw == "":
        return "empty url"
    parts = {URL_MARK: raw, "scheme": "", "opaque": "", "userinfo": "", "host": "", "path": "",
             "rawQuery": ""}
    if raw == "*":
        parts["path"] = "*"
        return parts
    rest = raw
    for i, ch in enumerate(raw):
        if ch == ":":
            if i == 0:
                return "missing protocol scheme"
            parts["scheme"], rest = raw[:i].lower(), raw[i + 1:]
            break
        if not (_SCHEME_FIRST.match(ch) if i == 0 else _SCHEME_REST.match(ch)):
            break
    if rest.endswith("?") and rest.count("?") == 1:
        rest = rest[:-1]
    elif "?" in rest:
        rest, parts["rawQuery"] = rest.split("?", 1)
    if not rest.startswith("/"):
        if parts["scheme"]:
            parts["opaque"] = rest
            return parts
        return "invalid URI for request"
    if parts["scheme"] and rest.startswith("//"):
        authority, slash, path = rest[2:].partition("/")
        rest = slash + path
        userinfo, at, host = authority.rpartition("@")
        if not at:
            host, userinfo = authority, ""
        error = _check_host(host)
        if error:
            return error
        parts["userinfo"], parts["host"] = userinfo, host
    if _BAD_ESCAPE_RE.search(rest):
        return "invalid URL escape in path"
    parts["path"] = rest
    return parts


def _check_host(host: str) -> str | None:
    port = ""
    if host.startswith("["):
        end = host.find("]")
        if end < 0:
            return "missing ']' in host"
        port = host[end + 1:]
        name = host[1:end]
    elif ":" in host:
        i = host.rfind(":")
        name, port = host[:i], host[i:]
    else:
        name = host
    if port and not (port.startswith(":") and port[1:].isdigit() or port == ":"):
        return f"invalid port {port!r} after host"
    if _BAD_ESCAPE_RE.search(name):
        return "invalid URL escape in host"
    if not host.startswith("[") and any(ch in _HOST_BAD for ch in name):
        return f"invalid character in host name {name!r}"
    return None


_EMPTY_URL = {URL_MARK: "", "scheme": "", "opaque": "", "userinfo": "", "host": "", "path": "", "rawQuery": ""}


def _url_parts(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict) and URL_MARK in value:
        return value
    return None


def is_url(value: Any) -> bool:
    return isinstance(parse_request_uri(value), dict)


def url(value: Any) -> Any:
    parts = parse_request_uri(value)
    if isinstance(parts, str):
        return _fail(f"URL parse error during conversion from string: {parts}", dict(_EMPTY_URL))
    return parts


def _url_getter(name: str):
    def get(value: Any, *_: Any) -> Any:
        parts = _url_parts(value)
        if parts is None:
            return _fail(f"{name}: receiver is not a URL")
        if name == "getScheme":
            return parts["scheme"]
        host = parts["host"]
        if name == "getHost":
            return host
        if name == "getHostname":
            if host.startswith("["):
                return host[1:host.find("]")]
            return host.rsplit(":", 1)[0] if ":" in host else host
        if name == "getPort":
            if host.startswith("["):
                tail = host[host.find("]") + 1:]
                return tail[1:] if tail.startswith(":") else ""
            return host.rsplit(":", 1)[1] if ":" in host else ""
        if name == "getEscapedPath":
            return parts["path"]
        if name == "getQuery":
            return parse_qs(parts["rawQuery"], keep_blank_values=True)
        return _fail(f"unknown URL accessor {name}")
    return get


# ----------------------------------------------------------------- IP library

def is_ip(value: Any) -> Any:
    if not isinstance(value, str):
        return _fail("isIP: expected a string")
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and (addr.scope_id or addr.ipv4_mapped is not None):
        return False
    return True


# ----------------------------------------------------------------- property-name escaping

# CEL's reserved words: a property named like one is spelt ``__<word>__`` in a rule.
CEL_RESERVED = frozenset(("true", "false", "null", "in", "as", "break", "const", "continue", "else", "for",
                          "function", "if", "import", "let", "loop", "package", "namespace", "return", "var",
                          "void", "while"))
_ESCAPES = (("__", "__underscores__"), (".", "__dot__"), ("-", "__dash__"), ("/", "__slash__"))
_FIELD_RE = re.compile(r"\.\s*([A-Za-z_][A-Za-z0-9_]*)")


def escape_name(name: str) -> str:
    """The identifier a rule uses for the property ``name``."""
    if name in CEL_RESERVED:
        return f"__{name}__"
    out, i = [], 0
    while i < len(name):
        for raw, escaped in _ESCAPES:
            if name.startswith(raw, i):
                out.append(escaped)
                i += len(raw)
                break
        else:
            out.append(name[i])
            i += 1
    return "".join(out)


def unescape_name(ident: str) -> str:
    """The property name a rule's identifier stands for (the inverse of :func:`escape_name`)."""
    if ident.startswith("__") and ident.endswith("__") and ident[2:-2] in CEL_RESERVED:
        return ident[2:-2]
    out, i = [], 0
    while i < len(ident):
        for raw, escaped in _ESCAPES:
            if ident.startswith(escaped, i):
                out.append(raw)
                i += len(escaped)
                break
        else:
            out.append(ident[i])
            i += 1
    return "".join(out)


def escaped_fields(rule: str) -> dict[str, str]:
    """``{property name: escaped identifier}`` for the escaped field selections of a rule."""
    found = {}
    for ident in _FIELD_RE.findall(rule):
        name = unescape_name(ident)
        if name != ident and escape_name(name) == ident:
            found[name] = ident
    return found


def escape_keys(value: Any, names: dict[str, str]) -> Any:
    """``value`` with every object key in ``names`` renamed to its escaped identifier."""
    if isinstance(value, dict):
        return {names.get(k, k): escape_keys(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [escape_keys(v, names) for v in value]
    return value


# ----------------------------------------------------------------- strings extension

def _int_arg(value: Any, what: str) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(f"{what}: expected an int, got {type(value).__name__}")
        return None
    return value


def substring(s: Any, start: Any, end: Any = None) -> Any:
    if not isinstance(s, str):
        return _fail("substring: receiver is not a string")
    a = _int_arg(start, "substring")
    b = len(s) if end is None else _int_arg(end, "substring")
    if a is None or b is None:
        return ""
    if a < 0 or a > len(s):
        return _fail(f"index out of range: {a}")
    if b < 0 or b > len(s):
        return _fail(f"index out of range: {b}")
    if b < a:
        return _fail(f"invalid substring range. start: {a}, end: {b}")
    return s[a:b]


def char_at(s: Any, index: Any) -> Any:
    i = _int_arg(index, "charAt")
    if not isinstance(s, str) or i is None:
        return _fail("charAt: bad arguments")
    if i < 0 or i > len(s):
        return _fail(f"index out of range: {i}")
    return s[i:i + 1]


def index_of(s: Any, sub: Any, offset: Any = 0) -> Any:
    i = _int_arg(offset, "indexOf")
    if not isinstance(s, str) or not isinstance(sub, str) or i is None:
        return _fail("indexOf: bad arguments", -1)
    if i < 0 or i > len(s):
        return _fail(f"index out of range: {i}", -1)
    return s.find(sub, i)


def last_index_of(s: Any, sub: Any, offset: Any = None) -> Any:
    if not isinstance(s, str) or not isinstance(sub, str):
        return _fail("lastIndexOf: bad arguments", -1)
    if offset is None:
        return s.rfind(sub)
    i = _int_arg(offset, "lastIndexOf")
    if i is None or i < 0 or i > len(s):
        return _fail(f"index out of range: {offset}", -1)
    return s.rfind(sub, 0, i + len(sub))


def lower_ascii(s: Any) -> Any:
    if not isinstance(s, str):
        return _fail("lowerAscii: receiver is not a string")
    return "".join(c.lower() if c.isascii() else c for c in s)


def upper_ascii(s: Any) -> Any:
    if not isinstance(s, str):
        return _fail("upperAscii: receiver is not a string")
    return "".join(c.upper() if c.isascii() else c for c in s)


def replace(s: Any, old: Any, new: Any, limit: Any = -1) -> Any:
    n = _int_arg(limit, "replace")
    if not all(isinstance(x, str) for x in (s, old, new)) or n is None:
        return _fail("replace: bad arguments")
    return s.replace(old, new, n if n >= 0 else -1)


def split(s: Any, sep: Any, limit: Any = -1) -> Any:
    n = _int_arg(limit, "split")
    if not isinstance(s, str) or not isinstance(sep, str) or n is None:
        return _fail("split: bad arguments", [])
    if n == 0:
        return []
    if sep == "":
        chars = list(s)
        return chars if n < 0 or n >= len(chars) else chars[:n - 1] + ["".join(chars[n - 1:])]
    return s.split(sep, n - 1 if n > 0 else -1)


def trim(s: Any) -> Any:
    if not isinstance(s, str):
        return _fail("trim: receiver is not a string")
    return s.strip()


def join(items: Any, sep: Any = "") -> Any:
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items) or not isinstance(sep, str):
        return _fail("join: bad arguments")
    return sep.join(items)


FUNCTIONS = {
    "isIP": is_ip,
    "isURL": is_url,
    "url": url,
    "getScheme": _url_getter("getScheme"),
    "getHost": _url_getter("getHost"),
    "getHostname": _url_getter("getHostname"),
    "getPort": _url_getter("getPort"),
    "getEscapedPath": _url_getter("getEscapedPath"),
    "getQuery": _url_getter("getQuery"),
    "substring": substring,
    "charAt": char_at,
    "indexOf": index_of,
    "lastIndexOf": last_index_of,
    "lowerAscii": lower_ascii,
    "upperAscii": upper_ascii,
    "replace": replace,
    "split": split,
    "trim": trim,
    "join": join,
}
