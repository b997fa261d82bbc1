"""The sidebar of queues with live counts (counted off the GUI thread).

Made without a context for the window's shell (names only, painted before the store is
open); `attach` gives it the context: then choosing a queue shows it, and it counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QWidget

from workstation.gui.main_window.queue_names import QUEUE_NAMES

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from workstation.gui.context import AppContext
    from workstation.gui.queue.definitions import QueueDef

# Qt.ItemDataRole.UserRole + 1, + 2 as numbers: naming ``Qt`` (or ``QStyle``) makes
# PySide6 build the Python enums of that whole class (tens of ms), which the shell of the
# window is painted without; they are named inside the methods that run later.
USER_ROLE = 0x0100
KEY_ROLE = USER_ROLE + 1
COUNT_ROLE = USER_ROLE + 2
ALERT_QUEUES = frozenset({"conflicts", "rejected"})
REFRESH_DELAY_MS = 250


def _queues() -> tuple[QueueDef, ...]:
    """The queues with their filters (imports the store: only once it is open)."""
    from workstation.gui.queue.definitions import QUEUES  # noqa: PLC0415 - the store

    return QUEUES


class _CountDelegate(QStyledItemDelegate):
    """The queue's title, and its count right-aligned in a rounded badge."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        Qt, QStyle, QColor = QtCore.Qt, QtWidgets.QStyle, QtGui.QColor  # noqa: N806 - USER_ROLE
        from workstation.gui import formats  # noqa: PLC0415 - QDate…, decimal: after the paint

        text = formats.number_text(int(count))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 14
        rect: QRect = option.rect
        badge = QRect(rect.right() - width - 8, rect.top() + 6, width, rect.height() - 12)
        alert = index.data(KEY_ROLE) in ALERT_QUEUES and count > 0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828") if alert else QColor(0, 0, 0, 60 if selected else 28))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(QColor("white") if alert or selected else option.palette.text().color())
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 70, max(size.height() + 14, 34))


class QueueSidebar(QListView):
    """Emits ``queue_chosen(QueueDef)``; `refresh` re-counts (debounced, off-thread)."""

    queue_chosen = Signal(object)
    counted = Signal(dict)

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.setObjectName("queue_sidebar")
        self.setAccessibleName(self.tr("Queues"))
        self.items = QStandardItemModel(self)
        for key, title in QUEUE_NAMES:
            item = QStandardItem(QCoreApplication.translate("Queues", title))
            item.setData(key, KEY_ROLE)
            item.setEditable(False)
            self.items.appendRow(item)
        self.setModel(self.items)
        self.setItemDelegate(_CountDelegate(self))
        self.setUniformItemSizes(True)
        self.setMinimumWidth(max(190, round(190 * self.fontMetrics().height() / 14)))
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.count_now)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The store is open: count on data changes; choosing a queue shows it."""
        self.ctx = ctx
        ctx.events.data_changed.connect(self.refresh)

    def select(self, key: str) -> None:
        for row, (queue_key, _title) in enumerate(QUEUE_NAMES):
            if queue_key == key:
                self.setCurrentIndex(self.items.index(row, 0))
                return

    def current_queue(self) -> QueueDef | None:
        queues = _queues()
        row = self.currentIndex().row()
        return queues[row] if 0 <= row < len(queues) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.ctx is not None:
            queues = _queues()
            self.queue_chosen.emit(queues[current.row()])

    def refresh(self) -> None:
        self._timer.start()

    def count_now(self) -> None:
        self._timer.stop()
        if self.ctx is None:
            return
        from workstation.gui.queue.definitions import queue_counts  # noqa: PLC0415 - the store

        self._generation += 1
        generation = self._generation
        store = self.ctx.store
        username = self.ctx.session.username if self.ctx.session else ""

        def count() -> dict[str, int]:
            with store.read() as repos:
                return queue_counts(repos, username)

        self.ctx.runner.read(
            count, done=lambda c: self._counted(generation, c), owner=self, label="queue counts"
        )

    def _counted(self, generation: int, counts: dict[str, int]) -> None:
        if generation != self._generation:
            return
        queues = _queues()
        for row, queue in enumerate(queues):
            item = self.items.item(row)
            item.setData(counts.get(queue.key, 0), COUNT_ROLE)
            item.setData(
                f"{queue.display_title()}: {counts.get(queue.key, 0)}",
                QtCore.Qt.ItemDataRole.AccessibleTextRole,
            )
        self.counted.emit(counts)
