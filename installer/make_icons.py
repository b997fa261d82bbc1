"""Renders resources/icons/workstation.svg to the PNGs (48, 128, 256) and the Windows
.ico the installers use. Run once by hand after the SVG changes; the outputs are committed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (48, 128, 256)


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "workstation.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"workstation-{size}.png"))
    largest = Image.open(ICONS / "workstation-256.png")
    largest.save(ICONS / "workstation.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    del app


if __name__ == "__main__":
    main()
