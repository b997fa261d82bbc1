"""``workstation --self-test``: does this installation work? For the IT staff of a service
center after installing a bundle, and for CI on the bundle it builds.

On a temporary data folder (the officer's own is never touched) it checks the shipped
resources (catalogue, Designer forms, fonts, translations), the Qt platform plugins,
the local database (created, migrated, filled with a few generated applications and
read back), a card rendered to PDF and rasterised, a child process started to prepare
a pull's page (as a large pull does), and the main window opened
offscreen over that data. Each check prints one line; the first failure raises
`SelfTestFailed` naming the check (the command turns it into its one-line reason).
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import orjson
from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QIODevice,
    QLibraryInfo,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication

from workstation.domain.catalogue import Catalogue, Service, load_catalogue
from workstation.domain.ids import new_id
from workstation.domain.model import Application, Permit, Person, Role, Status
from workstation.domain.permits import NoCard, card_service, validity
from workstation.domain.seal import endorse, raw_public_key
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.resources import resource_path, ui_dir
from workstation.samples.generator import generate
from workstation.store import Actor, DataDir, Store, seal_keys
from workstation.sync.pull_process import PageProcess

APPLICATIONS = 40  # generated into the temporary data folder
FONTS = {"DejaVuSans.ttf": "DejaVu Sans", "DejaVuSans-Bold.ttf": "DejaVu Sans", "OCRB.ttf": "OCR"}
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}  # else xcb (Linux)
WAIT_SECONDS = 60.0

Say = Callable[[str], None]


class SelfTestFailed(RuntimeError):
    """One check failed; the message names it and says why."""


def _check(ok: object, what: str) -> None:
    if not ok:
        raise SelfTestFailed(what)


def _wait(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"{what}: nothing after {WAIT_SECONDS:.0f} s")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def check_platform(app: QApplication, say: Say) -> None:
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = NATIVE_PLATFORM.get(sys.platform, "qxcb")
    found = sorted(p.name for p in (plugins / "platforms").glob(f"*{native}*"))
    _check(found, f"Qt platform plugin {native} missing in {plugins / 'platforms'}")
    svg = list((plugins / "imageformats").glob("*qsvg*"))
    _check(svg, f"Qt SVG image plugin missing in {plugins / 'imageformats'} (window icon)")
    say(f"Qt {QLibraryInfo.version().toString()}: platform {app.platformName()}, {found[0]}")


def check_catalogue(say: Say) -> Catalogue:
    catalogue = load_catalogue()
    _check(catalogue.services, "the service catalogue has no services")
    say(f"catalogue: {len(catalogue.services)} services")
    return catalogue


def check_ui_forms(say: Say) -> None:
    forms = sorted(ui_dir().glob("*.ui"))
    _check(forms, f"no Designer forms in {ui_dir()}")
    loader = QUiLoader()
    for form in forms:
        file = QFile(str(form))
        _check(file.open(QIODevice.OpenModeFlag.ReadOnly), f"cannot read {form}")
        try:
            with QT_MESSAGES.capture() as said:
                widget = loader.load(file, None)
        except RuntimeError:
            widget = None
        finally:
            file.close()
        reason = said[-1] if said else loader.errorString()
        if widget is None:
            raise SelfTestFailed(f"{form.name} does not load: {reason}")
        widget.deleteLater()
    say(f"Designer forms: {len(forms)} loaded ({ui_dir()})")


def check_fonts(say: Say) -> None:
    families: set[str] = set()
    for name, family in FONTS.items():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        _check(font_id >= 0, f"font {name} does not load")
        loaded = QFontDatabase.applicationFontFamilies(font_id)
        _check(any(f.startswith(family) for f in loaded), f"font {name} is {loaded}, not {family}")
        families.update(loaded)
    say(f"fonts: {', '.join(sorted(families))}")


def check_translations(say: Say, cache: Path) -> None:
    from workstation.runtime import i18n  # noqa: PLC0415 - compiles with lrelease if needed

    done = []
    for language in i18n.LANGUAGES:
        try:
            source = i18n.ts_path(language)
        except FileNotFoundError:
            continue  # a language whose translation is not shipped: nothing to check
        try:
            qm = i18n.compiled_qm(language, cache)
        except (i18n.TranslationError, OSError) as exc:
            raise SelfTestFailed(f"translation {source.name}: {exc}") from exc
        translator = QTranslator()
        _check(translator.load(str(qm)), f"translation {qm} does not load")
        _check(not translator.isEmpty(), f"translation {qm} is empty")
        done.append(f"{language} ({qm.parent.name}/{qm.name})")
    say(f"translations: {', '.join(done) or 'none shipped'}")


def _open_store(folder: DataDir) -> Store:
    """The temporary folder's store. With encryption at rest the store takes a data key:
    a random one here (the folder is thrown away), never the keyring's."""
    opener: Callable[..., Store] = Store.open
    if "key" in inspect.signature(Store.open).parameters:
        return opener(folder, key=secrets.token_bytes(32), create=True)
    return opener(folder, create=True)


def fill_database(
    folder: DataDir, catalogue: Catalogue, say: Say
) -> tuple[Store, list[Application]]:
    store = _open_store(folder)
    data = generate(APPLICATIONS, 1, catalogue, today=dt.date.today())
    try:
        with store.unit_of_work(Actor("self-test", "SELF-TEST")) as uow:
            uow.add_many(data.persons, data.applications)
        with store.read() as repos:
            stored = [repos.applications.get(a.id) for a in data.applications]
    except BaseException:
        store.close()
        raise
    _check(
        [a.number for a in stored] == [a.number for a in data.applications],
        "the database did not give back what was written",
    )
    say(f"database: {folder.database} created, migrated, {len(stored)} applications")
    return store, stored


def check_pull_process(store: Store, apps: list[Application], say: Say) -> None:
    """A large pull's pages are read in a child process (`sync.pull_process`): one starts
    from this installation (a frozen bundle starts itself again) and prepares a page."""
    with store.read() as repos:
        persons = {a.person_id: repos.persons.get(a.person_id) for a in apps}
    records = [("person", p.id, person_to_dict(p)) for p in persons.values()]
    records += [("application", a.id, application_to_dict(a)) for a in apps]
    changes = [
        {"seq": seq, "entity": entity, "entity_id": id_, "version": 1, "data": data}
        for seq, (entity, id_, data) in enumerate(records, 1)
    ]
    body = orjson.dumps(
        {"changes": changes, "cursor": len(changes), "has_more": False, "epoch": "self-test"}
    )
    child = PageProcess()
    try:
        page, prepared = child.take(child.prepare(body))
    finally:
        child.close()
    made = [got for _, _, _, got in prepared.values() if not isinstance(got, Exception)]
    _check(
        len(page.changes) == len(changes) and len(made) == len(changes),
        f"the pull's child process prepared {len(made)} of {len(changes)} records",
    )
    say(f"pull process: a child prepared a page of {len(changes)} records")


def _card_job(store: Store, apps: list[Application]) -> _CardJob:
    """A card for the first approved application whose service prints one (with a
    number outside any lease: nothing is taken)."""
    today = dt.date.today()
    for app in apps:
        if app.status is not Status.APPROVED:
            continue
        try:
            service = card_service(store.catalogue.service(app.service_code))
            with store.read() as repos:
                person = repos.persons.get(app.person_id)
            start, until = validity(service, app, person, today)
        except NoCard:
            continue
        number = f"{service.result.series_prefix}0000001"
        card_type = str(service.result.card_type)
        permit = Permit(new_id(), app.id, number, card_type, start, until)
        return _CardJob(permit, app, person, service, app.center_code)
    raise SelfTestFailed("no approved application with a card among the generated ones")


def check_card(store: Store, apps: list[Application], say: Say) -> None:
    from workstation.gui.printing.raster import render_pages  # noqa: PLC0415 - pypdfium2
    from workstation.printing.documents import card_pdf  # noqa: PLC0415 - ReportLab

    job = _card_job(store, apps)
    # a throwaway key endorsed by a throwaway root: this card never verifies anywhere
    key, root = seal_keys.new_key(), seal_keys.new_key()
    start, until = job.permit.valid_from, job.permit.valid_until
    endorsement = endorse(root, raw_public_key(key.public_key()), job.issued_by, start, until)
    pdf = card_pdf(job, key, endorsement)
    _check(pdf.startswith(b"%PDF-"), "the card renderer made no PDF")
    pages = render_pages(pdf, 150)
    _check(len(pages) == 2, f"the card PDF has {len(pages)} pages, not 2 (front, back)")
    _check(all(not p.isNull() and p.width() > 400 for p in pages), "card pages do not render")
    number = job.permit.card_number
    say(f"card PDF: {number} ({job.app.service_code}), {len(pdf)} bytes, 2 pages rasterised")


@dataclass(frozen=True, slots=True)
class _CardJob:
    """What `printing.documents.card_pdf` reads (the shape of store.cards.CardJob)."""

    permit: Permit
    app: Application
    person: Person
    service: Service
    issued_by: str
    photo: bytes | None = None


def check_main_window(store: Store, apps: list[Application], folder: Path, say: Say) -> None:
    from workstation.gui.context import AppContext, Events, UserSession  # noqa: PLC0415
    from workstation.gui.main_window.window import MainWindow  # noqa: PLC0415
    from workstation.runtime.tasks import TaskRunner  # noqa: PLC0415

    runner = TaskRunner()
    session = UserSession("self-test", "Self test", Role.OFFICER, "SELF-TEST", "BAK1", False)
    ctx = AppContext(
        store=store, runner=runner, catalogue=store.catalogue, events=Events(), session=session
    )
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, None, settings)
    try:
        window.resize(1280, 800)
        window.show()
        model = window.queue_page.model
        window.sidebar.select("received")
        expected = sum(1 for a in apps if a.status is Status.RECEIVED)
        _check(expected, "no received application among the generated ones")
        _wait(
            lambda: runner.pending == 0 and model.rowCount() == expected,
            f"the Received queue does not show the {expected} received applications",
        )
        image = window.grab()
        _check(not image.isNull() and image.width() >= 1000, "the main window does not draw")
        say(f"main window: opened offscreen, Received queue shows {expected} applications")
    finally:
        window.close()
        window.deleteLater()
        runner.wait_idle()
        QCoreApplication.processEvents()


@contextmanager
def _temporary_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="workstation-self-test-") as name:
        yield Path(name)


# What the offscreen platform says about top-level windows (it has no window manager):
# not a fault of this installation, and it must not reach standard error (CI reads it).
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


class _QtMessages:
    """Qt's messages during the self-test: the offscreen platform's noise dropped, the
    others on standard error, or kept (``capturing``) to explain a failing check."""

    def __init__(self) -> None:
        self.capturing = False
        self.kept: list[str] = []

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if mode is QtMsgType.QtDebugMsg or message.startswith(OFFSCREEN_NOISE):
            return
        if self.capturing:
            self.kept.append(message)
        else:
            print(f"qt: {message}", file=sys.stderr)

    @contextmanager
    def capture(self) -> Iterator[list[str]]:
        self.capturing, self.kept = True, []
        try:
            yield self.kept
        finally:
            self.capturing = False


QT_MESSAGES = _QtMessages()


def run(say: Say = print) -> None:
    """Every check in turn; raises `SelfTestFailed` at the first that fails."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous = qInstallMessageHandler(QT_MESSAGES)
    try:
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "x"])
        if not isinstance(app, QApplication):
            raise SelfTestFailed("a Qt application without widgets is running")
        QGuiApplication.setDesktopFileName("workstation")
        with _temporary_folder() as tmp:
            check_platform(app, say)
            catalogue = check_catalogue(say)
            check_ui_forms(say)
            check_fonts(say)
            check_translations(say, tmp / "qm")
            store, apps = fill_database(DataDir(tmp / "data"), catalogue, say)
            try:
                check_card(store, apps, say)
                check_pull_process(store, apps, say)
                check_main_window(store, apps, tmp, say)
            finally:
                store.close()
    finally:
        qInstallMessageHandler(previous)
