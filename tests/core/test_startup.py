"""What the command's start-up avoids: typer and command modules for --help, the jsii
kernel on the fast path, jsii's run-time type checks in the command (not in tests)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import CLI, ENVIRONMENTS, ROOT


def python(code: str, env: dict | None = None) -> str:
    """Run ``code`` in a fresh interpreter with the project importable; its stdout."""
    prelude = f"import sys; sys.path[:0] = [{str(ROOT / 'constructs')!r}, {str(ROOT)!r}]\n"
    proc = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_registry_lists_every_registered_command_with_its_one_line_help():
    """GIVEN the table in cli/__init__.py WHEN every module registers its commands
    THEN each command is in the table, under its module, with its docstring's first line."""
    from otlp_istio.cli import COMMANDS
    from otlp_istio.cli.registry import Command, build_app, registered

    assert all(isinstance(c, Command) for c in COMMANDS), "register commands as Command(name, module, help)"
    found = {}
    for c in COMMANDS:
        for name, doc in registered(build_app([c])):
            found[name] = (c.module, doc)
    assert found == {c.name: (c.module, c.help) for c in COMMANDS}


def test_help_imports_no_command_module_nor_typer():
    out = python("""
        import io, contextlib, json
        from otlp_istio.cli import main
        with contextlib.redirect_stdout(io.StringIO()) as buf:
            code = main(["--help"])
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("typer", "pydantic", "jsii", "yaml", "rich")
                       or m.endswith("_cmd"))
        print(json.dumps({"code": code, "heavy": heavy, "help": buf.getvalue()}))
    """)
    result = json.loads(out)
    assert result["code"] == 0
    assert result["heavy"] == []
    from otlp_istio.cli import COMMANDS
    for c in COMMANDS:
        assert f"\n  {c.name} " in result["help"]


def test_no_arguments_prints_help_and_is_a_usage_error(cli):
    r = cli()
    assert r.code == 2 and "Commands:" in r.out and "synth" in r.out


def test_unknown_command_is_a_usage_error(cli):
    r = cli("bogus")
    assert r.code == 2 and "No such command" in r.err


def test_fast_path_starts_no_javascript_kernel():
    """GIVEN the fast path WHEN every environment is rendered THEN no Node.js process runs."""
    out = python(f"""
        import os
        from otlp_istio.synth import render_environments
        from otlp_istio.generated import kernel
        rendered = render_environments({str(ENVIRONMENTS)!r})
        children = open(f"/proc/{{os.getpid()}}/task/{{os.getpid()}}/children").read().split()
        print(len(rendered), kernel.started(), children)
    """)
    count, started, children = out.split(" ", 2)
    assert int(count) >= 3 and started == "False" and children.strip() == "[]"


def test_cdk8s_path_starts_the_kernel_when_it_needs_it():
    out = python(f"""
        from otlp_istio.config import load_environments
        from otlp_istio.synth.cdk8s_app import render_with_cdk8s
        from otlp_istio.generated import kernel
        from pathlib import Path
        envs = load_environments(Path({str(ENVIRONMENTS)!r}))
        before = kernel.started()
        files = render_with_cdk8s(envs[:1])
        print(before, kernel.started(), sum(len(f) for f in files.values()))
    """)
    before, after, count = out.split()
    assert before == "False" and after == "True" and int(count) > 10


CHECK = """
    from imports.io.istio import networking as net
    try:
        net.DestinationRuleSpec(host=42)
        print("unchecked")
    except TypeError:
        print("checked")
"""


def test_tests_import_the_generated_modules_with_their_type_checks():
    assert python(CHECK).strip() == "checked"


def test_the_command_loads_them_compiled_without_the_checks():
    code = "from otlp_istio.generated import loader; loader.install()\n" + textwrap.dedent(CHECK)
    assert python(code).strip() == "unchecked"


@pytest.mark.parametrize("typecheck", ["0", "1"])
def test_the_command_output_is_the_same_with_and_without_checks(tmp_path, typecheck):
    out = tmp_path / "out"
    proc = subprocess.run([str(CLI), "synth", "-c", str(ENVIRONMENTS), "--out", str(out)], capture_output=True,
                          text=True, env={**os.environ, "OTLP_ISTIO_TYPECHECK": typecheck})
    assert proc.returncode == 0, proc.stderr
    golden = ROOT / "tests" / "core" / "golden"
    for f in golden.rglob("*.yaml"):
        assert (out / f.relative_to(golden)).read_bytes() == f.read_bytes(), f


def test_every_generated_module_rewrites_to_structs_only():
    from otlp_istio.generated.structs import transform
    modules = [f for f in sorted((ROOT / "imports").rglob("__init__.py"))
               if f.parent.name != "_jsii" and b"\nimport jsii\n" in f.read_bytes()]
    assert len(modules) >= 8
    for f in modules:
        compile(transform(f.read_bytes(), str(f)), str(f), "exec", optimize=1)  # raises if not


def test_the_command_path_imports_neither_jsii_nor_cdk8s():
    out = python(f"""
        from pathlib import Path
        from otlp_istio.generated import loader
        loader.install()
        from otlp_istio.synth import render_environments
        from otlp_istio.constructs.base import gvk
        from imports.io.istio import networking as net
        rendered = render_environments(Path({str(ENVIRONMENTS)!r}))
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("jsii", "cdk8s", "constructs", "typeguard"))
        print(heavy, net.DestinationRule.__otlp_istio_stand_in__, gvk(net.DestinationRule), len(rendered))
    """)
    assert out.startswith("[] True ('networking.istio.io/v1', 'DestinationRule')"), out


def test_the_console_script_skips_pydantics_plugin_scan_unless_asked_and_collects_less_often(tmp_path):
    """pydantic's plugin lookup reads every installed distribution's entry points at the
    first model: the command turns it off (and does not even import importlib.metadata),
    unless the environment says otherwise. The garbage collector's young generation is
    10,000 objects, not 700."""
    def run_with(preset):
        return python(f"""
            import io, contextlib, os
            os.environ.pop("PYDANTIC_DISABLE_PLUGINS", None)
            if {preset!r} is not None:
                os.environ["PYDANTIC_DISABLE_PLUGINS"] = {preset!r}
            sys.argv = ["otlp-istio", "synth", "-c", {str(ENVIRONMENTS)!r}, "--out", {str(tmp_path / "out")!r}]
            from otlp_istio.cli import run
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                try:
                    run()
                except SystemExit as exc:
                    code = exc.code
            from pydantic.plugin import _loader
            import gc
            print(code, os.environ["PYDANTIC_DISABLE_PLUGINS"],
                  "scanned" if getattr(_loader, "_plugins", None) is not None else "not-scanned",
                  "metadata" if "importlib.metadata" in sys.modules else "no-metadata",
                  gc.get_threshold()[0], gc.isenabled())
        """).split()

    assert run_with(None) == ["0", "1", "not-scanned", "no-metadata", "10000", "True"]
    assert run_with("other") == ["0", "other", "scanned", "metadata", "10000", "True"]


def test_the_gate_does_not_build_the_environment_models():
    """validate reads rendered manifests only: importing it (and its command) leaves the
    pydantic models of the environment file unbuilt; the config package loads them on use."""
    out = python("""
        import otlp_istio.validate, otlp_istio.cli.validate_cmd
        before = "otlp_istio.config.models" in sys.modules
        from otlp_istio.config import EnvironmentConfig, load_environments
        print(before, EnvironmentConfig.__module__, load_environments.__module__)
    """)
    assert out.split() == ["False", "otlp_istio.config.models", "otlp_istio.config.loader"]
