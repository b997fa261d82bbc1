"""The card PDF: size, embedded fonts, extracted text, the zone, determinism, the seal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from tests.printing.conftest import (
    ENDORSEMENT,
    ROOT,
    WORKSTATION,
    image_boxes,
    make_card,
    photo_bytes,
    raster,
)
from workstation.domain.seal import SealInvalid, verify
from workstation.printing.card import render_card
from workstation.printing.seal import issue_date, seal_card

MM = 72 / 25.4
CARD_TYPES = ("TRP", "PRP", "WP")


def _pdf(card_type: str = "TRP", photo: bytes | None = None) -> bytes:
    return render_card(seal_card(make_card(card_type, photo=photo), WORKSTATION, ENDORSEMENT))


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_pages_are_id1_size(card_type: str) -> None:
    reader = PdfReader(io.BytesIO(_pdf(card_type)))
    assert len(reader.pages) == 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width / MM == pytest.approx(85.60, abs=0.01)
        assert height / MM == pytest.approx(53.98, abs=0.01)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font used on every page: its base name and whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for child in font.get("/DescendantFonts", []):
                descriptors.append(child.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[str(font["/BaseFont"])] = embedded
    return found


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_every_font_is_embedded(card_type: str) -> None:
    fonts = _fonts(PdfReader(io.BytesIO(_pdf(card_type))))
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    names = " ".join(fonts)
    assert "DejaVuSans" in names
    assert "OCRB" in names


def test_text_keeps_azerbaijani_letters() -> None:
    reader = PdfReader(io.BytesIO(_pdf("WP")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "MƏMMƏDOVA-ÇƏLƏBİ" in text
    assert "GÜLŞƏN İLAHƏ ƏLİ QIZI" in text
    assert "İŞ İCAZƏSİ" in text
    for letter in "əğıöüşçİƏ":
        assert letter in text, letter
    assert "Vətəndaşlığı" in text
    assert "İşəgötürən" in text
    assert "üçün" in text


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_zone_lines_extract_exactly(card_type: str) -> None:
    card = make_card(card_type)
    back = PdfReader(io.BytesIO(_pdf(card_type))).pages[1].extract_text()
    lines = [line.strip() for line in back.splitlines()]
    for line in card.mrz:
        assert line in lines, (line, lines)


def test_same_input_gives_same_bytes() -> None:
    photo = photo_bytes()
    assert _pdf("TRP", photo) == _pdf("TRP", photo)
    assert _pdf("WP") == _pdf("WP")
    assert _pdf("TRP") != _pdf("PRP")


def test_photo_and_ghost_are_embedded_images() -> None:
    reader = PdfReader(io.BytesIO(_pdf("TRP", photo_bytes())))
    assert len(reader.pages[0].images) == 2  # the photo and its ghost
    assert not PdfReader(io.BytesIO(_pdf("TRP"))).pages[0].images  # silhouette: vectors


def _qr_text(pdf: bytes, tmp_path: Path) -> str:
    image = raster(pdf, tmp_path, page=2, dpi=300)
    results = zxingcpp.read_barcodes(image)
    texts = [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(texts) == 1, results
    return texts[0]


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_qr_from_a_300_dpi_raster_verifies(card_type: str, tmp_path: Path) -> None:
    card = seal_card(make_card(card_type, photo=photo_bytes()), WORKSTATION, ENDORSEMENT)
    text = _qr_text(render_card(card), tmp_path)
    assert text == card.seal
    checked = verify(text, ROOT.public_key(), on=issue_date(card_claims_of(text)))
    assert checked.claims["n"] == card.card_number
    assert checked.claims["s"] == "Məmmədova-Çələbi"


def card_claims_of(text: str) -> dict[str, str | int]:
    from workstation.domain.seal import decode

    return dict(decode(text).claims)


def test_one_changed_character_of_the_qr_text_is_invalid(tmp_path: Path) -> None:
    text = _qr_text(_pdf("TRP"), tmp_path)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    failures = 0
    for position in range(len("AZ1:"), len(text), 7):
        changed = alphabet[(alphabet.index(text[position]) + 1) % len(alphabet)]
        tampered = text[:position] + changed + text[position + 1 :]
        with pytest.raises(SealInvalid):
            verify(tampered, ROOT.public_key())
        failures += 1
    assert failures > 50


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_ghost_image_leaves_the_pin_clear(card_type: str) -> None:
    """The ghost image in the bottom right corner stays below the last row of fields (the
    PIN's value): it used to cover the PIN's last characters."""
    page = PdfReader(io.BytesIO(_pdf(card_type, photo=photo_bytes()))).pages[0]
    pin = make_card(card_type).pin
    baselines: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip() == pin:
            baselines.append(tm[5] - 0.3 * size)  # the lowest descender

    page.extract_text(visitor_text=visit)
    assert len(baselines) == 1, baselines
    boxes = image_boxes(page)
    assert len(boxes) == 2, boxes  # the photo and its ghost
    ghost = min(boxes, key=lambda box: box[2] * box[3])
    _x, y, width, height = ghost
    assert y + height < baselines[0], (ghost, baselines)
    assert width / MM > 7
    assert height / width == pytest.approx(12.9 / 10.0, rel=0.01)
