"""The big numbers at the top of the dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

TILE_STYLE = (
    "QFrame#tile { background: palette(base); border: 1px solid #d3d9e2; border-radius: 6px; }"
    " QLabel#tile_value { font-size: 22pt; font-weight: 600; }"
    " QLabel#tile_caption { color: #5b6573; }"
)
ALERT = "color: #b3261e;"
WARN = "color: #8a5a00;"


class Tile(QFrame):
    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.key = key
        self.caption = caption
        self.value = QLabel("–", self)
        self.value.setObjectName("tile_value")
        self.label = QLabel(caption, self)
        self.label.setObjectName("tile_caption")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def set_value(self, value: int, style: str = "") -> None:
        self.value.setText(f"{value:,}")
        self.value.setStyleSheet(style if value else "")
        self.setAccessibleDescription(f"{self.caption}: {value}")
