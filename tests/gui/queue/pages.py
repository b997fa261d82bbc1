"""A queue page on screen with one queue's whole order loaded, and a queue model that counts
the calls into it (shared by the queue tests)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from workstation.gui.context import AppContext
from workstation.gui.queue.definitions import BY_KEY
from workstation.gui.queue.model import QueueModel
from workstation.gui.queue.page import QueuePage


def open_page(qtbot: QtBot, context: AppContext, queue: str) -> QueuePage:
    page = QueuePage(context)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.show_queue(BY_KEY[queue])
    qtbot.waitUntil(lambda: page.model.complete)
    return page


class CountingModel(QueueModel):
    """A queue model that counts the calls a view makes into it."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data_calls = 0
        self.multi_calls = 0
        self.count_calls = 0

    def rowCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008, N802
        self.count_calls += 1
        return super().rowCount(parent)

    def columnCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008, N802
        self.count_calls += 1
        return super().columnCount(parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.data_calls += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan):  # type: ignore[no-untyped-def]  # noqa: N802, N803
        self.multi_calls += 1
        super().multiData(index, roleDataSpan)
