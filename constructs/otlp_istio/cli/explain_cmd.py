"""``otlp-istio explain CODE``: what a finding means, an example that fails, one that passes, the fix."""
from __future__ import annotations

import enum
import textwrap

import typer

from ..errors import UserError
from .common import emit_json


class ExplainOutput(str, enum.Enum):
    text = "text"
    json = "json"


def explanation(code: str) -> dict:
    """Everything ``explain`` prints about ``code`` (case-insensitive; an IST code lists ours)."""
    from .. import messages
    from ..analyzers.examples import example, expected_findings, without_expectations
    from ..flows.examples import example as flow_example

    key = code.strip().upper()
    entry = messages.get(key)
    if entry is None:
        same = [m.code for m in messages.all() if m.istio_code == key]
        if same:
            raise UserError(f"{code} is istioctl's code; ours for it: {', '.join(same)} "
                            f"(run `otlp-istio explain {same[0]}`)")
        known = ", ".join(m.code for m in messages.all())
        raise UserError(f"explain {code}: no such code; known codes: {known}")
    # severity and examples: for the analyzer's codes (the examples are its test grid)
    examples = example if entry.analyzer else flow_example if entry.check == "flows" else None
    data = {"code": entry.code, "name": entry.name, "severity": entry.severity.value if examples else None,
            "istio_code": entry.istio_code, "meaning": entry.description, "fix": entry.fix,
            "documentation": entry.documentation_url, "failing_example": None,
            "failing_example_findings": [], "passing_example": None}
    if entry.istio_code:
        data["our_documentation"] = entry.our_documentation
    if examples is not None:
        fail, ok = examples(key, "fail"), examples(key, "pass")
        if fail is not None:
            text = fail.read_text(encoding="utf-8")
            data["failing_example"] = without_expectations(text)
            data["failing_example_findings"] = [{"code": c, "resource": r, "path": p}
                                                for c, r, p in expected_findings(text)]
        if ok is not None:
            data["passing_example"] = ok.read_text(encoding="utf-8")
    return data


def _indent(text: str) -> str:
    return textwrap.indent(text.rstrip("\n"), "    ") + "\n"


def render_text(data: dict) -> str:
    head = data["code"] + " " + data["name"]
    extra = [x for x in (data["severity"], f"istioctl {data['istio_code']}" if data["istio_code"] else None) if x]
    if extra:
        head += f" ({'; '.join(extra)})"
    parts = [head, "", "What it means:", _indent(textwrap.fill(data["meaning"], 92))]
    if data["fix"]:
        parts += ["How to fix it:", _indent(textwrap.fill(data["fix"], 92))]
    if data["failing_example"]:
        parts += ["Fails:", _indent(data["failing_example"])]
        if data["failing_example_findings"]:
            parts.append("  giving:")
            parts += [f"    {f['code']} {f['resource']} {f['path']}" for f in data["failing_example_findings"]]
            parts.append("")
    if data["passing_example"]:
        parts += ["Passes:", _indent(data["passing_example"])]
    parts.append(f"More: {data['documentation']}")
    if data.get("our_documentation"):
        parts.append(f"      {data['our_documentation']}")
    return "\n".join(parts)


def register(app: typer.Typer) -> None:
    @app.command("explain")
    def explain(
        code: str = typer.Argument(..., metavar="CODE", help="A finding code such as OI1102 (any case)."),
        output: ExplainOutput = typer.Option(ExplainOutput.text, "--output", "-o",
                                             help="text, or json (code, name, severity, istio_code, meaning, "
                                                  "fix, documentation, failing_example, passing_example)."),
    ) -> None:
        """Explain a finding code: what it means, how to fix it, and a failing and a passing example.

        The examples are the analyzer's own test cases: the failing one gives
        exactly the findings listed, the passing one none. Run
        `otlp-istio analyze --list-codes` for every analyzer code.

        Examples:

          otlp-istio explain OI1102

          otlp-istio explain oi1301 -o json
        """
        data = explanation(code)
        if output == ExplainOutput.json:
            emit_json(data)
        else:
            typer.echo(render_text(data))
