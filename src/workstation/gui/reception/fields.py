"""Editors for the service-specific fields, made from the catalogue's `FieldSpec`s.

Each editor shows and returns the raw form value (text as typed, dates as dd.mm.yyyy,
choice/term codes, booleans); `formstate` turns them into what the domain stores."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from workstation.domain.catalogue_model import FieldSpec, Service
from workstation.domain.errors import Lang
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

_PLACEHOLDERS = {
    "date": QT_TRANSLATE_NOOP("ReceptionFields", "dd.mm.yyyy"),
    "phone": QT_TRANSLATE_NOOP("ReceptionFields", "+994 50 123 45 67"),
    "email": QT_TRANSLATE_NOOP("ReceptionFields", "name@example.az"),
    "voen": QT_TRANSLATE_NOOP("ReceptionFields", "10 digits"),
    "country": QT_TRANSLATE_NOOP("ReceptionFields", "ISO code, e.g. TUR"),
    "money": QT_TRANSLATE_NOOP("ReceptionFields", "AZN"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionFields", text)


class FieldEditor:
    """One service field: its widget, how to read and set its raw value, and a change hook."""

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    @property
    def path(self) -> str:
        return f"fields.{self.spec.code}"

    def value(self) -> str | bool:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return str(w.currentData() or "")
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_value(self, value: str | bool | None) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            index = w.findData(str(value or ""))
            w.setCurrentIndex(max(index, 0))
        else:
            assert isinstance(w, QLineEdit)
            w.setText("" if value is None or isinstance(value, bool) else str(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.toggled.connect(lambda _=None: callback())
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(lambda _=None: callback())
        else:
            assert isinstance(w, QLineEdit)
            w.textEdited.connect(lambda _=None: callback())


def make_editor(service: Service, spec: FieldSpec, lang: Lang, parent: QWidget) -> FieldEditor:
    """The widget of one catalogue field, labels in `lang`."""
    name = spec.label.text(lang)
    widget: QWidget
    if spec.type == "bool":
        widget = QCheckBox(QCoreApplication.translate("ReceptionFields", "Yes"), parent)
    elif spec.type in ("choice", "term"):
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("ReceptionFields", "— choose —"), "")
        options = (
            [(c.code, c.label.text(lang)) for c in spec.choices]
            if spec.type == "choice"
            else [(t.code, t.label.text(lang)) for t in service.terms]
        )
        for code, text in options:
            combo.addItem(text, code)
        widget = combo
    else:
        edit = QLineEdit(parent)
        placeholder = _PLACEHOLDERS.get(spec.type, "")
        if spec.type == "date":
            edit.setMaxLength(10)
        if spec.rules.max_length:
            edit.setMaxLength(spec.rules.max_length)
        if placeholder:
            edit.setPlaceholderText(_tr(placeholder))
        widget = edit
    widget.setObjectName(f"field_{spec.code}")
    widget.setAccessibleName(name)
    return FieldEditor(spec, widget)


def label_text(spec: FieldSpec, lang: Lang) -> str:
    """The row label: the catalogue's name (ampersands kept literal), `*` when required."""
    text = spec.label.text(lang).replace("&", "&&")
    return f"{text} *:" if spec.required else f"{text}:"
