"""`workstation init`: create an empty data folder with its database."""

from __future__ import annotations

import argparse

from workstation.cli_commands.common import WORKSTATION_ID_KEY, cli_actor, datadir
from workstation.domain.ids import new_id
from workstation.store import Store


def run(args: argparse.Namespace) -> int:
    folder = datadir(args)
    existed = folder.exists()
    with Store.open(folder, create=True) as store:
        with store.read() as repos:
            has_id = repos.meta(WORKSTATION_ID_KEY) is not None
        if not has_id:
            with store.unit_of_work(cli_actor(store)) as uow:
                uow.set_meta(WORKSTATION_ID_KEY, new_id())
    state = "already initialised" if existed else "initialised"
    print(f"data folder {folder.path} {state}")
    return 0
