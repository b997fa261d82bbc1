"""What the subcommands share: the data folder from the global option, the acting user."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from workstation.files import write_atomically
from workstation.security import datakey
from workstation.store import Actor, DataDir, Store
from workstation.store.syncmeta import WORKSTATION_ID_KEY

__all__ = ["cli_actor", "datadir", "open_store", "terminal_passphrase", "write_atomically"]


def datadir(args: argparse.Namespace) -> DataDir:
    return DataDir(args.data_dir)


def terminal_passphrase(request: datakey.PassphraseRequest) -> str | None:
    """The data folder's passphrase typed at the terminal (not echoed); None when standard
    input is no terminal (scripts set $WORKSTATION_PASSPHRASE instead)."""
    if not sys.stdin.isatty():
        return None
    if request.error:
        print(request.error, file=sys.stderr)
    if not request.new:
        return getpass.getpass(f"Passphrase of the data folder {request.folder}: ")
    print(
        f"This computer has no keyring: the data folder {request.folder} will be encrypted "
        "with a passphrase. Without it the data cannot be read.",
        file=sys.stderr,
    )
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("The same passphrase again: ") != first:
        print("The two passphrases differ.", file=sys.stderr)
        return None
    return first


def open_store(folder: DataDir, **kwargs: Any) -> Store:
    """The folder's store, unlocked with its data key (keyring, $WORKSTATION_PASSPHRASE
    or a terminal prompt)."""
    return datakey.open_store(folder, ask=terminal_passphrase, **kwargs)


def cli_actor(store: Store) -> Actor:
    """The operating-system user running a command, on this data folder's workstation."""
    with store.read() as repos:
        workstation_id = repos.meta(WORKSTATION_ID_KEY) or "unenrolled"
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        user = "unknown"
    return Actor(user=f"cli:{user}", workstation_id=workstation_id)
