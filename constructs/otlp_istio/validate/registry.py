"""Where the offline schemas and CEL rules live, and which Kubernetes versions they cover.

The committed ``schemas/`` folder (written by ``scripts/gen_schemas.py``) holds:

* ``crds/<group>/<kind>_<version>.json`` - one JSON schema per served CRD version;
* ``kubernetes/v<X.Y.Z>-standalone-strict/<kind><suffix>.json`` - Kubernetes core kinds,
  in kubeconform's own layout;
* ``cel-rules.json`` - the CRDs' ``x-kubernetes-validations`` rules.

``$OTLP_ISTIO_SCHEMAS`` points somewhere else (for example a regenerated copy).
"""
from __future__ import annotations

import functools
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

from ..errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_KUBERNETES_VERSION = "1.31"

# kubeconform -schema-location templates (Go text/template). kubeconform lowercases the
# kind; for a core apiVersion such as "v1" both .Group and .ResourceAPIVersion are "v1",
# so core kinds never match the CRD template (no folder schemas/crds/v1 exists) and fall
# through to the Kubernetes one.
CRD_TEMPLATE = "crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json"
KUBERNETES_TEMPLATE = ("kubernetes/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/"
                       "{{ .ResourceKind }}{{ .KindSuffix }}.json")

_VERSION_RE = re.compile(r"^v?(\d+)\.(\d+)(?:\.(\d+))?$")


# An installed wheel carries a copy inside the package (setup.py's build step).
PACKAGED_SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def schemas_dir() -> Path:
    """``$OTLP_ISTIO_SCHEMAS``, else the package's own copy (installed wheel), else ``<project>/schemas``."""
    env = os.environ.get("OTLP_ISTIO_SCHEMAS")
    if env:
        folder = Path(env)
    elif (PACKAGED_SCHEMAS / "cel-rules.json").is_file():
        folder = PACKAGED_SCHEMAS
    else:
        folder = PROJECT_ROOT / "schemas"
    if not (folder / "cel-rules.json").is_file():
        raise UserError(f"the schema folder {folder} is missing or incomplete (no cel-rules.json); "
                        "run `make schemas` (needs ../shared/crds) or restore schemas/ from git")
    return folder


def schema_locations(folder: Path | None = None) -> list[str]:
    folder = folder or schemas_dir()
    return [f"{folder}/{CRD_TEMPLATE}", f"{folder}/{KUBERNETES_TEMPLATE}"]


def available_kubernetes_versions(folder: Path | None = None) -> list[str]:
    folder = folder or schemas_dir()
    found = []
    for p in (folder / "kubernetes").glob("v*-standalone-strict"):
        m = _VERSION_RE.match(p.name.split("-", 1)[0])
        if m:
            found.append((int(m[1]), int(m[2]), int(m[3] or 0)))
    return [f"{a}.{b}.{c}" for a, b, c in sorted(found)]


def normalize_kubernetes_version(text: str, folder: Path | None = None) -> str:
    """``1.31`` / ``v1.31`` / ``1.31.0`` -> ``1.31.0``, checked against the committed schemas."""
    available = available_kubernetes_versions(folder)
    allowed = ", ".join(v.rsplit(".", 1)[0] for v in available)
    m = _VERSION_RE.match(text.strip())
    if not m:
        raise UserError(f"--kubernetes-version {text!r} is not a version; allowed: {allowed}")
    version = f"{int(m[1])}.{int(m[2])}.{int(m[3] or 0)}"
    if version not in available:
        raise UserError(f"--kubernetes-version {text}: no schemas for Kubernetes {version}; allowed: {allowed} "
                        "(add it to KUBERNETES_VERSIONS in scripts/gen_schemas.py and run `make schemas`)")
    return version


@functools.lru_cache(maxsize=4)
def _load_rules(path: str, mtime: float) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_rules(folder: Path | None = None) -> dict[str, Any]:
    """``cel-rules.json`` (cached per process)."""
    path = (folder or schemas_dir()) / "cel-rules.json"
    return _load_rules(str(path), path.stat().st_mtime)


@functools.lru_cache(maxsize=64)
def load_schema_file(path: str) -> dict[str, Any] | None:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def find_binary(env_var: str, name: str, *, path_names: tuple[str, ...] = (), hint: str,
                root: Path | None = None) -> str | None:
    """A tool the gate runs: ``$<env_var>`` (which must then be an executable file: anything
    else is a usage error, ``hint`` saying what to point it at), then ``<root>/bin/<name>``
    (the project), then the first of ``path_names`` on PATH; None when there is none."""
    env = os.environ.get(env_var)
    if env:
        if os.path.isfile(env) and os.access(env, os.X_OK):
            return env
        raise UserError(f"${env_var}={env} is not an executable file; unset it or point it at {hint}")
    local = (root or PROJECT_ROOT) / "bin" / name
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    return next(filter(None, map(shutil.which, path_names)), None)

