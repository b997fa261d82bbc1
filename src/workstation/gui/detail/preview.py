"""Previews of attachments, made on a reader thread: images scaled to fit, a PDF's first
page rendered with pypdfium2. The GUI thread only turns the finished QImage into a
pixmap. A file that is missing or does not match its hash raises `AttachmentCorrupt`
(the store checks it), which the page shows as a message."""

from __future__ import annotations

import threading

import pypdfium2  # type: ignore[import-untyped]
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from workstation.store import Store

PDF = "application/pdf"
_PDFIUM = threading.Lock()  # PDFium is not thread-safe; readers take turns
PDFIUM_LOCK = _PDFIUM  # shared with card printing (gui/printing/raster.py)
_FORMATS = {
    "BGRA": QImage.Format.Format_ARGB32,
    "BGRX": QImage.Format.Format_RGB32,
    "BGR": QImage.Format.Format_BGR888,
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}


class PreviewFailed(Exception):
    """The file is intact but cannot be shown (not an image, a broken PDF…)."""


def pdf_first_page(data: bytes, box: QSize) -> QImage:
    with _PDFIUM:
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            raise PreviewFailed(str(exc)) from exc
        try:
            if len(pdf) == 0:
                raise PreviewFailed("the PDF has no pages")
            page = pdf[0]
            width, height = page.get_size()
            scale = min(box.width() / max(width, 1), box.height() / max(height, 1))
            bitmap = page.render(scale=max(scale, 0.05), fill_color=(255, 255, 255, 255))
            fmt = _FORMATS.get(bitmap.mode)
            if fmt is None:
                raise PreviewFailed(f"unexpected pixel format {bitmap.mode}")
            raw = bytes(bitmap.buffer)
            image = QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            page.close()
        finally:
            pdf.close()
    return image


def render_preview(store: Store, sha256: str, mime_type: str, box: QSize) -> QImage:
    """The attachment's picture, at most `box` in size (reader thread)."""
    data = store.read_attachment(sha256)
    if mime_type == PDF or data[:5] == b"%PDF-":
        image = pdf_first_page(data, box)
    else:
        image = QImage.fromData(data)
        if image.isNull():
            raise PreviewFailed(f"{mime_type} cannot be shown as a picture")
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image
