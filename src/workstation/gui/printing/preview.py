"""`PreviewDialog(ctx, request)`: the card(s) or receipt as they will print, rendered off
the GUI thread, front and back side by side, with zoom; Print opens the system print
dialog and prints at true size (`batch.BatchPrinter`). For a batch, a list of the
applications on the left shows what each will get, and afterwards what happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.gui.detail.forms import load_form, part
from workstation.gui.printing.batch import BatchOutcome, BatchPrinter
from workstation.gui.printing.jobs import Check, Document, Kind, PrintRequest, check_all, for_screen
from workstation.gui.printing.pages_view import GAP, PagesView
from workstation.gui.printing.paper import Paper, configure
from workstation.gui.printing.reasons import reason_of
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

FIT = 0.0  # zoom so that every page fits the view
ZOOMS = (FIT, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)
DEFAULT_ZOOM = FIT
_PAGE_POINTS = {Paper.CARD: (242.65, 153.01), Paper.RECEIPT: (419.53, 595.28)}
_ERROR = "color: #b3261e; font-weight: bold;"
_DONE = "color: #1b6e20; font-weight: bold;"

Chooser = Callable[[QPrinter, Callable[[], None]], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


_TITLES = {
    Kind.CARD: QT_TRANSLATE_NOOP("PrintPreview", "Print card"),
    Kind.REPRINT: QT_TRANSLATE_NOOP("PrintPreview", "Reprint card"),
    Kind.RECEIPT: QT_TRANSLATE_NOOP("PrintPreview", "Print receipt"),
}


class PreviewDialog(QDialog):
    """``loaded`` when the current document is on screen (or its refusal shown);
    ``printed(outcome)`` when a print job has ended."""

    loaded = Signal()
    printed = Signal(object)

    def __init__(self, ctx: AppContext, request: PrintRequest, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.request = ctx, request
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(tr(_TITLES[request.kind]))
        self.form = load_form("print_preview.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.form)
        inner = self.form.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        self.info = part(self.form, QLabel, "infoLabel")
        self.error = part(self.form, QLabel, "errorLabel")
        self.error.setStyleSheet(_ERROR)
        self.error.hide()
        self.list = part(self.form, QListWidget, "documentList")
        self.list.setAccessibleName(
            QCoreApplication.translate("PrintPreview", "Applications to print")
        )
        self.view = PagesView(self)
        part(self.form, QWidget, "pagesHost").layout().addWidget(self.view)  # type: ignore[union-attr]
        self.zoom = part(self.form, QComboBox, "zoomBox")
        for factor in ZOOMS:
            self.zoom.addItem(
                QCoreApplication.translate("PrintPreview", "Fit")
                if factor == FIT
                else f"{round(factor * 100)} %",
                factor,
            )
        self.zoom.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom.setAccessibleName(QCoreApplication.translate("PrintPreview", "Zoom"))
        self.zoom.currentIndexChanged.connect(lambda _i: self._render_current())
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), ("Ctrl+=", 1)):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda s=step: self._step(s))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self).activated.connect(
            lambda: self._step(-1)
        )
        self.buttons = part(self.form, QDialogButtonBox, "buttons")
        self.buttons.rejected.connect(self.reject)
        self.print_button: QPushButton = self.buttons.addButton(
            QCoreApplication.translate("PrintPreview", "&Print…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.start_print)
        self.chooser: Chooser = self._ask_printer
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._render_current)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents: dict[str, Document] = {}
        self.refusals: dict[str, str] = {}
        self.outcome: BatchOutcome | None = None
        self._titles: dict[str, str] = {}
        self._generation = 0
        self._busy = False
        for app_id in request.application_ids:
            item = QListWidgetItem(
                QCoreApplication.translate("PrintPreview", "Loading…"), self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, app_id)
        self.list.setVisible(len(request.application_ids) > 1)
        self.list.currentRowChanged.connect(lambda _r: self._render_current())
        self.info.setText(self._info_text())
        self.resize(1060 if len(request.application_ids) > 1 else 820, 560)
        self.list.setCurrentRow(0)
        self.view.setFocus()
        if len(request.application_ids) > 1:
            store, kind, ids, now, language = (
                ctx.store,
                request.kind,
                request.application_ids,
                ctx.store.clock(),
                ctx.language,
            )
            ctx.runner.read(
                lambda: check_all(store, kind, ids, now=now, language=language),
                done=self._checked,
                owner=self,
                label="print.check",
            )

    def _checked(self, checks: dict[str, Check]) -> None:
        for app_id, check in checks.items():
            if app_id in self.documents or (self.outcome is not None):
                continue
            if check.refusal:
                self.refusals[app_id] = check.refusal
            self._titles[app_id] = check.title
            self._label(app_id)
        self._update_state()

    def _info_text(self) -> str:
        count = len(self.request.application_ids)
        if self.request.kind is Kind.RECEIPT:
            return QCoreApplication.translate(
                "PrintPreview", "Acknowledgement receipt, A5. It prints at true size."
            )
        if self.request.kind is Kind.REPRINT:
            return (
                QCoreApplication.translate(
                    "PrintPreview",
                    "Reprint of the same card (same number), approved by %1. Reason: %2",
                )
                .replace("%1", self.request.approved_by)
                .replace("%2", self.request.reason)
            )
        text = QCoreApplication.translate(
            "PrintPreview",
            "The card number is taken from this workstation's leased block when you print: "
            "the preview shows the next free number. The card prints at true size "
            "(85.60 × 53.98 mm), front then back.",
        )
        if count > 1:
            text = (
                QCoreApplication.translate(
                    "PrintPreview", "%1 applications, one card each. "
                ).replace("%1", str(count))
                + text
            )
        return text

    # -- preview -------------------------------------------------------------------

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def zoom_factor(self) -> float:
        data = self.zoom.currentData()
        return float(data) if data is not None else 1.0

    def _dpi(self) -> float:
        """Screen dots per inch for the zoom; Fit: the pages side by side fill the view."""
        factor = self.zoom_factor()
        if factor != FIT:
            return self.logicalDpiX() * factor
        width, height = _PAGE_POINTS[self.request.paper]
        pages = 2  # a card's front and back; a receipt's (usually) one or two pages
        view = self.view.viewport().size()
        across = (view.width() - GAP * (pages + 1) - 24) / (pages * width / 72)
        down = (view.height() - 2 * GAP - 24) / (height / 72)
        return max(24.0, min(across, down))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.zoom_factor() == FIT:
            self._resize_timer.start()  # the view has its real size now

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.zoom_factor() == FIT and self.isVisible():
            self._resize_timer.start()

    def _step(self, step: int) -> None:
        index = min(max(self.zoom.currentIndex() + step, 0), self.zoom.count() - 1)
        self.zoom.setCurrentIndex(index)

    def _render_current(self) -> None:
        app_id = self.current_id()
        if not app_id:
            return
        self._generation += 1
        generation = self._generation
        ratio = self.devicePixelRatioF() or 1.0
        dpi = self._dpi() * ratio
        kind = self.request.kind
        if self.outcome is not None and kind is Kind.CARD:
            kind = Kind.REPRINT  # after the job: the card as printed, its number taken
        store, now, today = (
            self.ctx.store,
            self.ctx.store.clock(),
            self.ctx.today(),
        )
        self.view.show_message(QCoreApplication.translate("PrintPreview", "Rendering…"))
        self.ctx.runner.read(
            lambda: for_screen(store, kind, app_id, now=now, today=today, dpi=dpi),
            done=lambda doc: self._show(generation, doc, ratio),
            failed=lambda exc: self._refused(generation, app_id, exc),
            owner=self,
            label="print.preview",
        )

    def _show(self, generation: int, doc: Document, ratio: float) -> None:
        self.documents[doc.application_id] = doc
        if self.outcome is None:  # afterwards the list keeps what the job said
            self.refusals.pop(doc.application_id, None)
            self._label(doc.application_id)
        if generation == self._generation:
            self.view.show_pages(doc.pages, ratio)
            self._update_state()
            self.loaded.emit()

    def _refused(self, generation: int, app_id: str, exc: BaseException) -> None:
        if self.outcome is None:  # afterwards the list keeps what the job said
            self.refusals[app_id] = reason_of(exc, self.ctx.language)
            self._label(app_id)
        if generation == self._generation:
            self.view.show_message(
                QCoreApplication.translate("PrintPreview", "Nothing to print for this application.")
            )
            self._update_state()
            self.loaded.emit()

    def _label(self, app_id: str, after: str = "") -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) != app_id:
                continue
            doc = self.documents.get(app_id)
            text = (
                doc.title
                if doc is not None
                else self._titles.get(
                    app_id, QCoreApplication.translate("PrintPreview", "Loading…")
                )
            )
            if after:
                text += "\n" + after
            elif app_id in self.refusals:
                text += "\n" + QCoreApplication.translate(
                    "PrintPreview", "Cannot print: %1"
                ).replace("%1", self.refusals[app_id])
            item.setText(text)
            item.setToolTip(text)
            failed = app_id in self.refusals and not (
                after and not after.startswith(QCoreApplication.translate("PrintPreview", "Not"))
            )
            item.setForeground(
                QColor("#b3261e") if failed else QColor("#1b6e20") if after else QColor("black")
            )

    def _update_state(self) -> None:
        app_id = self.current_id()
        why = self.refusals.get(app_id, "")
        if self.outcome is None:  # afterwards the label keeps the job's summary
            self.error.setText(why)
            self.error.setStyleSheet(_ERROR)
            self.error.setVisible(bool(why))
        printable = any(a not in self.refusals for a in self.request.application_ids)
        single_refused = len(self.request.application_ids) == 1 and bool(why)
        self.print_button.setEnabled(
            not self._busy and self.outcome is None and printable and not single_refused
        )

    # -- printing ------------------------------------------------------------------

    def _ask_printer(self, printer: QPrinter, chosen: Callable[[], None]) -> None:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.windowTitle())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(chosen)
        dialog.open()  # type: ignore[call-arg]

    def start_print(self) -> None:
        if self._busy or self.outcome is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        title = self.windowTitle()
        configure(printer, self.request.paper, title)
        self.chooser(printer, lambda: self._print_to(printer))

    def _print_to(self, printer: QPrinter) -> None:
        copies = printer.copyCount()
        configure(printer, self.request.paper, self.windowTitle())  # the dialog may reset it
        printer.setCopyCount(copies)
        self._busy = True
        self._update_state()
        self.info.setText(QCoreApplication.translate("PrintPreview", "Printing…"))
        self.printer = printer
        batch = BatchPrinter(self.ctx, self.request, printer, self)
        batch.step_done.connect(self._step_done)
        batch.finished.connect(self._finished)
        batch.start()

    def _step_done(self, app_id: str, doc: object, why: str) -> None:
        if isinstance(doc, Document) and doc.card_number and not why:
            self.documents.setdefault(app_id, doc)
            self._label(
                app_id,
                QCoreApplication.translate("PrintPreview", "Printed: card %1").replace(
                    "%1", doc.card_number
                ),
            )
        elif not why:
            self._label(app_id, QCoreApplication.translate("PrintPreview", "Printed"))
        else:
            self.refusals[app_id] = why
            self._label(
                app_id,
                QCoreApplication.translate("PrintPreview", "Not printed: %1").replace("%1", why),
            )

    def _finished(self, outcome: BatchOutcome) -> None:
        self._busy = False
        self.outcome = outcome
        printed, failed = len(outcome.printed), len(outcome.failed)
        if failed:
            text = QCoreApplication.translate(
                "PrintPreview", "Printed: %1. Not printed: %2 (see the list)."
            ).replace("%1", str(printed))
            text = text.replace("%2", str(failed))
            if len(self.request.application_ids) == 1:
                text = QCoreApplication.translate("PrintPreview", "Not printed: %1").replace(
                    "%1", outcome.failed[0][1]
                )
            self.error.setText(text)
            self.error.setStyleSheet(_ERROR)
        else:
            numbers = ", ".join(d.card_number for d in outcome.printed if d.card_number)
            text = QCoreApplication.translate("PrintPreview", "Printed: %1.").replace(
                "%1", str(printed)
            )
            if numbers:
                text += " " + QCoreApplication.translate(
                    "PrintPreview", "Card numbers: %1"
                ).replace("%1", numbers)
            self.error.setText(text)
            self.error.setStyleSheet(_DONE)
        self.error.show()
        self.info.setText(self._info_text())
        self._update_state()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        if outcome.printed:
            self.ctx.events.data_changed.emit()
            self.ctx.events.status_message.emit(text)
        self.printed.emit(outcome)
