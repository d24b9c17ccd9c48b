"""The construct tree and the one resource each L2 construct wraps.

Design (why not one jsii object per construct): the generated classes of
``imports/`` come in two layers. Their *structs* (``VirtualServiceSpec``,
``DestinationRuleSpecTrafficPolicy`` ...) are plain Python objects that carry the
schema's field names (``__jsii_name_mapping__``) and types; their *constructs*
(``VirtualService`` ...) are proxies for objects living in a Node.js process, and
every one costs a jsii round trip. Our L2 constructs therefore build the
generated structs directly and keep them in a light construct tree
(:class:`Construct`, with cdk8s-style ids and paths). A chart is then emitted one
of two ways, giving the same documents:

* :mod:`otlp_istio.synth.render` serializes the generated structs in-process with
  their own name mappings (the fast path of ``otlp-istio synth``);
* :mod:`otlp_istio.synth.cdk8s_app` instantiates the generated L1 constructs in a
  real ``cdk8s.Chart`` (the path of ``cdk8s synth`` / ``main.py``).

A test asserts both give byte-identical files for every environment.
"""
from __future__ import annotations

import enum
import functools
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ..generated.tables import class_tables

MANAGED_BY = {"app.kubernetes.io/managed-by": "otlp-istio"}


class Construct:
    """A node of the construct tree: a scope, an id unique in that scope, children."""

    def __init__(self, scope: Optional["Construct"], id: str):
        if scope is not None and any(c.id == id for c in scope.children):
            raise ValueError(f"there is already a construct with id {id!r} in {scope.path or 'the root'}")
        self.scope = scope
        self.id = id
        self.children: list[Construct] = []
        if scope is not None:
            scope.children.append(self)

    @property
    def path(self) -> str:
        parts = []
        node: Optional[Construct] = self
        while node is not None:
            parts.append(node.id)
            node = node.scope
        return "/".join(reversed(parts))

    def walk(self) -> Iterator["Construct"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def resources(self) -> list["Resource"]:
        return [n for n in self.walk() if isinstance(n, Resource)]


@dataclass
class Metadata:
    name: str
    namespace: Optional[str] = None
    labels: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        out: dict[str, Any] = {"name": self.name}
        if self.namespace is not None:
            out["namespace"] = self.namespace
        if self.labels:
            out["labels"] = dict(self.labels)
        if self.annotations:
            out["annotations"] = dict(self.annotations)
        return out


class Resource(Construct):
    """Exactly one Kubernetes object, the child ``Resource`` of an L2 construct.

    ``l1`` is the generated construct class (``networking.VirtualService``) for CRD
    kinds, whose structs fill ``props`` (``{"spec": VirtualServiceSpec(...)}``);
    it is ``None`` for Kubernetes core kinds, whose ``props`` are plain JSON.
    """

    def __init__(self, scope: Construct, *, api_version: str, kind: str, metadata: Metadata,
                 props: dict[str, Any], l1: type | None = None, id: str = "Resource"):
        super().__init__(scope, id)
        self.api_version = api_version
        self.kind = kind
        self.metadata = metadata
        self.props = props
        self.l1 = l1

    @property
    def name(self) -> str:
        return self.metadata.name

    @property
    def namespace(self) -> Optional[str]:
        return self.metadata.namespace


@functools.lru_cache(maxsize=None)
def gvk(l1: type) -> tuple[str, str]:
    """``(apiVersion, kind)`` of a generated construct class, read from its generated
    code: ``l1.GVK`` would be a call into the jsii kernel (and start it)."""
    try:
        return class_tables(l1).gvks[l1.__name__]
    except KeyError:
        raise LookupError(f"no GVK for {l1.__name__} in the generated code") from None


def crd_resource(scope: Construct, l1: type, metadata: Metadata, **props: Any) -> Resource:
    api_version, kind = gvk(l1)
    return Resource(scope, api_version=api_version, kind=kind, metadata=metadata,
                    props={k: v for k, v in props.items() if v is not None}, l1=l1)


# --------------------------------------------------------------- serialization

@functools.lru_cache(maxsize=None)
def enum_value(member: enum.Enum) -> str:
    try:
        return class_tables(type(member)).enums[(type(member).__name__, member.name)]
    except KeyError:
        raise LookupError(f"no wire value for {type(member).__name__}.{member.name} in the generated code") from None


@functools.lru_cache(maxsize=None)
def _wire_names(cls: type) -> dict[str, str]:
    """Python field name → JSON key, for one generated struct class."""
    mapping = cls.__jsii_name_mapping__
    if not cls.__module__.startswith("imports."):
        return dict(mapping)  # cdk8s's own structs: the jsii name is the JSON key
    keys = class_tables(cls).keys
    return {py: keys.get((cls.__name__, prop), prop) for py, prop in mapping.items()}


def to_json(value: Any) -> Any:
    """Generated structs → JSON with the schema's field names; ``None`` is dropped."""
    t = type(value)
    if t is str or t is int or t is float or t is bool:  # most values: answered first
        return value
    if t is dict:
        return {k: to_json(v) for k, v in value.items() if v is not None}
    if t is list:
        return [to_json(v) for v in value]
    if hasattr(t, "__jsii_name_mapping__"):
        names = _wire_names(type(value))
        return {names[k]: to_json(v) for k, v in value._values.items() if v is not None}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return enum_value(value)
    return value


def manifest(resource: Resource) -> dict:
    """The Kubernetes document of a resource (fast path; same result as cdk8s's toJson)."""
    doc = {"apiVersion": resource.api_version, "kind": resource.kind,
           "metadata": resource.metadata.to_json()}
    for key, value in resource.props.items():
        doc[key] = to_json(value)
    return doc
