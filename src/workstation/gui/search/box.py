"""`SearchBox`: type to search (folded, so ``mammadov`` finds ``Məmmədov``); the best
matches drop down below the box; choosing one opens it, Enter alone shows every match
as a queue (``show_all(text)``). Queries run on a reader thread after a short pause in
typing; an answer to an older query is dropped."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from workstation.gui import formats
from workstation.gui.context import AppContext
from workstation.gui.queue.labels import status_text
from workstation.store import QueueRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN = 12
DELAY_MS = 180


class SearchBox(QLineEdit):
    show_all = Signal(str)
    results_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("global_search")
        self.setAccessibleName(self.tr("Search applications"))
        self.setPlaceholderText(self.tr("Search: name, passport, FIN/PIN, number (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.setMaximumWidth(460)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(QUERY_ROLE)
        self.completer_.setMaxVisibleItems(SHOWN)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._enter)

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.text()
        if not text.strip():
            self.results.clear()
            self._popup().hide()
            return
        store = self.ctx.store

        def find() -> list[QueueRow]:
            with store.read() as repos:
                return repos.queue.search(text, limit=SHOWN)

        self.ctx.runner.read(
            find,
            done=lambda rows: self._show(generation, text, rows),
            owner=self,
            label="search",
        )

    def _show(self, generation: int, text: str, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            when = formats.date_text(row.received_at.date() if row.received_at else None, "")
            label = " · ".join(
                p
                for p in (
                    row.number or self.tr("draft"),
                    row.applicant_name,
                    row.citizenship,
                    status_text(row.status),
                    when,
                )
                if p
            )
            item = QStandardItem(label)
            item.setData(row.id, ID_ROLE)
            item.setData(text, QUERY_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if not rows:
            item = QStandardItem(self.tr("No application matches “%1”").replace("%1", text))
            item.setData(text, QUERY_ROLE)
            item.setEnabled(False)
            self.results.appendRow(item)
        if self.hasFocus() or self.isVisible():
            self.completer_.complete()
        self.results_shown.emit(len(rows))

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a completer always has its popup
        return popup

    def _chosen(self, index: QModelIndex) -> None:
        app_id = index.data(ID_ROLE)
        if app_id:
            self.ctx.events.open_application.emit(app_id)

    def _enter(self) -> None:
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's activated() opens it
        text = self.text().strip()
        if text:
            popup.hide()
            self.show_all.emit(text)
