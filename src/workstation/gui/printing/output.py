"""The print path: pages rendered at the printer's resolution, painted 1:1 from the top
left corner of a full page with zero margins (true size, nothing scaled, nothing
smoothed). The same code prints to a card printer, an office printer or a PDF file.

Qt keeps page sizes in whole PostScript points, so a CR80 page is 243 × 153 pt
(85.725 × 53.975 mm) on the wire; the card itself is painted at exactly
85.60 × 53.98 mm from the corner (see paper.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


class PrintFailed(Exception):
    """The printer could not be started or refused a page."""


def printer_dpi(printer: QPrinter) -> int:
    """The resolution the pages must be rendered at to be painted 1:1."""
    return max(printer.resolution(), 72)


class PrintSession:
    """One print job, possibly of several documents (a batch): ``begin``, ``add`` the
    pages of each document, ``end``. GUI thread only (painting)."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter = QPainter()
        self.pages = 0

    def begin(self) -> None:
        if not self.painter.begin(self.printer):
            raise PrintFailed(
                self.printer.printerName() or self.printer.outputFileName() or "printer"
            )
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def add(self, images: Sequence[QImage]) -> None:
        for image in images:
            if self.pages and not self.printer.newPage():
                raise PrintFailed(f"page {self.pages + 1} was refused")
            self.painter.drawImage(QPoint(0, 0), image)
            self.pages += 1

    def end(self) -> bool:
        return self.painter.end() if self.painter.isActive() else False

    def abort(self) -> None:
        self.printer.abort()
        self.end()


def print_images(printer: QPrinter, images: Sequence[QImage]) -> int:
    """Print one document's pages; returns the number of pages."""
    session = PrintSession(printer)
    session.begin()
    try:
        session.add(images)
    finally:
        session.end()
    return session.pages
