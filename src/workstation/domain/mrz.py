"""Machine-readable zones of ICAO Doc 9303: check digits, TD1 composition, TD1/TD3 parsing.

TD1 (Part 5, ID-1 cards such as our permits): three lines of 30 characters ::

    line 1  doc code(2) issuing state(3) document number(9) check(1) optional data(15)
    line 2  birth(6) check(1) sex(1) expiry(6) check(1) nationality(3) optional data(11)
            composite check(1)
    line 3  name(30)

A document number longer than 9 characters keeps its first 9 in the number field, a
filler ``<`` in the check digit position, and continues at the start of line 1's optional
data, followed by the check digit of the whole number and a filler.

TD3 (Part 4, passports): two lines of 44 characters, the name on line 1.

Every parse error is a `ValueError` whose message starts with the failing field
("document number check digit: …", "birth date: …", "line 2 length: …").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from workstation.domain.model import Sex
from workstation.domain.text import AZE_PROFILE, mrz_transliterate

TD1_WIDTH = 30
TD3_WIDTH = 44
_WEIGHTS = (7, 3, 1)
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_ALPHA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
_DIGITS = frozenset("0123456789")
_DATE_CHARS = frozenset("0123456789<")
_SEX_CHARS = frozenset("MFX<")
_FILLERS = re.compile("<+")


def _value(ch: str) -> int:
    if ch == "<":
        return 0
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(text: str) -> int:
    """The check digit of `text` (weights 7, 3, 1; digits as themselves, A–Z 10–35, < 0)."""
    return sum(_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(text)) % 10


@dataclass(frozen=True, slots=True)
class Td1:
    """A parsed TD1 zone. Names are in MRZ letters with spaces between components."""

    document_code: str
    issuing_state: str
    document_number: str
    optional_data_1: str
    birth_date: dt.date | None
    sex: Sex
    expiry_date: dt.date | None
    nationality: str
    optional_data_2: str
    surname: str
    given_names: str
    lines: tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Td3:
    """A parsed TD3 zone (a passport)."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: dt.date | None
    sex: Sex
    expiry_date: dt.date | None
    personal_number: str
    lines: tuple[str, str]


# Composition ---------------------------------------------------------------------------


def _mrz_word(text: str, profile: Mapping[str, str], letters_only: bool) -> str:
    allowed = _ALPHA if letters_only else _ALNUM
    word = "".join(ch for ch in mrz_transliterate(text, profile) if ch in allowed)
    return _FILLERS.sub("<", word).strip("<")


def name_field(
    surname: str, given_names: str, width: int, profile: Mapping[str, str] = AZE_PROFILE
) -> str:
    """The name field: ``SURNAME<<GIVEN<NAMES`` transliterated, padded or truncated to `width`.

    Truncation (Doc 9303 Part 3, 4.6): the secondary identifier loses characters from its
    end first; a cut that falls on a filler ends instead with the next component's initial,
    so that a truncated field ends with a letter. Only when the primary identifier leaves
    no room for ``<<`` and one letter is it cut as well, keeping the first given initial.
    """
    primary = _mrz_word(surname, profile, letters_only=True)
    secondary = _mrz_word(given_names, profile, letters_only=True)
    if not primary:
        primary, secondary = secondary, ""
    if not primary:
        raise ValueError("name: nothing left after transliteration")
    if not secondary:
        return primary[:width].rstrip("<").ljust(width, "<")
    full = f"{primary}<<{secondary}"
    if len(full) <= width:
        return full.ljust(width, "<")
    if len(primary) + 3 <= width:
        cut = full[:width]
        if cut[-1] == "<":  # the cut falls between two given names
            if cut[-3] == "<":  # the name before the cut is one letter: it can't give one up
                return cut.rstrip("<").ljust(width, "<")
            cut = cut[:-2] + "<" + full[width]
        return cut
    head = primary[: width - 3].rstrip("<")
    return f"{head}<<{secondary[0]}".ljust(width, "<")


def _yymmdd(value: dt.date) -> str:
    return value.strftime("%y%m%d")


def _field(text: str, width: int, name: str) -> str:
    if len(text) > width:
        raise ValueError(f"{name}: longer than {width} characters: {text!r}")
    return text.ljust(width, "<")


def compose_td1(
    *,
    document_code: str,
    issuing_state: str,
    document_number: str,
    surname: str,
    given_names: str,
    nationality: str,
    birth_date: dt.date,
    sex: Sex,
    expiry_date: dt.date,
    optional_data_1: str = "",
    optional_data_2: str = "",
    profile: Mapping[str, str] = AZE_PROFILE,
) -> tuple[str, str, str]:
    """The three TD1 lines of a card; names and the number go through `profile`.

    A document number of 10 or more characters continues in line 1's optional data
    (the check digit position holds ``<``); `optional_data_1` then follows after a filler.
    """
    code = _mrz_word(document_code, profile, letters_only=True)
    state = _mrz_word(issuing_state, profile, letters_only=True)
    number = _mrz_word(document_number, profile, letters_only=False).replace("<", "")
    extra_1 = _mrz_word(optional_data_1, profile, letters_only=False)
    if not number:
        raise ValueError("document number: empty")
    if len(number) <= 9:
        head = f"{number.ljust(9, '<')}{check_digit(number)}"
        optional_1 = _field(extra_1, 15, "optional data 1")
    else:
        tail = f"{number[9:]}{check_digit(number)}"
        if len(tail) > 14:  # a filler must follow the check digit
            raise ValueError(f"document number: longer than 22 characters: {number!r}")
        head = f"{number[:9]}<"
        optional = f"{tail}<{extra_1}" if extra_1 else tail
        optional_1 = _field(optional, 15, "document number")
    line1 = _field(code, 2, "document code") + _field(state, 3, "issuing state") + head
    line1 += optional_1
    birth = _yymmdd(birth_date)
    expiry = _yymmdd(expiry_date)
    sex_char = "<" if sex is Sex.UNSPECIFIED else sex.value
    nat = _field(_mrz_word(nationality, profile, letters_only=True), 3, "nationality")
    optional_2 = _field(_mrz_word(optional_data_2, profile, False), 11, "optional data 2")
    line2 = f"{birth}{check_digit(birth)}{sex_char}{expiry}{check_digit(expiry)}{nat}{optional_2}"
    line2 += str(check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]))
    line3 = name_field(surname, given_names, TD1_WIDTH, profile)
    return line1, line2, line3


# Parsing -------------------------------------------------------------------------------


def _lines(text: str, count: int, width: int) -> list[str]:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) != count:
        raise ValueError(f"line count: expected {count} lines, got {len(lines)}")
    for i, line in enumerate(lines, start=1):
        if len(line) != width:
            raise ValueError(f"line {i} length: expected {width} characters, got {len(line)}")
    return lines


def _chars(value: str, allowed: frozenset[str], name: str, line: int, start: int) -> str:
    for offset, ch in enumerate(value):
        if ch not in allowed:
            raise ValueError(
                f"{name}: invalid character {ch!r} at line {line} position {start + offset + 1}"
            )
    return value


def _check(data: str, digit: str, name: str) -> None:
    if digit not in _DIGITS:
        raise ValueError(f"{name} check digit: {digit!r} is not a digit")
    expected = check_digit(data)
    if int(digit) != expected:
        raise ValueError(f"{name} check digit: is {digit}, should be {expected}")


def _date(value: str, name: str, birth: bool, today: dt.date) -> dt.date | None:
    """A YYMMDD date; a birth date is never after `today`, an expiry at most 50 years on."""
    if "<" in value:  # unknown (parts of a) date, allowed by Doc 9303
        return None
    yy, month, day = int(value[0:2]), int(value[2:4]), int(value[4:6])
    for year in (2000 + yy, 1900 + yy):
        try:
            result = dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"{name}: {value} is not a date (YYMMDD)") from None
        if (birth and result <= today) or (not birth and year <= today.year + 50):
            return result
    return result


def _sex(value: str, line: int, position: int) -> Sex:
    _chars(value, _SEX_CHARS, "sex", line, position)
    return Sex.UNSPECIFIED if value in "<X" else Sex(value)


def _names(field: str, line: int) -> tuple[str, str]:
    _chars(field, _ALPHA, "name", line, 0)
    primary, _, secondary = field.partition("<<")
    surname = " ".join(primary.split("<")).strip()
    given = " ".join(part for part in secondary.split("<") if part)
    if not surname and not given:
        raise ValueError(f"name: empty on line {line}")
    return surname, given


def _text(value: str) -> str:
    return value.rstrip("<")


def _long_number(principal: str, optional: str) -> tuple[str, str]:
    """The whole number and its check digit, and what is left of the optional data."""
    tail, _, rest = optional.partition("<")
    if len(tail) < 2:
        raise ValueError("document number check digit: missing after the number's continuation")
    number = principal + tail[:-1]
    _check(number, tail[-1], "document number")
    return number, rest


def parse_td1(text: str, *, today: dt.date | None = None) -> Td1:
    """The three TD1 lines in `text` (separated by newlines) checked and split into fields.

    `today` decides the century of two-digit years (default: the current date).
    """
    day = today or dt.date.today()
    line1, line2, line3 = _lines(text, 3, TD1_WIDTH)
    code = _chars(line1[0:2], _ALPHA, "document code", 1, 0)
    state = _chars(line1[2:5], _ALPHA, "issuing state", 1, 2)
    principal = _chars(line1[5:14], _ALNUM, "document number", 1, 5)
    number_check = line1[14]
    optional_1 = _chars(line1[15:30], _ALNUM, "optional data 1", 1, 15)
    if number_check == "<":
        number, optional_1 = _long_number(principal, optional_1)
    else:
        _check(principal, number_check, "document number")
        number = principal
    birth = _chars(line2[0:6], _DATE_CHARS, "birth date", 2, 0)
    _check(birth, line2[6], "birth date")
    sex = _sex(line2[7], 2, 7)
    expiry = _chars(line2[8:14], _DATE_CHARS, "expiry date", 2, 8)
    _check(expiry, line2[14], "expiry date")
    nationality = _chars(line2[15:18], _ALPHA, "nationality", 2, 15)
    optional_2 = _chars(line2[18:29], _ALNUM, "optional data 2", 2, 18)
    _check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29], line2[29], "composite")
    surname, given = _names(line3, 3)
    return Td1(
        document_code=_text(code),
        issuing_state=_text(state),
        document_number=_text(number),
        optional_data_1=_text(optional_1),
        birth_date=_date(birth, "birth date", True, day),
        sex=sex,
        expiry_date=_date(expiry, "expiry date", False, day),
        nationality=_text(nationality),
        optional_data_2=_text(optional_2),
        surname=surname,
        given_names=given,
        lines=(line1, line2, line3),
    )


def parse_td3(text: str, *, today: dt.date | None = None) -> Td3:
    """The two TD3 lines of a passport in `text` checked and split into fields."""
    day = today or dt.date.today()
    line1, line2 = _lines(text, 2, TD3_WIDTH)
    code = _chars(line1[0:2], _ALPHA, "document code", 1, 0)
    state = _chars(line1[2:5], _ALPHA, "issuing state", 1, 2)
    surname, given = _names(line1[5:44], 1)
    number = _chars(line2[0:9], _ALNUM, "document number", 2, 0)
    _check(number, line2[9], "document number")
    nationality = _chars(line2[10:13], _ALPHA, "nationality", 2, 10)
    birth = _chars(line2[13:19], _DATE_CHARS, "birth date", 2, 13)
    _check(birth, line2[19], "birth date")
    sex = _sex(line2[20], 2, 20)
    expiry = _chars(line2[21:27], _DATE_CHARS, "expiry date", 2, 21)
    _check(expiry, line2[27], "expiry date")
    personal = _chars(line2[28:42], _ALNUM, "personal number", 2, 28)
    if not (line2[42] == "<" and personal == "<" * 14):
        _check(personal, line2[42], "personal number")
    _check(line2[0:10] + line2[13:20] + line2[21:43], line2[43], "composite")
    return Td3(
        document_code=_text(code),
        issuing_state=_text(state),
        surname=surname,
        given_names=given,
        document_number=_text(number),
        nationality=_text(nationality),
        birth_date=_date(birth, "birth date", True, day),
        sex=sex,
        expiry_date=_date(expiry, "expiry date", False, day),
        personal_number=_text(personal),
        lines=(line1, line2),
    )
