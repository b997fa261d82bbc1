"""How much a thread making many short SQLite calls slows down beside a busy Python thread.

    python benchmarks/gil_convoy.py [--rows 200000] [--batch 100]

The pull's writing thread and its fetching thread share one process, and so one GIL. A
SQLite call lets the GIL go while SQLite works; taking it back waits for the other
thread to give it up (at the next switch interval). With many short calls that waiting
is most of the time: the threads run one after the other, not side by side. This prints
the time of a writer's work (short ``executemany`` calls, then a fetch row by row), alone
and beside a thread running Python, at the interpreter's default switch interval and at
the task runner's (`runtime.tasks.GIL_SWITCH_SECONDS`). Figures only: asserts nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import threading
import time


def _busy(stop: threading.Event) -> None:
    total = 0
    while not stop.is_set():
        for i in range(1000):
            total += i


def _work(db: sqlite3.Connection, rows: list[tuple[int, str]], batch: int) -> float:
    db.execute("DELETE FROM t")
    started = time.perf_counter()
    for start in range(0, len(rows), batch):
        db.executemany("INSERT INTO t VALUES (?, ?)", rows[start : start + batch])
    for _row in db.execute("SELECT a, b FROM t"):
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the GIL convoy of short SQLite calls")
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args(argv)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)")
    rows = [(i, "x" * 50) for i in range(args.rows)]
    default = sys.getswitchinterval()
    for interval in (default, 0.0005):
        sys.setswitchinterval(interval)
        alone = _work(db, rows, args.batch)
        stop = threading.Event()
        busy = threading.Thread(target=_busy, args=(stop,))
        busy.start()
        try:
            beside = _work(db, rows, args.batch)
        finally:
            stop.set()
            busy.join()
        print(
            f"switch interval {interval * 1000:4.1f} ms: alone {alone:6.2f} s, "
            f"beside a busy Python thread {beside:6.2f} s ({beside / alone:4.1f} x)",
            flush=True,
        )
    sys.setswitchinterval(default)
    return 0


if __name__ == "__main__":
    sys.exit(main())
