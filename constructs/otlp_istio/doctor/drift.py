"""drift: the live cluster against what is rendered for the environment (``flux diff`` without Flux).

Every rendered object is read back from the cluster through the user's kubeconfig
(``kubectl get -o json``) and compared field by field:

* **missing**: rendered but not in the cluster (Flux has not applied it, or it was deleted);
* **changed**: differs from the rendering. For Istio's kinds (VirtualService,
  DestinationRule, PeerAuthentication, AuthorizationPolicy, Telemetry, ...) the whole
  ``spec`` is compared, so a field added by hand shows too; for Kubernetes' own kinds only
  the fields the rendering sets are compared (the API server fills in many defaults), and
  lists of objects are matched by their merge key (containers by name, ports by port, ...),
  so what a webhook adds is not drift; labels and annotations: the rendered ones must be there with the same values;
* **extra**: Istio objects of those kinds in the environment's namespaces that the rendering
  does not have (made by hand, or left behind).

FAIL on missing or changed objects, WARN on extra ones.
"""
from __future__ import annotations

from typing import Any, Iterator

from .result import CheckResult, Status
from .sources import Manifests

ID = "drift"
DESCRIPTION = "live objects against the rendered ones: missing, changed field by field, extra"

ISTIO_GROUPS = ("networking.istio.io", "security.istio.io", "telemetry.istio.io")
LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"
_LIST = 20


def _group(api_version: str) -> str:
    return api_version.rpartition("/")[0] if "/" in api_version else ""


def resource_arg(kind: str, api_version: str) -> str:
    """What kubectl get takes for a kind: ``virtualservice.networking.istio.io``, ``service``."""
    group = _group(api_version)
    return f"{kind.lower()}.{group}" if group else kind.lower()


def _show(value: Any) -> str:
    import json
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= 120 else text[:117] + "..."


def diff(rendered: Any, live: Any, path: str, subset: bool) -> Iterator[tuple[str, Any, Any]]:
    """(path, rendered, live) for every difference; ``subset``: only what ``rendered`` sets."""
    if isinstance(rendered, dict) and isinstance(live, dict):
        for k in sorted(set(rendered) | (set() if subset else set(live))):
            sub = f"{path}.{k}" if path else str(k)
            if k not in live:
                yield sub, rendered[k], None
            elif k not in rendered:
                yield sub, None, live[k]
            else:
                yield from diff(rendered[k], live[k], sub, subset)
    elif isinstance(rendered, list) and isinstance(live, list):
        key = _merge_key(rendered, live) if subset else None
        if key is not None:  # containers by name, ports by port, ...: a webhook may add or reorder items
            by_key = {item[key]: item for item in live}
            for r in rendered:
                sub = f"{path}[{key}={r[key]}]"
                if r[key] in by_key:
                    yield from diff(r, by_key[r[key]], sub, subset)
                else:
                    yield sub, r, None
            return
        if len(rendered) != len(live) and not subset:
            yield path, rendered, live
            return
        for i, r in enumerate(rendered):
            if i >= len(live):
                yield f"{path}[{i}]", r, None
            else:
                yield from diff(r, live[i], f"{path}[{i}]", subset)
    elif rendered != live and not (_number(rendered) and _number(live) and float(rendered) == float(live)):
        yield path, rendered, live


# The keys by which Kubernetes merges lists of objects (its strategic merge patch): containers,
# env, volumes by name; container ports by containerPort, Service ports by port, volume mounts
# by mountPath. A name, where every item has a distinct one, first: a changed port then reads
# as `ports[name=http].port: 80 -> 8080` rather than as a port gone.
MERGE_KEYS = ("name", "containerPort", "port", "mountPath")


def _merge_key(rendered: list, live: list) -> str | None:
    """The key every item of both lists has, distinct within each list; None: compare by index."""
    items = rendered + live
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    for key in MERGE_KEYS:
        if all(key in item for item in items) and all(
                len({repr(item[key]) for item in side}) == len(side) for side in (rendered, live)):
            return key
    return None


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def compare(rendered: dict, live: dict) -> list[tuple[str, Any, Any]]:
    kind_is_istio = _group(str(rendered.get("apiVersion", ""))) in ISTIO_GROUPS
    out: list[tuple[str, Any, Any]] = []
    rmeta, lmeta = rendered.get("metadata") or {}, live.get("metadata") or {}
    for key in ("labels", "annotations"):
        want = rmeta.get(key) or {}
        have = {k: v for k, v in (lmeta.get(key) or {}).items() if k != LAST_APPLIED}
        out.extend(diff(want, have, f"metadata.{key}", subset=True))
    for key in sorted(k for k in rendered if k not in ("apiVersion", "kind", "metadata", "status")):
        full = kind_is_istio and key == "spec"
        out.extend(diff(rendered[key], live.get(key), key, subset=not full) if key in live
                   else [(key, rendered[key], None)])
    if kind_is_istio and "spec" in live and "spec" not in rendered:
        out.append(("spec", None, live["spec"]))
    return out


def live_objects(resources: list[tuple[str, str | None]], *, kubeconfig: str | None, context: str | None) -> dict:
    """(resource arg, namespace) → list of live objects."""
    from .. import kubectl as kube
    found: dict = {}
    for res, ns in resources:
        args = [res] + (["-n", ns] if ns else [])
        found[(res, ns)] = kube.get_json(*args, kubeconfig=kubeconfig, context=context).get("items") or []
    return found


def check(m: Manifests, *, kubeconfig: str | None = None, context: str | None = None,
          reached: bool = False) -> CheckResult:
    if not reached:
        from ..kubectl import reach
        reach(kubeconfig=kubeconfig, context=context)  # unreachable: one line, exit 4
    rendered = [(r, r.data) for r in m.resources]
    wanted: dict[tuple[str, str | None], list] = {}
    for r, data in rendered:
        wanted.setdefault((resource_arg(r.kind, str(data.get("apiVersion", ""))), r.namespace), []).append(r)
    namespaces = sorted({r.namespace for r, _ in rendered if r.namespace})
    istio_kinds = sorted({(resource_arg(r.kind, str(d.get("apiVersion", ""))))
                          for r, d in rendered if _group(str(d.get("apiVersion", ""))) in ISTIO_GROUPS})
    queries = set(wanted) | {(k, ns) for k in istio_kinds for ns in namespaces}
    live = live_objects(sorted(queries, key=lambda q: (q[0], q[1] or "")), kubeconfig=kubeconfig, context=context)
    missing, changed, extra, same = [], [], [], 0
    for (res, ns), items in sorted(wanted.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        by_name = {(o.get("metadata") or {}).get("name"): o for o in live.get((res, ns), [])}
        for r in items:
            obj = by_name.get(r.name)
            if obj is None:
                missing.append(r.label)
                continue
            diffs = compare(r.data, obj)
            if diffs:
                changed.append({"object": r.label, "file": r.file,
                                "fields": [{"path": p, "rendered": a, "live": b} for p, a, b in diffs]})
            else:
                same += 1
    rendered_ids = {(res, ns, r.name) for (res, ns), items in wanted.items() for r in items}
    for (res, ns), items in sorted(live.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if res not in istio_kinds:
            continue
        for o in items:
            name = (o.get("metadata") or {}).get("name")
            if (res, ns, name) not in rendered_ids:
                extra.append(f"{o.get('kind', res)} {ns}/{name}")
    status = Status.FAIL if missing or changed else Status.WARN if extra else Status.OK
    details = [f"missing: {x}" for x in missing[:_LIST]]
    for c in changed[:_LIST]:
        details.append(f"changed: {c['object']} ({c['file']})")
        details.extend(f"    {f['path']}: rendered {_show(f['rendered'])}, live {_show(f['live'])}" for f in c["fields"][:10])
    details.extend(f"extra: {x}" for x in extra[:_LIST])
    nexts = []
    if missing:
        nexts.append("Flux has not applied the folder (or the objects were deleted): `flux get kustomizations`, "
                     "then `flux reconcile kustomization <name> --with-source`")
    if changed:
        nexts.append("someone changed the cluster behind Git's back: Flux puts it back at its next reconcile "
                     "(or now: `flux reconcile kustomization <name>`); if the change is wanted, make it in the "
                     "environment file and publish")
    if extra:
        nexts.append("objects made by hand: move them into the environment file, or delete them")
    where = f"context {context}" if context else "the kubeconfig's current context"
    summary = (f"{len(rendered)} rendered object(s) against {where}: {same} in sync, {len(missing)} missing, "
               f"{len(changed)} changed, {len(extra)} extra")
    return CheckResult(id=ID, status=status, summary=summary, details=details, next=nexts, env=m.name,
                       data={"in_sync": same, "missing": missing, "changed": changed, "extra": extra,
                             "namespaces": namespaces})
