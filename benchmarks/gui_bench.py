"""Responsiveness of the desktop shell over a big local database (prints, never asserts).

    python benchmarks/gui_bench.py [--count 1000000] [--data-dir CACHE] [--build-only]
                                   [--sync-apps 3000] [--json OUT]

The data folder of ``--count`` generated applications is built once (generator + bulk
import, ~10 min for a million) into ``--data-dir`` and reused when present; its outbox
is then marked as sent (a workstation that big got its data by syncing, not by typing).

Measured, on the offscreen platform, with the real widgets and task runner:
  - opening: `Store.open`, then the main window until the first lines of the "Received"
    queue show, and until the queue's whole order is known (exact row count);
  - switching to the biggest queue ("Decided") and sorting it by applicant: first lines;
  - search: the search box from the query to its drop-down of matches (several queries);
  - the longest event-loop stall (a 5 ms QTimer, the largest gap between its ticks)
    while the queue is dragged to its bottom and the bottom lines arrive, and while a
    sync round pulls ``--sync-apps`` applications from a real server process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from benchstore import open_error, open_store, raw_connect
from workstation.domain.catalogue import load_catalogue
from workstation.domain.interchange import Batch
from workstation.domain.model import Role
from workstation.gui.app import freeze_startup_objects
from workstation.gui.context import AppContext, Events, UserSession
from workstation.gui.main_window.window import MainWindow
from workstation.gui.queue.model import COLUMNS, QueueModel
from workstation.gui.sync_status.controller import PULL_LIMIT, SyncController
from workstation.runtime.tasks import TaskRunner
from workstation.samples.generator import generate, iter_chunks
from workstation.server import admin, seeding
from workstation.server.db import Database, migrate, open_engine
from workstation.store import Actor, SortKey, Store
from workstation.store.syncmeta import CENTER_CODE_KEY, SERVER_URL_KEY, WORKSTATION_ID_KEY, put_meta
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials

TODAY = dt.date(2026, 11, 27)
WORKSTATION = "WS-BENCH-01"
ACTOR = Actor("seed", WORKSTATION)
READY = ".bench-ready"


def build(folder: Path, count: int) -> None:
    """The cached data folder of `count` applications (made when missing or unfinished).
    A finished folder that does not open (a tree older than the folder's migrations, say)
    is an error, not deleted: building it again can take most of an hour."""
    marker = folder / READY
    if marker.exists() and marker.read_text().strip() == str(count):
        error = open_error(folder)
        if error is None:
            return
        raise RuntimeError(
            f"The benchmark data folder {folder} was built but does not open with this "
            f"tree: {error!r}. Delete it to build it again."
        )
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    catalogue = load_catalogue()
    with open_store(folder, create=True) as store:
        data = generate(count, 1, catalogue, today=TODAY)
        done = 0
        for chunk in iter_chunks(data, 50_000):
            with store.unit_of_work(ACTOR) as uow:
                uow.add_many(chunk.persons, chunk.applications)
            done += len(chunk.applications)
            print(f"  imported {done:,}", file=sys.stderr, flush=True)
    marker.write_text(str(count))
    print(f"built {count:,} applications in {time.perf_counter() - started:.0f} s", flush=True)


def mark_synced(folder: Path) -> None:
    """The outbox as sent and the applications as synced (once; plain SQL on the cache)."""
    marker = folder / ".bench-synced"
    if marker.exists():
        return
    with raw_connect(folder / "workstation.sqlite3") as db:
        db.execute("UPDATE outbox SET state = 'applied' WHERE state = 'pending'")
        db.execute("UPDATE applications SET sync_state = 'synced'")
    marker.write_text("yes")


# --- measuring ------------------------------------------------------------------------


class StallMeter(QObject):
    """A 5 ms timer on the GUI thread; the longest gap between two ticks is the longest
    time the event loop could not run (a stall the officer would feel)."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0
        self.longest = 0
        self.ticked = time.perf_counter()
        self.phase = ""
        self.active = False
        self.over = 0  # gaps over 50 ms
        self.cpu = 0.0  # the GUI thread's CPU seconds at start

    def _tick(self) -> None:
        now = self.clock.elapsed()
        gap = now - self.last
        self.longest = max(self.longest, gap)
        if gap > 50:
            self.over += 1
        self.last = now
        self.ticked = time.perf_counter()

    def start(self, phase: str = "") -> None:
        self.phase = phase
        self.active = True
        self.ticked = time.perf_counter()
        self.over = 0
        self.cpu = time.thread_time()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer.start()

    def stop(self) -> int:
        self.active = False
        self._tick()
        self.cpu = time.thread_time() - self.cpu
        self.timer.stop()
        return self.longest


class StallTracer(threading.Thread):
    """``--trace-stalls``: a watchdog thread that, while the GUI thread's 5 ms timer has
    not ticked for `threshold` seconds, samples every thread's stack (what the GUI thread
    is doing, or which worker held the GIL: the watchdog itself then wakes late)."""

    def __init__(self, meter: StallMeter, out: Path, threshold: float = 0.03) -> None:
        super().__init__(daemon=True, name="stall-tracer")
        self.meter = meter
        self.out = out
        self.threshold = threshold
        self.gui = threading.get_ident()
        self.samples: list[str] = []
        self.running = True

    def stop(self) -> None:
        self.running = False
        self.join()
        self.out.write_text("\n".join(self.samples), encoding="utf-8")

    def run(self) -> None:
        while self.running:
            before = time.perf_counter()
            time.sleep(0.005)
            now = time.perf_counter()
            late = now - before - 0.005
            age = now - self.meter.ticked
            if age < self.threshold or not self.meter.active:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            lines = [
                f"=== {self.meter.phase} t={now:.3f} gui stale {age * 1000:.0f} ms,"
                f" watchdog late {late * 1000:.0f} ms"
            ]
            for ident, frame in sys._current_frames().items():
                if ident == threading.get_ident():
                    continue
                who = "GUI" if ident == self.gui else names.get(ident, str(ident))
                stack = traceback.extract_stack(frame)[-8:]
                lines.append(f"  -- {who}")
                lines += [f"     {f.filename.split('src/')[-1]}:{f.lineno} {f.name}" for f in stack]
            self.samples.append("\n".join(lines))


def wait_until(condition: Callable[[], bool], seconds: float = 600) -> float:
    """Run the event loop until `condition`; the seconds it took."""
    started = time.perf_counter()
    deadline = started + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the condition did not come true in time")
        QCoreApplication.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def pump(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.001)


FIGURES: dict[str, float] = {}  # every reported figure, by name (for --json)


def report(name: str, value: float, unit: str = "ms", note: str = "") -> None:
    FIGURES[name.strip()] = value
    shown = f"{value:,.0f}" if unit != "s" else f"{value:.2f}"
    print(f"{name:<62} {shown:>10} {unit:<3} {note}", flush=True)


# --- a real server for the sync round -----------------------------------------------

CENTER = "SUM1"  # not the cached data's center: its numbers must not collide
PASSWORD = "bench-password-1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(folder: Path, applications: int) -> Iterator[str]:
    url = f"sqlite:///{folder / 'server.sqlite3'}"
    engine = open_engine(url)
    migrate(engine)
    engine.dispose()
    db = Database.open(url)
    try:
        admin.create_center(db, CENTER, "Bench center")
        admin.create_user(db, "officer", role="officer", center=CENTER, password=PASSWORD)
        data = generate(applications, 99, load_catalogue(), center=CENTER, today=TODAY)
        seeding.import_batch(db, CENTER, Batch(data.persons, data.applications))
    finally:
        db.dispose()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "workstation", "server", "--database", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(30)


def enrol(store: Store, base: str, db_url: str) -> tuple[ApiClient, Credentials, str]:
    """Enrol the cached folder with this run's server (its sync bookkeeping reset)."""
    db = Database.open(db_url)
    code = admin.enrol_code(db, CENTER)
    db.dispose()
    api = ApiClient(base)
    answer = api.enrol(code, "bench")
    with store.unit_of_work(Actor("bench", answer.workstation_id)) as uow:
        uow.session.execute(text("DELETE FROM meta WHERE key LIKE 'sync.%'"))
        put_meta(uow.session, WORKSTATION_ID_KEY, answer.workstation_id)
        put_meta(uow.session, CENTER_CODE_KEY, CENTER)
        put_meta(uow.session, SERVER_URL_KEY, base)
    creds = Credentials(base, answer.workstation_id, "officer")
    creds.keep_in_memory(api.login("officer", PASSWORD, answer.workstation_id).refresh_token)
    return api, creds, answer.workstation_id


# --- the run --------------------------------------------------------------------------

SEARCHES = ("mammad", "gunay", "aliyev ramil", "smirnov", "BAK1-2026-00012", "zzzz-nobody")


def measure(
    folder: Path,
    sync_apps: int,
    pull_limit: int,
    trace: Path | None = None,
    *,
    searches: bool = True,
) -> None:
    QApplication.instance() or QApplication([])
    started = time.perf_counter()
    store = open_store(folder)
    report("Store.open (migrations checked)", (time.perf_counter() - started) * 1000)
    runner = TaskRunner()
    session = UserSession("officer", "Bench Officer", Role.OFFICER, "WS-BENCH-01", CENTER)
    ctx = AppContext(
        store, runner, load_catalogue(), Events(), session=session, today=lambda: TODAY
    )
    meter = StallMeter()
    tracer = StallTracer(meter, trace) if trace else None
    if tracer:
        tracer.start()
    try:
        meter.start("opening")
        started = time.perf_counter()
        window = MainWindow(ctx, SyncController(ctx, pull_limit=pull_limit))
        window.resize(1280, 800)
        window.show()
        freeze_startup_objects()  # as the application does once its window is up
        report(
            "  building and showing the window (GUI thread)", (time.perf_counter() - started) * 1000
        )
        window.sidebar.select("received")
        model = window.queue_page.model
        shown: list[float] = []
        model.first_rows.connect(lambda: shown.append(time.perf_counter()))
        wait_until(lambda: bool(shown))
        report("open window -> first lines of 'Received'", (shown[0] - started) * 1000)
        wait_until(lambda: model.complete)
        report(
            "open window -> whole order of 'Received' known",
            (time.perf_counter() - started) * 1000,
            note=f"({model.rowCount():,} rows)",
        )
        wait_until(lambda: runner.pending == 0)
        report("  longest stall while opening", meter.stop())

        for key, label in (("decided", "'Decided'"), ("print", "'Ready to print'")):
            meter.start("switch")
            shown.clear()
            started = time.perf_counter()
            window.sidebar.select(key)
            wait_until(lambda: bool(shown))
            first = (shown[0] - started) * 1000
            wait_until(lambda: model.complete)
            whole = (time.perf_counter() - started) * 1000
            report(f"switch to {label} -> first lines", first)
            report(f"switch to {label} -> whole order", whole, note=f"({model.rowCount():,} rows)")
            report("  longest stall", meter.stop())

        column = next(i for i, c in enumerate(COLUMNS) if c.sort == SortKey.APPLICANT)
        meter.start("sort")
        shown.clear()
        started = time.perf_counter()
        window.queue_page.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.AscendingOrder
        )
        wait_until(lambda: bool(shown))
        report("sort 'Ready to print' by applicant -> first lines", (shown[0] - started) * 1000)
        wait_until(lambda: model.complete)
        report("  longest stall", meter.stop())

        window.sidebar.select("decided")
        wait_until(lambda: model.complete and runner.pending == 0)
        scroll(window, model, meter)
        if searches:
            search(window, runner)
        if sync_apps:
            sync_round(window, ctx, store, meter, sync_apps)
        window.close()
    finally:
        if tracer:
            tracer.stop()
        runner.wait_idle()
        QCoreApplication.processEvents()
        store.close()


def scroll(window: MainWindow, model: QueueModel, meter: StallMeter) -> None:
    table = window.queue_page.table
    bar = table.verticalScrollBar()
    meter.start("scroll")
    started = time.perf_counter()
    steps = 60
    for step in range(1, steps + 1):  # dragging the scroll bar down, 60 moves in ~2 s
        bar.setValue(bar.maximum() * step // steps)
        pump(0.03)
    last = model.rowCount() - 1
    wait_until(lambda: model._cache.get(model._keys[last]) is not None)
    elapsed = time.perf_counter() - started
    report("drag 'Decided' to the bottom (60 moves) -> last line shown", elapsed, "s")
    report("  longest stall while scrolling", meter.stop(), note=f"({model.rowCount():,} rows)")
    report("  stalls over 50 ms while scrolling", meter.over, "")
    report("  GUI thread CPU while scrolling", meter.cpu * 1000)
    meter.start("jump")
    started = time.perf_counter()
    bar.setValue(bar.maximum() // 2)
    middle = table.rowAt(table.viewport().height() // 2)
    wait_until(lambda: model._cache.get(model._keys[middle]) is not None)
    report("jump to the middle -> lines shown", (time.perf_counter() - started) * 1000)
    report("  longest stall", meter.stop())


def search(window: MainWindow, runner: TaskRunner) -> None:
    box = window.search
    answers: list[int] = []
    box.results_shown.connect(answers.append)
    times: list[float] = []
    for query in SEARCHES:
        runs = []
        for _ in range(3):
            answers.clear()
            box.setText(query)
            started = time.perf_counter()
            box.search_now()
            wait_until(lambda: bool(answers), 60)
            runs.append((time.perf_counter() - started) * 1000)
        times.append(statistics.median(runs))
        report(
            f"search {query!r} -> drop-down (median of 3)", times[-1], note=f"({answers[0]} shown)"
        )
    box.completer_.popup().hide()  # type: ignore[union-attr]
    report("search latency, worst median", max(times))


def sync_round(
    window: MainWindow, ctx: AppContext, store: Store, meter: StallMeter, count: int
) -> None:
    with (
        tempfile.TemporaryDirectory(prefix="gui-bench-server-") as tmp,
        server(Path(tmp), count) as base,
    ):
        api, creds, workstation = enrol(store, base, f"sqlite:///{Path(tmp) / 'server.sqlite3'}")
        assert window.sync is not None
        ctx.session = UserSession("officer", "Bench Officer", Role.OFFICER, workstation, CENTER)
        sync = window.sync
        finished: list[object] = []
        sync.finished.connect(finished.append)
        meter.start("sync")
        started = time.perf_counter()
        sync.start(api, creds)
        # scroll a little meanwhile, as an officer would
        bar = window.queue_page.table.verticalScrollBar()
        while not finished:
            bar.setValue((bar.value() + 5000) % max(bar.maximum(), 1))
            pump(0.05)
        elapsed = time.perf_counter() - started
        result = finished[0]
        pulled = getattr(result, "pulled", 0)
        report(
            f"sync round pulling {count:,} applications",
            elapsed,
            "s",
            note=f"(pulled {pulled:,} records: {result!r:.60})",
        )
        wait_until(lambda: ctx.runner.pending == 0)
        report("  longest stall while syncing (and scrolling)", meter.stop())
        report("  stalls over 50 ms while syncing", meter.over, "")
        report("  GUI thread CPU while syncing", meter.cpu * 1000)
        sync.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--sync-apps", type=int, default=3000, help="0: no sync round")
    parser.add_argument("--pull-limit", type=int, default=PULL_LIMIT, help="changes a pull page")
    parser.add_argument("--json", metavar="OUT", help="also write {figure: value} as JSON")
    parser.add_argument("--no-search", action="store_true", help="skip the search figures")
    parser.add_argument(
        "--trace-stalls", type=Path, metavar="OUT", help="write every thread's stack during stalls"
    )
    args = parser.parse_args(argv)
    folder = args.data_dir or Path(f".bench-data/gui-{args.count}")
    build(folder, args.count)
    mark_synced(folder)
    if args.build_only:
        return 0
    print(f"data folder {folder}: {args.count:,} applications", flush=True)
    measure(folder, args.sync_apps, args.pull_limit, args.trace_stalls, searches=not args.no_search)
    if args.json:
        Path(args.json).write_text(json.dumps(FIGURES, indent=2), encoding="utf-8")
    sys.stdout.flush()
    # PySide6 may crash while the interpreter tears down thousands of Qt objects; the
    # figures are printed: leave at once.
    os._exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
