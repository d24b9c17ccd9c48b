"""User-facing errors: what is wrong, where (file, line, field path) and what is allowed.

Every error a user can cause is a :class:`UserError`; the CLI prints it without a
traceback and exits with its ``exit_code`` (2 for bad input or usage). Problems are
gathered, not fail-fast: one run reports every problem it found.
"""
from __future__ import annotations

from dataclasses import dataclass

# What scripts rely on, one definition each: the exit codes of every command, and the
# version of every JSON document the commands print.
EXIT_OK = 0
EXIT_FINDINGS = 1  # validation found errors / diff found changes
EXIT_USAGE = 2  # bad input or bad usage: nothing was written
EXIT_INTERNAL = 3  # a bug: unexpected exception
EXIT_UNREACHABLE = 4  # an outside system (the environment repository, Prometheus, the cluster) cannot be asked
SCHEMA_VERSION = 1  # of every JSON output; raised only when a key changes meaning or goes away


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one input file."""

    file: str
    path: str  # field path such as ``virtual_services[0].http[0].retries.retry_on``; "" for the whole file
    message: str
    line: int | None = None

    def location(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        return where

    def render(self) -> str:
        if self.path:
            return f"{self.location()}: {self.path}: {self.message}"
        return f"{self.location()}: {self.message}"

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "path": self.path, "message": self.message}


class UserError(Exception):
    """An error the user can fix. Carries one or more problems."""

    exit_code = EXIT_USAGE

    def __init__(self, problems: list[Problem] | Problem | str, *, exit_code: int | None = None):
        if isinstance(problems, str):
            problems = [Problem(file="", path="", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = sorted(set(problems), key=_problem_key)
        if exit_code is not None:
            self.exit_code = exit_code
        super().__init__("\n".join(p.render() for p in self.problems))

    def render(self) -> str:
        lines = []
        for p in self.problems:
            lines.append(p.render() if p.file else p.message)
        return "\n".join(lines)


def _problem_key(p: Problem):
    return (p.file, p.line if p.line is not None else 0, p.path, p.message)


class ConfigError(UserError):
    """The environment files are invalid."""
