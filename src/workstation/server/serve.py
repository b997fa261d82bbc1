"""`workstation server`: migrate the database, then serve with uvicorn (one process, or
several workers started through the factory and the environment)."""

from __future__ import annotations

import os

import uvicorn

from workstation.server.app import build_app
from workstation.server.config import ServerConfig
from workstation.server.db import migrate, open_engine

FACTORY = "workstation.server.app:create_app_from_env"


def migrate_database(url: str) -> None:
    engine = open_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def serve(
    config: ServerConfig, *, host: str = "127.0.0.1", port: int = 8080, workers: int = 1
) -> None:
    migrate_database(config.database_url)
    if workers > 1:
        os.environ.update(config.to_env())
        uvicorn.run(FACTORY, factory=True, host=host, port=port, workers=workers)
    else:
        uvicorn.run(build_app(config), host=host, port=port)
