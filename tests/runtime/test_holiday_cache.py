"""This year's days off kept between desktop runs (runtime.holiday_cache): the next
start reads them without importing or running `holidays`, with the same answers; a
damaged file or another `holidays` release is computed again."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation.domain import calendar
from workstation.runtime import holiday_cache

YEAR = 2026

CHILD = """
import json, sys
from pathlib import Path
from workstation.domain import calendar
from workstation.runtime import holiday_cache
cached = holiday_cache.warm_year(int(sys.argv[2]), Path(sys.argv[1]))
off = sorted(d.isoformat() for d in calendar.holidays_in(int(sys.argv[2])))
after = calendar.add_working_days(__import__("datetime").date(int(sys.argv[2]), 3, 19), 3)
print(json.dumps({"cached": cached, "imported": "holidays" in sys.modules, "off": off,
                  "after": after.isoformat()}))
"""


def _start(folder: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(YEAR)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_next_start_reads_the_days_off_without_the_holidays_package(tmp_path: Path) -> None:
    first = _start(tmp_path)
    second = _start(tmp_path)
    assert first["cached"] is False
    assert first["imported"] is True
    assert second["cached"] is True
    assert second["imported"] is False
    assert second["off"] == first["off"]
    assert second["after"] == first["after"]  # Novruz: 20-24 March 2026 are days off
    assert dt.date(YEAR, 3, 20).isoformat() in second["off"]  # type: ignore[operator]
    [written] = tmp_path.iterdir()
    assert holiday_cache.holidays_release() in written.name


def test_a_damaged_cache_is_computed_again_and_rewritten(tmp_path: Path) -> None:
    path = holiday_cache.cache_file(tmp_path, YEAR)
    assert path is not None
    path.write_text('{"days_off": ["not a date"]', encoding="utf-8")
    assert holiday_cache.warm_year(YEAR, tmp_path) is False
    data = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(data["days_off"]) == sorted(d.isoformat() for d in calendar.holidays_in(YEAR))
    # a file holding another year's days is not taken either
    path.write_text(json.dumps({"days_off": ["2031-01-01"], "weekend_workdays": []}))
    assert holiday_cache.warm_year(YEAR, tmp_path) is False


def test_another_release_of_holidays_has_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holiday_cache.warm_year(YEAR, tmp_path)
    monkeypatch.setattr(holiday_cache, "holidays_release", lambda: "999.0")
    assert holiday_cache.warm_year(YEAR, tmp_path) is False
    assert len(list(tmp_path.iterdir())) == 2


def test_an_unwritable_cache_still_gives_the_days_off(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert holiday_cache.warm_year(YEAR, blocked / "holidays") is False
    assert dt.date(YEAR, 1, 1) in calendar.holidays_in(YEAR)
