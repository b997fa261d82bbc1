"""Permits produced by approved applications: validity, the card's MRZ.

The validity of a new card starts on the day it is printed and runs for the term the
applicant chose (``term`` field), else the catalogue's fixed or longest validity for
this applicant; a work permit ends no later than its contract (``contract_until``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from workstation.domain.calendar import add_months
from workstation.domain.catalogue_model import Service
from workstation.domain.errors import DomainError
from workstation.domain.model import Application, Permit, Person
from workstation.domain.mrz import compose_td1
from workstation.domain.rules import applicant_facts
from workstation.domain.text import AZE_PROFILE

ISSUING_STATE = "AZE"


class NoCard(DomainError, ValueError):
    """The application's service produces no card."""


def card_service(service: Service) -> Service:
    if service.result.kind != "card" or not service.result.series_prefix:
        raise NoCard(f"service {service.code} produces no card with a number series")
    return service


def validity(
    service: Service, app: Application, person: Person, start: dt.date
) -> tuple[dt.date, dt.date]:
    """First and last day of a card printed on `start`."""
    card_service(service)
    months: int | None = None
    term_code = app.fields.get("term")
    if isinstance(term_code, str) and term_code:
        months = service.term(term_code).months
    rule = service.result.validity
    if months is None:
        facts = applicant_facts(service, person, app.fields, start)
        months = rule.months or rule.max_months_for(facts)
    if months is None:
        raise NoCard(f"service {service.code} has no card validity in months")
    until = add_months(start, months) - dt.timedelta(days=1)
    contract = app.fields.get("contract_until")
    if rule.limited_by_contract and isinstance(contract, str) and contract:
        until = min(until, dt.date.fromisoformat(contract))
    if until < start:
        raise NoCard(
            f"the contract ends on {until:%d.%m.%Y}, before a card printed on "
            f"{start:%d.%m.%Y} would start: no card can be printed"
        )
    return start, until


def card_mrz(
    permit: Permit,
    person: Person,
    service: Service,
    profile: Mapping[str, str] = AZE_PROFILE,
) -> tuple[str, str, str]:
    """The TD1 zone of the card: the card number (continuing into the optional data when
    longer than 9), the holder's PIN in line 2's optional data."""
    return compose_td1(
        document_code=service.result.mrz_code or "I",
        issuing_state=ISSUING_STATE,
        document_number=permit.card_number,
        surname=person.surname,
        given_names=person.given_names,
        nationality=person.citizenship,
        birth_date=person.birth_date,
        sex=person.sex,
        expiry_date=permit.valid_until,
        optional_data_2=person.pin,
        profile=profile,
    )
