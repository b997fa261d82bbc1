"""What a queue line shows in each cell (text, due-date colour and font, tooltips): shared
by the queue's model (`QueueModel`) and the start-up's first lines (`FirstLinesModel`,
painted before the store is open). Imports neither the store nor SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from workstation.domain.model import Status
from workstation.gui import formats
from workstation.gui.queue.labels import status_text, sync_text
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workstation.domain.catalogue import Catalogue
    from workstation.firstlines import Line
    from workstation.store import QueueRow

    AnyLine = QueueRow | Line

UNDECIDED = frozenset({Status.RECEIVED, Status.AWAITING_DOCUMENTS, Status.UNDER_REVIEW})
SOON_WORKING_DAYS = 3
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)

Index = QModelIndex | QPersistentModelIndex

TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QueueModel", "Number"),
    QT_TRANSLATE_NOOP("QueueModel", "Applicant"),
    QT_TRANSLATE_NOOP("QueueModel", "Citizenship"),
    QT_TRANSLATE_NOOP("QueueModel", "Service"),
    QT_TRANSLATE_NOOP("QueueModel", "Status"),
    QT_TRANSLATE_NOOP("QueueModel", "Received"),
    QT_TRANSLATE_NOOP("QueueModel", "Due date"),
    QT_TRANSLATE_NOOP("QueueModel", "Assignee"),
    QT_TRANSLATE_NOOP("QueueModel", "Sync"),
)
WIDTHS = (148, 170, 80, 175, 115, 86, 86, 100, 80)  # for text of `BASE_FONT_HEIGHT`
BASE_FONT_HEIGHT = 14  # the widths above fit text of this height (the default 9 pt)
RECEIVED_COLUMN = 5
DUE_COLUMN = 6
OVERDUE = QColor("#b71c1c")
DUE_SOON = QColor("#a15c00")


def needs_calendar(lines: list[AnyLine], today: dt.date) -> bool:
    """Whether the due-date colour of one of `lines` depends on the working days (due
    today or later, undecided): only "due soon" does; "overdue" needs no calendar."""
    return any(
        line.due_date is not None and line.due_date >= today and line.status in UNDECIDED
        for line in lines
    )


class LineCells:
    """The cells of queue lines, for a table model that mixes this in before
    `QAbstractTableModel` and sets ``_today``, ``_soon`` (the last day of "due soon";
    None only while no line is due today or later) and ``_bold``, and answers `line`,
    `catalogue` and `language`."""

    _today: dt.date
    _soon: dt.date | None
    _bold: QFont

    def line(self, row: int) -> AnyLine | None:
        raise NotImplementedError

    def catalogue(self) -> Catalogue:
        raise NotImplementedError

    def language(self) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        return self._value(self.line(index.row()), index.column(), role)

    def multiData(  # noqa: N802
        self,
        index: Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        """Every role a delegate asks for a cell in one call (Qt 6 item views paint through
        this): one Python call a cell instead of seven. While painting, the GUI thread
        takes the GIL again for each call into Python, and waits for it each time a worker
        holds it (a sync writing, lines being fetched)."""
        if not index.isValid():
            return
        found = self.line(index.row())
        column = index.column()
        span: Any = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        for k in range(len(span)):
            wanted = span[k]
            value = self._value(found, column, wanted.role())
            if value is None:  # the span's roles may hold another cell's answers
                wanted.clearData()
            else:
                wanted.setData(value)

    def _value(self, found: AnyLine | None, column: int, role: int) -> object:
        if found is None or not found.id:  # not fetched yet, or gone (no id)
            if role == DISPLAY and column == 0:
                return "…"
            return None
        if role == DISPLAY:
            return self._text(found, column)
        if role == ID_ROLE:
            return found.id
        if role == TOOLTIP and column == RECEIVED_COLUMN:
            return formats.datetime_text(found.received_at, "")
        if column == DUE_COLUMN:
            return self._due_style(found, role)
        return None

    def _text(self, line: AnyLine, column: int) -> str:
        if column == 0:
            return line.number or QCoreApplication.translate("QueueModel", "(draft)")
        if column == 1:
            return line.applicant_name
        if column == 2:
            return line.citizenship
        if column == 3:
            return self._service_name(line.service_code)
        if column == 4:
            return status_text(line.status)
        if column == 5:
            return formats.date_text(line.received_at and _local(line.received_at).date(), "")
        if column == 6:
            return formats.date_text(line.due_date, "")
        if column == 7:
            return line.assignee
        return sync_text(line.sync_state)

    def _service_name(self, code: str) -> str:
        try:
            return self.catalogue().service(code).name.text(self.language())  # type: ignore[arg-type]
        except KeyError:
            return code

    def _urgency(self, line: AnyLine) -> str:
        if line.due_date is None or line.status not in UNDECIDED:  # the deadline is met
            return ""
        if line.due_date < self._today:
            return "overdue"
        soon = self._soon
        if soon is not None and line.due_date <= soon:
            return "soon"
        return ""

    def _due_style(self, line: AnyLine, role: int) -> object:
        urgency = self._urgency(line)
        if not urgency:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if urgency == "overdue" else DUE_SOON
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if urgency == "overdue":
                return QCoreApplication.translate("QueueModel", "Overdue: the deadline passed")
            return QCoreApplication.translate("QueueModel", "Due within 3 working days")
        return None


def header_text(section: int) -> str:
    return QCoreApplication.translate("QueueModel", TITLES[section])


class FirstLinesModel(LineCells, QAbstractTableModel):
    """The first lines of the opening queue, read before the store is open
    (`workstation.firstlines`), for the window's loading page: read-only, all fetched."""

    def __init__(
        self,
        keys: list[int],
        lines: dict[int, Line],
        *,
        catalogue: Catalogue,
        language: str,
        today: dt.date,
        soon: dt.date | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys = keys
        self._lines = lines
        self._catalogue = catalogue
        self._language = language
        self._today = today
        self._soon = soon
        self._bold = QFont()
        self._bold.setBold(True)

    def line(self, row: int) -> Line | None:
        if not 0 <= row < len(self._keys):
            return None
        return self._lines.get(self._keys[row])

    def catalogue(self) -> Catalogue:
        return self._catalogue

    def language(self) -> str:
        return self._language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TITLES)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        return None


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value
