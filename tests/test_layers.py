"""The package's layers, enforced: every import of ``otlp_istio`` (at the top of a module or
inside a function, relative or absolute, or ``importlib.import_module("otlp_istio....")``)
goes down the layer order written in ``otlp_istio/__init__.py``, never up nor sideways between
two packages of one layer; and no module imports itself back through others (no cycle).

GIVEN the real package's sources, WHEN the imports are read with ``ast`` (nothing is imported),
THEN no edge runs back up. The synthetic cases feed the checker the real sources with one
import added inside a function, for each back-edge the package once had, and it must refuse it.
"""
from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

import otlp_istio

PACKAGE = Path(otlp_istio.__file__).parent

# Lowest first. A layer may import the layers below it; the packages of one layer do not import
# each other; the shared utilities (layer 0) import each other freely, without cycles.
LAYERS: list[tuple[str, ...]] = [
    ("__init__", "cel_engine", "errors", "fieldpath", "findings", "flux_split", "generated", "hosts",
     "k8s_formats", "kubectl", "messages", "metrics", "node", "parallel", "selectors", "testhooks", "yamlemit", "yamlio"),
    ("config",),
    ("constructs", "scaffold"),
    ("charts",),
    ("synth",),
    ("analyzers",),
    ("flows",),
    ("validate",),
    ("publish",),
    ("canary", "doctor"),
    ("cli",),
    ("__main__",),
]
LAYER_OF = {part: n for n, layer in enumerate(LAYERS) for part in layer}


def sources(root: Path = PACKAGE) -> dict[str, tuple[str, bool]]:
    """module name → (source, is a package ``__init__``)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts.pop()
        out[".".join(parts)] = (path.read_text(encoding="utf-8"), is_pkg)
    return out


def imports(mods: dict[str, tuple[str, bool]]) -> list[tuple[str, str, int]]:
    """Every ``(importer, imported module, line)`` inside the package, function bodies included."""
    def resolve(target: str) -> str | None:
        parts = target.split(".")
        while parts and ".".join(parts) not in mods:
            parts.pop()
        return ".".join(parts) or None

    edges = set()
    for name, (text, is_pkg) in mods.items():
        for targets, line in _targets(name, text, is_pkg):
            # `from pkg import module` imports the module; `from module import name`, the module
            target = next((t for t in targets if t in mods), targets[-1])
            if target.split(".")[0] != "otlp_istio":
                continue
            imported = resolve(target)
            if imported and imported != name:
                edges.add((name, imported, line))
    return sorted(edges)


@functools.lru_cache(maxsize=None)
def _targets(name: str, text: str, is_pkg: bool) -> list[tuple[tuple[str, ...], int]]:
    """Each imported name as ``(candidates, line)``: the first candidate that is a module is it."""
    out = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            out += [((a.name,), node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                pkg = pkg[:len(pkg) - node.level + 1]
                base = ".".join(pkg + ([node.module] if node.module else []))
            out += [((f"{base}.{a.name}", base), node.lineno) for a in node.names]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) ==
              "import_module" and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            out.append(((node.args[0].value,), node.lineno))
    return out


def part(module: str) -> str:
    """The package (or top-level module) of ``otlp_istio`` a module belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def back_edges(edges: list[tuple[str, str, int]]) -> list[str]:
    out = []
    for importer, imported, line in edges:
        a, b = part(importer), part(imported)
        if a == b:
            continue
        if a not in LAYER_OF or b not in LAYER_OF:
            out.append(f"{importer}:{line} -> {imported}: {a if a not in LAYER_OF else b} has no layer "
                       "(add it to LAYERS here and to the order in otlp_istio/__init__.py)")
        elif LAYER_OF[b] > LAYER_OF[a]:
            out.append(f"{importer}:{line} -> {imported}: {a} (layer {LAYER_OF[a]}) imports {b} "
                       f"(layer {LAYER_OF[b]}), which is above it")
        elif LAYER_OF[b] == LAYER_OF[a] and LAYER_OF[a] != 0:
            out.append(f"{importer}:{line} -> {imported}: {a} and {b} are one layer and stay independent")
    return out


def cycles(edges: list[tuple[str, str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for a, b, _ in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


REAL = sources()
REAL_EDGES = imports(REAL)


def test_every_import_goes_down_the_layers():
    assert back_edges(REAL_EDGES) == []


def test_no_module_imports_itself_back():
    assert cycles(REAL_EDGES) == []


def test_every_package_and_top_level_module_has_a_layer():
    assert sorted({part(m) for m in REAL} - set(LAYER_OF)) == []


def test_the_package_docstring_states_the_same_order():
    """The order here is the one ``otlp_istio/__init__.py`` writes down, layer by layer."""
    rows: list[str] = []
    for line in otlp_istio.__doc__.splitlines():
        if line.strip().startswith("|"):
            text = line.split("|", 1)[1].strip()
            if rows and rows[-1].endswith(","):  # a layer's list goes on on the next line
                rows[-1] += " " + text
            else:
                rows.append(text)
    written = [sorted(name.strip() for name in row.split(",")) for row in rows]
    stated = [sorted(p for p in layer if p not in ("__init__", "__main__")) for layer in reversed(LAYERS)]
    assert written == [layer for layer in stated if layer]


def test_imports_inside_functions_are_counted():
    """One import in four sits in a function body (to keep start-up fast): they are edges too."""
    inside = [e for e in imports({"otlp_istio.a": ("def f():\n    from .b import x\n", False),
                                  "otlp_istio.b": ("", False)})]
    assert inside == [("otlp_istio.a", "otlp_istio.b", 2)]


def with_import(module: str, statement: str) -> dict[str, tuple[str, bool]]:
    """The real sources, with ``statement`` added inside a new function of ``module``."""
    mods = dict(REAL)
    text, is_pkg = mods[module]
    mods[module] = (text + f"\n\ndef _added():\n    {statement}\n", is_pkg)
    return mods


# the back-edges the package once had (each must be refused if it comes back)
BACK_EDGES = [
    ("otlp_istio.analyzers.annotation_values", "from ..validate.builtin import kinds", "imports validate"),
    ("otlp_istio.analyzers.index", "from ..validate import codes", "imports validate"),
    ("otlp_istio.hosts", "from .config.models import EnvironmentConfig", "imports config"),
    ("otlp_istio.config.crossref", "from ..charts import collector_ports", "imports charts"),
    ("otlp_istio.validate.server", "from ..doctor import sources", "imports doctor"),
    ("otlp_istio.doctor.sources", "from ..cli import common", "imports cli"),
    ("otlp_istio.doctor.mtls", "from ..canary import decision", "one layer"),
    ("otlp_istio.config.derived", "from ..constructs import telemetry", "imports constructs"),
    ("otlp_istio.yamlio", "import otlp_istio.config.loader", "imports config"),
    ("otlp_istio.publish.options", "importlib.import_module('otlp_istio.cli.common')", "imports cli"),
]


@pytest.mark.parametrize("module,statement,says", BACK_EDGES, ids=[e[0].split(".", 1)[1] for e in BACK_EDGES])
def test_a_back_edge_is_refused(module, statement, says):
    found = back_edges(imports(with_import(module, statement)))
    assert len(found) == 1 and found[0].startswith(f"{module}:") and says in found[0], found


@pytest.mark.parametrize("module,statement", [
    ("otlp_istio.doctor.mtls", "from .live import live_manifests"),  # live imports mtls
    ("otlp_istio.config.models", "from . import crossref"),  # crossref imports models
    ("otlp_istio.errors", "from . import yamlio"),  # within the utilities: yamlio imports errors
])
def test_a_cycle_within_a_layer_is_refused(module, statement):
    assert back_edges(imports(with_import(module, statement))) == []
    [cycle] = cycles(imports(with_import(module, statement)))
    assert module in cycle
