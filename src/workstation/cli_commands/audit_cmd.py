"""`workstation audit verify`: check the data folder's audit chain (DESIGN.md section 7).

Exit 0 and the number of events when the chain is intact; otherwise exit 1 and one line
naming the first bad event (its seq and what was done: edited, deleted, inserted,
reordered)."""

from __future__ import annotations

import argparse
import sys

from workstation.cli_commands.common import datadir, open_store
from workstation.security.audit_check import check_chain


def run(args: argparse.Namespace) -> int:
    with open_store(datadir(args), lock=False) as store, store.read() as repos:
        report = check_chain(repos.session)
    if report.first_bad is not None:
        print(
            f"workstation audit verify: the audit chain is broken at "
            f"{report.first_bad.describe()} ({report.count} events before it are intact)",
            file=sys.stderr,
        )
        return 1
    print(f"audit chain intact: {report.count} events")
    return 0
