"""The page set-ups: a CR80 (ID-1) card, 85.60 × 53.98 mm, and the A5 receipt; both
with zero margins and full-page painting, so that one device pixel of the page is one
pixel of the image rendered at the printer's resolution (true size)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

CARD_MM = (85.60, 53.98)


class Paper(Enum):
    CARD = "card"
    RECEIPT = "receipt"


def page_size(paper: Paper) -> QPageSize:
    if paper is Paper.CARD:
        return QPageSize(
            QSizeF(*CARD_MM),
            QPageSize.Unit.Millimeter,
            "CR80",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    return QPageSize(QPageSize.PageSizeId.A5)


def page_layout(paper: Paper) -> QPageLayout:
    return QPageLayout(
        page_size(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
        QMarginsF(0, 0, 0, 0),
    )


def configure(printer: QPrinter, paper: Paper, title: str) -> None:
    """Set `printer` up for `paper` (before the print dialog, and again after it in
    case the user's choice of printer reset the page)."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(paper))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    if paper is Paper.CARD:
        printer.setDuplex(QPrinter.DuplexMode.DuplexAuto)
