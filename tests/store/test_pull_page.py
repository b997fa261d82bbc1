"""A page applied in batches leaves exactly the database the per-change path leaves."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import shutil
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, update

from tests.store.store_factory import make_application, make_person
from tests.store.test_sync_store import Change
from workstation.domain.model import Application, Person
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.security.datakey import connect_raw, open_store
from workstation.store import Actor, DataDir, pull_page
from workstation.store import pull as pull_module
from workstation.store.pull import PullSummary, apply_changes
from workstation.store.tables import ApplicationRow

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
ACTOR = Actor(user="aliyev", workstation_id="WS-BAK-01")


def _person(seq: int, person: Person, **changes: Any) -> Change:
    return Change(
        seq, "person", person.id, 2, person_to_dict(dataclasses.replace(person, **changes))
    )


def _app(seq: int, app: Application, version: int = 2, **changes: Any) -> Change:
    data = application_to_dict(dataclasses.replace(app, **changes))
    return Change(seq, "application", app.id, version, data)


def _conflict(seq: int, app: Application) -> Change:
    record = {
        "conflict_id": f"C-{seq}",
        "entity": "application",
        "entity_id": app.id,
        "mutation_id": f"M-{seq}",
        "workstation_id": "WS-2",
        "username": "karimov",
        "fields": [{"field": "assignee", "base": "", "client": "a", "server": "b"}],
        "created_at": "2026-05-04T10:00:00Z",
    }
    return Change(seq, "conflict", record["conflict_id"], 1, record)


def _dump(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (sorted), the search index by its content."""
    db = connect_raw(DataDir(folder))
    try:
        names = [
            row[0]
            for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("search_index")
        ]
        dump = {name: sorted(db.execute(f'SELECT * FROM "{name}"'), key=repr) for name in names}
        dump["search_index"] = sorted(db.execute("SELECT rowid, body FROM search_index"))
    finally:
        db.close()
    return dump


def _apply(
    folder: Path, pages: Sequence[Sequence[Change]], *, prepared: bool = False
) -> PullSummary:
    """Apply `pages`; with `prepared`, their rows made beforehand (as the engine does on
    its fetching thread)."""
    total = PullSummary()
    store = open_store(DataDir(folder))
    try:
        for page in pages:
            ready = pull_page.prepare(page) if prepared else None
            with store.unit_of_work(ACTOR) as uow:
                summary = apply_changes(
                    uow.session, page, max(c.seq for c in page), "E1", now=NOW, prepared=ready
                )
            for key in ("applied", "parked", "unparked", "conflicts"):
                setattr(total, key, getattr(total, key) + getattr(summary, key))
    finally:
        store.close()
    return total


def test_mixed_page_in_batches_equals_change_by_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(7)
    p = [make_person(rng) for _ in range(10)]
    a = [make_application(p[i % 5], i, rng) for i in range(8)]
    a.append(make_application(p[1], 8, rng))  # not on the mixed page, its applicant is
    a[6] = dataclasses.replace(a[6], person_id=p[6].id)  # p[6] comes on the mixed page
    a[7] = dataclasses.replace(a[7], person_id=p[7].id)  # p[7] never comes

    origin = tmp_path / "origin"
    store = open_store(DataDir(origin), create=True)
    first = [_person(i, p[i]) for i in range(5)]
    first += [_app(10 + i, a[i], version=1) for i in range(9)]
    first += [_conflict(30, a[2])]
    with store.unit_of_work(ACTOR) as uow:
        summary = apply_changes(uow.session, first, 30, "E1", now=NOW)
        assert (summary.applied, summary.parked) == (13, 2)  # a[6], a[7] wait
        uow.session.execute(
            update(ApplicationRow).where(ApplicationRow.id == a[5].id).values(sync_state="rejected")
        )
    with store.unit_of_work(ACTOR) as uow:  # local edits, not pushed yet
        uow.update_application(dataclasses.replace(uow.applications.get(a[4].id), payment_ref="L"))
        uow.update_person(dataclasses.replace(uow.persons.get(p[2].id), phone="+994 50 1"))
    store.close()

    bad = {**application_to_dict(a[0]), "id": "X-BAD", "status": "nonsense"}
    orphan = make_application(p[9], 99, rng)  # its person never comes
    new_app = make_application(p[5], 50, rng)
    page = [
        _person(40, p[5]),
        _person(41, p[6]),  # a[6] is unparked
        _person(42, p[8]),
        _person(43, p[1], surname="Zeynalov", fin="ABC1234"),  # applicant key, reindex
        _person(44, p[2], given_names="Rəşad"),  # rebased on the local edit
        Change(45, "person", p[3].id, 3, {}, deleted=True),
        _app(46, a[1], assignee="hasanova"),
        _app(47, a[2], assignee="karimov"),  # open conflict
        Change(48, "application", a[3].id, 3, {}, deleted=True),
        _app(49, a[4], assignee="aliyev"),  # rebased on the local edit
        _app(50, a[5], fee_tier="reduced"),  # stays rejected
        _app(51, a[7], assignee="newer"),  # still parked: its person is missing
        _app(52, new_app),
        _app(53, make_application(p[8], 53, rng)),
        _app(54, make_application(p[1], 54, rng)),
        _app(55, orphan),
        Change(56, "application", "X-BAD", 2, bad),
        _app(57, new_app, version=3, assignee="twice"),  # the same entity again
        _app(58, a[0], number="BAK-2024-7777777"),
        _conflict(59, a[0]),
        _person(60, p[0], email="p0@example.org"),
    ]
    rng.shuffle(page)
    names = ("batched", "per_change", "split", "split_ref", "prepared", "split_prepared")
    folders = {name: tmp_path / name for name in names}
    for folder in folders.values():
        shutil.copytree(origin, folder, ignore=shutil.ignore_patterns(".lock"))

    def apply_in_turn(folder: Path, pages: list[list[Change]]) -> PullSummary:
        with monkeypatch.context() as m:
            m.setattr(pull_module, "_WRITERS", {})  # every change on its own, as before batches
            return _apply(folder, pages)

    batched = _apply(folders["batched"], [page])
    assert batched == apply_in_turn(folders["per_change"], [page])
    assert (batched.applied, batched.parked, batched.unparked) == (18, 3, 1)
    assert _dump(folders["batched"]) == _dump(folders["per_change"])
    # smaller pages: batches end at page ends, parked changes are retried in between
    pages = [page[i : i + 4] for i in range(0, len(page), 4)]
    split = _apply(folders["split"], pages)
    assert split == apply_in_turn(folders["split_ref"], pages)
    assert _dump(folders["split"]) == _dump(folders["split_ref"])
    # rows made beforehand (bad data's errors kept for the writer): the same database
    assert _apply(folders["prepared"], [page], prepared=True) == batched
    assert _dump(folders["prepared"]) == _dump(folders["batched"])
    assert _apply(folders["split_prepared"], pages, prepared=True) == split
    assert _dump(folders["split_prepared"]) == _dump(folders["split"])

    store = open_store(DataDir(folders["batched"]))
    try:
        with store.read() as r:
            assert r.applications.get(new_app.id).assignee == "twice"
            assert r.applications.get(a[6].id).person_id == p[6].id
            rebased = r.applications.get(a[4].id)
            assert (rebased.assignee, rebased.payment_ref) == ("aliyev", "L")
            assert r.applications.sync_state(a[4].id) == "pending"
            assert r.applications.sync_state(a[2].id) == "conflict"
            assert r.applications.sync_state(a[5].id) == "rejected"
            assert r.applications.sync_state(a[1].id) == "synced"
            assert a[8].id in [row.id for row in r.queue.search("Zeynalov")]
    finally:
        store.close()


def test_applying_a_page_gives_the_connection_a_roomy_page_cache(tmp_path: Path) -> None:
    person = make_person()
    store = open_store(DataDir(tmp_path / "data"), create=True)
    try:
        with store.unit_of_work(ACTOR) as uow:
            default = uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
            assert default > -pull_module.PULL_CACHE_KIB
            apply_changes(uow.session, [_person(1, person)], 1, "E1")
            size = uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
            assert size == -pull_module.PULL_CACHE_KIB
    finally:
        store.close()


def test_an_application_pulled_with_its_applicant_does_not_read_the_person_back(
    tmp_path: Path,
) -> None:
    """The applicant's name key and search words come from the page's own person row
    (made beforehand, on the fetching thread); only an applicant the page does not hold
    is read from the store."""
    rng = random.Random(11)
    stored, fresh = make_person(rng), make_person(rng)
    earlier, with_page, with_stored = (
        make_application(stored, 1, rng),
        make_application(fresh, 2, rng),
        make_application(stored, 3, rng),
    )
    folder = tmp_path / "data"
    store = open_store(DataDir(folder), create=True)
    store.close()
    _apply(folder, [[_person(1, stored), _app(2, earlier)]], prepared=True)
    page = [_person(3, fresh, surname="Novruzov"), _app(4, with_page), _app(5, with_stored)]
    store = open_store(DataDir(folder))
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.unit_of_work(ACTOR) as uow:
            apply_changes(uow.session, page, 5, "E1", now=NOW, prepared=pull_page.prepare(page))
        with store.read() as r:
            assert [a.id for a in r.queue.search("Novruzov")] == [with_page.id]
            assert with_stored.id in [a.id for a in r.queue.search(stored.surname)]
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
        store.close()
    person_reads = [s for s in statements if "name_key" in s and "FROM persons WHERE id IN" in s]
    assert len(person_reads) == 1, person_reads  # the stored applicant's, not the page's
    assert person_reads[0].count("?") == 1


def test_applicants_landed_on_earlier_pages_are_not_read_back_until_a_save_commits(
    tmp_path: Path,
) -> None:
    """A pull keeps the applicants it landed (`pull_page.Applicants`): an application
    pages after its applicant takes the name key and search text from there. Once another
    connection has committed (a local save), the pull reads the applicants again: the
    search text is the saved name's, not the pulled one's."""
    rng = random.Random(12)
    kept, edited = make_person(rng), make_person(rng)
    first, second = make_application(kept, 1, rng), make_application(edited, 2, rng)
    folder = tmp_path / "data"
    store = open_store(DataDir(folder), create=True)
    reads: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "name_key" in statement and "FROM persons WHERE id IN" in statement:
            reads.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    applicants = pull_page.Applicants()
    pulling = ExitStack()
    session = pulling.enter_context(pull_module.pull_session(store))  # as the engine's

    def land(page: list[Change]) -> None:
        ready = pull_page.prepare(page)
        apply_changes(
            session, page, page[-1].seq, "E1", now=NOW, prepared=ready, applicants=applicants
        )
        session.commit()

    try:
        land([_person(1, kept, surname="Qasimov"), _person(2, edited, surname="Orujov")])
        land([_app(3, first)])
        assert reads == []  # its applicant landed a page before
        with store.unit_of_work(ACTOR) as uow:  # a local save between two pages
            uow.update_person(dataclasses.replace(uow.persons.get(edited.id), surname="Sadiqov"))
        land([_app(4, second)])
        assert len(reads) == 1  # read again: another connection has written since
        pulling.close()
        with store.read() as r:
            assert [a.id for a in r.queue.search("Qasimov")] == [first.id]
            assert [a.id for a in r.queue.search("Sadiqov")] == [second.id]
            assert r.queue.search("Orujov") == []
    finally:
        pulling.close()
        event.remove(store.engine, "before_cursor_execute", seen)
        store.close()


def test_an_applicant_written_change_by_change_is_read_back_for_its_application(
    tmp_path: Path,
) -> None:
    """A person the pull writes other than in a batch as its page has it (here: applied
    change by change because a change of it was parked) is forgotten: its application,
    later in the same pull, is indexed under the name the person has now."""
    rng = random.Random(13)
    person = make_person(rng)
    app = make_application(person, 1, rng)
    store = open_store(DataDir(tmp_path / "data"), create=True)
    applicants = pull_page.Applicants()
    try:
        with pull_module.pull_session(store) as session:  # one pull, as the engine's
            for page in (
                [_person(1, person, surname="Alakbarov")],  # kept
                [Change(2, "person", person.id, 3, {"id": person.id})],  # unreadable: parked
                [Change(3, "person", person.id, 4, _person(3, person, surname="Qurbanov").data)],
                [_app(4, app)],
            ):
                apply_changes(
                    session,
                    page,
                    page[-1].seq,
                    "E1",
                    now=NOW,
                    prepared=pull_page.prepare(page),
                    applicants=applicants,
                )
                session.commit()
        with store.read() as r:
            assert [a.id for a in r.queue.search("Qurbanov")] == [app.id]
            assert r.queue.search("Alakbarov") == []
    finally:
        store.close()


def test_applicants_keep_the_newest_up_to_their_limit() -> None:
    applicants = pull_page.Applicants(limit=2)
    for n in range(3):
        applicants.keep(f"P-{n}", (f"k{n}", f"w{n}"))
    applicants.keep("P-1", ("k1", "again"))
    assert [applicants.get(f"P-{n}") for n in range(3)] == [None, ("k1", "again"), ("k2", "w2")]


def test_applicants_checked_on_another_connection_are_forgotten(tmp_path: Path) -> None:
    store = open_store(DataDir(tmp_path / "data"), create=True)
    applicants = pull_page.Applicants()
    try:
        with store.engine.connect() as one, store.engine.connect() as other:
            applicants.check(one)
            applicants.keep("P-1", ("k", "w"))
            applicants.check(one)
            assert applicants.get("P-1") == ("k", "w")
            applicants.check(other)  # its data_version tells nothing of the first's
            assert applicants.get("P-1") is None
    finally:
        store.close()
