"""Push, pull and the "Needs review" list."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query, Request, Response
from fastapi.routing import APIRoute
from pydantic import ValidationError

from workstation.protocol.v1 import (
    MAX_PULL_PAGE,
    ConflictRecord,
    PullResponse,
    PushRequest,
    PushResponse,
)
from workstation.server import conflicts, push_batch, sync
from workstation.server.context import Caller, State, Token
from workstation.server.errors import responses

router = APIRouter(tags=["sync"])
MAX_SEQ = 2**63 - 1
"""Sequences are 64-bit in the database: a larger `since` is a 422, not a failed query."""


class _PushBody(Request):
    """A push's request: its JSON read straight into a `PushRequest`, which FastAPI then
    takes as it is. Decoded by orjson, then checked by pydantic: 2 to 3 times quicker
    than pydantic's own reading of the JSON text (its values of ``changed`` and ``prev``
    above all), on the event loop, which every request of the process waits for. A body
    that is not a valid `PushRequest` is given to FastAPI as plain JSON, which it checks
    and answers as for any route (422 with every problem, or the JSON error)."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json: Any = PushRequest.model_validate(orjson.loads(body))
            except (orjson.JSONDecodeError, ValidationError):
                self._json = json.loads(body)
        return self._json


class _PushRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            return await handler(_PushBody(request.scope, request.receive))

        return handle


def push(body: PushRequest, server: State, token: Token) -> Response:
    """Apply the mutations in `client_seq` order in one transaction; replays answer the same."""
    # the caller is checked in that transaction: one hand-over to a worker thread and one
    # database transaction for the request, not two of each (the same for a pull's page)
    # the answer is written out here, not validated again against the response model
    # (which stays for the OpenAPI document)
    answer = push_batch.push(server, token, body)
    return Response(answer.model_dump_json(), media_type="application/json")


router.add_api_route(
    "/sync/push",
    push,
    methods=["POST"],
    response_model=PushResponse,
    responses=responses(401, 403, 422, 426, 503),
    route_class_override=_PushRoute,
)


@router.get("/sync/pull", response_model=PullResponse, responses=responses(401, 403, 422, 426))
def pull(
    server: State,
    token: Token,
    since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = MAX_PULL_PAGE,
) -> Response:
    """The center's changes after `since`, in sequence order."""
    # a `PullResponse` written out directly: the records' data as stored, not decoded
    # and encoded again (the response model stays for the OpenAPI document)
    return Response(sync.pull_body(server, token, since, limit), media_type="application/json")


@router.get("/conflicts", response_model=list[ConflictRecord], responses=responses(401, 403, 426))
def list_conflicts(
    server: State, caller: Caller, resolved: bool | None = False
) -> list[ConflictRecord]:
    """The center's conflicts (by default the unresolved ones: "Needs review")."""
    with server.db.transaction() as session:
        return conflicts.listing(session, caller.center_code, resolved)
