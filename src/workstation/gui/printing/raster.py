"""PDF pages to images with pypdfium2, on a reader thread.

For the screen the pages are rendered smooth; for the printer they are rendered at the
printer's resolution with text and vector paths NOT anti-aliased, so that the machine
readable zone and the QR/bar codes come out as hard black edges, and are then painted
1:1 (no scaling, so no smoothing by the painter either). Photos keep their smoothing."""

from __future__ import annotations

import pypdfium2  # type: ignore[import-untyped]
from PySide6.QtGui import QImage

from workstation.gui.detail.preview import PDFIUM_LOCK

POINTS_PER_INCH = 72.0
_FORMATS = {
    "BGRA": QImage.Format.Format_ARGB32,
    "BGRX": QImage.Format.Format_RGB32,
    "BGR": QImage.Format.Format_BGR888,
    "RGB": QImage.Format.Format_RGB888,
}


class RasterFailed(Exception):
    """The PDF could not be turned into images."""


def render_pages(data: bytes, dpi: float, *, for_printer: bool = False) -> list[QImage]:
    """Every page of the PDF at `dpi`, on white (thread-safe: PDFium takes turns)."""
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, not {dpi}")
    images: list[QImage] = []
    with PDFIUM_LOCK:
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            raise RasterFailed(str(exc)) from exc
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    bitmap = page.render(
                        scale=dpi / POINTS_PER_INCH,
                        fill_color=(255, 255, 255, 255),
                        rev_byteorder=True,
                        no_smoothtext=for_printer,
                        no_smoothpath=for_printer,
                        may_draw_forms=False,
                    )
                    fmt = _FORMATS.get(bitmap.mode)
                    if fmt is None:
                        raise RasterFailed(f"unexpected pixel format {bitmap.mode}")
                    raw = bytes(bitmap.buffer)
                    image = QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
                    image.setDotsPerMeterX(round(dpi / 0.0254))
                    image.setDotsPerMeterY(round(dpi / 0.0254))
                    images.append(image)
                finally:
                    page.close()
        finally:
            pdf.close()
    if not images:
        raise RasterFailed("the PDF has no pages")
    return images
