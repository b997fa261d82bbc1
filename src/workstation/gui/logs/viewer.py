"""Help → Log files…: the tail of the current log in a table model, filtered by level
and area (a small in-memory list: a proxy model is fine here), read off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.runtime import logs
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("LogViewer", "Time"),
    QT_TRANSLATE_NOOP("LogViewer", "Level"),
    QT_TRANSLATE_NOOP("LogViewer", "Area"),
    QT_TRANSLATE_NOOP("LogViewer", "Message"),
)
_COLOURS = {"WARNING": QColor("#8a5a00"), "ERROR": QColor("#b3261e"), "CRITICAL": QColor("#b3261e")}


class LogModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[logs.LogLine] = []

    def set_lines(self, lines: list[logs.LogLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = (line.when, line.level, line.area, line.message)[index.column()]
            return value.split("\n", 1)[0] if index.column() == 3 else value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return line.message
        if role == Qt.ItemDataRole.ForegroundRole:
            return _COLOURS.get(line.level)
        if role == Qt.ItemDataRole.UserRole:
            return line
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LogViewer", HEADERS[section])
        return None


class LevelAreaFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = 0
        self.area = ""

    def set_filter(self, minimum: int, area: str) -> None:
        self.minimum, self.area = minimum, area
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        line = model.data(model.index(row, 0, parent), Qt.ItemDataRole.UserRole)
        if not isinstance(line, logs.LogLine):
            return False
        return line.severity >= self.minimum and (not self.area or line.area == self.area)


class LogViewer(QDialog):
    """``loaded`` state: `model.lines` filled after each read."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = ctx.store.datadir.logs / logs.LOG_NAME
        self.setObjectName("log_viewer")
        self.setWindowTitle(self.tr("Log files"))
        self.resize(960, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        level_label = QLabel(self.tr("&Level:"), self)
        self.level = QComboBox(self)
        for name, value in (
            (self.tr("Everything"), 0),
            (self.tr("Information and above"), 20),
            (self.tr("Warnings and errors"), 30),
            (self.tr("Errors only"), 40),
        ):
            self.level.addItem(name, value)
        level_label.setBuddy(self.level)
        area_label = QLabel(self.tr("&Area:"), self)
        self.area = QComboBox(self)
        self.area.addItem(self.tr("All areas"), "")
        for area in logs.AREAS:
            self.area.addItem(area, area)
        area_label.setBuddy(self.area)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        for widget in (level_label, self.level, area_label, self.area):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.model = LogModel(self)
        self.filtered = LevelAreaFilter(self)
        self.filtered.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.filtered)
        self.table.setAccessibleName(self.tr("Log lines"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.level.currentIndexChanged.connect(self._filter)
        self.area.currentIndexChanged.connect(self._filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.level.setCurrentIndex(1)
        self.refresh()

    def refresh(self) -> None:
        path = self.path
        self.ctx.runner.read(
            lambda: logs.parse(logs.read_tail(path)),
            done=self._loaded,
            owner=self,
            label="read the log",
        )

    def _loaded(self, lines: list[logs.LogLine]) -> None:
        self.model.set_lines(lines)
        self._filter()
        self.table.scrollToBottom()

    def _filter(self) -> None:
        self.filtered.set_filter(int(self.level.currentData() or 0), str(self.area.currentData()))
        shown, total = self.filtered.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %2 lines of %3")
            .replace("%1", str(shown))
            .replace("%2", str(total))
            .replace("%3", str(self.path))
        )
