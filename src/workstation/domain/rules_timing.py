"""Rules about dates of an application: when to apply, how long since, how long abroad.

All figures come from the service's catalogue entry (`TimingRule`, `ServiceRules`);
working days come from `calendar`. Each check returns a list of `FieldError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from workstation.domain.calendar import add_months, add_working_days, subtract_working_days
from workstation.domain.catalogue_model import Service, TimingRule
from workstation.domain.errors import FieldError, Message
from workstation.domain.model import FieldValue, Person


def fmt(day: dt.date) -> str:
    """A date as the officer sees it: dd.mm.yyyy."""
    return day.strftime("%d.%m.%Y")


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form for `n` (1 день, 3 дня, 5 дней)."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def amount_text(n: int, unit: str) -> Message:
    """``3 working days`` in every language."""
    if unit == "working_days":
        ru = ru_plural(n, "рабочий день", "рабочих дня", "рабочих дней")
        return Message(f"{n} iş günü", f"{n} working day{'s' * (n != 1)}", f"{n} {ru}")
    if unit == "months":
        ru = ru_plural(n, "месяц", "месяца", "месяцев")
        return Message(f"{n} ay", f"{n} month{'s' * (n != 1)}", f"{n} {ru}")
    ru = ru_plural(n, "день", "дня", "дней")
    return Message(f"{n} gün", f"{n} day{'s' * (n != 1)}", f"{n} {ru}")


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` days, working days or months (negative: backwards)."""
    if unit == "working_days":
        if amount >= 0:
            return add_working_days(day, amount)
        return subtract_working_days(day, -amount)
    if unit == "months":
        return add_months(day, amount)
    return day + dt.timedelta(days=amount)


def date_value(fields: Mapping[str, FieldValue], code: str) -> dt.date | None:
    """A date field (ISO text) of the application; None if absent or malformed."""
    value = fields.get(code)
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def selected_flags(service: Service, fields: Mapping[str, FieldValue]) -> frozenset[str]:
    """The flags of the choices selected in the application's choice fields."""
    flags: set[str] = set()
    for spec in service.fields:
        value = fields.get(spec.code)
        if spec.type == "choice" and isinstance(value, str):
            choice = spec.choice(value)
            if choice is not None:
                flags |= choice.flags
    return frozenset(flags)


def _label(service: Service, code: str) -> Message:
    spec = service.field(code)
    return spec.label if spec is not None else Message(code, code, code)


def check_timing(
    service: Service, person: Person, fields: Mapping[str, FieldValue], today: dt.date
) -> list[FieldError]:
    """Is `today` inside every application window of the service?"""
    flags = selected_flags(service, fields)
    errors: list[FieldError] = []
    for rule in service.timing:
        if rule.when_flag and rule.when_flag not in flags:
            continue
        anchor = date_value(fields, rule.field)
        if anchor is None:
            continue
        error = _check_window(service, rule, anchor, person.citizenship, today)
        if error is not None:
            errors.append(error)
    return errors


def _check_window(
    service: Service, rule: TimingRule, anchor: dt.date, citizenship: str, today: dt.date
) -> FieldError | None:
    n = rule.amount_for(citizenship)
    span = amount_text(n, rule.unit)
    label = _label(service, rule.field)
    if rule.kind == "before":
        deadline = shift(anchor, -n, rule.unit)
        if today <= deadline:
            return None
        return FieldError(
            f"fields.{rule.field}",
            "applied_too_late",
            Message(
                az=f"Müraciət «{label.az}» tarixindən ({fmt(anchor)}) ən azı {span.az} əvvəl, "
                f"yəni ən gec {fmt(deadline)} tarixində edilməli idi.",
                en=f"The application had to be made at least {span.en} before "
                f"'{label.en}' ({fmt(anchor)}), that is by {fmt(deadline)} at the latest.",
                ru=f"Заявление нужно было подать не позднее чем за {span.ru} до даты "
                f"«{label.ru}» ({fmt(anchor)}), то есть не позднее {fmt(deadline)}.",
            ),
        )
    deadline = shift(anchor, n, rule.unit)
    if today <= deadline:
        return None
    return FieldError(
        f"fields.{rule.field}",
        "applied_too_late",
        Message(
            az=f"Müraciət «{label.az}» tarixindən ({fmt(anchor)}) sonra {span.az} ərzində, "
            f"yəni ən gec {fmt(deadline)} tarixində edilməli idi.",
            en=f"The application had to be made within {span.en} after "
            f"'{label.en}' ({fmt(anchor)}), that is by {fmt(deadline)} at the latest.",
            ru=f"Заявление нужно было подать не позднее чем через {span.ru} после даты "
            f"«{label.ru}» ({fmt(anchor)}), то есть не позднее {fmt(deadline)}.",
        ),
    )


def check_years_since(
    service: Service, fields: Mapping[str, FieldValue], today: dt.date
) -> list[FieldError]:
    """Enough years since a date (2 years on a temporary permit, 5 years of residence)."""
    flags = selected_flags(service, fields)
    errors: list[FieldError] = []
    for rule in service.rules.min_years_since:
        if rule.when_flag and rule.when_flag not in flags:
            continue
        since = date_value(fields, rule.field)
        if since is None:
            continue
        until = add_months(since, 12 * rule.years)
        if until <= today:
            continue
        label = _label(service, rule.field)
        years_ru = ru_plural(rule.years, "год", "года", "лет")
        errors.append(
            FieldError(
                f"fields.{rule.field}",
                "too_soon_since",
                Message(
                    az=f"«{label.az}» tarixindən ({fmt(since)}) ən azı {rule.years} il "
                    f"keçməlidir; bu şərt {fmt(until)} tarixində ödənir.",
                    en=f"At least {rule.years} years must have passed since '{label.en}' "
                    f"({fmt(since)}); that will be the case on {fmt(until)}.",
                    ru=f"С даты «{label.ru}» ({fmt(since)}) должно пройти не менее "
                    f"{rule.years} {years_ru}; это условие будет выполнено {fmt(until)}.",
                ),
            )
        )
    return errors


def check_days_abroad(service: Service, fields: Mapping[str, FieldValue]) -> list[FieldError]:
    """No more than the allowed days abroad in any 180 (unless the ground is exempt)."""
    rule = service.rules.max_days_abroad
    if rule is None:
        return []
    days = fields.get(rule.field)
    if isinstance(days, bool) or not isinstance(days, int) or days <= rule.days:
        return []
    if rule.exempt_flag and rule.exempt_flag in selected_flags(service, fields):
        return []
    return [
        FieldError(
            f"fields.{rule.field}",
            "too_long_abroad",
            Message(
                az=f"Son 180 gündə ölkədən kənarda {days} gün olub; icazə verilən ən çox "
                f"{rule.days} gündür.",
                en=f"{days} days abroad in the last 180 days; at most {rule.days} are allowed.",
                ru=f"За последние 180 дней за границей проведено {days} дн.; допускается "
                f"не более {rule.days} дн.",
            ),
        )
    ]
