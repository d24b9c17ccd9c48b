"""A pod spec as the API server validates it (``ValidatePodSpec``), after its defaults:
containers, ports, probes, resources, volumes and mounts, env, security context, policies.

Values of the wrong type are left to the schema check, which reports them already.
"""
from __future__ import annotations

from typing import Any

from ... import k8s_formats as formats
from .field import Errors, is_int, is_str

PROTOCOLS = ("SCTP", "TCP", "UDP")
PULL_POLICIES = ("Always", "IfNotPresent", "Never")
TERMINATION_MESSAGE_POLICIES = ("FallbackToLogsOnError", "File")
RESTART_POLICIES = ("Always", "Never", "OnFailure")
DNS_POLICIES = ("ClusterFirst", "ClusterFirstWithHostNet", "Default", "None")
PROBE_HANDLERS = ("exec", "httpGet", "tcpSocket", "grpc")
VOLUME_SOURCES = frozenset({
    "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
    "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
    "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
    "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image"})
STANDARD_RESOURCES = ("cpu", "memory", "ephemeral-storage")


def _list(value: Any) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def pod_spec(e: Errors, spec: Any, path: str, *, restart_policies: tuple[str, ...] = RESTART_POLICIES) -> None:
    spec = spec if isinstance(spec, dict) else {}
    volumes = _volumes(e, spec.get("volumes"), f"{path}.volumes")
    containers = spec.get("containers")
    if not isinstance(containers, list) or not containers:
        e.required(f"{path}.containers")
    names: set[str] = set()
    for key in ("initContainers", "containers"):
        for i, c in enumerate(_list(spec.get(key))):
            cpath = f"{path}.{key}[{i}]"
            _container(e, c, cpath, volumes, init=key == "initContainers")
            name = c.get("name")
            if is_str(name) and name:
                if name in names:
                    e.duplicate(f"{cpath}.name", name)
                names.add(name)
    restart = spec.get("restartPolicy") or "Always"
    if is_str(restart) and restart not in restart_policies:
        e.not_supported(f"{path}.restartPolicy", restart, restart_policies)
    dns = spec.get("dnsPolicy") or "ClusterFirst"
    if is_str(dns) and dns not in DNS_POLICIES:
        e.not_supported(f"{path}.dnsPolicy", dns, DNS_POLICIES)
    for key in ("terminationGracePeriodSeconds", "activeDeadlineSeconds"):
        e.nonnegative(f"{path}.{key}", spec.get(key))
    deadline = spec.get("activeDeadlineSeconds")
    if is_int(deadline) and deadline == 0:
        e.invalid(f"{path}.activeDeadlineSeconds", deadline, "must be between 1 and 2147483647, inclusive")
    account = spec.get("serviceAccountName")
    if is_str(account) and account:
        e.invalid_each(f"{path}.serviceAccountName", account, formats.dns1123_subdomain(account))
    _pod_security(e, spec.get("securityContext"), f"{path}.securityContext")


def _volumes(e: Errors, value: Any, path: str) -> set[str]:
    names: set[str] = set()
    for i, v in enumerate(_list(value)):
        vpath = f"{path}[{i}]"
        before = len(e.items)
        name = v.get("name")
        if not name:
            e.required(f"{vpath}.name")
        elif is_str(name):
            e.invalid_each(f"{vpath}.name", name, formats.dns1123_label(name))
            if name in names:
                e.duplicate(f"{vpath}.name", name)
        sources = [k for k in v if k in VOLUME_SOURCES]  # none: the server makes it an emptyDir
        if len(sources) > 1:
            e.forbidden(f"{vpath}.{sources[1]}", "may not specify more than 1 volume type")
        for key, ref in (("configMap", "name"), ("secret", "secretName")):
            src = v.get(key)
            if not isinstance(src, dict):
                continue
            if not src.get(ref):
                e.required(f"{vpath}.{key}.{ref}")
            mode = src.get("defaultMode")
            if is_int(mode) and not 0 <= mode <= 0o777:
                e.invalid(f"{vpath}.{key}.defaultMode", mode,
                          "must be a number between 0 and 0777 (octal), both inclusive")
            for j, item in enumerate(_list(src.get("items"))):
                if not item.get("key"):
                    e.required(f"{vpath}.{key}.items[{j}].key")
                p = item.get("path")
                if not p:
                    e.required(f"{vpath}.{key}.items[{j}].path")
                elif is_str(p) and (p.startswith("/") or ".." in p.split("/")):
                    e.invalid(f"{vpath}.{key}.items[{j}].path", p,
                              "must be a relative path" if p.startswith("/") else "must not contain '..'")
        if len(e.items) == before and is_str(name):
            names.add(name)  # as the server, mounts find only the volumes that are valid
    return names


def _container(e: Errors, c: dict, path: str, volumes: set[str], *, init: bool) -> None:
    name = c.get("name")
    if not name:
        e.required(f"{path}.name")
    elif is_str(name):
        e.invalid_each(f"{path}.name", name, formats.dns1123_label(name))
    if not c.get("image"):
        e.required(f"{path}.image")
    tmp = c.get("terminationMessagePolicy") or "File"
    if is_str(tmp) and tmp not in TERMINATION_MESSAGE_POLICIES:
        e.not_supported(f"{path}.terminationMessagePolicy", tmp, TERMINATION_MESSAGE_POLICIES)
    pull = c.get("imagePullPolicy")
    if is_str(pull) and pull and pull not in PULL_POLICIES:
        e.not_supported(f"{path}.imagePullPolicy", pull, PULL_POLICIES)
    _ports(e, c.get("ports"), f"{path}.ports")
    _env(e, c.get("env"), f"{path}.env")
    _mounts(e, c.get("volumeMounts"), f"{path}.volumeMounts", volumes)
    _resources(e, c.get("resources"), f"{path}.resources")
    _security(e, c.get("securityContext"), f"{path}.securityContext")
    if not init:
        for key in ("livenessProbe", "readinessProbe", "startupProbe"):
            _probe(e, c.get(key), f"{path}.{key}", success_must_be_one=key != "readinessProbe")
        if "restartPolicy" in c:
            e.forbidden(f"{path}.restartPolicy", "may not be set for non-init containers")


def _ports(e: Errors, value: Any, path: str) -> None:
    names: set[str] = set()
    for i, p in enumerate(_list(value)):
        ppath = f"{path}[{i}]"
        name = p.get("name")
        if is_str(name) and name:
            problems = formats.port_name(name)
            if problems:
                e.invalid_each(f"{ppath}.name", name, problems)
            elif name in names:
                e.duplicate(f"{ppath}.name", name)
            names.add(name)
        port = p.get("containerPort")
        if not port:
            e.required(f"{ppath}.containerPort")
        elif is_int(port):
            e.invalid_each(f"{ppath}.containerPort", port, formats.port_number(port))
        host = p.get("hostPort")
        if is_int(host) and host != 0:
            e.invalid_each(f"{ppath}.hostPort", host, formats.port_number(host))
        proto = p.get("protocol") or "TCP"
        if is_str(proto) and proto not in PROTOCOLS:
            e.not_supported(f"{ppath}.protocol", proto, PROTOCOLS)


def _env(e: Errors, value: Any, path: str) -> None:
    for i, var in enumerate(_list(value)):
        name = var.get("name")
        if not name:
            e.required(f"{path}[{i}].name")
        elif is_str(name):
            e.invalid_each(f"{path}[{i}].name", name, formats.env_var_name(name))
        source = var.get("valueFrom")
        if isinstance(source, dict):
            kinds = [k for k in ("fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef") if source.get(k)]
            if var.get("value"):
                e.invalid(f"{path}[{i}].valueFrom", "",
                          "may not be specified when `value` is not empty")
            if len(kinds) != 1:
                e.invalid(f"{path}[{i}].valueFrom", "", "may not have more than one field specified at a time"
                          if kinds else "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` "
                          "or `secretKeyRef`")


def _mounts(e: Errors, value: Any, path: str, volumes: set[str]) -> None:
    seen: set[str] = set()
    for i, m in enumerate(_list(value)):
        mpath = f"{path}[{i}]"
        name = m.get("name")
        if not name:
            e.required(f"{mpath}.name")
        elif is_str(name) and name not in volumes:
            e.not_found(f"{mpath}.name", name)
        mount = m.get("mountPath")
        if not mount:
            e.required(f"{mpath}.mountPath")
        elif is_str(mount):
            if mount in seen:
                e.invalid(f"{mpath}.mountPath", mount, "must be unique")
            seen.add(mount)
        sub = m.get("subPath")
        if is_str(sub) and sub and (sub.startswith("/") or ".." in sub.split("/")):
            e.invalid(f"{mpath}.subPath", sub, "must be a relative path" if sub.startswith("/")
                      else "must not contain '..'")


def _resource_name(name: str) -> list[str]:
    if name in STANDARD_RESOURCES or name.startswith("hugepages-") or "/" in name:
        return formats.qualified_name(name)
    return ["must be a standard resource type or fully qualified"]


def _resources(e: Errors, value: Any, path: str) -> None:
    if not isinstance(value, dict):
        return
    parsed: dict[str, dict[str, Any]] = {}
    for part in ("limits", "requests"):
        items = value.get(part)
        if not isinstance(items, dict):
            continue
        for name, q in items.items():
            qpath = f"{path}.{part}.{name}" if "/" not in str(name) else f"{path}.{part}[{name}]"
            e.invalid_each(qpath, name, _resource_name(str(name)))
            amount = formats.quantity(q)
            if amount is None:
                e.invalid(qpath, q, "quantities must match the regular expression "
                          "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
                continue
            if amount < 0:
                e.invalid(qpath, q, "must be greater than or equal to 0")
            parsed.setdefault(part, {})[str(name)] = (q, amount)
    for name, (q, amount) in parsed.get("requests", {}).items():
        limit = parsed.get("limits", {}).get(name)
        if limit is not None and amount > limit[1]:
            e.invalid(f"{path}.requests.{name}" if "/" not in name else f"{path}.requests[{name}]", q,
                      f"must be less than or equal to {name} limit of {limit[0]}")


def _probe(e: Errors, probe: Any, path: str, *, success_must_be_one: bool) -> None:
    if not isinstance(probe, dict):
        return
    handlers = [h for h in PROBE_HANDLERS if probe.get(h) is not None]
    if not handlers:
        e.required(path, "must specify a handler type")
    elif len(handlers) > 1:
        e.forbidden(f"{path}.{handlers[1]}", "may not specify more than 1 handler type")
    for key in ("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"):
        e.nonnegative(f"{path}.{key}", probe.get(key))
    success = probe.get("successThreshold")
    if success_must_be_one and is_int(success) and success != 1:
        e.invalid(f"{path}.successThreshold", success, "must be 1")
    grace = probe.get("terminationGracePeriodSeconds")
    if is_int(grace) and grace <= 0:
        e.invalid(f"{path}.terminationGracePeriodSeconds", grace, "must be greater than 0")
    http = probe.get("httpGet")
    if isinstance(http, dict):
        port = http.get("port")
        if is_int(port) or is_str(port):
            e.invalid_each(f"{path}.httpGet.port", port, formats.port_num_or_name(port))
        scheme = http.get("scheme") or "HTTP"
        if is_str(scheme) and scheme not in ("HTTP", "HTTPS"):
            e.not_supported(f"{path}.httpGet.scheme", scheme, ("HTTP", "HTTPS"))
    tcp = probe.get("tcpSocket")
    if isinstance(tcp, dict) and (is_int(tcp.get("port")) or is_str(tcp.get("port"))):
        e.invalid_each(f"{path}.tcpSocket.port", tcp["port"], formats.port_num_or_name(tcp["port"]))
    grpc = probe.get("grpc")
    if isinstance(grpc, dict) and is_int(grpc.get("port")):
        e.invalid_each(f"{path}.grpc.port", grpc["port"], formats.port_number(grpc["port"]))


def _ids(e: Errors, sc: dict, path: str) -> None:
    for key in ("runAsUser", "runAsGroup"):
        v = sc.get(key)
        if is_int(v) and not 0 <= v <= 2147483647:
            e.invalid(f"{path}.{key}", v, "must be between 0 and 2147483647, inclusive")


def _security(e: Errors, sc: Any, path: str) -> None:
    if not isinstance(sc, dict):
        return
    _ids(e, sc, path)
    if sc.get("allowPrivilegeEscalation") is False:
        if sc.get("privileged") is True:
            e.invalid(path, "", "cannot set `allowPrivilegeEscalation` to false and `privileged` to true")
        caps = sc.get("capabilities")
        added = caps.get("add") if isinstance(caps, dict) else None
        if isinstance(added, list) and "CAP_SYS_ADMIN" in added:
            e.invalid(path, "", "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN")


def _pod_security(e: Errors, sc: Any, path: str) -> None:
    if not isinstance(sc, dict):
        return
    _ids(e, sc, path)
    fs = sc.get("fsGroup")
    if is_int(fs) and not 0 <= fs <= 2147483647:
        e.invalid(f"{path}.fsGroup", fs, "must be between 0 and 2147483647, inclusive")
