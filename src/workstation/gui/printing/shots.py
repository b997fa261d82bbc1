"""Gallery pictures of printing: the card preview, the receipt preview, a batch preview
with one application refused, the print journal, the reprint approval and the hand-over.

The gallery's data folder is enrolled without a seal key or card leases; this gives it
both the way enrolment and sync would (a key endorsed by a root key made here, a block
of card numbers per series), then prints through the real print path into a PDF."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from workstation.domain import seal
from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.detail.shots import pick, settle
from workstation.gui.printing.dialogs import HandoverDialog, ReprintDialog, tier_label
from workstation.gui.printing.jobs import Kind, PrintRequest
from workstation.gui.printing.journal import JournalDialog
from workstation.gui.printing.preview import PreviewDialog
from workstation.store import StoreError, cards, seal_keys
from workstation.store.permits import permit_for


@dataclass(frozen=True)
class _Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


def prepare(ctx: AppContext) -> None:
    folder = ctx.store.datadir.path
    try:
        seal_keys.load(folder)
    except StoreError:
        root, key = Ed25519PrivateKey.generate(), seal_keys.new_key()
        today = dt.date.today()
        endorsement = seal.endorse(
            root,
            seal.raw_public_key(key.public_key()),
            ctx.session.center_code if ctx.session else "BAK1",
            today - dt.timedelta(days=30),
            today.replace(year=today.year + 5),
        )
        seal_keys.save(folder, seal_keys.SealKeys(key, endorsement, root.public_key()))
    with ctx.store.read() as repos:
        have = {s for s in ctx.store.catalogue.card_series if repos.leases_left("card", s)}
    with ctx.store.unit_of_work(ctx.actor) as uow:
        for series in ctx.store.catalogue.card_series:
            if series not in have:
                uow.add_lease(_Lease(f"gallery-{series}", "card", series, 1201, 1300))


def _pdf_printer(path: Path):  # type: ignore[no-untyped-def]
    def choose(printer: QPrinter, chosen) -> None:  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        chosen()

    return choose


def _print(ctx: AppContext, ids: tuple[str, ...], path: Path) -> PreviewDialog:
    dialog = PreviewDialog(ctx, PrintRequest(Kind.CARD, ids))
    settle(ctx, dialog.print_button.isEnabled)
    dialog.chooser = _pdf_printer(path)
    done: list[object] = []
    dialog.printed.connect(done.append)
    dialog.print_button.click()
    settle(ctx, lambda: bool(done), seconds=60)
    return dialog


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    prepare(ctx)
    taken: set[str] = set()
    card_id = pick(ctx, Status.APPROVED, taken)
    preview = PreviewDialog(ctx, PrintRequest(Kind.CARD, (card_id,)))
    preview.show()
    settle(ctx, lambda: not preview._resize_timer.isActive() and preview.view.page_count == 2)
    yield "print_preview_card", preview
    preview.close()

    receipt = PreviewDialog(ctx, PrintRequest(Kind.RECEIPT, (pick(ctx, Status.RECEIVED, taken),)))
    receipt.resize(1000, 760)
    receipt.show()
    settle(ctx, lambda: receipt.view.page_count >= 1)
    settle(ctx, lambda: not receipt._resize_timer.isActive())
    yield "print_preview_receipt", receipt
    receipt.close()

    out = Path(tempfile.mkdtemp(prefix="gallery-print-"))
    refused = pick(ctx, Status.UNDER_REVIEW, taken)
    batch_ids = (card_id, pick(ctx, Status.APPROVED, taken), refused)
    batch = _print(ctx, batch_ids, out / "batch.pdf")
    batch.show()
    batch._render_current()
    settle(ctx)
    yield "print_batch_after", batch
    batch.close()

    with ctx.store.read() as repos:
        app = repos.applications.get(card_id)
        person = repos.persons.get(app.person_id)
        permit = permit_for(repos.session, card_id)
    assert permit is not None
    second = batch_ids[1]
    cards.reprint(
        ctx.store, ctx.actor, second, reason="Ribbon smeared the photo", approved_by="supervisor"
    )
    cards.spoil(ctx.store, ctx.actor, second, reason="Card jammed in the printer")
    journal = JournalDialog(ctx)
    journal.show()
    settle(ctx, lambda: bool(journal.model.lines))
    yield "print_journal", journal
    journal.close()

    reprint = ReprintDialog(ctx, app, permit, None)
    reprint.reason_edit.setPlainText("The holder's name was printed over the photo.")
    reprint.user_edit.setText("supervisor")
    reprint.password_edit.setText("secret")
    reprint.show_error(
        QCoreApplication.translate(
            "PrintDialogs", "Wrong user name or password (%1 tries left)."
        ).replace("%1", "4")
    )
    reprint.show()
    reprint.adjustSize()
    settle(ctx)
    yield "print_reprint_approval", reprint
    reprint.close()

    handover = HandoverDialog(app, person, permit, None, tier_label=tier_label(ctx, app))
    handover.show()
    handover.adjustSize()
    settle(ctx)
    yield "print_handover", handover
    handover.close()
