"""A ReportLab canvas that writes the same bytes for the same drawing.

``invariant=1`` fixes the creation date and the document id that ReportLab would
otherwise take from the clock and a random source; compression is on, page
compression deterministic (zlib).
"""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from workstation.printing.fonts import SANS, register_fonts

PRODUCER = "Workstation"

# Image streams binary, not ASCII85 text: ReportLab's ASCII85 is pure Python here (no C
# accelerator), a third of a card's time (benchmarks/card_bench.py), 25 % more bytes.
rl_config.useA85 = 0


def new_canvas(buffer: io.BytesIO, size: tuple[float, float], title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=size,
        invariant=1,
        pageCompression=1,
        pdfVersion=(1, 4),
        initialFontName=SANS,  # type: ignore[arg-type]  # the stubs say float; else Helvetica
        initialFontSize=8,
    )
    canvas.setTitle(title)
    canvas.setAuthor(PRODUCER)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    canvas.setSubject(title)
    return canvas
