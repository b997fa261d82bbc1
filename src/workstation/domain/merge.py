"""Field-by-field merge of a pushed change into the server's record (DESIGN.md section 3.3).

Pure data in, data out: the server's record (the `serialize` shape), the mutation's
``changed`` (new values) and ``prev`` (the values the client changed them from).

* A fresh change (made on the server's current version) is taken as it is.
* A stale change merges each key whose server value still equals ``prev[key]`` (or
  already equals the new value); any other key keeps the server's value and is reported
  as a conflict.
* ``status``, ``history`` and ``decision`` move together: the client's new history steps
  are replayed from the server's current status through the state machine and appended
  to the server's history; a step that is not legal from there (two decisions on one
  application) makes the whole group a conflict, never a last-writer-wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workstation.domain import states
from workstation.domain.model import Status

JSON = dict[str, Any]
STATUS_GROUP = ("status", "history", "decision")


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One key where the server kept its value: the client's base, its value, the server's."""

    field: str
    base: Any
    client: Any
    server: Any


@dataclass(frozen=True, slots=True)
class MergeResult:
    merged: JSON
    conflicts: tuple[FieldConflict, ...] = ()
    changed_keys: tuple[str, ...] = field(default=())

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True, slots=True)
class Step:
    """One status change the client made: (from, to), with its history entry."""

    source: str
    target: str
    entry: JSON


def transition_between(source: str, target: str) -> states.Transition | None:
    """The transition of the state machine from `source` to `target` (both status texts)."""
    try:
        src, tgt = Status(source), Status(target)
    except ValueError:
        return None
    return next((t for t in states.transitions_from(src) if t.target is tgt), None)


def new_steps(changed: JSON, prev: JSON) -> list[Step]:
    """The status changes a mutation makes: the history entries it appends, or (with no
    history in it) the one step from its previous status to its new one."""
    if "history" in changed and isinstance(changed["history"], list):
        before = prev.get("history") or []
        after = changed["history"]
        if isinstance(before, list) and after[: len(before)] == before:
            added = after[len(before) :]
        else:
            added = after
        return [
            Step(str(e.get("from", "")), str(e.get("to", "")), dict(e))
            for e in added
            if isinstance(e, dict)
        ]
    if "status" in changed and changed.get("status") != prev.get("status"):
        return [Step(str(prev.get("status", "")), str(changed["status"]), {})]
    return []


def _merge_status_group(
    server: JSON, changed: JSON, prev: JSON, merged: JSON
) -> list[FieldConflict]:
    keys = [k for k in STATUS_GROUP if k in changed]
    if not keys:
        return []
    steps = new_steps(changed, prev)
    server_status = server.get("status")
    client_status = changed.get("status", prev.get("status"))
    if not steps:
        # No status change: only the plain key rule (e.g. a decision's reason edited).
        return _merge_plain(server, changed, prev, merged, keys)
    if server_status == prev.get("status", server_status) and server.get("history") == prev.get(
        "history", server.get("history")
    ):
        for key in keys:
            merged[key] = changed[key]
        return []
    server_decision = server.get("decision")
    client_decision = changed.get("decision", server_decision)
    if server_status == client_status:
        if client_decision == server_decision or "decision" not in changed:
            return []  # both sides made the same change: already there
        return _group_conflict(server, changed, prev, keys)
    current = str(server_status)
    history = list(server.get("history") or [])
    for step in steps:
        transition = transition_between(current, step.target)
        if transition is None or (transition.is_decision and server_decision is not None):
            return _group_conflict(server, changed, prev, keys)
        history.append({**step.entry, "from": current, "to": step.target})
        current = step.target
    merged["status"] = current
    merged["history"] = history
    if "decision" in changed:
        merged["decision"] = changed["decision"]
    return []


def _group_conflict(
    server: JSON, changed: JSON, prev: JSON, keys: list[str]
) -> list[FieldConflict]:
    return [FieldConflict(k, prev.get(k), changed.get(k), server.get(k)) for k in keys]


def _merge_plain(
    server: JSON, changed: JSON, prev: JSON, merged: JSON, keys: list[str]
) -> list[FieldConflict]:
    conflicts = []
    for key in keys:
        new, base, current = changed[key], prev.get(key), server.get(key)
        if current == base:
            merged[key] = new
        elif current != new:
            conflicts.append(FieldConflict(key, base, new, current))
    return conflicts


def merge(server: JSON, changed: JSON, prev: JSON, *, fresh: bool) -> MergeResult:
    """`server` with the mutation applied; `fresh` when its base version is the server's."""
    merged = dict(server)
    keys = tuple(sorted(k for k in changed if k != "id"))
    if fresh:
        merged.update({k: changed[k] for k in keys})
        return MergeResult(merged, (), keys)
    plain = [k for k in keys if k not in STATUS_GROUP]
    conflicts = _merge_plain(server, changed, prev, merged, plain)
    conflicts += _merge_status_group(server, changed, prev, merged)
    conflicts.sort(key=lambda c: c.field)
    return MergeResult(merged, tuple(conflicts), keys)
