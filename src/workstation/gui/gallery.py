"""The screen gallery: ``python -m workstation.gui.gallery OUTDIR`` renders every screen
with generated data to ``OUTDIR/<name>.png``, offscreen.

It builds a temporary data folder (generated applications in every status, enrolled,
most of it synced, a few changes waiting and two rejected by the server), an
`AppContext` with the officer logged in, and asks each screen's ``shots(ctx)`` for its
widgets (see the folder of each screen)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
import os
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Role
from workstation.gui.app import make_application
from workstation.gui.context import AppContext, Events, UserSession
from workstation.gui.queue.definitions import OPEN
from workstation.runtime.appearance import Appearance
from workstation.runtime.i18n import LANGUAGES, Translations
from workstation.runtime.settings import FONT_SCALES
from workstation.runtime.tasks import TaskRunner
from workstation.samples.generator import generate
from workstation.store import Actor, DataDir, Store
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    LAST_SYNC_KEY,
    SERVER_URL_KEY,
    USERNAME_KEY,
    WORKSTATION_ID_KEY,
    put_meta,
)
from workstation.store.tables import OutboxRow

WORKSTATION = "WS-BAK1-0007"
CENTER = "BAK1"
COUNT = 400
SEED = 7

# Every screen's pictures, in this order (each module has ``shots(ctx)``).
SCREENS: tuple[str, ...] = (
    "workstation.gui.login.shots",
    "workstation.gui.main_window.shots",
    "workstation.gui.queue.shots",
    "workstation.gui.search.shots",
    "workstation.gui.sync_status.shots",
    "workstation.gui.reception.shots",
    "workstation.gui.detail.shots",
    "workstation.gui.printing.shots",
    "workstation.gui.settings.shots",
    "workstation.gui.dashboard.shots",
    "workstation.gui.lock.shots",
)

Shots = Callable[[AppContext], Iterator[tuple[str, QWidget]]]


def fill(store: Store, today: dt.date, count: int = COUNT) -> None:
    """Generated applications, enrolled and synced as a day's work would leave them."""
    catalogue = store.catalogue
    data = generate(count, SEED, catalogue, center=CENTER, today=today)
    with store.unit_of_work(Actor("seed", WORKSTATION)) as uow:
        uow.add_many(data.persons, data.applications)
        put_meta(uow.session, WORKSTATION_ID_KEY, WORKSTATION)
        put_meta(uow.session, CENTER_CODE_KEY, CENTER)
        put_meta(uow.session, SERVER_URL_KEY, "https://workstation.migration.gov.az")
        put_meta(uow.session, USERNAME_KEY, "officer")
        put_meta(uow.session, LAST_SYNC_KEY, dt.datetime.now(dt.UTC).isoformat())
    mine = [a for a in data.applications if a.status in OPEN][:14]
    with store.unit_of_work(Actor("officer", WORKSTATION)) as uow:
        for app in mine:
            uow.update_application(dataclasses.replace(app, assignee="officer"))
    with store.unit_of_work(Actor("seed", WORKSTATION)) as uow:
        rows = uow.session.query(OutboxRow.mutation_id).order_by(OutboxRow.client_seq).all()
        mutations = [m for (m,) in rows]
        for index, mutation_id in enumerate(mutations):
            if index >= len(mutations) - 3:
                break  # the last few wait to be sent
            rejected = index in (len(mutations) - 10, len(mutations) - 12)
            reason = "rejected by the server: document number already used" if rejected else ""
            uow.outbox.mark(mutation_id, "rejected" if rejected else "applied", reason)


def context(store: Store, runner: TaskRunner, today: dt.date, language: str = "en") -> AppContext:
    return AppContext(
        store=store,
        runner=runner,
        catalogue=load_catalogue(),
        events=Events(),
        language=language,
        session=UserSession(
            "officer", "Leyla Məmmədova", Role.OFFICER, WORKSTATION, CENTER, online=True
        ),
        today=lambda: today,
    )


def render(
    outdir: Path,
    screens: Sequence[str] = SCREENS,
    *,
    language: str = "en",
    font_scale: float = 1.0,
    high_contrast: bool = False,
    visit: Callable[[str, QWidget], None] | None = None,
) -> list[Path]:
    """Render every screen's pictures into `outdir` in `language` (and with the
    accessibility settings); the files written. `visit(stem, widget)` sees each widget
    as it is rendered (the accessibility test)."""
    app = make_application()
    locale = QLocale()
    translations = Translations(app)
    translations.apply(language)
    appearance = Appearance(app)
    appearance.apply(font_scale, high_contrast)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="workstation-gallery-") as folder:
        # throwaway generated data: a throwaway key, neither keyring nor passphrase asked
        store = Store.open(DataDir(Path(folder) / "data"), key=secrets.token_bytes(32), create=True)
        runner = TaskRunner()
        try:
            fill(store, today)
            ctx = context(store, runner, today, language)
            # the gallery's officer has just logged in: decisions ask no password again
            ctx.extras["security.authenticated_at"] = float("inf")
            for name in screens:
                shots: Shots = importlib.import_module(name).shots
                for stem, widget in shots(ctx):
                    QCoreApplication.processEvents()
                    path = outdir / f"{stem}.png"
                    if not widget.grab().save(str(path)):
                        raise OSError(f"could not write {path}")
                    written.append(path)
                    if visit is not None:
                        visit(stem, widget)
                    print(f"{path.name}  {widget.width()}x{widget.height()}", flush=True)
        finally:
            runner.wait_idle()
            QCoreApplication.processEvents()
            store.close()
            # leave the language, locale and appearance as they were
            translations.remove()
            QLocale.setDefault(locale)
            appearance.apply(1.0, False)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workstation.gui.gallery")
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument(
        "--only", action="append", default=[], metavar="MODULE", help="only these shots modules"
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="interface language")
    parser.add_argument(
        "--font-scale", type=float, choices=FONT_SCALES, default=1.0, help="text size"
    )
    parser.add_argument("--high-contrast", action="store_true", help="high-contrast palette")
    args = parser.parse_args(argv)
    written = render(
        args.outdir,
        args.only or SCREENS,
        language=args.lang,
        font_scale=args.font_scale,
        high_contrast=args.high_contrast,
    )
    print(f"{len(written)} pictures in {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
