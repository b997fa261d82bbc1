"""The period report as CSV: UTF-8 with a byte-order mark (Excel then reads the letters
right), one header line, columns in a fixed order, one line per table row.

``section`` is ``total``, ``center``, ``officer``, ``service`` or ``day``; ``key`` is
the center code, user name (empty: open work nobody is assigned), service code or ISO
day; ``name`` the service's name. Every line carries the period and the filter, so lines
of several reports can be put together."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator

from workstation.domain.stats import TALLY_FIELDS, Stats, Tally

BOM = "\ufeff"
COLUMNS: tuple[str, ...] = (
    "from",
    "to",
    "center_filter",
    "officer_filter",
    "section",
    "key",
    "name",
    *TALLY_FIELDS,
)


def _rows(
    stats: Stats, service_name: Callable[[str], str]
) -> Iterator[tuple[str, str, str, Tally]]:
    yield "total", "", "", stats.total
    for key, tally in stats.by_center.items():
        yield "center", key, "", tally
    for key, tally in stats.by_officer.items():
        yield "officer", key, "", tally
    for key, tally in stats.by_service.items():
        yield "service", key, service_name(key), tally
    for day, tally in stats.by_day.items():
        yield "day", day.isoformat(), "", tally


def render_csv(stats: Stats, service_name: Callable[[str], str] = str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    flt = stats.flt
    period = (flt.since.isoformat(), flt.until.isoformat(), flt.center or "", flt.officer or "")
    for section, key, name, tally in _rows(stats, service_name):
        writer.writerow((*period, section, key, name, *(getattr(tally, f) for f in TALLY_FIELDS)))
    return (BOM + buffer.getvalue()).encode("utf-8")
