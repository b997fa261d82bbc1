"""A queue page on screen with one queue's whole order loaded (shared by the queue tests)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workstation.gui.context import AppContext
from workstation.gui.queue.definitions import BY_KEY
from workstation.gui.queue.page import QueuePage


def open_page(qtbot: QtBot, context: AppContext, queue: str) -> QueuePage:
    page = QueuePage(context)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.show_queue(BY_KEY[queue])
    qtbot.waitUntil(lambda: page.model.complete)
    return page
