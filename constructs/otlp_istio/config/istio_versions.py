"""What the declared ``istio_version`` means for the rendered output.

* **Supported range**: Istio 1.20 to 1.30. The CRD schemas in ``schemas/crds/`` are Istio
  1.30's, which still serve every older API version, so one schema set validates the
  output for every release in the range.
* **API versions** by release: ``networking.istio.io`` and ``security.istio.io`` serve
  ``v1`` from Istio 1.22 (``v1beta1`` before), ``telemetry.istio.io`` serves ``v1`` from
  1.22 (``v1alpha1`` before). The output uses the newest version the release serves.
* **Fields newer than 1.20**: :data:`FIELDS_SINCE` lists each field otlp-istio renders
  that Istio 1.20 does not know, with the first release that has it. How the table was
  made: the spec fields of every rendered VirtualService, DestinationRule,
  PeerAuthentication, AuthorizationPolicy, ServiceEntry and Telemetry were checked against
  the CRDs of istio/api's ``release-1.20`` branch (all present there), and the
  MeshConfig fields against ``mesh/v1alpha1/config.proto`` of each release branch
  1.20 to 1.24 (zipkin ``path`` first in 1.24, istio/api #3310; opentelemetry ``http``
  first in 1.22, istio/api #2998).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OLDEST = (1, 20)
NEWEST = (1, 30)
SUPPORTED = f"{OLDEST[0]}.{OLDEST[1]} to {NEWEST[0]}.{NEWEST[1]}"

_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$")


@dataclass(frozen=True)
class FieldSince:
    """A field otlp-istio can render, and the first Istio release that knows it."""

    where: str  # the object and field, as a user reads it
    since: tuple[int, int]
    what_happens: str  # what otlp-istio does for older releases


# The fields otlp-istio renders that Istio 1.20 does not know (see the module docstring).
FIELDS_SINCE: dict[str, FieldSince] = {
    "zipkin.path": FieldSince(
        "mesh config extensionProviders[].zipkin.path", (1, 24),
        "the field is left out: Envoy posts spans to /api/v2/spans, the only path these releases use"),
    "opentelemetry.http": FieldSince(
        "mesh config extensionProviders[].opentelemetry.http", (1, 22),
        "refused: these releases export OpenTelemetry spans over gRPC only"),
}


def parse(text: object) -> tuple[int, int]:
    """``"1.22.3"`` → ``(1, 22)``; a ``ValueError`` with a message a user can act on."""
    if not isinstance(text, str):
        raise ValueError(f"istio_version is a string such as \"1.22.0\"; quote it in YAML (got {text!r})")
    m = _VERSION.match(text.strip())
    if m is None:
        raise ValueError(f"{text!r} is not an Istio version; write MAJOR.MINOR.PATCH such as \"1.22.0\" "
                         f"(supported: Istio {SUPPORTED})")
    version = (int(m.group(1)), int(m.group(2)))
    if not OLDEST <= version <= NEWEST:
        raise ValueError(f"Istio {version[0]}.{version[1]} is not supported: otlp-istio renders for Istio "
                         f"{SUPPORTED} (the CRD schemas it validates against are Istio 1.30's)")
    return version


def check(text: object) -> str:
    """The pydantic validator: the version as written, once it is in the supported range."""
    parse(text)
    return str(text).strip()


def api_versions(version: tuple[int, int]) -> dict[str, str]:
    """API group → the version to render for that Istio release."""
    if version >= (1, 22):
        return {"networking.istio.io": "v1", "security.istio.io": "v1", "telemetry.istio.io": "v1"}
    return {"networking.istio.io": "v1beta1", "security.istio.io": "v1beta1", "telemetry.istio.io": "v1alpha1"}


def api_version(group_version: str, version: tuple[int, int]) -> str:
    """``networking.istio.io/v1`` → the same group at the version the release serves; other groups unchanged."""
    group, _, _ = group_version.rpartition("/")
    served = api_versions(version).get(group)
    return f"{group}/{served}" if served else group_version


def knows(field: str, version: tuple[int, int]) -> bool:
    """Whether the release knows a field of :data:`FIELDS_SINCE`."""
    return version >= FIELDS_SINCE[field].since


def show(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"
