"""`workstation export`: all applications with their persons, same data → same bytes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workstation.cli_commands.common import datadir, open_store, write_atomically
from workstation.domain import interchange


def run(args: argparse.Namespace) -> int:
    with open_store(datadir(args), lock=False) as store, store.read() as repos:
        snapshot = repos.all_for_export()
    data = interchange.dumps(snapshot.persons, snapshot.applications)
    if args.output:
        write_atomically(Path(args.output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0
