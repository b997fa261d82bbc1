"""The applicant's photo: import a picture, crop it to the 35×45 mm photo ratio in a
small dialog (a frame that moves and resizes but keeps the ratio), store it as JPEG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

RATIO = 35 / 45
"""Width over height of a passport photo."""
OUTPUT = QSize(413, 531)
"""35×45 mm at 300 dpi."""
_HANDLE = 14
_VIEW = QSize(560, 480)


def initial_frame(size: QSize) -> QRectF:
    """The largest ratio-locked frame centred in an image of `size`, 90 % of it."""
    w, h = float(size.width()), float(size.height())
    fh = min(h, w / RATIO) * 0.9
    fw = fh * RATIO
    return QRectF((w - fw) / 2, (h - fh) / 2, fw, fh)


def crop_to_jpeg(image: QImage, frame: QRectF) -> bytes:
    """The part of `image` inside `frame` (image pixels), scaled to 35×45 mm at 300 dpi."""
    part = image.copy(frame.toAlignedRect()).scaled(
        OUTPUT, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    part.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", 92)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class CropArea(QWidget):
    """The picture with the frame; drag inside to move, the corner handle to resize;
    arrow keys move, + and - resize."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.frame = initial_frame(image.size())
        self.scale = min(_VIEW.width() / image.width(), _VIEW.height() / image.height(), 1.0)
        self.setFixedSize(round(image.width() * self.scale), round(image.height() * self.scale))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Photo crop frame")
        self._drag: tuple[str, QPointF, QRectF] | None = None

    def _view(self, rect: QRectF) -> QRectF:
        s = self.scale
        return QRectF(rect.x() * s, rect.y() * s, rect.width() * s, rect.height() * s)

    def set_frame(self, frame: QRectF) -> None:
        """Clamp `frame` into the image, keeping the ratio."""
        w, h = float(self.image.width()), float(self.image.height())
        height = max(40.0, min(frame.height(), h, w / RATIO))
        width = height * RATIO
        x = min(max(0.0, frame.x()), w - width)
        y = min(max(0.0, frame.y()), h - height)
        self.frame = QRectF(x, y, width, height)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.drawImage(self.rect(), self.image)
        view = self._view(self.frame)
        shade = QColor(0, 0, 0, 120)
        r = QRectF(self.rect())
        painter.fillRect(QRectF(0, 0, r.width(), view.top()), shade)
        painter.fillRect(QRectF(0, view.bottom(), r.width(), r.height() - view.bottom()), shade)
        painter.fillRect(QRectF(0, view.top(), view.left(), view.height()), shade)
        painter.fillRect(
            QRectF(view.right(), view.top(), r.width() - view.right(), view.height()), shade
        )
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(view)
        painter.setPen(QPen(QColor(255, 255, 255, 140), 1, Qt.PenStyle.DashLine))
        for i in (1, 2):  # thirds, to place the eyes and the chin
            painter.drawLine(
                QPointF(view.left(), view.top() + view.height() * i / 3),
                QPointF(view.right(), view.top() + view.height() * i / 3),
            )
        painter.fillRect(
            QRectF(view.right() - _HANDLE, view.bottom() - _HANDLE, _HANDLE, _HANDLE),
            QColor("#ffffff"),
        )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        view = self._view(self.frame)
        corner = QRectF(
            view.right() - _HANDLE * 1.5, view.bottom() - _HANDLE * 1.5, _HANDLE * 2, _HANDLE * 2
        )
        if corner.contains(pos):
            self._drag = ("resize", pos, QRectF(self.frame))
        elif view.contains(pos):
            self._drag = ("move", pos, QRectF(self.frame))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag is None:
            return
        mode, start, frame = self._drag
        delta = (event.position() - start) / self.scale
        if mode == "move":
            self.set_frame(frame.translated(delta))
        else:
            grow = max(delta.x() / RATIO, delta.y())
            self.set_frame(QRectF(frame.x(), frame.y(), 0, frame.height() + grow))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._drag = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        step = max(2.0, self.frame.height() / 40)
        moves = {
            Qt.Key.Key_Left: QPointF(-step, 0),
            Qt.Key.Key_Right: QPointF(step, 0),
            Qt.Key.Key_Up: QPointF(0, -step),
            Qt.Key.Key_Down: QPointF(0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.set_frame(self.frame.translated(moves[key]))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            grow = step if key != Qt.Key.Key_Minus else -step
            centre = self.frame.center()
            height = self.frame.height() + 2 * grow
            frame = QRectF(0, 0, height * RATIO, height)
            frame.moveCenter(centre)
            self.set_frame(frame)
        else:
            super().keyPressEvent(event)


class PhotoCropDialog(QDialog):
    """Choose the part of a picture that becomes the applicant's photo."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoCropDialog")
        self.setWindowTitle(self.tr("Crop the photo (35 × 45 mm)"))
        self.area = CropArea(image, self)
        hint = QLabel(
            self.tr(
                "Drag the frame to the face, drag its corner to resize it (the ratio stays "
                "35 × 45 mm). Keys: arrows move, + and − resize. Head from the top third "
                "line to the chin near the bottom."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setMaximumWidth(max(360, self.area.width()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.area, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(buttons)
        self.area.setFocus()

    def cropped_jpeg(self) -> bytes:
        return crop_to_jpeg(self.area.image, self.area.frame)
