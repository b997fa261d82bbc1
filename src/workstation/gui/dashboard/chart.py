"""A small bar chart drawn with QPainter: two series (received, decided) per day.

QtCharts would need the separate pyside6-addons wheel (~200 MB) for one chart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RECEIVED = QColor("#2f6db5")
DECIDED = QColor("#3c9a5f")
GRID = QColor("#dde2ea")
AXIS = QColor("#5b6573")


def nice_top(value: int) -> int:
    """The top of the axis: four equal round steps (1, 2, 5 × 10^n each) reaching `value`."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor * 4 >= value:
                return step * factor * 4
        step *= 10


class DayChart(QWidget):
    """Received and decided per day, side by side, with a legend and a grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_chart")
        self.setAccessibleName(self.tr("Received and decided per day"))
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.days: list[dt.date] = []
        self.series: list[tuple[str, QColor, list[int]]] = []

    def set_data(self, days: list[dt.date], received: list[int], decided: list[int]) -> None:
        self.days = days
        self.series = [
            (self.tr("Received"), RECEIVED, received),
            (self.tr("Decided"), DECIDED, decided),
        ]
        self.setToolTip(
            self.tr("Received %1, decided %2 in these %3 days")
            .replace("%1", str(sum(received)))
            .replace("%2", str(sum(decided)))
            .replace("%3", str(len(days)))
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 260)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        top_value = nice_top(max((max(v, default=0) for _, _, v in self.series), default=0))
        left = metrics.horizontalAdvance(str(top_value)) + 12
        plot = QRectF(left, line * 2, self.width() - left - 10, self.height() - line * 4)
        self._grid(painter, plot, top_value)
        self._legend(painter, plot)
        if not self.days or plot.width() <= 0:
            return
        slot = plot.width() / len(self.days)
        bar = max(1.0, min(14.0, slot * 0.8 / max(len(self.series), 1)))
        for index, _day in enumerate(self.days):
            x = plot.left() + slot * index + (slot - bar * len(self.series)) / 2
            for number, (_name, color, values) in enumerate(self.series):
                height = plot.height() * values[index] / top_value
                painter.fillRect(
                    QRectF(x + number * bar, plot.bottom() - height, bar, height), color
                )
        self._day_labels(painter, plot, slot)

    def _grid(self, painter: QPainter, plot: QRectF, top_value: int) -> None:
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(GRID if step else AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            label = f"{top_value * step // 4}"
            rect = QRectF(0, y - 10, plot.left() - 6, 20)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        font = QFont(painter.font())
        painter.setFont(font)
        x = plot.right()
        for name, color, _values in reversed(self.series):
            width = painter.fontMetrics().horizontalAdvance(name)
            x -= width
            painter.setPen(AXIS)
            painter.drawText(QPointF(x, plot.top() - 8), name)
            x -= 16
            painter.fillRect(QRectF(x, plot.top() - 18, 11, 11), color)
            x -= 18

    def _day_labels(self, painter: QPainter, plot: QRectF, slot: float) -> None:
        painter.setPen(AXIS)
        width = painter.fontMetrics().horizontalAdvance("00.00") + 12
        every = max(1, int(width // slot) + 1)
        last = len(self.days) - 1
        for index, day in enumerate(self.days):
            if (last - index) % every:
                continue
            center = plot.left() + slot * (index + 0.5)
            rect = QRectF(center - width / 2, plot.bottom() + 3, width, 20)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, day.strftime("%d.%m"))
