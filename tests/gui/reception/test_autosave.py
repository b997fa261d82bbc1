"""Crash recovery: typing survives a form that was dropped without being closed."""

from __future__ import annotations

import json
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QLineEdit

from tests.gui.reception.conftest import choose, settle, type_into, write_pdf
from workstation.gui.context import AppContext
from workstation.gui.reception import autosave
from workstation.gui.reception.form import ReceptionForm


def recovery_files(ctx: AppContext) -> list[Path]:
    return sorted(autosave.folder(ctx).glob("reception-*.json"))


def test_typed_text_is_offered_back_after_a_crash(qtbot, context, open_form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = ReceptionForm(context)  # not given to qtbot: this one will "crash"
    form.show()
    settle(qtbot, context)
    choose(form.service_combo, "TRP")
    type_into(qtbot, form.applicant.editors["surname"], "Qurbanova")
    type_into(qtbot, form.applicant.editors["birth_date"], "31.13.1990")  # invalid, kept
    type_into(qtbot, form.field_editors["university"].widget, "BDU")
    form.attach_path("passport", write_pdf(tmp_path / "passport.pdf"))
    settle(qtbot, context)

    def written() -> bool:
        files = recovery_files(context)
        if len(files) != 1:
            return False
        body = json.loads(files[0].read_text(encoding="utf-8"))["form"]
        return bool(body["fields"].get("university") == "BDU")

    qtbot.waitUntil(written, timeout=5_000)  # about a second after typing stops
    settle(qtbot, context)

    # A crash: the widget goes away without closeEvent or any save.
    shiboken6.delete(form)
    assert len(recovery_files(context)) == 1

    again = open_form()
    qtbot.waitUntil(again.banner.isVisible, timeout=5_000)
    assert again.banner.text.text().startswith("Restore unsaved reception of ")
    assert "Qurbanova" in again.banner.text.text()
    restore = again.banner.button("Restore")
    assert restore is not None
    restore.click()
    settle(qtbot, context)
    texts = again.applicant.texts()
    assert texts["surname"] == "Qurbanova"
    assert texts["birth_date"] == "31.13.1990"
    assert again.error_text("birth_date")  # still marked as wrong
    assert again.service_combo.currentData() == "TRP"
    assert again.field_editors["university"].value() == "BDU"
    assert again.checklist.rows["passport"].file is not None
    assert len(recovery_files(context)) == 1  # the same file, owned by the new form


def test_recovery_file_goes_after_save_and_after_discard(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    type_into(qtbot, form.ui.findChild(QLineEdit, "surnameEdit"), "Kərimli")
    form.autosaver.flush()
    settle(qtbot, context)
    assert len(recovery_files(context)) == 1
    form.discard_button.click()
    settle(qtbot, context)
    assert recovery_files(context) == []
    assert form.applicant.texts()["surname"] == ""


def test_an_open_form_does_not_offer_another_open_forms_file(qtbot, context, open_form) -> None:  # type: ignore[no-untyped-def]
    first = open_form()
    type_into(qtbot, first.ui.findChild(QLineEdit, "surnameEdit"), "Nəbiyev")
    first.autosaver.flush()
    settle(qtbot, context)
    second = open_form()
    settle(qtbot, context)
    assert not second.banner.isVisible()
