"""Push, pull and the "Needs review" list."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from workstation.protocol.v1 import (
    MAX_PULL_PAGE,
    ConflictRecord,
    PullResponse,
    PushRequest,
    PushResponse,
)
from workstation.server import conflicts, push_batch, sync
from workstation.server.context import Caller, State
from workstation.server.errors import responses

router = APIRouter(tags=["sync"])
MAX_SEQ = 2**63 - 1
"""Sequences are 64-bit in the database: a larger `since` is a 422, not a failed query."""


@router.post(
    "/sync/push", response_model=PushResponse, responses=responses(401, 403, 422, 426, 503)
)
def push(body: PushRequest, server: State, caller: Caller) -> PushResponse:
    """Apply the mutations in `client_seq` order in one transaction; replays answer the same."""
    return push_batch.push(server, caller, body)


@router.get("/sync/pull", response_model=PullResponse, responses=responses(401, 403, 422, 426))
def pull(
    server: State,
    caller: Caller,
    since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = MAX_PULL_PAGE,
) -> Response:
    """The center's changes after `since`, in sequence order."""
    # a `PullResponse` written out directly: the records' data as stored, not decoded
    # and encoded again (the response model stays for the OpenAPI document)
    return Response(sync.pull_body(server, caller, since, limit), media_type="application/json")


@router.get("/conflicts", response_model=list[ConflictRecord], responses=responses(401, 403, 426))
def list_conflicts(
    server: State, caller: Caller, resolved: bool | None = False
) -> list[ConflictRecord]:
    """The center's conflicts (by default the unresolved ones: "Needs review")."""
    with server.db.transaction() as session:
        return conflicts.listing(session, caller.center_code, resolved)
