"""Writing a page's persons and applications in batches: the common case of a pull.

`pull.apply_changes` hands over, in order, the changes that need none of the careful
per-change path of `pulled`: not tombstones, no local mutation waiting for the entity,
nothing parked for it, each entity at most once per batch. A batch is written as the
per-change writers would write its changes one after another — the same rows, checklist
items and search index — with a few queries for the whole batch (which ids exist, their
``sync_state`` and search rowid, which applicants exist, which have an open conflict)
and ``executemany`` inserts and updates of rows built by `bulk_rows`. Each writer returns
the positions of the changes that could not be applied (unreadable data, applicant not
here yet): the caller parks them. What of a row depends on the page alone (the data
read and checked, the columns' values and JSON, the checklist rows) can be made
beforehand by `prepare`; the engine does that on the thread that fetches the pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from workstation.domain.serialize import application_from_dict, datetime_text, person_from_dict
from workstation.store import search
from workstation.store.bulk_json import columns_json
from workstation.store.bulk_rows import (
    APPLICATION_COLUMNS,
    CHECKLIST_COLUMNS,
    MILESTONE_COLUMNS,
    PERSON_COLUMNS,
    Row,
    application_parts,
    application_row_of,
    checklist_rows,
    insert_many,
    person_head,
)
from workstation.store.pulled import WAITING, Incoming
from workstation.store.tables import (
    ApplicationRow,
    ChecklistItemRow,
    ConflictRow,
    OutboxRow,
    ParkedChangeRow,
    PersonRow,
)

CHUNK = 500  # ids per IN list

_PERSONS, _APPLICATIONS = PersonRow.__tablename__, ApplicationRow.__tablename__
_PERSON_UPDATE = (
    f"UPDATE {_PERSONS} SET {', '.join(f'{c} = ?' for c in PERSON_COLUMNS[1:])} WHERE id = ?"
)
# an update leaves the milestones to the update trigger, as the per-change writer does
_APP_SET = tuple(
    c for c in APPLICATION_COLUMNS if c not in ("id", "search_rowid", *MILESTONE_COLUMNS)
)
_APP_UPDATE = f"UPDATE {_APPLICATIONS} SET {', '.join(f'{c} = ?' for c in _APP_SET)} WHERE id = ?"
_APP_SET_AT = tuple(APPLICATION_COLUMNS.index(c) for c in _APP_SET)
_NAME_KEY_AT = PERSON_COLUMNS.index("name_key")
_WORDS_AT = {
    key: PERSON_COLUMNS.index(key)
    for key in ("surname", "given_names", "patronymic", "document_number", "fin", "pin")
}
_APPLICANT_KEY_SQL = (
    f"UPDATE {_APPLICATIONS} SET applicant_key = ? WHERE person_id = ? AND applicant_key != ?"
)
_CHECKLIST = ChecklistItemRow.__tablename__
_CHECKLIST_DELETE = f"DELETE FROM {_CHECKLIST} WHERE application_id = ?"
_SEARCH_DELETE = f"DELETE FROM {search.TABLE} WHERE rowid = ?"
_SEARCH_COLUMNS = ("rowid", "body")

Key = tuple[str, str]  # (entity, entity_id)


class ChangeData(Protocol):
    """What a pulled change carries, its place in the pull aside (`pull.ChangeData`
    adds it; the protocol's ``Change`` and a waiting `Incoming` fit)."""

    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def data(self) -> dict[str, Any]: ...


class _AppParts(NamedTuple):
    """What a pulled application's row is made of, before anything stored is known."""

    id: str
    person_id: str
    number: str
    version: int
    parts: tuple[Row, Row]  # `bulk_rows.application_parts`
    items: list[Row]  # its checklist rows


Parsed = Row | _AppParts | ValueError | KeyError | TypeError


class Prepared(dict[int, tuple[dict[str, Any], str, int, Parsed]]):
    """`prepare`'s rows by ``id()`` of the change's data (kept with it, so that the id is
    not reused while the page lives), with the entity id and version they were made for:
    a person's `bulk_rows.person_head`, an application's `_AppParts`, or the error that
    its data gives.

    ``applicants``: the name key and search words (`Applicant`) of each person the page
    holds once, live and readable, by id: `write_persons` hands them to the pull's
    `Applicants` when it stores the person."""

    __slots__ = ("applicants",)

    def __init__(self) -> None:
        super().__init__()
        self.applicants: dict[str, Applicant] = {}


Applicant = tuple[str, str]
"""A person's name key and search words (`search.person_words`, joined by spaces)."""
APPLICANTS_KEPT = 100_000
"""Persons an `Applicants` keeps at most (some 25 MB)."""


class Applicants:
    """The `Applicant` of each person a pull stored as its pages have it, kept from page
    to page, so that an application that comes after its applicant (on the same page or
    pages later, as in a first pull) takes its name key and search text from here instead
    of reading the person back and folding its words again.

    Only what nothing else wrote since: `check`, at each page (in the pull's write
    transaction, on its connection), forgets everything once another connection has
    committed (``PRAGMA data_version`` moved: a local save may have changed a person), or
    when the page comes on another connection; the pull forgets a
    person it writes any other way (`forget`: rebased, deleted, parked, unreadable). At
    most `APPLICANTS_KEPT` persons: the oldest go first."""

    def __init__(self, limit: int = APPLICANTS_KEPT) -> None:
        self.limit = limit
        self.known: dict[str, Applicant] = {}
        self.seen: tuple[object, Any] | None = None  # (DB-API connection, data_version)

    def check(self, connection: Connection) -> None:
        """Forget everything unless `connection` is the one of the last check and no other
        connection has committed since (a connection's ``data_version`` says nothing about
        another's)."""
        version = connection.exec_driver_sql("PRAGMA data_version").scalar()
        seen = (connection.connection.dbapi_connection, version)
        if self.seen is None or self.seen[0] is not seen[0] or self.seen[1] != version:
            self.known.clear()
        self.seen = seen

    def keep(self, person_id: str, applicant: Applicant) -> None:
        known = self.known
        known.pop(person_id, None)
        known[person_id] = applicant
        if len(known) > self.limit:
            del known[next(iter(known))]

    def forget(self, person_id: str) -> None:
        self.known.pop(person_id, None)

    def get(self, person_id: str) -> Applicant | None:
        return self.known.get(person_id)


def _person_head(change: ChangeData) -> Row:
    person = person_from_dict(change.data, change.version)
    if person.id != change.entity_id:
        raise ValueError(f"person data for {change.entity_id} carries id {person.id}")
    return person_head(person)


def _app_parts(change: ChangeData) -> _AppParts:
    app = application_from_dict(change.data, change.version)
    if app.id != change.entity_id:
        raise ValueError(f"application data for {change.entity_id} carries id {app.id}")
    fields, history = columns_json(app)
    parts = application_parts(app, fields, history)
    return _AppParts(app.id, app.person_id, app.number, app.version, parts, checklist_rows(app))


_PARSERS: dict[str, Any] = {"person": _person_head, "application": _app_parts}


def _head_words(head: Row) -> list[str]:
    """`search.person_words` of a person's row (`bulk_rows.person_head`)."""
    return search.person_words(**{key: head[at] for key, at in _WORDS_AT.items()})


def _applicant(head: Row) -> Applicant:
    return head[_NAME_KEY_AT], " ".join(_head_words(head))


def prepare(changes: Sequence[ChangeData]) -> Prepared:
    """The rows of a page's persons and applications, as far as they depend on the
    page alone (`write_persons` and `write_applications` make the rest), and the
    `Applicant` of each person the page holds once (of one the page holds twice, which
    version lands depends on more than the page): the engine makes them on the thread
    that fetches pages, while the page before is being written."""
    prepared = Prepared()
    seen: dict[str, int] = {}
    for change in changes:
        if change.entity == "person":
            seen[change.entity_id] = seen.get(change.entity_id, 0) + 1
        parse = _PARSERS.get(change.entity)
        if parse is None or change.deleted:
            continue
        try:
            got: Parsed = parse(change)
        except (ValueError, KeyError, TypeError) as exc:
            got = exc
        prepared[id(change.data)] = (change.data, change.entity_id, change.version, got)
    for change in changes:
        if change.entity == "person" and not change.deleted and seen[change.entity_id] == 1:
            head = prepared[id(change.data)][3]
            if type(head) is tuple:
                prepared.applicants[change.entity_id] = _applicant(head)
    return prepared


def _parsed(prepared: Prepared | None, change: Incoming) -> Parsed | None:
    if prepared is None:
        return None
    found = prepared.get(id(change.data))
    if found is None:
        return None
    data, entity_id, version, got = found
    if data is not change.data or entity_id != change.entity_id or version != change.version:
        return None  # made for another change: made again
    return got


def _select_in(session: Session, sql: str, ids: Sequence[str], *params: Any) -> list[Any]:
    """Rows of `sql` (its ``IN ({})`` filled with placeholders) for every chunk of `ids`:
    IN lists stay short; `params` come first."""
    connection = session.connection()
    found: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        query = sql.format(", ".join("?" * len(chunk)))
        found.extend(connection.exec_driver_sql(query, (*params, *chunk)).all())
    return found


def _present(session: Session, table: str, keys: Iterable[Key], where: str = "") -> set[Key]:
    """The (entity, entity_id) of `keys` that `table` holds (rows matching `where`)."""
    grouped: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        grouped.setdefault(entity, []).append(entity_id)
    found: set[Key] = set()
    for entity, ids in grouped.items():
        sql = f"SELECT entity_id FROM {table} WHERE entity = ? AND entity_id IN ({{}}){where}"
        found.update((entity, row[0]) for row in _select_in(session, sql, ids, entity))
    return found


def waiting_keys(session: Session, keys: Iterable[Key]) -> set[Key]:
    """The entities among `keys` with local mutations not yet answered (to be rebased)."""
    states = ", ".join(f"'{state}'" for state in WAITING)
    return _present(session, OutboxRow.__tablename__, keys, f" AND state IN ({states})")


def parked_keys(session: Session, keys: Iterable[Key]) -> set[Key] | None:
    """The entities among `keys` with a parked change; None when nothing is parked."""
    if session.scalar(select(ParkedChangeRow.entity_id).limit(1)) is None:
        return None
    return _present(session, ParkedChangeRow.__tablename__, keys)


def _write(connection: Connection, sql: str, rows: Sequence[Row]) -> None:
    if rows:
        connection.exec_driver_sql(sql, list(rows))


def _insert(
    connection: Connection, table: str, columns: tuple[str, ...], rows: Sequence[Row]
) -> None:
    insert_many(connection.exec_driver_sql, table, columns, rows)


def _reindex(
    connection: Connection, index: Sequence[tuple[int, str]], indexed: Sequence[int] | None = None
) -> None:
    """`search.put` for every (rowid, body), as one delete and one insert; `indexed`: the
    rowids among them that may have a body already (None: any of them) — a new
    application's rowid has none, and deleting a missing row costs FTS5 a lookup."""
    gone = [rowid for rowid, _ in index] if indexed is None else indexed
    _write(connection, _SEARCH_DELETE, [(rowid,) for rowid in gone])
    _insert(connection, search.TABLE, _SEARCH_COLUMNS, index)


def _forget(session: Session) -> None:
    """Expire persons and applications the session holds: their rows changed under it."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, PersonRow | ApplicationRow):
            session.expire(obj)


def write_persons(
    session: Session,
    changes: Sequence[Incoming],
    now: dt.datetime,
    prepared: Prepared | None = None,
    applicants: Applicants | None = None,
) -> list[int]:
    """`pulled.write_person` for each change (none deleted, none waiting, ids unique);
    `prepared`: their rows made beforehand, if any (`prepare`); `applicants`: the pull's,
    told what each person stored is now."""
    stamp = datetime_text(now) or ""
    rejected: list[int] = []
    rows: list[Row] = []
    for position, change in enumerate(changes):
        try:
            got = _parsed(prepared, change)
            if isinstance(got, Exception):
                raise got
            head = got if type(got) is tuple else _person_head(change)
            rows.append((*head, stamp, 0))
        except (ValueError, KeyError, TypeError):
            rejected.append(position)
    if not rows:
        return rejected
    known = prepared.applicants if prepared is not None else {}
    session.flush()
    existing = {
        row[0]
        for row in _select_in(
            session, f"SELECT id FROM {_PERSONS} WHERE id IN ({{}})", [r[0] for r in rows]
        )
    }
    connection = session.connection()
    _insert(connection, _PERSONS, PERSON_COLUMNS, [r for r in rows if r[0] not in existing])
    updated = {r[0]: r for r in rows if r[0] in existing}
    if updated:
        _write(connection, _PERSON_UPDATE, [(*r[1:], r[0]) for r in updated.values()])
        keys = [(r[_NAME_KEY_AT], r[0], r[_NAME_KEY_AT]) for r in updated.values()]
        _write(connection, _APPLICANT_KEY_SQL, keys)
        apps = _select_in(
            session,
            f"SELECT search_rowid, number, person_id FROM {_APPLICATIONS}"
            " WHERE person_id IN ({})",
            list(updated),
        )
        words: dict[str, list[str]] = {}
        index: list[tuple[int, str]] = []
        for rowid, number, person_id in apps:
            applicant = words.get(person_id)
            if applicant is None:
                made = known.get(person_id)
                applicant = [made[1]] if made else _head_words(updated[person_id])
                words[person_id] = applicant
            index.append((rowid, search.text_of(applicant, number or "")))
        _reindex(connection, index)
    if applicants is not None:  # stored as the page has them
        for row in rows:
            made = known.get(row[0])
            if made is None:
                applicants.forget(row[0])
            else:
                applicants.keep(row[0], made)
    _forget(session)
    return rejected


def _applicants(session: Session, ids: Sequence[str]) -> dict[str, Applicant]:
    """The `Applicant` of each stored person among `ids`."""
    if not ids:
        return {}
    rows = _select_in(
        session,
        "SELECT id, name_key, surname, given_names, patronymic, document_number, fin, pin"
        f" FROM {_PERSONS} WHERE id IN ({{}})",
        ids,
    )
    return {
        r[0]: (
            r[1],
            " ".join(
                search.person_words(
                    surname=r[2],
                    given_names=r[3],
                    patronymic=r[4],
                    document_number=r[5],
                    fin=r[6],
                    pin=r[7],
                )
            ),
        )
        for r in rows
    }


def write_applications(
    session: Session,
    changes: Sequence[Incoming],
    now: dt.datetime,
    prepared: Prepared | None = None,
    applicants: Applicants | None = None,
) -> list[int]:
    """`pulled.write_application` for each change (none deleted, none waiting, ids
    unique); `prepared`: their rows made beforehand, if any (`prepare`); `applicants`:
    the pull's, for the applicants it knows (the others are read)."""
    stamp = datetime_text(now) or ""
    rejected: list[int] = []
    parsed: list[tuple[int, _AppParts]] = []
    for position, change in enumerate(changes):
        try:
            got = _parsed(prepared, change)
            if isinstance(got, Exception):
                raise got
            parsed.append((position, got if isinstance(got, _AppParts) else _app_parts(change)))
        except (ValueError, KeyError, TypeError):
            rejected.append(position)
    if not parsed:
        return rejected
    session.flush()
    applicant_of: dict[str, Applicant] = {}
    if applicants is not None:
        for _, app in parsed:
            known = applicants.get(app.person_id)
            if known is not None:
                applicant_of[app.person_id] = known
    missing = [app.person_id for _, app in parsed if app.person_id not in applicant_of]
    applicant_of.update(_applicants(session, list(dict.fromkeys(missing))))
    rejected += [position for position, app in parsed if app.person_id not in applicant_of]
    apps = [app for _, app in parsed if app.person_id in applicant_of]
    ids = [app.id for app in apps]
    existing: dict[str, tuple[int, str]] = {
        r[0]: (r[1], r[2])
        for r in _select_in(
            session,
            f"SELECT id, search_rowid, sync_state FROM {_APPLICATIONS} WHERE id IN ({{}})",
            ids,
        )
    }
    conflicted = {
        r[0]
        for r in _select_in(
            session,
            f"SELECT entity_id FROM {ConflictRow.__tablename__}"
            " WHERE entity = 'application' AND resolved = 0 AND entity_id IN ({})",
            ids,
        )
    }
    last_rowid = int(session.scalar(select(func.max(ApplicationRow.search_rowid))) or 0)
    inserts: list[Row] = []
    updates: list[Row] = []
    items: list[Row] = []
    index: list[tuple[int, str]] = []
    indexed: list[int] = []
    for app in apps:
        name_key, words = applicant_of[app.person_id]
        found = existing.get(app.id)
        if found is None:
            last_rowid += 1
            rowid, current = last_rowid, None
        else:
            rowid, current = found
            indexed.append(rowid)
        # pulled.application_sync_state with no local mutation waiting
        state = "conflict" if app.id in conflicted else "synced"
        if state == "synced" and current == "rejected":
            state = "rejected"
        row = application_row_of(
            app.parts,
            app.version,
            search_rowid=rowid,
            now=stamp,
            applicant_key=name_key,
            sync_state=state,
        )
        if found is None:
            inserts.append(row)
        else:
            updates.append((*(row[at] for at in _APP_SET_AT), app.id))
        items += app.items
        index.append((rowid, search.text_of([words], app.number)))
    connection = session.connection()
    _insert(connection, _APPLICATIONS, APPLICATION_COLUMNS, inserts)
    _write(connection, _APP_UPDATE, updates)
    _write(connection, _CHECKLIST_DELETE, [(row[-1],) for row in updates])
    _insert(connection, _CHECKLIST, CHECKLIST_COLUMNS, items)
    _reindex(connection, index, indexed)
    _forget(session)
    return sorted(rejected)
