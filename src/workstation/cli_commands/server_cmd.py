"""`workstation server`: the central backend (the logic lives in `workstation.server`)."""

from __future__ import annotations

import argparse

from workstation.server.config import ServerConfig
from workstation.server.serve import migrate_database, serve


def run(args: argparse.Namespace) -> int:
    config = ServerConfig(
        database_url=args.database,
        access_ttl=args.access_ttl,
        refresh_ttl=args.refresh_ttl,
        refresh_grace=args.refresh_grace,
    )
    if args.migrate_only:  # deploy pipelines: migrate once, then start the servers
        epoch = migrate_database(config.database_url, new_epoch=args.new_epoch)
        print(f"database migrated{f'; restored: new epoch {epoch}' if epoch else ''}")
        return 0
    serve(config, host=args.host, port=args.port, workers=args.workers, new_epoch=args.new_epoch)
    return 0
