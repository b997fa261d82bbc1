"""Offline login: a salted slow hash of the officer's password, made at each successful
online login and kept in the local database's ``meta`` table (DESIGN.md section 5).

One entry per user (``security.offline.<username>``), holding the scrypt parameters,
salt and hash, the user's role, full name and center, the time of the last online login,
and the count of wrong passwords since the last good one. The verifier is valid for a
number of days after the last online login (default 14); five wrong passwords in a row
lock offline login for that user for five minutes. Nothing here logs or returns the
password or the hash.

Both functions take the session of the caller's transaction (a `UnitOfWork`'s): `check`
writes the failure count, so that a lock survives a restart of the program.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from workstation.domain.model import Role
from workstation.store.syncmeta import get_meta, put_meta

KEY_PREFIX = "security.offline."
DEFAULT_VALID_DAYS = 14
MAX_FAILURES = 5
LOCK_DURATION = dt.timedelta(minutes=5)
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32


@dataclass(frozen=True, slots=True)
class CachedUser:
    """Who an offline login lets in (what the last online login said about the user)."""

    username: str
    full_name: str
    role: Role
    center_code: str
    last_online_login: dt.datetime


class Refusal(StrEnum):
    UNKNOWN = "unknown"  # never logged in online on this workstation
    EXPIRED = "expired"  # the last online login is too long ago
    LOCKED = "locked"  # too many wrong passwords: wait
    WRONG_PASSWORD = "wrong_password"


@dataclass(frozen=True, slots=True)
class OfflineResult:
    user: CachedUser | None = None
    refusal: Refusal | None = None
    locked_until: dt.datetime | None = None
    failures_left: int = MAX_FAILURES

    @property
    def ok(self) -> bool:
        return self.user is not None


def _key(username: str) -> str:
    return KEY_PREFIX + username


def _hash(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=64 << 20
    )


def _parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def remember(
    session: Session,
    *,
    username: str,
    password: str,
    full_name: str,
    role: Role,
    center_code: str,
    now: dt.datetime,
) -> None:
    """Make (or renew) the user's verifier after a successful online login: a fresh
    salt, the failure count reset."""
    salt = os.urandom(SALT_BYTES)
    entry = {
        "v": 1,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": _hash(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
        "full_name": full_name,
        "role": Role(role).value,
        "center_code": center_code,
        "last_online_login": now.isoformat(),
        "failures": 0,
        "locked_until": None,
    }
    put_meta(session, _key(username), json.dumps(entry, sort_keys=True))


def cached_user(session: Session, username: str) -> CachedUser | None:
    """The user as the last online login left them (no password check)."""
    raw = get_meta(session, _key(username))
    if raw is None:
        return None
    entry = json.loads(raw)
    return _user(username, entry)


def _user(username: str, entry: dict[str, object]) -> CachedUser:
    last = _parse_time(str(entry["last_online_login"]))
    assert last is not None
    return CachedUser(
        username=username,
        full_name=str(entry.get("full_name") or username),
        role=Role(str(entry["role"])),
        center_code=str(entry.get("center_code") or ""),
        last_online_login=last,
    )


def check(
    session: Session,
    username: str,
    password: str,
    *,
    now: dt.datetime,
    valid_days: int = DEFAULT_VALID_DAYS,
) -> OfflineResult:
    """Whether ``password`` lets ``username`` in offline now. A wrong password counts
    towards the lock (written through ``session``); a right one resets the count."""
    raw = get_meta(session, _key(username))
    if raw is None:
        return OfflineResult(refusal=Refusal.UNKNOWN)
    entry = json.loads(raw)
    user = _user(username, entry)
    locked_until = _parse_time(entry.get("locked_until"))
    if locked_until is not None and now < locked_until:
        return OfflineResult(refusal=Refusal.LOCKED, locked_until=locked_until, failures_left=0)
    if locked_until is not None:  # the lock ran out: a fresh set of tries
        entry["failures"], entry["locked_until"] = 0, None
    if now - user.last_online_login > dt.timedelta(days=valid_days):
        return OfflineResult(refusal=Refusal.EXPIRED)
    salt = bytes.fromhex(entry["salt"])
    given = _hash(password, salt, int(entry["n"]), int(entry["r"]), int(entry["p"]))
    if hmac.compare_digest(given, bytes.fromhex(entry["hash"])):
        entry["failures"], entry["locked_until"] = 0, None
        put_meta(session, _key(username), json.dumps(entry, sort_keys=True))
        return OfflineResult(user=user)
    failures = int(entry.get("failures", 0)) + 1
    entry["failures"] = failures
    result = OfflineResult(
        refusal=Refusal.WRONG_PASSWORD, failures_left=max(MAX_FAILURES - failures, 0)
    )
    if failures >= MAX_FAILURES:
        until = now + LOCK_DURATION
        entry["locked_until"] = until.isoformat()
        result = OfflineResult(refusal=Refusal.LOCKED, locked_until=until, failures_left=0)
    put_meta(session, _key(username), json.dumps(entry, sort_keys=True))
    return result
