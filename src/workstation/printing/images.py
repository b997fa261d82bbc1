"""The holder's photo, its ghost image, and the silhouette drawn when there is no photo."""

from __future__ import annotations

import io

from PIL import Image, ImageOps
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

SILHOUETTE_BACK = Color(0.90, 0.91, 0.93)
SILHOUETTE_FIGURE = Color(0.72, 0.74, 0.78)
GHOST_STRENGTH = 0.38
"""How dark the ghost image is compared with the photo (0 white, 1 the photo's grey)."""


def _load(photo: bytes, width: float, height: float) -> Image.Image:
    """The photo cropped to the box's proportions (centred), in RGB."""
    with Image.open(io.BytesIO(photo)) as source:
        image = ImageOps.exif_transpose(source).convert("RGB")
    ratio = width / height
    w, h = image.size
    if w / h > ratio:
        new_w = round(h * ratio)
        image = image.crop(((w - new_w) // 2, 0, (w - new_w) // 2 + new_w, h))
    else:
        new_h = round(w / ratio)
        image = image.crop((0, (h - new_h) // 2, w, (h - new_h) // 2 + new_h))
    return image


def _reader(image: Image.Image) -> ImageReader:
    """The image as a JPEG (quality 95, no chroma subsampling), which ReportLab embeds as
    it is (DCTDecode). A camera photo as PNG was a lossless re-encoding that ReportLab then
    compressed again: ~1.4 s of a card's ~1.5 s (benchmarks/card_bench.py), and a PDF four
    times bigger, for no visible difference in print."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=95, subsampling=0)
    buffer.seek(0)
    return ImageReader(buffer)


def draw_photo(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas, photo: bytes | None, x: float, y: float, width: float, height: float
) -> None:
    """The photo in the box, or a neutral silhouette when there is none."""
    if photo is None:
        draw_silhouette(canvas, x, y, width, height)
        return
    canvas.drawImage(_reader(_load(photo, width, height)), x, y, width, height)


def draw_ghost(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas, photo: bytes | None, x: float, y: float, width: float, height: float
) -> None:
    """A faded grey copy of the photo (or of the silhouette)."""
    if photo is None:
        canvas.saveState()
        canvas.setFillAlpha(0.45)
        canvas.setStrokeAlpha(0.45)
        draw_silhouette(canvas, x, y, width, height, background=False)
        canvas.restoreState()
        return
    grey = ImageOps.grayscale(_load(photo, width, height))
    faded = grey.point(lambda p: round(255 - (255 - p) * GHOST_STRENGTH))
    canvas.drawImage(_reader(faded.convert("RGB")), x, y, width, height)


def draw_silhouette(
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    background: bool = True,
) -> None:
    """A head and shoulders in grey: the placeholder for a missing photo."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    if background:
        canvas.setFillColor(SILHOUETTE_BACK)
        canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillColor(SILHOUETTE_FIGURE)
    cx = x + width / 2
    head_r = width * 0.22
    head_cy = y + height * 0.62
    canvas.circle(cx, head_cy, head_r, stroke=0, fill=1)
    shoulders_w = width * 0.92
    shoulders_top = head_cy - head_r * 1.25
    canvas.ellipse(
        cx - shoulders_w / 2,
        y - height * 0.25,
        cx + shoulders_w / 2,
        shoulders_top,
        stroke=0,
        fill=1,
    )
    canvas.restoreState()
