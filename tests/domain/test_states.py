"""The application state machine: only legal transitions, every legal path reachable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from workstation.domain import states
from workstation.domain.errors import TransitionRefused
from workstation.domain.model import Role, Status

ACTIONS = sorted({t.action for t in states.TRANSITIONS})


def test_every_status_is_reachable_from_draft() -> None:
    assert states.reachable() == frozenset(Status)


@pytest.mark.parametrize("status", list(Status))
def test_a_shortest_legal_path_leads_to_every_status(status: Status) -> None:
    path = states.path_to(status)
    assert path is not None
    current = states.INITIAL
    for step in path:
        assert states.find(current, step.action) is step
        current = step.target
    assert current is status


def test_terminal_statuses_have_no_way_out() -> None:
    for status in states.TERMINAL:
        assert states.transitions_from(status) == ()


def test_officer_cannot_decide_and_supervisor_can() -> None:
    with pytest.raises(TransitionRefused) as refused:
        states.check(Status.UNDER_REVIEW, "approve", Role.OFFICER)
    assert refused.value.code == "role_not_allowed"
    assert states.check(Status.UNDER_REVIEW, "approve", Role.SUPERVISOR).target is Status.APPROVED


def test_refusal_needs_a_reason_in_every_language() -> None:
    with pytest.raises(TransitionRefused) as refused:
        states.check(Status.UNDER_REVIEW, "refuse", Role.SUPERVISOR, reason="   ")
    assert refused.value.code == "reason_required"
    assert refused.value.message.az
    assert refused.value.message.ru
    decided = states.check(Status.UNDER_REVIEW, "refuse", Role.SUPERVISOR, reason="forged passport")
    assert decided.target is Status.REFUSED
    assert decided.is_decision


def test_review_needs_a_complete_checklist() -> None:
    with pytest.raises(TransitionRefused) as refused:
        states.check(Status.RECEIVED, "submit_for_review", Role.OFFICER, checklist_complete=False)
    assert refused.value.code == "checklist_incomplete"


def test_withdrawal_only_before_a_decision() -> None:
    for status in Status:
        allowed = states.find(status, "withdraw") is not None
        assert allowed == (status in states._PRE_DECISION)


def test_admins_manage_users_not_applications() -> None:
    for status in Status:
        assert states.actions_for(status, Role.ADMIN) == ()


@given(st.sampled_from(list(Status)), st.sampled_from(ACTIONS), st.sampled_from(list(Role)))
def test_check_accepts_exactly_the_table(status: Status, action: str, role: Role) -> None:
    legal = states.find(status, action)
    try:
        transition = states.check(status, action, role, reason="because", checklist_complete=True)
    except TransitionRefused:
        assert legal is None or role not in legal.roles
    else:
        assert legal is transition
        assert role in transition.roles


class ApplicationLifecycle(RuleBasedStateMachine):
    """Random actions by random roles: the status only ever moves along the table."""

    def __init__(self) -> None:
        super().__init__()
        self.status = states.INITIAL
        self.visited = {self.status}
        self.decisions = 0

    @rule(action=st.sampled_from(ACTIONS), role=st.sampled_from(list(Role)), reason=st.text())
    def act(self, action: str, role: Role, reason: str) -> None:
        before = self.status
        legal = states.find(before, action)
        try:
            transition = states.check(before, action, role, reason=reason)
        except TransitionRefused:
            assert (
                legal is None
                or role not in legal.roles
                or (legal.needs_reason and not reason.strip())
            )
            return
        assert legal is transition
        self.status = transition.target
        self.visited.add(self.status)
        self.decisions += transition.is_decision

    @invariant()
    def at_most_one_decision(self) -> None:
        assert self.decisions <= 1

    @invariant()
    def status_is_reachable(self) -> None:
        assert self.status in states.reachable()


TestApplicationLifecycle = ApplicationLifecycle.TestCase


@pytest.mark.parametrize("status", list(Status))
def test_transitions_from_a_status_are_those_of_the_table_in_its_order(status: Status) -> None:
    assert states.transitions_from(status) == tuple(
        t for t in states.TRANSITIONS if t.source is status
    )


def test_a_path_given_out_is_the_callers_own() -> None:
    """`path_to` is computed once per status; the list it gives may be changed freely."""
    first = states.path_to(Status.ISSUED)
    assert first is not None
    first.clear()
    again = states.path_to(Status.ISSUED)
    assert again is not None
    assert [t.target for t in again][-1] is Status.ISSUED
    assert states.path_to(Status.DRAFT) == []
