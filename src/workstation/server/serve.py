"""`workstation server`: migrate the database, then serve with uvicorn (one process, or
several workers started through the factory and the environment)."""

from __future__ import annotations

import logging
import os
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from workstation.server import ports, rewind
from workstation.server.app import build_app
from workstation.server.config import ServerConfig
from workstation.server.db import migrate, open_engine

FACTORY = "workstation.server.app:create_app_from_env"
# An idle client connection is kept this long (uvicorn's default is 5 s). Workstations
# sync in rounds a few seconds apart; with 5 s, a request sent on a pooled connection just
# as the server closes it was reset ("connection reset by peer": issue 7's fleet run).
KEEP_ALIVE_SECONDS = 75
log = logging.getLogger("workstation.server")


def migrate_database(url: str, *, new_epoch: bool = False) -> str | None:
    """Bring the schema to the head, then take a new epoch if the database was restored
    from a backup (or if asked): the new epoch, or None. Runs once, before any worker."""
    engine = open_engine(url)
    try:
        migrate(engine)
        epoch = rewind.check(engine, force_new_epoch=new_epoch)
    finally:
        engine.dispose()
    if epoch is not None:
        log.warning("the database was restored: new epoch %s (workstations push again)", epoch)
    return epoch


def serve_workers(host: str, port: int, workers: int) -> None:
    """`workers` processes under uvicorn's supervisor (which restarts one that dies), the
    application made in each by `FACTORY` from the environment; on Linux each listens on
    a socket of its own (`ports`), so that connections are spread over them."""
    settings: dict[str, Any] = {
        "factory": True,
        "host": host,
        "port": port,
        "workers": workers,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
    }
    if not ports.SPREADS:
        uvicorn.run(FACTORY, **settings)
        return
    config = uvicorn.Config(FACTORY, **settings)
    held = ports.hold(host, port)
    try:
        Multiprocess(config, sockets=[held]).run()
    except KeyboardInterrupt:
        pass
    finally:
        held.close()


def serve(
    config: ServerConfig,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    workers: int = 1,
    new_epoch: bool = False,
) -> None:
    migrate_database(config.database_url, new_epoch=new_epoch)
    if workers > 1:
        os.environ.update(config.to_env())
        serve_workers(host, port, workers)
    else:
        uvicorn.run(build_app(config), host=host, port=port, timeout_keep_alive=KEEP_ALIVE_SECONDS)
