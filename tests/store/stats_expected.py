"""The dashboard's and the reports' numbers computed independently, in plain Python, from
the generated applications themselves (not from the store): what `store.stats` must find.

Also builds the data: generated applications of two centers, stored in a data folder.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from workstation.domain.calendar import add_working_days
from workstation.domain.catalogue import Catalogue
from workstation.domain.model import Application, Outcome, Status
from workstation.samples.generator import SampleData, generate
from workstation.store import Actor, Store

TODAY = dt.date(2026, 6, 1)
BAKU = dt.timedelta(hours=4)
CENTERS = (("BAK1", 1, 260), ("GNJ1", 2, 140))
UNDECIDED = {Status.RECEIVED, Status.AWAITING_DOCUMENTS, Status.UNDER_REVIEW}


def sample(catalogue: Catalogue) -> list[SampleData]:
    return [generate(n, seed, catalogue, center=c, today=TODAY) for c, seed, n in CENTERS]


def fill(store: Store, data: list[SampleData]) -> None:
    with store.unit_of_work(Actor("seed", "WS-TEST")) as uow:
        for part in data:
            uow.add_many(part.persons, part.applications)


def local_day(at: dt.datetime, offset: dt.timedelta) -> dt.date:
    return (at.astimezone(dt.UTC) + offset).date()


def _step(app: Application, to: Status) -> tuple[dt.datetime, str] | None:
    for step in app.history:
        if step.to_status is to:
            return step.at, step.by
    return None


@dataclass
class Expected:
    """Counters keyed by (event, key) for each dimension; 'open' work by deadline."""

    total: Counter[str] = field(default_factory=Counter)
    day: Counter[tuple[str, dt.date]] = field(default_factory=Counter)
    service: Counter[tuple[str, str]] = field(default_factory=Counter)
    officer: Counter[tuple[str, str]] = field(default_factory=Counter)
    center: Counter[tuple[str, str]] = field(default_factory=Counter)
    status: Counter[tuple[str, Status]] = field(default_factory=Counter)


def expected(
    apps: list[Application],
    since: dt.date,
    until: dt.date,
    *,
    today: dt.date = TODAY,
    offset: dt.timedelta = BAKU,
    center: str | None = None,
    officer: str | None = None,
) -> Expected:
    result = Expected()
    soon = add_working_days(today, 3)
    for app in apps:
        if center is not None and app.center_code != center:
            continue
        events: list[tuple[str, dt.datetime, str]] = []
        if app.received_at is not None:
            events.append(("received", app.received_at, app.received_by))
        if app.decision is not None:
            events.append(("decided", app.decision.at, app.decision.by))
            outcome = "approved" if app.decision.outcome is Outcome.APPROVED else "refused"
            events.append((outcome, app.decision.at, app.decision.by))
        for name, status in (("printed", Status.CARD_PRINTED), ("issued", Status.ISSUED)):
            found = _step(app, status)
            if found is not None:
                events.append((name, *found))
        for name, at, by in events:
            day = local_day(at, offset)
            if not since <= day <= until or (officer is not None and by != officer):
                continue
            result.total[name] += 1
            result.day[name, day] += 1
            result.service[name, app.service_code] += 1
            result.officer[name, by] += 1
            result.center[name, app.center_code] += 1
        if officer is not None and app.assignee != officer:
            continue
        result.status[app.service_code, app.status] += 1
        if app.status in UNDECIDED:
            states = ["open"]
            if app.due_date is not None and app.due_date < today:
                states.append("overdue")
            elif app.due_date is not None and app.due_date <= soon:
                states.append("due_soon")
            for name in states:
                result.total[name] += 1
                result.service[name, app.service_code] += 1
                result.officer[name, app.assignee] += 1
                result.center[name, app.center_code] += 1
    return result
