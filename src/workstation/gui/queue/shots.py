"""Gallery pictures of the queue page: filtered and sorted, and the request dialog."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.main_window.shots import settle
from workstation.gui.queue.definitions import BY_KEY
from workstation.gui.queue.page import QueuePage
from workstation.gui.queue.request_dialog import RequestDocumentsDialog

SIZE = (1280, 800)


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    page = QueuePage(ctx)
    page.resize(*SIZE)
    page.show()
    page.show_queue(BY_KEY["decided"])
    settle(ctx, lambda: page.model.complete)
    page.filters.status.setCurrentIndex(page.filters.status.findData(Status.APPROVED.value))
    settle(ctx, lambda: page.model.complete)
    page.grab()
    settle(ctx)
    page.table.selectRow(1)
    yield "queue_filtered", page
    page.show_queue(BY_KEY["received"])
    settle(ctx, lambda: page.model.complete)
    page.table.selectRow(0)
    page.table.selectRow(2)
    dialog = RequestDocumentsDialog(2, page)
    dialog.reason.setPlainText("Bank statement for the last 3 months; lease contract")
    yield "queue_request_documents", dialog
    dialog.close()
    page.close()
