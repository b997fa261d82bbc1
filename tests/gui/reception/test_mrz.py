"""The passport zone: filled only when every check digit is right."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.gui.reception.conftest import td3

LINES = td3(
    "SMITH", "JOHN PAUL", "L898902C3", "GBR", dt.date(1974, 8, 12), "M", dt.date(2032, 4, 15)
)


def scan(qtbot, widget, lines) -> None:  # type: ignore[no-untyped-def]
    """Keystrokes as a reader sends them: each line then Enter, into the focused field."""
    widget.setFocus()
    for line in lines:
        target = QApplication.focusWidget() or widget
        qtbot.keyClicks(target, line)
        qtbot.keyClick(target, Qt.Key.Key_Return)


def test_zone_typed_into_mrz_field_fills_the_applicant(qtbot, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    scan(qtbot, form.ui.findChild(QPlainTextEdit, "mrzEdit"), LINES)
    texts = form.applicant.texts()
    assert texts["surname"] == "Smith"
    assert texts["given_names"] == "John Paul"
    assert texts["document.number"] == "L898902C3"
    assert texts["citizenship"] == "GBR"
    assert texts["document.issuing_state"] == "GBR"
    assert texts["birth_date"] == "12.08.1974"
    assert texts["document.expiry_date"] == "15.04.2032"
    assert texts["sex"] == "M"
    assert "all check digits correct" in form.applicant.mrz_status.text()


def test_zone_typed_into_another_field_moves_to_the_mrz_field(qtbot, open_form) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    place = form.ui.findChild(QLineEdit, "birthPlaceEdit")
    place.setText("Lon")
    place.setCursorPosition(3)
    scan(qtbot, place, LINES)
    assert place.text() == "Lon"  # what the field held before the reader typed
    assert form.applicant.texts()["surname"] == "Smith"


@pytest.mark.parametrize(
    ("line", "position", "field"),
    [
        (1, 9, "document number"),
        (1, 19, "birth date"),
        (1, 27, "expiry date"),
        (1, 43, "composite"),
    ],
)
def test_bad_check_digit_is_shown_and_fills_nothing(  # type: ignore[no-untyped-def]
    qtbot, open_form, line: int, position: int, field: str
) -> None:
    form = open_form()
    lines = list(LINES)
    text = lines[line]
    wrong = str((int(text[position]) + 1) % 10)
    lines[line] = text[:position] + wrong + text[position + 1 :]
    surname = form.ui.findChild(QLineEdit, "surnameEdit")
    surname.setText("Typed before")
    scan(qtbot, form.ui.findChild(QPlainTextEdit, "mrzEdit"), lines)
    status = form.applicant.mrz_status
    assert status.isVisible()
    assert f"Bad check digit in the passport's zone: {field}" in status.text()
    assert "Nothing was filled" in status.text()
    assert form.applicant.mrz_edit.property("invalid") is True
    texts = form.applicant.texts()
    assert texts["surname"] == "Typed before"
    assert texts["document.number"] == texts["birth_date"] == texts["citizenship"] == ""
