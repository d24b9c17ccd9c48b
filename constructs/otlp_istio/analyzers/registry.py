"""The analyzers: an explicit, sorted registry, and what each one's metadata drives.

Each analyzer is a module with ``NAME`` (what ``analyze --only``/``--skip`` and the message
table's ``check`` call it), ``DESCRIPTION`` (one line, for ``analyze --list``), ``KINDS`` (the
kinds of object it reports on and reads; ``("*",)`` for every kind) and ``analyze(index)``.

``KINDS`` decides whether an analyzer runs: one whose kinds are all absent from the input has
nothing to report on and is skipped (:func:`applicable`), as istioctl skips an analyzer whose
inputs are missing. A test holds every finding of the fixture grid to a kind its analyzer lists.
"""
from __future__ import annotations

from types import ModuleType
from typing import Iterable

from .. import messages
from ..errors import UserError
from . import (ambient, conditions, deployments, deprecation, destinationrules, gateway_credentials, gateway_servers,
               gateways, httproutes, injection, istio_annotations, mtls, proxy_images, routes, rule_order, selectors,
               serviceentries, services, sidecars, telemetry)

ANALYZERS: tuple[ModuleType, ...] = (
    ambient, conditions, deployments, deprecation, destinationrules, gateway_credentials, gateway_servers, gateways,
    httproutes, injection, istio_annotations, mtls, proxy_images, routes, rule_order, selectors, serviceentries, services,
    sidecars, telemetry)
EVERY_KIND = "*"


def names() -> list[str]:
    return sorted(a.NAME for a in ANALYZERS)


def select(only: Iterable[str] = (), skip: Iterable[str] = ()) -> tuple[ModuleType, ...]:
    """The analyzers ``--only`` and ``--skip`` leave (every one by default); an unknown name is
    a usage error naming the known ones."""
    only, skip = list(only), list(skip)
    unknown = sorted({n for n in only + skip if n not in names()})
    if unknown:
        raise UserError(f"no analyzer named {', '.join(unknown)}; the analyzers: {', '.join(names())} "
                        "(`otlp-istio analyze --list` describes them)")
    return tuple(a for a in ANALYZERS if (not only or a.NAME in only) and a.NAME not in skip)


def applicable(analyzers: Iterable[ModuleType], kinds: set[str]) -> list[ModuleType]:
    """The analyzers with something to report on among objects of ``kinds``."""
    return [a for a in analyzers if EVERY_KIND in a.KINDS or kinds.intersection(a.KINDS)]


def catalog() -> list[dict]:
    """Each analyzer's name, description, kinds and codes (``analyze --list``)."""
    codes: dict[str, list[str]] = {}
    for m in messages.analyzer_messages():
        codes.setdefault(m.check, []).append(m.code)
    return [{"name": a.NAME, "description": a.DESCRIPTION, "kinds": list(a.KINDS), "codes": codes.get(a.NAME, [])}
            for a in sorted(ANALYZERS, key=lambda a: a.NAME)]
