"""`ReceptionForm`: receive an application at the counter.

The fixed layout comes from ``ui/reception.ui``; the service's own fields, checklist and
fee tiers from the catalogue. Everything typed is validated as it is typed, autosaved
for crash recovery, and written (Save draft, Receive) on the writer thread."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.catalogue_model import Service
from workstation.domain.errors import Lang
from workstation.domain.ids import new_id
from workstation.gui.context import AppContext
from workstation.gui.reception import autosave
from workstation.gui.reception.applicant import EDITORS, ApplicantSection
from workstation.gui.reception.attachments import PreviewPane
from workstation.gui.reception.checklist import Checklist
from workstation.gui.reception.checks import form_errors, missing_documents
from workstation.gui.reception.fees import FeePanel
from workstation.gui.reception.fields import FieldEditor, label_text, make_editor
from workstation.gui.reception.files_ui import FileActions
from workstation.gui.reception.formstate import Attached, FormState, facts, messages_by_field
from workstation.gui.reception.saving import SaveFlow
from workstation.gui.reception.widgets import STYLE, Banner, ErrorLabels, child, load_ui


class ReceptionForm(QWidget):
    """A reception form for a new application, or for an existing draft."""

    saved = Signal(str)  # application id, after Save draft or Receive
    received = Signal(str)  # application id, once received
    discarded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        application_id: str | None = None,
        recover: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: Lang = ctx.language  # type: ignore[assignment]
        self.setObjectName("ReceptionFormPage")
        self.ui = load_ui("reception.ui", self)
        self.setStyleSheet(STYLE)
        self.key = application_id or f"{autosave.NEW}{new_id()}"
        self.application_id = application_id
        self.application_version = 0
        self.touched: set[str] = set()
        self.show_all_errors = False
        self.read_only = False
        self.loading = application_id is not None
        self.errors = ErrorLabels()
        self.field_editors: dict[str, FieldEditor] = {}
        self.photo: Attached | None = None  # set by FileActions
        self.mrz_text = ""

        self.banner = Banner(self.ui)
        child(self.ui, QWidget, "bannerArea").layout().addWidget(self.banner)
        self.title: QLabel = child(self.ui, QLabel, "titleLabel")
        self.state_label: QLabel = child(self.ui, QLabel, "stateLabel")
        self.scroll_area: QScrollArea = child(self.ui, QScrollArea, "scrollArea")
        self.service_combo: QComboBox = child(self.ui, QComboBox, "serviceCombo")
        self.service_note: QLabel = child(self.ui, QLabel, "serviceNote")
        self.service_note.hide()
        self.fields_form: QFormLayout = child(self.ui, QFormLayout, "fieldsForm")
        self.fields_group: QGroupBox = child(self.ui, QGroupBox, "fieldsGroup")
        self.save_button: QPushButton = child(self.ui, QPushButton, "saveButton")
        self.receive_button: QPushButton = child(self.ui, QPushButton, "receiveButton")
        self.discard_button: QPushButton = child(self.ui, QPushButton, "discardButton")
        self.payment_edit: QLineEdit = child(self.ui, QLineEdit, "paymentEdit")
        self.documents_hint: QLabel = child(self.ui, QLabel, "documentsHint")

        self.service_combo.addItem(self.tr("— choose the service —"), "")
        for service in sorted(ctx.catalogue.services, key=lambda s: s.name.text(self.lang)):
            self.service_combo.addItem(service.name.text(self.lang), service.code)
        self.service_combo.setAccessibleName(self.tr("Service"))

        self.applicant = ApplicantSection(ctx, self.ui)
        person_form = child(self.ui, QFormLayout, "personForm")
        for path, widget in self.applicant.editors.items():
            self.errors.add(path, person_form, widget)
        self.errors.add("service", child(self.ui, QFormLayout, "serviceForm"), self.service_combo)
        self.fees = FeePanel(self.ui, self.lang)
        self.errors.add("payment_ref", child(self.ui, QFormLayout, "feeForm"), self.payment_edit)
        self.errors.add("fee_tier", child(self.ui, QFormLayout, "feeForm"), self.fees.tier)
        self.checklist = Checklist(child(self.ui, QVBoxLayout, "checklistLayout"), self.lang)
        self.preview = PreviewPane(ctx, child(self.ui, QLabel, "previewLabel"))
        self.files = FileActions(self)
        self.autosaver = autosave.Autosaver(ctx, self.key, self.state, self)
        self.autosaver.enabled = recover
        self.flow = SaveFlow(self)

        self.service_combo.activated.connect(lambda _i: self.service_chosen())
        self.applicant.changed.connect(self.edited)
        self.applicant.mrz_filled.connect(self.autosaver.flush)
        self.applicant.mrz_edit.textChanged.connect(self.autosaver.touch)
        self.fees.tier.activated.connect(lambda _i: self.edited("fee_tier"))
        self.payment_edit.textEdited.connect(lambda _t: self.edited("payment_ref"))
        self.save_button.clicked.connect(self.flow.save_draft)
        self.receive_button.clicked.connect(self.flow.receive)
        self.discard_button.clicked.connect(self.flow.discard)
        QShortcut(QKeySequence.StandardKey.Save, self, self.flow.save_draft).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.flow.receive).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        self.set_title()
        self.service_chosen()
        self.applicant.set_texts({"document.type": "ordinary"})
        if application_id is not None:
            self.flow.load(application_id)
        elif recover:
            self.flow.offer_recovery()
        self.service_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the service ------------------------------------------------------------------

    def service(self) -> Service | None:
        code = str(self.service_combo.currentData() or "")
        return self.ctx.catalogue.service(code) if code else None

    def service_chosen(self, values: dict[str, str | bool] | None = None) -> None:
        """Rebuild the service's fields, checklist and tiers (keeping typed values of
        fields with the same code)."""
        service = self.service()
        kept = (
            values if values is not None else {c: e.value() for c, e in self.field_editors.items()}
        )
        self.errors.remove_layout(self.fields_form)
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_editors = {}
        self.fields_group.setVisible(service is not None)
        if service is not None:
            for spec in service.fields:
                editor = make_editor(service, spec, self.lang, self.fields_group)
                self.fields_form.addRow(label_text(spec, self.lang), editor.widget)
                editor.widget.show()  # now, not when the event loop next runs
                self.errors.add(editor.path, self.fields_form, editor.widget)
                if spec.code in kept:
                    editor.set_value(kept[spec.code])
                editor.on_change(functools.partial(self.edited, editor.path))
                self.field_editors[spec.code] = editor
        self.fees.set_service(service)
        self.service_note.setVisible(False)
        self.documents_hint.setText(
            self.tr("Attach a scan with the button or drop a PDF, JPEG or PNG file on its line.")
            if service is not None
            else self.tr("Choose the service: its documents are listed here.")
        )
        if service is not None:
            self.touched.add("service")
        self.refresh()
        self.set_tab_order()
        if values is None:
            self.autosaver.touch()

    # -- state ------------------------------------------------------------------------

    def state(self) -> FormState:
        service = self.service()
        return FormState(
            key=self.key,
            application_id=self.application_id,
            application_version=self.application_version,
            person_id=self.applicant.person_id,
            service_code=service.code if service else "",
            person=self.applicant.texts(),
            photo=self.photo,
            fields={c: e.value() for c, e in self.field_editors.items()},
            checklist=self.checklist.states(),
            fee_tier=self.fees.tier_code(),
            payment_ref=self.payment_edit.text(),
            mrz=self.applicant.mrz_edit.toPlainText(),
            duplicate_ack=self.applicant.duplicate_ack,
        )

    def apply_state(self, state: FormState) -> None:
        """Show a saved or recovered state exactly (invalid values included)."""
        self.application_id = state.application_id
        self.application_version = state.application_version
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(state.service_code)))
        self.checklist.set_states(state.checklist)
        self.service_chosen(values=dict(state.fields))
        self.applicant.set_texts({path: state.person.get(path, "") for path in EDITORS})
        self.applicant.set_person(state.person_id, state.duplicate_ack)
        self.applicant.mrz_edit.blockSignals(True)
        self.applicant.mrz_edit.setPlainText(state.mrz)
        self.applicant.mrz_edit.blockSignals(False)
        self.files.show_photo(state.photo)
        self.fees.set_service(self.service(), state.fee_tier)
        self.payment_edit.setText(state.payment_ref)
        self.checklist.set_states(state.checklist)
        self.touched |= {p for p, v in state.person.items() if v} | {
            f"fields.{c}" for c, v in state.fields.items() if v not in ("", None)
        }
        self.refresh()
        self.set_title()

    # -- validation as you type -------------------------------------------------------

    def edited(self, path: str) -> None:
        if path:
            self.touched.add(path)
        self.refresh()
        self.autosaver.touch()

    def refresh(self) -> None:
        """Re-evaluate checklist conditions, fee, due date and every field's message."""
        state = self.state()
        service = self.service()
        today = self.ctx.today()
        if service is not None:
            documents = service.documents_for(facts(service, state, today))
            if self.checklist.show_documents(documents, self.ui):
                self.files.connect_rows()
                self.set_tab_order()
        else:
            self.checklist.show_documents((), self.ui)
        self.fees.show(service, state, today)
        attached = any(row.file is not None for row in self.checklist.rows.values())
        self.preview.label.setVisible(attached)
        child(self.ui, QLabel, "previewTitle").setVisible(attached)
        errors = form_errors(self.ctx.catalogue, state, today, receiving=self.show_all_errors)
        messages = messages_by_field(errors, self.lang)
        for path in self.errors.labels:
            shown = self.show_all_errors or path in self.touched
            self.errors.set(path, messages.get(path, "") if shown else "")
        missing = set(missing_documents(service, state, today)) if service else set()
        for code, row in self.checklist.rows.items():
            text = messages.get(f"checklist.{code}", "")
            if not text and code in missing and self.show_all_errors:
                text = self.tr(
                    "Required: not received yet (the application can still be received; "
                    "documents can be requested later)."
                )
            row.set_error(text)
        self.current_errors = errors

    def first_error_widget(self) -> QWidget | None:
        for error in self.current_errors:
            entry = self.errors.labels.get(error.field)
            if entry is not None:
                return entry[2]
        return None

    # -- look ----------------------------------------------------------------------

    def set_title(self, number: str = "", status: str = "") -> None:
        if number:
            self.title.setText(self.tr("Application %1").replace("%1", number))
        elif self.application_id:
            self.title.setText(self.tr("Draft application"))
        else:
            self.title.setText(self.tr("New application"))
        self.state_label.setText(status)

    def set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.service_combo,
            self.applicant.find_edit,
            self.applicant.results,
            self.applicant.new_button,
            self.applicant.mrz_edit,
            *(self.applicant.editors[p] for p in EDITORS),
            self.files.photo_button,
            *(e.widget for e in self.field_editors.values()),
        ]
        for row in self.checklist.rows.values():
            chain += [row.tick, row.attach_button, row.remove_button]
        chain += [self.fees.tier, self.payment_edit, self.save_button, self.receive_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_read_only(self) -> None:
        self.read_only = True
        self.autosaver.enabled = False
        child(self.ui, QWidget, "scrollContents").setEnabled(False)
        self.save_button.setEnabled(False)
        self.receive_button.setEnabled(False)
        self.discard_button.setEnabled(False)

    def attach_path(self, code: str, path: Path) -> None:
        """Attach a file to a checklist item (what a drop does)."""
        self.files.attach(code, path)

    def error_text(self, path: str) -> str:
        return self.errors.text(path)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Closing keeps the recovery file (unsaved typing is offered next time)."""
        if self.autosaver.timer.isActive():
            self.autosaver.flush()
        self.autosaver.release()
        super().closeEvent(event)
