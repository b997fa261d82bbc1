"""Generated applicants: names, documents and contacts that look like a real counter's day."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from workstation.domain.calendar import add_months
from workstation.domain.model import DocumentType, Person, Sex, TravelDocument
from workstation.samples.names import ORIGINS, Origin

_MOBILE_PREFIXES = ("10", "50", "51", "55", "70", "77", "99")
_STREETS = (
    "Nizami küç.",
    "Füzuli küç.",
    "Xətai pr.",
    "Azadlıq pr.",
    "Səməd Vurğun küç.",
    "Cəfər Cabbarlı küç.",
    "Üzeyir Hacıbəyov küç.",
    "Şərifzadə küç.",
    "Neftçilər pr.",
)
_CITIES = ("Bakı", "Sumqayıt", "Gəncə", "Lənkəran", "Şəki", "Mingəçevir", "Xırdalan")
MINOR_SHARE = 0.08
"""Share of applicants under 18 where the service allows minors."""
_TRANSLIT = str.maketrans("əçğıiöşüƏÇĞIİÖŞÜ", "acgiiosuACGIIOSU")


def deterministic_id(rng: random.Random, when: dt.datetime) -> str:
    """A UUIDv7 whose time part is `when` and whose random part comes from `rng`."""
    ms = int(when.timestamp() * 1000) & ((1 << 48) - 1)
    value = (ms << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62)
    value |= rng.getrandbits(62)
    return str(uuid.UUID(int=value))


def _origin(rng: random.Random) -> Origin:
    return rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]


def _passport_number(rng: random.Random, origin: Origin) -> str:
    prefix = rng.choice(origin.passport_prefix)
    return prefix + "".join(rng.choice("0123456789") for _ in range(9 - len(prefix)))


def _patronymic(rng: random.Random, origin: Origin, sex: Sex) -> str:
    if not origin.patronymic:
        return ""
    father = rng.choice(origin.given_m)
    if origin is ORIGINS[0]:  # Azerbaijani: "Əli oğlu", "Əli qızı"
        return f"{father} {'oğlu' if sex is Sex.MALE else 'qızı'}"
    stem = father.rstrip("iy")
    return stem + ("ovich" if sex is Sex.MALE else "ovna")


def person(
    rng: random.Random, today: dt.date, *, minor: bool = False, adult: bool = False
) -> Person:
    """One applicant; `minor` forces an age under 18, `adult` an age of 18 or more."""
    origin = _origin(rng)
    sex = Sex.MALE if rng.random() < 0.55 else Sex.FEMALE
    if rng.random() < 0.01:
        sex = Sex.UNSPECIFIED
    surnames = origin.surnames_f if sex is Sex.FEMALE else origin.surnames_m
    given = origin.given_f if sex is Sex.FEMALE else origin.given_m
    if minor or (not adult and rng.random() < MINOR_SHARE):
        age_days = rng.randint(200, 18 * 365 - 10)
    else:
        age_days = rng.randint(18 * 365 + 10, 70 * 365)
    birth = today - dt.timedelta(days=age_days)
    citizenship = rng.choice(origin.citizenships)
    stateless = citizenship == "XXA"
    issue = today - dt.timedelta(days=rng.randint(30, 8 * 365))
    years_valid = 5 if birth > today - dt.timedelta(days=18 * 365) else 10
    expiry = add_months(issue, 12 * years_valid) - dt.timedelta(days=1)
    if expiry < today + dt.timedelta(days=400):
        expiry = today + dt.timedelta(days=rng.randint(400, 3000))
    document = TravelDocument(
        type=DocumentType.OTHER if stateless else DocumentType.ORDINARY,
        number=_passport_number(rng, origin),
        issuing_state="AZE" if stateless else citizenship,
        issue_date=issue,
        expiry_date=expiry,
    )
    surname = rng.choice(surnames)
    first = rng.choice(given)
    email_name = f"{first}.{surname}".lower().translate(_TRANSLIT)
    email_name = "".join(c for c in email_name if c.isascii() and (c.isalnum() or c == "."))
    return Person(
        id=deterministic_id(rng, dt.datetime.combine(issue, dt.time(), dt.UTC)),
        surname=surname,
        given_names=first,
        patronymic=_patronymic(rng, origin, sex),
        sex=sex,
        birth_date=birth,
        birth_place=rng.choice(origin.birth_places) if origin.birth_places else "",
        citizenship=citizenship,
        document=document,
        pin="".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
        if rng.random() < 0.3
        else "",
        phone="+994" + rng.choice(_MOBILE_PREFIXES) + f"{rng.randint(0, 9_999_999):07d}",
        email=f"{email_name}{rng.randint(1, 999)}@example.com" if rng.random() < 0.8 else "",
        address=f"{rng.choice(_CITIES)}, {rng.choice(_STREETS)} {rng.randint(1, 180)}",
    )
