"""The generated modules, structs only: what the fast path needs, without jsii.

The fast path uses three things of a module ``cdk8s import`` generated: its structs
(``VirtualServiceSpec`` ...: plain Python classes holding ``_values`` and a
``__jsii_name_mapping__``), its enums, and its construct classes as names (their apiVersion
and kind come from :mod:`.tables`). Importing the module as written also imports jsii
(attrs, cattrs, typeguard, dateutil ...), cdk8s and constructs, because every construct
class derives from ``cdk8s.ApiObject`` and the module loads its assembly: about a third
of the command's start-up, for code the fast path never runs.

:func:`transform` rewrites the module's syntax tree instead:

* ``@jsii.data_type(...)`` becomes a local decorator that sets the same three class
  attributes (``__jsii_type__``, ``__jsii_struct_bases__``, ``__jsii_name_mapping__``);
  the struct's own code (``__init__``, properties, ``__eq__``) is kept as generated;
* ``@jsii.enum(...)`` classes stay plain ``enum.Enum`` classes;
* every class built by jsii's metaclass (constructs, int-or-string unions) becomes an
  empty stand-in of the same name, marked ``__otlp_istio_stand_in__``;
* ``jsii.Number`` (in property casts) becomes ``typing.Union[int, float]``, as jsii
  defines it; the assembly import, ``publication.publish()``, the jsii imports and the
  type-check stubs are dropped. cdk8s stays behind the module's own lazy import.

If anything of jsii is left after that, :class:`Untransformable` is raised and the
loader falls back to the whole module.

:func:`lazy_classes` then defers the classes themselves: a command uses a few dozen of
the hundreds a module defines, and unmarshalling and running every class statement was
most of the module's import. Each class statement is compiled on its own and kept as
marshalled bytes (cheap to load); the module's ``__getattr__`` (PEP 562) runs one the
first time its name is asked for, after the classes its statement needs (bases,
decorators) and before returning, the classes its methods name (``Spec(**spec)`` in an
``__init__``), so a global lookup inside the class never misses. The command only (``otlp_istio.cli.run``) loads
the generated modules this way; tests and ``cdk8s synth`` import them whole.
"""
from __future__ import annotations

import ast
import marshal

_PRELUDE = '''
import typing as _typing

_jsii_Number = _typing.Union[int, float]  # what jsii.Number is


def _data_type(*, jsii_type, jsii_struct_bases, name_mapping):
    def mark(cls):
        cls.__jsii_type__ = jsii_type
        cls.__jsii_struct_bases__ = jsii_struct_bases
        cls.__jsii_name_mapping__ = name_mapping
        return cls
    return mark
'''
_DROPPED_IMPORTS = {"jsii", "publication"}


class _Number(ast.NodeTransformer):
    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id == "jsii" and node.attr == "Number":
            return ast.copy_location(ast.Name(id="_jsii_Number", ctx=ast.Load()), node)
        return self.generic_visit(node)


class Untransformable(Exception):
    """The module holds something this transform does not know; load it whole."""


def _is_jsii(node: ast.AST, attr: str | None = None) -> bool:
    """``jsii.<attr>`` (any attribute when ``attr`` is None), called or not."""
    if isinstance(node, ast.Call):
        node = node.func
    return (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "jsii"
            and (attr is None or node.attr == attr))


def _stand_in(cls: ast.ClassDef) -> ast.ClassDef:
    jsii_type = next((k.value for k in cls.keywords if k.arg == "jsii_type"), ast.Constant(cls.name))
    body = ast.parse(f"__otlp_istio_stand_in__ = True\n__jsii_type__ = None").body
    body[1].value = jsii_type
    return ast.ClassDef(name=cls.name, bases=[], keywords=[], body=body, decorator_list=[])


def _statement(node: ast.stmt) -> list[ast.stmt]:
    if isinstance(node, ast.Import):
        names = [a for a in node.names if a.name.split(".")[0] not in _DROPPED_IMPORTS]
        return [ast.Import(names=names)] if names else []
    if isinstance(node, ast.ImportFrom):
        if node.level == 1 and node.module == "_jsii":
            return []  # the assembly: loading it is what starts the kernel
        if (node.module or "").split(".")[0] in _DROPPED_IMPORTS:
            return []
        return [node]
    if isinstance(node, ast.FunctionDef) and node.name.startswith("_typecheckingstub__"):
        return []
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        func = node.value.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "publication":
            return []
    if isinstance(node, ast.ClassDef):
        if any(k.arg == "metaclass" and _is_jsii(k.value) for k in node.keywords) or any(
                _is_jsii(d, "interface") or _is_jsii(d, "implements") for d in node.decorator_list):
            return [_stand_in(node)]
        decorators = []
        for d in node.decorator_list:
            if _is_jsii(d, "data_type"):
                d.func = ast.Name(id="_data_type", ctx=ast.Load())
                decorators.append(d)
            elif _is_jsii(d, "enum"):
                continue
            else:
                decorators.append(d)
        node.decorator_list = decorators
    return [node]


def transform(source: bytes | str, filename: str) -> ast.Module:
    """The structs-only syntax tree of a generated module (raises Untransformable)."""
    tree = ast.parse(source, filename)
    body: list[ast.stmt] = []
    for node in tree.body:
        body.extend(_statement(node))
    # after `from __future__ import ...` (which must come first)
    at = next((i for i, n in enumerate(body) if not (isinstance(n, ast.ImportFrom) and n.module == "__future__")),
              len(body))
    body[at:at] = ast.parse(_PRELUDE).body
    tree.body = body
    tree = _Number().visit(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in _DROPPED_IMPORTS:
            raise Untransformable(f"{filename}:{getattr(node, 'lineno', '?')}: {node.id} is still used")
    return ast.fix_missing_locations(tree)


_LAZY_RUNTIME = '''
import marshal as _marshal
import threading as _threading

_lazy_made = set()
_lazy_lock = _threading.RLock()


def _lazy_make(name):
    if name in _lazy_made:
        return
    _lazy_made.add(name)
    code, needs, uses = _LAZY_CLASSES[name]
    for other in needs:
        _lazy_make(other)
    exec(_marshal.loads(code), globals())
    for other in uses:
        _lazy_make(other)


def __getattr__(name):
    if name not in _LAZY_CLASSES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with _lazy_lock:
        _lazy_make(name)
    return globals()[name]


def __dir__():
    return sorted({*globals(), *_LAZY_CLASSES})
'''


def _names(nodes) -> set[str]:
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name)}


def _split_names(cls: ast.ClassDef) -> tuple[set[str], set[str]]:
    """(names the class statement evaluates when it runs, names only its functions' bodies use)."""
    needs = _names([*cls.bases, *cls.keywords, *cls.decorator_list])
    uses: set[str] = set()
    for stmt in cls.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            needs |= _names([*stmt.decorator_list, stmt.args])  # defaults (annotations are strings)
            if stmt.returns is not None:
                needs |= _names([stmt.returns])
            uses |= _names(stmt.body)
        elif isinstance(stmt, ast.ClassDef):
            inner_needs, inner_uses = _split_names(stmt)
            needs |= inner_needs
            uses |= inner_uses
        else:
            needs |= _names([stmt])
    return needs, uses


def lazy_classes(tree: ast.Module, filename: str) -> ast.Module:
    """``tree`` (a :func:`transform` result) with its top-level classes made on first use,
    except those the module's own code names (and what they name): they stay in place."""
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    if any(isinstance(n, (ast.Global, ast.Nonlocal)) for c in classes.values() for n in ast.walk(c)):
        return tree  # a class rebinds module names: keep it whole
    names = {name: _split_names(cls) for name, cls in classes.items()}
    eager = _names([n for n in tree.body if not isinstance(n, ast.ClassDef)]) & classes.keys()
    eager = _closure(eager, names, classes.keys())
    lazy = {name: cls for name, cls in classes.items() if name not in eager}
    if not lazy:
        return tree
    future = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "__future__"]
    table = ast.Dict(keys=[], values=[])
    for name, cls in lazy.items():
        needs, uses = names[name]
        module = ast.Module(body=[*future, cls], type_ignores=[])
        code = compile(module, filename, "exec", dont_inherit=True, optimize=1)
        table.keys.append(ast.Constant(name))
        table.values.append(ast.Tuple(elts=[
            ast.Constant(marshal.dumps(code)),
            ast.Tuple(elts=[ast.Constant(n) for n in sorted(needs & lazy.keys() - {name})], ctx=ast.Load()),
            ast.Tuple(elts=[ast.Constant(n) for n in sorted(uses & lazy.keys() - {name})], ctx=ast.Load()),
        ], ctx=ast.Load()))
    assign = ast.Assign(targets=[ast.Name(id="_LAZY_CLASSES", ctx=ast.Store())], value=table)
    body = [n for n in tree.body if not (isinstance(n, ast.ClassDef) and n.name in lazy)]
    tree.body = [*body, assign, *ast.parse(_LAZY_RUNTIME).body]
    return ast.fix_missing_locations(tree)


def _closure(start: set[str], names: dict[str, tuple[set[str], set[str]]], classes) -> set[str]:
    """``start`` and every class its classes name, transitively."""
    found, todo = set(start), list(start)
    while todo:
        needs, uses = names[todo.pop()]
        for other in (needs | uses) & classes:
            if other not in found:
                found.add(other)
                todo.append(other)
    return found
