"""`workstation demo [--headless] [--port N]`: the whole system on one machine.

Starts an embedded central server (SQLite in the data folder's `demo-server/`) on
loopback, with a demo center, a user of each role and generated applications in every
status; enrols the data folder, logs in the demo officer and pulls everything. Then it
opens the desktop logged in as the demo officer (no login dialog), the desktop holding
the data folder, until its window closes. With ``--headless`` it serves until stopped
(Ctrl+C) instead, with the data folder released so that other `workstation --data-dir`
commands (`sync`, `status`, `export`, …) can use it meanwhile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import socket
import sys
import threading
from pathlib import Path
from types import FrameType

import uvicorn

from workstation.cli_commands.common import datadir, open_store
from workstation.cli_commands.desktop_cmd import open_desktop
from workstation.cli_commands.sync_common import Enrolment, login
from workstation.domain.catalogue import load_catalogue
from workstation.domain.interchange import Batch
from workstation.domain.model import Status
from workstation.samples.generator import SampleData, generate
from workstation.server import admin, seeding
from workstation.server.app import create_app
from workstation.server.db import Database, migrate, open_engine
from workstation.store import Actor, Store, seal_keys
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    SERVER_URL_KEY,
    USERNAME_KEY,
    WORKSTATION_ID_KEY,
    get_meta,
    put_card_series,
    put_meta,
)
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine

CENTER = "BAK1"
CENTER_NAME = "Bakı şəhəri 1 saylı regional xidmət mərkəzi"
PASSWORD = "demo-password"
USERS = (
    ("officer", "officer", "Leyla Məmmədova"),
    ("supervisor", "supervisor", "Rəşad Əliyev"),
    ("admin", "admin", "Orxan Hüseynov"),
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_database(folder: Path, count: int) -> str:
    """The demo server's database URL; made and filled on the first run."""
    path = folder / "demo-server" / "server.sqlite3"
    fresh = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path}"
    engine = open_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    if fresh:
        db = Database.open(url)
        try:
            admin.create_center(db, CENTER, CENTER_NAME)
            for username, role, full_name in USERS:
                admin.create_user(
                    db,
                    username,
                    role=role,
                    center=CENTER,
                    password=PASSWORD,
                    full_name=full_name,
                )
            data = demo_data(count, dt.date.today())
            seeding.import_batch(db, CENTER, Batch(data.persons, data.applications))
        finally:
            db.dispose()
    return url


def demo_data(count: int, today: dt.date) -> SampleData:
    """Generated applications with, for every card the catalogue prints, at least one
    approved application ready to print (the first seed that gives that)."""
    catalogue = load_catalogue()
    card_services = {s.code for s in catalogue.services if s.result.kind == "card"}
    for seed in range(1, 100):
        data = generate(count, seed, catalogue, center=CENTER, today=today)
        ready = {a.service_code for a in data.applications if a.status is Status.APPROVED}
        if card_services <= ready:
            return data
    raise ValueError(f"{count} applications are too few for a demo: ask for more")


class _Server:
    """uvicorn in a thread of this process, on 127.0.0.1."""

    def __init__(self, url: str, port: int) -> None:
        config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="demo-server", daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def start(self) -> None:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise OSError(f"the demo server could not start on {self.url}")
            self.thread.join(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _enrol(store: Store, api: ApiClient, db_url: str, server_url: str) -> Enrolment:
    with store.read() as repos:
        workstation_id = get_meta(repos.session, WORKSTATION_ID_KEY)
    if workstation_id is None:
        db = Database.open(db_url)
        try:
            code = admin.enrol_code(db, CENTER)
        finally:
            db.dispose()
        key = seal_keys.new_key()
        answer = api.enrol(code, "demo", seal_keys.public_key_b64(key))
        workstation_id = answer.workstation_id
        keys = seal_keys.from_enrolment(key, answer.seal_endorsement, answer.root_public_key)
        if keys is not None:  # cards printed on the demo carry verifiable seals
            seal_keys.save(store.datadir.path, keys)
    with store.unit_of_work(Actor("demo", workstation_id)) as uow:
        put_meta(uow.session, WORKSTATION_ID_KEY, workstation_id)
        put_meta(uow.session, CENTER_CODE_KEY, CENTER)
        put_meta(uow.session, SERVER_URL_KEY, server_url)  # the port may differ per run
        put_meta(uow.session, USERNAME_KEY, "officer")
        put_card_series(uow.session, store.catalogue.card_series)
        put_meta(uow.session, seal_keys.ISSUER_NAME_KEY, CENTER_NAME)
    return Enrolment(server_url, workstation_id, "officer")


def _wait_for_stop() -> None:
    stop = threading.Event()

    def handler(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    stop.wait()


def run(args: argparse.Namespace) -> int:
    folder = datadir(args)
    folder.init()
    db_url = _server_database(folder.path, args.count)
    server = _Server(db_url, args.port or _free_port())
    server.start()
    try:
        api = ApiClient(server.url)
        with open_store(folder, create=True) as store:
            enrolled = _enrol(store, api, db_url, server.url)
            creds = Credentials(server.url, enrolled.workstation_id, "officer")
            login(api, creds, enrolled, PASSWORD, keep=True)
            engine = SyncEngine(
                store,
                api,
                creds,
                Actor("officer", enrolled.workstation_id),
                card_series=store.catalogue.card_series,
            )
            report = engine.sync_once()
            with store.read() as repos:
                total = sum(repos.queue.counts_by_status().values())
        if not report.ok:
            print(f"workstation: demo sync: {'; '.join(report.errors)}", file=sys.stderr)
        print(f"demo server: {server.url}  (database {db_url})")
        print(
            f"data folder: {folder.path}  ({total} applications pulled, enrolled as "
            f"{enrolled.workstation_id})"
        )
        print(f"users: {', '.join(u for u, _, _ in USERS)}; password: {PASSWORD}")
        if not creds.persistent:
            print(f"workstation: {creds.warning}", file=sys.stderr)
        if args.headless:
            print("serving until stopped (Ctrl+C) …", flush=True)
            _wait_for_stop()
            return 0
        print("opening the desktop (logged in as officer); closing it stops the demo", flush=True)
        return open_desktop(folder, demo_user="officer", demo_password=PASSWORD)
    finally:
        server.stop()
