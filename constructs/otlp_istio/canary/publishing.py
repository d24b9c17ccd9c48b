"""What ``publish`` does about a rollout: the weights come from the state at the tip it commits onto.

For each environment published, the state beside its folder decides the collector routes:

* no state: the routes as the environment file writes them;
* Progressing: the state's weights (a config change published mid-rollout never resets traffic);
* Failed / RolledBack: the baseline keeps 100 % (a rollback is never undone by a publish),
  until the environment file names another canary (or none): then the state is retired;
* any state, once the file says ``canary.mode: flagger``: retired (Flagger owns the routes);
* Succeeded: the canary keeps 100 % until the file's ``baseline_version`` catches up with
  it (or the file has no ``canary:`` any more); then the state is retired and the routes
  are the file's own, which must then send the traffic to the promoted version (publish
  refuses to move it back).

Retiring deletes the state file in the same commit; each decision is a line of its message.
"""
from __future__ import annotations

from typing import Optional

from ..config.canary import CanaryMode
from ..publish.trees import TreeStore
from .errors import CanaryError
from .routing import Target, backend_for, reweight, weights
from .state import Phase, RolloutState, state_path
from .store import read_state


def _retired(state: RolloutState, config) -> bool:
    canary = config.canary
    if canary is not None and canary.mode is CanaryMode.FLAGGER:
        return True  # Flagger steps this environment now, and owns the collector routes
    if state.phase is Phase.SUCCEEDED:
        return canary is None or canary.baseline_version == state.canary_version
    if state.phase in (Phase.FAILED, Phase.ROLLED_BACK):
        return canary is None or (canary.baseline_version, canary.canary_version) != \
            (state.baseline_version, state.canary_version)
    return False


def apply_rollout(env: str, config, files: dict[str, bytes], state: Optional[RolloutState]
                  ) -> tuple[dict[str, bytes], bool, Optional[str]]:
    """``(files to publish, retire the state?, a line for the commit message)`` for one environment."""
    if state is None:
        return files, False, None
    target = Target.from_config(config)
    if _retired(state, config):
        if state.phase is Phase.SUCCEEDED:
            promoted = state.canary_version
            routed = weights(files, target)
            try:
                to_promoted = sum(w for s, w in routed.items() if s == backend_for(files, target, promoted))
            except CanaryError:
                to_promoted = 0
            if routed and to_promoted != 100:
                shown = ", ".join(f"{s} {w} %" for s, w in sorted(routed.items()))
                raise CanaryError(
                    f"{env}: the rollout promoted {promoted} and the environment file moved on, but its "
                    f"collector routes send {shown}; route them to a subset of {promoted} (e.g. give the "
                    f"stable subset the label version: {promoted}) so that retiring the rollout does not move "
                    "traffic back. Nothing was published.")
        why = ("canary.mode is flagger" if config.canary is not None and config.canary.mode is CanaryMode.FLAGGER
               else "the environment file caught up" if state.phase is Phase.SUCCEEDED
               else "the environment file names another canary, or none")
        return files, True, (f"canary {env}: rollout {state.baseline_version} -> {state.canary_version} "
                             f"({state.phase.value}) retired: {why}")
    try:
        changed = reweight(files, target, state.baseline_version, state.canary_version, state.canary_weight)
    except CanaryError as exc:
        raise CanaryError(f"{env}: the rollout {state.baseline_version} -> {state.canary_version} is "
                          f"{state.phase.value} at {state.canary_weight} %, and its routes cannot be kept: "
                          f"{exc.render()}. Keep both versions' subsets and routes until it ends "
                          "(otlp-istio canary promote / rollback). Nothing was published.") from None
    note = (f"canary {env}: {state.phase.value}, routes kept at {state.baseline_version} "
            f"{state.baseline_weight} % / {state.canary_version} {state.canary_weight} % from the rollout state")
    return {**files, **changed}, False, note


def publish_hook(configs: dict):
    """The ``prepare`` hook of :class:`~otlp_istio.publish.PublishOptions` for ``{env: config}``."""
    def prepare(store: TreeStore, tip: Optional[str], rendered: dict, paths: dict):
        out, extra, notes = {}, {}, []
        for env, files in rendered.items():
            state = read_state(store, tip, paths[env])
            new_files, retire, note = apply_rollout(env, configs[env], files, state)
            out[env] = new_files
            if retire:
                extra[state_path(paths[env])] = None
            if note:
                notes.append(note)
        return out, extra, notes
    return prepare
