"""Human numbers: application numbers and card numbers (DESIGN.md section 3.5).

An application number is ``CENTER-YYYY-NNNNNNN`` (the sequence from a block leased to
the workstation); a card number is a series (``MYİ``, ``DYİ`` …) then seven digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CENTER = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_APPLICATION = re.compile(r"^(?P<center>[A-Z][A-Z0-9]{1,9})-(?P<year>\d{4})-(?P<seq>\d{7})$")
_CARD = re.compile(r"^(?P<series>[A-ZƏÇĞİÖŞÜ]{2,4})(?P<seq>\d{7})$")


@dataclass(frozen=True, slots=True, order=True)
class ApplicationNumber:
    center: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.center}-{self.year:04d}-{self.sequence:07d}"


def is_center_code(code: str) -> bool:
    return bool(_CENTER.match(code))


def application_number(center: str, year: int, sequence: int) -> str:
    if not is_center_code(center):
        raise ValueError(f"not a center code: {center!r}")
    if not 0 < sequence < 10_000_000:
        raise ValueError(f"application sequence out of range: {sequence}")
    if not 2000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    return str(ApplicationNumber(center, year, sequence))


def parse_application_number(text: str) -> ApplicationNumber:
    match = _APPLICATION.match(text.strip().upper())
    if match is None:
        raise ValueError(f"not an application number (CENTER-YYYY-NNNNNNN): {text!r}")
    return ApplicationNumber(match["center"], int(match["year"]), int(match["seq"]))


def card_number(series: str, sequence: int) -> str:
    if not 0 < sequence < 10_000_000:
        raise ValueError(f"card sequence out of range: {sequence}")
    if not _CARD.match(f"{series}0000000"):
        raise ValueError(f"not a card series: {series!r}")
    return f"{series}{sequence:07d}"


def parse_card_number(text: str) -> tuple[str, int]:
    match = _CARD.match(text.strip())
    if match is None:
        raise ValueError(f"not a card number (series and 7 digits): {text!r}")
    return match["series"], int(match["seq"])
