"""Enrolment of workstations, login, the tokens it issues, and the login rate limit
(refresh-token rotation: `refresh`).

Failed logins are counted on the user's row (not in memory), so every server process on
the database sees them; after `ServerConfig.login_max_failures` in a row the user is
locked until `locked_until`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.ids import new_id
from workstation.domain.seal import raw_public_key
from workstation.protocol.v1 import EnrolResponse, Role, TokenResponse, UserInfo
from workstation.server import audit
from workstation.server.config import ServerConfig
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.passwords import burn_time, verify_password
from workstation.server.root_key import endorse_workstation, root_key
from workstation.server.tables import (
    CenterRow,
    EnrolCodeRow,
    RefreshTokenRow,
    UserRow,
    WorkstationRow,
)
from workstation.server.tokens import Principal, issue_access, new_refresh_token, token_hash


def code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode("utf-8")).hexdigest()


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _seal_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ApiError(422, "seal_key_invalid", "The seal key is not a base64 Ed25519 key.")
    return raw


def enrol(session: Session, code: str, name: str, seal_public_key: str = "") -> EnrolResponse:
    row = session.execute(
        select(EnrolCodeRow).where(EnrolCodeRow.code_hash == code_hash(code)).with_for_update()
    ).scalar_one_or_none()
    now = utc_now()
    if row is None or row.used_at is not None or _aware(row.expires_at) <= now:
        raise ApiError(403, "enrol_code_invalid", "The enrolment code is unknown or was used.")
    workstation = WorkstationRow(
        id=new_id(), center_code=row.center_code, name=name, enrolled_at=now
    )
    session.add(workstation)
    row.used_at = now
    row.workstation_id = workstation.id
    audit.record(
        session,
        actor="enrol",
        workstation_id=workstation.id,
        action="workstation.enrol",
        entity="workstation",
        entity_id=workstation.id,
    )
    if not seal_public_key:  # an older client: only the fields it knows
        return EnrolResponse(workstation_id=workstation.id, center_code=row.center_code)
    endorsement = endorse_workstation(
        session, _seal_key(seal_public_key), row.center_code, now.date()
    )
    center = session.get(CenterRow, row.center_code)
    return EnrolResponse(
        workstation_id=workstation.id,
        center_code=row.center_code,
        center_name=center.name if center is not None else "",
        seal_endorsement=base64.b64encode(endorsement.to_cbor()).decode("ascii"),
        root_public_key=base64.b64encode(raw_public_key(root_key(session).public_key())).decode(
            "ascii"
        ),
    )


def issue(
    session: Session,
    config: ServerConfig,
    secret: bytes,
    user: UserRow,
    workstation_id: str,
    *,
    parent: RefreshTokenRow | None = None,
) -> TokenResponse:
    """An access token and a new refresh token: of a new family (a login), or the
    successor of `parent` in its family (a refresh)."""
    now = utc_now()
    expires = now.timestamp() + config.access_ttl
    principal = Principal(user.username, user.role, user.center_code, workstation_id, expires)
    refresh = new_refresh_token()
    hashed = token_hash(refresh)
    session.add(
        RefreshTokenRow(
            token_hash=hashed,
            username=user.username,
            workstation_id=workstation_id,
            issued_at=now,
            expires_at=now + dt.timedelta(seconds=config.refresh_ttl),
            family_id=hashed if parent is None else parent.family_id,
            parent_hash=None if parent is None else parent.token_hash,
        )
    )
    if parent is not None:
        parent.successor_hash = hashed
    role: Role = user.role  # type: ignore[assignment]  # checked when the user is made
    return TokenResponse(
        access_token=issue_access(secret, principal),
        access_expires_in=max(1, round(config.access_ttl)),
        refresh_token=refresh,
        user=UserInfo(
            username=user.username,
            role=role,
            center_code=user.center_code,
            full_name=user.full_name,
        ),
    )


def check_user_at(session: Session, user: UserRow, workstation_id: str) -> None:
    if user.disabled:
        raise ApiError(403, "user_disabled", "This user account is disabled.")
    workstation = session.get(WorkstationRow, workstation_id)
    if workstation is None:
        raise ApiError(403, "workstation_unknown", "This workstation is not enrolled.")
    if workstation.center_code != user.center_code:
        raise ApiError(403, "wrong_center", "The user belongs to another service center.")


def login(
    session: Session,
    config: ServerConfig,
    secret: bytes,
    *,
    username: str,
    password: str,
    workstation_id: str,
) -> TokenResponse | ApiError:
    """Tokens for a good password; `ApiError` raised otherwise, except for a wrong
    password: that error is returned, so that the caller commits the failure count."""
    user = session.execute(
        select(UserRow).where(UserRow.username == username).with_for_update()
    ).scalar_one_or_none()
    now = utc_now()
    if user is None:
        burn_time(password)
        raise ApiError(401, "bad_credentials", "Wrong user name or password.")
    if user.locked_until is not None and _aware(user.locked_until) > now:
        wait = int((_aware(user.locked_until) - now).total_seconds()) + 1
        raise ApiError(
            429,
            "too_many_attempts",
            "Too many failed logins; try again later.",
            {"retry_after": wait},
            {"Retry-After": str(wait)},
        )
    if not verify_password(password, user.password_hash):
        user.failed_attempts += 1
        action = "user.login_failed"
        if user.failed_attempts >= config.login_max_failures:
            user.locked_until = now + dt.timedelta(seconds=config.login_lock_seconds)
            user.failed_attempts = 0
            action = "user.locked"
        audit.record(
            session,
            actor=user.username,
            workstation_id=workstation_id[:36],
            action=action,
            entity="user",
            entity_id=user.username,
        )
        return ApiError(401, "bad_credentials", "Wrong user name or password.")
    check_user_at(session, user, workstation_id)
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(
        session,
        actor=user.username,
        workstation_id=workstation_id,
        action="user.login",
        entity="user",
        entity_id=user.username,
    )
    return issue(session, config, secret, user, workstation_id)
