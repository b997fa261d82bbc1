"""`workstation init`: create an empty data folder with its database.

The workstation's identity comes later, from the server, at `workstation enrol`."""

from __future__ import annotations

import argparse

from workstation.cli_commands.common import datadir, open_store


def run(args: argparse.Namespace) -> int:
    folder = datadir(args)
    existed = folder.exists()
    with open_store(folder, create=True):
        pass  # opening creates the folder and migrates the database
    state = "already initialised" if existed else "initialised"
    print(f"data folder {folder.path} {state}")
    return 0
