"""Store figures for `benchmarks/run.py` on the cached desktop data folder:

- queue queries as the desktop asks them (a read session, the query, rows mapped to
  `QueueRow`): p95 of the first page sorted by due date, of a queue filtered by status
  and service, and of text searches; each against the floor of the very SQL statements
  the store sent (captured from the engine) run again on a raw DB-API connection;
- reception save: `gui.reception.ops.save` (the form's own save: person, application
  with its checklist, a leased number, outbox and audit, in one durable unit of work)
  of generated applicants whose service asks for six documents: p95.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchstore import open_store, raw_connect
from workstation.domain.catalogue import load_catalogue
from workstation.domain.ids import new_id
from workstation.domain.model import Role, Status
from workstation.domain.validation import format_screen_date
from workstation.gui.reception import ops
from workstation.gui.reception.formstate import FormState, ItemState
from workstation.samples.generator import generate
from workstation.store import Actor, DataDir, QueueFilter, SortKey, Store
from workstation.store.leases import local_leases
from workstation.store.search import identifier_key

SEARCHES = ("mammadov", "gulnara aliyeva", "4711", "yilmaz", "smirnov")


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass(frozen=True, slots=True)
class QueueFigure:
    p95_ms: float
    raw_p95_ms: float
    runs: int


def _captured(store: Store, call: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SELECT statements (with parameters) the store sends for `call`."""
    sent: list[tuple[str, Any]] = []

    def spy(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)
    return sent


def _timed_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def queue_figures(folder: Path, repeat: int) -> dict[str, QueueFigure]:
    by_due = QueueFilter()
    trp_received = QueueFilter(
        statuses=frozenset({Status.RECEIVED, Status.AWAITING_DOCUMENTS}),
        service_codes=frozenset({"TRP"}),
    )
    with open_store(folder, lock=False) as store:
        raw = raw_connect(store.datadir.database)

        def page(flt: QueueFilter) -> Callable[[], object]:
            def run() -> object:
                with store.read() as repos:
                    return repos.queue.page(flt, SortKey.DUE_DATE, False, 0, 100)

            return run

        def search(query: str) -> Callable[[], object]:
            def run() -> object:
                with store.read() as repos:
                    return repos.queue.search(query, 50)

            return run

        cases: dict[str, list[Callable[[], object]]] = {
            "sort": [page(by_due)],
            "filter": [page(trp_received)],
            "search": [search(q) for q in SEARCHES],
        }
        figures = {}
        try:
            for name, calls in cases.items():
                statements = [_captured(store, call) for call in calls]  # also warms up
                ours: list[float] = []
                floor: list[float] = []
                for _ in range(repeat):
                    for call, sent in zip(calls, statements, strict=True):
                        ours.append(_timed_ms(call))
                        floor.append(_timed_ms(partial(_replay, raw, sent)))
                figures[name] = QueueFigure(p95(ours), p95(floor), len(ours))
        finally:
            raw.close()
    return figures


def _replay(raw: Any, statements: list[tuple[str, Any]]) -> None:
    cursor = raw.cursor()
    for statement, parameters in statements:
        cursor.execute(statement, parameters).fetchall()
    cursor.close()


# -- reception save ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


def _form_states(count: int, today: dt.date, documents: int) -> list[FormState]:
    """Reception forms of `count` generated applicants of services asking for
    `documents` documents (the closest count there is), every document received."""
    catalogue = load_catalogue()
    wanted = {s.code for s in catalogue.services if len(s.documents) == documents}
    if not wanted:
        closest = min(catalogue.services, key=lambda s: abs(len(s.documents) - documents))
        wanted = {closest.code}
    data = generate(max(200, count * 20), 4242, catalogue, today=today)
    persons = {p.id: p for p in data.persons}
    states = []
    used: set[str] = set()
    for app in data.applications:
        if app.service_code not in wanted or app.person_id in used:
            continue
        used.add(app.person_id)
        service = catalogue.service(app.service_code)
        fields: dict[str, str | bool] = {}
        for spec in service.fields:
            value = app.fields.get(spec.code)
            if value is None:
                continue
            if spec.type == "date" and isinstance(value, str):
                value = format_screen_date(dt.date.fromisoformat(value))
            fields[spec.code] = value if isinstance(value, bool) else str(value)
        states.append(
            FormState(
                key=new_id(),
                service_code=service.code,
                person=ops.person_texts(persons[app.person_id]),
                fields=fields,
                checklist={d.code: ItemState(True, "", None) for d in service.documents},
                fee_tier=app.fee_tier,
                payment_ref=app.payment_ref or "BENCH-PAY-1",
            )
        )
        if len(states) == count:
            break
    return states


@dataclass(frozen=True, slots=True)
class Saves:
    p95_ms: float
    cpu_p95_ms: float  # CPU time of the saving thread (the machine may be busy)
    checklist: int
    count: int


def reception_saves(folder: Path, count: int, today: dt.date) -> Saves:
    """p95 (ms) of `count` form saves that receive an application (wall clock and CPU of
    the thread), the checklist length and the number of saves timed."""
    states = _form_states(count, today, documents=6)
    # a center of this run only: its leased numbers never collide with earlier runs'
    center = "R" + "".join(random.choices(string.ascii_uppercase, k=5))
    actor = Actor("officer.bench", "WS-BENCH-01")
    catalogue = load_catalogue()
    times: list[float] = []
    cpu: list[float] = []
    with open_store(folder) as store:
        series = str(today.year)
        with store.read() as repos:  # numbers after every lease of earlier runs
            taken = [x.last for x in local_leases(repos.session) if x.series == series]
        first = max(taken, default=0) + 1
        with store.unit_of_work(actor) as uow:
            uow.add_lease(_Lease(new_id(), "application", series, first, first + count + 10))
        for state in states:
            # an applicant saved by an earlier run on this cached folder: acknowledged
            # before the clock starts, as the officer would (else the save is refused)
            number = state.person.get("document.number", "")
            if ops.persons_with_document(store, number, None):
                state.duplicate_ack = identifier_key(number)

            def save(state: FormState = state) -> object:
                return ops.save(
                    store, catalogue, actor, Role.OFFICER, center, state, today, receive=True
                )

            cpu_started = time.thread_time()
            times.append(_timed_ms(save))
            cpu.append((time.thread_time() - cpu_started) * 1000)
    # as if pushed: the cached folder's outbox stays empty for the next benchmark's sync
    with raw_connect(DataDir(folder).database) as db:
        db.execute("UPDATE outbox SET state = 'applied' WHERE state = 'pending'")
    checklist = len(states[0].checklist) if states else 0
    return Saves(p95(times), p95(cpu), checklist, len(times))
