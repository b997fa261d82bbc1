"""Loading the Designer forms of `ui/` at run time (never compiled into the repository)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from workstation.resources import ui_dir

W = TypeVar("W", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget of ``ui/<name>.ui``."""
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form missing: {path}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form could not be loaded: {path}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named child of a loaded form (`LookupError` when the form lacks it)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()} has no {kind.__name__} {name!r}")
    return found
