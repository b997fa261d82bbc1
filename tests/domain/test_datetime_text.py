"""`datetime_text`: the UTC text of an instant, the same however the instant is given,
also when it was written before in another zone (the texts are remembered)."""

from __future__ import annotations

import datetime as dt

from workstation.domain.serialize import datetime_text, parse_datetime

BAKU = dt.timezone(dt.timedelta(hours=4))


def test_one_instant_one_text_whatever_its_zone() -> None:
    in_baku = dt.datetime(2026, 3, 1, 12, 30, tzinfo=BAKU)
    assert datetime_text(in_baku) == "2026-03-01T08:30:00.000000Z"
    assert datetime_text(in_baku.astimezone(dt.UTC)) == "2026-03-01T08:30:00.000000Z"
    assert datetime_text(parse_datetime("2026-03-01T08:30:00Z")) == "2026-03-01T08:30:00.000000Z"


def test_a_naive_time_is_read_as_utc_not_as_an_aware_one_seen_before() -> None:
    aware = dt.datetime(2026, 3, 2, 9, 0, 0, 5, tzinfo=BAKU)
    assert datetime_text(aware) == "2026-03-02T05:00:00.000005Z"
    assert datetime_text(aware.replace(tzinfo=None)) == "2026-03-02T09:00:00.000005Z"
    assert datetime_text(None) is None
