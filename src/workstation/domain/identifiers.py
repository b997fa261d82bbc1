"""Rules for identifiers and contacts: FIN, PIN, VÖEN, phone, e-mail (DOMAIN.md).

Every ``validate_*`` returns a list of `FieldError` (empty when the value is fine) and
never raises, whatever it is given. Empty values are accepted unless ``required``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from stdnum.az import voen as _voen
from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError

from workstation.domain.errors import FieldError
from workstation.domain.messages import field_error

FIN_RE = re.compile(r"[0-9A-HJ-NP-Z]{7}")
PIN_RE = re.compile(r"[A-Z0-9]{5,6}")
MOBILE_PREFIXES: frozenset[str] = frozenset(
    {"10", "40", "44", "50", "51", "55", "60", "70", "77", "99"}
)
LANDLINE_PREFIXES: frozenset[str] = frozenset({"12"})
PHONE_PREFIXES: frozenset[str] = MOBILE_PREFIXES | LANDLINE_PREFIXES
EMAIL_MAX_LENGTH = 254

_EMAIL_RE = re.compile(
    r"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})",
    re.ASCII,
)
_PHONE_NOISE = re.compile(r"[\s\-().\u00a0]+")
_DIGITS = frozenset("0123456789")


def precheck_text(value: object, field: str, required: bool) -> list[FieldError] | None:
    """The verdict on an empty or non-text value, or None when there is text to check."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return [field_error(field, "required")] if required else []
    if not isinstance(value, str):
        return [field_error(field, "bad_format")]
    return None


def validate_fin(value: str, field: str = "fin", *, required: bool = False) -> list[FieldError]:
    """A citizen's FIN: 7 digits or capital letters other than I and O."""
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    return [] if FIN_RE.fullmatch(value) else [field_error(field, "bad_fin")]


def validate_pin(value: str, field: str = "pin", *, required: bool = False) -> list[FieldError]:
    """A foreigner's PIN on the card: 5 or 6 capital letters or digits."""
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    return [] if PIN_RE.fullmatch(value) else [field_error(field, "bad_pin")]


def normalize_voen(value: str) -> str:
    """A VÖEN without the spaces and hyphens people write it with."""
    return re.sub(r"[\s\-]+", "", value)


def validate_voen(value: str, field: str = "voen", *, required: bool = False) -> list[FieldError]:
    """An employer's VÖEN: 10 digits, the 9th a check digit, the 10th 1 or 2 (via stdnum)."""
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    number = normalize_voen(value)
    if len(number) != 10 or not set(number) <= _DIGITS:
        return [field_error(field, "bad_voen_format")]
    try:
        _voen.validate(number)
    except InvalidComponent:
        return [field_error(field, "bad_voen_type")]
    except InvalidChecksum:
        return [field_error(field, "bad_check_digit")]
    except ValidationError:
        return [field_error(field, "bad_voen_format")]
    return []


def normalize_phone(value: str) -> str | None:
    """``+994`` and 9 digits from what people type, or None when it is not such a number.

    Accepts spaces, dashes, dots and parentheses, and the forms ``+994…``, ``00994…``,
    ``994…``, ``0XX…`` (domestic) and the bare 9 digits. The prefix is not checked here.
    """
    if not isinstance(value, str):
        return None
    compact = _PHONE_NOISE.sub("", value)
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    if not digits or not set(digits) <= _DIGITS:
        return None
    if plus:
        national = digits[3:] if digits.startswith("994") else ""
    elif digits.startswith("00994"):
        national = digits[5:]
    elif digits.startswith("994") and len(digits) == 12:
        national = digits[3:]
    elif digits.startswith("0") and len(digits) == 10:
        national = digits[1:]
    else:
        national = digits
    if len(national) == 10 and national.startswith("0"):
        national = national[1:]
    return "+994" + national if len(national) == 9 else None


def format_phone(value: str) -> str:
    """A normalised number for display: ``+994 50 123 45 67`` (other text unchanged)."""
    number = normalize_phone(value)
    if number is None:
        return value
    n = number[4:]
    return f"+994 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"


def validate_phone(
    value: str,
    field: str = "phone",
    *,
    required: bool = False,
    prefixes: Collection[str] = PHONE_PREFIXES,
) -> list[FieldError]:
    """A phone in Azerbaijan: ``+994``, then a known two-digit prefix and 7 digits."""
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    number = normalize_phone(value)
    if number is None:
        return [field_error(field, "bad_phone")]
    prefix = number[4:6]
    if prefix not in prefixes:
        allowed = ", ".join(sorted(prefixes))
        return [field_error(field, "unknown_phone_prefix", prefix=prefix, allowed=allowed)]
    return []


def validate_email(value: str, field: str = "email", *, required: bool = False) -> list[FieldError]:
    """A pragmatic e-mail check (no DNS): ``local@domain.tld`` in ASCII, sane lengths."""
    blank = precheck_text(value, field, required)
    if blank is not None:
        return blank
    match = _EMAIL_RE.fullmatch(value)
    if match is None or len(value) > EMAIL_MAX_LENGTH or len(match.group("local")) > 64:
        return [field_error(field, "bad_email")]
    return []
