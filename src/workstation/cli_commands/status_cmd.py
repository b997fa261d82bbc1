"""`workstation status [--json]`: what this data folder holds and what waits to be synced."""

from __future__ import annotations

import argparse
import json
from typing import Any

from workstation.cli_commands.common import datadir, open_store
from workstation.domain.model import Status
from workstation.store.conflicts import count_open
from workstation.store.leases import left_by_series
from workstation.store.syncmeta import SERVER_URL_KEY, USERNAME_KEY, WORKSTATION_ID_KEY

LAST_SYNC_KEY = "last_sync_at"


def collect(args: argparse.Namespace) -> dict[str, Any]:
    folder = datadir(args)
    with open_store(folder, lock=False) as store, store.read() as repos:
        by_status = repos.queue.counts_by_status()
        return {
            "data_dir": str(folder.path),
            "workstation_id": repos.meta(WORKSTATION_ID_KEY),
            "applications": {
                "total": sum(by_status.values()),
                "by_status": {s.value: by_status.get(s, 0) for s in Status},
                "by_service": dict(sorted(repos.queue.counts_by_service().items())),
            },
            "persons": repos.persons.count(),
            "outbox": {
                "pending": repos.outbox.count("pending"),
                "rejected": repos.outbox.count("rejected"),
                "conflict": repos.outbox.count("conflict"),
            },
            "last_sync": repos.meta(LAST_SYNC_KEY),
            "server_url": repos.meta(SERVER_URL_KEY),
            "user": repos.meta(USERNAME_KEY),
            "leases_left": left_by_series(repos.session),
            "conflicts": count_open(repos.session),
        }


def run(args: argparse.Namespace) -> int:
    status = collect(args)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    apps = status["applications"]
    print(f"Data folder:  {status['data_dir']}")
    print(f"Workstation:  {status['workstation_id'] or '(not enrolled)'}")
    print(f"Applications: {apps['total']}  (persons: {status['persons']})")
    for name, count in apps["by_status"].items():
        print(f"  {name:<20} {count:>8}")
    print("By service:")
    for name, count in apps["by_service"].items():
        print(f"  {name:<20} {count:>8}")
    outbox = status["outbox"]
    print(
        f"Outbox:       {outbox['pending']} pending, {outbox['rejected']} rejected, "
        f"{outbox['conflict']} in conflict"
    )
    print(f"Conflicts:    {status['conflicts']} waiting for review")
    for kind, per_series in status["leases_left"].items():
        left = ", ".join(f"{series}: {count}" for series, count in per_series.items())
        print(f"Numbers left: {kind} ({left})")
    print(f"Server:       {status['server_url'] or '(not enrolled)'}")
    print(f"Last sync:    {status['last_sync'] or 'never'}")
    return 0
