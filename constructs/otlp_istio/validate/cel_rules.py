"""CEL validation rules (``x-kubernetes-validations``) of the CRDs, evaluated offline.

kubeconform checks structure only; the API server also evaluates these rules and rejects
objects that break them. This module does the same on rendered objects, with the same
semantics:

* ``self`` is the value at the schema node the rule sits on; a rule on ``items`` or
  ``additionalProperties`` runs once per list item / map value; absent (or null) values are
  not checked;
* transition rules (those that use ``oldSelf``) only run on update: a rendered manifest is
  a create, so they are skipped;
* a false rule gives its ``message`` (or ``messageExpression``), at the rule's path (plus its
  ``fieldPath``); an evaluation error is an error too (the API server rejects the object);
* the object is defaulted first, from the schema's ``default`` values (a missing field, or a
  null one the schema does not allow, gets its default; then the walk goes on below it), as
  the API server does before it validates;
* a property CEL cannot spell is read by its escaped name (``namespace`` as
  ``__namespace__``, see :mod:`.k8s_cel`).

A value whose type does not match the schema is left to the schema check (kubeconform
reports it; evaluating the rule on it would only repeat that error).

The evaluator is ``cel`` from the PyPI package ``common-expression-language`` (CEL in Rust):
all rules of our CRDs compile with it, and it runs a rule in about 1.5 microseconds, some 70
times faster than the pure-Python ``cel-python``. Kubernetes' own functions come from
:mod:`.k8s_cel`. Programs are compiled once per distinct expression; results are memoized
per (rule, value), and object-level rules see only the fields they read.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from .. import messages
from ..cel_engine import load as load_cel
from ..fieldpath import MapKey, format_path
from ..findings import Finding, resource_id
from . import k8s_cel

_cel = load_cel()  # without the package's REPL (see otlp_istio.cel_engine)

_OLD_SELF_RE = re.compile(r"\boldSelf\b")
_SELF_FIELD_RE = re.compile(r"\bself\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()")
_SELF_RE = re.compile(r"\bself\b")
_MAX_MEMO = 200_000

_TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "int-or-string": lambda v: isinstance(v, (int, str)) and not isinstance(v, bool),
}


@dataclass
class Rule:
    text: str
    message: str | None
    message_expression: str | None
    field_path: str | None
    reason: str | None
    transition: bool
    program: Any = None
    compile_error: str | None = None
    needs_functions: bool = False
    projection: tuple[str, ...] | None = None  # the fields of an object ``self`` the rule reads
    escapes: dict[str, str] = field(default_factory=dict)  # property name -> escaped identifier


@dataclass
class NodeRules:
    path: tuple[str, ...]
    type: str
    rules: list[Rule]


@dataclass
class Coverage:
    sites: int = 0
    distinct: int = 0
    compiled_sites: int = 0
    compiled_distinct: int = 0
    transition_sites: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # rule -> compile error


def _projection(rule: str) -> tuple[str, ...] | None:
    """The fields of ``self`` a rule reads, or None when it uses ``self`` as a whole."""
    fields = {m[1] for m in _SELF_FIELD_RE.finditer(rule)}
    if len(_SELF_RE.findall(rule)) != len(_SELF_FIELD_RE.findall(rule)):
        return None
    return tuple(sorted(fields))


def _plain(value: Any) -> Any:
    """JSON-shaped data for the evaluator: map keys as strings (YAML may give ints)."""
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            if any(isinstance(v, (dict, list)) for v in value.values()):
                return {k: _plain(v) for k, v in value.items()}
            return value
        return {str(k).lower() if isinstance(k, bool) else str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def with_defaults(value: Any, tree: dict[str, Any] | None) -> Any:
    """``value`` defaulted from a defaults tree of ``cel-rules.json`` (a new structure where
    anything changes below; the input is never modified)."""
    if not tree:
        return value
    if isinstance(value, dict):
        props = tree.get("properties", {})
        extra = tree.get("additionalProperties")
        out = dict(value)
        for name, sub in props.items():
            if "default" in sub and (name not in out or (out[name] is None and not sub.get("nullable"))):
                out[name] = copy.deepcopy(sub["default"])
        for name in out:
            sub = props[name] if name in props else extra
            if sub:
                out[name] = with_defaults(out[name], sub)
        return out
    if isinstance(value, list) and tree.get("items"):
        return [with_defaults(v, tree["items"]) for v in value]
    return value


def _show(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return "object" if isinstance(value, dict) else "list"


class CelChecker:
    """Evaluates the rules of ``cel-rules.json`` (see ``scripts/gen_schemas.py``) on objects."""

    def __init__(self, rules_doc: dict[str, Any], *, memo: bool = True):
        if _cel is None:  # pragma: no cover
            from ..errors import UserError
            raise UserError("the Python package common-expression-language (module `cel`) is missing; "
                            "run `make setup`")
        self._programs: dict[str, tuple[Any, str | None]] = {}
        self._memo: dict[tuple, tuple[str, str] | None] = {}
        self._memo_limit = _MAX_MEMO if memo else 0
        self.by_resource: dict[str, list[NodeRules]] = {}
        self.defaults: dict[str, dict[str, Any]] = {}
        self.coverage = Coverage()
        distinct, compiled = set(), set()
        for key, entry in sorted(rules_doc.get("resources", {}).items()):
            nodes = []
            for n in entry["nodes"]:
                rules = []
                for r in n["rules"]:
                    rule = self._rule(r)
                    rules.append(rule)
                    self.coverage.sites += 1
                    distinct.add(rule.text)
                    if rule.transition:
                        self.coverage.transition_sites += 1
                    elif rule.compile_error is None:
                        self.coverage.compiled_sites += 1
                        compiled.add(rule.text)
                    else:
                        self.coverage.failures[rule.text] = rule.compile_error
                nodes.append(NodeRules(path=tuple(n["path"]), type=n.get("type", "any"), rules=rules))
            self.by_resource[key] = nodes
            if entry.get("defaults"):
                self.defaults[key] = entry["defaults"]
        self.coverage.distinct = len(distinct)
        self.coverage.compiled_distinct = len(compiled)

    # ------------------------------------------------------------- compiling

    def _compile(self, text: str) -> tuple[Any, str | None]:
        hit = self._programs.get(text)
        if hit is None:
            try:
                hit = (_cel.compile(text), None)
            except Exception as exc:  # noqa: BLE001 - the library raises various types
                hit = (None, f"{type(exc).__name__}: {exc}")
            self._programs[text] = hit
        return hit

    def _rule(self, r: dict[str, Any]) -> Rule:
        text = r["rule"]
        rule = Rule(text=text, message=r.get("message"), message_expression=r.get("messageExpression"),
                    field_path=r.get("fieldPath"), reason=r.get("reason"),
                    transition=bool(_OLD_SELF_RE.search(text)))
        if rule.transition:
            return rule
        rule.program, rule.compile_error = self._compile(text)
        if rule.program is not None:
            rule.needs_functions = bool(set(rule.program.functions()) & k8s_cel.FUNCTIONS.keys())
            rule.escapes = k8s_cel.escaped_fields(text)
            rule.projection = _projection(text)
        return rule

    # ------------------------------------------------------------- evaluating

    def evaluate(self, rule: Rule, value: Any) -> tuple[str, str] | None:
        """None when the rule holds, else ``("failed"|"error", detail)``."""
        if rule.escapes:
            value = k8s_cel.escape_keys(value, rule.escapes)
        if rule.projection is not None and isinstance(value, dict):
            value = {k: value[k] for k in rule.projection if k in value}
        if isinstance(value, (str, int, float, bool)):
            key = (rule.text, type(value), value)
        else:
            key = (rule.text, repr(value))
        if key in self._memo:
            return self._memo[key]
        outcome = self._run(rule.program, rule.needs_functions, _plain(value))
        if outcome is not None and outcome[0] == "value":
            result = outcome[1]
            outcome = None if result is True else (
                ("failed", "") if result is False else ("error", f"rule returned {result!r}, not a bool"))
        if len(self._memo) < self._memo_limit:
            self._memo[key] = outcome
        return outcome

    @staticmethod
    def _run(program: Any, needs_functions: bool, value: Any) -> tuple[str, Any] | None:
        with k8s_cel.collecting_errors() as errors:
            try:
                if needs_functions:
                    result = program.execute(_cel.Context(variables={"self": value}, functions=k8s_cel.FUNCTIONS))
                else:
                    result = program.execute({"self": value})
            except Exception as exc:  # noqa: BLE001 - evaluation errors come as RuntimeError, KeyError, ...
                text = str(exc) if not isinstance(exc, KeyError) else f"no such key: {exc}"
                return ("error", text.replace(". Check function arguments and their types.", ""))
        if errors:
            return ("error", errors[0])
        return ("value", result)

    def _message(self, rule: Rule, value: Any) -> str:
        if rule.message_expression:
            program, error = self._compile(rule.message_expression)
            if program is not None:
                outcome = self._run(program, True, _plain(value))
                if outcome and outcome[0] == "value" and isinstance(outcome[1], str) and outcome[1].strip():
                    return outcome[1]
        return rule.message or f"failed rule: {rule.text}"

    # ------------------------------------------------------------- walking objects

    @staticmethod
    def instances(data: Any, path: tuple[str, ...]) -> Iterator[tuple[list[Any], Any]]:
        """``(concrete path, value)`` for every value the schema path addresses in ``data``."""
        stack: list[tuple[int, list[Any], Any]] = [(0, [], data)]
        while stack:
            i, where, value = stack.pop()
            if value is None:
                continue
            if i == len(path):
                yield where, value
                continue
            seg = path[i]
            if seg == "[]":
                if isinstance(value, list):
                    for n in range(len(value) - 1, -1, -1):
                        stack.append((i + 1, [*where, n], value[n]))
            elif seg == "{}":
                if isinstance(value, dict):
                    for k in reversed(list(value)):
                        stack.append((i + 1, [*where, MapKey(k)], value[k]))
            elif isinstance(value, dict) and seg in value:
                stack.append((i + 1, [*where, seg], value[seg]))

    def check(self, data: Any, *, file: str | None = None, line: int | None = None) -> list[Finding]:
        """Every rule failure of one object (a dict with apiVersion and kind)."""
        if not isinstance(data, dict):
            return []
        key = f"{data.get('apiVersion')}/{data.get('kind')}"
        nodes = self.by_resource.get(key)
        if not nodes:
            return []
        data = with_defaults(data, self.defaults.get(key))
        meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
        res = resource_id(str(data.get("kind")), str(meta.get("name", "")), meta.get("namespace"))
        findings: list[Finding] = []
        for node in nodes:
            type_ok = _TYPE_CHECKS.get(node.type)
            for where, value in self.instances(data, node.path):
                if type_ok is not None and not type_ok(value):
                    continue  # the schema check reports the wrong type
                for rule in node.rules:
                    if rule.transition or rule.program is None:
                        continue
                    outcome = self.evaluate(rule, value)
                    if outcome is not None:
                        findings.append(self._finding(rule, outcome, where, value, res, file, line))
        return findings

    def _finding(self, rule: Rule, outcome: tuple[str, str], where: list[Any], value: Any,
                 res: str, file: str | None, line: int | None) -> Finding:
        path = format_path(where)
        if rule.field_path:
            fp = rule.field_path.strip()
            fp = re.sub(r"\['([^']*)'\]", r"[\1]", fp)
            path = path + fp if fp.startswith(("[", ".")) else f"{path}.{fp}"
            path = path.lstrip(".")
        shown = _show(value)
        got = f"got {shown}; " if shown not in ("object", "list") else ""
        if outcome[0] == "failed":
            text = self._message(rule, value)
            if rule.reason and rule.reason != "FieldValueInvalid":
                text = {"FieldValueForbidden": "Forbidden", "FieldValueRequired": "Required value",
                        "FieldValueDuplicate": "Duplicate value"}.get(rule.reason, rule.reason) + ": " + text
            message = f"{text} ({got}CRD validation rule: {' '.join(rule.text.split())})"
            code = messages.CEL_RULE_FAILED
        else:
            message = (f"the CRD validation rule {' '.join(rule.text.split())!s} cannot be evaluated on this "
                       f"value ({got}{outcome[1]}); the API server rejects it: "
                       f"{rule.message or 'fix the value'}")
            code = messages.CEL_RULE_ERROR
        return messages.finding(code, resource=res, path=path, message=message, file=file, line=line)

    def unsupported_findings(self) -> list[Finding]:
        """One warning per rule the evaluator could not compile (none with the current CRDs)."""
        return [messages.finding(messages.CEL_RULE_UNSUPPORTED,
                                 message=f"CEL rule not checked, the evaluator cannot compile it: {rule} ({err})")
                for rule, err in sorted(self.coverage.failures.items())]


class CelEvaluationError(Exception):
    """A CEL expression failed to compile or to evaluate."""


def evaluate_expression(text: str, self_value: Any = None) -> Any:
    """Evaluate one CEL expression with ``self`` bound and the Kubernetes functions available,
    property names escaped as the API server does (for tests and for trying a rule by hand)."""
    try:
        program = _cel.compile(text)
    except Exception as exc:  # noqa: BLE001
        raise CelEvaluationError(f"cannot compile {text!r}: {exc}") from None
    escapes = k8s_cel.escaped_fields(text)
    value = k8s_cel.escape_keys(self_value, escapes) if escapes else self_value
    outcome = CelChecker._run(program, True, _plain(value))
    if outcome is not None and outcome[0] == "error":
        raise CelEvaluationError(outcome[1])
    return outcome[1] if outcome else None
