"""The acknowledgement receipt handed to the applicant: an A5 page.

Application number (large, and as a Code 128 barcode), service, applicant, documents
received and missing, fee and payment reference, legal due date, officer, center, and a
QR code for status look-up. Codes in pure black.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from workstation.printing.codes import draw_code128, draw_qr
from workstation.printing.draw import fit_text, wrap_text
from workstation.printing.fonts import SANS, SANS_BOLD
from workstation.printing.pdfdoc import new_canvas
from workstation.printing.receipt_data import ReceiptData

PAGE_WIDTH, PAGE_HEIGHT = A5
MARGIN = 12 * mm
INK = Color(0.08, 0.10, 0.14)
CAPTION = Color(0.36, 0.40, 0.46)
RULE = Color(0.16, 0.36, 0.62)
GOOD = Color(0.10, 0.45, 0.20)
BAD = Color(0.70, 0.15, 0.12)
QR_SIZE = 30 * mm
LABEL_WIDTH = 38 * mm
FOOTER_TOP = MARGIN + 20 * mm


def _money(amount: Decimal) -> str:
    return f"{amount:.2f} AZN"


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value is not None else "—"


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else "—"


class _Writer:
    """Rows of caption and value down the page."""

    def __init__(self, canvas: Canvas, y: float) -> None:
        self.canvas = canvas
        self.y = y
        self.width = PAGE_WIDTH - 2 * MARGIN

    def rule(self, gap: float = 5 * mm) -> None:
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(MARGIN, self.y, PAGE_WIDTH - MARGIN, self.y)
        self.y -= gap

    def row(
        self, caption: str, value: str, *, bold: bool = True, size: float = 9.0, note: str = ""
    ) -> None:
        """Caption on the left, the value (and an optional small note below it) on the right."""
        c = self.canvas
        c.setFillColor(CAPTION)
        fit_text(c, MARGIN, self.y, caption, SANS, 7.0, LABEL_WIDTH - 2 * mm)
        c.setFillColor(INK)
        x = MARGIN + LABEL_WIDTH
        width = self.width - LABEL_WIDTH
        last = wrap_text(c, x, self.y, value or "—", SANS_BOLD if bold else SANS, size, width)
        if note:
            c.setFillColor(CAPTION)
            last -= 3.3 * mm
            fit_text(c, x, last, note, SANS, 7.0, width)
        self.y = last - size * 1.55

    def room(self, needed: float) -> None:
        """Go on to a new page when less than `needed` is left above the footer."""
        if self.y - needed < FOOTER_TOP:
            self.canvas.showPage()
            self.y = PAGE_HEIGHT - MARGIN - 4 * mm

    def heading(self, text: str) -> None:
        self.room(18 * mm)
        self.y -= 1 * mm
        self.canvas.setFillColor(RULE)
        fit_text(self.canvas, MARGIN, self.y, text, SANS_BOLD, 9.5, self.width)
        self.y -= 5 * mm

    def items(self, labels: tuple[tuple[str, str], ...], mark: str, color: Color) -> None:
        c = self.canvas
        if not labels:
            c.setFillColor(CAPTION)
            fit_text(c, MARGIN + 5 * mm, self.y, "— yoxdur / none", SANS, 8.0, self.width)
            self.y -= 4.6 * mm
            return
        for az, en in labels:
            self.room(9 * mm)
            c.setFillColor(color)
            c.setFont(SANS_BOLD, 9.0)
            c.drawString(MARGIN + 1 * mm, self.y, mark)
            c.setFillColor(INK)
            last = wrap_text(c, MARGIN + 5 * mm, self.y, az, SANS, 8.4, self.width - 5 * mm)
            c.setFillColor(CAPTION)
            fit_text(c, MARGIN + 5 * mm, last - 3.3 * mm, en, SANS, 6.6, self.width - 5 * mm)
            self.y = last - 7.6 * mm


def _header(c: Canvas, data: ReceiptData) -> float:
    top = PAGE_HEIGHT - MARGIN
    width = PAGE_WIDTH - 2 * MARGIN
    c.setFillColor(INK)
    fit_text(c, MARGIN, top - 3 * mm, "AZƏRBAYCAN RESPUBLİKASININ DÖVLƏT MİQRASİYA XİDMƏTİ",
             SANS_BOLD, 8.6, width)  # fmt: skip
    c.setFillColor(CAPTION)
    fit_text(c, MARGIN, top - 7 * mm, "State Migration Service of the Republic of Azerbaijan",
             SANS, 7.0, width)  # fmt: skip
    c.setFillColor(INK)
    fit_text(c, MARGIN, top - 11 * mm, data.center, SANS, 7.6, width)
    y = top - 14 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(1.2)
    c.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
    c.setFillColor(RULE)
    fit_text(c, MARGIN, y - 7 * mm, "SƏNƏDLƏRİN QƏBULU HAQQINDA ARAYIŞ", SANS_BOLD, 12.5, width)
    c.setFillColor(INK)
    fit_text(c, MARGIN, y - 11.5 * mm, "Acknowledgement of receipt of an application", SANS,
             8.0, width)  # fmt: skip
    return y - 16 * mm


def _codes(c: Canvas, data: ReceiptData, y: float) -> float:
    """The number in large letters with its barcode, and the QR code on the right."""
    qr_x = PAGE_WIDTH - MARGIN - QR_SIZE + 2.5 * mm
    draw_qr(c, data.status_code, qr_x, y - QR_SIZE + 2.5 * mm, QR_SIZE)
    c.setFillColor(CAPTION)
    fit_text(c, MARGIN, y - 2 * mm, "Müraciətin nömrəsi / Application number", SANS, 7.0, 70 * mm)
    c.setFillColor(black)
    fit_text(c, MARGIN, y - 9.5 * mm, data.application_number, SANS_BOLD, 17.0, 80 * mm)
    draw_code128(
        c, data.application_number, MARGIN - 3 * mm, y - 24 * mm, bar_width=0.32 * mm,
        bar_height=11 * mm,
    )  # fmt: skip
    return y - QR_SIZE - 1 * mm


def _footer(c: Canvas, data: ReceiptData) -> None:
    width = PAGE_WIDTH - 2 * MARGIN
    y = MARGIN + 14 * mm
    c.setStrokeColor(CAPTION)
    c.setLineWidth(0.4)
    c.line(PAGE_WIDTH - MARGIN - 55 * mm, y, PAGE_WIDTH - MARGIN, y)
    c.setFillColor(CAPTION)
    fit_text(c, PAGE_WIDTH - MARGIN - 55 * mm, y - 3.2 * mm,
             f"Əməkdaş / Officer: {data.officer}", SANS, 7.0, 55 * mm)  # fmt: skip
    note = (
        "Müraciətin vəziyyətini QR kodu oxutmaqla və ya pasport nömrəsi, doğum tarixi və "
        "vətəndaşlıq üzrə yoxlaya bilərsiniz. Check the status of your application with the "
        "QR code, or with your passport number, date of birth and citizenship."
    )
    wrap_text(c, MARGIN, MARGIN + 5 * mm, note, SANS, 6.4, width, max_lines=3)


def render_receipt(data: ReceiptData) -> bytes:
    """The receipt as an A5 PDF (one page unless the document list is long), the same
    bytes for the same data."""
    buffer = io.BytesIO()
    c = new_canvas(buffer, A5, f"Receipt {data.application_number}")
    y = _header(c, data)
    y = _codes(c, data, y)
    w = _Writer(c, y)
    w.rule()
    w.row("Xidmət / Service", f"{data.service_az} ({data.service_code})", note=data.service_en)
    w.row("Müraciət edən / Applicant", data.applicant)
    w.row("Sənəd / Travel document", data.document_number, bold=False)
    w.row("Qəbul edilib / Received", _when(data.received_at), bold=False)
    w.row("Qərar müddəti / Decision due", _day(data.due_date))
    fee = _money(data.fee) + (f" · {data.tier}" if data.tier else "")
    w.row("Rüsum / Fee", fee, bold=False)
    w.row("Ödəniş kodu / Payment ref.", data.payment_ref)
    w.rule()
    w.heading("Qəbul edilmiş sənədlər / Documents received")
    w.items(data.received, "✓", GOOD)
    if data.missing:
        w.heading("Çatışmayan sənədlər / Documents missing")
        w.items(data.missing, "✗", BAD)
    _footer(c, data)
    c.showPage()
    c.save()
    return buffer.getvalue()
