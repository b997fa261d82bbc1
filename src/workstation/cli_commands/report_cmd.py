"""`workstation report --from DATE --to DATE [--center C] [--officer U] --pdf OUT | --csv OUT`.

The period report of this data folder's applications (`store.stats`, the dashboard's
numbers): days are local days of this machine, open work (overdue, due soon) as of today.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from workstation.cli_commands.common import datadir, open_store, write_atomically
from workstation.domain.catalogue import Catalogue
from workstation.domain.errors import DomainError
from workstation.domain.stats import StatsFilter
from workstation.printing.report_csv import render_csv
from workstation.printing.reports import render_report
from workstation.store.stats import dashboard


def parse_day(option: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise DomainError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


def service_namer(catalogue: Catalogue, lang: str) -> Callable[[str], str]:
    def name(code: str) -> str:
        try:
            return catalogue.service(code).name.text(lang)  # type: ignore[arg-type]
        except KeyError:
            return code

    return name


def run(args: argparse.Namespace) -> int:
    flt = StatsFilter(
        parse_day("--from", args.date_from),
        parse_day("--to", args.date_to),
        center=args.center or None,
        officer=args.officer or None,
    )
    with open_store(datadir(args), lock=False) as store:
        with store.read() as repos:
            stats = dashboard(repos.session, flt, dt.date.today())
        namer = service_namer(store.catalogue, args.lang)
    if args.pdf:
        out, data = Path(args.pdf), render_report(stats, args.lang, namer)
    else:
        out, data = Path(args.csv), render_csv(stats, namer)
    write_atomically(out, data)
    total = stats.total
    print(
        f"{out}: {flt.since.isoformat()}..{flt.until.isoformat()}, received {total.received}, "
        f"decided {total.decided}, printed {total.printed}, issued {total.issued}"
    )
    return 0
