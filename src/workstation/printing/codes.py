"""QR codes and Code 128 barcodes, drawn as vectors in pure black."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 4
"""Light margin around a QR code, in modules (ISO/IEC 18004)."""


def draw_qr(
    canvas: Canvas, value: str, x: float, y: float, size: float, *, level: str = "M"
) -> int:
    """A QR code of `value` filling the square (x, y, size) including its quiet zone.
    Returns the number of modules per side (without the quiet zone)."""
    widget = QrCodeWidget(value, barLevel=level, barBorder=QUIET_MODULES, barFillColor=black)
    x0, y0, x1, y1 = widget.getBounds()
    width, height = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, -x0, -y0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)
    return int(getattr(widget, "qr").getModuleCount())  # noqa: B009 - not in the stubs


def draw_code128(
    canvas: Canvas, value: str, x: float, y: float, *, bar_width: float, bar_height: float
) -> float:
    """A Code 128 barcode of `value` with quiet zones; returns its width."""
    barcode = Code128(
        value, barWidth=bar_width, barHeight=bar_height, quiet=True, barFillColor=black
    )
    barcode.drawOn(canvas, x, y)
    return float(barcode.width)
