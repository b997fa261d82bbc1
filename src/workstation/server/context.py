"""What every request needs: the server's state, the protocol check, the caller."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select, true
from sqlalchemy.orm import Session

from workstation.domain.catalogue import Catalogue, load_catalogue
from workstation.protocol.v1 import ACCEPTED_VERSIONS, PROTOCOL_HEADER, PROTOCOL_VERSION
from workstation.server.config import ServerConfig
from workstation.server.db import Database
from workstation.server.errors import ApiError
from workstation.server.tables import UserRow, WorkstationRow
from workstation.server.tokens import Principal, TokenError, verify_access


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


async def principal(
    server: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Whom a valid access token speaks for (401 otherwise). On the event loop: it needs no
    database, and is quicker than a hand-over to a worker thread."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "token_invalid", "An access token is required.")
    try:
        return verify_access(server.secret, credentials.credentials)
    except TokenError as exc:
        raise ApiError(401, exc.code, str(exc)) from exc


Token = Annotated[Principal, Depends(principal)]
"""The caller as its access token names them, not yet checked against the database: a
route that has a transaction of its own (push, pull) checks them in it (`account_in`),
the others take `Caller`."""

# The user and the workstation in one statement (one round trip): no row when either is
# missing, then `_refusal` asks which.
_BOTH = (
    select(UserRow.role, UserRow.center_code, WorkstationRow.center_code)
    .join_from(UserRow, WorkstationRow, true())
    .where(UserRow.username == bindparam("username"), UserRow.disabled.is_(False))
    .where(WorkstationRow.id == bindparam("workstation_id"))
)


def account_in(session: Session, token: Principal) -> Account:
    """The one check of every authenticated endpoint, in the caller's transaction: the
    token's user still exists and is not disabled, on a workstation still enrolled (403
    otherwise). A disabled user's token stops working at once, not at its expiry."""
    row = session.execute(
        _BOTH, {"username": token.username, "workstation_id": token.workstation_id}
    ).first()
    return account_of(session, token, None if row is None else tuple(row))


ACCOUNT_PG = (
    "SELECT u.role, u.center_code, w.center_code FROM users AS u, workstations AS w "
    "WHERE u.username = %s AND NOT u.disabled AND w.id = %s"
)
"""`account_in`'s statement for the driver (a push sends it in a pipeline with others),
with its parameters from `account_parameters`; `account_of` reads its row."""


def account_parameters(token: Principal) -> tuple[str, str]:
    return token.username, token.workstation_id


def account_of(session: Session, token: Principal, row: tuple[Any, ...] | None) -> Account:
    """The caller, from the row of `account_in`'s statement (None: no row, 403)."""
    if row is None:
        raise _refusal(session, token)
    role, user_center, center_code = row
    return Account(
        username=token.username,
        role=str(role),
        user_center=str(user_center),
        workstation_id=token.workstation_id,
        center_code=str(center_code),
    )


def _refusal(session: Session, token: Principal) -> ApiError:
    user = session.get(UserRow, token.username)
    if user is None or user.disabled:
        return ApiError(403, "user_disabled", "This user account is disabled.")
    return ApiError(403, "workstation_unknown", "This workstation is not enrolled.")


def account(server: State, token: Token) -> Account:
    """`account_in` a transaction of its own, for the routes that take `Caller`."""
    with server.db.transaction() as session:
        return account_in(session, token)


Caller = Annotated[Account, Depends(account)]
