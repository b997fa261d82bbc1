"""The status actions of the detail page: which ones the user's role may take (asked of
the state machine), and the writes that take them (run on the writer thread)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from workstation.domain import states
from workstation.domain.model import Application, ChecklistItem, Role, Status
from workstation.store import Actor, Store

# The actions this page takes; `receive` belongs to the reception form and
# `print_card` to card printing.
PAGE_ACTIONS = (
    "documents_received",
    "submit_for_review",
    "request_documents",
    "approve",
    "refuse",
    "issue",
    "withdraw",
)
WITH_DIALOG = frozenset({"request_documents", "approve", "refuse", "withdraw", "issue"})


def available_actions(status: Status, role: Role) -> list[str]:
    """The page's actions that the state machine lets `role` take from `status`."""
    allowed = set(states.actions_for(status, role))
    return [action for action in PAGE_ACTIONS if action in allowed]


def take_action(
    store: Store, actor: Actor, application_id: str, *, action: str, role: Role, reason: str
) -> Application:
    """One transition in one unit of work (`TransitionRefused`: nothing written)."""
    with store.unit_of_work(actor) as uow:
        return uow.transition(application_id, action, role, reason)


def request_documents(
    store: Store,
    actor: Actor,
    application_id: str,
    *,
    role: Role,
    missing: list[str],
    reason: str,
    today: dt.date,
) -> Application:
    """Marks the `missing` documents as requested on the checklist (added when not
    listed) and moves the application to "awaiting documents" with `reason` — one
    transaction: both or nothing."""
    note = f"requested {today:%d.%m.%Y}"
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        listed = {item.code for item in app.checklist}
        checklist = [
            dataclasses.replace(item, note=note)
            if item.code in missing and not item.received
            else item
            for item in app.checklist
        ]
        checklist += [
            ChecklistItem(code, False, "", note) for code in missing if code not in listed
        ]
        uow.update_application(dataclasses.replace(app, checklist=tuple(checklist)))
        return uow.transition(application_id, "request_documents", role, reason)
