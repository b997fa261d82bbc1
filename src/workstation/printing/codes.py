"""QR codes and Code 128 barcodes, drawn as vectors in pure black.

QR codes are encoded by segno (data, error correction, placement) with data mask 0; the mask
is then chosen here as ISO/IEC 18004 (7.8.3) asks, the lowest penalty of the eight, each
symbol scored complete with its format information (as zxing's encoder scores them). Scoring
works on whole rows as integers: ReportLab's encoder and segno's own mask choice, module by
module in pure Python, were about 60 % of a card's time (benchmarks/card_bench.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 4
"""Light margin around a QR code, in modules (ISO/IEC 18004)."""
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_LEVEL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}
"""Error correction level as the format information writes it."""
_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)
"""The data mask patterns (ISO/IEC 18004 table 10): module (row i, column j) inverted."""
_INVERT = str.maketrans("01", "10")
_BITS = bytes.maketrans(b"\x00\x01", b"01")
_DARK_RUN = re.compile(r"1+")


def _alignment_centres(version: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    size = 17 + 4 * version
    return [6, *reversed([size - 7 - i * step for i in range(count - 1)])]


@cache
def _function_rows(version: int) -> tuple[int, ...]:
    """Per row, the bits (bit j = column j) of the function patterns, the format and the
    version information: everything a data mask leaves alone."""
    size = 17 + 4 * version
    rows = [0] * size

    def block(top: int, left: int, height: int, width: int) -> None:
        for r in range(top, top + height):
            rows[r] |= ((1 << width) - 1) << left

    block(0, 0, 9, 9)  # finder, separator, format (top left)
    block(0, size - 8, 9, 8)  # top right
    block(size - 8, 0, 8, 9)  # bottom left, with the dark module
    block(6, 0, 1, size)  # timing
    block(0, 6, size, 1)
    centres = _alignment_centres(version)
    corners = {(6, 6), (6, centres[-1] if centres else 0), (centres[-1] if centres else 0, 6)}
    for r in centres:
        for c in centres:
            if (r, c) not in corners:
                block(r - 2, c - 2, 5, 5)
    if version >= 7:
        block(0, size - 11, 6, 3)
        block(size - 11, 0, 3, 6)
    return tuple(rows)


@cache
def _mask_rows(version: int, mask: int) -> tuple[int, ...]:
    """Per row, the data modules that `mask` inverts."""
    size = 17 + 4 * version
    test = _MASKS[mask]
    function = _function_rows(version)
    return tuple(sum(1 << j for j in range(size) if test(i, j)) & ~function[i] for i in range(size))


@cache
def _format_modules(size: int, level: str, mask: int) -> tuple[tuple[int, int, bool], ...]:
    """(row, column, dark) of both copies of the format information (ISO/IEC 18004 7.9)."""
    data = _LEVEL_BITS[level] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    bits = (data << 10 | rem) ^ 0x5412
    places = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
    places += [(8, 14 - i) for i in range(9, 15)]
    places += [(8, size - 1 - i) for i in range(8)]
    places += [(size - 15 + i, 8) for i in range(8, 15)]
    first = [(r, c, bool(bits >> i & 1)) for i, (r, c) in enumerate(places[:15])]
    second = [(r, c, bool(bits >> i & 1)) for i, (r, c) in enumerate(places[15:])]
    return tuple(first + second)


def _with_format(rows: list[int], size: int, level: str, mask: int) -> list[int]:
    for r, c, dark in _format_modules(size, level, mask):
        rows[r] = rows[r] | (1 << c) if dark else rows[r] & ~(1 << c)
    return rows


def _lines(rows: list[int], size: int) -> list[str]:
    """The rows as '0'/'1' strings, column 0 first."""
    spec = f"0{size}b"
    return [format(r, spec)[::-1] for r in rows]


def _runs_score(bits: int) -> int:
    """N1 of the dark runs in `bits` (lines joined by a light module): 3 + (length - 5) for
    each run of five or more, from the windows of five dark modules in a row."""
    windows = bits & bits >> 1 & bits >> 2 & bits >> 3 & bits >> 4
    return windows.bit_count() + 2 * (windows & ~(windows << 1)).bit_count()


def _finder_like(text: str) -> int:
    """How many 1:1:3:1:1 patterns in `text` have four light modules before or after them."""
    count = 0
    at = text.find("1011101")
    while at != -1:
        if text[at - 4 : at] == "0000" or text.startswith("0000", at + 7):
            count += 1
        at = text.find("1011101", at + 1)
    return count


def penalty(rows: list[int], size: int) -> int:
    """The symbol's penalty score (ISO/IEC 18004 7.8.3.1: N1 = 3, N2 = 3, N3 = 40, N4 = 10),
    outside the symbol light (the quiet zone). Rows and columns are scored together, joined
    into one text and one integer: a handful of operations instead of a loop per module."""
    spec = f"0{size}b"
    lines = [format(r, spec) for r in rows]  # mirrored (column 0 last): the score is the same
    text = "".join(lines)
    lines += [text[j::size] for j in range(size)]  # the columns
    score = _runs_score(int("0".join(lines), 2))  # dark runs
    score += _runs_score(int("1".join(lines).translate(_INVERT), 2))  # light runs
    score += 40 * _finder_like("0000" + "00000000".join(lines) + "0000")
    inner = (1 << (size - 1)) - 1
    full = (1 << size) - 1
    for upper, lower in itertools.pairwise(rows):
        same = ~(upper ^ lower) & full
        blocks = same & (same >> 1) & ~(upper ^ (upper >> 1)) & inner
        score += 3 * blocks.bit_count()
    dark = text.count("1")
    total = size * size
    score += 10 * (abs(dark * 2 - total) * 10 // total)
    return score


def mask_candidates(value: str, level: str = "M") -> tuple[int, list[list[int]]]:
    """The symbol's size in modules and its rows (bit j = column j dark) under each of the
    eight data masks, format information included: segno encodes it once with mask 0, the
    others differ only in the data modules and the format bits. Alphanumeric mode when
    `value` allows it (base45 seals and upper-case numbers fit it: about 30% smaller than
    bytes), else its UTF-8 bytes; never a higher error correction than `level`."""
    if value and set(value) <= _ALPHANUMERIC:
        qr = segno.make_qr(value, error=level, mode="alphanumeric", mask=0, boost_error=False)
    else:
        qr = segno.make_qr(
            value.encode("utf-8"), error=level, mode="byte", mask=0, boost_error=False
        )
    size = len(qr.matrix)
    base = [int(bytes(row).translate(_BITS)[::-1], 2) for row in qr.matrix]
    unmask = _mask_rows(qr.version, 0)
    candidates = [base]
    for mask in range(1, 8):
        flip = _mask_rows(qr.version, mask)
        rows = [b ^ m0 ^ m for b, m0, m in zip(base, unmask, flip, strict=True)]
        candidates.append(_with_format(rows, size, level, mask))
    return size, candidates


def qr_rows(value: str, level: str = "M") -> tuple[list[int], int]:
    """The QR code's rows (bit j = column j dark) under the mask of the lowest penalty (the
    first of equals), and its size in modules."""
    size, candidates = mask_candidates(value, level)
    scores = [penalty(rows, size) for rows in candidates]
    return candidates[scores.index(min(scores))], size


def qr_matrix(value: str, level: str = "M") -> list[list[bool]]:
    """The QR code's modules (True = dark), rows from the top."""
    rows, size = qr_rows(value, level)
    return [[bool(r >> c & 1) for c in range(size)] for r in rows]


def draw_qr(
    canvas: Canvas, value: str, x: float, y: float, size: float, *, level: str = "M"
) -> int:
    """A QR code of `value` filling the square (x, y, size) including its quiet zone,
    drawn as black rectangles (one per run of dark modules), in module units under one
    transform (integers: formatting a float per coordinate was a tenth of the card's time).
    Returns modules per side."""
    rows, count = qr_rows(value, level)
    module = size / (count + 2 * QUIET_MODULES)
    ops = [
        f"{m.start()} {row} {m.end() - m.start()} 1 re"
        for row, line in enumerate(_lines(rows, count))
        for m in _DARK_RUN.finditer(line)
    ]
    canvas.saveState()
    canvas.setFillColor(black)
    quiet = QUIET_MODULES * module
    canvas.transform(module, 0, 0, -module, x + quiet, y + size - quiet)
    canvas.addLiteral("\n".join(ops))
    canvas.addLiteral("f")
    canvas.restoreState()
    return count


def draw_code128(
    canvas: Canvas, value: str, x: float, y: float, *, bar_width: float, bar_height: float
) -> float:
    """A Code 128 barcode of `value` with quiet zones; returns its width."""
    barcode = Code128(
        value, barWidth=bar_width, barHeight=bar_height, quiet=True, barFillColor=black
    )
    barcode.drawOn(canvas, x, y)
    return float(barcode.width)
