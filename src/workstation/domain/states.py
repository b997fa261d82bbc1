"""The application state machine of DESIGN.md section 2, as data.

Each transition names the action that makes it, the roles allowed to take it and
what it requires. The same table is enforced by the workstation and the server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from workstation.domain.errors import Message, TransitionRefused
from workstation.domain.model import Application, Decision, Outcome, Role, Status, StatusChange

S = Status
R = Role


@dataclass(frozen=True, slots=True)
class Transition:
    action: str
    source: Status
    target: Status
    roles: frozenset[Role]
    needs_reason: bool = False
    needs_complete_checklist: bool = False
    is_decision: bool = False


_OFFICERS = frozenset({R.OFFICER, R.SUPERVISOR})
_SUPERVISORS = frozenset({R.SUPERVISOR})

_PRE_DECISION = (S.DRAFT, S.RECEIVED, S.AWAITING_DOCUMENTS, S.UNDER_REVIEW)

TRANSITIONS: tuple[Transition, ...] = (
    Transition("receive", S.DRAFT, S.RECEIVED, _OFFICERS),
    Transition("request_documents", S.RECEIVED, S.AWAITING_DOCUMENTS, _OFFICERS, needs_reason=True),
    Transition("documents_received", S.AWAITING_DOCUMENTS, S.RECEIVED, _OFFICERS),
    Transition(
        "submit_for_review", S.RECEIVED, S.UNDER_REVIEW, _OFFICERS, needs_complete_checklist=True
    ),
    Transition(
        "request_documents", S.UNDER_REVIEW, S.AWAITING_DOCUMENTS, _OFFICERS, needs_reason=True
    ),
    Transition("approve", S.UNDER_REVIEW, S.APPROVED, _SUPERVISORS, is_decision=True),
    Transition(
        "refuse", S.UNDER_REVIEW, S.REFUSED, _SUPERVISORS, needs_reason=True, is_decision=True
    ),
    Transition("print_card", S.APPROVED, S.CARD_PRINTED, _OFFICERS),
    Transition("issue", S.CARD_PRINTED, S.ISSUED, _OFFICERS),
    *(
        Transition("withdraw", source, S.WITHDRAWN, _OFFICERS, needs_reason=True)
        for source in _PRE_DECISION
    ),
)

INITIAL = S.DRAFT
TERMINAL: frozenset[Status] = frozenset({S.REFUSED, S.ISSUED, S.WITHDRAWN})
DECIDED: frozenset[Status] = frozenset({S.APPROVED, S.REFUSED, S.CARD_PRINTED, S.ISSUED})

_BY_KEY: dict[tuple[Status, str], Transition] = {(t.source, t.action): t for t in TRANSITIONS}
# The transitions out of each status, in `TRANSITIONS` order: asked for every status step
# of every pushed or imported application, so looked up, not scanned.
_FROM: dict[Status, tuple[Transition, ...]] = {
    status: tuple(t for t in TRANSITIONS if t.source == status) for status in Status
}


def transitions_from(status: Status) -> tuple[Transition, ...]:
    return _FROM.get(status, ())


def actions_for(status: Status, role: Role) -> tuple[str, ...]:
    """The actions a user of `role` may take on an application in `status`."""
    return tuple(t.action for t in transitions_from(status) if role in t.roles)


def find(status: Status, action: str) -> Transition | None:
    return _BY_KEY.get((status, action))


def check(
    status: Status,
    action: str,
    role: Role,
    *,
    reason: str = "",
    checklist_complete: bool = True,
) -> Transition:
    """The transition for `action` from `status`, or `TransitionRefused` saying why not."""
    transition = find(status, action)
    if transition is None:
        raise TransitionRefused(
            "illegal_transition",
            Message(
                az=f"«{status.value}» vəziyyətində «{action}» əməliyyatı mümkün deyil.",
                en=f"The action '{action}' is not possible in status '{status.value}'.",
                ru=f"Действие «{action}» невозможно в статусе «{status.value}».",
            ),
        )
    if role not in transition.roles:
        raise TransitionRefused(
            "role_not_allowed",
            Message(
                az=f"«{role.value}» rolu «{action}» əməliyyatını edə bilməz.",
                en=f"The role '{role.value}' may not take the action '{action}'.",
                ru=f"Роль «{role.value}» не может выполнить действие «{action}».",
            ),
        )
    if transition.needs_reason and not reason.strip():
        raise TransitionRefused(
            "reason_required",
            Message(
                az="Bu əməliyyat üçün səbəb göstərilməlidir.",
                en="This action needs a reason.",
                ru="Для этого действия нужно указать причину.",
            ),
        )
    if transition.needs_complete_checklist and not checklist_complete:
        raise TransitionRefused(
            "checklist_incomplete",
            Message(
                az="Tələb olunan bütün sənədlər qəbul edilməyib.",
                en="Not all required documents have been received.",
                ru="Получены не все обязательные документы.",
            ),
        )
    return transition


def apply(
    app: Application, transition: Transition, *, by: str, at: dt.datetime, reason: str = ""
) -> Application:
    """`app` after `transition` (checked by `check`): the new status, one more history
    entry, the decision when the transition is one, the reception when it is that."""
    change = StatusChange(
        at=at, by=by, from_status=app.status, to_status=transition.target, reason=reason
    )
    decision = app.decision
    if transition.is_decision:
        outcome = Outcome.APPROVED if transition.target == Status.APPROVED else Outcome.REFUSED
        decision = Decision(outcome=outcome, by=by, at=at, reason=reason)
    received = transition.target == Status.RECEIVED
    return dataclasses.replace(
        app,
        status=transition.target,
        history=(*app.history, change),
        decision=decision,
        received_at=app.received_at or (at if received else None),
        received_by=app.received_by or (by if received else ""),
    )


def reachable(start: Status = INITIAL) -> frozenset[Status]:
    """Every status reachable from `start` through legal transitions."""
    seen = {start}
    frontier: list[Status] = [start]
    while frontier:
        current = frontier.pop()
        for t in transitions_from(current):
            if t.target not in seen:
                seen.add(t.target)
                frontier.append(t.target)
    return frozenset(seen)


def path_to(target: Status, start: Status = INITIAL) -> list[Transition] | None:
    """A shortest list of transitions from `start` to `target`, or None when unreachable."""
    path = _path(target, start)
    return None if path is None else list(path)


@functools.cache
def _path(target: Status, start: Status) -> tuple[Transition, ...] | None:
    """`path_to`, computed once per pair (the table never changes)."""
    previous: dict[Status, Transition] = {}
    frontier: list[Status] = [start]
    seen = {start}
    while frontier:
        nxt: list[Status] = []
        for current in frontier:
            for t in transitions_from(current):
                if t.target not in seen:
                    seen.add(t.target)
                    previous[t.target] = t
                    nxt.append(t.target)
        frontier = nxt
    if target not in seen:
        return None
    steps: list[Transition] = []
    node = target
    while node != start:
        step = previous[node]
        steps.append(step)
        node = step.source
    return tuple(reversed(steps))


def all_statuses() -> Iterable[Status]:
    return iter(Status)
