"""The opening queue's first lines read before the store is open: painted exactly as the
queue model paints them (`FirstLinesModel`), and taken over by the queue page without
asking the store for them again."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.queue.test_queue_model import ROLES
from workstation.domain.model import Status
from workstation.firstlines import Line
from workstation.gui.context import AppContext
from workstation.gui.queue.definitions import BY_KEY
from workstation.gui.queue.lines import TITLES, FirstLinesModel, needs_calendar
from workstation.gui.queue.model import COLUMNS, FIRST_LINES
from workstation.gui.queue.page import QueuePage
from workstation.store import QueueRow

TODAY = dt.date(2026, 11, 27)
OFFICER = "officer.aliyeva"  # has open applications in the generated data


def _as(context: AppContext, username: str) -> AppContext:
    assert context.session is not None
    context.session = dataclasses.replace(context.session, username=username)
    return context


def _first(context: AppContext) -> tuple[list[int], dict[int, QueueRow]]:
    """What start-up's raw read gives for "My work" (`firstlines.read` is the store's
    own first query: tests/test_firstlines.py)."""
    queue = BY_KEY["mine"]
    flt = queue.filter_for(OFFICER)
    with context.store.read() as repos:
        keys = repos.queue.keys(flt, queue.sort, queue.descending, limit=FIRST_LINES)
        return keys, repos.queue.rows_for(keys)


def _labels(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the tasks started from now on."""
    labels: list[str] = []
    start = context.runner._start

    def counting(pool: Any, task: Any) -> Any:
        labels.append(task.label)
        return start(pool, task)

    monkeypatch.setattr(context.runner, "_start", counting)
    return labels


def test_the_page_shows_lines_already_read_without_asking_for_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as(context, OFFICER)
    keys, rows = _first(context)
    assert keys
    labels = _labels(context, monkeypatch)
    page = QueuePage(context)
    qtbot.addWidget(page)
    shown: list[bool] = []
    page.model.first_rows.connect(lambda: shown.append(True))
    page.show_queue(BY_KEY["mine"], first=(keys, rows))
    # at once, before any task has answered
    assert shown == [True]
    assert page.model.lines_in
    assert page.model.rowCount() == len(keys)
    assert page.model.line(0) == rows[keys[0]]
    qtbot.waitUntil(lambda: page.model.complete)
    assert "queue: first lines" not in labels
    assert "queue: order" in labels
    assert page.model.keys_at(list(range(len(keys)))) == keys


def test_the_first_lines_paint_as_the_queue_paints_them(qtbot: QtBot, context: AppContext) -> None:
    _as(context, OFFICER)
    context.today = lambda: TODAY
    keys, rows = _first(context)
    page = QueuePage(context)
    qtbot.addWidget(page)
    page.show_queue(BY_KEY["mine"], first=(keys, rows))
    lines = {key: Line(*row) for key, row in rows.items()}
    # a line due soon, one due today and one overdue, whatever the generated data holds
    sample = rows[keys[0]]
    extra = {
        -1: Line(*sample._replace(status=Status.RECEIVED, due_date=TODAY)),
        -2: Line(*sample._replace(status=Status.UNDER_REVIEW, due_date=TODAY.replace(day=30))),
        -3: Line(*sample._replace(status=Status.RECEIVED, due_date=TODAY.replace(day=2))),
    }
    early = FirstLinesModel(
        [*keys, *extra],
        {**lines, **extra},
        catalogue=context.catalogue,
        language=context.language,
        today=TODAY,
        soon=page.model._soon,
    )
    model = page.model
    model._keys.extend(extra)  # the same extra lines in the queue's own model
    model._cache.update({k: QueueRow(*line) for k, line in extra.items()})
    assert early.rowCount() == model.rowCount()
    assert early.columnCount() == len(COLUMNS) == len(TITLES)
    compared = 0
    for row in range(early.rowCount()):
        for column in range(early.columnCount()):
            for role in ROLES:
                assert early.index(row, column).data(role) == model.index(row, column).data(role)
                compared += 1
    assert compared
    for column in range(early.columnCount()):
        horizontal = Qt.Orientation.Horizontal
        assert early.headerData(column, horizontal) == model.headerData(column, horizontal)


def test_only_a_line_due_today_or_later_and_undecided_needs_the_calendar() -> None:
    base = Line("id", "N", "A B", "AZE", "S", Status.RECEIVED, None, None, "x", "synced")
    overdue = base._replace(due_date=TODAY - dt.timedelta(days=1))
    due_today = base._replace(due_date=TODAY)
    decided_later = base._replace(due_date=TODAY + dt.timedelta(days=2), status=Status.APPROVED)
    assert not needs_calendar([base, overdue, decided_later], TODAY)
    assert needs_calendar([overdue, due_today], TODAY)
