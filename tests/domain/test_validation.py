"""Field rules of DOMAIN.md for names, dates, documents, countries and whole persons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain import validation
from workstation.domain.errors import LANGUAGES, FieldError
from workstation.domain.messages import MESSAGES
from workstation.domain.model import DocumentType, Person, Sex, TravelDocument
from workstation.domain.validation import (
    ScreenDateError,
    age_on,
    format_screen_date,
    is_minor,
    parse_screen_date,
    validate_birth_date,
    validate_country,
    validate_document,
    validate_document_for_permit,
    validate_document_valid_until,
    validate_min_age,
    validate_name,
    validate_person,
    validate_screen_date,
    validate_sex,
)

D = dt.date
TODAY = D(2025, 7, 15)


def codes(errors: list[FieldError]) -> list[str]:
    return [e.code for e in errors]


@pytest.mark.parametrize(
    "name",
    [
        "Məmmədov",
        "İsmayıl",
        "Ağa-Əli",
        "O'Neil",
        "Əli oğlu",
        "Günəş",
        "Ilqar",
        "Renée",
        "D’Artagnan",
    ],
)
def test_valid_names(name: str) -> None:
    assert validate_name(name) == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("M\u04d9mm\u04d9dov", "cyrillic_lookalike"),
        ("Ilqar2", "name_bad_characters"),
        ("Ilqar_", "name_bad_characters"),
        ("Anna.Maria", "name_bad_characters"),
        ("Иван", "name_not_latin"),
        ("Ilqar  Əli", "not_normalized"),
        (" Ilqar", "not_normalized"),
        ("-Ilqar", "name_bad_separators"),
        ("Ilqar-", "name_bad_separators"),
        ("Ilqar--Əli", "name_bad_separators"),
        ("Ilqar -Əli", "name_bad_separators"),
        ("A" * 61, "too_long"),
    ],
)
def test_invalid_names(name: str, code: str) -> None:
    assert codes(validate_name(name)) == [code]


def test_bad_characters_are_named() -> None:
    (error,) = validate_name("Ilqar7")
    assert all("7" in error.message.text(lang) for lang in LANGUAGES)
    (suggest,) = validate_name("Ilqar  Əli")
    assert "«Ilqar Əli»" in suggest.message.az


def test_screen_dates() -> None:
    assert parse_screen_date("05.03.1990") == D(1990, 3, 5)
    assert parse_screen_date(" 5.3.1990 ") == D(1990, 3, 5)
    assert format_screen_date(D(1990, 3, 5)) == "05.03.1990"
    with pytest.raises(ScreenDateError) as bad:
        parse_screen_date("1990-03-05")
    assert bad.value.code == "bad_date_format"
    with pytest.raises(ScreenDateError) as missing:
        parse_screen_date("31.02.2020")
    assert missing.value.code == "no_such_date"
    assert codes(validate_screen_date("29.02.2023")) == ["no_such_date"]
    assert validate_screen_date("29.02.2024") == []
    assert codes(validate_screen_date("05/03/1990")) == ["bad_date_format"]
    assert codes(validate_screen_date("")) == ["required"]


def test_birth_date_and_age() -> None:
    assert validate_birth_date(D(1990, 3, 5), TODAY) == []
    assert validate_birth_date(TODAY, TODAY) == []
    assert codes(validate_birth_date(TODAY + dt.timedelta(days=1), TODAY)) == ["future_date"]
    assert codes(validate_birth_date(D(1899, 12, 31), TODAY)) == ["too_early"]
    assert age_on(D(2007, 7, 15), TODAY) == 18
    assert age_on(D(2007, 7, 16), TODAY) == 17
    assert age_on(D(2008, 2, 29), D(2026, 2, 28)) == 17
    assert age_on(D(2008, 2, 29), D(2026, 3, 1)) == 18
    assert is_minor(D(2007, 7, 16), TODAY)
    assert not is_minor(D(2007, 7, 15), TODAY)
    assert codes(validate_min_age(D(2007, 7, 16), TODAY)) == ["too_young"]
    assert validate_min_age(D(2011, 7, 15), TODAY, 14) == []


def test_countries() -> None:
    for code in ("AZE", "RUS", "TUR", "DEU", "XXA", "XXB", "XXC", "XXX"):
        assert validate_country(code) == [], code
    for code in ("aze", "AZ", "ZZZ", "AZER", "", "D"):
        assert codes(validate_country(code)) in (["unknown_country"], ["required"]), code
    assert codes(validate_country("XXA", "document.issuing_state", extra=frozenset())) == [
        "unknown_country"
    ]


def test_sex() -> None:
    assert validate_sex(Sex.FEMALE) == []
    assert validate_sex("X") == []
    assert codes(validate_sex("male")) == ["unknown_sex"]
    assert codes(validate_sex(None)) == ["unknown_sex"]


PASSPORT = TravelDocument(DocumentType.ORDINARY, "C01X00T47", "DEU", D(2020, 1, 10), D(2030, 1, 9))


def test_document() -> None:
    assert validate_document(PASSPORT, TODAY) == []
    bad = TravelDocument("passport", "c01 x", "ZZZ", D(2026, 1, 1), D(2025, 12, 31))  # type: ignore[arg-type]
    assert {(e.field, e.code) for e in validate_document(bad, TODAY)} == {
        ("document.type", "unknown_document_type"),
        ("document.number", "bad_document_number"),
        ("document.issuing_state", "unknown_country"),
        ("document.issue_date", "future_date"),
        ("document.expiry_date", "expiry_before_issue"),
    }
    same_day = replace(PASSPORT, expiry_date=D(2020, 1, 10))
    assert codes(validate_document(same_day, TODAY)) == ["expiry_before_issue"]
    assert validate_document(replace(PASSPORT, issue_date=None, number="A" * 20), TODAY) == []
    assert codes(validate_document(replace(PASSPORT, number="A" * 21), TODAY)) == [
        "bad_document_number"
    ]


def test_document_validity_for_a_permit() -> None:
    assert validate_document_for_permit(PASSPORT, D(2029, 10, 9)) == []
    (error,) = validate_document_for_permit(PASSPORT, D(2029, 10, 10))
    assert error.code == "document_expires_too_soon"
    assert "10.01.2030" in error.message.en
    assert codes(validate_document_valid_until(PASSPORT, D(2030, 1, 10))) == [
        "document_expires_too_soon"
    ]


def person(**changes: object) -> Person:
    base = Person(
        id="p1",
        surname="Məmmədov",
        given_names="İlqar",
        patronymic="Əli oğlu",
        sex=Sex.MALE,
        birth_date=D(1990, 3, 5),
        citizenship="AZE",
        document=PASSPORT,
        fin="5ZJ3K8L",
        phone="+994501234567",
        email="ilqar@example.az",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_person() -> None:
    assert validate_person(person(), TODAY) == []
    errors = validate_person(
        person(
            surname="",
            sex="Q",
            birth_date=D(2030, 1, 1),
            citizenship="XYZ",
            document=replace(PASSPORT, number="?"),
            fin="O000000",
            pin="12",
            phone="+99433",
            email="nope",
            address="line\x00",
        ),
        TODAY,
    )
    assert {(e.field, e.code) for e in errors} == {
        ("surname", "required"),
        ("sex", "unknown_sex"),
        ("birth_date", "future_date"),
        ("citizenship", "unknown_country"),
        ("document.number", "bad_document_number"),
        ("fin", "bad_fin"),
        ("pin", "bad_pin"),
        ("phone", "bad_phone"),
        ("email", "bad_email"),
        ("address", "bad_characters"),
    }
    assert codes(validate_person(person(document="passport"), TODAY)) == ["bad_format"]


TEXT_VALIDATORS: list[Callable[[str], list[FieldError]]] = [
    validation.validate_name,
    validation.validate_fin,
    validation.validate_pin,
    validation.validate_voen,
    validation.validate_phone,
    validation.validate_email,
    validation.validate_country,
    validation.validate_sex,
    validation.validate_document_type,
    validation.validate_document_number,
    validation.validate_screen_date,
    lambda s: validation.validate_text(s, "address"),
]
anything = st.one_of(
    st.text(), st.none(), st.integers(), st.dates(), st.binary(), st.lists(st.text())
)


@pytest.mark.parametrize("validator", TEXT_VALIDATORS)
@given(value=st.text())
def test_validators_never_raise_on_text(
    validator: Callable[[str], list[FieldError]], value: str
) -> None:
    result = validator(value)
    assert isinstance(result, list)
    assert all(isinstance(e, FieldError) and e.code in MESSAGES for e in result)


@pytest.mark.parametrize("validator", TEXT_VALIDATORS)
@given(value=anything)
def test_validators_never_raise_on_anything(
    validator: Callable[[object], list[FieldError]], value: object
) -> None:
    assert isinstance(validator(value), list)


@given(st.text())
def test_screen_date_parser_raises_only_its_error(text: str) -> None:
    error_code = ""
    try:
        parse_screen_date(text)
    except ScreenDateError as exc:
        error_code = exc.code
    assert error_code in {"", "bad_date_format", "no_such_date"}


@given(st.text(), st.text(), st.text(), st.text(), st.text())
def test_person_never_raises(surname: str, given: str, number: str, phone: str, email: str) -> None:
    p = person(
        surname=surname,
        given_names=given,
        document=replace(PASSPORT, number=number),
        phone=phone,
        email=email,
        citizenship=number,
        sex=surname,
    )
    assert all(isinstance(e, FieldError) for e in validate_person(p, TODAY))


def test_datetimes_are_taken_as_their_day() -> None:
    now = dt.datetime(2025, 7, 15, 12, 0)
    assert validate_birth_date(dt.datetime(1990, 3, 5, 8, 0), now) == []
    assert codes(validate_birth_date(D(2025, 7, 16), now)) == ["future_date"]
    assert validate_min_age(D(2007, 7, 15), now) == []
    assert validate_document(PASSPORT, now) == []
