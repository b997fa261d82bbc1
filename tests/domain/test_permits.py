"""Card validity and the card's zone."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Application, Permit, Status
from workstation.domain.mrz import parse_td1
from workstation.domain.permits import NoCard, card_mrz, validity
from workstation.samples.people import person

START = dt.date(2026, 6, 1)


def _app(service: str, **fields: str) -> Application:
    return Application(
        id="a1",
        number="BAK1-2026-0000001",
        service_code=service,
        person_id="p1",
        status=Status.APPROVED,
        center_code="BAK1",
        fields=fields,
    )


def test_term_gives_the_validity() -> None:
    catalogue = load_catalogue()
    holder = person(random.Random(1), START, adult=True)
    trp = catalogue.service("TRP")
    assert validity(trp, _app("TRP", term="1y"), holder, START) == (START, dt.date(2027, 5, 31))
    prp = catalogue.service("PRP")
    assert validity(prp, _app("PRP"), holder, START) == (START, dt.date(2031, 5, 31))


def test_work_permit_ends_with_the_contract() -> None:
    wp = load_catalogue().service("WP")
    holder = person(random.Random(1), START, adult=True)
    app = _app("WP", term="1y", contract_until="2026-12-31")
    assert validity(wp, app, holder, START) == (START, dt.date(2026, 12, 31))
    ended = _app("WP", term="1y", contract_until="2026-05-31")
    with pytest.raises(NoCard, match=r"contract ends on 31\.05\.2026"):
        validity(wp, ended, holder, START)


def test_services_without_cards_are_refused() -> None:
    holder = person(random.Random(1), START, adult=True)
    with pytest.raises(NoCard):
        validity(load_catalogue().service("CIT"), _app("CIT"), holder, START)


def test_card_zone_parses_back() -> None:
    holder = person(random.Random(3), START, adult=True)
    service = load_catalogue().service("TRP")
    permit = Permit("x", "a1", "MYİ0000042", "TRP", START, dt.date(2027, 5, 31))
    td1 = parse_td1("\n".join(card_mrz(permit, holder, service)), today=START)
    assert td1.document_code == "IR"
    assert td1.document_number == "MYI0000042"
    assert td1.expiry_date == dt.date(2027, 5, 31)
    assert td1.birth_date == holder.birth_date
    assert td1.optional_data_2 == holder.pin
