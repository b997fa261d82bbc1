"""Read-only table models of the dashboard: lines of tallies, and services × statuses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workstation.domain.model import Status
from workstation.domain.stats import Tally
from workstation.gui import formats
from workstation.gui.queue.labels import status_text
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COLUMNS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Dashboard", "Received"),
    "decided": QT_TRANSLATE_NOOP("Dashboard", "Decided"),
    "printed": QT_TRANSLATE_NOOP("Dashboard", "Printed"),
    "issued": QT_TRANSLATE_NOOP("Dashboard", "Issued"),
    "open": QT_TRANSLATE_NOOP("Dashboard", "Open"),
    "overdue": QT_TRANSLATE_NOOP("Dashboard", "Overdue"),
    "due_soon": QT_TRANSLATE_NOOP("Dashboard", "Due soon"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class TallyModel(QAbstractTableModel):
    """One line per key (a service, an officer, a center), then a total line."""

    def __init__(self, first: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.first = first
        self.lines: list[tuple[str, Tally]] = []

    def set_lines(self, lines: Sequence[tuple[str, Tally]], total: Tally | None) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        if total is not None and self.lines:
            self.lines.append((QCoreApplication.translate("Dashboard", "Total"), total))
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.first if section == 0 else tr(list(COLUMNS.values())[section - 1])

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid():
            return None
        name, tally = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                name
                if column == 0
                else formats.number_text(getattr(tally, list(COLUMNS)[column - 1]))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and index.row() == len(self.lines) - 1
            and len(self.lines) > 1
        ):
            from PySide6.QtGui import QFont  # noqa: PLC0415

            font = QFont()
            font.setBold(True)
            return font
        return None


class StatusModel(QAbstractTableModel):
    """Applications per service (lines) and current status (columns)."""

    STATUSES = tuple(Status)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.lines: list[tuple[str, dict[Status, int]]] = []

    def set_lines(self, lines: Sequence[tuple[str, dict[Status, int]]]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2 + len(self.STATUSES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("Dashboard", "Service")
        if section == len(self.STATUSES) + 1:
            return QCoreApplication.translate("Dashboard", "Total")
        return status_text(self.STATUSES[section - 1])

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid():
            return None
        name, counts = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name
            if column == len(self.STATUSES) + 1:
                return f"{sum(counts.values()):,}"
            return f"{counts.get(self.STATUSES[column - 1], 0):,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
