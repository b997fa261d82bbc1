"""`JournalDialog(ctx)`: the print journal — every print, reprint, spoiled card and
hand-over (who, when, workstation, card number, copies, reason, approving supervisor),
newest first, filtered by day and card number in SQL off the GUI thread. Enter or a
double-click opens the application."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.model import PrintEvent
from workstation.gui.context import AppContext
from workstation.gui.detail.forms import load_form, part
from workstation.runtime.i18n import QT_TRANSLATE_NOOP
from workstation.store.print_journal import DEFAULT_LIMIT, JournalFilter, JournalLine, lines

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintJournal", text)


EVENTS = {
    PrintEvent.PRINT: QT_TRANSLATE_NOOP("PrintJournal", "Printed"),
    PrintEvent.REPRINT: QT_TRANSLATE_NOOP("PrintJournal", "Reprinted"),
    PrintEvent.SPOILED: QT_TRANSLATE_NOOP("PrintJournal", "Spoiled"),
    PrintEvent.ISSUED: QT_TRANSLATE_NOOP("PrintJournal", "Handed over"),
}
_EVENT_COLOURS = {PrintEvent.SPOILED: "#b3261e", PrintEvent.REPRINT: "#8a5a00"}
HEADERS = (
    QT_TRANSLATE_NOOP("PrintJournal", "When"),
    QT_TRANSLATE_NOOP("PrintJournal", "Event"),
    QT_TRANSLATE_NOOP("PrintJournal", "Card number"),
    QT_TRANSLATE_NOOP("PrintJournal", "Application"),
    QT_TRANSLATE_NOOP("PrintJournal", "Holder"),
    QT_TRANSLATE_NOOP("PrintJournal", "By"),
    QT_TRANSLATE_NOOP("PrintJournal", "Workstation"),
    QT_TRANSLATE_NOOP("PrintJournal", "Copies"),
    QT_TRANSLATE_NOOP("PrintJournal", "Reason / approved by"),
)
_WIDTHS = (128, 96, 118, 150, 190, 80, 100, 56)


def _cell(line: JournalLine, column: int) -> str:
    local = line.at.astimezone()
    values = (
        f"{local:%d.%m.%Y %H:%M}",
        tr(EVENTS[line.event]),
        line.card_number,
        line.application_number,
        line.holder,
        line.by,
        line.workstation_id,
        str(line.copies) if line.event in (PrintEvent.PRINT, PrintEvent.REPRINT) else "",
        line.reason
        + (
            (" · " if line.reason else "")
            + QCoreApplication.translate("PrintJournal", "approved by %1").replace(
                "%1", line.approved_by
            )
            if line.approved_by
            else ""
        ),
    )
    return values[column]


class JournalModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[JournalLine] = []

    def set_lines(self, lines_: list[JournalLine]) -> None:
        self.beginResetModel()
        self.lines = lines_
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(line, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            colour = _EVENT_COLOURS.get(line.event)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 7:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None


class JournalDialog(QDialog):
    """``loaded`` after each query has been shown."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("printJournalDialog")
        self.setWindowTitle(QCoreApplication.translate("PrintJournal", "Print journal"))
        self.form = load_form("print_journal.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.form)
        inner = self.form.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        today = max(ctx.today(), ctx.store.clock().date())  # entries carry the store's clock
        self.since = part(self.form, QDateEdit, "sinceEdit")
        self.until = part(self.form, QDateEdit, "untilEdit")
        start = today - dt.timedelta(days=30)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.until.setDate(QDate(today.year, today.month, today.day))
        self.number = part(self.form, QLineEdit, "numberEdit")
        self.count = part(self.form, QLabel, "countLabel")
        for widget, name in (
            (self.since, QCoreApplication.translate("PrintJournal", "From day")),
            (self.until, QCoreApplication.translate("PrintJournal", "To day")),
            (self.number, QCoreApplication.translate("PrintJournal", "Card number")),
        ):
            widget.setAccessibleName(name)
        self.model = JournalModel(self)
        self.table = part(self.form, QTableView, "table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            QCoreApplication.translate("PrintJournal", "Print journal entries")
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.open_row(self.table.currentIndex().row()))
        buttons = part(self.form, QDialogButtonBox, "buttons")
        buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.query)
        self.since.dateChanged.connect(lambda _d: self.query())
        self.until.dateChanged.connect(lambda _d: self.query())
        self.number.textChanged.connect(lambda _t: self._timer.start())
        self._generation = 0
        self.resize(1180, 560)
        self.query()

    def journal_filter(self) -> JournalFilter:
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        assert isinstance(since, dt.date)
        assert isinstance(until, dt.date)
        return JournalFilter(since=since, until=until, card_number=self.number.text())

    def query(self) -> None:
        self._generation += 1
        generation, store, flt = self._generation, self.ctx.store, self.journal_filter()

        def read() -> list[JournalLine]:
            with store.read() as repos:
                return lines(repos.session, flt)

        self.count.setText(QCoreApplication.translate("PrintJournal", "Loading…"))
        self.ctx.runner.read(
            read,
            done=lambda found: self._show(generation, found),
            failed=lambda exc: self.count.setText(
                QCoreApplication.translate("PrintJournal", "Error: %1").replace("%1", str(exc))
            ),
            owner=self,
            label="print.journal",
        )

    def _show(self, generation: int, found: list[JournalLine]) -> None:
        if generation != self._generation:
            return
        self.model.set_lines(found)
        if len(found) >= DEFAULT_LIMIT:
            text = QCoreApplication.translate(
                "PrintJournal", "The newest %1 entries: narrow the filter to see older ones."
            )
            self.count.setText(text.replace("%1", str(DEFAULT_LIMIT)))
        else:
            self.count.setText(
                QCoreApplication.translate("PrintJournal", "%1 entries").replace(
                    "%1", str(len(found))
                )
            )
        self.loaded.emit()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.lines):
            self.ctx.events.open_application.emit(self.model.lines[row].application_id)
