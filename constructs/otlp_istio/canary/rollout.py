"""The canary commands' logic: start, step, promote, rollback, each at most one commit.

Every function takes a :class:`Rollout` (an environment's config, its policy and its
state store) and the time; the CLI (``cli/canary_cmd.py``) adds options and output.
A change is computed from the tip as it is at each attempt (see :mod:`.store`), so a
racing writer's commit is never overwritten: a step decided on a state that moved in
the meantime is dropped, not replayed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from ..config.models import CanaryMode
from .decision import Action, Decision, Policy, decide, due
from .errors import CanaryError
from .routing import Target, has_deployment, reweight
from .state import Metrics, Phase, RolloutState, iso
from .store import Change, CommitResult, Snapshot, StateStore


@dataclass
class Rollout:
    env: str
    config: object  # EnvironmentConfig
    store: StateStore

    def __post_init__(self):
        canary = self.config.canary
        if canary is None:
            raise CanaryError(f"environment {self.env!r} has no canary: add a `canary:` section "
                              "(baseline_version, canary_version, ...) to its file")
        if canary.mode is CanaryMode.FLAGGER:
            raise CanaryError(f"environment {self.env!r} runs its canary with Flagger (canary.mode: flagger): "
                              "Flagger steps the weights in the cluster; the canary commands drive mode: git")
        self.canary = canary
        self.policy = Policy.from_config(canary)
        self.target = Target.from_config(self.config)

    def policy_of(self, state: Optional[RolloutState]) -> Policy:
        """The policy a rollout runs on: the one it was started with; the file's for a state
        that recorded none (or no state yet)."""
        return state.policy if state is not None and state.policy is not None else self.policy


@dataclass
class Outcome:
    """What a command did: the decision, the commit (None: nothing committed), the state after."""

    action: Action
    reason: str
    state: Optional[RolloutState]
    result: Optional[CommitResult] = None
    metrics: Optional[Metrics] = None
    next_due: Optional[float] = None

    @property
    def commit(self) -> Optional[str]:
        return self.result.commit if self.result else None


def message(env: str, state: RolloutState, subject: str, reason: str) -> str:
    """A commit message that reads as the rollout's log (``git log --oneline`` shows the subjects)."""
    return (f"canary {env}: {subject}\n\n{reason}\n\n"
            f"{state.baseline_version} {state.baseline_weight} % / {state.canary_version} {state.canary_weight} %\n\n"
            f"Otlp-Istio-Canary: {env}\n"
            f"Otlp-Istio-Canary-Phase: {state.phase.value}\n"
            f"Otlp-Istio-Canary-Weight: {state.canary_weight}\n")


def _require_published(r: Rollout, snap: Snapshot) -> None:
    if not snap.files:
        raise CanaryError(f"environment {r.env!r} is not published at {r.store.options.remote.display} "
                          f"({snap.folder}/ is empty): run `otlp-istio publish -e {r.env}` first")


def _require_state(r: Rollout, snap: Snapshot) -> RolloutState:
    if snap.state is None:
        raise CanaryError(f"no rollout of {r.env!r} was started ({snap.state_file} does not exist): "
                          f"run `otlp-istio canary start --env {r.env}`")
    return snap.state


def _change(r: Rollout, snap: Snapshot, state: RolloutState, subject: str) -> Change:
    files = reweight(snap.files, r.target, state.baseline_version, state.canary_version, state.canary_weight)
    return Change(state=state, files=files, message=message(r.env, state, subject, state.reason))


def start(r: Rollout, now: float) -> Outcome:
    c = r.canary

    def update(snap: Snapshot) -> Change:
        _require_published(r, snap)
        old = snap.state
        if old is not None and not old.phase.finished:
            raise CanaryError(f"a rollout of {r.env!r} is already in progress ({old.baseline_version} -> "
                              f"{old.canary_version} at {old.canary_weight} %, started {iso(old.started_at)}); "
                              "see `otlp-istio canary status`, or end it with `canary rollback` / `canary promote`")
        if old is not None and old.phase is Phase.SUCCEEDED:
            raise CanaryError(f"the last rollout of {r.env!r} promoted {old.canary_version}; set "
                              f"canary.baseline_version: {old.canary_version} (and route to it) and publish, "
                              "which retires it, before starting another")
        for version in (c.baseline_version, c.canary_version):
            if not has_deployment(snap.files, r.target, version):
                raise CanaryError(f"{snap.folder}/ has no collector Deployment for version {version!r} "
                                  f"(labels app={r.target.service}, version={version}); publish the environment "
                                  "with that version's subset first")
        reason = (f"started: {c.baseline_version} {100 - c.initial_weight} % / {c.canary_version} "
                  f"{c.initial_weight} %; then {r.policy.describe()}")
        state = RolloutState(environment=r.env, baseline_version=c.baseline_version,
                             canary_version=c.canary_version, phase=Phase.PROGRESSING,
                             canary_weight=c.initial_weight, started_at=now, last_step_at=now, reason="",
                             policy=r.policy)
        state = state.advanced(phase=Phase.PROGRESSING, canary_weight=c.initial_weight, at=now, reason=reason)
        return _change(r, snap, state, f"start {c.baseline_version} -> {c.canary_version} at {c.initial_weight} %")

    result = r.store.commit(update)
    state = result.change.state if result.change else None
    return Outcome(Action.START, state.reason if state else "", state, result,
                   next_due=now + r.policy.interval)


def step(r: Rollout, now: float, read_metrics: Callable[[RolloutState, float], Metrics], *,
         force: bool = False) -> Outcome:
    """One step: nothing if not due; else ask ``read_metrics(state, now)`` and commit the decision.
    ``force`` (``canary step --now``): due now, whatever the interval says."""
    snap = r.store.read()
    _require_published(r, snap)
    state = _require_state(r, snap)
    policy = r.policy_of(state)
    early = due(state, policy, now, force=force)
    if early is not None:
        return Outcome(early.action, early.reason, state, next_due=early.next_due)
    metrics = read_metrics(state, now)
    decision = decide(state, policy, metrics, now, force=force)
    if not decision.action.commits:
        return Outcome(decision.action, decision.reason, state, metrics=metrics, next_due=decision.next_due)
    return commit_decision(r, state, decision, now, metrics)


def commit_decision(r: Rollout, seen: RolloutState, d: Decision, now: float,
                    metrics: Optional[Metrics]) -> Outcome:
    """Commit decision ``d`` taken on state ``seen``: one commit, or none when the tip's state is
    no longer ``seen`` (another writer committed first)."""
    def update(snap: Snapshot) -> Optional[Change]:
        if snap.state != seen:
            return None  # another writer committed since we read: our decision is stale
        new = seen.advanced(phase=d.phase, canary_weight=d.canary_weight, at=now, reason=d.reason, metrics=metrics)
        subject = {Action.ADVANCE: f"{seen.canary_weight} % -> {d.canary_weight} %",
                   Action.PROMOTE: f"promote {seen.canary_version} (100 %)",
                   Action.ROLLBACK: f"roll back to {seen.baseline_version} (100 %)"}[d.action]
        return _change(r, snap, new, subject)

    result = r.store.commit(update)
    if result.change is None:
        current = result.snapshot.state if result.snapshot else None
        return Outcome(Action.NONE, "another run committed this step first; nothing to do", current, result,
                       metrics=metrics)
    return Outcome(d.action, d.reason, result.change.state, result, metrics=metrics, next_due=d.next_due)


def override(r: Rollout, now: float, action: Action, why: Optional[str] = None) -> Outcome:
    """``canary promote`` / ``canary rollback``: by hand, one commit."""
    def update(snap: Snapshot) -> Change:
        state = _require_state(r, snap)
        if action is Action.PROMOTE:
            if state.phase is Phase.SUCCEEDED:
                raise CanaryError(f"{state.canary_version} is already promoted in {r.env!r}")
            reason = f"promoted by hand at {state.canary_weight} %" + (f": {why}" if why else "")
            new = state.advanced(phase=Phase.SUCCEEDED, canary_weight=100, at=now, reason=reason)
            return _change(r, snap, new, f"promote {state.canary_version} (100 %) by hand")
        if state.phase in (Phase.FAILED, Phase.ROLLED_BACK):
            raise CanaryError(f"the rollout of {r.env!r} is already rolled back ({state.phase.value}: "
                              f"{state.reason})")
        reason = f"rolled back by hand at {state.canary_weight} %" + (f": {why}" if why else "")
        new = state.advanced(phase=Phase.ROLLED_BACK, canary_weight=0, at=now, reason=reason)
        return _change(r, snap, new, f"roll back to {state.baseline_version} (100 %) by hand")

    result = r.store.commit(update)
    state = result.change.state if result.change else None
    return Outcome(action, state.reason if state else "", state, result)
