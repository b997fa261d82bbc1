"""The fonts every printed page embeds: DejaVu Sans for text, OCR-B for the MRZ.

They ship in ``resources/fonts`` (licences beside them) and are registered with
ReportLab once per process. ReportLab embeds TrueType fonts as subsets (``/FontFile2``).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workstation.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
OCR_B = "OCRB"
_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", OCR_B: "OCRB.ttf"}


@cache
def register_fonts() -> None:
    """Register the shipped fonts with ReportLab (idempotent)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD)
