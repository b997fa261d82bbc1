"""The printed documents from what the store hands over: a card (`store.cards.CardJob`)
and a receipt. The one path from data to PDF bytes, for the desktop and the commands.

The sources are described by protocols (printing stands on the domain only: it does not
import the store)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from workstation.domain.catalogue import Service
from workstation.domain.model import Application, Permit, Person
from workstation.domain.seal import Endorsement
from workstation.printing.card import render_card
from workstation.printing.card_data import card_data
from workstation.printing.receipt import render_receipt
from workstation.printing.receipt_data import receipt_data
from workstation.printing.seal import seal_card


class CardSource(Protocol):
    @property
    def permit(self) -> Permit: ...
    @property
    def app(self) -> Application: ...
    @property
    def person(self) -> Person: ...
    @property
    def service(self) -> Service: ...
    @property
    def issued_by(self) -> str: ...
    @property
    def photo(self) -> bytes | None: ...


def card_pdf(source: CardSource, key: Ed25519PrivateKey, endorsement: Endorsement) -> bytes:
    """Front and back of the card, sealed with this workstation's key (deterministic)."""
    card = card_data(
        source.permit,
        source.app,
        source.person,
        source.service,
        issued_by=source.issued_by,
        photo=source.photo,
    )
    return render_card(seal_card(card, key, endorsement))


def receipt_pdf(
    app: Application, person: Person, service: Service, *, center: str, today: dt.date
) -> bytes:
    """The applicant's acknowledgement receipt (A5)."""
    data = receipt_data(app, person, service, officer=app.received_by, center=center, today=today)
    return render_receipt(data)
