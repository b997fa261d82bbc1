"""`create_app`: the central server as a FastAPI application (docs/protocol-v1.md)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import Depends, FastAPI

from workstation import __version__
from workstation.protocol.v1 import API_PREFIX
from workstation.server import (
    attachments,
    errors,
    hardening,
    routes_auth,
    routes_files,
    routes_ops,
    routes_sync,
)
from workstation.server.config import (
    DEFAULT_ACCESS_TTL,
    DEFAULT_PARTIAL_UPLOAD_MAX_AGE,
    DEFAULT_REFRESH_GRACE,
    DEFAULT_REFRESH_TTL,
    ServerConfig,
)
from workstation.server.context import ServerState, check_protocol
from workstation.server.db import Database

REQUEST_THREADS = 4
"""Requests of a server process that run their database work at once (on worker threads;
the others wait their turn, first come first served). Their work is mostly Python, which
one process runs one thread at a time: with anyio's 40 threads, 25 pushes at once each
took the GIL in turn (a push holding the counters' lock waited behind all of them), and
needed more pooled connections than the pool keeps, opened and closed again each burst."""


def build_app(config: ServerConfig) -> FastAPI:
    """The application on an already migrated database."""
    db = Database.open(config.database_url)
    with db.transaction() as session:
        attachments.purge_stale(session, config.partial_upload_max_age)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
        yield
        db.dispose()

    app = FastAPI(
        title="Workstation central server",
        version=__version__,
        summary="Sync protocol v1 of the migration service's officer workstations.",
        dependencies=[Depends(check_protocol)],
        lifespan=lifespan,
    )
    app.state.server = ServerState(config=config, db=db, secret=db.token_secret(), epoch=db.epoch())
    errors.install(app)
    app.add_middleware(
        hardening.BodyLimit,
        max_json_bytes=config.max_json_bytes,
        max_chunk_bytes=config.max_chunk_bytes,
    )
    app.add_middleware(hardening.SecurityHeaders)
    for router in (routes_auth.router, routes_sync.router, routes_files.router):
        app.include_router(router, prefix=API_PREFIX)
    routes_ops.install(app)  # /health and /ready, outside the sync API
    return app


def create_app(
    database_url: str,
    *,
    access_ttl: float = DEFAULT_ACCESS_TTL,
    refresh_ttl: float = DEFAULT_REFRESH_TTL,
    refresh_grace: float = DEFAULT_REFRESH_GRACE,
    partial_upload_max_age: float = DEFAULT_PARTIAL_UPLOAD_MAX_AGE,
    login_max_failures: int = 5,
    login_lock_seconds: float = 300.0,
) -> FastAPI:
    """The server on `database_url` (``postgresql://…`` or ``sqlite:///…``); the
    database must be migrated (`workstation.server.db.migrate`, or `workstation server`)."""
    return build_app(
        ServerConfig(
            database_url=database_url,
            access_ttl=access_ttl,
            refresh_ttl=refresh_ttl,
            refresh_grace=refresh_grace,
            partial_upload_max_age=partial_upload_max_age,
            login_max_failures=login_max_failures,
            login_lock_seconds=login_lock_seconds,
        )
    )


def create_app_from_env() -> FastAPI:
    """For uvicorn's worker processes (``--factory``): settings from the environment."""
    return build_app(ServerConfig.from_env())
