"""`QueueModel` details the page tests do not reach: painting asks every role of a cell in
one call (`multiData`), and a refresh after a sync keeps what the officer looks at."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.gui.queue.pages import CountingModel, open_page
from workstation.gui.context import AppContext
from workstation.gui.queue import actions
from workstation.gui.queue.definitions import BY_KEY
from workstation.gui.queue.model import COLUMNS, ID_ROLE, QueueModel
from workstation.gui.queue.page import QueuePage
from workstation.store import SortKey

TODAY = dt.date(2026, 11, 27)

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.ToolTipRole,
    ID_ROLE,
)


def _page(qtbot: QtBot, context: AppContext, queue: str = "decided") -> QueuePage:
    return open_page(qtbot, context, queue)


def _one(model: QueueModel, row: int, column: int, role: int) -> object:
    wanted = QModelRoleData(int(role))
    model.index(row, column).multiData(QModelRoleDataSpan(wanted))
    return wanted.data()


def test_multidata_answers_as_data_for_every_role(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context, "received")
    model = page.model
    rows = model.rowCount()
    for row in range(rows):
        model.line(row)
    qtbot.waitUntil(lambda: all(model.line(r) is not None for r in range(rows)))
    compared = 0
    for row in range(rows):
        for column in range(len(COLUMNS)):
            for role in ROLES:
                assert _one(model, row, column, role) == model.index(row, column).data(role)
                compared += 1
    assert compared
    single = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    model.multiData(model.index(0, 1), single)  # one role, not a span: also answered
    assert single.data() == model.index(0, 1).data()
    coloured = [_one(model, r, 6, Qt.ItemDataRole.ForegroundRole) for r in range(rows)]
    assert any(c is not None for c in coloured)  # the style roles went through too


def test_a_line_not_fetched_yet_shows_an_ellipsis(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    model = page.model
    model._cache.clear()
    model._stale.clear()
    assert _one(model, 0, 0, Qt.ItemDataRole.DisplayRole) == "…"
    assert _one(model, 0, 1, Qt.ItemDataRole.DisplayRole) is None
    qtbot.waitUntil(lambda: model._cache.get(model._keys[0]) is not None)  # and is fetched


def test_painting_asks_once_a_cell(qtbot: QtBot, context: AppContext) -> None:
    model = CountingModel(context)
    queue = BY_KEY["decided"]
    model.set_query(queue.filter_for("officer"), queue.sort, queue.descending)
    qtbot.waitUntil(lambda: model.complete)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    model.data_calls = model.multi_calls = model.count_calls = 0
    table.viewport().grab()
    assert model.multi_calls > 0
    assert model.data_calls == 0  # not seven calls a cell, one each
    # the cells' indexes come from the model's own index(): not rowCount and columnCount
    # for each cell (two more calls into Python, each waiting for the GIL during a sync)
    assert model.count_calls < model.multi_calls / 4


def test_index_is_valid_only_inside_the_table(qtbot: QtBot, context: AppContext) -> None:
    model = _page(qtbot, context).model
    rows, columns = model.rowCount(), model.columnCount()
    assert rows > 0
    inside = model.index(rows - 1, columns - 1)
    assert inside.isValid()
    assert (inside.row(), inside.column(), inside.model()) == (rows - 1, columns - 1, model)
    assert model.index(rows - 1, columns - 1, inside.parent()).isValid()
    for row, column in ((rows, 0), (-1, 0), (0, columns), (0, -1)):
        assert not model.index(row, column).isValid()
    assert not model.index(0, 0, inside).isValid()  # a table: no cell has children
    assert inside.sibling(0, 1) == model.index(0, 1)


def _fetched(qtbot: QtBot, model: QueueModel, rows: range) -> None:
    for row in rows:
        model.line(row)
    qtbot.waitUntil(lambda: all(model._cache.get(model._keys[r]) for r in rows))


def test_a_refresh_that_moves_lines_keeps_the_selection_and_the_scroll(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _page(qtbot, context, "received")
    page.resize(1280, 300)  # a few lines a screen: the queue scrolls
    model, table = page.model, page.table
    total = model.rowCount()
    assert total > 12
    _fetched(qtbot, model, range(total))
    table.selectRow(8)
    chosen = model.application_id(8)
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with context.store.read() as repos:
        template = repos.applications.get(chosen)  # type: ignore[arg-type]
    earliest = dataclasses.replace(
        template,
        id="01900000-0000-7000-8000-00000000fe01",
        number=template.number + "9",
        due_date=TODAY - dt.timedelta(days=400),  # first in the queue's order
        history=(),
    )
    with context.store.unit_of_work(context.actor) as uow:
        uow.add_application(earliest)
    context.events.data_changed.emit()
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == total + 1)
    assert not resets  # the view was not reset: same scroll, selection kept
    assert bar.value() == scrolled
    selected = [i.row() for i in table.selectionModel().selectedRows()]
    assert selected == [9]  # the same application, one line further down
    _fetched(qtbot, model, range(10))
    assert model.application_id(9) == chosen
    assert model.application_id(0) == earliest.id


def test_a_refresh_with_the_same_lines_shows_their_new_values(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _page(qtbot, context, "received")
    model = page.model
    _fetched(qtbot, model, range(3))
    layouts: list[bool] = []
    model.modelReset.connect(lambda: layouts.append(True))
    model.layoutChanged.connect(lambda: layouts.append(True))
    keys = model.keys_at([0, 1])
    assignee_column = next(i for i, c in enumerate(COLUMNS) if c.sort == SortKey.ASSIGNEE)
    before = model.index(0, assignee_column).data()
    assert before != "officer"
    actions.assign_to_me(context.store, context.actor, keys)
    context.events.data_changed.emit()
    qtbot.waitUntil(lambda: model.index(0, assignee_column).data() == "officer")
    assert model.index(1, assignee_column).data() == "officer"
    assert not layouts  # same lines, same order: only their values changed


def test_a_reused_span_keeps_no_answer_of_another_cell(qtbot: QtBot, context: AppContext) -> None:
    """A delegate may ask with the same span for cell after cell: a role the model does not
    answer for this cell is cleared, not left holding the last cell's value (every line of
    "My work" was painted red and bold when an overdue date came first)."""
    page = _page(qtbot, context, "received")
    model = page.model
    rows = model.rowCount()
    for row in range(rows):
        model.line(row)
    qtbot.waitUntil(lambda: all(model.line(r) is not None for r in range(rows)))
    overdue = next(r for r in range(rows) if model.index(r, 6).data(Qt.ItemDataRole.ForegroundRole))
    colour = QModelRoleData(int(Qt.ItemDataRole.ForegroundRole))
    span = QModelRoleDataSpan(colour)
    model.multiData(model.index(overdue, 6), span)
    assert colour.data() is not None
    model.multiData(model.index(overdue, 1), span)  # the applicant's name: no colour
    assert colour.data() is None


def test_the_whole_order_is_read_only_once_the_first_lines_are_in(
    qtbot: QtBot, context: AppContext, monkeypatch: object
) -> None:
    """A new query reads its first lines alone: the whole order (up to a million keys)
    read beside them took the GIL and a core from the lines the officer waits for, and
    could come first, leaving "…" lines to be painted."""
    model = QueueModel(context)
    asked: list[tuple[str, bool, bool]] = []
    read = context.runner.read

    def watching(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append((kwargs.get("label", ""), model.lines_in, model.line(0) is not None))
        return read(fn, *args, **kwargs)

    monkeypatch.setattr(context.runner, "read", watching)  # type: ignore[attr-defined]
    queue = BY_KEY["decided"]
    model.set_query(queue.filter_for("officer"), queue.sort, queue.descending)
    qtbot.waitUntil(lambda: model.complete)
    assert [label for label, _in, _line in asked[:2]] == ["queue: first lines", "queue: order"]
    assert asked[0][1:] == (False, False)
    assert asked[1][1:] == (True, True)  # the first lines were in, with their values
    assert model.rowCount() > 0
    asked.clear()
    model.refresh()  # data changed: the same query again, only its order
    qtbot.waitUntil(lambda: bool(asked) and model.complete)
    assert [label for label, _in, _line in asked] == ["queue: order"]
