"""`workstation login --user NAME [--password-stdin]`: online login; the refresh token
goes to the OS keyring (never to a file)."""

from __future__ import annotations

import argparse
import sys

from workstation.cli_commands.common import datadir, open_store
from workstation.cli_commands.sync_common import api_client, enrolment, login, read_password
from workstation.store import Actor
from workstation.store.syncmeta import USERNAME_KEY, put_meta
from workstation.sync.credentials import Credentials


def run(args: argparse.Namespace) -> int:
    with open_store(datadir(args)) as store:
        enrolled = enrolment(store)
        password = read_password(args, args.user)
        creds = Credentials(enrolled.server_url, enrolled.workstation_id, args.user)
        name = login(api_client(enrolled.server_url), creds, enrolled, password, keep=True)
        with store.unit_of_work(Actor(args.user, enrolled.workstation_id)) as uow:
            put_meta(uow.session, USERNAME_KEY, args.user)
            uow.audit_event("user.login", "user", args.user)
    print(f"logged in: {name}")
    if not creds.persistent:
        print(f"workstation: {creds.warning}", file=sys.stderr)
    return 0
