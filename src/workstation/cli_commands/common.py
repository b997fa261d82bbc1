"""What the subcommands share: the data folder from the global option, the acting user."""

from __future__ import annotations

import argparse
import getpass
import os
import tempfile
from pathlib import Path

from workstation.store import Actor, DataDir, Store

WORKSTATION_ID_KEY = "workstation_id"


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


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, whole."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
