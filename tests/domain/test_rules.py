"""Cross-field rules of an application, with real dates and the shipped catalogue."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import pytest

from workstation.domain.calendar import is_working_day
from workstation.domain.catalogue import Catalogue, CatalogueLookupError, load_catalogue
from workstation.domain.errors import FieldError
from workstation.domain.model import (
    ChecklistItem,
    DocumentType,
    FieldValue,
    Person,
    Sex,
    TravelDocument,
)
from workstation.domain.rules import (
    applicant_age,
    applicant_facts,
    check_application,
    check_documents,
    check_fields,
    check_holder_age,
    check_passport_margin,
    check_timing,
)

D = dt.date
BORN = D(1990, 5, 17)
EXPIRES = D(2035, 1, 1)
CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def person(
    birth: dt.date = BORN,
    expiry: dt.date = EXPIRES,
    citizenship: str = "TUR",
    number: str = "U12345678",
) -> Person:
    return Person(
        id="p-1",
        surname="Məmmədova",
        given_names="Ayşə",
        sex=Sex.FEMALE,
        birth_date=birth,
        citizenship=citizenship,
        document=TravelDocument(DocumentType.ORDINARY, number, citizenship, D(2020, 1, 1), expiry),
    )


def received(
    catalogue: Catalogue,
    code: str,
    who: Person,
    fields: Mapping[str, FieldValue],
    today: dt.date,
) -> list[ChecklistItem]:
    service = catalogue.service(code)
    facts = applicant_facts(service, who, fields, today)
    return [ChecklistItem(d.code, received=True) for d in service.required_documents(facts)]


def codes(errors: list[FieldError]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in errors]


def assert_trilingual(errors: list[FieldError]) -> None:
    for error in errors:
        message = error.message
        assert message.az
        assert message.en
        assert message.ru
        assert not CYRILLIC.search(message.az), message.az
        assert CYRILLIC.search(message.ru), message.ru


TRP_FIELDS: dict[str, FieldValue] = {
    "application_kind": "first_issue",
    "ground": "work_permit",
    "term": "1y",
    "stay_until": "2026-12-31",
}
WP_FIELDS: dict[str, FieldValue] = {
    "application_kind": "first_issue",
    "employer_kind": "legal_entity",
    "employer_name": "Xəzər İnşaat MMC",
    "employer_voen": "1000000041",
    "employer_phone": "+994501234567",
    "employer_email": "hr@example.az",
    "position": "Mühəndis",
    "contract_until": "2027-12-31",
    "term": "1y",
}


# --- a whole application ------------------------------------------------------------------


def test_a_complete_trp_application_passes(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    who = person()
    checklist = received(catalogue, "TRP", who, TRP_FIELDS, today)
    errors = check_application(
        catalogue, "TRP", who, TRP_FIELDS, checklist, today, permit_end=D(2027, 9, 1)
    )
    assert errors == []


def test_a_complete_wp_application_passes(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    who = person()
    checklist = received(catalogue, "WP", who, WP_FIELDS, today)
    assert check_application(catalogue, "WP", who, WP_FIELDS, checklist, today, D(2027, 9, 1)) == []


def test_unknown_service_code_is_a_lookup_error(catalogue: Catalogue) -> None:
    with pytest.raises(CatalogueLookupError, match="no service 'VISA'"):
        check_application(catalogue, "VISA", person(), {}, [], D(2026, 9, 1))


# --- age ----------------------------------------------------------------------------------


def test_work_permit_for_a_17_year_old_is_refused(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    minor = person(birth=D(2008, 12, 24))
    assert applicant_age(minor.birth_date, today) == 17
    errors = check_holder_age(catalogue.service("WP"), minor, today)
    assert codes(errors) == [("birth_date", "too_young")]
    assert "18" in errors[0].message.en
    assert "17" in errors[0].message.en
    assert_trilingual(errors)
    checklist = received(catalogue, "WP", minor, WP_FIELDS, today)
    full = check_application(catalogue, "WP", minor, WP_FIELDS, checklist, today, D(2027, 9, 1))
    assert codes(full) == [("birth_date", "too_young")]


def test_work_permit_on_the_18th_birthday_is_fine(catalogue: Catalogue) -> None:
    assert (
        check_holder_age(catalogue.service("WP"), person(birth=D(2008, 9, 1)), D(2026, 9, 1)) == []
    )


def test_other_services_have_no_minimum_age(catalogue: Catalogue) -> None:
    assert (
        check_holder_age(catalogue.service("TRP"), person(birth=D(2020, 1, 1)), D(2026, 9, 1)) == []
    )


# --- passport validity --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expiry", "ok"),
    [
        (D(2027, 5, 31), False),  # 2 months after the permit end
        (D(2027, 6, 29), False),  # one day short of 3 months
        (D(2027, 6, 30), True),  # exactly 3 months (31.03 + 3 months = 30.06)
        (D(2027, 7, 31), True),  # 4 months
    ],
)
def test_passport_must_outlive_the_permit_by_three_months(
    catalogue: Catalogue, expiry: dt.date, ok: bool
) -> None:
    errors = check_passport_margin(catalogue.service("TRP"), person(expiry=expiry), D(2027, 3, 31))
    if ok:
        assert errors == []
    else:
        assert codes(errors) == [("document.expiry_date", "passport_expires_too_soon")]
        assert "30.06.2027" in errors[0].message.az
        assert_trilingual(errors)


def test_passport_margin_only_where_the_catalogue_says(catalogue: Catalogue) -> None:
    short = person(expiry=D(2026, 10, 1))
    assert check_passport_margin(catalogue.service("REG-STAY"), short, D(2026, 12, 1)) == []
    assert check_passport_margin(catalogue.service("TRP"), short, None) == []
    assert check_passport_margin(catalogue.service("WP"), short, D(2026, 12, 1)) != []


# --- timing windows -----------------------------------------------------------------------


def ext_fields(stay_until: dt.date) -> dict[str, FieldValue]:
    return {
        "stay_until": stay_until.isoformat(),
        "term": "30d",
        "ground": "urgent_treatment",
        "applicant_role": "self",
    }


def test_extension_two_working_days_before_the_stay_ends_is_refused(catalogue: Catalogue) -> None:
    ext = catalogue.service("EXT-STAY")
    ends = D(2026, 9, 11)  # a Friday; 08.09 to 11.09 are working days
    assert all(is_working_day(D(2026, 9, d)) for d in range(7, 12))
    late = check_timing(ext, person(), ext_fields(ends), D(2026, 9, 9))  # Wednesday
    assert codes(late) == [("fields.stay_until", "applied_too_late")]
    assert "08.09.2026" in late[0].message.en
    assert "3 working days" in late[0].message.en
    assert "3 рабочих дня" in late[0].message.ru
    assert_trilingual(late)
    assert check_timing(ext, person(), ext_fields(ends), D(2026, 9, 8)) == []  # Tuesday


def test_extension_window_counts_working_days_not_calendar_days(catalogue: Catalogue) -> None:
    ext = catalogue.service("EXT-STAY")
    ends = D(2026, 9, 14)  # a Monday: Thursday is 4 calendar days but 2 working days before
    assert check_timing(ext, person(), ext_fields(ends), D(2026, 9, 10)) != []
    assert check_timing(ext, person(), ext_fields(ends), D(2026, 9, 9)) == []


def test_the_whole_extension_application_reports_the_late_timing(catalogue: Catalogue) -> None:
    today = D(2026, 9, 9)
    fields = ext_fields(D(2026, 9, 11))
    who = person()
    checklist = received(catalogue, "EXT-STAY", who, fields, today)
    errors = check_application(catalogue, "EXT-STAY", who, fields, checklist, today)
    assert codes(errors) == [("fields.stay_until", "applied_too_late")]


def reg_fields(arrival: dt.date) -> dict[str, FieldValue]:
    return {
        "registration_kind": "arrival",
        "applicant_role": "host",
        "arrival_date": arrival.isoformat(),
        "stay_address": "Bakı, Nizami küçəsi 10",
    }


@pytest.mark.parametrize(
    ("citizenship", "today", "ok"),
    [
        ("TUR", D(2026, 9, 16), True),  # 15 days after arrival
        ("TUR", D(2026, 9, 17), False),
        ("KAZ", D(2026, 9, 17), True),  # citizens of Kazakhstan have 30 days
        ("KAZ", D(2026, 10, 1), True),
        ("KAZ", D(2026, 10, 2), False),
    ],
)
def test_registration_within_15_or_30_days_of_arrival(
    catalogue: Catalogue, citizenship: str, today: dt.date, ok: bool
) -> None:
    reg = catalogue.service("REG-STAY")
    errors = check_timing(reg, person(citizenship=citizenship), reg_fields(D(2026, 9, 1)), today)
    assert (errors == []) is ok


def test_registration_after_a_move_within_5_working_days(catalogue: Catalogue) -> None:
    reg = catalogue.service("REG-STAY")
    fields = {**reg_fields(D(2026, 9, 4)), "registration_kind": "move"}  # moved on a Friday
    assert check_timing(reg, person(), fields, D(2026, 9, 11)) == []  # 5th working day
    assert check_timing(reg, person(), fields, D(2026, 9, 14)) != []


def test_trp_at_least_30_days_before_the_stay_ends(catalogue: Catalogue) -> None:
    trp = catalogue.service("TRP")
    fields = {**TRP_FIELDS, "stay_until": "2026-10-31"}
    assert check_timing(trp, person(), fields, D(2026, 10, 1)) == []
    assert codes(check_timing(trp, person(), fields, D(2026, 10, 2))) == [
        ("fields.stay_until", "applied_too_late")
    ]


def test_prp_rules(catalogue: Catalogue) -> None:
    fields: dict[str, FieldValue] = {
        "temporary_permit_since": "2024-09-15",
        "current_permit_until": "2026-12-31",
        "days_abroad_last_180": 20,
        "ground_description": "Ailə üzvü",
    }
    who = person()
    today = D(2026, 9, 30)
    checklist = received(catalogue, "PRP", who, fields, today)
    # 3 months before 31.12 is 30.09; two years since 15.09.2024 have passed
    assert check_application(catalogue, "PRP", who, fields, checklist, today) == []
    late = check_application(catalogue, "PRP", who, fields, checklist, D(2026, 10, 1))
    assert codes(late) == [("fields.current_permit_until", "applied_too_late")]
    early = {**fields, "temporary_permit_since": "2024-11-01", "days_abroad_last_180": 95}
    errors = check_application(catalogue, "PRP", who, early, checklist, today)
    assert codes(errors) == [
        ("fields.temporary_permit_since", "too_soon_since"),
        ("fields.days_abroad_last_180", "too_long_abroad"),
    ]
    assert_trilingual(errors)


def test_days_abroad_exemption_for_specialists(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    who = person()
    fields = {**TRP_FIELDS, "days_abroad_last_180": 120}
    checklist = received(catalogue, "TRP", who, fields, today)
    errors = check_application(catalogue, "TRP", who, fields, checklist, today)
    assert codes(errors) == [("fields.days_abroad_last_180", "too_long_abroad")]
    exempt = {**fields, "ground": "highly_qualified"}
    assert check_application(catalogue, "TRP", who, exempt, checklist, today) == []


# --- documents and validity ---------------------------------------------------------------


def test_a_minor_needs_the_birth_certificate(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    trp = catalogue.service("TRP")
    adult, child = person(), person(birth=D(2015, 3, 3))
    checklist = received(catalogue, "TRP", adult, TRP_FIELDS, today)
    assert check_documents(trp, applicant_facts(trp, adult, TRP_FIELDS, today), checklist) == []
    errors = check_documents(trp, applicant_facts(trp, child, TRP_FIELDS, today), checklist)
    assert codes(errors) == [("checklist.birth_certificate", "document_missing")]
    assert "under 18" in errors[0].message.en
    assert "Doğum haqqında şəhadətnamə" in errors[0].message.az
    assert_trilingual(errors)


def test_documents_listed_but_not_yet_received(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    trp = catalogue.service("TRP")
    facts = applicant_facts(trp, person(), TRP_FIELDS, today)
    pending = [ChecklistItem(d.code) for d in trp.required_documents(facts)]
    assert check_documents(trp, facts, pending, require_received=False) == []
    assert len(check_documents(trp, facts, pending)) == len(pending)


def test_term_longer_than_allowed(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    who = person()
    fields = {**TRP_FIELDS, "term": "2y"}
    checklist = received(catalogue, "TRP", who, fields, today)
    errors = check_application(catalogue, "TRP", who, fields, checklist, today)
    assert codes(errors) == [("fields.term", "term_too_long")]
    investor = {**TRP_FIELDS, "term": "3y", "ground": "investment"}
    assert check_application(catalogue, "TRP", who, investor, checklist, today) == []


def test_work_permit_not_beyond_the_contract(catalogue: Catalogue) -> None:
    today = D(2026, 9, 1)
    who = person()
    fields = {**WP_FIELDS, "contract_until": "2027-03-31"}
    checklist = received(catalogue, "WP", who, fields, today)
    errors = check_application(catalogue, "WP", who, fields, checklist, today, D(2027, 9, 1))
    assert codes(errors) == [("fields.contract_until", "beyond_contract")]


def test_field_checks(catalogue: Catalogue) -> None:
    wp = catalogue.service("WP")
    fields: dict[str, FieldValue] = {
        **WP_FIELDS,
        "employer_kind": "cooperative",
        "employer_voen": "1234567890",
        "term": "5y",
        "salary": "-5",
        "colour": "blue",
    }
    del fields["position"]
    errors = check_fields(wp, fields, D(2026, 9, 1))
    assert codes(errors) == [
        ("fields.colour", "unknown_field"),
        ("fields.employer_kind", "unknown_choice"),
        ("fields.employer_voen", errors[2].code),
        ("fields.position", "required"),
        ("fields.term", "unknown_choice"),
        ("fields.salary", "too_small"),
    ]
    assert_trilingual([e for e in errors if e.field != "fields.employer_voen"])


def test_future_arrival_date_is_refused(catalogue: Catalogue) -> None:
    errors = check_fields(catalogue.service("REG-STAY"), reg_fields(D(2026, 9, 5)), D(2026, 9, 1))
    assert codes(errors) == [("fields.arrival_date", "future_date")]
