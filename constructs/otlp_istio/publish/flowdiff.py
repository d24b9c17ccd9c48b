"""What a change does to the flows: each environment's flows followed through what the
repository holds now and through what the change would make of it, and the flows whose verdict
moves (broken by the change, or repaired). ``diff -o markdown`` shows them.

Both sides are followed from the environment file as it is now (the flows it implies); the
repository side is the rendered objects with this change's edits undone (what the change set
records for each resource it adds, changes or removes).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..flows import FlowResult, check
from ..flows.render import changes as moved
from ..yamlio import Document, load_documents_text
from .changes import Action
from .publisher import PublishResult


def _key(data: dict) -> tuple:
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    return data.get("kind"), meta.get("namespace"), meta.get("name")


def _parse(data: Optional[bytes], name: str) -> list[Document]:
    if not data:
        return []
    return [d for d in load_documents_text(data.decode("utf-8", "replace"), name) if isinstance(d.data, dict)]


def sides(files: dict[str, bytes], result: PublishResult, env: str) -> tuple[list[Document], list[Document]]:
    """``(before, after)``: the environment's objects in the repository and after the change."""
    after: dict[tuple, Document] = {}
    for name, body in sorted(files.items()):
        if name.endswith((".yaml", ".yml")):
            for d in _parse(body, f"{env}/{name}"):
                after[_key(d.data)] = d
    edits = [c for e in result.changes.envs if e.env == env for c in e.changes]
    for c in edits:  # what the change set will write (the canary's weights included)
        for d in _parse(c.new, c.path):
            after[_key(d.data)] = d
    before = dict(after)
    for c in edits:
        key = (c.kind, c.namespace, c.name)
        if c.action is Action.ADDED:
            before.pop(key, None)
        else:
            for d in _parse(c.old, c.path):
                before[_key(d.data)] = d
    return list(before.values()), list(after.values())


def flow_changes(config_dir: Path, rendered: dict[str, dict[str, bytes]], result: PublishResult
                 ) -> list[tuple[str, list[tuple[str, str, str, str]], list[FlowResult]]]:
    """Per environment: the flows whose verdict the change moves, and the flows after it."""
    from ..config.loader import load_environments
    from ..validate.context import from_environment

    out = []
    for env in load_environments(Path(config_dir), sorted(rendered)):
        before, after = sides(rendered[env.name], result, env.name)
        extra = from_environment(env).documents
        old, _ = check(env.config, [*before, *extra], env_file=str(env.file))
        new, _ = check(env.config, [*after, *extra], env_file=str(env.file))
        out.append((env.name, moved(old, new), new))
    return out


def markdown_section(config_dir: Path, rendered: dict[str, dict[str, bytes]], result: PublishResult) -> Optional[str]:
    """``diff -o markdown``'s flows section, when the change set is not empty."""
    if result.changes.empty:
        return None
    from ..flows.render import markdown_changes
    return markdown_changes(flow_changes(config_dir, rendered, result))
