"""Human numbers and client-made identifiers."""

from __future__ import annotations

import contextlib
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.ids import new_id, new_ids, uuid7
from workstation.domain.numbers import (
    application_number,
    card_number,
    parse_application_number,
    parse_card_number,
)


def test_application_number_round_trip() -> None:
    text = application_number("BAK1", 2026, 42)
    assert text == "BAK1-2026-0000042"
    parsed = parse_application_number(text)
    assert (parsed.center, parsed.year, parsed.sequence) == ("BAK1", 2026, 42)
    assert str(parsed) == text


@pytest.mark.parametrize("bad", ["", "BAK1-2026-42", "bak1 2026 0000042", "1BAK-2026-0000001"])
def test_bad_application_numbers_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="application number"):
        parse_application_number(bad)


def test_sequence_limits() -> None:
    with pytest.raises(ValueError, match="out of range"):
        application_number("BAK1", 2026, 0)
    with pytest.raises(ValueError, match="out of range"):
        application_number("BAK1", 2026, 10_000_000)


def test_card_numbers_keep_azerbaijani_series() -> None:
    assert card_number("MYİ", 1234567) == "MYİ1234567"
    assert parse_card_number("DYİ0000001") == ("DYİ", 1)
    with pytest.raises(ValueError, match="card number"):
        parse_card_number("MYI12345")


@given(st.text())
def test_parsers_raise_only_value_error(text: str) -> None:
    for parse in (parse_application_number, parse_card_number):
        with contextlib.suppress(ValueError):
            parse(text)


def test_uuid7_is_version_7_and_strictly_increasing() -> None:
    ids = [uuid7() for _ in range(5000)]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_uuid7_carries_its_millisecond_and_stays_ordered_within_one() -> None:
    first, second = uuid7(now_ms=1_800_000_000_000), uuid7(now_ms=1_800_000_000_000)
    assert first.int >> 80 == 1_800_000_000_000
    assert second > first
    assert uuid.UUID(new_id()).version == 7


def test_new_ids_in_bulk_are_canonical_increasing_uuid7_text() -> None:
    before = new_id()
    batch = new_ids(20_000)
    after = new_id()
    parsed = [uuid.UUID(text) for text in batch]
    assert [str(u) for u in parsed] == batch
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in parsed)
    assert [before, *batch, after] == sorted({before, *batch, after})
    assert new_ids(0) == []
