"""The benchmark harness's budget logic, table and JSON on made-up figures (no benchmark
runs here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from harness import KEYS, Budget, Figure, missing, missing_names, table, write_json


def test_a_maximum_passes_up_to_its_limit_and_fails_past_it() -> None:
    budget = Budget("max", 100)
    assert Figure("q", 100.0, "ms", budget).passed
    assert not Figure("q", 100.5, "ms", budget).passed


def test_a_minimum_passes_from_its_limit_and_fails_below_it() -> None:
    budget = Budget("min", 2_000)
    assert Figure("push", 2_000.0, "mut/s", budget).passed
    assert not Figure("push", 1_999.0, "mut/s", budget).passed


def test_ratio_to_floor_is_value_over_floor_and_is_checked_with_the_limit() -> None:
    budget = Budget("max", 100, floor_ratio=2)
    ok = Figure("sort", 30.0, "ms", budget, floor=20.0)
    assert ok.ratio == pytest.approx(1.5)
    assert ok.passed
    too_slow_vs_raw = Figure("sort", 50.0, "ms", budget, floor=20.0)  # within 100 ms
    assert too_slow_vs_raw.ratio == pytest.approx(2.5)
    assert not too_slow_vs_raw.passed
    over_limit = Figure("sort", 120.0, "ms", budget, floor=100.0)  # ratio fine
    assert not over_limit.passed


def test_minimum_ratio_to_floor() -> None:
    budget = Budget("min", 20_000, floor_ratio=0.2)
    assert Figure("pull", 30_000.0, "rows/s", budget, floor=100_000.0).passed
    assert not Figure("pull", 30_000.0, "rows/s", budget, floor=200_000.0).passed


def test_a_ratio_budget_without_its_floor_or_a_figure_without_value_fails() -> None:
    assert not Figure("start-up", 1.0, "s", Budget("max", floor_ratio=1.5)).passed
    lost = missing("start-up", "s", Budget("max", floor_ratio=1.5), "crashed")
    assert not lost.passed
    assert lost.row()["value"] is None
    assert not Figure("x", float("nan"), "ms", Budget("max", 1)).passed


def test_zero_errors_budget() -> None:
    assert Figure("errors", 0, "", Budget("max", 0)).passed
    assert not Figure("errors", 1, "", Budget("max", 0)).passed


def test_json_rows_carry_every_key(tmp_path: Path) -> None:
    figures = [
        Figure("sort", 30.0, "ms", Budget("max", 100, 2), floor=20.0, note="30 runs"),
        Figure("rss", 410.0, "MB", Budget("max", 300)),
    ]
    out = tmp_path / "rows.json"
    write_json(figures, out)
    rows = json.loads(out.read_text())
    assert [tuple(r) for r in rows] == [KEYS, KEYS]
    assert rows[0] == {
        "name": "sort",
        "value": 30.0,
        "unit": "ms",
        "budget": "≤ 100 ms, ≤ 2 × floor",
        "floor": 20.0,
        "ratio": 1.5,
        "pass": True,
        "note": "30 runs",
    }
    assert rows[1]["pass"] is False
    assert rows[1]["floor"] is None
    assert rows[1]["ratio"] is None


def test_table_prints_one_line_per_figure_with_its_verdict() -> None:
    figures = [
        Figure("queue sort p95", 30.0, "ms", Budget("max", 100, 2), floor=20.0),
        Figure("memory", 410.0, "MB", Budget("max", 300), note="VmRSS"),
        missing("push", "mut/s", Budget("min", 2_000), "crashed"),
    ]
    lines = table(figures).splitlines()
    assert lines[0].split()[:2] == ["figure", "value"]
    sort_line = next(line for line in lines if line.startswith("queue sort p95"))
    assert sort_line.endswith("pass")
    assert "1.50" in sort_line
    assert "≤ 100 ms, ≤ 2 × floor" in sort_line
    memory_line = next(line for line in lines if line.startswith("memory"))
    assert memory_line.endswith("FAIL")
    assert "410" in memory_line
    assert "    VmRSS" in lines
    assert next(line for line in lines if line.startswith("push")).endswith("FAIL")


def test_missing_names_lists_figures_without_a_value() -> None:
    figures = [
        Figure("a", 1.0, "ms", Budget("max", 2)),
        missing("b", "ms", Budget("max", 2), "crashed"),
    ]
    assert missing_names(figures, ["a", "b", "c"]) == ["b", "c"]
