"""The Reports dialog: a period report per center and per officer, saved as PDF or CSV.

The numbers are counted, the document rendered and the file written on a reader thread
(`workstation.printing.reports` / `report_csv`); the dialog only collects the choices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.stats import MAX_DAYS, PeriodError, StatsFilter
from workstation.files import write_atomically
from workstation.gui.context import AppContext
from workstation.gui.dashboard.page import is_supervisor
from workstation.printing.report_csv import render_csv
from workstation.printing.reports import render_report
from workstation.store.stats import dashboard

LANGS = (("az", "Azərbaycanca"), ("en", "English"), ("ru", "Русский"))


def save_report(ctx: AppContext, flt: StatsFilter, kind: str, lang: str, path: Path) -> Path:
    """On a reader thread: count, render and write the report; returns the path."""
    with ctx.store.read() as repos:
        stats = dashboard(repos.session, flt, ctx.today())

    def name(code: str) -> str:
        try:
            return ctx.catalogue.service(code).name.text(lang)  # type: ignore[arg-type]
        except KeyError:
            return code

    data = render_report(stats, lang, name) if kind == "pdf" else render_csv(stats, name)
    write_atomically(path, data)
    return path


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReportsDialog(QDialog):
    """``saved(path)`` once the file is written."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        flt: StatsFilter | None = None,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports_dialog")
        self.setWindowTitle(self.tr("Reports"))
        today = ctx.today()
        flt = flt or StatsFilter(today.replace(day=1), today)
        self.folder = folder or Path.home()
        self.since = QDateEdit(_qdate(flt.since), self)
        self.until = QDateEdit(_qdate(flt.until), self)
        for edit, name in ((self.since, "report_from"), (self.until, "report_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self._suggest_name)
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("To"))
        period = QHBoxLayout()
        period.addWidget(self.since)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.until)
        period.addStretch(1)
        self.center = QLineEdit(flt.center or "", self)
        self.center.setObjectName("report_center")
        self.center.setPlaceholderText(self.tr("All centers"))
        self.center.setAccessibleName(self.tr("Center"))
        self.officer = QLineEdit(flt.officer or "", self)
        self.officer.setObjectName("report_officer")
        self.officer.setPlaceholderText(self.tr("All officers"))
        self.officer.setAccessibleName(self.tr("Officer"))
        if not is_supervisor(ctx) and ctx.session is not None:
            self.officer.setText(ctx.session.username)
            self.officer.setReadOnly(True)
            self.officer.setToolTip(self.tr("Officers report their own work"))
        self.pdf = QRadioButton(self.tr("&PDF document"), self)
        self.pdf.setObjectName("format_pdf")
        self.csv = QRadioButton(self.tr("C&SV for a spreadsheet"), self)
        self.csv.setObjectName("format_csv")
        self.pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.csv)
        self.pdf.toggled.connect(self._suggest_name)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.csv)
        formats.addStretch(1)
        self.lang = QComboBox(self)
        self.lang.setObjectName("report_lang")
        self.lang.setAccessibleName(self.tr("Language of the report"))
        for code, name in LANGS:
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(self.lang.findData(ctx.language), 0))
        self.path = QLineEdit(self)
        self.path.setObjectName("report_path")
        self.path.setAccessibleName(self.tr("Save as"))
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)

        form = QFormLayout()
        for text, layout_or_field, buddy in (
            (self.tr("P&eriod:"), period, self.since),
            (self.tr("&Center:"), self.center, self.center),
            (self.tr("&Officer:"), self.officer, self.officer),
            (self.tr("Format:"), formats, self.pdf),
            (self.tr("&Language:"), self.lang, self.lang),
            (self.tr("Save &as:"), where, self.path),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, layout_or_field)
        self.message = QLabel(self)
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_report")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._suggest_name()

    def kind(self) -> str:
        return "pdf" if self.pdf.isChecked() else "csv"

    def _suggest_name(self) -> None:
        since, until = _day(self.since.date()), _day(self.until.date())
        name = f"report-{since.isoformat()}-{until.isoformat()}.{self.kind()}"
        current = Path(self.path.text()) if self.path.text().strip() else None
        folder = current.parent if current is not None else self.folder
        if current is None or current.name.startswith("report-"):
            self.path.setText(str(folder / name))

    def _browse(self) -> None:
        kind = self.kind()
        filters = (
            self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), self.path.text(), filters
        )
        if chosen:
            self.path.setText(chosen)

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)

    def save(self) -> None:
        since, until = _day(self.since.date()), _day(self.until.date())
        if until < since:
            self._error(self.tr("The period ends before it starts."))
            return
        if (until - since).days >= MAX_DAYS:
            self._error(self.tr("The period is longer than %n day(s).", None, MAX_DAYS))
            return
        try:
            flt = StatsFilter(
                since,
                until,
                center=self.center.text().strip() or None,
                officer=self.officer.text().strip() or None,
            )
        except PeriodError as exc:  # checked above in the UI language; kept as a guard
            self._error(str(exc))
            return
        text = self.path.text().strip()
        if not text:
            self._error(self.tr("Choose where to save the report."))
            return
        path = Path(text)
        if path.is_dir():
            self._error(self.tr("%1 is a folder: give a file name.").replace("%1", text))
            return
        kind, lang = self.kind(), str(self.lang.currentData())
        self.save_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing the report…"))
        self.ctx.runner.read(
            lambda: save_report(self.ctx, flt, kind, lang, path),
            done=self._saved,
            failed=self._failed,
            owner=self,
            label="report",
        )

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.ctx.events.status_message.emit(self.tr("Report saved to %1").replace("%1", str(path)))
        self.saved.emit(str(path))
        self.accept()

    def _failed(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self._error(self.tr("The report was not saved: %1").replace("%1", str(reason)))
