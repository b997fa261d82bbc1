"""One print job over one or more applications, step by step off the GUI thread:
record (writer) → render at the printer's resolution (reader) → paint (GUI thread),
then the next. A refused or failed application is reported and the others go on."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from workstation.gui.context import AppContext
from workstation.gui.printing.jobs import Document, PrintRequest, rasterise, record_and_render
from workstation.gui.printing.output import PrintFailed, PrintSession, printer_dpi
from workstation.gui.printing.reasons import reason_of
from workstation.runtime.logs import area_logger

log = area_logger("print")

MAX_DPI = 600  # above this a page image costs hundreds of MB for no visible gain


@dataclass(slots=True)
class BatchOutcome:
    printed: list[Document] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (application id, why)
    pages: int = 0


class BatchPrinter(QObject):
    """``step_done(application_id, document or None, why)`` after each application,
    ``finished(outcome)`` at the end."""

    step_done = Signal(str, object, str)
    finished = Signal(object)

    def __init__(
        self, ctx: AppContext, request: PrintRequest, printer: QPrinter, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ctx, self.request, self.printer = ctx, request, printer
        self.outcome = BatchOutcome()
        self.session = PrintSession(printer)
        self._queue = list(request.application_ids)
        self.copies = max(1, printer.copyCount())
        if printer.resolution() > MAX_DPI:
            printer.setResolution(MAX_DPI)
        self.dpi = printer_dpi(printer)

    def start(self) -> None:
        try:
            self.session.begin()
        except PrintFailed as exc:
            for app_id in self._queue:
                self._fail(app_id, exc)
            self._queue = []
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self.session.end()
            self.outcome.pages = self.session.pages
            self.finished.emit(self.outcome)
            return
        app_id = self._queue.pop(0)
        ctx, request, copies = self.ctx, self.request, self.copies
        store, actor = ctx.store, ctx.actor
        role = ctx.session.role if ctx.session is not None else None
        today = ctx.today()
        if role is None:
            self._fail(app_id, PrintFailed("nobody is logged in"))
            self._next()
            return
        self.ctx.runner.write(
            lambda: record_and_render(
                store, actor, role, request, app_id, copies=copies, today=today
            ),
            done=self._recorded,
            failed=lambda exc: self._failed_then_next(app_id, exc),
            owner=self,
            label="print.record",
        )

    def _recorded(self, doc: Document) -> None:
        self.ctx.events.data_changed.emit()  # the number is taken: views show it now
        dpi = self.dpi
        self.ctx.runner.read(
            lambda: rasterise(doc, dpi),
            done=self._paint,
            failed=lambda exc: self._failed_then_next(doc.application_id, exc, doc),
            owner=self,
            label="print.render",
        )

    def _paint(self, doc: Document) -> None:
        try:
            self.session.add(doc.pages)
        except PrintFailed as exc:
            self._failed_then_next(doc.application_id, exc, doc)
            return
        doc.pages = []  # the printer has them; free the memory
        log.info("printed application %s (card %s)", doc.application_id, doc.card_number or "-")
        self.outcome.printed.append(doc)
        self.step_done.emit(doc.application_id, doc, "")
        self._next()

    def _fail(self, app_id: str, exc: BaseException, doc: Document | None = None) -> None:
        why = reason_of(exc, self.ctx.language)
        if doc is not None and doc.card_number:
            why = (
                self.tr("Card %1 was recorded but not printed (%2): record it as spoiled.")
                .replace("%1", doc.card_number)
                .replace("%2", why)
            )
        log.warning("not printed: application %s: %s", app_id, type(exc).__name__)
        self.outcome.failed.append((app_id, why))
        self.step_done.emit(app_id, doc, why)

    def _failed_then_next(
        self, app_id: str, exc: BaseException, doc: Document | None = None
    ) -> None:
        self._fail(app_id, exc, doc)
        self._next()
