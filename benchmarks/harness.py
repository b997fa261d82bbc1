"""Figures against their budgets: the rows `benchmarks/run.py` prints and writes as JSON.

A `Budget` is an absolute limit (``max``: the value may not exceed it; ``min``: it may
not fall below it) and, where the issue measures against a floor taken in the same run,
a ratio to that floor (``max``: value <= ratio x floor; ``min``: value >= ratio x floor).
A figure passes when every part of its budget holds; a figure without a value (its
benchmark crashed) or whose floor is missing fails. Pure code: no benchmark runs here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Direction = Literal["max", "min"]
KEYS = ("name", "value", "unit", "budget", "floor", "ratio", "pass", "note")


@dataclass(frozen=True, slots=True)
class Budget:
    direction: Direction
    limit: float | None = None
    floor_ratio: float | None = None

    def text(self, unit: str) -> str:
        sign = "≤" if self.direction == "max" else "≥"
        parts = []
        if self.limit is not None:
            parts.append(f"{sign} {_number(self.limit)} {unit}".rstrip())
        if self.floor_ratio is not None:
            parts.append(f"{sign} {_number(self.floor_ratio)} × floor")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float | None
    unit: str
    budget: Budget
    floor: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.floor is None or self.floor == 0:
            return None
        return self.value / self.floor

    @property
    def passed(self) -> bool:
        if self.value is None or math.isnan(self.value):
            return False
        budget = self.budget
        ok = True
        if budget.limit is not None:
            ok &= _holds(budget.direction, self.value, budget.limit)
        if budget.floor_ratio is not None:
            ratio = self.ratio
            ok &= ratio is not None and _holds(budget.direction, ratio, budget.floor_ratio)
        return ok

    def row(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": None if self.value is None else round(self.value, 3),
            "unit": self.unit,
            "budget": self.budget.text(self.unit),
            "floor": None if self.floor is None else round(self.floor, 3),
            "ratio": None if ratio is None else round(ratio, 3),
            "pass": self.passed,
            "note": self.note,
        }


def _holds(direction: Direction, value: float, limit: float) -> bool:
    return value <= limit if direction == "max" else value >= limit


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if value == int(value) and abs(value) >= 1:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def missing(name: str, unit: str, budget: Budget, reason: str) -> Figure:
    """The row of a figure whose benchmark did not deliver it."""
    return Figure(name, None, unit, budget, note=f"MISSING: {reason}")


HEADER = ("figure", "value", "unit", "budget", "floor", "ratio", "result")


def table(figures: Sequence[Figure]) -> str:
    """One line per figure, columns aligned, pass/FAIL last (notes on their own lines
    under the figure, indented)."""
    lines = [
        (
            f.name,
            _number(f.value),
            f.unit,
            f.budget.text(f.unit),
            _number(f.floor),
            "—" if f.ratio is None else f"{f.ratio:.2f}",
            "pass" if f.passed else "FAIL",
        )
        for f in figures
    ]
    widths = [max(len(c) for c in column) for column in zip(HEADER, *lines, strict=False)]
    out = []
    for i, cells in enumerate([HEADER, *lines]):
        out.append(
            "  ".join(
                c.rjust(w) if j in {1, 4, 5} else c.ljust(w)
                for j, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )
        if i > 0 and figures[i - 1].note:
            out.append(f"    {figures[i - 1].note}")
    return "\n".join(out)


def write_json(figures: Iterable[Figure], path: Path) -> None:
    path.write_text(json.dumps([f.row() for f in figures], indent=2, ensure_ascii=False) + "\n")


def missing_names(figures: Iterable[Figure], expected: Iterable[str]) -> list[str]:
    """Expected figures that have no row or no value (a benchmark crashed or skipped)."""
    have = {f.name for f in figures if f.value is not None}
    return [name for name in expected if name not in have]
