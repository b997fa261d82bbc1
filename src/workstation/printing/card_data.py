"""What a permit card shows, gathered from plain domain objects (no rendering here)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from workstation.domain.catalogue_model import Service
from workstation.domain.model import Application, Permit, Person, Sex
from workstation.domain.permits import card_mrz, card_service

TITLES: dict[str, tuple[str, str]] = {
    "TRP": ("MÜVƏQQƏTİ YAŞAMAQ İCAZƏSİ", "TEMPORARY RESIDENCE PERMIT"),
    "PRP": ("DAİMİ YAŞAMAQ İCAZƏSİ", "PERMANENT RESIDENCE PERMIT"),
    "WP": ("İŞ İCAZƏSİ", "WORK PERMIT"),
}
"""Card titles by card type, Azerbaijani then English."""


@dataclass(frozen=True, slots=True)
class CardData:
    """Everything printed on one card, front and back."""

    card_type: str
    title_az: str
    title_en: str
    card_number: str
    surname: str
    given_names: str
    patronymic: str
    birth_date: dt.date
    birth_place: str
    sex: Sex
    nationality: str
    pin: str
    valid_from: dt.date
    valid_until: dt.date
    issued_by: str
    center_code: str
    application_number: str
    mrz: tuple[str, str, str]
    employer: str = ""
    employer_voen: str = ""
    position: str = ""
    photo: bytes | None = None
    seal: str = ""
    """The QR code's text (`printing.seal.seal_card`); empty draws no code."""

    def with_seal(self, text: str) -> CardData:
        return dataclasses.replace(self, seal=text)


def _text(app: Application, key: str) -> str:
    value = app.fields.get(key)
    return value.strip() if isinstance(value, str) else ""


def card_data(
    permit: Permit,
    app: Application,
    person: Person,
    service: Service,
    *,
    issued_by: str,
    photo: bytes | None = None,
) -> CardData:
    """The card of `permit` (an approved `app` of `person` for `service`)."""
    card_service(service)
    title_az, title_en = TITLES.get(
        permit.card_type, (service.result.label.az.upper(), service.result.label.en.upper())
    )
    is_work = permit.card_type == "WP"
    return CardData(
        card_type=permit.card_type,
        title_az=title_az,
        title_en=title_en,
        card_number=permit.card_number,
        surname=person.surname,
        given_names=person.given_names,
        patronymic=person.patronymic,
        birth_date=person.birth_date,
        birth_place=person.birth_place,
        sex=person.sex,
        nationality=person.citizenship,
        pin=person.pin,
        valid_from=permit.valid_from,
        valid_until=permit.valid_until,
        issued_by=issued_by or app.center_code,
        center_code=app.center_code,
        application_number=app.number,
        mrz=card_mrz(permit, person, service),
        employer=_text(app, "employer_name") if is_work else "",
        employer_voen=_text(app, "employer_voen") if is_work else "",
        position=_text(app, "position") if is_work else "",
        photo=photo,
    )
