"""Accessibility checks over a widget tree: every control a keyboard or screen-reader
user reaches must have a name (its accessible name, a buddy label, or its own text).

Used by the gallery test over every page and dialog (tests/gui/test_accessibility.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# Parts of a compound control that Qt names through the control itself.
_INNER_OF = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QScrollBar, QLineEdit)


def _buddies(top: QWidget) -> set[int]:
    named: set[int] = set()
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            named.add(id(buddy))
    return named


def _is_inner(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INNER_OF):
            return True
        parent = parent.parentWidget()
    return False


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip() or widget.toolTip().strip()
    return ""


def unnamed_controls(top: QWidget) -> list[str]:
    """Descriptions of the visible, focusable controls under `top` that have no name."""
    buddies = _buddies(top)
    found: list[str] = []
    candidates = [top, *top.findChildren(QWidget)]
    for widget in candidates:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _is_inner(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies or _own_text(widget):
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def _keyboard_reachable(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(widget, QAbstractButton):
        if "&" in widget.text().replace("&&", "") or not widget.shortcut().isEmpty():
            return True
        action = getattr(widget, "defaultAction", lambda: None)()
        if action is not None and not action.shortcut().isEmpty():
            return True
    return False


def unreachable_controls(top: QWidget) -> list[str]:
    """Visible, enabled controls under `top` that neither Tab nor a mnemonic or shortcut
    reaches (keyboard-only users could not use them)."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if not widget.isEnabled() or _is_inner(widget) or _keyboard_reachable(widget):
            continue
        text = _own_text(widget) or widget.accessibleName()
        found.append(f"{type(widget).__name__} {widget.objectName() or text!r}")
    return found


def mnemonic_clashes(top: QWidget) -> list[str]:
    """Two visible, enabled labels, buttons or tabs of one window with the same Alt+letter
    (a disabled one does not react to its mnemonic)."""
    by_letter: dict[str, list[str]] = {}
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if not widget.isEnabled():
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            found = re.search(r"&([^&\s])", text.replace("&&", ""))
            if found:
                by_letter.setdefault(found.group(1).lower(), []).append(text)
    return [f"Alt+{k}: {v}" for k, v in by_letter.items() if len(v) > 1]


def visible_texts(top: QWidget) -> list[str]:
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]
