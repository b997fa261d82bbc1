"""The service-specific fields of an application against their catalogue `FieldSpec`.

Required fields, unknown fields, the value's type (dates as ISO text), choices and
terms, and the field's own rules (min/max, lengths, pattern, not in the future). The
formats of VÖEN, phone, e-mail and country are checked by `identifiers`/`validation`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from workstation.domain.catalogue_model import FieldSpec, Service
from workstation.domain.errors import FieldError, Message
from workstation.domain.identifiers import validate_email, validate_phone, validate_voen
from workstation.domain.model import FieldValue
from workstation.domain.rules_timing import fmt
from workstation.domain.validation import validate_country

_FORMAT_CHECKS: Mapping[str, Callable[[str, str], list[FieldError]]] = {
    "voen": lambda value, field: validate_voen(value, field, required=True),
    "phone": lambda value, field: validate_phone(value, field, required=True),
    "email": lambda value, field: validate_email(value, field, required=True),
    "country": validate_country,
}


def _error(spec: FieldSpec, code: str, az: str, en: str, ru: str) -> FieldError:
    label = spec.label
    return FieldError(
        f"fields.{spec.code}",
        code,
        Message(az=f"«{label.az}»: {az}", en=f"'{label.en}': {en}", ru=f"«{label.ru}»: {ru}"),
    )


def _blank(value: FieldValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_fields(
    service: Service, fields: Mapping[str, FieldValue], today: dt.date
) -> list[FieldError]:
    """Every field of the application against the service's field specifications."""
    errors: list[FieldError] = []
    for code in sorted(set(fields) - {spec.code for spec in service.fields}):
        errors.append(
            FieldError(
                f"fields.{code}",
                "unknown_field",
                Message(
                    az=f"«{service.name.az}» xidmətinin «{code}» sahəsi yoxdur.",
                    en=f"The service '{service.name.en}' has no field '{code}'.",
                    ru=f"У услуги «{service.name.ru}» нет поля «{code}».",
                ),
            )
        )
    for spec in service.fields:
        value = fields.get(spec.code)
        if _blank(value):
            if spec.required:
                errors.append(
                    _error(
                        spec,
                        "required",
                        "bu sahə doldurulmalıdır.",
                        "this field is required.",
                        "это поле обязательно.",
                    )
                )
            continue
        errors.extend(_check_value(service, spec, value, today))
    return errors


def _bad_type(spec: FieldSpec, az: str, en: str, ru: str) -> list[FieldError]:
    return [_error(spec, "bad_format", az, en, ru)]


def _check_value(
    service: Service, spec: FieldSpec, value: FieldValue, today: dt.date
) -> list[FieldError]:
    kind = spec.type
    if kind == "bool":
        if isinstance(value, bool):
            return []
        return _bad_type(
            spec, "bəli və ya xeyr olmalıdır.", "must be yes or no.", "нужно «да» или «нет»."
        )
    if kind in ("int", "money"):
        number = _number(value, whole=kind == "int")
        if number is None:
            return _bad_type(spec, "rəqəm olmalıdır.", "must be a number.", "должно быть числом.")
        return _range(spec, number)
    if not isinstance(value, str):
        return _bad_type(spec, "mətn olmalıdır.", "must be text.", "должно быть текстом.")
    if kind == "date":
        return _check_date(spec, value, today)
    if kind == "choice" and spec.choice(value) is None:
        known = ", ".join(c.code for c in spec.choices)
        return [
            _error(
                spec,
                "unknown_choice",
                f"«{value}» siyahıda yoxdur ({known}).",
                f"'{value}' is not one of the choices ({known}).",
                f"значения «{value}» нет в списке ({known}).",
            )
        ]
    if kind == "term" and value not in {t.code for t in service.terms}:
        known = ", ".join(t.code for t in service.terms)
        return [
            _error(
                spec,
                "unknown_choice",
                f"«{value}» müddəti yoxdur ({known}).",
                f"there is no term '{value}' ({known}).",
                f"срока «{value}» нет ({known}).",
            )
        ]
    check = _FORMAT_CHECKS.get(kind)
    if check is not None:
        return check(value, f"fields.{spec.code}")
    return _check_text(spec, value)


def _number(value: FieldValue, whole: bool) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not number.is_finite() or (whole and number != number.to_integral_value()):
        return None
    return number


def _range(spec: FieldSpec, number: Decimal) -> list[FieldError]:
    low, high = spec.rules.min, spec.rules.max
    if low is not None and number < low:
        return [
            _error(
                spec,
                "too_small",
                f"ən azı {low} olmalıdır.",
                f"must be at least {low}.",
                f"должно быть не меньше {low}.",
            )
        ]
    if high is not None and number > high:
        return [
            _error(
                spec,
                "too_large",
                f"ən çoxu {high} ola bilər.",
                f"may be at most {high}.",
                f"должно быть не больше {high}.",
            )
        ]
    return []


def _check_date(spec: FieldSpec, value: str, today: dt.date) -> list[FieldError]:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return _bad_type(spec, "tarix düzgün deyil.", "is not a valid date.", "неверная дата.")
    if spec.rules.not_future and day > today:
        return [
            _error(
                spec,
                "future_date",
                f"gələcək tarix ola bilməz ({fmt(day)}).",
                f"may not be in the future ({fmt(day)}).",
                f"дата не может быть в будущем ({fmt(day)}).",
            )
        ]
    if spec.rules.not_past and day < today:
        return [
            _error(
                spec,
                "past_date",
                f"keçmiş tarix ola bilməz ({fmt(day)}).",
                f"may not be in the past ({fmt(day)}).",
                f"дата не может быть в прошлом ({fmt(day)}).",
            )
        ]
    return []


def _check_text(spec: FieldSpec, value: str) -> list[FieldError]:
    rules = spec.rules
    size = len(value.strip())
    if rules.min_length is not None and size < rules.min_length:
        n = rules.min_length
        return [
            _error(
                spec,
                "too_short",
                f"ən azı {n} simvol olmalıdır.",
                f"needs at least {n} characters.",
                f"нужно не менее {n} символов.",
            )
        ]
    if rules.max_length is not None and size > rules.max_length:
        n = rules.max_length
        return [
            _error(
                spec,
                "too_long",
                f"ən çoxu {n} simvol ola bilər.",
                f"may have at most {n} characters.",
                f"допускается не более {n} символов.",
            )
        ]
    if rules.pattern is not None and re.fullmatch(rules.pattern, value.strip()) is None:
        return _bad_type(spec, "formatı düzgün deyil.", "has the wrong format.", "неверный формат.")
    return []
