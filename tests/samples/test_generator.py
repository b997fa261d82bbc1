"""The sample generator: deterministic, realistic, and valid by the domain's own rules."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from workstation.domain import interchange
from workstation.domain.catalogue import load_catalogue
from workstation.domain.catalogue_model import Catalogue
from workstation.domain.model import DocumentType, Status
from workstation.domain.record_checks import application_problems, person_problems
from workstation.domain.rules import applicant_age
from workstation.samples.generator import SampleData, generate, iter_chunks

TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def data(catalogue: Catalogue) -> SampleData:
    return generate(3000, 7, catalogue, today=TODAY)


def test_same_seed_same_bytes_other_seed_other_data(catalogue: Catalogue) -> None:
    one = generate(300, 11, catalogue, today=TODAY)
    two = generate(300, 11, catalogue, today=TODAY)
    three = generate(300, 12, catalogue, today=TODAY)
    dump = interchange.dumps
    assert dump(one.persons, one.applications) == dump(two.persons, two.applications)
    assert dump(one.persons, one.applications) != dump(three.persons, three.applications)


def test_every_service_and_every_status_appears(data: SampleData, catalogue: Catalogue) -> None:
    services = Counter(a.service_code for a in data.applications)
    statuses = Counter(a.status for a in data.applications)
    assert set(services) == set(catalogue.codes)
    assert set(statuses) == set(Status)


def test_every_record_passes_the_import_checks(data: SampleData, catalogue: Catalogue) -> None:
    problems = [p for person in data.persons for p in person_problems(person, TODAY)]
    problems += [
        (a.number, *p) for a in data.applications for p in application_problems(a, catalogue, TODAY)
    ]
    assert problems == []


def test_population_is_varied(data: SampleData) -> None:
    by_id = {p.id: p for p in data.persons}
    citizenships = Counter(p.citizenship for p in data.persons)
    for country in ("RUS", "TUR", "IRN", "IND", "CHN", "GEO"):
        assert citizenships[country] > 20, country
    assert citizenships["XXA"] > 0
    stateless = [p for p in data.persons if p.citizenship == "XXA"]
    assert all(p.document.type is DocumentType.OTHER for p in stateless)
    minors = [p for p in data.persons if applicant_age(p.birth_date, TODAY) < 18]
    assert len(minors) > 50
    assert any("ə" in p.surname or "ə" in p.given_names for p in data.persons)
    work_permits = [a for a in data.applications if a.service_code == "WP"]
    assert work_permits
    for app in work_permits:
        assert applicant_age(by_id[app.person_id].birth_date, TODAY) >= 18
        assert any(isinstance(v, str) and len(v) == 10 and v.isdigit() for v in app.fields.values())
    reused = Counter(a.person_id for a in data.applications)
    assert max(reused.values()) > 1


def test_numbers_unique_and_histories_end_in_the_status(data: SampleData) -> None:
    numbers = [a.number for a in data.applications]
    assert len(set(numbers)) == len(numbers)
    for app in data.applications:
        if app.history:
            assert app.history[-1].to_status is app.status
        assert (app.decision is not None) == (
            app.status in (Status.APPROVED, Status.REFUSED, Status.CARD_PRINTED, Status.ISSUED)
        )
        if app.due_date is not None and app.received_at is not None:
            assert app.due_date > app.received_at.date()


def test_chunks_carry_each_person_once_before_its_applications(data: SampleData) -> None:
    seen: set[str] = set()
    total = 0
    for chunk in iter_chunks(data, 400):
        seen.update(p.id for p in chunk.persons)
        assert all(a.person_id in seen for a in chunk.applications)
        total += len(chunk.applications)
    assert total == len(data.applications)
    assert seen == {a.person_id for a in data.applications}
