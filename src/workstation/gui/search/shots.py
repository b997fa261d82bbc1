"""Gallery picture of the search box with its drop-down of matches."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

from workstation.gui.context import AppContext
from workstation.gui.main_window.shots import settle, window


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    shown = window(ctx)
    box = shown.search
    box.setFocus()
    box.setText("mammad")
    seen: list[int] = []
    box.results_shown.connect(seen.append)
    box.search_now()
    settle(ctx, lambda: bool(seen))
    popup = box.completer_.popup()
    assert popup is not None
    picture = shown.grab()
    # A popup is a window of its own (and the offscreen screen is small): paint it
    # where it drops down on a desktop, below the box and as wide as the box.
    rows = box.results.rowCount()
    popup.resize(box.width(), popup.sizeHintForRow(0) * rows + 2 * popup.frameWidth() + 2)
    painter = QPainter(picture)
    painter.drawPixmap(box.mapTo(shown, QPoint(0, box.height())), popup.grab())
    painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    yield "search_popup", label
    popup.hide()
    shown.close()
