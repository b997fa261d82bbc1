"""Validation as you type, and a Receive that is refused while something is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.reception.conftest import choose, settle, type_into
from tests.gui.reception.test_receive import fill_minimal


def test_message_appears_next_to_a_bad_field(qtbot, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    birth = form.ui.findChild(QLineEdit, "birthDateEdit")
    assert form.error_text("birth_date") == ""
    type_into(qtbot, birth, "31.02.1990")
    assert form.error_text("birth_date") == "There is no such date."
    assert birth.property("invalid") is True
    type_into(qtbot, birth, "28.02.1990")
    assert form.error_text("birth_date") == ""
    assert birth.property("invalid") is False
    citizenship = form.ui.findChild(QLineEdit, "citizenshipEdit")
    type_into(qtbot, citizenship, "QQQ")
    assert "Unknown country code" in form.error_text("citizenship")


def test_messages_come_in_the_ui_language(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    context.language = "az"
    form = open_form()
    type_into(qtbot, form.ui.findChild(QLineEdit, "birthDateEdit"), "1990")
    assert form.error_text("birth_date").startswith("Tarixi gg.aa.iiii formatında")


def test_receive_is_refused_while_a_field_is_bad(qtbot, leased, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    fill_minimal(qtbot, form)
    address = form.field_editors["stay_address"].widget
    type_into(qtbot, address, "Bakı")  # shorter than the catalogue's 5 characters
    assert "needs at least 5 characters" in form.error_text("fields.stay_address")
    with leased.store.read() as repos:
        before = repos.applications.count()
    qtbot.mouseClick(form.receive_button, Qt.MouseButton.LeftButton)
    settle(qtbot, leased)
    assert "cannot be received yet" in form.banner.text.text()
    assert form.focusWidget() is address
    with leased.store.read() as repos:
        assert repos.applications.count() == before
    type_into(qtbot, address, "Bakı, Xətai r., Babək pr. 10")
    with qtbot.waitSignal(form.received, timeout=10_000):
        qtbot.mouseClick(form.receive_button, Qt.MouseButton.LeftButton)


def test_a_required_field_left_empty_is_named_on_receive(qtbot, leased, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    fill_minimal(qtbot, form)
    choose(form.field_editors["registration_kind"].widget, "")
    assert (
        form.error_text("fields.registration_kind")
        == "'Kind of registration': this field is required."
    )
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, leased)
    assert "cannot be received yet" in form.banner.text.text()
    assert form.application_id is None
