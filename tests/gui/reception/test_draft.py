"""Save draft of an incomplete form, and opening that draft again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from tests.gui.reception.conftest import choose, settle, type_into
from workstation.domain.model import Status


def test_save_draft_of_an_incomplete_form(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    ui = form.ui
    choose(form.service_combo, "TRP")
    for name, text in {
        "surnameEdit": "Hüseynova",
        "givenNamesEdit": "Şəbnəm",
        "birthDateEdit": "01.01.1995",
        "citizenshipEdit": "GEO",
        "docNumberEdit": "13AB45678",
        "issuingStateEdit": "GEO",
        "expiryDateEdit": "01.01.2033",
    }.items():
        type_into(qtbot, ui.findChild(QLineEdit, name), text)
    choose(ui.findChild(QComboBox, "sexCombo"), "F")
    type_into(qtbot, form.field_editors["university"].widget, "ADA Universiteti")
    saved: list[str] = []
    context.events.application_saved.connect(saved.append)
    with qtbot.waitSignal(form.saved, timeout=10_000) as signal:
        qtbot.keyClick(
            form.ui.findChild(QLineEdit, "surnameEdit"),
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier,
        )
    app_id = signal.args[0]
    assert saved == [app_id]
    assert "Draft saved" in form.banner.text.text()
    settle(qtbot, context)
    with context.store.read() as repos:
        app = repos.applications.get(app_id)
        person = repos.persons.get(app.person_id)
    assert app.status is Status.DRAFT
    assert app.number == ""
    assert app.fields["university"] == "ADA Universiteti"
    assert "term" not in app.fields  # not chosen yet: the draft keeps what there is
    assert person.given_names == "Şəbnəm"

    again = open_form(app_id)
    assert again.applicant.texts()["surname"] == "Hüseynova"
    assert again.field_editors["university"].value() == "ADA Universiteti"
    assert again.service_combo.currentData() == "TRP"
    assert again.title.text() == "Draft application"


def test_draft_needs_a_valid_applicant(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    choose(form.service_combo, "TRP")
    type_into(qtbot, form.ui.findChild(QLineEdit, "surnameEdit"), "Hüseynova")
    with context.store.read() as repos:
        before = repos.applications.count()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, context)
    assert "A draft needs the applicant's data without errors" in form.banner.text.text()
    assert form.error_text("birth_date") == "This field is required."
    with context.store.read() as repos:
        assert repos.applications.count() == before
