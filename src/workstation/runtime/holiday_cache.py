"""A year's days off, kept between runs of the desktop.

`domain.calendar` computes a year's public holidays with the `holidays` package: about
0.3 s of CPU with its import (Azerbaijan's religious holidays come from lunar calendar
tables), at every start, before the queue can tell which due dates are near. The answer
changes only with the `holidays` release, so the desktop keeps it in its cache folder,
in a file named after that release, and hands it to `domain.calendar` at the next start
(`warm_year`). A missing, unreadable or damaged file is computed again and rewritten;
without a known release (no package metadata beside it) nothing is cached.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import date
from importlib.util import find_spec
from pathlib import Path

from workstation.domain import calendar

log = logging.getLogger("workstation.runtime")


def holidays_release() -> str | None:
    """The installed `holidays` release, from its distribution folder's name (reading
    the package's metadata through importlib.metadata costs more than the cache saves)."""
    spec = find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    names = sorted(p.name for p in Path(spec.origin).parent.parent.glob("holidays-*.dist-info"))
    if len(names) != 1:
        return None
    return names[0].removeprefix("holidays-").removesuffix(".dist-info")


def cache_file(folder: Path, year: int) -> Path | None:
    release = holidays_release()
    if release is None:
        return None
    return folder / f"days-off-{calendar.COUNTRY}-{year}-holidays-{release}.json"


def _read(path: Path) -> tuple[frozenset[date], frozenset[date]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        off = frozenset(date.fromisoformat(d) for d in data["days_off"])
        moved = frozenset(date.fromisoformat(d) for d in data["weekend_workdays"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("holiday cache %s unreadable (%s): computed again", path.name, exc)
        return None
    return off, moved


def _write(path: Path, off: frozenset[date], moved: frozenset[date]) -> None:
    text = json.dumps(
        {
            "days_off": sorted(d.isoformat() for d in off),
            "weekend_workdays": sorted(d.isoformat() for d in moved),
        }
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only cache: computed again next time
        log.warning("holiday cache %s not written: %s", path.name, exc)


def warm_year(year: int, folder: Path) -> bool:
    """`domain.calendar` knows `year`'s days off: from the cache (True) or computed now
    and written for the next start (False)."""
    path = cache_file(folder, year)
    if path is not None:
        known = _read(path)
        if known is not None and all(d.year == year for d in known[0] | known[1]):
            calendar.remember_year(year, *known)
            return True
    off, moved = calendar.year_table(year)
    if path is not None:
        _write(path, off, moved)
    return False
