"""Refresh-token rotation with a grace window, and replay detection.

Each refresh exchanges a token for its successor in the same family (one login). If the
answer to a refresh is lost, the workstation still holds the exchanged token: presenting
it again within `ServerConfig.refresh_grace` seconds of the exchange, while the
successor has not been used, gets a fresh pair, and the unused successor is revoked.
Any other second use of a token (after the window, after the successor was used, or of
a revoked token) is a replay, as when a token was stolen: the whole family is revoked,
and the answer is 401 — the officer logs in again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.protocol.v1 import TokenResponse
from workstation.server import audit
from workstation.server.accounts import check_user_at, issue
from workstation.server.config import ServerConfig
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.tables import RefreshTokenRow, UserRow
from workstation.server.tokens import token_hash


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _invalid() -> ApiError:
    return ApiError(401, "refresh_invalid", "The refresh token is not valid; log in again.")


def _locked(session: Session, hashed: str | None) -> RefreshTokenRow | None:
    if hashed is None:
        return None
    return session.execute(
        select(RefreshTokenRow).where(RefreshTokenRow.token_hash == hashed).with_for_update()
    ).scalar_one_or_none()


def _in_grace(
    config: ServerConfig, row: RefreshTokenRow, successor: RefreshTokenRow | None, now: dt.datetime
) -> bool:
    """The token was exchanged moments ago and its successor never used: the answer to
    that exchange was (probably) lost."""
    return (
        row.rotated_at is not None
        and now - _aware(row.rotated_at) <= dt.timedelta(seconds=config.refresh_grace)
        and successor is not None
        and successor.rotated_at is None
        and successor.revoked_at is None
    )


def _revoke_family(session: Session, row: RefreshTokenRow, now: dt.datetime) -> None:
    session.execute(
        update(RefreshTokenRow)
        .where(RefreshTokenRow.family_id == row.family_id, RefreshTokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    audit.record(
        session,
        actor=row.username,
        workstation_id=row.workstation_id,
        action="user.refresh_replay",
        entity="user",
        entity_id=row.username,
    )


def refresh(
    session: Session, config: ServerConfig, secret: bytes, token: str, workstation_id: str
) -> TokenResponse | ApiError:
    """New tokens for a valid refresh token (which is exchanged: see the module). A
    replay's error is returned, not raised, so that the caller commits the revocation of
    the family and then answers 401; other refusals are raised."""
    now = utc_now()
    row = _locked(session, token_hash(token))
    if row is None or row.workstation_id != workstation_id:
        raise _invalid()
    if _aware(row.expires_at) <= now:
        raise _invalid()
    if row.revoked_at is not None:
        _revoke_family(session, row, now)
        return _invalid()
    parent: RefreshTokenRow = row
    if row.rotated_at is not None:
        successor = _locked(session, row.successor_hash)
        if not _in_grace(config, row, successor, now):
            _revoke_family(session, row, now)
            return _invalid()
        assert successor is not None
        successor.revoked_at = now  # never delivered: it is replaced by the new one
    else:
        row.rotated_at = now
    user = session.get(UserRow, row.username)
    if user is None:
        raise _invalid()
    check_user_at(session, user, workstation_id)
    return issue(session, config, secret, user, workstation_id, parent=parent)
