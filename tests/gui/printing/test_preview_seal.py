"""The preview shows the next free card number before it is taken: its QR must not be a
valid seal (a screenshot of it would otherwise verify for a card never printed), while
the card that goes to the printer carries a valid one."""

from __future__ import annotations

import datetime as dt

import pypdfium2  # type: ignore[import-untyped]
import pytest
import zxingcpp
from PIL import Image

from tests.gui.conftest import TODAY
from tests.gui.printing.conftest import approved
from tests.printing.conftest import ROOT
from workstation.domain.model import Role
from workstation.domain.seal import SealInvalid, decode, verify
from workstation.gui.printing.jobs import Kind, PrintRequest, for_screen, record_and_render

NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)


def _seal_text(pdf: bytes) -> str:
    results = zxingcpp.read_barcodes(_back_page(pdf))
    texts = [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(texts) == 1, results
    return texts[0]


def _back_page(pdf: bytes) -> Image.Image:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return doc[1].render(scale=300 / 72).to_pil()
    finally:
        doc.close()


def test_the_preview_seal_never_verifies_the_printed_one_does(context, card_store) -> None:  # type: ignore[no-untyped-def]
    app_id = approved(context, 1)[0]
    preview = for_screen(card_store, Kind.CARD, app_id, now=NOW, today=TODAY, dpi=50)
    assert preview.preview
    text = _seal_text(preview.pdf)
    claims = decode(text).claims
    with pytest.raises(SealInvalid):
        verify(text, ROOT.public_key(), on=TODAY)

    printed = record_and_render(
        card_store,
        context.actor,
        Role.OFFICER,
        PrintRequest(Kind.CARD, (app_id,)),
        app_id,
        copies=1,
        today=TODAY,
    )
    good = verify(_seal_text(printed.pdf), ROOT.public_key(), on=TODAY)
    assert good.claims["n"] == printed.card_number == claims["n"]
