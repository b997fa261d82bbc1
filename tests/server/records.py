"""Valid persons and applications (from the sample generator) in the wire shape."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from workstation.domain.catalogue import load_catalogue
from workstation.domain.ids import new_id
from workstation.domain.model import Application, Person, Status
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.samples.generator import generate


@cache
def _samples() -> tuple[tuple[Person, ...], tuple[Application, ...]]:
    data = generate(300, 7, load_catalogue(), center="BAK1")
    return data.persons, data.applications


def pair(status: str = "under_review", number: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    """A person and one application of theirs in `status`, with fresh ids."""
    persons, applications = _samples()
    app = next(a for a in applications if a.status is Status(status) and a.checklist)
    person = next(p for p in persons if p.id == app.person_id)
    person = dataclasses.replace(person, id=new_id())
    app = dataclasses.replace(app, id=new_id(), person_id=person.id, number=number or app.number)
    return person_to_dict(person), application_to_dict(app)


def without_id(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}
