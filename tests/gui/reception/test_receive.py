"""Receiving a complete application through the form, end to end into the store."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from tests.gui.conftest import TODAY
from tests.gui.reception.conftest import (
    LEASE_FIRST,
    choose,
    settle,
    td3,
    type_into,
    write_pdf,
    write_png,
)
from workstation.domain.calendar import add_working_days
from workstation.domain.model import Sex, Status
from workstation.domain.validation import format_screen_date
from workstation.gui.reception import autosave


def drop_file(row, path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    row.dragEnterEvent(event)  # QApplication drops drag events outside a real drag
    assert event.isAccepted()
    row.dropEvent(event)


def test_receive_complete_application(qtbot, leased, open_form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = leased
    form = open_form()
    ui = form.ui
    choose(form.service_combo, "EXT-STAY")

    # The passport reader types the zone into the focused surname field.
    line1, line2 = td3(
        "MAMMADOVA", "GULNAR", "C01X00T47", "TUR", dt.date(1990, 3, 5), "F", dt.date(2031, 4, 1)
    )
    surname = ui.findChild(QLineEdit, "surnameEdit")
    surname.setFocus()
    qtbot.keyClicks(surname, line1)
    qtbot.keyClick(surname, Qt.Key.Key_Return)
    mrz = ui.findChild(QPlainTextEdit, "mrzEdit")
    assert QApplication.focusWidget() is mrz
    qtbot.keyClicks(mrz, line2)
    qtbot.keyClick(mrz, Qt.Key.Key_Return)
    texts = form.applicant.texts()
    assert texts["surname"] == "Mammadova"
    assert texts["given_names"] == "Gulnar"
    assert texts["document.number"] == "C01X00T47"
    assert texts["citizenship"] == "TUR"
    assert texts["birth_date"] == "05.03.1990"
    assert texts["sex"] == "F"
    assert texts["document.expiry_date"] == "01.04.2031"

    # The officer restores the Azerbaijani letters from the visual zone.
    type_into(qtbot, surname, "Məmmədova")
    type_into(qtbot, ui.findChild(QLineEdit, "givenNamesEdit"), "Gülnar")
    type_into(qtbot, ui.findChild(QLineEdit, "issuingStateEdit"), "TUR")
    type_into(qtbot, ui.findChild(QLineEdit, "phoneEdit"), "+994 50 123 45 67")
    type_into(qtbot, ui.findChild(QLineEdit, "addressEdit"), "Bakı, Nizami küç. 12, mənzil 4")

    fields = form.field_editors
    stay_until = add_working_days(TODAY, 10)
    type_into(qtbot, fields["stay_until"].widget, format_screen_date(stay_until))
    choose(fields["term"].widget, "30d")
    choose(fields["ground"].widget, "urgent_treatment")
    choose(fields["applicant_role"].widget, "self")

    # Every required document: one dropped on its line, the others through attach.
    rows = form.checklist.rows
    assert "birth_certificate" not in rows  # only for minors
    files = {}
    for index, code in enumerate(rows):
        path = (
            write_png(tmp_path / f"{code}.png", color=f"#{index:02x}80c0")
            if index % 2
            else write_pdf(tmp_path / f"{code}.pdf", 300 + index)
        )
        files[code] = hashlib.sha256(path.read_bytes()).hexdigest()
        if index == 0:
            drop_file(rows[code], path)
        else:
            form.attach_path(code, path)
    settle(qtbot, ctx)
    assert all(row.file is not None for row in rows.values())
    assert form.preview.showing  # the last attached file is previewed

    assert form.fees.fee.text() == "30.00 AZN"
    due = add_working_days(TODAY, 3)
    assert format_screen_date(due) in form.fees.due.text()
    type_into(qtbot, form.payment_edit, "AZ123456789012")

    with qtbot.waitSignal(form.received, timeout=10_000) as received:
        qtbot.mouseClick(form.receive_button, Qt.MouseButton.LeftButton)
    app_id = received.args[0]
    assert form.banner.text.text().startswith("Received as BAK1-2026-")
    settle(qtbot, ctx)

    with ctx.store.read() as repos:
        app = repos.applications.get(app_id)
        person = repos.persons.get(app.person_id)
    assert app.status is Status.RECEIVED
    assert app.number == f"BAK1-2026-{LEASE_FIRST:07d}"
    assert app.received_by == "officer"
    assert app.due_date == due
    assert app.fee_tier == "standard"
    assert app.fee_amount == Decimal("30.00")
    assert app.payment_ref == "AZ123456789012"
    assert dict(app.fields) == {
        "stay_until": stay_until.isoformat(),
        "term": "30d",
        "ground": "urgent_treatment",
        "applicant_role": "self",
    }
    assert {i.code: i.attachment_sha256 for i in app.checklist} == files
    assert all(i.received for i in app.checklist)
    for sha in files.values():
        assert ctx.store.read_attachment(sha)
    assert person.surname == "Məmmədova"
    assert person.given_names == "Gülnar"
    assert person.sex is Sex.FEMALE
    assert person.birth_date == dt.date(1990, 3, 5)
    assert person.citizenship == "TUR"
    assert person.document.number == "C01X00T47"
    assert person.document.expiry_date == dt.date(2031, 4, 1)
    assert person.phone == "+994 50 123 45 67"
    assert not form.receive_button.isEnabled()  # received: the form is read-only now
    assert not list(autosave.folder(ctx).glob("*.json"))  # nothing left to recover


def test_no_numbers_left_is_said_and_nothing_is_written(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    fill_minimal(qtbot, form)
    with context.store.read() as repos:
        before = repos.applications.count()
    qtbot.mouseClick(form.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No application numbers are left" in form.banner.text.text())
    settle(qtbot, context)
    with context.store.read() as repos:
        assert repos.applications.count() == before
    assert form.receive_button.isEnabled()
    assert form.applicant.texts()["surname"] == "Əliyev"


def fill_minimal(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    """A valid REG-STAY application (free of charge, no documents attached)."""
    ui = form.ui
    choose(form.service_combo, "REG-STAY")
    values = {
        "surnameEdit": "Əliyev",
        "givenNamesEdit": "Rəşad",
        "birthDateEdit": "12.07.1985",
        "citizenshipEdit": "RUS",
        "docNumberEdit": "753311902",
        "issuingStateEdit": "RUS",
        "expiryDateEdit": "10.10.2030",
    }
    for name, text in values.items():
        type_into(qtbot, ui.findChild(QLineEdit, name), text)
    choose(ui.findChild(QComboBox, "sexCombo"), "M")
    f = form.field_editors
    choose(f["registration_kind"].widget, "arrival")
    choose(f["applicant_role"].widget, "foreigner")
    type_into(qtbot, f["arrival_date"].widget, format_screen_date(TODAY - dt.timedelta(days=2)))
    type_into(qtbot, f["stay_address"].widget, "Bakı, Xətai r., Babək pr. 10")
