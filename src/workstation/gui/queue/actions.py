"""What the queue's multi-select actions write (run on the writer thread)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from workstation.domain.errors import DomainError, TransitionRefused
from workstation.domain.model import Role
from workstation.store import Actor, Store

MAX_SELECTED = 1000


@dataclass(slots=True)
class Outcome:
    """What an action did: the applications changed, and why others were not."""

    changed: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (number or id, why)


def ids_of(store: Store, keys: Sequence[int]) -> list[str]:
    """Application ids of queue row keys (in the same order; gone ones left out)."""
    with store.read() as repos:
        rows = repos.queue.rows_for(keys)
    return [rows[k].id for k in keys if k in rows]


def assign_to_me(store: Store, actor: Actor, keys: Sequence[int]) -> Outcome:
    """Make the user the assignee of each application (one transaction)."""
    outcome = Outcome()
    ids = ids_of(store, keys)
    with store.unit_of_work(actor) as uow:
        for app_id in ids:
            app = uow.applications.get(app_id)
            if app.assignee != actor.user:
                uow.update_application(dataclasses.replace(app, assignee=actor.user))
                outcome.changed.append(app_id)
    return outcome


def request_documents(
    store: Store, actor: Actor, role: Role, keys: Sequence[int], reason: str, *, language: str
) -> Outcome:
    """Ask for documents on each application, each in its own transaction: one that
    may not (its status, the role) is reported and leaves the others done."""
    outcome = Outcome()
    for app_id in ids_of(store, keys):
        try:
            with store.unit_of_work(actor) as uow:
                number = uow.applications.get(app_id).number or app_id
                uow.transition(app_id, "request_documents", role, reason)
        except TransitionRefused as exc:
            outcome.refused.append((number, _text(exc, language)))
        except DomainError as exc:
            outcome.refused.append((app_id, str(exc)))
        else:
            outcome.changed.append(app_id)
    return outcome


def _text(exc: TransitionRefused, language: str) -> str:
    return str(getattr(exc.message, language, exc.message.en))
