"""Enrolment and authentication endpoints."""

from __future__ import annotations

from fastapi import APIRouter, Request

from workstation.protocol.v1 import (
    EnrolRequest,
    EnrolResponse,
    LoginRequest,
    RefreshRequest,
    TokenResponse,
)
from workstation.server import accounts, throttle
from workstation.server import refresh as rotation
from workstation.server.context import ServerState, State
from workstation.server.errors import ApiError, responses

router = APIRouter(tags=["auth"])


@router.post(
    "/enrol",
    response_model=EnrolResponse,
    response_model_exclude_defaults=True,  # older clients forbid fields they do not know
    responses=responses(403, 422, 426),
)
def enrol(body: EnrolRequest, server: State) -> EnrolResponse:
    """Enrol this workstation in a service center with a one-time code from an admin."""
    with server.db.transaction() as session:
        return accounts.enrol(session, body.code, body.name, body.seal_public_key)


@router.post(
    "/auth/login", response_model=TokenResponse, responses=responses(401, 403, 422, 426, 429)
)
def login(body: LoginRequest, request: Request, server: State) -> TokenResponse:
    """Log a user in on an enrolled workstation of the user's center. Failed logins are
    limited per user and per client address (429 with Retry-After)."""
    address = request.client.host if request.client is not None else "unknown"
    with server.db.transaction() as session:
        throttle.check(session, address)
    try:
        with server.db.transaction() as session:
            answer = accounts.login(
                session,
                server.config,
                server.secret,
                username=body.username,
                password=body.password,
                workstation_id=body.workstation_id,
            )
    except ApiError as exc:
        if exc.body.code == "bad_credentials":  # an unknown user name
            _failed(server, address)
        raise
    if isinstance(answer, ApiError):  # a wrong password: its count is committed
        _failed(server, address)
        raise answer
    return answer


def _failed(server: ServerState, address: str) -> None:
    with server.db.transaction() as session:
        throttle.record_failure(session, server.config, address)


@router.post("/auth/refresh", response_model=TokenResponse, responses=responses(401, 403, 426))
def refresh(body: RefreshRequest, server: State) -> TokenResponse:
    """New tokens for a refresh token, which is exchanged: presented again, it works only
    within a short grace window while its successor is unused (a lost answer); any other
    reuse revokes every token of that login."""
    with server.db.transaction() as session:
        answer = rotation.refresh(
            session, server.config, server.secret, body.refresh_token, body.workstation_id
        )
    if isinstance(answer, ApiError):  # a replay: the family's revocation is committed
        raise answer
    return answer
