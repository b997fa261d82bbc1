"""`workstation server`: the central backend (the logic lives in `workstation.server`)."""

from __future__ import annotations

import argparse

from workstation.server.config import ServerConfig
from workstation.server.serve import serve


def run(args: argparse.Namespace) -> int:
    config = ServerConfig(
        database_url=args.database,
        access_ttl=args.access_ttl,
        refresh_ttl=args.refresh_ttl,
        refresh_grace=args.refresh_grace,
    )
    serve(config, host=args.host, port=args.port, workers=args.workers)
    return 0
