"""Values for an application's service-specific fields, driven by the catalogue's specs."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from stdnum.az import voen

from workstation.domain.catalogue_model import FieldSpec, Service
from workstation.domain.model import FieldValue

_COMPANIES = (
    "Xəzər İnşaat MMC",
    "Bakı Texnologiya Mərkəzi ASC",
    "Caspian Logistics LLC",
    "Gəncə Tekstil MMC",
    "Anadolu Yapı AZ MMC",
    "Silk Way Trading LLC",
    "Şirvan Aqro MMC",
    "Indo-Caspian Pharma LLC",
    "Qafqaz Otelləri ASC",
)
_TEXTS = (
    "Bakı, Nizami küç. 24, mənzil 7",
    "Sumqayıt, 9-cu mikrorayon, ev 12",
    "Gəncə, Atatürk pr. 101",
    "Bakı Dövlət Universiteti",
    "Mühəndis-texnoloq",
    "Baş mühasib",
    "Layihə rəhbəri",
    "Tibbi müalicə",
    "Ailə birləşməsi",
)
_COUNTRIES = ("TUR", "RUS", "GEO", "IRN", "IND", "CHN", "UKR", "KAZ", "DEU", "ARE")


def make_voen(rng: random.Random, legal_entity: bool = True) -> str:
    """A valid VÖEN: 8 digits, the check digit, then 1 (legal entity) or 2 (person)."""
    suffix = "1" if legal_entity else "2"
    while True:
        body = f"{rng.randint(10, 99)}{rng.randint(0, 999_999):06d}"
        # stdnum keeps the check digit calculation private: find the digit it accepts.
        for check in "0123456789":
            if voen.is_valid(body + check + suffix):
                return body + check + suffix


def _bounded(spec: FieldSpec, low: int, high: int) -> tuple[int, int]:
    rules = spec.rules
    if rules.min is not None:
        low = max(low, int(rules.min))
    if rules.max is not None:
        high = min(high, int(rules.max))
    return low, max(low, high)


def _text(rng: random.Random, spec: FieldSpec) -> str:
    if "employer" in spec.code or "company" in spec.code:
        value = rng.choice(_COMPANIES)
    else:
        value = rng.choice(_TEXTS)
    rules = spec.rules
    if rules.max_length is not None:
        value = value[: rules.max_length]
    if rules.min_length is not None and len(value) < rules.min_length:
        value = value.ljust(rules.min_length, ".")
    return value


def _date(rng: random.Random, spec: FieldSpec, received: dt.date) -> str:
    rules = spec.rules
    if rules.not_future or "arrival" in spec.code or "since" in spec.code:
        day = received - dt.timedelta(days=rng.randint(1, 12))
        if "since" in spec.code:
            day = received - dt.timedelta(days=rng.randint(800, 3000))
    else:
        day = received + dt.timedelta(days=rng.randint(45, 120))
    return day.isoformat()


def field_value(
    rng: random.Random, service: Service, spec: FieldSpec, received: dt.date
) -> FieldValue:
    """A plausible value of one field for an application received on `received`."""
    kind = spec.type
    if kind == "choice":
        return rng.choice(spec.choices).code
    if kind == "term":
        return rng.choice(service.terms).code
    if kind == "bool":
        return rng.random() < 0.3
    if kind == "int":
        low, high = _bounded(spec, 0, 90)
        return rng.randint(low, high)
    if kind == "money":
        low, high = _bounded(spec, 500, 5000)
        return str(Decimal(rng.randint(low, high)).quantize(Decimal("0.01")))
    if kind == "date":
        return _date(rng, spec, received)
    if kind == "voen":
        return make_voen(rng)
    if kind == "phone":
        return f"+99412{rng.randint(0, 9_999_999):07d}"
    if kind == "email":
        return f"office{rng.randint(1, 999)}@example.az"
    if kind == "country":
        return rng.choice(_COUNTRIES)
    return _text(rng, spec)


def field_values(rng: random.Random, service: Service, received: dt.date) -> dict[str, FieldValue]:
    """Every required field, and most optional ones."""
    values: dict[str, FieldValue] = {}
    for spec in service.fields:
        if spec.required or rng.random() < 0.7:
            values[spec.code] = field_value(rng, service, spec, received)
    return values
