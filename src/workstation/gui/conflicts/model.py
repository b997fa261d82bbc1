"""What a stored conflict record means for the screen: plain fields with my value and
the server's, and — when the status group clashed — two decisions (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workstation.domain import states
from workstation.domain.merge import STATUS_GROUP
from workstation.domain.model import Role, Status
from workstation.store.conflicts import LocalConflict

KEEP_MINE = "mine"
TAKE_SERVER = "server"


@dataclass(frozen=True, slots=True)
class FieldClash:
    key: str
    mine: Any
    server: Any


@dataclass(frozen=True, slots=True)
class DecisionSide:
    status: str
    outcome: str
    by: str
    at: str
    reason: str


@dataclass(frozen=True, slots=True)
class DecisionClash:
    server: DecisionSide  # the decision in force (the server kept it)
    other: DecisionSide  # the change that could not be merged


@dataclass(frozen=True, slots=True)
class ConflictCase:
    conflict: LocalConflict
    fields: tuple[FieldClash, ...]
    decisions: DecisionClash | None


def _side(values: dict[str, Any]) -> DecisionSide:
    status = str(values.get("status") or "")
    decision = values.get("decision")
    history = values.get("history")
    last = history[-1] if isinstance(history, list) and history else {}
    if not isinstance(last, dict):
        last = {}
    if isinstance(decision, dict):
        return DecisionSide(
            status or str(decision.get("outcome") or ""),
            str(decision.get("outcome") or ""),
            str(decision.get("by") or ""),
            str(decision.get("at") or ""),
            str(decision.get("reason") or ""),
        )
    status = status or str(last.get("to") or "")
    return DecisionSide(
        status,
        "",
        str(last.get("by") or ""),
        str(last.get("at") or ""),
        str(last.get("reason") or ""),
    )


def interpret(conflict: LocalConflict) -> ConflictCase:
    plain: list[FieldClash] = []
    group: dict[str, dict[str, Any]] = {"server": {}, "mine": {}}
    for raw in conflict.fields:
        key = str(raw.get("field", ""))
        if key in STATUS_GROUP:
            group["server"][key] = raw.get("server")
            group["mine"][key] = raw.get("client")
        elif key:
            plain.append(FieldClash(key, raw.get("client"), raw.get("server")))
    decisions = None
    if group["server"]:
        decisions = DecisionClash(_side(group["server"]), _side(group["mine"]))
    return ConflictCase(conflict, tuple(plain), decisions)


def switch_transition(current: Status, target: str, role: Role) -> states.Transition | None:
    """The transition that takes the application from `current` to the other decision's
    status, if the state machine has one the role may take (None: it cannot be taken)."""
    try:
        wanted = Status(target)
    except ValueError:
        return None
    return next(
        (t for t in states.transitions_from(current) if t.target is wanted and role in t.roles),
        None,
    )
