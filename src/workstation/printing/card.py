"""The permit card: an ID-1 page (85.60 × 53.98 mm) for the front, another for the back.

Front: header band with the state and the card's title, photo, the holder's data in
Azerbaijani letters with bilingual captions, ghost image. Back: the QR seal, issue data
(and the employer on a work permit), and the ICAO TD1 zone in OCR-B at 10 characters
per inch (2.54 mm pitch), pure black like the codes.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from workstation.domain.model import Sex
from workstation.domain.text import az_upper
from workstation.printing.card_data import CardData
from workstation.printing.codes import draw_qr
from workstation.printing.draw import fit_text, wrap_text
from workstation.printing.fonts import OCR_B, SANS, SANS_BOLD
from workstation.printing.images import draw_ghost, draw_photo
from workstation.printing.pdfdoc import new_canvas

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
CARD_SIZE = (CARD_WIDTH, CARD_HEIGHT)

MRZ_PITCH = 2.54 * mm
"""OCR-B size 1: ten characters per inch."""
MRZ_LINE_STEP = 4.0 * mm
MRZ_BOTTOM = 2.6 * mm
"""Baseline of the third zone line above the card's bottom edge."""
MRZ_LEFT = (CARD_WIDTH - 30 * MRZ_PITCH) / 2

INK = Color(0.08, 0.10, 0.14)
CAPTION = Color(0.36, 0.40, 0.46)
ACCENTS: dict[str, tuple[Color, Color]] = {
    # (band, rule) per card type
    "TRP": (Color(0.84, 0.90, 0.97), Color(0.16, 0.36, 0.62)),
    "PRP": (Color(0.86, 0.93, 0.86), Color(0.18, 0.45, 0.25)),
    "WP": (Color(0.97, 0.90, 0.82), Color(0.62, 0.34, 0.10)),
}
_DEFAULT_ACCENT = (Color(0.90, 0.90, 0.92), Color(0.3, 0.3, 0.35))

MARGIN = 3.2 * mm
BAND_HEIGHT = 10.6 * mm
PHOTO_W = 21.0 * mm
PHOTO_H = 27.0 * mm
GHOST_W = 10.0 * mm
GHOST_H = 12.9 * mm
QR_SIZE = 25.0 * mm
CAPTION_SIZE = 4.1
VALUE_SIZE = 6.8

NOTE = "Bu vəsiqə səyahət sənədi deyil və səyahət üçün etibarlı deyil. / Not a travel document."
SEX_TEXT = {Sex.MALE: "K / M", Sex.FEMALE: "Q / F", Sex.UNSPECIFIED: "X"}


def _date(value: object) -> str:
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else str(value)


def _field(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    caption: str,
    value: str,
    *,
    size: float = VALUE_SIZE,
    font: str = SANS_BOLD,
) -> None:
    """A caption in small grey letters, the value below it."""
    fit_text(canvas, x, y, caption, SANS, CAPTION_SIZE, width, color=CAPTION)
    fit_text(canvas, x, y - size * 1.12, value or "—", font, size, width, color=INK)


def _band(canvas: Canvas, card: CardData) -> None:
    band, rule = ACCENTS.get(card.card_type, _DEFAULT_ACCENT)
    canvas.setFillColor(band)
    canvas.rect(0, CARD_HEIGHT - BAND_HEIGHT, CARD_WIDTH, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(rule)
    canvas.rect(0, CARD_HEIGHT - BAND_HEIGHT - 0.5 * mm, CARD_WIDTH, 0.5 * mm, stroke=0, fill=1)
    width = CARD_WIDTH - 2 * MARGIN
    top = CARD_HEIGHT - 3.3 * mm
    fit_text(
        canvas, MARGIN, top, "AZƏRBAYCAN RESPUBLİKASI · REPUBLIC OF AZERBAIJAN", SANS, 4.6, width,
        color=INK,
    )  # fmt: skip
    fit_text(canvas, MARGIN, top - 3.6 * mm, card.title_az, SANS_BOLD, 7.6, width, color=rule)
    fit_text(canvas, MARGIN, top - 6.3 * mm, card.title_en, SANS, 5.0, width, color=INK)


def _ghost_box(right: float, value_baseline: float) -> tuple[float, float, float, float]:
    """The ghost image's box (x, y, width, height) in the bottom right corner, below the
    last row of fields whose values sit on `value_baseline`: as tall as `GHOST_H` where
    that leaves their descenders clear, smaller (same proportions) where it would not."""
    bottom = 2.6 * mm
    top = value_baseline - VALUE_SIZE * 0.3 - 0.6 * mm  # below the descenders, a gap
    height = min(GHOST_H, top - bottom)
    width = height * GHOST_W / GHOST_H
    return right - width, bottom, width, height


def _front(canvas: Canvas, card: CardData) -> None:
    _band(canvas, card)
    photo_top = CARD_HEIGHT - BAND_HEIGHT - 2.4 * mm
    photo_y = photo_top - PHOTO_H
    photo = draw_photo(canvas, card.photo, MARGIN, photo_y, PHOTO_W, PHOTO_H)
    canvas.setStrokeColor(CAPTION)
    canvas.setLineWidth(0.3)
    canvas.rect(MARGIN, photo_y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
    canvas.setFillColor(INK)
    fit_text(
        canvas, MARGIN, photo_y - 3.6 * mm, card.card_number, SANS_BOLD, 7.2, PHOTO_W, color=INK
    )

    x = MARGIN + PHOTO_W + 3.0 * mm
    right = CARD_WIDTH - MARGIN
    width = right - x
    col = (width - 2.0 * mm) / 3
    y = photo_top - CAPTION_SIZE * 0.8
    step = 7.6 * mm
    _field(canvas, x, y, width, "Soyadı / Surname", az_upper(card.surname))
    y -= step
    given = " ".join(p for p in (card.given_names, card.patronymic) if p)
    _field(canvas, x, y, width, "Adı, atasının adı / Given names", az_upper(given))
    y -= step
    _field(canvas, x, y, col, "Doğum tarixi / Date of birth", _date(card.birth_date))
    _field(canvas, x + col + 1 * mm, y, col, "Cinsi / Sex", SEX_TEXT[card.sex])
    _field(canvas, x + 2 * (col + 1 * mm), y, col, "Vətəndaşlığı / Nationality", card.nationality)
    y -= step
    _field(canvas, x, y, col, "Etibarlıdır / Valid from", _date(card.valid_from))
    _field(canvas, x + col + 1 * mm, y, col, "Qüvvədədir / Valid until", _date(card.valid_until))
    _field(canvas, x + 2 * (col + 1 * mm), y, col, "FİN / PIN", card.pin)
    ghost_x, ghost_y, ghost_w, ghost_h = _ghost_box(right, y - VALUE_SIZE * 1.12)
    y -= step
    text_w = ghost_x - x - 1.5 * mm
    if card.employer:
        _field(canvas, x, y, text_w, "İşəgötürən / Employer", card.employer, size=6.0)
    else:
        _field(canvas, x, y, text_w, "Kartın nömrəsi / Card number", card.card_number)
    draw_ghost(canvas, photo, ghost_x, ghost_y, ghost_w, ghost_h)  # the photo decoded once


def _back(canvas: Canvas, card: CardData) -> None:
    band, rule = ACCENTS.get(card.card_type, _DEFAULT_ACCENT)
    top = CARD_HEIGHT - MARGIN
    mrz_top = MRZ_BOTTOM + 2 * MRZ_LINE_STEP + 3.2 * mm
    canvas.setFillColor(band)
    canvas.rect(0, 0, CARD_WIDTH, mrz_top + 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(Color(1, 1, 1))
    canvas.rect(0, 0, CARD_WIDTH, mrz_top + 0.8 * mm, stroke=0, fill=1)
    if card.seal:
        qr_y = top - QR_SIZE
        draw_qr(canvas, card.seal, MARGIN - 1.2 * mm, qr_y, QR_SIZE)
    x = MARGIN + QR_SIZE + 1.2 * mm
    width = CARD_WIDTH - MARGIN - x
    y = top - CAPTION_SIZE * 0.8
    step = 6.6 * mm
    fit_text(canvas, x, y, card.card_number, SANS_BOLD, 7.2, width, color=rule)
    y -= 4.6 * mm
    _field(canvas, x, y, width, "Doğum yeri / Place of birth", card.birth_place, size=6.0)
    y -= step
    canvas.setFillColor(CAPTION)
    fit_text(canvas, x, y, "Verən orqan / Issuing authority", SANS, CAPTION_SIZE, width)
    canvas.setFillColor(INK)
    last = wrap_text(canvas, x, y - 6.0, card.issued_by, SANS_BOLD, 5.6, width, max_lines=2)
    y = last - 3.6 * mm
    if card.employer:
        employer = card.employer
        if card.employer_voen:
            employer += f" · VÖEN {card.employer_voen}"
        if card.position:
            employer += f" · {card.position}"
        canvas.setFillColor(CAPTION)
        fit_text(canvas, x, y, "İşəgötürən, vəzifə / Employer, position", SANS, CAPTION_SIZE, width)
        canvas.setFillColor(INK)
        wrap_text(canvas, x, y - 6.0, employer, SANS_BOLD, 5.4, width, max_lines=2)
    canvas.setFillColor(CAPTION)
    fit_text(canvas, MARGIN, mrz_top + 2.2 * mm, NOTE, SANS, 4.3, CARD_WIDTH - 2 * MARGIN)
    _mrz(canvas, card.mrz)


def _mrz(canvas: Canvas, lines: tuple[str, str, str]) -> None:
    """The three zone lines, one character every 2.54 mm (OCR-B is monospaced), in black."""
    size = MRZ_PITCH / stringWidth("<", OCR_B, 1.0)
    canvas.setFillColor(black)
    for i, line in enumerate(lines):
        canvas.setFont(OCR_B, size)
        canvas.drawString(MRZ_LEFT, MRZ_BOTTOM + (2 - i) * MRZ_LINE_STEP, line)


def render_card(card: CardData) -> bytes:
    """The card as a two-page PDF (front, back), the same bytes for the same card."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, CARD_SIZE, f"{card.title_en.title()} {card.card_number}")
    _front(canvas, card)
    canvas.showPage()
    _back(canvas, card)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
