"""Operations endpoints for load balancers and orchestrators, outside the sync API: no
protocol header, no login.

- ``GET /health``: the process is up (liveness). Never touches the database.
- ``GET /ready``: this process can serve: the database answers, its schema is at the
  migrations' head, and it is still the database the process started on (not restored
  under it: see `server.rewind`). 503 with the reason otherwise.
"""

from __future__ import annotations

import logging
from typing import Literal

from alembic.config import Config
from alembic.script import ScriptDirectory
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from workstation import __version__
from workstation.server import rewind
from workstation.server.context import ServerState
from workstation.server.db import MIGRATIONS_DIR

log = logging.getLogger("workstation.server.ops")


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str = __version__


class Readiness(BaseModel):
    status: Literal["ready", "unready"]
    reason: str = ""
    schema_revision: str = ""


def head_revision() -> str:
    """The newest revision of the server's migrations (what a migrated database is at)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head() or ""


def health() -> Health:
    """The process is up."""
    return Health()


def _readiness(state: ServerState, head: str) -> Readiness:
    try:
        with state.db.transaction() as session:
            revision = session.scalar(text("SELECT version_num FROM alembic_version"))
            same = rewind.unchanged(session, state.epoch)
    except SQLAlchemyError as exc:
        log.warning("not ready: database unreachable: %s", exc.__class__.__name__)
        return Readiness(status="unready", reason="the database does not answer")
    revision = str(revision or "")
    if revision != head:
        reason = f"the database schema is at {revision or 'nothing'}, not {head}: migrate"
        return Readiness(status="unready", reason=reason, schema_revision=revision)
    if not same:
        reason = "the database was restored or replaced under this process: restart it"
        return Readiness(status="unready", reason=reason, schema_revision=revision)
    return Readiness(status="ready", schema_revision=revision)


def install(app: FastAPI) -> None:
    """``/health`` and ``/ready`` on `app`, without the app's protocol dependency."""
    head = head_revision()

    def ready(request: Request) -> JSONResponse:
        """The database answers, is migrated, and is the one this process started on."""
        result = _readiness(request.app.state.server, head)
        code = 200 if result.status == "ready" else 503
        return JSONResponse(result.model_dump(), status_code=code)

    # Routes made here directly: the app's own router would add its protocol check.
    app.router.routes.append(
        APIRoute("/health", health, methods=["GET"], response_model=Health, tags=["operations"])
    )
    app.router.routes.append(
        APIRoute(
            "/ready",
            ready,
            methods=["GET"],
            response_model=Readiness,
            responses={503: {"model": Readiness, "description": "not ready, with the reason"}},
            tags=["operations"],
        )
    )
