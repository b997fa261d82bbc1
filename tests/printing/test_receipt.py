"""The receipt PDF: A5, fonts embedded, text, determinism; its QR and Code 128 decode."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from tests.printing.conftest import make_receipt, raster
from workstation.printing.receipt import render_receipt

MM = 72 / 25.4


def test_receipt_is_a5_with_its_text() -> None:
    reader = PdfReader(io.BytesIO(render_receipt(make_receipt())))
    page = reader.pages[0]
    assert float(page.mediabox.width) / MM == pytest.approx(148, abs=0.1)
    assert float(page.mediabox.height) / MM == pytest.approx(210, abs=0.1)
    text = page.extract_text()
    for expected in (
        "BAK1-2025-0000123",
        "Müvəqqəti yaşamaq icazəsi",
        "Məmmədova Gülşən Əli qızı",
        "AZ-PAY-0099887766",
        "120.00 AZN",
        "01.07.2025",
        "Leyla Məmmədova",
        "Yaşayış sahəsinə dair sənəd",
        "Bakı şəhəri 1 saylı regional xidmət mərkəzi",
    ):
        assert expected in text, expected


def test_receipt_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_receipt(make_receipt())))
    fonts = reader.pages[0]["/Resources"].get_object()["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_receipt_is_deterministic() -> None:
    assert render_receipt(make_receipt()) == render_receipt(make_receipt())


def test_receipt_codes_decode(tmp_path: Path) -> None:
    image = raster(render_receipt(make_receipt()), tmp_path, page=1, dpi=300)
    found = {r.format: r.text for r in zxingcpp.read_barcodes(image)}
    assert found[zxingcpp.BarcodeFormat.QRCode] == "WS-STATUS:BAK1-2025-0000123"
    assert found[zxingcpp.BarcodeFormat.Code128] == "BAK1-2025-0000123"


def test_long_document_lists_go_on_to_a_second_page() -> None:
    base = make_receipt()
    many = tuple((f"Sənəd {i} üçün arayış", f"Document {i}") for i in range(30))
    reader = PdfReader(io.BytesIO(render_receipt(replace(base, received=many))))
    assert len(reader.pages) >= 2
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Sənəd 29 üçün arayış" in text
