"""The service catalogue: the shipped file, its queries, and the errors of broken files."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from workstation.domain.catalogue import (
    ApplicantFacts,
    Catalogue,
    CatalogueError,
    CatalogueLookupError,
    load_catalogue,
    parse_catalogue,
)
from workstation.domain.errors import DomainError, Message

ALL_CODES = ("REG-STAY", "EXT-STAY", "TRP", "PRP", "WP", "CIT", "REF", "ADM")
CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def facts(age: int = 30, **changes: object) -> ApplicantFacts:
    values: dict[str, object] = {
        "age": age,
        "has_passport": True,
        "employer_kind": None,
        "is_extension": False,
        "family_ground": False,
    }
    values.update(changes)
    return ApplicantFacts(**values)  # type: ignore[arg-type]


def all_messages(catalogue: Catalogue) -> list[Message]:
    found: list[Message] = []
    for s in catalogue.services:
        found += [s.name, s.result.label]
        found += [t.label for t in s.terms] + [t.label for t in s.tiers]
        found += [d.label for d in s.documents]
        for f in s.fields:
            found += [f.label, *(c.label for c in f.choices)]
    return found


# --- the shipped file ---------------------------------------------------------------


def test_shipped_catalogue_has_every_service_in_file_order(catalogue: Catalogue) -> None:
    assert catalogue.schema == 1
    assert catalogue.version
    assert catalogue.codes == ALL_CODES
    for service in catalogue.services:
        assert service.name.az
        assert service.name.en
        assert service.name.ru


def test_texts_are_in_three_languages_with_azerbaijani_letters(catalogue: Catalogue) -> None:
    messages = all_messages(catalogue)
    assert len(messages) > 150
    for message in messages:
        assert message.az.strip()
        assert message.en.strip()
        assert message.ru.strip()
        assert not CYRILLIC.search(message.az), message.az  # never the Cyrillic look-alike ә
        assert CYRILLIC.search(message.ru) or message.ru == message.en, message.ru
    assert catalogue.service("TRP").name.az == "Müvəqqəti yaşamaq icazəsi"
    assert "\u0259" in catalogue.service("EXT-STAY").name.az


@pytest.mark.parametrize(
    ("code", "tier", "term", "minor", "amount"),
    [
        ("TRP", "standard", "1y", False, "120"),
        ("TRP", "standard", "3m", False, "30"),
        ("TRP", "standard", "3y", False, "360"),
        ("WP", "standard", "3m", False, "350"),
        ("WP", "fast", "6m", False, "700"),
        ("WP", "urgent", "1y", False, "1400"),
        ("EXT-STAY", "standard", "30d", False, "30"),
        ("EXT-STAY", "urgent", "30d", False, "50"),
        ("EXT-STAY", "standard", "60d", False, "60"),
        ("EXT-STAY", "urgent", "60d", False, "100"),
        ("EXT-STAY", "standard", "30d", True, "15"),
        ("EXT-STAY", "urgent", "60d", True, "50"),
        ("TRP", "standard", "1y", True, "120"),  # no minor reduction for TRP
        ("REG-STAY", "standard", None, False, "0"),
        ("ADM", "lost_residence_document", None, False, "30"),
    ],
)
def test_known_fees(
    catalogue: Catalogue, code: str, tier: str, term: str | None, *, minor: bool, amount: str
) -> None:
    assert catalogue.service(code).fee(tier, term, minor=minor) == Decimal(amount)


@pytest.mark.parametrize(
    ("code", "tier", "days"),
    [
        ("REG-STAY", "standard", 1),
        ("EXT-STAY", "standard", 3),
        ("EXT-STAY", "urgent", 1),
        ("TRP", "standard", 20),
        ("TRP", "fast", 15),
        ("PRP", "35wd", 35),
        ("PRP", "60wd", 60),
        ("WP", "standard", 20),
        ("WP", "fast", 15),
        ("WP", "urgent", 10),
    ],
)
def test_deadlines_in_working_days(catalogue: Catalogue, code: str, tier: str, days: int) -> None:
    assert catalogue.service(code).deadline_working_days(tier) == days


def test_unpublished_amounts_are_marked(catalogue: Catalogue) -> None:
    for code in ("PRP", "CIT", "REF"):
        tiers = catalogue.service(code).tiers
        assert tiers, code
        assert all(not t.published and t.note for t in tiers), code
    assert all(t.published for t in catalogue.service("WP").tiers)
    ref = catalogue.service("REF")
    assert ref.tier("standard").deadline_months == 3
    assert ref.rules.interview_within_days == 15
    with pytest.raises(CatalogueLookupError, match="no deadline in working days"):
        ref.deadline_working_days("standard")


def test_results_and_validity(catalogue: Catalogue) -> None:
    trp = catalogue.service("TRP").result
    assert (trp.kind, trp.series_prefix, trp.number_digits, trp.mrz_code) == (
        "card",
        "MYİ",
        7,
        "IR",
    )
    assert trp.validity.first_issue_max_months == 12
    assert trp.validity.extension_max_months == 24
    assert trp.validity.investor_max_months == 36
    prp = catalogue.service("PRP").result
    assert (prp.series_prefix, prp.mrz_code, prp.validity.months) == ("DYİ", "IR", 60)
    assert catalogue.service("WP").result.mrz_code == "IW"
    ext = catalogue.service("EXT-STAY").result
    assert (ext.kind, ext.series_prefix, ext.number_digits) == ("decision", "MOM", 7)
    assert ext.validity.max_days == 60
    assert catalogue.service("CIT").result.kind == "certificate"
    assert catalogue.service("REG-STAY").result.kind == "notice"


def test_rules_timing_and_applicants(catalogue: Catalogue) -> None:
    assert catalogue.service("WP").applicant == "employer"
    assert catalogue.service("ADM").applicant == "officer"
    assert catalogue.service("WP").rules.holder_min_age == 18
    for code in ("TRP", "PRP", "WP"):
        assert catalogue.service(code).rules.passport_margin_months == 3
    (ext,) = catalogue.service("EXT-STAY").timing
    assert (ext.kind, ext.amount, ext.unit) == ("before", 3, "working_days")
    (trp,) = catalogue.service("TRP").timing
    assert (trp.amount, trp.unit) == (30, "days")
    (prp,) = catalogue.service("PRP").timing
    assert (prp.amount, prp.unit) == (3, "months")
    arrival = catalogue.service("REG-STAY").timing[0]
    assert arrival.amount_for("TUR") == 15
    assert arrival.amount_for("KAZ") == 30


def test_trp_grounds_of_article_45(catalogue: Catalogue) -> None:
    ground = catalogue.service("TRP").field("ground")
    assert ground is not None
    assert ground.type == "choice"
    assert len(ground.choices) == 13
    family = {c.code for c in ground.choices if "family_ground" in c.flags}
    assert family == {"citizen_relative", "resident_family"}


def test_unknown_codes_raise_a_clear_domain_error(catalogue: Catalogue) -> None:
    with pytest.raises(DomainError, match="no service 'XYZ'") as caught:
        catalogue.service("XYZ")
    assert isinstance(caught.value, CatalogueLookupError)
    assert "XYZ" in caught.value.message.az
    assert "XYZ" in caught.value.message.ru
    trp = catalogue.service("TRP")
    with pytest.raises(CatalogueLookupError, match="no processing tier 'slow'"):
        trp.fee("slow", "1y")
    with pytest.raises(CatalogueLookupError, match="no term '4y'"):
        trp.fee("standard", "4y")
    with pytest.raises(CatalogueLookupError, match="depends on the term"):
        trp.fee("standard")


# --- conditional documents ------------------------------------------------------------


def codes(docs: tuple[object, ...]) -> set[str]:
    return {d.code for d in docs}  # type: ignore[attr-defined]


def test_minor_gets_the_birth_certificate_adult_does_not(catalogue: Catalogue) -> None:
    for code in ("TRP", "EXT-STAY"):
        service = catalogue.service(code)
        assert "birth_certificate" in codes(service.required_documents(facts(age=12)))
        assert "birth_certificate" not in codes(service.required_documents(facts(age=18)))
    reg = catalogue.service("REG-STAY")
    assert "birth_certificate" in codes(reg.required_documents(facts(10, has_passport=False)))
    assert "birth_certificate" not in codes(reg.required_documents(facts(10)))


def test_consent_for_14_to_17_on_family_ground(catalogue: Catalogue) -> None:
    trp = catalogue.service("TRP")
    assert "consent_14_17" in codes(trp.required_documents(facts(15, family_ground=True)))
    assert "consent_14_17" not in codes(trp.required_documents(facts(15)))
    assert "consent_14_17" not in codes(trp.required_documents(facts(13, family_ground=True)))
    assert "consent_14_17" not in codes(trp.required_documents(facts(18, family_ground=True)))


def test_employer_kind_and_extension_documents(catalogue: Catalogue) -> None:
    wp = catalogue.service("WP")
    company = codes(wp.required_documents(facts(employer_kind="company")))
    person = codes(wp.required_documents(facts(employer_kind="person", is_extension=True)))
    assert {"charter", "registration_certificate"} <= company
    assert not {"employer_id", "tax_certificate", "current_work_permit"} & company
    assert {"employer_id", "tax_certificate", "current_work_permit"} <= person
    assert not {"charter", "registration_certificate"} & person


def test_optional_documents_are_listed_but_not_required(catalogue: Catalogue) -> None:
    prp = catalogue.service("PRP")
    assert "marriage_certificate" in codes(prp.documents_for(facts()))
    assert "marriage_certificate" not in codes(prp.required_documents(facts()))


# --- broken files ---------------------------------------------------------------------

BASE = """
schema = 1
version = "test"

[[services]]
code = "TRP"
applicant = "foreigner"
name = { az = "Müvəqqəti yaşamaq icazəsi", en = "Temporary residence permit", ru = "РВП" }
default_tier = "standard"
terms = [
    { code = "3m", months = 3, label = { az = "3 ay", en = "3 months", ru = "3 месяца" } },
    { code = "6m", months = 6, label = { az = "6 ay", en = "6 months", ru = "6 месяцев" } },
]

[[services.fields]]
code = "ground"
type = "choice"
required = true
label = { az = "Əsas", en = "Ground", ru = "Основание" }
choices = [{ code = "study", label = { az = "Təhsil", en = "Study", ru = "Учёба" } }]

[[services.fields]]
code = "stay_until"
type = "date"
label = { az = "Bitmə tarixi", en = "Stay ends", ru = "Окончание" }

[[services.documents]]
code = "passport"
required = true
condition = "always"
label = { az = "Pasport", en = "Passport", ru = "Паспорт" }

[[services.tiers]]
code = "standard"
amounts = { "3m" = 30, "6m" = 60 }
deadline_working_days = 20
label = { az = "Adi", en = "Standard", ru = "Обычный" }

[[services.tiers]]
code = "fast"
amounts = { "3m" = 40, "6m" = 80 }
deadline_working_days = 15
label = { az = "Sürətli", en = "Fast", ru = "Ускоренный" }

[services.result]
kind = "card"
card_type = "TRP"
label = { az = "Vəsiqə", en = "Card", ru = "Карта" }
"""

TIMING = """
[[services.timing]]
kind = "before"
field = "stay_until"
amount = 30
unit = "days"
"""


def parse(text: str) -> Catalogue:
    return parse_catalogue(tomllib.loads(text), "services.toml")


def test_the_base_text_is_valid() -> None:
    catalogue = parse(BASE + TIMING)
    assert catalogue.service("TRP").fee("fast", "6m") == Decimal(80)


BROKEN = {
    "amount not a number": (
        ('"6m" = 80', '"6m" = "eighty"'),
        "services.toml: service 'TRP', fee tier 'fast': amount for term '6m' is not a number",
    ),
    "amount a boolean": (
        ('"3m" = 30', '"3m" = true'),
        "service 'TRP', fee tier 'standard': amount for term '3m' is not a number",
    ),
    "typo in a tier key": (
        ("deadline_working_days = 15", "deadline_workingdays = 15"),
        "service 'TRP', fee tier 'fast': unknown key 'deadline_workingdays'",
    ),
    "typo in a service key": (
        ('default_tier = "standard"', 'default_tier = "standard"\nnotes = "x"'),
        "service 'TRP': unknown key 'notes'",
    ),
    "unknown top-level key": (
        ('version = "test"', 'version = "test"\ncolour = "red"'),
        "services.toml: unknown key 'colour'",
    ),
    "unknown field type": (
        ('type = "choice"', 'type = "list"'),
        "service 'TRP', field 'ground': 'type' = 'list' is not one of",
    ),
    "unknown condition": (
        ('condition = "always"', 'condition = "sometimes"'),
        "service 'TRP', document 'passport': 'condition' = 'sometimes' is not one of",
    ),
    "condition without its flag": (
        ('condition = "always"', 'condition = "extension"'),
        "document 'passport': condition 'extension' needs a choice with the flag 'extension'",
    ),
    "default tier missing": (
        ('default_tier = "standard"', 'default_tier = "express"'),
        "service 'TRP': default_tier 'express' is not one of its fee tiers (standard, fast)",
    ),
    "label without ru": (
        ('en = "Passport", ru = "Паспорт" }', 'en = "Passport" }'),
        "service 'TRP', document 'passport': 'label' has no 'ru' text",
    ),
    "name without az": (
        ('name = { az = "Müvəqqəti yaşamaq icazəsi", ', "name = { "),
        "service 'TRP': 'name' has no 'az' text",
    ),
    "label with an extra language": (
        ('en = "Passport", ru = "Паспорт" }', 'en = "Passport", ru = "Паспорт", tr = "Pasaport" }'),
        "service 'TRP', document 'passport', label: unknown key 'tr'",
    ),
    "term without an amount": (
        ('amounts = { "3m" = 30, "6m" = 60 }', 'amounts = { "3m" = 30 }'),
        "service 'TRP', fee tier 'standard': no amount for term '6m'",
    ),
    "amount for an unknown term": (
        ('amounts = { "3m" = 30, "6m" = 60 }', 'amounts = { "3m" = 30, "6m" = 60, "9m" = 90 }'),
        "fee tier 'standard': 'amounts' names an unknown term '9m' (terms: 3m, 6m)",
    ),
    "flat and per-term amount": (
        ('amounts = { "3m" = 40, "6m" = 80 }', 'amount = 5\namounts = { "3m" = 40, "6m" = 80 }'),
        "fee tier 'fast': needs exactly one of 'amount' (flat) or 'amounts' (per term)",
    ),
    "duplicate tier": (
        ('code = "fast"', 'code = "standard"'),
        "service 'TRP': duplicate fee tier code 'standard'",
    ),
    "required not a boolean": (
        ("required = true\ncondition", 'required = "yes"\ncondition'),
        "service 'TRP', document 'passport': 'required' must be true or false",
    ),
    "unsupported schema": (
        ("schema = 1", "schema = 2"),
        "services.toml: schema 2 is not supported",
    ),
    "card without card type": (
        ('card_type = "TRP"\n', ""),
        "service 'TRP', result: a result of kind 'card' needs 'card_type'",
    ),
    "timing on a missing field": (
        ('field = "stay_until"', 'field = "stay_end"'),
        "timing rule #1: refers to a field 'stay_end' that the service does not have",
    ),
    "timing unit unknown": (
        ('unit = "days"', 'unit = "weeks"'),
        "service 'TRP', timing rule #1: 'unit' = 'weeks' is not one of",
    ),
    "rule not for the type": (
        ('type = "date"', 'type = "date"\nmax_length = 3'),
        "field 'stay_until': rule 'max_length' does not apply to a field of type 'date'",
    ),
    "bad service code": (('code = "TRP"', 'code = "trp"'), "code 'trp' must be capital letters"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_catalogue_names_the_bad_entry(case: str) -> None:
    (old, new), expected = BROKEN[case]
    text = BASE + TIMING
    assert old in text, f"test set-up: {old!r} not in the base text"
    with pytest.raises(CatalogueError) as caught:
        parse(text.replace(old, new, 1))
    assert expected in str(caught.value)
    assert isinstance(caught.value, DomainError)


def test_duplicate_service_and_document_codes() -> None:
    service = BASE.split("[[services]]", 1)[1]
    with pytest.raises(CatalogueError, match="duplicate service code 'TRP'"):
        parse(BASE + "[[services]]" + service)
    document = BASE.split("[[services.documents]]")[1].split("[[services.tiers]]", maxsplit=1)[0]
    with pytest.raises(CatalogueError, match="service 'TRP': duplicate document code 'passport'"):
        parse(BASE + "[[services.documents]]" + document)


def test_load_catalogue_reports_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text("schema = 1\nversion = \n", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"^mine\.toml: is not valid TOML"):
        load_catalogue(bad)
    with pytest.raises(CatalogueError, match=r"^absent\.toml: cannot be read"):
        load_catalogue(tmp_path / "absent.toml")
    good = tmp_path / "good.toml"
    good.write_text(BASE, encoding="utf-8")
    assert load_catalogue(good).codes == ("TRP",)
