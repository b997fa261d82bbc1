"""Convert a CFF-flavoured OpenType font to TrueType outlines (run once, by hand).

Used for OCR-B: Debian's ``fonts-ocr-b`` ships it as CFF (``OCRB.otf``), and the card
renderer embeds TrueType (ReportLab embeds TrueType fonts only). Cubic curves become
quadratic ones within a tolerance of 1 font unit per 1000 em (fontTools' cu2qu), the
approach of fontTools' ``otf2ttf`` snippet. fontTools is a development tool here, not a
runtime dependency::

    apt-get install fonts-ocr-b
    .venv/bin/pip install fonttools
    .venv/bin/python scripts/otf2ttf.py /usr/share/fonts/opentype/ocr-b/OCRB.otf \
        resources/fonts/OCRB.ttf

The output is deterministic: the same input gives the same bytes (fixed timestamps).
"""

from __future__ import annotations

import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 1.0  # font units, at 1000 units per em
POST_FORMAT = 2.0
REVERSE_DIRECTION = True  # CFF contours run counter-clockwise, TrueType ones clockwise
FIXED_TIMESTAMP = 1_735_689_600 + 2_082_844_800  # 2025-01-01 UTC, in seconds since 1904


def glyphs_to_quadratic(font: TTFont) -> dict[str, object]:
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        cu2qu = Cu2QuPen(pen, MAX_ERROR, reverse_direction=REVERSE_DIRECTION)
        glyph_set[name].draw(cu2qu)
        quadratic[name] = pen.glyph()
    return quadratic


def otf_to_ttf(font: TTFont) -> None:
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        raise SystemExit("not a CFF-flavoured OpenType font")
    glyph_order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs_to_quadratic(font)
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        len(g.components if hasattr(g, "components") else []) for g in glyf.glyphs.values()
    )
    post = font["post"]
    post.formatType = POST_FORMAT
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].created = FIXED_TIMESTAMP
    font["head"].modified = FIXED_TIMESTAMP
    font.sfntVersion = "\000\001\000\000"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: otf2ttf.py INPUT.otf OUTPUT.ttf", file=sys.stderr)
        return 2
    font = TTFont(argv[0])
    otf_to_ttf(font)
    font.recalcTimestamp = False
    font.save(argv[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
