"""What every request needs: the server's state, the protocol check, the caller."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from workstation.domain.catalogue import Catalogue, load_catalogue
from workstation.protocol.v1 import ACCEPTED_VERSIONS, PROTOCOL_HEADER, PROTOCOL_VERSION
from workstation.server.config import ServerConfig
from workstation.server.db import Database
from workstation.server.errors import ApiError
from workstation.server.tables import UserRow, WorkstationRow
from workstation.server.tokens import TokenError, verify_access


@dataclass
class ServerState:
    config: ServerConfig
    db: Database
    secret: bytes
    epoch: str

    @cached_property
    def catalogue(self) -> Catalogue:
        return load_catalogue()

    def today(self) -> dt.date:
        return dt.date.today()


async def state(request: Request) -> ServerState:
    value = request.app.state.server
    assert isinstance(value, ServerState)
    return value


State = Annotated[ServerState, Depends(state)]


async def check_protocol(
    version: Annotated[
        str | None,
        Header(
            alias=PROTOCOL_HEADER,
            description=f"the sync protocol version of the client ({PROTOCOL_VERSION})",
        ),
    ] = None,
) -> None:
    """HTTP 426 ``update_required`` unless the client speaks a version the server accepts."""
    try:
        accepted = version is not None and int(version.strip()) in ACCEPTED_VERSIONS
    except ValueError:
        accepted = False
    if not accepted:
        raise ApiError(
            426,
            "update_required",
            "This workstation's version is not supported by the server; update it.",
            {"accepted": sorted(ACCEPTED_VERSIONS), "received": version},
            {"Upgrade": f"{PROTOCOL_HEADER}/{PROTOCOL_VERSION}"},
        )


_bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True, slots=True)
class Account:
    """Who calls, as the database knows them at this request (not as the access token
    remembers them): an active user on an enrolled workstation."""

    username: str
    role: str
    user_center: str
    workstation_id: str
    center_code: str
    """The workstation's service center."""


def account(
    server: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Account:
    """The one check of every authenticated endpoint: a valid access token (401) whose
    user still exists and is not disabled, on a workstation still enrolled (403). A
    disabled user's token stops working at once, not at its expiry."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "token_invalid", "An access token is required.")
    try:
        token = verify_access(server.secret, credentials.credentials)
    except TokenError as exc:
        raise ApiError(401, exc.code, str(exc)) from exc
    with server.db.transaction() as session:
        user = session.get(UserRow, token.username)
        workstation = session.get(WorkstationRow, token.workstation_id)
        if user is None or user.disabled:
            raise ApiError(403, "user_disabled", "This user account is disabled.")
        if workstation is None:
            raise ApiError(403, "workstation_unknown", "This workstation is not enrolled.")
        return Account(
            username=user.username,
            role=user.role,
            user_center=user.center_code,
            workstation_id=workstation.id,
            center_code=workstation.center_code,
        )


Caller = Annotated[Account, Depends(account)]
