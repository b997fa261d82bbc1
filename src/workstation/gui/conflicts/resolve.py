"""Resolving a conflict as a new change (writer thread): the chosen values through
`update_application`/`update_person` (an outbox mutation like any edit), the other
decision through the state machine when it is chosen, then the conflict closed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workstation.domain.model import Role
from workstation.domain.serialize import (
    application_from_dict,
    application_to_dict,
    person_from_dict,
    person_to_dict,
)
from workstation.store import Actor, Store


@dataclass(frozen=True, slots=True)
class Resolution:
    conflict_id: str
    entity: str
    entity_id: str
    values: dict[str, Any]  # field -> the value chosen
    transition: tuple[str, str] | None  # (action, reason) taking the other decision
    summary: str  # what was chosen, for the record


def resolve(store: Store, actor: Actor, role: Role, choice: Resolution) -> bool:
    """True when a data change was written besides closing the conflict."""
    changed = False
    with store.unit_of_work(actor) as uow:
        if choice.values and choice.entity == "application":
            app = uow.applications.get(choice.entity_id)
            data = {**application_to_dict(app), **choice.values}
            changed = uow.update_application(application_from_dict(data, app.version))
        elif choice.values and choice.entity == "person":
            person = uow.persons.get(choice.entity_id)
            data = {**person_to_dict(person), **choice.values}
            changed = uow.update_person(person_from_dict(data, person.version))
        if choice.transition is not None:
            action, reason = choice.transition
            uow.transition(choice.entity_id, action, role, reason)
            changed = True
        uow.resolve_conflict(choice.conflict_id, choice.summary)
    return changed
