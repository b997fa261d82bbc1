"""The background steps of printing (reader/writer threads, never the GUI thread):
render a document for the screen, record a print and render it for the printer.

`Document` is what comes back: the PDF bytes and, once rasterised, the page images."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtGui import QImage

from workstation.domain.model import Role
from workstation.domain.seal import endorse, raw_public_key
from workstation.gui.printing.paper import Paper
from workstation.gui.printing.raster import render_pages
from workstation.gui.printing.reasons import reason_of
from workstation.printing.documents import card_pdf, receipt_pdf
from workstation.store import Actor, Store, cards, seal_keys


class Kind(Enum):
    CARD = "card"  # a new card: the number is taken when printing
    REPRINT = "reprint"  # the same card again, approved by a supervisor
    RECEIPT = "receipt"


@dataclass(frozen=True, slots=True)
class PrintRequest:
    """What the Print button records: the kind, the applications, and for a reprint
    the reason and the supervisor who approved it."""

    kind: Kind
    application_ids: tuple[str, ...]
    reason: str = ""
    approved_by: str = ""

    @property
    def paper(self) -> Paper:
        return Paper.RECEIPT if self.kind is Kind.RECEIPT else Paper.CARD


@dataclass(slots=True)
class Document:
    application_id: str
    title: str  # application number and holder
    pdf: bytes
    card_number: str = ""
    preview: bool = False  # a card whose number is not taken yet
    pages: list[QImage] = field(default_factory=list)


def _card(store: Store, job: cards.CardJob) -> bytes:
    keys = seal_keys.load(store.datadir.path)
    if job.preview:
        # A preview shows a number that is not taken yet: its seal is made with a
        # throwaway key endorsed by a throwaway root, so that a screenshot of the preview
        # never verifies, yet the code looks as it will print.
        key, endorsed = seal_keys.new_key(), keys.endorsement
        endorsement = endorse(
            seal_keys.new_key(),
            raw_public_key(key.public_key()),
            endorsed.center,
            endorsed.not_before,
            endorsed.not_after,
        )
        return card_pdf(job, key, endorsement)
    return card_pdf(job, keys.key, keys.endorsement)


def _title(job: cards.CardJob | cards.ReceiptJob) -> str:
    return f"{job.app.number} — {job.person.full_name}"


def for_screen(
    store: Store, kind: Kind, application_id: str, *, now: dt.datetime, today: dt.date, dpi: float
) -> Document:
    """The document as it will print, rendered at `dpi` for the preview."""
    if kind is Kind.RECEIPT:
        receipt = cards.receipt(store, application_id)
        pdf = receipt_pdf(
            receipt.app, receipt.person, receipt.service, center=receipt.center, today=today
        )
        doc = Document(application_id, _title(receipt), pdf)
    else:
        job = cards.current(store, application_id, now=now)
        if kind is Kind.REPRINT and job.preview:
            raise cards.not_printed(job.app)
        if kind is Kind.CARD and not job.preview:
            raise cards.already_printed(job.app, job.permit)
        doc = Document(
            application_id, _title(job), _card(store, job), job.permit.card_number, job.preview
        )
    doc.pages = render_pages(doc.pdf, dpi)
    return doc


def record_and_render(
    store: Store,
    actor: Actor,
    role: Role,
    request: PrintRequest,
    application_id: str,
    *,
    copies: int,
    today: dt.date,
) -> Document:
    """Writer thread: record the print (number taken, permit, journal, status) in one
    transaction, then render the PDF that goes to the printer."""
    if request.kind is Kind.RECEIPT:
        receipt = cards.receipt(store, application_id)
        cards.record_render(store, actor, "application", application_id, "receipt.print")
        pdf = receipt_pdf(
            receipt.app, receipt.person, receipt.service, center=receipt.center, today=today
        )
        return Document(application_id, _title(receipt), pdf)
    seal_keys.load(store.datadir.path)  # no seal key: refused before a number is taken
    if request.kind is Kind.REPRINT:
        job = cards.reprint(
            store,
            actor,
            application_id,
            reason=request.reason,
            approved_by=request.approved_by,
            copies=copies,
        )
    else:
        job = cards.print_new(store, actor, application_id, role=role, copies=copies)
    return Document(application_id, _title(job), _card(store, job), job.permit.card_number)


def rasterise(doc: Document, dpi: float) -> Document:
    """Reader thread: the pages at the printer's resolution, codes not smoothed."""
    doc.pages = render_pages(doc.pdf, dpi, for_printer=True)
    return doc


@dataclass(frozen=True, slots=True)
class Check:
    title: str
    refusal: str = ""


def check_all(
    store: Store, kind: Kind, application_ids: tuple[str, ...], *, now: dt.datetime, language: str
) -> dict[str, Check]:
    """Reader thread: the title of each application and why it cannot print, if so
    (the same checks as printing, without rendering)."""
    result: dict[str, Check] = {}
    for app_id in application_ids:
        try:
            if kind is Kind.RECEIPT:
                receipt = cards.receipt(store, app_id)
                result[app_id] = Check(_title(receipt))
                continue
            job = cards.current(store, app_id, now=now)
            title = _title(job)
            if kind is Kind.REPRINT and job.preview:
                raise cards.not_printed(job.app)
            if kind is Kind.CARD and not job.preview:
                raise cards.already_printed(job.app, job.permit)
            seal_keys.load(store.datadir.path)
            result[app_id] = Check(title)
        except Exception as exc:  # every refusal is shown, per application
            with store.read() as repos:
                app = repos.applications.get(app_id)
                person = repos.persons.get(app.person_id)
            result[app_id] = Check(f"{app.number} — {person.full_name}", reason_of(exc, language))
    return result
