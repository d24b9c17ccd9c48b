"""``cli/`` parses and prints: no function body in it is over 40 lines (its option declarations,
in the signature, and its docstring aside; a nested function is measured on its own), so the
logic of a command lives in its package, where it is tested without the command line."""
from __future__ import annotations

import ast
from pathlib import Path

import otlp_istio.cli

CLI = Path(otlp_istio.cli.__file__).parent
LIMIT = 40


def body_lines(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of ``fn``'s body, without its docstring and without the functions defined in it."""
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        body = body[1:]
    lines = {n for stmt in body for n in range(stmt.lineno, stmt.end_lineno + 1)}
    for node in ast.walk(fn):
        if node is not fn and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            lines -= set(range(first, node.end_lineno + 1))
    return len(lines)


def long_functions(source: str, limit: int = LIMIT) -> list[tuple[str, int]]:
    return [(f"{node.name}:{node.lineno}", body_lines(node)) for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and body_lines(node) > limit]


def test_no_function_of_cli_is_over_40_lines():
    found = {path.name: long for path in sorted(CLI.glob("*.py")) if (long := long_functions(path.read_text()))}
    assert found == {}


def test_the_measure_counts_the_body_not_the_options_nor_the_docstring_nor_nested_functions():
    options = "".join(f"    o{i}: int = typer.Option({i}),\n" for i in range(50))
    statements = "".join(f"    x{i} = {i}\n" for i in range(41))
    nested = "    def inner():\n" + "".join(f"        y{i} = {i}\n" for i in range(60))
    source = f"def cmd(\n{options}) -> None:\n    '''Help.\n\n    More.\n    '''\n{nested}{statements}"
    assert long_functions(source) == [("cmd:1", 41), ("inner:57", 60)]
    assert long_functions(source.replace("    x40 = 40\n", "")) == [("inner:57", 60)]
