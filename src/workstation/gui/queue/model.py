"""`QueueModel`: the lines of a queue, fetched lazily from the store (Anki's browser).

The model holds the queue's order as a compact array of row keys (`QueueRepository.keys`,
8 bytes a line: 8 MB for a million) and fetches the lines the view paints in chunks
(`rows_for`) through ``ctx.runner.read``. A new query first shows its first chunk (one
small query), then the whole key list arrives and the remaining lines are inserted.
Every query carries a generation number: an answer to an older query is dropped.
Nothing here touches the database on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from workstation.domain.calendar import add_working_days
from workstation.domain.model import Status
from workstation.gui import formats
from workstation.gui.context import AppContext
from workstation.gui.queue.labels import status_text, sync_text
from workstation.runtime.i18n import QT_TRANSLATE_NOOP
from workstation.store import QueueFilter, QueueRow, SortKey

CHUNK = 50  # lines fetched at once while scrolling: about two screens
FIRST_LINES = 200  # the first lines of a new query, in one small query
UNDECIDED = frozenset({Status.RECEIVED, Status.AWAITING_DOCUMENTS, Status.UNDER_REVIEW})
MAX_CACHED = 20_000
MAX_WANTED_CHUNKS = 4
REFRESH_DELAY_MS = 150  # a burst of data_changed (a sync, a bulk action): one query
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    sort: SortKey | None


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("QueueModel", "Number"), SortKey.NUMBER),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Applicant"), SortKey.APPLICANT),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Citizenship"), SortKey.CITIZENSHIP),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Service"), SortKey.SERVICE),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Status"), SortKey.STATUS),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Received"), SortKey.RECEIVED_AT),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Due date"), SortKey.DUE_DATE),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Assignee"), SortKey.ASSIGNEE),
    Column(QT_TRANSLATE_NOOP("QueueModel", "Sync"), None),
)
RECEIVED_COLUMN = 5
DUE_COLUMN = 6
OVERDUE = QColor("#b71c1c")
DUE_SOON = QColor("#a15c00")


class QueueModel(QAbstractTableModel):
    """Emits ``first_rows`` when the first lines of a new query are shown, ``loaded`` when
    the whole order is known (``rowCount`` is then exact), ``failed(text)`` on errors."""

    first_rows = Signal()
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = QueueFilter()
        self._sort = SortKey.DUE_DATE
        self._descending = False
        self._keys: array[int] = array("q")
        self._cache: dict[int, QueueRow] = {}
        self._stale: dict[int, QueueRow] = {}
        self._generation = 0
        self._wanted: dict[int, None] = {}
        self._fetching = False
        self._complete = False
        self._first_generation = -1  # no query answered yet
        self._today = ctx.today()
        self._soon = add_working_days(self._today, 3)
        self._bold = QFont()
        self._bold.setBold(True)
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)
        self._dispatch.timeout.connect(self._fetch_wanted)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_DELAY_MS)
        self._refresh.timeout.connect(lambda: self._load(fresh=False))

    # -- the query -----------------------------------------------------------------

    @property
    def query(self) -> tuple[QueueFilter, SortKey, bool]:
        return self._filter, self._sort, self._descending

    @property
    def complete(self) -> bool:
        """True once the whole order of the current query is known."""
        return self._complete

    @property
    def lines_in(self) -> bool:
        """True once the current query's first lines are in (`first_rows` was emitted),
        even when there are none."""
        return self._first_generation == self._generation

    def set_query(self, flt: QueueFilter, sort: SortKey, descending: bool) -> None:
        """Show another queue, filter or order: first lines at once, then the rest."""
        self._refresh.stop()
        self._filter, self._sort, self._descending = flt, SortKey(sort), descending
        self._load(fresh=True)

    def refresh(self) -> None:
        """Query again (data changed), once for a burst of changes: lines keep showing
        their old values meanwhile."""
        self._refresh.start()

    def _load(self, *, fresh: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._complete = False
        self._today = self.ctx.today()
        self._soon = add_working_days(self._today, 3)
        flt, sort, descending = self.query
        store = self.ctx.store
        if fresh:
            # the first lines alone, and the whole order only once they are in: read
            # beside them, the whole order (a million keys) took the GIL and a core from
            # the few lines the officer waits for, and could even come first, leaving
            # the view to paint "…" lines
            def first() -> tuple[list[int], dict[int, QueueRow]]:
                with store.read() as repos:
                    keys = repos.queue.keys(flt, sort, descending, limit=FIRST_LINES)
                    return keys, repos.queue.rows_for(keys)

            def first_done(answer: tuple[list[int], dict[int, QueueRow]]) -> None:
                self._first_done(generation, *answer)
                if generation == self._generation:
                    self._read_order(generation, fresh=True)

            self.ctx.runner.read(
                first,
                done=first_done,
                failed=self._failed,
                owner=self,
                label="queue: first lines",
            )
            return
        self._read_order(generation, fresh=False)

    def _read_order(self, generation: int, *, fresh: bool) -> None:
        """The whole order of the current query, on a reader thread."""
        flt, sort, descending = self.query
        store = self.ctx.store

        def every_key() -> array[int]:
            with store.read() as repos:
                return array("q", repos.queue.keys(flt, sort, descending))

        self.ctx.runner.read(
            every_key,
            done=lambda keys: self._keys_done(generation, keys, fresh),
            failed=self._failed,
            owner=self,
            label="queue: order",
        )

    def _first_done(self, generation: int, keys: list[int], rows: dict[int, QueueRow]) -> None:
        if generation != self._generation or self._complete:
            return  # stale, or the whole order came first
        self._first_generation = generation
        self.beginResetModel()
        self._keys = array("q", keys)
        self._cache = rows
        self._stale = {}
        self._wanted.clear()
        self.endResetModel()
        self.first_rows.emit()

    def _keys_done(self, generation: int, keys: array[int], fresh: bool) -> None:
        if generation != self._generation:
            return
        shown = len(self._keys)
        first_shown = self._first_generation == generation
        if fresh and first_shown and shown and keys[:shown] == self._keys:
            if len(keys) > shown:  # the first lines stay; the rest is appended
                self.beginInsertRows(QModelIndex(), shown, len(keys) - 1)
                self._keys = keys
                self.endInsertRows()
        elif not fresh:
            self._relayout(keys)
        else:
            self.beginResetModel()
            self._stale = {}
            self._cache = {}
            self._keys = keys
            self._wanted.clear()
            self.endResetModel()
            self._first_generation = generation
            self.first_rows.emit()
        self._complete = True
        self.loaded.emit()

    def _relayout(self, keys: array[int]) -> None:
        """The same query answered again (data changed: a sync, an action): no model
        reset, so the view keeps its scroll position and the selection follows its
        applications to their new rows; lines show their old values until fetched again."""
        self._stale = self._cache if len(self._cache) <= MAX_CACHED else {}
        self._cache = {}
        self._wanted.clear()
        if keys == self._keys:  # the same lines in the same order: new values only
            if keys:
                last = self.index(len(keys) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = _rows_of(keys, {self._keys[i.row()] for i in before if i.row() < len(self._keys)})
        after = []
        for index in before:
            row = rows.get(self._keys[index.row()], -1) if index.row() < len(self._keys) else -1
            after.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self._keys = keys
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(str(exc))

    # -- lazy lines ----------------------------------------------------------------

    def line(self, row: int) -> QueueRow | None:
        """The line at `row` if fetched (else None, and it gets fetched)."""
        if not 0 <= row < len(self._keys):
            return None
        key = self._keys[row]
        found = self._cache.get(key)
        if found is None:
            self._want(row)
            found = self._stale.get(key)
        return found

    def application_id(self, row: int) -> str | None:
        found = self.line(row)
        return found.id if found is not None else None

    def keys_at(self, rows: list[int]) -> list[int]:
        """The row keys of these rows (for actions on a selection, fetched or not)."""
        return [self._keys[r] for r in rows if 0 <= r < len(self._keys)]

    def row_of(self, application_id: str) -> int | None:
        """The row of an application among the fetched lines (None when not fetched)."""
        wanted = {k for k, r in self._cache.items() if r.id == application_id}
        for row, key in enumerate(self._keys):
            if key in wanted:
                return row
        return None

    def _want(self, row: int) -> None:
        chunk = row // CHUNK
        self._wanted.pop(chunk, None)
        self._wanted[chunk] = None  # the latest wishes last
        while len(self._wanted) > MAX_WANTED_CHUNKS:
            del self._wanted[next(iter(self._wanted))]
        if not self._fetching and not self._dispatch.isActive():
            self._dispatch.start()

    def _fetch_wanted(self) -> None:
        if self._fetching or not self._wanted:
            return
        chunks = list(self._wanted)
        self._wanted.clear()
        keys = [k for c in chunks for k in self._keys[c * CHUNK : (c + 1) * CHUNK]]
        keys = [k for k in keys if k not in self._cache]
        if not keys:
            return
        generation = self._generation
        store = self.ctx.store
        self._fetching = True

        def fetch() -> dict[int, QueueRow]:
            with store.read() as repos:
                return repos.queue.rows_for(keys)

        self.ctx.runner.read(
            fetch,
            done=lambda rows: self._chunks_done(generation, chunks, keys, rows),
            failed=self._fetch_failed,
            owner=self,
            label="queue: lines",
        )

    def _fetch_failed(self, exc: BaseException) -> None:
        self._fetching = False
        self._failed(exc)

    def _chunks_done(
        self, generation: int, chunks: Sequence[int], keys: list[int], rows: dict[int, QueueRow]
    ) -> None:
        self._fetching = False
        if generation == self._generation:
            if len(self._cache) + len(rows) > MAX_CACHED:
                self._cache = {}
                self._stale = {}
            self._cache.update(rows)
            for key in keys:  # gone meanwhile: remember as such, don't ask again
                if key not in rows:
                    self._cache[key] = _GONE
            last_column = len(COLUMNS) - 1
            for chunk in chunks:
                first = chunk * CHUNK
                last = min(first + CHUNK, len(self._keys)) - 1
                if first <= last:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        if self._wanted:
            self._dispatch.start()

    # -- QAbstractTableModel ---------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The view asks this for every cell it paints. QAbstractTableModel's own calls
        `rowCount` and `columnCount` first: two more calls from C++ into Python a cell,
        and during a sync each one waits for a worker to hand back the GIL."""
        if 0 <= row < len(self._keys) and 0 <= column < len(COLUMNS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueModel", COLUMNS[section].title)
        return None

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

    def cell(self, row: int, column: int) -> tuple[str | None, tuple[QColor, QFont] | None]:
        """What a painted cell shows, in one call (`QueueDelegate`): its text (None:
        nothing) and, for a due date near or past, its colour and font: the display,
        foreground and font roles of `data`."""
        found = self.line(row)
        if found is None or found is _GONE:
            return ("…" if column == 0 else None), None
        text = self._text(found, column)
        if column == DUE_COLUMN:
            urgency = self._urgency(found)
            if urgency:
                return text, (OVERDUE if urgency == "overdue" else DUE_SOON, self._bold)
        return text, None

    def _value(self, found: QueueRow | None, column: int, role: int) -> object:
        if found is None or found is _GONE:
            if role == DISPLAY and column == 0:
                return "…"
            return None
        if role == DISPLAY:
            return self._text(found, column)
        if role == ID_ROLE:
            return found.id
        if role == TOOLTIP and column == RECEIVED_COLUMN:
            return _local_time(found.received_at)
        if column == DUE_COLUMN:
            return self._due_style(found, role)
        return None

    def _text(self, line: QueueRow, column: int) -> str:
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
            return self.ctx.catalogue.service(code).name.text(self.ctx.language)  # type: ignore[arg-type]
        except KeyError:
            return code

    def _urgency(self, line: QueueRow) -> str:
        if line.due_date is None or line.status not in UNDECIDED:  # the deadline is met
            return ""
        if line.due_date < self._today:
            return "overdue"
        if line.due_date <= self._soon:
            return "soon"
        return ""

    def _due_style(self, line: QueueRow, role: int) -> object:
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self.set_query(self._filter, key, descending)


MAX_FOLLOWED = 32  # selected or current lines followed to their new rows after a refresh


def _rows_of(keys: array[int], wanted: set[int]) -> dict[int, int]:
    """The rows of these keys in `keys` (absent keys left out), at memory-search speed:
    a few milliseconds for a million keys each, none of it Python per key. Past
    `MAX_FOLLOWED` keys nothing is followed (the selection is then dropped)."""
    if len(wanted) > MAX_FOLLOWED:
        return {}
    raw = keys.tobytes()
    found: dict[int, int] = {}
    for key in wanted:
        needle = array("q", [key]).tobytes()
        at = raw.find(needle)
        while at >= 0 and at % keys.itemsize:  # a match across two keys: search on
            at = raw.find(needle, at + 1)
        if at >= 0:
            found[key] = at // keys.itemsize
    return found


_GONE = QueueRow("", "", "", "", "", Status.DRAFT, None, None, "", "")


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value


def _local_time(value: dt.datetime | None) -> str:
    return formats.datetime_text(value, "")
