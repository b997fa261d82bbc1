"""Desktop figures for `benchmarks/run.py`, each from fresh processes on the cached data
folder of `gui_bench` (built once per size):

  - start-up to main window painted, against a bare PySide6 ``QMainWindow`` painted
    from a fresh process (the floor), alternated in the same run; medians of warm runs;
  - start-up to the first queue lines painted (warm);
  - resident memory once the opening queue's whole order is loaded;
  - the longest event-loop stall while the big queue is scrolled during a sync round
    against a real server process (`gui_bench` in a subprocess).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
STALL_FIGURE = "longest stall while syncing (and scrolling)"


@dataclass(frozen=True, slots=True)
class Startup:
    bare_s: float
    shown_s: float
    rows_s: float
    rss_mb: float
    runs: int
    bare_cpu_s: float  # CPU seconds of the whole process (the machine may be busy)
    app_cpu_s: float


def build_folder(cache: Path, count: int) -> Path:
    """The cached desktop data folder of `count` applications (built when missing, in a
    subprocess: the build holds gigabytes for a million)."""
    folder = cache / f"gui-{count}"
    subprocess.run(
        [
            sys.executable,
            str(HERE / "gui_bench.py"),
            "--count",
            str(count),
            "--data-dir",
            str(folder),
            "--build-only",
        ],
        check=True,
    )
    return folder


def _child(args: list[str]) -> dict[str, float]:
    """Run a start-up child; the seconds from spawning it to each word it printed (and
    the value printed with ``rss``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # an installed program starts from compiled bytecode: let the cold run write it
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "startup_child.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word, _, value = line.strip().partition(" ")
        seen[word] = float(value) if value else time.perf_counter() - started
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seen["cpu"] = usage.ru_utime + usage.ru_stime  # the child's CPU seconds, in all
    if process.returncode != 0 or "timeout" in seen:
        raise RuntimeError(f"start-up child {args} failed: exit {process.returncode}, {seen}")
    return seen


def startup(folder: Path, runs: int) -> Startup:
    """One cold run of the desktop to warm the caches (dropped), then `runs` alternating
    pairs of bare window and desktop: the medians."""
    _child(["app", str(folder)])
    bare, shown, rows, rss, bare_cpu, app_cpu = [], [], [], [], [], []
    for _ in range(runs):
        floor = _child(["bare"])
        bare.append(floor["shown"])
        bare_cpu.append(floor["cpu"])
        seen = _child(["app", str(folder)])
        app_cpu.append(seen["cpu"])
        shown.append(seen["shown"])
        rows.append(seen["rows"])
        rss.append(seen["rss"] / 1024)
    return Startup(
        statistics.median(bare),
        statistics.median(shown),
        statistics.median(rows),
        max(rss),
        runs,
        statistics.median(bare_cpu),
        statistics.median(app_cpu),
    )


def stall_during_sync(folder: Path, count: int, sync_apps: int) -> float:
    """The longest event-loop stall (ms) while the biggest queue is scrolled during a sync
    round pulling `sync_apps` applications (gui_bench, whole, in a fresh process)."""
    with tempfile.TemporaryDirectory(prefix="ws-run-gui-") as tmp:
        out = Path(tmp) / "gui.json"
        subprocess.run(
            [
                sys.executable,
                str(HERE / "gui_bench.py"),
                "--count",
                str(count),
                "--data-dir",
                str(folder),
                "--sync-apps",
                str(sync_apps),
                "--json",
                str(out),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        figures = json.loads(out.read_text(encoding="utf-8"))
    return float(figures[STALL_FIGURE])
