"""The CEL engine (PyPI ``common-expression-language``), imported without its REPL.

The package's ``__init__`` imports ``cel.cli`` (typer, prompt_toolkit, pygments, asyncio:
a third of a second of start-up) that otlp-istio never uses. :func:`load` puts a
placeholder in its place during the import and removes it after, so a real
``import cel.cli`` still works.
"""
from __future__ import annotations

import sys
import types


def load():
    """The ``cel`` module, or None when the package is not installed."""
    if "cel" in sys.modules:
        return sys.modules["cel"]
    placeholder = "cel.cli" not in sys.modules
    if placeholder:
        sys.modules["cel.cli"] = types.ModuleType("cel.cli")
    try:
        import cel
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    finally:
        if placeholder:
            del sys.modules["cel.cli"]
    return cel
