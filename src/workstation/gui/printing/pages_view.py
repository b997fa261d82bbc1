"""The pages of a document side by side (a card's front and back), on white paper with
a thin shadow over a grey desk, in a scroll area."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

GAP = 24
_DESK = QColor("#5f6368")
_SHADOW = QColor(0, 0, 0, 70)


class _Canvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.message = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _page_size(self, image: QImage) -> QSize:
        ratio = image.devicePixelRatio() or 1.0
        return QSize(round(image.width() / ratio), round(image.height() / ratio))

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self.images:
            return QSize(400, 260)
        sizes = [self._page_size(i) for i in self.images]
        width = sum(s.width() for s in sizes) + GAP * (len(sizes) + 1)
        height = max(s.height() for s in sizes) + 2 * GAP
        return QSize(width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), _DESK)
        if not self.images:
            painter.setPen(QPen(QColor("white")))
            painter.drawText(
                self.rect().adjusted(GAP, GAP, -GAP, -GAP),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
            return
        total = self.sizeHint()
        x = max(GAP, (self.width() - total.width()) // 2 + GAP)
        top = max(GAP, (self.height() - total.height()) // 2 + GAP)
        for image in self.images:
            size = self._page_size(image)
            page = QRect(x, top, size.width(), size.height())
            painter.fillRect(page.translated(3, 3), _SHADOW)
            painter.fillRect(page, QColor("white"))
            painter.drawImage(page, image)
            x += size.width() + GAP


class PagesView(QScrollArea):
    """``show_pages(images)`` (rendered at the screen's dpi × zoom × pixel ratio) or
    ``show_message(text)`` while loading or when the document cannot be made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(560, 300)
        self.setAccessibleName(self.tr("Print preview"))
        self.setStyleSheet("QScrollArea { background: #5f6368; border: none; }")

    def show_pages(self, images: Sequence[QImage], pixel_ratio: float) -> None:
        for image in images:
            image.setDevicePixelRatio(pixel_ratio)
        self.canvas.images = list(images)
        self.canvas.message = ""
        self.canvas.setMinimumSize(self.canvas.sizeHint())
        self.canvas.update()

    def show_message(self, text: str) -> None:
        self.canvas.images = []
        self.canvas.message = text
        self.canvas.setMinimumSize(QSize(0, 0))
        self.canvas.update()

    @property
    def page_count(self) -> int:
        return len(self.canvas.images)
