"""Passport readers type the two 44-character lines of a passport's machine-readable
zone (ICAO TD3) as keystrokes, each line ended with Enter. `MrzWatcher` catches them in
the dedicated MRZ field and, when they arrive in another field of the applicant section,
moves them there (restoring what that field held); `td3_values` turns a checked zone into
the applicant's field texts. Parsing and every check digit are `domain.mrz`'s."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from workstation.domain.model import DocumentType
from workstation.domain.mrz import TD3_WIDTH, Td3
from workstation.domain.validation import format_screen_date

_LINE1 = re.compile(r"P[A-Z0-9<][A-Z<]{3}[A-Z<]{39}")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NATIONALITY_FIXES = {"D": "DEU"}
"""Codes of Doc 9303 that are not ISO 3166 alpha-3 (Germany writes D)."""
_DOCUMENT_TYPES = {
    "D": DocumentType.DIPLOMATIC,
    "S": DocumentType.SERVICE,
    "O": DocumentType.SERVICE,
}


def mrz_lines(text: str) -> list[str]:
    return [line.strip().upper() for line in text.splitlines() if line.strip()]


def _name(mrz: str) -> str:
    return " ".join(word.capitalize() for word in mrz.split())


def td3_values(td3: Td3) -> dict[str, str]:
    """The applicant's field texts from a checked TD3 zone (names as in the zone,
    capitalised: the officer restores Azerbaijani letters from the visual zone)."""
    second = td3.document_code[1:2]
    doc_type = _DOCUMENT_TYPES.get(second, DocumentType.ORDINARY)
    values = {
        "surname": _name(td3.surname),
        "given_names": _name(td3.given_names),
        "document.number": td3.document_number,
        "document.type": doc_type.value,
        "document.issuing_state": _NATIONALITY_FIXES.get(td3.issuing_state, td3.issuing_state),
        "citizenship": _NATIONALITY_FIXES.get(td3.nationality, td3.nationality),
        "sex": td3.sex.value,
    }
    if td3.birth_date is not None:
        values["birth_date"] = format_screen_date(td3.birth_date)
    if td3.expiry_date is not None:
        values["document.expiry_date"] = format_screen_date(td3.expiry_date)
    return values


class MrzWatcher(QObject):
    """Emits `scanned(text)` once two complete lines are in the MRZ field."""

    scanned = Signal(str)

    def __init__(self, mrz_edit: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit = mrz_edit
        self._last = ""
        mrz_edit.installEventFilter(self)
        mrz_edit.textChanged.connect(self._text_changed)

    def watch(self, edit: QLineEdit) -> None:
        """Also catch a zone typed into `edit` (a field of the applicant section)."""
        edit.installEventFilter(self)

    def reset(self) -> None:
        self._last = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER:
            return False
        if watched is self._edit:
            return self._enter_in_mrz()
        if isinstance(watched, QLineEdit):
            return self._enter_in_field(watched)
        return False

    def _enter_in_mrz(self) -> bool:
        lines = mrz_lines(self._edit.toPlainText())
        if len(lines) >= 2:
            self._emit()
            return True
        return False  # let the newline after line 1 in

    def _enter_in_field(self, edit: QLineEdit) -> bool:
        text = edit.text()
        tail = text[-TD3_WIDTH:].upper()
        if len(tail) != TD3_WIDTH or not _LINE1.fullmatch(tail):
            return False
        edit.setText(text[:-TD3_WIDTH])  # what the field held before the reader typed
        self._edit.setPlainText(tail + "\n")
        self._edit.moveCursor(QTextCursor.MoveOperation.End)
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _text_changed(self) -> None:
        lines = mrz_lines(self._edit.toPlainText())
        if len(lines) >= 2 and len(lines[1]) >= TD3_WIDTH:
            self._emit()
        elif not lines:
            self._last = ""

    def _emit(self) -> None:
        """Once per zone: the reader's closing Enter after a complete line 2 is no rescan."""
        text = "\n".join(mrz_lines(self._edit.toPlainText()))
        if text == self._last:
            return
        self._last = text
        self.scanned.emit(text)
