"""Field rules of DOMAIN.md: names, dates, travel documents, countries, sex, a whole person.

Convention: every ``validate_*`` returns a list of `FieldError` (empty when the value is
fine; at most one error a field) and never raises, whatever it is given. Field names are
dotted paths (``document.expiry_date``). The identifier rules live in `identifiers` and
are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from iso3166 import countries_by_alpha3

from workstation.domain.calendar import add_months
from workstation.domain.errors import FieldError
from workstation.domain.identifiers import (
    format_phone,
    normalize_phone,
    normalize_voen,
    precheck_text,
    validate_email,
    validate_fin,
    validate_phone,
    validate_pin,
    validate_voen,
)
from workstation.domain.messages import field_error
from workstation.domain.model import DocumentType, Person, Sex, TravelDocument
from workstation.domain.text import normalize_name

__all__ = [
    "ADULT_AGE",
    "DOCUMENT_NUMBER_RE",
    "EARLIEST_BIRTH_DATE",
    "ICAO_NATIONALITY_CODES",
    "ICAO_ORGANISATION_CODES",
    "ISSUER_EXTRA",
    "NAME_MAX_LENGTH",
    "NATIONALITY_EXTRA",
    "PERMIT_DOCUMENT_MARGIN_MONTHS",
    "STATELESS_CODES",
    "TEXT_MAX_LENGTH",
    "ScreenDateError",
    "age_on",
    "format_phone",
    "format_screen_date",
    "is_minor",
    "normalize_phone",
    "normalize_voen",
    "parse_screen_date",
    "validate_birth_date",
    "validate_country",
    "validate_document",
    "validate_document_for_permit",
    "validate_document_number",
    "validate_document_type",
    "validate_document_valid_until",
    "validate_email",
    "validate_fin",
    "validate_min_age",
    "validate_name",
    "validate_person",
    "validate_phone",
    "validate_pin",
    "validate_screen_date",
    "validate_sex",
    "validate_text",
    "validate_voen",
]

NAME_MAX_LENGTH = 60
TEXT_MAX_LENGTH = 200
ADULT_AGE = 18
EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)
DOCUMENT_NUMBER_RE = re.compile(r"[A-Z0-9]{5,20}")
PERMIT_DOCUMENT_MARGIN_MONTHS = 3

STATELESS_CODES: frozenset[str] = frozenset({"XXA", "XXB", "XXC", "XXX"})
"""ICAO: stateless person, refugee (1951 convention), other refugee, unspecified."""
ICAO_NATIONALITY_CODES: frozenset[str] = frozenset({"GBD", "GBN", "GBO", "GBP", "GBS"})
ICAO_ORGANISATION_CODES: frozenset[str] = frozenset(
    {"UNO", "UNA", "UNK", "EUE", "XOM", "XPO", "XCC", "XES", "XBA", "XIM", "XCO", "XEC"}
)
NATIONALITY_EXTRA: frozenset[str] = STATELESS_CODES | ICAO_NATIONALITY_CODES
ISSUER_EXTRA: frozenset[str] = ICAO_NATIONALITY_CODES | ICAO_ORGANISATION_CODES

_APOSTROPHES = frozenset("'’ʼ‘")
_SEPARATORS = frozenset(" -") | _APOSTROPHES
_NAME_SHAPE = re.compile(r"L+(?:[ \-']L+)*")
_SCREEN_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*", re.ASCII)


class ScreenDateError(ValueError):
    """A date typed on screen that is not ``dd.mm.yyyy`` (`code` says why)."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        super().__init__(f"{code}: {text!r}")


def _show(chars: set[str]) -> str:
    return " ".join(
        ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}" for ch in sorted(chars)
    )


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def _skeleton(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _SEPARATORS:
        return ch
    return "L"


def validate_name(
    value: str, field: str = "surname", *, required: bool = True, max_length: int = NAME_MAX_LENGTH
) -> list[FieldError]:
    """A name as written in Latin letters (Azerbaijani ones included), spaces, ``-`` and ``'``."""
    if type(value) is str:  # names repeat a lot in an import: each verdict is remembered
        return list(_name_verdict(value, field, required, max_length))
    return _name_errors(value, field, required=required, max_length=max_length)


@lru_cache(maxsize=1 << 16)
def _name_verdict(
    value: str, field: str, required: bool, max_length: int
) -> tuple[FieldError, ...]:
    return tuple(_name_errors(value, field, required=required, max_length=max_length))


def _name_errors(value: str, field: str, *, required: bool, max_length: int) -> list[FieldError]:
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    if "\u04d8" in value or "\u04d9" in value:
        return [field_error(field, "cyrillic_lookalike")]
    bad = {
        ch
        for ch in value
        if not (ch.isalpha() or ch in _SEPARATORS or ch.isspace())
        and not unicodedata.category(ch).startswith("M")
    }
    if bad:
        return [field_error(field, "name_bad_characters", chars=_show(bad))]
    if any(ch.isalpha() and ch not in _APOSTROPHES and not _is_latin_letter(ch) for ch in value):
        return [field_error(field, "name_not_latin")]
    normal = normalize_name(value)
    if normal != value:
        return [field_error(field, "not_normalized", suggestion=normal)]
    if not _NAME_SHAPE.fullmatch("".join(_skeleton(ch) for ch in value)):
        return [field_error(field, "name_bad_separators")]
    if len(value) > max_length:
        return [field_error(field, "too_long", max=max_length)]
    return []


def validate_text(
    value: str, field: str, *, required: bool = False, max_length: int = TEXT_MAX_LENGTH
) -> list[FieldError]:
    """Free text (birth place, address): no control characters, at most `max_length`."""
    if type(value) is str:  # places and addresses repeat in an import: remembered
        return list(_text_verdict(value, field, required, max_length))
    return _text_errors(value, field, required=required, max_length=max_length)


@lru_cache(maxsize=1 << 16)
def _text_verdict(
    value: str, field: str, required: bool, max_length: int
) -> tuple[FieldError, ...]:
    return tuple(_text_errors(value, field, required=required, max_length=max_length))


def _text_errors(value: str, field: str, *, required: bool, max_length: int) -> list[FieldError]:
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    bad = {ch for ch in value if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")}
    if bad:
        return [field_error(field, "bad_characters", chars=_show(bad))]
    if len(value) > max_length:
        return [field_error(field, "too_long", max=max_length)]
    return []


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def parse_screen_date(text: str) -> dt.date:
    """``dd.mm.yyyy`` (one-digit day and month allowed) as a date; `ScreenDateError` if not."""
    match = _SCREEN_DATE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ScreenDateError("bad_date_format", str(text))
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ScreenDateError("no_such_date", text) from None


def format_screen_date(value: dt.date) -> str:
    """A date as shown on screen: ``dd.mm.yyyy``."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def validate_screen_date(
    text: str, field: str = "date", *, required: bool = True
) -> list[FieldError]:
    """A date typed on screen: ``dd.mm.yyyy`` and a real calendar date."""
    blank = precheck_text(text, field, required)
    if blank is not None:
        return blank
    try:
        parse_screen_date(text)
    except ScreenDateError as exc:
        return [field_error(field, exc.code)]
    return []


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years of age on `day` (born 29.02: a year older on 01.03 of common years)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_minor(birth: dt.date, day: dt.date) -> bool:
    """Under 18 on `day`."""
    return age_on(birth, day) < ADULT_AGE


def validate_birth_date(
    value: dt.date, today: dt.date, field: str = "birth_date"
) -> list[FieldError]:
    """Not in the future and not before 1900."""
    birth = _as_date(value)
    if birth is None:
        return [field_error(field, "bad_format")]
    if birth > _day(today):
        return [field_error(field, "future_date")]
    if birth < EARLIEST_BIRTH_DATE:
        return [field_error(field, "too_early", earliest=EARLIEST_BIRTH_DATE)]
    return []


def validate_min_age(
    birth: dt.date, today: dt.date, min_age: int = ADULT_AGE, field: str = "birth_date"
) -> list[FieldError]:
    """At least `min_age` years old on `today` (a work permit needs 18)."""
    day = _as_date(birth)
    if day is None:
        return [field_error(field, "bad_format")]
    if age_on(day, _day(today)) < min_age:
        return [field_error(field, "too_young", min_age=min_age)]
    return []


def validate_country(
    value: str, field: str = "citizenship", *, extra: frozenset[str] = NATIONALITY_EXTRA
) -> list[FieldError]:
    """An ISO 3166 alpha-3 code in capitals, or one of the ICAO codes in `extra`."""
    blank = precheck_text(value, field, True)
    if blank is not None:
        return blank
    if value in extra or (len(value) == 3 and value.isupper() and value in countries_by_alpha3):
        return []
    return [field_error(field, "unknown_country", value=value)]


_SEXES = frozenset(s.value for s in Sex)
_DOCUMENT_TYPES = frozenset(t.value for t in DocumentType)


def validate_sex(value: object, field: str = "sex") -> list[FieldError]:
    """M, F or X."""
    ok = isinstance(value, str) and value in _SEXES
    return [] if ok else [field_error(field, "unknown_sex")]


def validate_document_type(value: object, field: str = "document.type") -> list[FieldError]:
    """Ordinary, service, diplomatic or other."""
    ok = isinstance(value, str) and value in _DOCUMENT_TYPES
    return [] if ok else [field_error(field, "unknown_document_type")]


def validate_document_number(value: str, field: str = "document.number") -> list[FieldError]:
    """Series and number together: 5 to 20 capital letters A–Z or digits."""
    blank = precheck_text(value, field, True)
    if blank is not None:
        return blank
    if DOCUMENT_NUMBER_RE.fullmatch(value):
        return []
    return [field_error(field, "bad_document_number", min=5, max=20)]


def validate_document(
    doc: TravelDocument, today: dt.date, prefix: str = "document"
) -> list[FieldError]:
    """Type, number, issuing state, issued on or before `today`, expiring after the issue."""
    if not isinstance(doc, TravelDocument):
        return [field_error(prefix, "bad_format")]
    errors = validate_document_type(doc.type, f"{prefix}.type")
    errors += validate_document_number(doc.number, f"{prefix}.number")
    errors += validate_country(doc.issuing_state, f"{prefix}.issuing_state", extra=ISSUER_EXTRA)
    issued = _as_date(doc.issue_date)
    expiry = _as_date(doc.expiry_date)
    if doc.issue_date is not None and issued is None:
        errors.append(field_error(f"{prefix}.issue_date", "bad_format"))
    elif issued is not None and issued > _day(today):
        errors.append(field_error(f"{prefix}.issue_date", "future_date"))
    if expiry is None:
        code = "required" if doc.expiry_date is None else "bad_format"
        errors.append(field_error(f"{prefix}.expiry_date", code))
    elif issued is not None and expiry <= issued:
        errors.append(field_error(f"{prefix}.expiry_date", "expiry_before_issue"))
    return errors


def validate_document_valid_until(
    doc: TravelDocument, until: dt.date, field: str = "document.expiry_date"
) -> list[FieldError]:
    """The document is still valid on `until` (pass today to refuse an expired one)."""
    expiry = _as_date(getattr(doc, "expiry_date", None))
    if expiry is None or expiry < _day(until):
        return [field_error(field, "document_expires_too_soon", date=until)]
    return []


def validate_document_for_permit(
    doc: TravelDocument, permit_end: dt.date, field: str = "document.expiry_date"
) -> list[FieldError]:
    """For a permit the passport must be valid until 3 months after the permit ends."""
    until = add_months(permit_end, PERMIT_DOCUMENT_MARGIN_MONTHS)
    return validate_document_valid_until(doc, until, field)


def validate_person(person: Person, today: dt.date) -> list[FieldError]:
    """Every field rule of a person, with field names as in `Person` (dotted for the document)."""
    return [
        *validate_name(person.surname, "surname"),
        *validate_name(person.given_names, "given_names", required=False),
        *validate_name(person.patronymic, "patronymic", required=False),
        *validate_sex(person.sex, "sex"),
        *validate_birth_date(person.birth_date, today, "birth_date"),
        *validate_text(person.birth_place, "birth_place", max_length=100),
        *validate_country(person.citizenship, "citizenship"),
        *validate_document(person.document, today, "document"),
        *validate_pin(person.pin, "pin"),
        *validate_fin(person.fin, "fin"),
        *validate_phone(person.phone, "phone"),
        *validate_email(person.email, "email"),
        *validate_text(person.address, "address"),
    ]
