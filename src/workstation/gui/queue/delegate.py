"""`QueueDelegate`: the queue's cells painted from its lines with one short call a cell.

`QStyledItemDelegate` fills a cell's style option from the model: `multiData` with seven
roles, each answered through a Python wrapper of Qt's `QModelRoleData` (made, asked its
role, given or cleared its value): some twenty calls between C++ and Python a cell, most
of the GUI thread's Python while it paints, and each of them a chance to wait for a
worker's GIL during a sync. This delegate fills the option itself, as
`QStyledItemDelegate.initStyleOption` would from the model's answers, with the few calls
the queue's cells need (text; colour and bold for a due date that is near or past).
Everything else (tool tips, accessibility, tests) still asks the model.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from workstation.gui.queue.model import QueueModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text


class QueueDelegate(QStyledItemDelegate):
    """Paints the cells of a `QueueModel` (its `cell` answers)."""

    def __init__(self, model: QueueModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # the option's features with HasDisplay added, by the features a view gives
        # (a flag operation on PySide's enums costs microseconds)
        self._with_display: dict[object, object] = {}

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        option.index = index  # type: ignore[assignment]
        text, style = self._model.cell(index.row(), index.column())
        if text is not None:
            features = option.features
            added = self._with_display.get(features)
            if added is None:
                added = self._with_display[features] = features | _HAS_DISPLAY
            option.features = added  # type: ignore[assignment]
            option.text = text
        if style is not None:  # a due date near or past: its colour, in bold
            colour, font = style
            option.font = font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
            option.palette.setBrush(_TEXT, colour)
        option.styleObject = None  # type: ignore[assignment]  # as Qt's: no animations
