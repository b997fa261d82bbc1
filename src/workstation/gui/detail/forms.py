"""Loading the Designer forms of `ui/` at run time (QUiLoader) and finding their parts."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from workstation.resources import ResourceMissing, ui_dir

W = TypeVar("W", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The top widget of ``ui/<name>``, with `parent` as its parent."""
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise ResourceMissing(f"form missing: {path}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise ResourceMissing(f"form could not be read: {path}")
    return widget


def part(form: QObject, kind: type[W], name: str) -> W:
    """The child `name` of a loaded form (a missing one is a bug in the .ui file)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{kind.__name__} {name!r} missing from the form")
    return found
