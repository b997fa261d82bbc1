"""The holder's photo, its ghost image, and the silhouette drawn when there is no photo."""

from __future__ import annotations

import io

from PIL import ExifTags, Image, ImageOps
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

SILHOUETTE_BACK = Color(0.90, 0.91, 0.93)
SILHOUETTE_FIGURE = Color(0.72, 0.74, 0.78)
GHOST_STRENGTH = 0.38
"""How dark the ghost image is compared with the photo (0 white, 1 the photo's grey)."""
_FADE = [round(255 - (255 - p) * GHOST_STRENGTH) for p in range(256)]


PRINT_PPI = 300
"""Pixels per inch the photo keeps at least (card printers print at 300 dpi): a camera
photo is decoded at the smallest JPEG scale (1/2, 1/4, 1/8) that still gives it."""
_POINTS_PER_INCH = 72
_TURNED = frozenset({5, 6, 7, 8})
"""EXIF orientations that swap width and height."""


def _pixels(points: float) -> int:
    return round(points / _POINTS_PER_INCH * PRINT_PPI)


def _load(photo: bytes, width: float, height: float) -> Image.Image:
    """The photo cropped to the box's proportions (centred), in RGB, decoded once and at
    the smallest scale that keeps `PRINT_PPI` in the box (points)."""
    need = (_pixels(width), _pixels(height))
    source = Image.open(io.BytesIO(photo))
    if source.getexif().get(ExifTags.Base.Orientation, 1) in _TURNED:
        need = need[::-1]
    source.draft("RGB", need)  # JPEG only: both sides stay >= need, so the crop does too
    ImageOps.exif_transpose(source, in_place=True)
    image: Image.Image = source
    if image.mode != "RGB":
        image = image.convert("RGB")
    return _crop(image, width, height)


def _crop(image: Image.Image, width: float, height: float) -> Image.Image:
    """The middle of `image` in the proportions of width × height."""
    ratio = width / height
    w, h = image.size
    if w / h > ratio:
        new_w = round(h * ratio)
        return image.crop(((w - new_w) // 2, 0, (w - new_w) // 2 + new_w, h))
    new_h = round(w / ratio)
    return image.crop((0, (h - new_h) // 2, w, (h - new_h) // 2 + new_h))


class _JpegReader(ImageReader):
    """A JPEG for `Canvas.drawImage`, which embeds it as it is (DCTDecode) but names it by
    a digest of its pixels: ReportLab's reader decoded the JPEG again only for that, a
    fifth of a card's time. Here the digest is of the JPEG bytes, as unique."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data
        self._dataA = None  # no alpha channel (what getRGBData would have found)

    def getRGBData(self) -> bytes:  # noqa: N802 - ReportLab's name
        return self._jpeg


def _reader(image: Image.Image) -> ImageReader:
    """The image as a JPEG (quality 95, no chroma subsampling), which ReportLab embeds as
    it is (DCTDecode). A camera photo as PNG was a lossless re-encoding that ReportLab then
    compressed again: ~1.4 s of a card's ~1.5 s (benchmarks/card_bench.py), and a PDF four
    times bigger, for no visible difference in print."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=95, subsampling=0)
    return _JpegReader(buffer.getvalue())


def draw_photo(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas, photo: bytes | None, x: float, y: float, width: float, height: float
) -> Image.Image | None:
    """The photo in the box, or a neutral silhouette when there is none. Returns the
    photo as drawn (for `draw_ghost`), None for the silhouette."""
    if photo is None:
        draw_silhouette(canvas, x, y, width, height)
        return None
    image = _load(photo, width, height)
    canvas.drawImage(_reader(image), x, y, width, height)
    return image


def draw_ghost(  # noqa: PLR0917 - positions as ReportLab takes them
    canvas: Canvas,
    photo: bytes | Image.Image | None,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    """A faded grey copy of the photo (or of the silhouette), `PRINT_PPI` in the box. The
    photo may be the image `draw_photo` returned (same proportions), not decoded again."""
    if photo is None:
        canvas.saveState()
        canvas.setFillAlpha(0.45)
        canvas.setStrokeAlpha(0.45)
        draw_silhouette(canvas, x, y, width, height, background=False)
        canvas.restoreState()
        return
    if isinstance(photo, Image.Image):
        image = _crop(photo, width, height)
    else:
        image = _load(photo, width, height)
    grey = ImageOps.grayscale(image)
    size = (_pixels(width), _pixels(height))
    if grey.width > size[0]:
        grey = grey.resize(size, Image.Resampling.BOX)  # faded: box is enough
    faded = grey.point(_FADE)
    canvas.drawImage(_reader(faded), x, y, width, height)


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
