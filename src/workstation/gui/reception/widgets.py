"""Small pieces the reception form is made of: the Designer-file loader, the banner at
its top, and the error labels placed under each field of a `QFormLayout`."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QFile, QIODevice, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.resources import ui_dir

STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {
    border: 1px solid #c62828; border-radius: 2px; background: #fff5f5; padding: 1px 2px;
}
QLabel#fieldError, QLabel#errorLabel { color: #b71c1c; }
QLabel#titleLabel { font-size: 15pt; font-weight: 600; }
QLabel#stateLabel { color: #555555; padding-left: 12px; }
QFrame#banner[kind="info"] { background: #e8f1fb; border: 1px solid #90b8e0; border-radius: 3px; }
QFrame#banner[kind="warning"] { background: #fff6dc; border: 1px solid #e0b84c; border-radius: 3px;
}
QFrame#banner[kind="error"] { background: #fdecea; border: 1px solid #e57373; border-radius: 3px; }
QFrame#banner[kind="success"] { background: #e7f5e9; border: 1px solid #81c784; border-radius: 3px;
}
QFrame#duplicateFrame { background: #fff6dc; border: 1px solid #e0b84c; border-radius: 3px; }
QLabel#mrzStatus[kind="error"] { color: #b71c1c; font-weight: 600; }
QLabel#mrzStatus[kind="ok"] { color: #1b5e20; }
QPlainTextEdit#mrzEdit { font-family: "OCR B", "DejaVu Sans Mono", monospace; font-size: 10pt; }
QLabel#dueLabel, QLabel#feeLabel { font-weight: 600; }
QFrame[selected="true"] { border: 1px solid #1e6fd9; }
"""


def load_ui(name: str, parent: QWidget) -> QWidget:
    """A widget from ``ui/<name>`` (Designer file, loaded at run time), inside `parent`."""
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open the form layout {path}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"the form layout {path} could not be loaded")
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget


def child(root: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    found = root.findChild(cls, name)
    if found is None:
        raise LookupError(f"{name} ({cls.__name__}) missing from the form layout")
    return found


def restyle(widget: QWidget, prop: str, value: object) -> None:
    if widget.property(prop) == value:
        return
    widget.setProperty(prop, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _row(layout: QFormLayout, widget: QWidget) -> int:
    position = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(widget))
    return position[0]


class Banner(QFrame):
    """A message across the top of the form, with optional buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = QLabel(self)
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addLayout(self._buttons)
        self.hide()

    def show_message(
        self, kind: str, text: str, actions: tuple[tuple[str, Callable[[], None]], ...] = ()
    ) -> None:
        restyle(self, "kind", kind)
        self.text.setText(text)
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for label, callback in actions:
            button = QPushButton(label, self)
            button.setObjectName("bannerButton")
            button.clicked.connect(callback)
            self._buttons.addWidget(button)
        self.show()

    def button(self, label: str) -> QPushButton | None:
        for b in self.findChildren(QPushButton, "bannerButton"):
            if b.text() == label and not b.isHidden():
                return b
        return None


class ErrorLabels:
    """An error line under each field of form layouts, shown only when it has text."""

    def __init__(self) -> None:
        self.labels: dict[str, tuple[QFormLayout, QLabel, QWidget]] = {}

    def add(self, path: str, layout: QFormLayout, editor: QWidget) -> QLabel:
        row = _row(layout, editor)
        label = QLabel(editor.parentWidget())
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setAccessibleName(f"{editor.accessibleName() or path}: error")
        layout.insertRow(row + 1, "", label)
        layout.setRowVisible(row + 1, False)
        self.labels[path] = (layout, label, editor)
        return label

    def set(self, path: str, text: str) -> None:
        entry = self.labels.get(path)
        if entry is None:
            return
        layout, label, editor = entry
        row = _row(layout, label)
        label.setText(text)
        layout.setRowVisible(row, bool(text))
        restyle(editor, "invalid", bool(text))
        editor.setToolTip(text)

    def text(self, path: str) -> str:
        entry = self.labels.get(path)
        return entry[1].text() if entry is not None else ""

    def remove_layout(self, layout: QFormLayout) -> None:
        for path in [p for p, (lay, _l, _e) in self.labels.items() if lay is layout]:
            del self.labels[path]
