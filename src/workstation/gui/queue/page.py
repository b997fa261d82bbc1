"""`QueuePage`: one queue (or search results) in a table, with filters and actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.gui.queue import actions
from workstation.gui.queue.definitions import QueueDef
from workstation.gui.queue.delegate import QueueDelegate
from workstation.gui.queue.filters import FilterBar
from workstation.gui.queue.model import COLUMNS, QueueModel
from workstation.gui.queue.request_dialog import RequestDocumentsDialog
from workstation.store import QueueFilter, SortKey

_WIDTHS = (148, 170, 80, 175, 115, 86, 86, 100, 80)
_BASE_FONT_HEIGHT = 14  # the widths above fit text of this height (the default 9 pt)


class QueuePage(QWidget):
    """Shows a queue; double-click or Enter opens an application (events.open_application).
    ``action_done(text)`` reports what a multi-select action did."""

    action_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("queue_page")
        self._base = QueueFilter()
        self._title = ""
        self.model = QueueModel(ctx, self)

        self.heading = QLabel(self)
        self.heading.setObjectName("queue_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.filters = FilterBar(ctx, self)
        self.filters.changed.connect(self._requery)

        self.assign_button = QPushButton(self.tr("&Assign to me"), self)
        self.assign_button.setObjectName("assign_to_me")
        self.assign_button.clicked.connect(self.assign_to_me)
        self.request_button = QPushButton(self.tr("Request &documents…"), self)
        self.request_button.setObjectName("request_documents")
        self.request_button.clicked.connect(self.ask_request_documents)
        self.print_button = QPushButton(self.tr("Print &cards…"), self)
        self.print_button.setObjectName("print_cards")
        self.print_button.setToolTip(self.tr("One print preview of the selected applications"))
        self.print_button.clicked.connect(self.print_cards)

        self.table = QTableView(self)
        self.table.setObjectName("queue_table")
        self.table.setAccessibleName(self.tr("Applications"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(QueueDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        scale = max(1.0, self.fontMetrics().height() / _BASE_FONT_HEIGHT)  # large fonts
        for column, width in enumerate(_WIDTHS):
            self.table.setColumnWidth(column, round(width * scale))
        self.table.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self)
        self.empty.setObjectName("queue_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555555; padding: 40px;")
        self.empty.hide()
        self.status = QLabel(self)
        self.status.setObjectName("queue_status")
        self.model.first_rows.connect(self._update_status)
        # the assignee filter's names (a scan of every application) once the first lines
        # show, not in their way
        self._assignees_due = False
        self.model.first_rows.connect(self._load_assignees_due)
        self.model.failed.connect(self._load_assignees_due)
        self.model.loaded.connect(self._update_status)
        self.model.loaded.connect(self._update_buttons)
        self.model.failed.connect(
            lambda text: self.status.setText(self.tr("Error: %1").replace("%1", text))
        )

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.assign_button)
        top.addWidget(self.request_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        self._update_buttons()
        ctx.events.data_changed.connect(self.model.refresh)

    # -- what is shown -------------------------------------------------------------

    def show_queue(self, queue: QueueDef) -> None:
        self._show(
            queue.display_title(), queue.filter_for(self._username()), queue.sort, queue.descending
        )

    def show_search(self, text: str) -> None:
        title = self.tr("Search: %1").replace("%1", text)
        self._show(title, QueueFilter(search=text), SortKey.RECEIVED_AT, True)

    def _show(self, title: str, base: QueueFilter, sort: SortKey, descending: bool) -> None:
        self._title, self._base = title, base
        self.heading.setText(title)
        self.filters.reset()
        self._set_indicator(sort, descending)
        self._assignees_due = True
        self.model.set_query(self._current_filter(), sort, descending)

    def _username(self) -> str:
        return self.ctx.session.username if self.ctx.session else ""

    def _current_filter(self) -> QueueFilter:
        return self.filters.narrow(self._base, self._username())

    def _requery(self) -> None:
        _flt, sort, descending = self.model.query
        self.model.set_query(self._current_filter(), sort, descending)

    def _set_indicator(self, sort: SortKey, descending: bool) -> None:
        column = next(i for i, c in enumerate(COLUMNS) if c.sort == sort)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:  # not sortable: put the indicator back
            _flt, sort, descending = self.model.query
            self._set_indicator(sort, descending)
            return
        self.model.sort(column, order)

    def _load_assignees_due(self) -> None:
        if self._assignees_due:
            self._assignees_due = False
            self._load_assignees()

    def _load_assignees(self) -> None:
        store = self.ctx.store

        def names() -> list[str]:
            with store.read() as repos:
                return list(repos.queue.counts_by_assignee())

        self.ctx.runner.read(names, done=self.filters.add_assignees, owner=self, label="assignees")

    def _update_status(self) -> None:
        count = self.model.rowCount()
        empty = self.model.complete and count == 0
        if empty:
            flt = self.model.query[0]
            if flt.search:
                text = self.tr("No application matches “%1”.").replace("%1", flt.search)
            else:
                text = self.tr("No applications here.")
            if self._filtered():
                text += " " + self.tr("Some filters are set: clear them to see more.")
            self.empty.setText(text)
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if self.model.complete:
            text = self.tr("%Ln application(s)", None, count)
        else:
            text = self.tr("Loading…")
        self.status.setText(text)

    def _filtered(self) -> bool:
        bar = self.filters
        return any(c.currentIndex() > 0 for c in (bar.service, bar.status, bar.assignee)) or (
            bar.narrow(QueueFilter(), "") != QueueFilter()
        )

    # -- opening -------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        app_id = self.model.application_id(index.row())
        if app_id:
            self.ctx.events.open_application.emit(app_id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    # -- actions -------------------------------------------------------------------

    def selected_keys(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return self.model.keys_at(rows)

    def _update_buttons(self) -> None:
        selected = (
            self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        )
        logged_in = self.ctx.session is not None
        for button in (self.assign_button, self.request_button, self.print_button):
            button.setEnabled(selected and logged_in)

    def _too_many(self, keys: list[int]) -> bool:
        if len(keys) <= actions.MAX_SELECTED:
            return False
        QMessageBox.information(
            self,
            self.tr("Too many applications"),
            self.tr("Select at most %1 applications for this action.").replace(
                "%1", str(actions.MAX_SELECTED)
            ),
        )
        return True

    def assign_to_me(self) -> None:
        keys = self.selected_keys()
        if not keys or self._too_many(keys) or self.ctx.session is None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        self._run(lambda: actions.assign_to_me(store, actor, keys), self.tr("Assigned to you"))

    def ask_request_documents(self) -> RequestDocumentsDialog | None:
        keys = self.selected_keys()
        if not keys or self._too_many(keys) or self.ctx.session is None:
            return None
        dialog = RequestDocumentsDialog(len(keys), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.request_documents(keys, dialog.text()))
        dialog.open()
        return dialog

    def request_documents(self, keys: list[int], reason: str) -> None:
        session = self.ctx.session
        if session is None or not reason:
            return
        store, actor, role, language = (
            self.ctx.store,
            self.ctx.actor,
            session.role,
            self.ctx.language,
        )
        self._run(
            lambda: actions.request_documents(store, actor, role, keys, reason, language=language),
            self.tr("Documents requested"),
        )

    def print_cards(self) -> None:
        """Batch printing of the selection (gui/printing; imported here, it imports us)."""
        from workstation.gui.printing.window_actions import print_selection  # noqa: PLC0415

        if self.ctx.session is not None:
            print_selection(self.ctx, self.selected_keys(), self)

    def _run(self, work: Callable[[], actions.Outcome], verb: str) -> None:
        for button in (self.assign_button, self.request_button):
            button.setEnabled(False)
        self.ctx.runner.write(
            work,
            done=lambda outcome: self._action_done(verb, outcome),
            failed=self._action_failed,
            owner=self,
            label="queue action",
        )

    def _action_done(self, verb: str, outcome: actions.Outcome) -> None:
        self._update_buttons()
        text = f"{verb}: {len(outcome.changed)}"
        if outcome.refused:
            text += " · " + self.tr("not possible for %1").replace("%1", str(len(outcome.refused)))
            details = "\n".join(f"{number}: {why}" for number, why in outcome.refused[:20])
            QMessageBox.warning(self, verb, details)
        self.status.setText(text)
        self.action_done.emit(text)
        self.ctx.events.status_message.emit(text)
        if outcome.changed:
            self.ctx.events.data_changed.emit()

    def _action_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        QMessageBox.critical(self, self.tr("Not saved"), str(exc))
