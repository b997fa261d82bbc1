"""`QueueDelegate`: the queue's cells painted exactly as Qt's own delegate paints them from
the model's roles, with one short call into the model a cell and no `multiData`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate
from pytestqt.qtbot import QtBot

from tests.gui.queue.pages import CountingModel, open_page
from workstation.gui.context import AppContext
from workstation.gui.queue.delegate import QueueDelegate
from workstation.gui.queue.model import COLUMNS, DUE_COLUMN
from workstation.gui.queue.page import QueuePage


def _all_fetched(qtbot: QtBot, page: QueuePage) -> None:
    model = page.model
    rows = model.rowCount()
    for row in range(rows):
        model.line(row)
    qtbot.waitUntil(lambda: all(model.line(r) is not None for r in range(rows)))


def _painted(page: QueuePage) -> QImage:
    return page.table.viewport().grab().toImage()


def _compare(page: QueuePage) -> None:
    assert isinstance(page.table.itemDelegate(), QueueDelegate)
    ours = _painted(page)
    page.table.setItemDelegate(QStyledItemDelegate(page.table))
    qts = _painted(page)
    assert ours.size() == qts.size()
    assert ours == qts


def test_the_queue_paints_as_qts_own_delegate(qtbot: QtBot, context: AppContext) -> None:
    """Texts, the due dates' colours and bold, alternate rows, a selection, lines not
    fetched yet ("…"): the same pixels."""
    page = open_page(qtbot, context, "received")
    _all_fetched(qtbot, page)
    model = page.model
    styled = [model.cell(r, DUE_COLUMN)[1] for r in range(model.rowCount())]
    assert any(s is not None for s in styled)  # some due dates are coloured
    assert any(s is None for s in styled)
    page.table.selectRow(1)
    model._cache.pop(model._keys[2])  # one line not fetched: "…"
    model._stale.clear()
    _compare(page)


def test_cell_answers_as_the_roles(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context, "received")
    _all_fetched(qtbot, page)
    model = page.model
    for row in range(model.rowCount()):
        for column in range(len(COLUMNS)):
            index = model.index(row, column)
            text, style = model.cell(row, column)
            assert text == index.data(Qt.ItemDataRole.DisplayRole)
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            font = index.data(Qt.ItemDataRole.FontRole)
            assert style == (None if colour is None else (colour, font))


def test_painting_asks_the_model_no_roles(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context, "decided")
    model = CountingModel(context)
    model.set_query(*page.model.query)
    qtbot.waitUntil(lambda: model.complete)
    page.table.setModel(model)
    page.table.setItemDelegate(QueueDelegate(model, page.table))
    _painted(page)  # the lines get fetched
    qtbot.waitUntil(lambda: context.runner.pending == 0)
    model.multi_calls = model.data_calls = 0
    _painted(page)
    assert model.multi_calls == 0
    assert model.data_calls == 0
