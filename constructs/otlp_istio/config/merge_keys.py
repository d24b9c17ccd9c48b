"""How an environment file's lists of named things are matched with its base's (:mod:`.merge`).

Each list's key is the identity of the object an entry renders (or of the entry itself, for
subsets, ports and ignore rules), as a Kubernetes list's ``patchMergeKey``. Lists not in
:data:`LIST_KEYS` are replaced whole; maps in :data:`NAMED_MAPS` (names the user chose) merge
name by name, and their entries' changes are reported as a list's are.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..hosts import host_label, short_name

Key = tuple  # an entry's identity


def _namespaced(name: Any, entry: dict, default_ns: str) -> Key | None:
    if not isinstance(name, str) or not name:
        return None
    ns = entry.get("namespace")
    return (ns if isinstance(ns, str) and ns else default_ns, name)


def _first_host(entry: dict) -> Any:
    hosts = entry.get("hosts")
    return hosts[0] if isinstance(hosts, list) and hosts and isinstance(hosts[0], str) else None


def _vs_key(entry: dict, ns: str) -> Key | None:
    host = _first_host(entry)
    return _namespaced(entry.get("name") or (short_name(host) if host else None), entry, ns)


def _dr_key(entry: dict, ns: str) -> Key | None:
    host = entry.get("host")
    return _namespaced(entry.get("name") or (short_name(host) if isinstance(host, str) else None), entry, ns)


def _se_key(entry: dict, ns: str) -> Key | None:
    host = _first_host(entry)
    return _namespaced(entry.get("name") or (host_label(host) if host else None), entry, ns)


def _named(entry: dict, ns: str) -> Key | None:
    return _namespaced(entry.get("name"), entry, ns)


def _field(name: str) -> Callable[[dict, str], Key | None]:
    def key(entry: dict, ns: str) -> Key | None:
        value = entry.get(name)
        return None if value is None or isinstance(value, (dict, list)) else (value,)
    return key


def _ignore_key(entry: dict, ns: str) -> Key | None:
    code = entry.get("code")
    return None if not isinstance(code, str) else (code.strip().upper(), entry.get("resource"))


def _show_namespaced(key: Key, namespace: str) -> str:
    return key[1] if key[0] == namespace else f"{key[0]}/{key[1]}"  # the environment's namespace goes unsaid


def _show_field(key: Key, namespace: str) -> str:
    return str(key[0])


def _show_ignore(key: Key, namespace: str) -> str:
    return key[0] if key[1] is None else f"{key[0]} on {key[1]}"


@dataclass(frozen=True)
class ListKey:
    """How the entries of one list are matched: the fields that name an entry (documented), the
    function that computes the key (``None``: the entry has no usable key; it is added) and the
    one that shows it in messages."""

    fields: str
    key: Callable[[dict, str], Key | None]
    show: Callable[[Key, str], str] = _show_namespaced


# field path (list indexes left out) -> how its entries are matched. Lists not here are replaced whole.
LIST_KEYS: dict[tuple[str, ...], ListKey] = {
    ("virtual_services",): ListKey("namespace + name (default: the first host's short name)", _vs_key),
    ("destination_rules",): ListKey("namespace + name (default: the host's short name)", _dr_key),
    ("destination_rules", "subsets"): ListKey("name", _field("name"), _show_field),
    ("peer_authentications",): ListKey("namespace + name", _named),
    ("authorization_policies",): ListKey("namespace + name", _named),
    ("service_entries",): ListKey("namespace + name (default: the first host's first label)", _se_key),
    ("service_entries", "ports"): ListKey("number", _field("number"), _show_field),
    ("service_entries", "endpoints"): ListKey("address", _field("address"), _show_field),
    ("external_services",): ListKey("namespace + name", _named),
    ("external_services", "ports"): ListKey("port", _field("port"), _show_field),
    ("validation", "ignore"): ListKey("code + resource", _ignore_key, _show_ignore),
}
# maps of names the user chose: their entries' changes are reported as a list's are
NAMED_MAPS: frozenset[tuple[str, ...]] = frozenset({
    ("collector", "exporters"), ("collector", "versions"), ("tracing", "custom_tags")})
