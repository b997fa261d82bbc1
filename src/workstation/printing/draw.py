"""Small drawing helpers shared by the card and the receipt: text that fits a width."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas


def fitted_size(text: str, font: str, size: float, width: float, min_size: float) -> float:
    """The largest font size ≤ `size` (and ≥ `min_size`) at which `text` fits `width`."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(min_size, size * width / natural)


def fit_text(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    min_size: float | None = None,
    color: Color | None = None,
) -> float:
    """Draw `text` on one line, shrunk to fit `width` (down to `min_size`); returns the size."""
    used = fitted_size(text, font, size, width, min_size or size * 0.6)
    if color is not None:
        canvas.setFillColor(color)
    canvas.setFont(font, used)
    canvas.drawString(x, y, text)
    return used


def wrap_text(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    leading: float | None = None,
    max_lines: int = 2,
) -> float:
    """Draw `text` in at most `max_lines` lines of `width`, shrinking if it needs more.
    Returns the y of the last baseline."""
    lines = simpleSplit(text, font, size, width)
    while len(lines) > max_lines and size > 3.5:
        size -= 0.25
        lines = simpleSplit(text, font, size, width)
    step = leading or size * 1.2
    canvas.setFont(font, size)
    for i, line in enumerate(lines[:max_lines]):
        canvas.drawString(x, y - i * step, line)
    return y - (min(len(lines), max_lines) - 1) * step
