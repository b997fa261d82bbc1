"""`workstation key rotate`: re-encrypt the data folder under a new data key;
`workstation key status`: where the key is kept."""

from __future__ import annotations

import argparse

from workstation.cli_commands.common import datadir, terminal_passphrase
from workstation.security import datakey
from workstation.security.keycustody import KeyringCustody


def run(args: argparse.Namespace) -> int:
    folder = datadir(args)
    if args.key_command == "rotate":
        kind = datakey.rotate(folder, ask=terminal_passphrase)
        where = "the OS keyring" if kind == "keyring" else "datakey.json (same passphrase)"
        print(
            f"data folder {folder.path}: database and attachments re-encrypted; new key in {where}"
        )
        return 0
    folder.require()
    custody = datakey.custody_of(folder)
    if isinstance(custody, KeyringCustody):
        print(f"data folder {folder.path}: key in the OS keyring, entry '{custody.service}'")
    else:
        print(f"data folder {folder.path}: key wrapped with a passphrase in {custody.path.name}")
    return 0
