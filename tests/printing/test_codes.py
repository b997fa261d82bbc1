"""QR codes: segno's symbol, the mask chosen here by the ISO/IEC 18004 penalty, decoding by
zxing-cpp under every mask; the card's photo and ghost at print resolution."""

from __future__ import annotations

import io
import random
from types import BuiltinFunctionType

import pytest
import segno
import zxingcpp
from PIL import Image
from pypdf import PageObject, PdfReader
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import rl_accel

from tests.printing.conftest import ENDORSEMENT, WORKSTATION, image_boxes, make_card
from workstation.printing import codes
from workstation.printing.card import PHOTO_H, PHOTO_W, render_card
from workstation.printing.images import PRINT_PPI
from workstation.printing.seal import seal_card

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _seal() -> str:
    return seal_card(make_card("WP"), WORKSTATION, ENDORSEMENT).seal


def _rows_of(matrix: object) -> list[int]:
    return [sum(1 << j for j, dark in enumerate(row) if dark) for row in matrix]  # type: ignore[attr-defined]


def _image(rows: list[int], size: int, scale: int = 4) -> Image.Image:
    """The symbol as black on white with its quiet zone, `scale` pixels a module."""
    side = (size + 2 * codes.QUIET_MODULES) * scale
    image = Image.new("L", (side, side), 255)
    for r, bits in enumerate(rows):
        for c in range(size):
            if bits >> c & 1:
                left = (codes.QUIET_MODULES + c) * scale
                top = (codes.QUIET_MODULES + r) * scale
                image.paste(0, (left, top, left + scale, top + scale))
    return image


def _reference_penalty(rows: list[int], size: int) -> int:
    """ISO/IEC 18004 7.8.3.1 module by module, outside the symbol light."""
    m = [[rows[r] >> c & 1 for c in range(size)] for r in range(size)]
    lines = [*m, *([m[r][c] for r in range(size)] for c in range(size))]
    score = 0
    for line in lines:
        run = 1
        for k in range(1, size + 1):
            if k < size and line[k] == line[k - 1]:
                run += 1
                continue
            if run >= 5:
                score += 3 + run - 5
            run = 1
        padded = [0] * 4 + line + [0] * 4
        for q in range(4, size + 4 - 6):
            if padded[q : q + 7] == [1, 0, 1, 1, 1, 0, 1] and (
                padded[q - 4 : q] == [0] * 4 or padded[q + 7 : q + 11] == [0] * 4
            ):
                score += 40
    for r in range(size - 1):
        for c in range(size - 1):
            if m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1]:
                score += 3
    dark = sum(map(sum, m))
    return score + 10 * (abs(dark * 2 - size * size) * 10 // (size * size))


@pytest.mark.parametrize("length", [4, 60, 250, 470, 1400])
@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_every_mask_is_the_symbol_segno_makes_with_it(length: int, level: str) -> None:
    """Masks and format information derived here from segno's mask-0 symbol are exactly
    segno's symbols for each mask (versions 1 to ~30, with version information)."""
    value = "".join(random.Random(length).choice(ALPHANUMERIC) for _ in range(length))
    size, candidates = codes.mask_candidates(value, level)
    for mask, rows in enumerate(candidates):
        qr = segno.make_qr(value, error=level, mode="alphanumeric", mask=mask, boost_error=False)
        assert len(qr.matrix) == size
        assert rows == _rows_of(qr.matrix), mask


def test_penalty_is_the_iso_score_module_by_module() -> None:
    rng = random.Random(7)
    for size in (21, 45, 69):
        noise = [rng.getrandbits(size) for _ in range(size)]
        assert codes.penalty(noise, size) == _reference_penalty(noise, size)
    # finder-like patterns sharing the light modules between them, on a row and a column
    row = int("0000101110100001011101000010111010000" + "1" * 8, 2)
    crafted = [row, *(rng.getrandbits(45) | 1 for _ in range(44))]
    assert codes.penalty(crafted, 45) == _reference_penalty(crafted, 45)
    turned = [[r >> c & 1 for c in range(45)] for r in crafted]
    columns = [sum(turned[r][c] << r for r in range(45)) for c in range(45)]
    assert codes.penalty(columns, 45) == _reference_penalty(columns, 45)
    size, candidates = codes.mask_candidates(_seal())
    for rows in candidates:
        assert codes.penalty(rows, size) == _reference_penalty(rows, size)


def test_the_mask_of_the_lowest_penalty_is_chosen() -> None:
    seal = _seal()
    size, candidates = codes.mask_candidates(seal)
    scores = [_reference_penalty(rows, size) for rows in candidates]
    rows, chosen_size = codes.qr_rows(seal)
    assert chosen_size == size
    assert rows == candidates[scores.index(min(scores))]
    assert len(set(scores)) > 1  # the choice is not a formality


def test_every_mask_of_the_seal_decodes_with_zxing_at_level_m() -> None:
    seal = _seal()
    size, candidates = codes.mask_candidates(seal)
    for mask, rows in enumerate(candidates):
        results = zxingcpp.read_barcodes(_image(rows, size))
        assert [r.text for r in results] == [seal], mask
        assert results[0].format == zxingcpp.BarcodeFormat.QRCode
        assert results[0].ec_level == "M"


def test_seal_qr_is_no_larger_than_reportlab_made_it() -> None:
    seal = _seal()
    old = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    old.addData(qrencoder.QRAlphaNum(seal))
    old.make()
    _, size = codes.qr_rows(seal)
    assert size <= old.getModuleCount()  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("text", ["BAK1-2025-0000123", "status bak1-2025 Məmmədova Ç"])
def test_text_outside_alphanumeric_is_utf8_bytes(text: str) -> None:
    rows, size = codes.qr_rows(text)
    assert [r.text for r in zxingcpp.read_barcodes(_image(rows, size))] == [text]


def _jpeg(size: tuple[int, int], exif_orientation: int | None = None) -> bytes:
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    buffer = io.BytesIO()
    exif = Image.Exif()
    if exif_orientation:
        exif[0x0112] = exif_orientation
    image.save(buffer, format="JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


def _first_page(photo: bytes) -> PageObject:
    pdf = render_card(seal_card(make_card("TRP", photo=photo), WORKSTATION, ENDORSEMENT))
    return PdfReader(io.BytesIO(pdf)).pages[0]


def _embedded(photo: bytes) -> list[tuple[int, int, str]]:
    page = _first_page(photo)
    shown = [i.image for i in page.images]
    return sorted((i.width, i.height, str(i.mode)) for i in shown if i is not None)


def _pixels(points: float) -> int:
    return round(points / 72 * PRINT_PPI)


def test_a_camera_photo_is_embedded_at_print_resolution_not_full_size() -> None:
    """A 3000 x 4000 photo is decoded at a JPEG scale that keeps 300 ppi in the box (it
    was embedded at full size); the ghost is grey, at 300 ppi."""
    ghost, photo = _embedded(_jpeg((3000, 4000)))
    assert _pixels(PHOTO_W) <= photo[0] < 3000 / 2
    assert _pixels(PHOTO_H) <= photo[1] < 4000 / 2
    assert photo[2] == "RGB"
    drawn = min(image_boxes(_first_page(_jpeg((3000, 4000)))), key=lambda b: b[2] * b[3])
    assert ghost == (_pixels(drawn[2]), _pixels(drawn[3]), "L")


def test_a_photo_turned_by_exif_keeps_print_resolution() -> None:
    """Orientation 6 (turned a quarter): the stored 4000 x 3000 is a portrait photo."""
    _, photo = _embedded(_jpeg((4000, 3000), exif_orientation=6))
    assert _pixels(PHOTO_W) <= photo[0] < photo[1]
    assert _pixels(PHOTO_H) <= photo[1]


def test_reportlab_runs_with_its_c_accelerator() -> None:
    """rl-accel (a dependency) formats the PDF's numbers and checksums the font subsets;
    ReportLab falls back to pure Python, silently, without it."""
    assert isinstance(rl_accel.fp_str, BuiltinFunctionType)
    assert isinstance(rl_accel.calcChecksum, BuiltinFunctionType)
