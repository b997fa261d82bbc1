"""Local work on a workstation's data folder, made with the client's own store API, in
this process, while no `workstation` command holds the folder (each call opens and closes
the store, so the folder's lock is free again afterwards)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from tests.integration.processes import Workstation
from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Application, Role, Status
from workstation.domain.numbers import application_number
from workstation.samples.generator import generate
from workstation.security.datakey import connect_raw, open_store
from workstation.store import Actor, DataDir, Store
from workstation.store.conflicts import open_conflicts
from workstation.store.leases import local_leases
from workstation.store.syncmeta import CENTER_CODE_KEY, WORKSTATION_ID_KEY, get_meta, pull_cursor


@contextmanager
def local_store(ws: Workstation | Path) -> Iterator[Store]:
    path = ws.data_dir if isinstance(ws, Workstation) else ws
    store = open_store(DataDir(path))
    try:
        yield store
    finally:
        store.close()


def _actor(store: Store, user: str) -> Actor:
    with store.read() as repos:
        workstation_id = get_meta(repos.session, WORKSTATION_ID_KEY)
    assert workstation_id, "the workstation is not enrolled"
    return Actor(user, workstation_id)


def center_of(ws: Workstation) -> str:
    with local_store(ws) as store, store.read() as repos:
        center = get_meta(repos.session, CENTER_CODE_KEY)
    assert center, "the workstation is not enrolled"
    return center


def _as_draft(app: Application, number: str) -> Application:
    return dataclasses.replace(
        app,
        number=number,
        status=Status.DRAFT,
        received_at=None,
        received_by="",
        due_date=None,
        decision=None,
        history=(),
        payment_ref="",
        assignee="",
    )


def receive_new(ws: Workstation, user: str, count: int, *, seed: int = 1) -> list[Application]:
    """``count`` new applications (with new applicants), numbered from this workstation's
    leases and received by ``user``, in one transaction; the stored applications."""
    today = dt.date.today()
    with local_store(ws) as store:
        actor = _actor(store, user)
        with store.read() as repos:
            center = get_meta(repos.session, CENTER_CODE_KEY) or "BAK1"
        data = generate(count, seed, load_catalogue(), center=center, today=today)
        person_ids = {a.person_id for a in data.applications}
        made: list[Application] = []
        with store.unit_of_work(actor) as uow:
            for person in data.persons:
                if person.id in person_ids:
                    uow.add_person(person)
            for app in data.applications:
                number = uow.new_application_number(center, today.year)
                uow.add_application(_as_draft(app, number))
                made.append(uow.transition(app.id, "receive", Role.OFFICER))
        return made


def edit(ws: Workstation, user: str, application_id: str, **changes: Any) -> Application:
    """Changes plain attributes of an application (e.g. ``assignee``, ``payment_ref``)."""
    with local_store(ws) as store:
        with store.read() as repos:
            app = repos.applications.get(application_id)
        updated = dataclasses.replace(app, **changes)
        with store.unit_of_work(_actor(store, user)) as uow:
            uow.update_application(updated)
        return updated


def act(
    ws: Workstation,
    user: str,
    application_id: str,
    action: str,
    role: Role,
    *,
    reason: str = "",
    checklist_complete: bool | None = True,
) -> Application:
    """Takes a state-machine action on an application."""
    with local_store(ws) as store, store.unit_of_work(_actor(store, user)) as uow:
        return uow.transition(
            application_id, action, role, reason, checklist_complete=checklist_complete
        )


def application(ws: Workstation, application_id: str) -> Application:
    with local_store(ws) as store, store.read() as repos:
        return repos.applications.get(application_id)


def conflicts(ws: Workstation) -> list[dict[str, Any]]:
    with local_store(ws) as store, store.read() as repos:
        return [dataclasses.asdict(c) for c in open_conflicts(repos.session)]


def cursor(ws: Workstation) -> int:
    with local_store(ws) as store, store.read() as repos:
        return pull_cursor(repos.session)


def leases(ws: Workstation) -> list[tuple[str, str, int, int]]:
    """(kind, series, first, last) of every block this workstation holds."""
    with local_store(ws) as store, store.read() as repos:
        return [(x.kind, x.series, x.first, x.last) for x in local_leases(repos.session)]


def outbox_rows(ws: Workstation) -> list[dict[str, Any]]:
    """Every outbox row with its sync state, read with plain SQL (no lock needed)."""
    from sqlcipher3 import dbapi2

    with closing(connect_raw(DataDir(ws.data_dir))) as db:
        db.row_factory = dbapi2.Row
        return [dict(row) for row in db.execute("SELECT * FROM outbox ORDER BY client_seq")]


def receive_unleased(ws: Workstation, user: str, *, seed: int = 99) -> Application:
    """One application whose number lies outside every lease of this workstation (the
    server must reject it: `number_not_leased`); created as a draft, then received."""
    today = dt.date.today()
    with local_store(ws) as store:
        actor = _actor(store, user)
        with store.read() as repos:
            center = get_meta(repos.session, CENTER_CODE_KEY) or "BAK1"
        data = generate(1, seed, load_catalogue(), center=center, today=today)
        app = data.applications[0]
        with store.unit_of_work(actor) as uow:
            for person in data.persons:
                if person.id == app.person_id:
                    uow.add_person(person)
            uow.add_application(_as_draft(app, application_number(center, today.year, 9_999_999)))
            return uow.transition(app.id, "receive", Role.OFFICER)


def add_persons(ws: Workstation, user: str, count: int, *, seed: int = 7) -> int:
    """About ``count`` new persons (one outbox row each, no numbers needed); how many."""
    with local_store(ws) as store:
        data = generate(count, seed, load_catalogue(), today=dt.date.today())
        with store.unit_of_work(_actor(store, user)) as uow:
            for person in data.persons:
                uow.add_person(person)
        return len(data.persons)
