"""The rewritten generated modules make their classes on first use (generated/structs.py:
lazy_classes): every class a made class needs or names is there when it runs."""
from __future__ import annotations

import ast
import textwrap
import types

import pytest

from otlp_istio.generated.structs import lazy_classes
from tests.core.test_startup import python

SOURCE = textwrap.dedent("""
    from __future__ import annotations
    import typing


    class _Helper:
        def __init__(self, name):
            self.name = name

        def made(self):
            return Used()


    helper = _Helper("x")


    class Used:
        pass


    class Base:
        def make(self) -> typing.Optional["Sub"]:
            return Sub()


    class Sub(Base):
        def leaf(self, value):
            if isinstance(value, dict):
                value = Leaf(**value)
            return value


    class Leaf:
        def __init__(self, x):
            self.x = x


    class Unused:
        pass
""")


@pytest.fixture
def module():
    mod = types.ModuleType("lazy_example")
    exec(compile(lazy_classes(ast.parse(SOURCE), "lazy_example.py"), "lazy_example.py", "exec"), mod.__dict__)
    return mod


def test_classes_are_made_on_first_use_with_what_they_name(module):
    assert {"_Helper", "Used", "helper"} <= set(vars(module))  # the module's own code uses them
    assert not {"Base", "Sub", "Leaf", "Unused"} & set(vars(module))
    leaf = module.Base().make().leaf({"x": 3})  # Base names Sub, Sub names Leaf (and needs Base)
    assert leaf.x == 3 and type(leaf).__name__ == "Leaf" and type(leaf).__module__ == "lazy_example"
    assert isinstance(module.Sub(), module.Base)
    assert {"Base", "Sub", "Leaf"} <= set(vars(module)) and "Unused" not in vars(module)
    assert {"Base", "Sub", "Leaf", "Unused", "helper"} <= set(dir(module))


def test_a_subclass_asked_first_makes_its_base_first(module):
    assert module.Sub.__mro__[1] is module.Base
    assert module.Sub().make().leaf({"x": 1}).x == 1


def test_an_unknown_name_is_an_attribute_error(module):
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        module.Nope  # noqa: B018


def test_the_command_makes_only_the_classes_rendering_uses():
    out = python("""
        from otlp_istio.generated import loader
        loader.install()
        from otlp_istio.synth import render_environments
        import contextlib, io
        with contextlib.redirect_stderr(io.StringIO()):
            render_environments("environments")
        net = sys.modules["imports.io.istio.networking"]
        print(len(net._lazy_made), len(net._LAZY_CLASSES), len(net.__all__))
    """)
    made, lazy, every = map(int, out.split())
    assert 0 < made < lazy <= every
