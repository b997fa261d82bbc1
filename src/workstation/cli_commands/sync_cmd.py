"""`workstation sync [--once] [--user NAME --password-stdin]`: push then pull, headless.

Without ``--once`` it keeps syncing (every ``--interval`` seconds, with backoff after a
failure) until interrupted. With ``--password-stdin`` it logs in first and keeps the
token in memory only."""

from __future__ import annotations

import argparse
import json
import sys
import threading

from workstation.cli_commands.common import datadir, open_store
from workstation.cli_commands.sync_common import api_client, enrolment, login, read_password
from workstation.domain.errors import DomainError
from workstation.store import Actor
from workstation.store.syncmeta import card_series
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine, SyncReport
from workstation.sync.errors import LoginRequired
from workstation.sync.scheduler import run_forever


def _print(report: SyncReport) -> None:
    line = {k: getattr(report, k) for k in ("pushed", "applied", "rejected", "conflicts")}
    line.update(pulled=report.pulled, uploaded=report.uploaded, leased=report.leased)
    print(json.dumps(line, sort_keys=True), flush=True)
    for note in report.notes:
        print(f"workstation: note: {note}", file=sys.stderr)
    for error in report.errors:
        print(f"workstation: {error}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    with open_store(datadir(args)) as store:
        enrolled = enrolment(store)
        user = args.user or enrolled.username
        if not user:
            raise DomainError("nobody logged in on this workstation: give --user NAME")
        api = api_client(enrolled.server_url)
        creds = Credentials(enrolled.server_url, enrolled.workstation_id, user)
        if args.password_stdin:
            login(api, creds, enrolled, read_password(args, user), keep=False)
        elif not creds.get_refresh_token():
            raise LoginRequired("no stored login for this user")
        with store.read() as repos:
            series = card_series(repos.session)
        if series is None:  # enrolled before the series were recorded: the catalogue's
            series = store.catalogue.card_series
        engine = SyncEngine(
            store, api, creds, Actor(user, enrolled.workstation_id), card_series=series
        )
        if args.once:
            report = engine.sync_once()
            _print(report)
            return 0 if report.ok else 1
        stop = threading.Event()
        try:
            run_forever(engine, args.interval, stop, on_report=_print)  # type: ignore[arg-type]
        except KeyboardInterrupt:
            stop.set()
    return 0
