"""Dates, times, numbers and money as the interface language writes them.

The default `QLocale` follows the language (`runtime.i18n.Translations.apply`): az_AZ,
ru_RU or en_GB. Dates stay day.month.year with four digits in every language (what
officers type and read on documents, DOMAIN.md); the separators of numbers and money
and the names of months follow the locale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

DATE_FORMAT = "dd.MM.yyyy"


def date_text(value: dt.date | None, empty: str = "—") -> str:
    if value is None:
        return empty
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value


def time_text(value: dt.datetime) -> str:
    local = _local(value)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def datetime_text(value: dt.datetime | None, empty: str = "—") -> str:
    if value is None:
        return empty
    local = _local(value)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, f"{DATE_FORMAT} HH:mm")


def number_text(value: int) -> str:
    return QLocale().toString(value)


def money_text(amount: Decimal | float | int | str | None, currency: str = "AZN") -> str:
    if amount is None or amount == "":
        return "—"
    return f"{QLocale().toString(float(Decimal(str(amount))), 'f', 2)} {currency}"
