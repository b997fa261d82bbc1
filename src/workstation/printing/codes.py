"""QR codes and Code 128 barcodes, drawn as vectors in pure black."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 4
"""Light margin around a QR code, in modules (ISO/IEC 18004)."""
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def qr_matrix(value: str, level: str = "M") -> list[list[bool]]:
    """The QR code's modules (True = dark); alphanumeric mode when `value` allows it
    (base45 seals and upper-case numbers fit it: about 30% smaller than bytes)."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    if value and set(value) <= _ALPHANUMERIC:
        qr.addData(qrencoder.QRAlphaNum(value))
    else:
        qr.addData(value)
    qr.make()
    count: int = qr.getModuleCount()  # type: ignore[no-untyped-call]
    dark = qr.isDark
    return [[bool(dark(r, c)) for c in range(count)] for r in range(count)]  # type: ignore[no-untyped-call]


def draw_qr(
    canvas: Canvas, value: str, x: float, y: float, size: float, *, level: str = "M"
) -> int:
    """A QR code of `value` filling the square (x, y, size) including its quiet zone,
    drawn as black rectangles (one per run of dark modules). Returns modules per side."""
    matrix = qr_matrix(value, level)
    count = len(matrix)
    module = size / (count + 2 * QUIET_MODULES)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (QUIET_MODULES + row) * module
        col = 0
        while col < count:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < count and cells[col]:
                col += 1
            left = x + (QUIET_MODULES + start) * module
            path.rect(left, top - module, (col - start) * module, module)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return count


def draw_code128(
    canvas: Canvas, value: str, x: float, y: float, *, bar_width: float, bar_height: float
) -> float:
    """A Code 128 barcode of `value` with quiet zones; returns its width."""
    barcode = Code128(
        value, barWidth=bar_width, barHeight=bar_height, quiet=True, barFillColor=black
    )
    barcode.drawOn(canvas, x, y)
    return float(barcode.width)
