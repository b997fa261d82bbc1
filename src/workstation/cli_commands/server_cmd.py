"""`workstation server`: the central backend (the logic lives in `workstation.server`).

Settings come from the environment (``WORKSTATION_SERVER_*``, see docs/deployment.md),
and an option given on the command line wins over its variable."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys

from workstation.server.config import ENV_DATABASE, ServerConfig
from workstation.server.serve import migrate_database, serve


def config_of(args: argparse.Namespace) -> ServerConfig | None:
    url = args.database or os.environ.get(ENV_DATABASE)
    if not url:
        return None
    base = ServerConfig.from_env() if os.environ.get(ENV_DATABASE) else ServerConfig(url)
    given = {
        name: getattr(args, name)
        for name in ("access_ttl", "refresh_ttl", "refresh_grace")
        if getattr(args, name) is not None
    }
    return dataclasses.replace(base, database_url=url, **given)


def run(args: argparse.Namespace) -> int:
    config = config_of(args)
    if config is None:
        print(f"workstation: give --database URL or set {ENV_DATABASE}", file=sys.stderr)
        return 2
    if args.migrate_only:  # deploy pipelines: migrate once, then start the servers
        epoch = migrate_database(config.database_url, new_epoch=args.new_epoch)
        print(f"database migrated{f'; restored: new epoch {epoch}' if epoch else ''}")
        return 0
    serve(config, host=args.host, port=args.port, workers=args.workers, new_epoch=args.new_epoch)
    return 0
