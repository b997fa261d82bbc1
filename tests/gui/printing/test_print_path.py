"""The print path: the preview dialog renders the card, Print records it and prints it
at true size through a QPrinter (here writing a PDF, on the offscreen platform)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.gui.printing.conftest import FIRST, approved, print_with
from workstation.domain.model import PrintEvent, Status
from workstation.gui.context import AppContext
from workstation.gui.printing.batch import BatchOutcome
from workstation.gui.printing.jobs import Kind, PrintRequest
from workstation.gui.printing.preview import PreviewDialog
from workstation.store import Store
from workstation.store.permits import permit_for

PT_PER_MM = 72 / 25.4


def _mm(value: object) -> float:
    return float(value) / PT_PER_MM  # type: ignore[arg-type]


def test_card_prints_at_true_size_through_the_printer(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, card_store: Store, tmp_path: Path
) -> None:
    app_id = approved(context, 1)[0]
    dialog = PreviewDialog(context, PrintRequest(Kind.CARD, (app_id,)))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view.page_count == 2)  # front and back, side by side
    out = tmp_path / "card.pdf"
    outcome = print_with(qtbot, dialog, out)
    assert isinstance(outcome, BatchOutcome)
    assert not outcome.failed
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2
    dpi = dialog.printer.resolution()
    for page in reader.pages:
        # Qt writes page sizes in whole points: 243 x 153 pt = 85.725 x 53.975 mm
        width, height = _mm(page.mediabox.width), _mm(page.mediabox.height)
        assert abs(width - 85.60) < 0.15, width
        assert abs(height - 53.98) < 0.15, height
        # ...and the card painted from the corner 1:1 at the printer's resolution is
        # exactly 85.60 x 53.98 mm: one image of that many pixels, no scaling
        images = list(page.images)
        assert len(images) == 1
        picture = images[0].image
        assert picture is not None
        pixels = picture.size
        assert abs(pixels[0] / dpi * 25.4 - 85.60) < 25.4 / dpi
        assert abs(pixels[1] / dpi * 25.4 - 53.98) < 25.4 / dpi
    with card_store.read() as repos:
        app = repos.applications.get(app_id)
        permit = permit_for(repos.session, app_id)
    assert app.status is Status.CARD_PRINTED
    assert permit is not None
    assert permit.card_number.endswith(f"{FIRST:07d}")
    assert [e.event for e in permit.journal] == [PrintEvent.PRINT]
