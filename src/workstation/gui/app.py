"""Composition root of the desktop (DESIGN.md section 1): builds the QApplication, the
store, the task runner, the catalogue and the `AppContext`, then walks the officer
through first-run enrolment and login to the main window. Nothing else builds these
objects; everything below gets them through constructors.

`run(datadir)` is ``workstation`` with no subcommand; `run(datadir, demo=...)` is
``workstation demo``: logged in as the demo officer without a login dialog.

Start-up is progressive (`Startup`): the stored language and look are applied and the
main window's shell is painted first, from Qt and a few small modules; only then are
the store (SQLAlchemy), the catalogue, login and the pages imported — the heavy imports
on a start-up thread while the shell is on screen —, the store opened, and the
officer logged in; login gives the shell its context and the queue fills in. Nothing
heavy is imported at this module's top: a test checks which modules a shown shell
needed.
"""

from __future__ import annotations

import datetime
import gc
import importlib
import logging
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from workstation import __version__
from workstation.gui.main_window.window import MainWindow
from workstation.resources import ResourceMissing, resource_path
from workstation.runtime import settings as settings_store
from workstation.runtime.appearance import Appearance
from workstation.runtime.i18n import Translations

if TYPE_CHECKING:
    from pathlib import Path

    from workstation.domain.catalogue import Catalogue
    from workstation.gui.context import AppContext, UserSession
    from workstation.gui.desktop import Shell
    from workstation.gui.settings.desk import Desk
    from workstation.runtime.crash import CrashHandler
    from workstation.runtime.tasks import TaskRunner
    from workstation.security.datakey import PassphraseRequest
    from workstation.store import DataDir, Store

log = logging.getLogger("workstation.gui")
T = TypeVar("T")

ORGANIZATION = "Migration Service"
ORGANIZATION_DOMAIN = "migration.gov.az"
APPLICATION = "Workstation"


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """Log this user in at start-up, without the login dialog (``workstation demo``)."""

    username: str
    password: str


def make_application(argv: Sequence[str] | None = None, *, icon: bool = True) -> QApplication:
    """The QApplication with names for QSettings, and the icon (`set_icon`; start-up sets
    it once the first window is painted: ``icon=False``)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6's default high-DPI rounding is PassThrough (fractional scales kept): not set
    # here, naming ``Qt`` costs tens of ms before the first paint (see sidebar.USER_ROLE)
    app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("workstation")
    if icon:
        set_icon(app)
    return app


def set_icon(app: QApplication) -> None:
    """The application's icon (an SVG: Qt's SVG plugin; `QIcon` builds its enums)."""
    try:
        app.setWindowIcon(QtGui.QIcon(str(resource_path("icons", "workstation.svg"))))
    except ResourceMissing:
        log.warning("the application icon is missing")


def apply_look(app: QApplication, settings: QSettings) -> tuple[Translations, Appearance]:
    """The stored language (its translators) and look (text size, contrast), applied
    before the first window is made."""
    stored = settings_store.load(settings)
    translations = Translations(app)
    translations.apply(stored.language)
    appearance = Appearance(app)
    appearance.apply(stored.font_scale, stored.high_contrast)
    return translations, appearance


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once `widget` has been painted, from the event loop (not inside the
    paint)."""

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is widget and event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                self.deleteLater()
                QTimer.singleShot(0, then)
            return False

    widget.installEventFilter(Painted(widget))


def _warm_up() -> Catalogue:
    """On a start-up thread (`StartupThreads`) while the shell is on screen: import what
    opening the store, logging in and the pages need (SQLAlchemy, the store, login,
    sync, the queue page…), so that the GUI thread finds them loaded; and read the
    catalogue."""
    for name in WARM_MODULES:
        importlib.import_module(name)
    # this year's holidays (a few hundred ms to compute, kept between runs): the queue's
    # due-date colours need them, and the GUI thread would compute them when the queue
    # page is made
    holiday_cache = importlib.import_module("workstation.runtime.holiday_cache")
    cache = importlib.import_module("workstation.runtime.cache")
    holiday_cache.warm_year(datetime.date.today().year, cache.cache_root() / "holidays")
    catalogue: Catalogue = importlib.import_module("workstation.domain.catalogue").load_catalogue()
    return catalogue


WARM_MODULES = (
    "workstation.store",
    "workstation.security.datakey",
    "workstation.gui.desktop",
    "workstation.gui.queue.page",
    "workstation.gui.search.box",
    "workstation.gui.printing.window_actions",
    "workstation.gui.dashboard.window_actions",
)


class _Relay(QObject):
    """Lives on the GUI thread; a start-up thread emits `finished`, Qt queues the call."""

    finished = Signal(object, object, object)  # (done, failed), result, error


class StartupThreads(QObject):
    """Start-up work the officer waits for with nothing else to do — the warm-up
    imports, opening the store — each on a thread of its own at the GUI thread's
    priority. The task runner's workers run niced (`workstation.runtime.tasks`), right
    for work behind a GUI that paints, but here the GUI thread only waits: on a busy
    machine the niced warm-up got less of the CPU than every other program.
    ``done(result)`` or ``failed(exc)`` is called on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._threads: list[threading.Thread] = []

    def run(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        relay = self._relay

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to `failed`, never lost
                relay.finished.emit((done, failed), None, exc)
            else:
                relay.finished.emit((done, failed), result, None)

        thread = threading.Thread(target=work, name="workstation-startup", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _deliver(self, callbacks: Any, result: Any, error: BaseException | None) -> None:
        done, failed = callbacks
        if error is None:
            done(result)
        else:
            failed(error)

    def wait(self, seconds: float = 30.0) -> None:
        """Let the threads end (closing)."""
        for thread in self._threads:
            thread.join(seconds)


class _AskLater(Exception):
    """The data folder wants its passphrase: asked on the GUI thread (a dialog)."""


def _no_asking(_request: PassphraseRequest) -> str | None:
    raise _AskLater


class Startup(QObject):
    """The desktop's progressive start-up, one step at a time on the event loop:

    1. `show`: the stored language and look, then the main window's shell, shown;
    2. once it is painted, on a start-up thread: the heavy imports and the catalogue;
    3. the store opened on a start-up thread (on the GUI thread when the data folder
       needs its passphrase: the dialog); then logs, the crash handler and the
       `AppContext`;
    4. the officer: enrolment and login dialogs (`workstation.gui.desktop.Shell`), the
       demo login, or the one `session` makes taken as logged in (the start-up
       benchmark: its data folder is not enrolled); then
       the window gets its context and the queue fills in (`MainWindow.attach`).

    `open_store` replaces the data key's lookup (keyring, passphrase) by another opener
    (the benchmark's fixed key). ``error`` holds what made start-up give up (the
    application was asked to exit with 1)."""

    def __init__(
        self,
        app: QApplication,
        settings: QSettings,
        folder: DataDir | str | Path | None,
        *,
        demo: DemoLogin | None = None,
        session: Callable[[], UserSession] | None = None,
        open_store: Callable[[DataDir], Store] | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.folder = folder
        self.demo = demo
        self.session = session
        self.opener = open_store
        self._runner: TaskRunner | None = None
        self.window: MainWindow | None = None
        self.desk: Desk | None = None
        self.datadir: DataDir | None = None
        self.store: Store | None = None
        self.ctx: AppContext | None = None
        self.shell: Shell | None = None
        self.crash: CrashHandler | None = None
        self.log_handler: logging.Handler | None = None
        self.catalogue: Catalogue | None = None
        self.error: BaseException | None = None
        self.closing = False
        self._look: tuple[Translations, Appearance] | None = None
        self.threads = StartupThreads(self)

    @property
    def runner(self) -> TaskRunner:
        """The task runner, made after the first paint (`QThreadPool` is not needed
        before)."""
        return self._start_runner()

    def _start_runner(self) -> TaskRunner:
        if self._runner is None:
            tasks = importlib.import_module("workstation.runtime.tasks")
            self._runner = tasks.TaskRunner()
        return self._runner

    def show(self) -> MainWindow:
        """Step 1: the look, then the shell on screen; the other steps follow it."""
        pause_collection()
        self._look = apply_look(self.app, self.settings)
        window = MainWindow(settings=self.settings)
        self.window = window
        after_first_paint(window, self._painted)
        window.show()
        return window

    def _painted(self) -> None:
        # the rest of the shell before the warm-up, not beside it: both would build
        # PySide6's Python enums of Qt's classes, and that is not safe on two threads at
        # once (a crash: the Qt namespace's enums, here and in an import of the warm-up)
        if self.window is not None:
            self.window.finish_shell()
        set_icon(self.app)
        self._start_runner()  # it shortens the GIL's switch interval: the GUI waits less
        self.threads.run(_warm_up, self._warm, self._give_up)

    def _warm(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        if self.closing:
            return
        store_module = importlib.import_module("workstation.store")
        datakey = importlib.import_module("workstation.security.datakey")
        folder = self.folder
        datadir = (
            folder if isinstance(folder, store_module.DataDir) else store_module.DataDir(folder)
        )
        self.datadir = datadir
        opener = self.opener
        if opener is not None:
            self.threads.run(lambda: opener(datadir), self._opened, self._give_up)
            return

        def open_quietly() -> Store:
            store: Store = datakey.open_store(datadir, create=True, ask=_no_asking)
            return store

        self.threads.run(open_quietly, self._opened, self._open_asking)

    def _open_asking(self, exc: BaseException) -> None:
        """The data folder needs its passphrase: open it here, asking in a dialog."""
        if not isinstance(exc, _AskLater):
            self._give_up(exc)
            return
        if self.closing or self.datadir is None:
            return
        resume_collection()  # the officer types the passphrase
        datakey = importlib.import_module("workstation.security.datakey")
        ask = importlib.import_module("workstation.gui.unlock.dialog").ask_passphrase
        try:
            store: Store = datakey.open_store(self.datadir, create=True, ask=ask)
        except Exception as error:
            self._give_up(error)
            return
        self._opened(store)

    def _opened(self, store: Store) -> None:
        self.store = store
        if self.closing or self.datadir is None or self.catalogue is None:
            return
        try:
            self._enter(store, self.datadir, self.catalogue)
        except Exception as exc:
            self._give_up(exc)

    def _enter(self, store: Store, datadir: DataDir, catalogue: Catalogue) -> None:
        assert self.window is not None
        assert self._look is not None
        desktop = importlib.import_module("workstation.gui.desktop")
        context = importlib.import_module("workstation.gui.context")
        logs = importlib.import_module("workstation.runtime.logs")
        crash_module = importlib.import_module("workstation.runtime.crash")
        desk_module = importlib.import_module("workstation.gui.settings.desk")
        self.log_handler = logs.setup(datadir.logs)

        def versions() -> object:
            about = importlib.import_module("workstation.gui.about.versions")
            return about.static_versions(catalogue)

        self.crash = crash_module.CrashHandler(datadir.path / "crash", versions)
        self.crash.install()
        ctx: AppContext = context.AppContext(
            store=store, runner=self.runner, catalogue=catalogue, events=context.Events()
        )
        self.ctx = ctx
        translations, appearance = self._look
        self.desk = desk_module.Desk(ctx, self.settings, translations, appearance, self.app)
        self.desk.start()
        self.shell = desktop.Shell(
            ctx, self.settings, demo=self.demo, desk=self.desk, window=self.window
        )
        if self.session is not None:
            self.shell.enter(self.session())
        else:
            self.shell.start()
        if not self.window.is_attached():  # enrolment or login first: the officer types
            resume_collection()
        startup_dialogs = importlib.import_module("workstation.gui.logs.startup")
        startup_dialogs.show_crash_reports(ctx, datadir.path / "crash")

    def _give_up(self, exc: BaseException) -> None:
        log.error("start-up failed", exc_info=exc)
        self.error = exc
        resume_collection()
        QCoreApplication.exit(1)

    def close(self) -> None:
        """Stop sync, let the tasks end, close the store; the crash handler and the log
        file go last."""
        self.closing = True
        if self.shell is not None:
            self.shell.sync.stop()
            self.shell.idle_lock.stop()
        self.threads.wait()
        if self._runner is not None:
            self._runner.wait_idle()
        resume_collection()
        QCoreApplication.processEvents()
        if self.store is not None:
            self.store.close()
        if self.crash is not None:
            self.crash.uninstall()
        if self.log_handler is not None:
            importlib.import_module("workstation.runtime.logs").teardown(self.log_handler)


def __getattr__(name: str) -> object:
    """`Shell` lives in `workstation.gui.desktop` (imported once the shell is painted)."""
    if name == "Shell":
        return importlib.import_module("workstation.gui.desktop").Shell
    raise AttributeError(name)


_collection = {"paused": False}


def pause_collection() -> None:
    """No cyclic garbage collection while start-up runs (`Startup.show`), until the
    window has its context (`freeze_startup_objects`) or start-up waits for the officer
    (a dialog): the warm-up's imports and the first screens make hundreds of thousands
    of objects that live as long as the program, and the collector walked them again
    and again (~60 ms of the warm-up's CPU, one tenth) for next to no garbage (a few
    hundred objects a run)."""
    if gc.isenabled():
        gc.disable()
        _collection["paused"] = True


def resume_collection() -> None:
    """The collector as before `pause_collection` (once; nothing when it did not pause)."""
    if _collection["paused"]:
        _collection["paused"] = False
        gc.enable()


def freeze_startup_objects() -> None:
    """Move what start-up made (modules, catalogue, widgets: hundreds of thousands of
    objects that live as long as the program) out of the cyclic collector's reach, and
    let it run again (`pause_collection`). A full collection walked them all: a pause
    of ~110 ms in the middle of scrolling a queue (gui_bench). Reference counting still
    frees everything that is dropped; no collection first (it would be that pause, at
    start-up): start-up's few cycles stay."""
    gc.freeze()
    resume_collection()


def stop_on_signals() -> None:
    """Ctrl+C and SIGTERM close the application cleanly (the store is closed, the data
    folder released). Python runs signal handlers only between bytecodes: a timer gives
    it the chance while Qt's event loop waits."""

    def stop(_signum: int, _frame: FrameType | None) -> None:
        QCoreApplication.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    timer = QTimer(QCoreApplication.instance())
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run(
    datadir: DataDir | str | Path | None,
    *,
    demo: DemoLogin | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    """Open the desktop on the data folder; returns the exit code. What made start-up
    give up (the data folder locked, a wrong passphrase…) is raised once the event loop
    has ended."""
    app = make_application(argv, icon=False)  # set once the shell is painted
    startup = Startup(app, QSettings(), datadir, demo=demo)
    startup.show()
    stop_on_signals()
    try:
        code = app.exec()
    finally:
        startup.close()
    if startup.error is not None:
        raise startup.error
    return int(code)
