"""Large fonts and a high-contrast palette for the whole application (accessibility).

`Appearance` remembers the application's own font and palette the first time, so that
scaling is always from the original size and "off" really goes back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication


def high_contrast_palette() -> QPalette:
    """White on black, yellow focus and selection (WCAG contrast well above 7:1)."""
    QColor, QPalette = QtGui.QColor, QtGui.QPalette  # noqa: N806 - see `Appearance`
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd400")
    grey = QColor("#9a9a9a")
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, black)
        palette.setColor(group, role.WindowText, white)
        palette.setColor(group, role.Base, black)
        palette.setColor(group, role.AlternateBase, QColor("#1a1a1a"))
        palette.setColor(group, role.Text, white)
        palette.setColor(group, role.Button, black)
        palette.setColor(group, role.ButtonText, white)
        palette.setColor(group, role.Highlight, yellow)
        palette.setColor(group, role.HighlightedText, black)
        palette.setColor(group, role.ToolTipBase, black)
        palette.setColor(group, role.ToolTipText, white)
        palette.setColor(group, role.PlaceholderText, grey)
        palette.setColor(group, role.Link, yellow)
        palette.setColor(group, role.BrightText, yellow)
        palette.setColor(group, role.Light, white)
        palette.setColor(group, role.Mid, grey)
        palette.setColor(group, role.Dark, grey)
    disabled = QPalette.ColorGroup.Disabled
    for item in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, item, grey)
    palette.setColor(disabled, role.Base, black)
    palette.setColor(disabled, role.Button, black)
    palette.setColor(disabled, role.Window, black)
    return palette


# Frames and check marks that the palette alone leaves black on black (the style draws
# them darker than the window colour); a thick yellow outline shows the focus.
HIGH_CONTRAST_STYLE = """
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView {
    border: 1px solid #ffffff;
}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus, QPushButton:focus, QCheckBox:focus,
QRadioButton:focus {
    border: 2px solid #ffd400;
}
QPushButton { border: 1px solid #ffffff; padding: 4px 10px; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 0.9em; height: 0.9em; border: 1px solid #ffffff; background: #000000;
}
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffd400; }
"""


class Appearance:
    """The first `apply` that changes anything remembers the application's own font,
    palette and style sheet; until then nothing is touched: the default look (the text
    at 100 %, no high contrast) costs nothing at start-up. (Naming `QFont` or `QPalette`
    makes PySide6 build those classes' Python enums, milliseconds before the first
    paint, so they are named only when needed.)"""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.base_font: QFont | None = None
        self.base_palette: QPalette | None = None
        self.base_style_sheet = ""
        self.font_scale = 1.0
        self.high_contrast = False
        self.applied = False

    def apply(self, font_scale: float, high_contrast: bool) -> None:
        """Scale the font and choose the palette; nothing when these are applied already
        (start-up applies them before the first window, the settings again later: an
        application-wide font or palette change re-polishes every widget)."""
        wanted = (font_scale, high_contrast)
        if wanted == (self.font_scale, self.high_contrast) and (
            self.applied or self.base_font is None
        ):
            self.applied = True  # the application's own look, untouched
            return
        if self.base_font is None or self.base_palette is None:
            self.base_font = self.app.font()  # copies
            self.base_palette = self.app.palette()
            self.base_style_sheet = self.app.styleSheet()
        font = QtGui.QFont(self.base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self.base_font.pointSizeF() * font_scale)
        else:
            font.setPixelSize(round(self.base_font.pixelSize() * font_scale))
        self.app.setFont(font)
        QtGui.QGuiApplication.setPalette(
            high_contrast_palette() if high_contrast else self.base_palette
        )
        self.app.setStyleSheet(
            self.base_style_sheet + HIGH_CONTRAST_STYLE if high_contrast else self.base_style_sheet
        )
        self.font_scale = font_scale
        self.high_contrast = high_contrast
        self.applied = True
