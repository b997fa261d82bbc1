"""The import/export file: stable bytes, every bad record named, never a crash."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.domain import interchange
from workstation.domain.catalogue import load_catalogue
from workstation.domain.record_checks import application_problems, person_problems
from workstation.samples.generator import generate

TODAY = dt.date(2026, 6, 1)
CATALOGUE = load_catalogue()
SAMPLE = generate(40, 3, CATALOGUE, today=TODAY)
GOOD = interchange.dumps(SAMPLE.persons, SAMPLE.applications)


def _load(data: bytes) -> interchange.Batch:
    return interchange.loads(
        data,
        check_person=lambda p: person_problems(p, TODAY),
        check_application=lambda a: application_problems(a, CATALOGUE, TODAY),
    )


def test_dumps_is_stable_whatever_the_input_order() -> None:
    shuffled = interchange.dumps(reversed(SAMPLE.persons), reversed(SAMPLE.applications))
    assert shuffled == GOOD
    batch = _load(GOOD)
    assert interchange.dumps(batch.persons, batch.applications) == GOOD


def test_letters_are_kept_as_written() -> None:
    text = GOOD.decode("utf-8")
    names = {p.surname for p in SAMPLE.persons}
    assert any(name in text for name in names if not name.isascii())
    assert "\\u0" not in text


def test_every_bad_record_is_reported_in_file_order() -> None:
    document = json.loads(GOOD)
    document["applications"][4]["status"] = "lost"
    document["applications"][2]["fee_amount"] = "NaN"
    document["persons"][1]["birth_date"] = "2090-01-01"
    document["persons"][0].pop("surname")
    with pytest.raises(interchange.ImportRejected) as rejected:
        _load(json.dumps(document).encode())
    where = [(e.where, e.field) for e in rejected.value.errors]
    assert where[:2] == [("persons[0]", "surname"), ("persons[1]", "birth_date")]
    assert ("applications[2]", "") in where
    assert ("applications[4]", "") in where
    assert "nothing imported" in str(rejected.value)


def test_the_message_lists_twenty_and_counts_the_rest() -> None:
    document = json.loads(GOOD)
    for app in document["applications"]:
        app["service_code"] = "XX"
    with pytest.raises(interchange.ImportRejected) as rejected:
        _load(json.dumps(document).encode())
    assert len(rejected.value.errors) == 40
    assert str(rejected.value).endswith("and 20 more")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(person=json_values, application=json_values)
def test_arbitrary_records_are_rejected_never_crash(person: Any, application: Any) -> None:
    document = {
        "format": interchange.FORMAT,
        "version": interchange.FORMAT_VERSION,
        "persons": [person],
        "applications": [application],
    }
    with pytest.raises(interchange.ImportRejected):
        _load(json.dumps(document).encode())


@settings(max_examples=200, deadline=None)
@given(
    key=st.sampled_from(["id", "surname", "sex", "birth_date", "document", "citizenship"]),
    value=json_values,
)
def test_one_mangled_person_field_is_handled(key: str, value: Any) -> None:
    document = json.loads(GOOD)
    document["persons"][0][key] = value
    errors: tuple[interchange.RecordError, ...] = ()
    try:
        _load(json.dumps(document).encode())
    except interchange.ImportRejected as exc:
        errors = exc.errors
    # either the value is acceptable, or the error names that person or what refers to it
    assert all(e.where == "persons[0]" or e.field == "person_id" for e in errors)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_rejected(data: bytes) -> None:
    with pytest.raises(interchange.ImportRejected):
        _load(data)
