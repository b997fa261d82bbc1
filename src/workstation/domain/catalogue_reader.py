"""A strict reader of one TOML table: typed getters, unknown keys are errors.

Every problem raises `CatalogueError` naming the file and the entry, e.g.
``services.toml: service 'TRP', fee tier 'fast': amount for term '6m' is not a number``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from workstation.domain.errors import LANGUAGES, DomainError, Message

_CODE = re.compile(r"^[a-z0-9][a-z0-9_.]*$")


class CatalogueError(DomainError):
    """The catalogue file is malformed; the message names the bad entry."""


def to_decimal(value: object) -> Decimal | None:
    """A TOML number (or decimal text) as a Decimal; None when it is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class Table:
    """One TOML table being read, with its place in the file for error messages."""

    def __init__(self, data: object, source: str, where: str) -> None:
        self.source = source
        self.where = where
        if not isinstance(data, Mapping):
            raise self.error(f"expected a table, got {_kind(data)}")
        self._data: Mapping[str, Any] = data
        self._used: set[str] = set()

    def error(self, problem: str) -> CatalogueError:
        place = f"{self.where}: " if self.where else ""
        return CatalogueError(f"{self.source}: {place}{problem}")

    def child(self, data: object, where: str) -> Table:
        return Table(data, self.source, f"{self.where}, {where}" if self.where else where)

    def has(self, key: str) -> bool:
        return key in self._data

    def _get(self, key: str, required: bool) -> Any:
        self._used.add(key)
        if key not in self._data:
            if required:
                raise self.error(f"'{key}' is missing")
            return None
        return self._data[key]

    def value(self, key: str) -> object:
        """The raw value of an optional key (None when absent), marked as read."""
        return self._get(key, False)

    def done(self) -> None:
        """Refuse the keys nobody asked for: a typo must not be silently ignored."""
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            known = ", ".join(sorted(self._used))
            raise self.error(f"unknown key '{unknown[0]}' (known keys: {known})")

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.error(f"'{key}' must be a non-empty text, got {_kind(value)}")
        return value

    def code(self, key: str = "code", required: bool = True) -> str:
        """A lower-case code: letters, digits, '_' and '.' (e.g. ``fee_receipt``, ``1.5y``)."""
        value = self.text(key, required)
        if value and not _CODE.match(value):
            raise self.error(
                f"'{key}' = '{value}' must be lower-case latin letters, digits, '_' or '.'"
            )
        return value

    def choice_of(self, key: str, known: frozenset[str] | Mapping[str, object]) -> str:
        value = self.text(key)
        if value not in known:
            names = ", ".join(sorted(known))
            raise self.error(f"'{key}' = '{value}' is not one of: {names}")
        return value

    def integer(self, key: str, required: bool = False, minimum: int = 0) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"'{key}' must be a whole number, got {_kind(value)}")
        if value < minimum:
            raise self.error(f"'{key}' must be at least {minimum}, got {value}")
        return value

    def whole(self, key: str, minimum: int = 0) -> int:
        """A required whole number of at least `minimum`."""
        value = self.integer(key, required=True, minimum=minimum)
        if value is None:  # pragma: no cover - `required` already raised
            raise self.error(f"'{key}' is missing")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(f"'{key}' must be true or false, got {_kind(value)}")
        return value

    def number(self, key: str, required: bool = False, what: str = "") -> Decimal | None:
        value = self._get(key, required)
        if value is None:
            return None
        number = to_decimal(value)
        if number is None:
            raise self.error(f"{what or repr(key)} is not a number")
        return number

    def message(self, key: str) -> Message:
        """A required az/en/ru text."""
        table = self.child(self._get(key, True), key)
        texts = {lang: table.text(lang, required=False) for lang in LANGUAGES}
        table.done()
        for lang in LANGUAGES:
            if not texts[lang].strip():
                raise self.error(f"'{key}' has no '{lang}' text")
        return Message(az=texts["az"], en=texts["en"], ru=texts["ru"])

    def table(self, key: str, required: bool = False) -> Table | None:
        value = self._get(key, required)
        return None if value is None else self.child(value, key)

    def items(self, key: str, what: str) -> list[Table]:
        """The tables of an array, each named in errors by its code (or its position)."""
        items = []
        for number, raw in enumerate(self.tables(key), 1):
            code = raw.get("code") if isinstance(raw, Mapping) else None
            name = f"{what} '{code}'" if isinstance(code, str) and code else f"{what} #{number}"
            items.append(self.child(raw, name))
        return items

    def unique(self, what: str, codes: Iterable[str]) -> None:
        """Refuse a code that appears twice."""
        seen: set[str] = set()
        for code in codes:
            if code in seen:
                raise self.error(f"duplicate {what} '{code}'")
            seen.add(code)

    def sub(self, key: str) -> Table:
        """A required sub-table."""
        return self.child(self._get(key, True), key)

    def tables(self, key: str, required: bool = False) -> list[Any]:
        """The raw items of an array of tables (each is read with `child`)."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(f"'{key}' must be a list, got {_kind(value)}")
        return value

    def idents(self, key: str) -> frozenset[str]:
        value = self._get(key, False)
        if value is None:
            return frozenset()
        if not isinstance(value, list) or not all(
            isinstance(v, str) and _CODE.match(v) for v in value
        ):
            raise self.error(f"'{key}' must be a list of lower-case names")
        return frozenset(value)

    def int_map(self, key: str) -> dict[str, int]:
        table = self.table(key)
        if table is None:
            return {}
        result: dict[str, int] = {}
        for name in table.names():
            result[name] = table.whole(name)
        table.done()
        return result

    def names(self) -> list[str]:
        return list(self._data)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return f"the text '{value}'" if len(value) < 40 else "a text"
    return {
        int: "a whole number",
        float: "a number",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)
