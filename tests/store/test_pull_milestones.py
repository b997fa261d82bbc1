"""Milestones (printed/issued, migration 0006) of pulled and bulk-inserted applications:
the bulk writers give them with the row (0009), and they are what the trigger computes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import random
from pathlib import Path
from typing import Any

import pytest

from tests.store.store_factory import make_application, make_person
from tests.store.test_sync_store import Change
from workstation.domain.model import Application, Status, StatusChange
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.security.datakey import connect_raw, open_store
from workstation.store import Actor, DataDir, Store
from workstation.store import pull as pull_module
from workstation.store.bulk_rows import MILESTONE_COLUMNS, insert_many, insert_sql
from workstation.store.pull import apply_changes

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
ACTOR = Actor(user="aliyev", workstation_id="WS-BAK-01")
T = dt.datetime(2026, 1, 5, 9, 30, 0, 250000, tzinfo=dt.UTC)
_0009 = importlib.import_module(
    "workstation.store.migrations.versions.0009_milestones_given_on_insert"
)


def _step(minutes: int, to: Status, by: str = "aliyev", reason: str = "") -> StatusChange:
    return StatusChange(T + dt.timedelta(minutes=minutes), by, Status.RECEIVED, to, reason)


HISTORIES: list[tuple[StatusChange, ...]] = [
    (),
    (_step(1, Status.UNDER_REVIEW),),
    (_step(1, Status.CARD_PRINTED, "hasanova"),),
    (_step(1, Status.CARD_PRINTED), _step(2, Status.ISSUED, "karimov")),
    # printed twice: the first counts; issued by nobody named
    (
        _step(1, Status.CARD_PRINTED, "first"),
        _step(2, Status.CARD_PRINTED, "second"),
        _step(3, Status.ISSUED, ""),
    ),
    (_step(5, Status.ISSUED, "karimov"),),  # issued without a printed step
    # the words appear, but in no step's target: nothing to fill
    (_step(1, Status.UNDER_REVIEW, reason="card_printed elsewhere, issued later"),),
]


def _apps(count: int) -> tuple[list[Any], list[Application]]:
    rng = random.Random(11)
    people = [make_person(rng) for _ in range(4)]
    apps = [
        make_application(people[i % 4], i, rng, history=HISTORIES[i % len(HISTORIES)])
        for i in range(count)
    ]
    return people, apps


def _milestones(store: Store) -> dict[str, tuple[Any, ...]]:
    db = connect_raw(store.datadir)
    try:
        rows = db.execute(f"SELECT id, {', '.join(MILESTONE_COLUMNS)} FROM applications")
        return {row[0]: tuple(row[1:]) for row in rows}
    finally:
        db.close()


def _pull(folder: Path, changes: list[Change], batched: bool, mp: pytest.MonkeyPatch) -> Store:
    store = open_store(DataDir(folder), create=True)
    with mp.context() as m:
        if not batched:  # every change through the ORM writer: the trigger fills them
            m.setattr(pull_module, "_WRITERS", {})
        with store.unit_of_work(ACTOR) as uow:
            apply_changes(uow.session, changes, changes[-1].seq, "E1", now=NOW)
    return store


def test_pulled_rows_have_the_milestones_the_trigger_computes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people, apps = _apps(3 * len(HISTORIES))
    changes = [Change(i, "person", p.id, 1, person_to_dict(p)) for i, p in enumerate(people, 1)]
    changes += [
        Change(100 + i, "application", a.id, 1, application_to_dict(a)) for i, a in enumerate(apps)
    ]
    batched = _pull(tmp_path / "batched", changes, True, monkeypatch)
    one_by_one = _pull(tmp_path / "one_by_one", changes, False, monkeypatch)
    try:
        got, expected = _milestones(batched), _milestones(one_by_one)
    finally:
        batched.close()
        one_by_one.close()
    assert got == expected
    stamp = "2026-01-05T09:31:00.250000Z"
    by_history = {HISTORIES.index(a.history): got[a.id] for a in apps}
    assert by_history[0] == by_history[1] == by_history[6] == (None, "", None, "")
    assert by_history[2] == (stamp, "hasanova", None, "")
    assert by_history[4] == (stamp, "first", "2026-01-05T09:33:00.250000Z", "")
    assert by_history[5] == (None, "", "2026-01-05T09:35:00.250000Z", "karimov")


def test_bulk_import_gives_the_milestones_the_trigger_computes(tmp_path: Path) -> None:
    people, apps = _apps(2 * len(HISTORIES))
    got = []
    for name, bulk in (("single", False), ("bulk", True)):
        store = open_store(DataDir(tmp_path / name), create=True)
        try:
            with store.unit_of_work(ACTOR) as uow:
                if bulk:
                    uow.add_many(people, apps)
                else:
                    for person in people:
                        uow.add_person(person)
                    for app in apps:
                        uow.add_application(app)
            got.append(_milestones(store))
        finally:
            store.close()
    assert got[0] == got[1]
    assert sum(1 for values in got[1].values() if values[0] is not None) == 6


def test_the_trigger_still_fills_a_row_inserted_without_milestones(tmp_path: Path) -> None:
    people, apps = _apps(4)
    store = open_store(DataDir(tmp_path / "data"), create=True)
    try:
        with store.unit_of_work(ACTOR) as uow:
            uow.add_person(people[3])
            uow.add_application(dataclasses.replace(apps[3], history=HISTORIES[3]))
        db = connect_raw(store.datadir)
        try:  # plain SQL, naming none of the milestone columns (as 0006's writers)
            db.execute(
                "UPDATE applications SET printed_at = NULL, printed_by = '', "
                "issued_at = NULL, issued_by = ''"
            )
            db.execute(
                "INSERT INTO applications (id, number, service_code, person_id, status, "
                "center_code, received_at, received_by, due_date, fields, fee_tier, "
                "fee_amount, payment_ref, assignee, history, sync_state, search_rowid, "
                "version, updated_at, deleted, applicant_key) SELECT 'X-2', 'BAK-X-2', "
                "service_code, person_id, status, center_code, received_at, received_by, "
                "due_date, fields, fee_tier, fee_amount, payment_ref, assignee, history, "
                "sync_state, search_rowid + 1, version, updated_at, deleted, applicant_key "
                "FROM applications"
            )
            db.commit()
            row = db.execute(
                f"SELECT {', '.join(MILESTONE_COLUMNS)} FROM applications WHERE id = 'X-2'"
            ).fetchone()
            triggers = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
        finally:
            db.close()
    finally:
        store.close()
    assert row == (
        "2026-01-05T09:31:00.250000Z",
        "aliyev",
        "2026-01-05T09:32:00.250000Z",
        "karimov",
    )
    assert triggers[_0009.NAME] == _0009.TRIGGER


def test_the_0009_trigger_is_0006s_with_a_condition_added() -> None:
    m0006 = importlib.import_module(
        "workstation.store.migrations.versions.0006_application_milestones"
    )
    assert m0006.TRIGGERS[_0009.NAME] == _0009.TRIGGER_0006
    condition = "NEW.printed_at IS NULL AND NEW.issued_at IS NULL AND "
    expected = _0009.TRIGGER_0006.replace(" WHEN ", f" WHEN {condition}")
    assert expected == _0009.TRIGGER


def test_insert_many_sends_few_statements_of_many_rows() -> None:
    sent: list[tuple[str, tuple[Any, ...]]] = []
    columns = tuple(f"c{i}" for i in range(30))
    rows = [tuple(range(n, n + 30)) for n in range(2500)]
    insert_many(lambda sql, params: sent.append((sql, tuple(params))), "t", columns, rows)
    # powers of two, at most 32766 parameters: a few statement texts serve any count
    assert [len(params) // 30 for _sql, params in sent] == [1024, 1024, 256, 128, 64, 4]
    assert sent[0][0] == insert_sql("t", columns, 1024)
    assert [value for _sql, params in sent for value in params] == [v for r in rows for v in r]


def test_pulled_rows_carry_their_milestones_without_the_trigger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people, apps = _apps(len(HISTORIES))
    changes = [Change(i, "person", p.id, 1, person_to_dict(p)) for i, p in enumerate(people, 1)]
    changes += [
        Change(100 + i, "application", a.id, 1, application_to_dict(a)) for i, a in enumerate(apps)
    ]
    store = open_store(DataDir(tmp_path / "data"), create=True)
    try:
        with store.unit_of_work(ACTOR) as uow:  # the writer alone must give them
            uow.session.connection().exec_driver_sql(f"DROP TRIGGER {_0009.NAME}")
            apply_changes(uow.session, changes, changes[-1].seq, "E1", now=NOW)
        got = _milestones(store)
    finally:
        store.close()
    printed = {a.id for a in apps if any(s.to_status is Status.CARD_PRINTED for s in a.history)}
    assert {app_id for app_id, values in got.items() if values[0] is not None} == printed
    assert len(printed) == 3
