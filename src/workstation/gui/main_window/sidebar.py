"""The sidebar of queues with live counts (counted off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workstation.gui import formats
from workstation.gui.context import AppContext
from workstation.gui.queue.definitions import QUEUES, QueueDef, queue_counts

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT_QUEUES = frozenset({"conflicts", "rejected"})
REFRESH_DELAY_MS = 250


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
        text = formats.number_text(int(count))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 14
        rect: QRect = option.rect
        badge = QRect(rect.right() - width - 8, rect.top() + 6, width, rect.height() - 12)
        alert = index.data(KEY_ROLE) in ALERT_QUEUES and count > 0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("queue_sidebar")
        self.setAccessibleName(self.tr("Queues"))
        self.items = QStandardItemModel(self)
        for queue in QUEUES:
            item = QStandardItem(queue.display_title())
            item.setData(queue.key, KEY_ROLE)
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
        ctx.events.data_changed.connect(self.refresh)

    def select(self, key: str) -> None:
        for row, queue in enumerate(QUEUES):
            if queue.key == key:
                self.setCurrentIndex(self.items.index(row, 0))
                return

    def current_queue(self) -> QueueDef | None:
        row = self.currentIndex().row()
        return QUEUES[row] if 0 <= row < len(QUEUES) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.queue_chosen.emit(QUEUES[current.row()])

    def refresh(self) -> None:
        self._timer.start()

    def count_now(self) -> None:
        self._timer.stop()
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
        for row, queue in enumerate(QUEUES):
            item = self.items.item(row)
            item.setData(counts.get(queue.key, 0), COUNT_ROLE)
            item.setData(
                f"{queue.display_title()}: {counts.get(queue.key, 0)}",
                Qt.ItemDataRole.AccessibleTextRole,
            )
        self.counted.emit(counts)
