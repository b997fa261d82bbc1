"""The card's seal: its data as compact claims, signed (`domain.seal`) for the QR code."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from workstation.domain.seal import ClaimValue, Endorsement, date_number, make_seal, number_date
from workstation.printing.card_data import CardData

CLAIM_LABELS: dict[str, str] = {
    "t": "card type",
    "n": "card number",
    "s": "surname",
    "g": "given names",
    "b": "birth date",
    "x": "sex",
    "c": "nationality",
    "p": "PIN",
    "f": "valid from",
    "u": "valid until",
    "i": "issuing center",
    "a": "application",
    "e": "employer",
    "v": "employer VÖEN",
}
"""Claim keys of the seal, in display order, with their names."""
_DATES = frozenset({"b", "f", "u"})


def card_claims(card: CardData) -> dict[str, ClaimValue]:
    claims: dict[str, ClaimValue] = {
        "t": card.card_type,
        "n": card.card_number,
        "s": card.surname,
        "g": card.given_names,
        "b": date_number(card.birth_date),
        "x": card.sex.value,
        "c": card.nationality,
        "f": date_number(card.valid_from),
        "u": date_number(card.valid_until),
        "i": card.center_code,
        "a": card.application_number,
    }
    if card.pin:
        claims["p"] = card.pin
    if card.employer:
        claims["e"] = card.employer
    if card.employer_voen:
        claims["v"] = card.employer_voen
    return claims


def seal_card(card: CardData, key: Ed25519PrivateKey, endorsement: Endorsement) -> CardData:
    """The card with its seal: the claims signed by this workstation's key."""
    return card.with_seal(make_seal(card_claims(card), key, endorsement))


def issue_date(claims: Mapping[str, ClaimValue]) -> dt.date | None:
    value = claims.get("f")
    try:
        return number_date(value) if isinstance(value, int) else None
    except ValueError:
        return None


def describe_claims(claims: Mapping[str, ClaimValue]) -> list[tuple[str, str]]:
    """(name, value) pairs for display, known claims first, dates as dd.mm.yyyy."""
    rows: list[tuple[str, str]] = []
    for key in [*CLAIM_LABELS, *sorted(set(claims) - set(CLAIM_LABELS))]:
        if key not in claims:
            continue
        value = claims[key]
        text = str(value)
        if key in _DATES and isinstance(value, int):
            with contextlib.suppress(ValueError):
                text = number_date(value).strftime("%d.%m.%Y")
        rows.append((CLAIM_LABELS.get(key, key), text))
    return rows
