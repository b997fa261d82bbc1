"""The applicant section: find an existing person first (passport number or name, any
spelling), pick one or start a new applicant, the MRZ fill, and the warning when a new
applicant's passport number is already known (a likely duplicate person)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from workstation.domain.model import DocumentType, Person, Sex
from workstation.domain.mrz import parse_td3
from workstation.domain.validation import format_screen_date
from workstation.gui.context import AppContext
from workstation.gui.reception import ops
from workstation.gui.reception.mrz_input import MrzWatcher, td3_values
from workstation.gui.reception.widgets import child, restyle
from workstation.runtime.i18n import QT_TRANSLATE_NOOP
from workstation.store.search import identifier_key

EDITORS = {
    "surname": "surnameEdit",
    "given_names": "givenNamesEdit",
    "patronymic": "patronymicEdit",
    "sex": "sexCombo",
    "birth_date": "birthDateEdit",
    "birth_place": "birthPlaceEdit",
    "citizenship": "citizenshipEdit",
    "document.type": "docTypeCombo",
    "document.number": "docNumberEdit",
    "document.issuing_state": "issuingStateEdit",
    "document.issue_date": "issueDateEdit",
    "document.expiry_date": "expiryDateEdit",
    "pin": "pinEdit",
    "fin": "finEdit",
    "phone": "phoneEdit",
    "email": "emailEdit",
    "address": "addressEdit",
}
"""Field path → object name in ui/reception.ui."""
_SEARCH_DELAY_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionApplicant", text)


def describe(person: Person) -> str:
    return (
        f"{person.full_name} · {format_screen_date(person.birth_date)} · "
        f"{person.citizenship} · {person.document.number}"
    )


class ApplicantSection(QObject):
    """Reads and writes the applicant's fields; tells when the officer changed one."""

    changed = Signal(str)  # field path ("" when many changed at once)
    mrz_filled = Signal()

    def __init__(self, ctx: AppContext, root: QWidget) -> None:
        super().__init__(root)
        self.ctx = ctx
        self.person_id: str | None = None
        self.duplicate_ack = ""
        self.duplicates: list[Person] = []
        self.editors: dict[str, QWidget] = {
            path: child(root, QWidget, name) for path, name in EDITORS.items()
        }
        sex = child(root, QComboBox, "sexCombo")
        sex.addItem(QCoreApplication.translate("ReceptionApplicant", "— choose —"), "")
        for value, text in (
            (Sex.MALE, QT_TRANSLATE_NOOP("ReceptionApplicant", "M — male")),
            (Sex.FEMALE, QT_TRANSLATE_NOOP("ReceptionApplicant", "F — female")),
            (Sex.UNSPECIFIED, QT_TRANSLATE_NOOP("ReceptionApplicant", "X — unspecified")),
        ):
            sex.addItem(_tr(text), value.value)
        doc_type = child(root, QComboBox, "docTypeCombo")
        for kind, text in (
            (DocumentType.ORDINARY, QT_TRANSLATE_NOOP("ReceptionApplicant", "Ordinary passport")),
            (DocumentType.SERVICE, QT_TRANSLATE_NOOP("ReceptionApplicant", "Service passport")),
            (
                DocumentType.DIPLOMATIC,
                QT_TRANSLATE_NOOP("ReceptionApplicant", "Diplomatic passport"),
            ),
            (DocumentType.OTHER, QT_TRANSLATE_NOOP("ReceptionApplicant", "Other travel document")),
        ):
            doc_type.addItem(_tr(text), kind.value)
        for path, widget in self.editors.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, p=path: self.changed.emit(p))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, p=path: self.changed.emit(p))
        self.find_edit: QLineEdit = child(root, QLineEdit, "findEdit")
        self.results: QListWidget = child(root, QListWidget, "findResults")
        self.results.hide()
        self.state_label: QLabel = child(root, QLabel, "applicantState")
        self.new_button: QPushButton = child(root, QPushButton, "newApplicantButton")
        self.duplicate_frame: QFrame = child(root, QFrame, "duplicateFrame")
        self.duplicate_label: QLabel = child(root, QLabel, "duplicateLabel")
        self.duplicate_frame.hide()
        child(root, QPushButton, "useExistingButton").clicked.connect(self.use_duplicate)
        child(root, QPushButton, "keepNewButton").clicked.connect(self.keep_new)
        self.mrz_edit: QPlainTextEdit = child(root, QPlainTextEdit, "mrzEdit")
        self.mrz_status: QLabel = child(root, QLabel, "mrzStatus")
        self.mrz_status.hide()
        self.watcher = MrzWatcher(self.mrz_edit, self)
        for widget in self.editors.values():
            if isinstance(widget, QLineEdit):
                self.watcher.watch(widget)
        self.watcher.watch(self.find_edit)
        self.watcher.scanned.connect(self.fill_from_mrz)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(_SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search)
        self.find_edit.textEdited.connect(lambda _t: self.search_timer.start())
        self.find_edit.returnPressed.connect(self._find_enter)
        self.results.itemActivated.connect(self._picked)
        self.new_button.clicked.connect(self.new_applicant)
        number = self.editors["document.number"]
        assert isinstance(number, QLineEdit)
        number.editingFinished.connect(self.check_duplicate)
        self._show_state()

    # -- values --------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        out = {}
        for path, widget in self.editors.items():
            if isinstance(widget, QComboBox):
                out[path] = str(widget.currentData() or "")
            else:
                assert isinstance(widget, QLineEdit)
                out[path] = widget.text()
        return out

    def set_texts(self, values: dict[str, str]) -> None:
        for path, value in values.items():
            widget = self.editors.get(path)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def set_person(self, person_id: str | None, duplicate_ack: str = "") -> None:
        self.person_id = person_id
        self.duplicate_ack = duplicate_ack
        self._show_state()

    def _show_state(self) -> None:
        if self.person_id is None:
            self.state_label.setText(
                QCoreApplication.translate(
                    "ReceptionApplicant",
                    "New applicant: a person record is created when the form is saved.",
                )
            )
        else:
            self.state_label.setText(
                QCoreApplication.translate(
                    "ReceptionApplicant",
                    "Existing applicant: changes here update their record when saved.",
                )
            )

    # -- finding -------------------------------------------------------------------

    def search(self) -> None:
        query = self.find_edit.text()
        self.search_timer.stop()
        if not query.strip():
            self.results.clear()
            self.results.hide()
            return
        self.ctx.runner.read(
            lambda: ops.search_persons(self.ctx.store, query),
            done=lambda found: self._show_results(query, found),
            owner=self.results,
            label="reception.find_applicant",
        )

    def _show_results(self, query: str, found: list[Person]) -> None:
        if query != self.find_edit.text():
            return  # typed on meanwhile: a newer search is coming
        self.results.clear()
        for person in found:
            item = QListWidgetItem(describe(person))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(
                QCoreApplication.translate(
                    "ReceptionApplicant", "Nobody found: fill in a new applicant below."
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.show()

    def _find_enter(self) -> None:
        if self.search_timer.isActive() or self.results.isHidden():
            self.search()
        elif self.results.count():
            self.results.setFocus()

    def _picked(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(person, Person):
            self.pick(person)

    def pick(self, person: Person) -> None:
        """Take an existing person as the applicant (their data fills the fields)."""
        self.set_texts(ops.person_texts(person))
        self.set_person(person.id)
        self.results.hide()
        self.duplicate_frame.hide()
        self.changed.emit("")

    def new_applicant(self) -> None:
        self.set_texts(dict.fromkeys(EDITORS, "") | {"document.type": "ordinary"})
        self.set_person(None)
        self.duplicate_frame.hide()
        self.results.hide()
        self.mrz_edit.clear()
        self.mrz_status.hide()
        self.changed.emit("")
        self.editors["surname"].setFocus()

    # -- duplicates ----------------------------------------------------------------

    def check_duplicate(self) -> None:
        number = self.texts()["document.number"].strip()
        if self.person_id is not None or not identifier_key(number):
            self.duplicate_frame.hide()
            return
        if identifier_key(number) == self.duplicate_ack:
            return
        self.ctx.runner.read(
            lambda: ops.persons_with_document(self.ctx.store, number, None),
            done=lambda found: self.show_duplicates(number, found),
            owner=self.duplicate_frame,
            label="reception.duplicates",
        )

    def show_duplicates(self, number: str, found: list[Person]) -> None:
        if number.strip() != self.texts()["document.number"].strip() or self.person_id:
            return
        self.duplicates = found
        if not found:
            self.duplicate_frame.hide()
            return
        who = "<br>".join(describe(p) for p in found[:3])
        self.duplicate_label.setText(
            QCoreApplication.translate(
                "ReceptionApplicant",
                "<b>Likely duplicate.</b> A person with passport number %1 is already known:",
            ).replace("%1", number)
            + f"<br>{who}<br>"
            + QCoreApplication.translate(
                "ReceptionApplicant", "Use that person, or confirm that this is somebody else."
            )
        )
        self.duplicate_frame.show()

    def use_duplicate(self) -> None:
        if self.duplicates:
            self.pick(self.duplicates[0])

    def keep_new(self) -> None:
        self.duplicate_ack = identifier_key(self.texts()["document.number"])
        self.duplicate_frame.hide()
        self.changed.emit("")

    # -- MRZ -----------------------------------------------------------------------

    def fill_from_mrz(self, text: str) -> None:
        """Parse the zone; fill the fields only when every check digit is right."""
        try:
            td3 = parse_td3(text, today=self.ctx.today())
        except ValueError as exc:
            self.show_mrz_error(str(exc))
            return
        values = td3_values(td3)
        self.set_texts(values)
        restyle(self.mrz_edit, "invalid", False)
        restyle(self.mrz_status, "kind", "ok")
        self.mrz_status.setText(
            QCoreApplication.translate(
                "ReceptionApplicant",
                "Filled from the passport (all check digits correct). Compare the names with "
                "the passport's visual zone and restore letters such as ə, ş, ç, ğ, ö, ü.",
            )
        )
        self.mrz_status.show()
        for path in values:
            self.changed.emit(path)
        self.mrz_filled.emit()
        self.check_duplicate()

    def show_mrz_error(self, detail: str) -> None:
        field, _, why = detail.partition(":")
        restyle(self.mrz_edit, "invalid", True)
        restyle(self.mrz_status, "kind", "error")
        if "check digit" in field:
            text = QCoreApplication.translate(
                "ReceptionApplicant",
                "Bad check digit in the passport's zone: %1 (%2). Nothing was filled: scan "
                "again or type the data by hand.",
            )
            text = text.replace("%1", field.replace(" check digit", "")).replace("%2", why.strip())
        else:
            text = QCoreApplication.translate(
                "ReceptionApplicant",
                "The passport's zone could not be read: %1. Nothing was filled.",
            ).replace("%1", detail)
        self.mrz_status.setText(text)
        self.mrz_status.show()

    def clear_mrz(self) -> None:
        self.mrz_edit.clear()
        self.watcher.reset()
        restyle(self.mrz_edit, "invalid", False)
        self.mrz_status.hide()
