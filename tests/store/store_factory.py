"""A tiny local factory of persons and applications for the store tests (no dependency
on the sample-data generator)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from workstation.domain.ids import new_id
from workstation.domain.model import (
    Application,
    ChecklistItem,
    DocumentType,
    Person,
    Sex,
    Status,
    TravelDocument,
)

SURNAMES = ["Məmmədov", "Əliyeva", "Hüseynov", "Quliyev", "Şükürova", "Иванов", "Smith", "Çələbi"]
GIVEN = ["Gülnarə", "Elçin", "Ülvi", "Sevinc", "Aygün", "Пётр", "John", "İlkin", "Şahin"]
SERVICES = ["TRP-WORK", "TRP-FAMILY", "PRP", "STAY-EXT", "REG-STAY"]
CITIZENSHIPS = ["RUS", "TUR", "IRN", "GEO", "IND", "XXA"]
OFFICERS = ["aliyev", "hasanova", "karimov", ""]

T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)


def make_person(rng: random.Random | None = None, **overrides: object) -> Person:
    rng = rng or random.Random(0)
    values: dict[str, object] = {
        "id": new_id(),
        "surname": rng.choice(SURNAMES),
        "given_names": rng.choice(GIVEN),
        "patronymic": "",
        "sex": rng.choice([Sex.MALE, Sex.FEMALE]),
        "birth_date": dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(15000)),
        "citizenship": rng.choice(CITIZENSHIPS),
        "document": TravelDocument(
            type=DocumentType.ORDINARY,
            number=f"{rng.choice('ACNPU')}{rng.randrange(10**7, 10**8)}",
            issuing_state="RUS",
            issue_date=dt.date(2020, 1, 1),
            expiry_date=dt.date(2030, 1, 1),
        ),
        "fin": "",
    }
    values.update(overrides)
    return Person(**values)  # type: ignore[arg-type]


def make_application(
    person: Person, seq: int, rng: random.Random | None = None, **overrides: object
) -> Application:
    rng = rng or random.Random(seq)
    received = T0 + dt.timedelta(minutes=rng.randrange(60 * 24 * 90))
    has_due = rng.random() < 0.9
    values: dict[str, object] = {
        "id": new_id(),
        "number": f"BAK-2024-{seq:07d}",
        "service_code": rng.choice(SERVICES),
        "person_id": person.id,
        "status": rng.choice(list(Status)),
        "center_code": "BAK",
        "received_at": received,
        "received_by": "aliyev",
        "due_date": received.date() + dt.timedelta(days=rng.randrange(5, 60)) if has_due else None,
        "fields": {"employer": "ACME MMC", "months": rng.randrange(1, 13)},
        "checklist": (
            ChecklistItem("passport_copy", received=True),
            ChecklistItem("photo", received=rng.random() < 0.5),
        ),
        "fee_tier": "standard",
        "fee_amount": Decimal("60.00"),
        "assignee": rng.choice(OFFICERS),
    }
    values.update(overrides)
    return Application(**values)  # type: ignore[arg-type]
