"""Azerbaijani text: case rules, name normalisation, search keys and MRZ transliteration.

Fold table (`fold`), applied after lower-casing, so that Azerbaijani spellings, their
ASCII renderings and Russian Cyrillic renderings meet on one key:

=====================  ======  ===========================================
source                 key     note
=====================  ======  ===========================================
ə ǝ ә                  a       Məmmədov → mammadov
ç ч ҹ, ch              c       Çingiz, Chingiz, Чингиз → cingiz
ğ ғ ҝ г, gh            g       Гульнара → gulnara
ı i İ I і ы            i
ö ө, ş ш, ü ү ў        o s u   sh → s: Şahin, Shahin → sahin
h x х һ ҳ, kh          h       one key letter, because Russian х writes both
                               Azerbaijani h and x: Шахин → sahin, Хаял = Xəyal
ж, zh                  j       Jalə, Zhala, Жала → jala
дж, dj                 c       Cəfər, Джафар → cafar
й ј                    y       Hüseyn, Гусейн → huseyn (ignoring Һ/Г)
ю я ё є ї              yu ya e ye yi
ц щ                    ts sc   (as Latin "ts" and "shch")
ъ ь                    (none)
iye                    ie      Əliyev, Aliev, Алиев → aliev
=====================  ======  ===========================================

Other letters lose their diacritics (NFKD); apostrophes vanish (O'Neil → oneil); anything
else that is not a letter or a digit becomes one space. The key is a heuristic for
search, never for display.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from types import MappingProxyType

_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_CYRILLIC_SCHWA = str.maketrans({"\u04d8": "\u018f", "\u04d9": "\u0259"})
_WORD_START = re.compile(r"(^|[\s\-])(\S)")


def az_upper(s: str) -> str:
    """Upper case by Azerbaijani rules: i → İ, ı → I."""
    return s.translate(_UPPER).upper()


def az_lower(s: str) -> str:
    """Lower case by Azerbaijani rules: I → ı, İ → i."""
    return s.translate(_LOWER).lower()


def az_title(s: str) -> str:
    """Capitalise each word (after spaces and hyphens, not apostrophes) by Azerbaijani rules."""
    return _WORD_START.sub(lambda m: m.group(1) + az_upper(m.group(2)), az_lower(s))


def normalize_name(s: str) -> str:
    """A name as it should be stored: NFC, trimmed, single spaces, Latin Ə/ə for Cyrillic Ә/ә."""
    text = unicodedata.normalize("NFC", s).translate(_CYRILLIC_SCHWA)
    return " ".join(text.split())


_FOLD_CHARS: dict[str, str] = {
    # Azerbaijani letters without a decomposition (the others go through NFKD).
    "ı": "i",
    "ə": "a",
    "ǝ": "a",
    "x": "h",
    # Russian.
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "c",
    "ш": "s",
    "щ": "sc",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Azerbaijani Cyrillic (before 1991), Ukrainian, Belarusian.
    "ә": "a",
    "ғ": "g",
    "ҝ": "g",
    "һ": "h",
    "ҳ": "h",
    "ө": "o",
    "ү": "u",
    "ҹ": "c",
    "ј": "y",
    "қ": "k",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "u",
}
_FOLD_TABLE = str.maketrans(_FOLD_CHARS)
_DIGRAPHS = {"sh": "s", "ch": "c", "gh": "g", "kh": "h", "zh": "j", "dj": "c", "iye": "ie"}
_NO_APOSTROPHES = str.maketrans(dict.fromkeys("'’ʼ‘`"))
_DIGRAPH_RE = re.compile("|".join(sorted(_DIGRAPHS, key=len, reverse=True)))


class _CharTable(dict[int, str]):
    """A `str.translate` table that works out each character once, when first seen."""

    def __init__(self, rule: Callable[[str], str]) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, code: int) -> str:
        value = self.rule(chr(code))
        if len(self) < _CHAR_TABLE_LIMIT:
            self[code] = value
        return value


_CHAR_TABLE_LIMIT = 1 << 16
_NO_MARKS = _CharTable(lambda ch: "" if unicodedata.category(ch).startswith("M") else ch)
_ALNUM_OR_SPACE = _CharTable(lambda ch: ch if ch.isalnum() else " ")


def _strip_marks(s: str) -> str:
    return unicodedata.normalize("NFKD", s).translate(_NO_MARKS)


def _digraph(match: re.Match[str]) -> str:
    return _DIGRAPHS[match[0]]


def _fold_once(s: str) -> str:
    text = _strip_marks(s.casefold().translate(_FOLD_TABLE)).casefold().translate(_FOLD_TABLE)
    text = _DIGRAPH_RE.sub(_digraph, text.translate(_NO_APOSTROPHES))
    return " ".join(text.translate(_ALNUM_OR_SPACE).split())


# `_fold_once` of ASCII text in one translate: lower case, x → h, apostrophes dropped,
# anything but a letter or a digit a space (digraphs hold letters only, so spaces put
# in before the digraphs are replaced change nothing).
_ASCII_FOLD = str.maketrans(
    {
        **{chr(c): " " for c in range(128) if not chr(c).isalnum()},
        "x": "h",
        "'": None,
        "`": None,
    }
)


def _fold_ascii_once(s: str) -> str:
    return " ".join(_DIGRAPH_RE.sub(_digraph, s.lower().translate(_ASCII_FOLD)).split())


def fold(s: str) -> str:
    """A search key under which Azerbaijani, ASCII and Cyrillic spellings of a name meet.

    The steps are repeated until nothing changes, so ``fold(fold(s)) == fold(s)``.
    """
    if s.isascii():  # the same steps, faster
        result = _fold_ascii_once(s)
        for _ in range(8):
            # On folded ASCII text a step changes something only where a digraph is
            # left (and then always: each makes the text shorter).
            if _DIGRAPH_RE.search(result) is None:
                break
            result = _fold_ascii_once(result)
        return result
    result = _fold_once(s)
    for _ in range(8):
        again = _fold_ascii_once(result) if result.isascii() else _fold_once(result)
        if again == result:
            break
        result = again
    return result


AZE_PROFILE: Mapping[str, str] = MappingProxyType(
    {
        "Ə": "A",
        "ə": "A",
        "Ǝ": "A",
        "ǝ": "A",
        "\u04d8": "A",
        "\u04d9": "A",
        "Ç": "C",
        "ç": "C",
        "Ğ": "G",
        "ğ": "G",
        "I": "I",
        "ı": "I",
        "İ": "I",
        "i": "I",
        "Ö": "O",
        "ö": "O",
        "Ş": "S",
        "ş": "S",
        "Ü": "U",
        "ü": "U",
        " ": "<",
        "-": "<",
        "'": "",
        "’": "",
        "ʼ": "",
        "`": "",
    }
)
"""Transliteration of Azerbaijan (proposed in DOMAIN.md); another state may pass its own."""

ICAO_FALLBACK: Mapping[str, str] = MappingProxyType(
    {"Æ": "AE", "Œ": "OE", "Ø": "OE", "ß": "SS", "Þ": "TH", "Đ": "D", "Ł": "L", "Ħ": "H"}
)
"""Letters NFKD cannot decompose, as ICAO Doc 9303 part 3 renders them (upper case)."""

_MRZ_OK = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_FILLERS = re.compile("<+")


def _mrz_char(ch: str, profile: Mapping[str, str]) -> str:
    if ch in profile:
        return profile[ch]
    if ch.isspace():
        return "<"
    upper = ch.upper()
    if upper in ICAO_FALLBACK:
        return ICAO_FALLBACK[upper]
    return _strip_marks(upper).upper()


def mrz_transliterate(s: str, profile: Mapping[str, str] = AZE_PROFILE) -> str:
    """`s` in MRZ characters (A–Z, 0–9, ``<``): mapped by `profile`, other letters via NFKD.

    Spaces and hyphens become one ``<`` each run; leading and trailing fillers are dropped.
    """
    text = unicodedata.normalize("NFC", s)
    mapped = "".join(_mrz_char(ch, profile) for ch in text)
    kept = "".join(ch for ch in mapped if ch in _MRZ_OK)
    return _FILLERS.sub("<", kept).strip("<")
