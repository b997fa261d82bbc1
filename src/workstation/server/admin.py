"""What `workstation admin` does: centers, users, enrolment codes, conflicts, export."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain import interchange
from workstation.domain.numbers import is_center_code
from workstation.domain.serialize import application_from_dict, person_from_dict
from workstation.protocol.v1 import ConflictRecord
from workstation.server import audit, conflicts
from workstation.server.accounts import code_hash
from workstation.server.db import Database, utc_now
from workstation.server.passwords import hash_password
from workstation.server.tables import (
    ApplicationRow,
    CenterRow,
    EnrolCodeRow,
    PersonRow,
    UserRow,
)

ROLES = ("officer", "supervisor", "admin")
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class AdminError(Exception):
    """A refused admin command: the message is the one line the CLI prints."""


def _audit(session: Session, action: str, entity: str, entity_id: str) -> None:
    audit.record(
        session,
        actor="admin",
        workstation_id="",
        action=action,
        entity=entity,
        entity_id=entity_id,
    )


def create_center(db: Database, code: str, name: str) -> None:
    if not is_center_code(code):
        raise AdminError(f"not a center code (capital letters and digits): {code!r}")
    with db.transaction() as session:
        if session.get(CenterRow, code) is not None:
            raise AdminError(f"center {code} exists already")
        session.add(CenterRow(code=code, name=name))
        _audit(session, "center.create", "center", code)


def create_user(
    db: Database, username: str, *, role: str, center: str, password: str, full_name: str = ""
) -> None:
    if role not in ROLES:
        raise AdminError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
    if not username.strip() or len(username) > 100:
        raise AdminError("a user name has 1 to 100 characters")
    if len(password) < 8:
        raise AdminError("a password has at least 8 characters")
    with db.transaction() as session:
        if session.get(CenterRow, center) is None:
            raise AdminError(f"no center {center}")
        if session.get(UserRow, username) is not None:
            raise AdminError(f"user {username} exists already")
        session.add(
            UserRow(
                username=username,
                role=role,
                center_code=center,
                full_name=full_name,
                password_hash=hash_password(password),
                disabled=False,
                failed_attempts=0,
            )
        )
        _audit(session, "user.create", "user", username)


def set_user_disabled(db: Database, username: str, disabled: bool) -> None:
    with db.transaction() as session:
        user = session.get(UserRow, username)
        if user is None:
            raise AdminError(f"no user {username}")
        user.disabled = disabled
        _audit(session, "user.disable" if disabled else "user.enable", "user", username)


def enrol_code(db: Database, center: str, ttl: float = 7 * 24 * 3600.0) -> str:
    """A new one-time enrolment code for a workstation of `center` (only its hash is kept)."""
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    now = utc_now()
    with db.transaction() as session:
        if session.get(CenterRow, center) is None:
            raise AdminError(f"no center {center}")
        session.add(
            EnrolCodeRow(
                code_hash=code_hash(code),
                center_code=center,
                created_at=now,
                expires_at=now + dt.timedelta(seconds=ttl),
            )
        )
        _audit(session, "enrol_code.create", "center", center)
    return code


def list_conflicts(db: Database, resolved: bool | None = False) -> list[ConflictRecord]:
    with db.transaction() as session:
        return conflicts.listing(session, None, resolved)


def export(db: Database) -> bytes:
    """Every person and application, in the shape of the workstation's export."""
    with db.snapshot() as session:
        persons = [
            person_from_dict(row.data, row.version)
            for row in session.scalars(select(PersonRow).where(PersonRow.deleted.is_(False)))
        ]
        applications = [
            application_from_dict(row.data, row.version)
            for row in session.scalars(
                select(ApplicationRow).where(ApplicationRow.deleted.is_(False))
            )
        ]
    return interchange.dumps(persons, applications)
