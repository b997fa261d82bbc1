"""The bulk insert stores exactly what the one-at-a-time path stores (same rows, same
outbox payloads, same audit chain), and its directly written JSON is `dumps`'s."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
from pathlib import Path
from typing import Any

import pytest

from workstation.domain.model import ChecklistItem, Decision, Outcome, Status, StatusChange
from workstation.domain.serialize import application_to_dict, history_to_list, person_to_dict
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir
from workstation.store.audit import GENESIS, event_hash
from workstation.store.bulk_json import application_json, person_json
from workstation.store.columns import dumps

from .store_factory import make_application, make_person
from .tables_dump import dump_tables

AT = dt.datetime(2026, 6, 1, 8, 30, 15, 123456, tzinfo=dt.UTC)
ODD = 'a"b\\c\nd\te\x01f\u2028g😀h ə’'
BAKU = dt.timezone(dt.timedelta(hours=4))


def _entities() -> tuple[list[Any], list[Any]]:
    rng = random.Random(7)
    people = [make_person(rng) for _ in range(40)]
    people.append(make_person(rng, surname="O'Neil", address=ODD, patronymic="Əli oğlu"))
    apps = [make_application(p, i, rng) for i, p in enumerate(people, 1)]
    step = StatusChange(AT, "aliyev", Status.DRAFT, Status.RECEIVED, reason=ODD)
    apps += [
        make_application(people[0], 900, rng, number="", received_at=None, due_date=None),
        make_application(
            people[1],
            901,
            rng,
            decision=Decision(Outcome.REFUSED, by="hasanova", at=AT, reason=ODD),
            history=(step, dataclasses.replace(step, at=AT.astimezone(BAKU), reason="")),
            fields={"z": None, "a": True, "m": 3, ODD: ODD},
            checklist=(ChecklistItem("photo", note=ODD, attachment_sha256="ab" * 32),),
        ),
    ]
    return people, apps


def test_direct_json_is_canonical_dumps() -> None:
    people, apps = _entities()
    for person in people:
        assert person_json(person) == dumps(person_to_dict(person))
    for app in apps:
        expected = application_to_dict(app)
        assert application_json(app) == (
            dumps(expected),
            dumps(expected["fields"]),
            dumps(history_to_list(app.history)),
        )


def test_direct_json_falls_back_on_unexpected_types() -> None:
    _, apps = _entities()
    odd = (ChecklistItem("photo", received=1),)  # type: ignore[arg-type]
    odd_app = dataclasses.replace(apps[0], checklist=odd)
    assert application_json(odd_app)[0] == dumps(application_to_dict(odd_app))


@pytest.mark.parametrize("value", ["", ODD, "x" * 300])
def test_event_hash_is_sha256_of_canonical_dumps(value: str) -> None:
    fields: dict[str, Any] = {
        "seq": 12,
        "at": AT,
        "actor": value,
        "workstation_id": value,
        "action": "person.create",
        "entity": "person",
        "entity_id": value,
        "prev_hash": GENESIS,
    }
    canonical = dumps({**fields, "at": "2026-06-01T08:30:15.123456Z"})
    assert event_hash(**fields) == hashlib.sha256(canonical.encode()).hexdigest()


def test_add_many_stores_what_one_at_a_time_stores(tmp_path: Path) -> None:
    people, apps = _entities()
    actor = Actor(user="aliyev", workstation_id="WS-BAK-01")
    dumps_of = []
    for name, bulk in (("single", False), ("bulk", True)):
        store = open_store(DataDir(tmp_path / name), create=True, clock=lambda: AT)
        try:
            with store.unit_of_work(actor) as uow:  # something before: the chain continues
                uow.add_person(people[-1])
            with store.unit_of_work(actor) as uow:
                if bulk:
                    uow.add_many(people[:-1], apps)
                else:
                    for person in people[:-1]:
                        uow.add_person(person)
                    for app in apps:
                        uow.add_application(app)
            dumps_of.append(dump_tables(store))
        finally:
            store.close()
    single, bulk_ = dumps_of
    for table in single:
        assert bulk_[table] == single[table], table
    assert len(single["audit_events"]) == len(people) + len(apps)
