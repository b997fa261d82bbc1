"""Previews of attached files, rendered off the GUI thread: images scaled, a PDF's first
page through pypdfium2. `QImage` (not `QPixmap`) is safe to build on a worker thread."""

from __future__ import annotations

import pypdfium2  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel

from workstation.gui.context import AppContext
from workstation.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionPreview", text)


def render_pdf_page(data: bytes, width: int) -> QImage:
    """The first page of a PDF, `width` pixels wide, on white."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[0]
        scale = width / max(1.0, page.get_width())
        bitmap = page.render(scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255))
        fmt = (
            QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
        )
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
        result = image.copy()  # own the pixels before the bitmap goes
        bitmap.close()
        page.close()
        return result
    finally:
        pdf.close()


def render_preview(data: bytes, mime_type: str, width: int, height: int) -> QImage:
    """An image of the file that fits `width`×`height` (an empty image if unreadable)."""
    if mime_type == "application/pdf":
        image = render_pdf_page(data, width * 2)
    else:
        image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        width,
        height,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def load_preview(store: Store, sha256: str, mime_type: str, width: int, height: int) -> QImage:
    return render_preview(store.read_attachment(sha256), mime_type, width, height)


class PreviewPane:
    """Shows one attachment in a label; the newest request wins."""

    def __init__(self, ctx: AppContext, label: QLabel) -> None:
        self.ctx = ctx
        self.label = label
        self.showing = ""
        self._asked = ""

    def clear(self) -> None:
        self.showing = self._asked = ""
        self.label.setPixmap(QPixmap())
        self.label.setText(
            QCoreApplication.translate(
                "ReceptionPreview", "Select an attached document to see it here"
            )
        )

    def show(self, sha256: str, mime_type: str) -> None:
        if sha256 == self.showing:
            return
        self._asked = sha256
        # the label may have been hidden until now: bound by its maximum, not its size
        width = max(200, min(self.label.width(), 900) - 8)
        height = max(120, min(self.label.height(), self.label.maximumHeight()) - 8)
        self.label.setText(QCoreApplication.translate("ReceptionPreview", "Rendering…"))

        def done(image: QImage) -> None:
            if self._asked != sha256:
                return
            self.showing = sha256
            if image.isNull():
                self.label.setText(
                    QCoreApplication.translate("ReceptionPreview", "This file cannot be shown.")
                )
            else:
                self.label.setPixmap(QPixmap.fromImage(image))

        def failed(exc: BaseException) -> None:
            if self._asked == sha256:
                self.label.setText(
                    QCoreApplication.translate(
                        "ReceptionPreview", "This file cannot be shown: %1"
                    ).replace("%1", str(exc))
                )

        self.ctx.runner.read(
            lambda: load_preview(self.ctx.store, sha256, mime_type, width, height),
            done=done,
            failed=failed,
            owner=self.label,
            label="reception.preview",
        )
