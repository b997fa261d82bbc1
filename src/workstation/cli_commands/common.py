"""What the subcommands share: the data folder from the global option, the acting user."""

from __future__ import annotations

import argparse
import getpass

from workstation.files import write_atomically
from workstation.store import Actor, DataDir, Store
from workstation.store.syncmeta import WORKSTATION_ID_KEY

__all__ = ["cli_actor", "datadir", "write_atomically"]


def datadir(args: argparse.Namespace) -> DataDir:
    return DataDir(args.data_dir)


def cli_actor(store: Store) -> Actor:
    """The operating-system user running a command, on this data folder's workstation."""
    with store.read() as repos:
        workstation_id = repos.meta(WORKSTATION_ID_KEY) or "unenrolled"
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        user = "unknown"
    return Actor(user=f"cli:{user}", workstation_id=workstation_id)
