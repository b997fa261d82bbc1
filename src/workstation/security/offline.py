"""Offline login: a salted slow hash of the officer's password, made at each successful
online login and kept in the local database's ``meta`` table (DESIGN.md section 5).

One entry per user (``security.offline.<username>``), holding an argon2id hash (PHC
string: parameters, a fresh 16-byte salt and the hash), the user's role, full name and
center, the time of the last online login, and the count of wrong passwords since the
last good one. The verifier is valid for a number of days after the last online login
(default 14); five wrong passwords in a row lock offline login for that user for five
minutes. Nothing here logs or returns the
password or the hash.

Verifiers of the first scheme (salted scrypt, ``"kdf": "scrypt"``) are still accepted and
upgraded to argon2id as soon as the password is known again: at the next successful
online login (`remember` always writes argon2id) and at the next successful offline check.
A verifier with weaker argon2 parameters than today's is rehashed the same way.

`forget` removes a user's verifier (a disabled account: it must not log in offline).

Both functions take the session of the caller's transaction (a `UnitOfWork`'s): `check`
writes the failure count, so that a lock survives a restart of the program.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from workstation.domain.model import Role
from workstation.store.syncmeta import get_meta, put_meta
from workstation.store.tables import MetaRow

KEY_PREFIX = "security.offline."
DEFAULT_VALID_DAYS = 14
MAX_FAILURES = 5
LOCK_DURATION = dt.timedelta(minutes=5)
KDF = "argon2id"
# RFC 9106's second recommended option (64 MiB, 3 passes), 4 lanes: ~0.1 s here.
HASHER = PasswordHasher(
    time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16, type=Type.ID
)
# The first scheme, still read (see the module).
SCRYPT_KDF = "scrypt"


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


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 << 20
    )


def _matches(entry: dict[str, object], password: str) -> bool:
    """Whether ``password`` matches the entry's verifier (argon2id, or the old scrypt)."""
    if entry.get("kdf") == SCRYPT_KDF:
        given = _scrypt(
            password,
            bytes.fromhex(str(entry["salt"])),
            int(str(entry["n"])),
            int(str(entry["r"])),
            int(str(entry["p"])),
        )
        return hmac.compare_digest(given, bytes.fromhex(str(entry["hash"])))
    try:
        return HASHER.verify(str(entry["hash"]), password)
    except VerifyMismatchError:
        return False
    except (VerificationError, InvalidHashError):  # a damaged entry lets nobody in
        return False


def _needs_upgrade(entry: dict[str, object]) -> bool:
    if entry.get("kdf") != KDF:
        return True
    try:
        return HASHER.check_needs_rehash(str(entry["hash"]))
    except (InvalidHashError, ValueError):
        return True


def _set_verifier(entry: dict[str, object], password: str) -> None:
    for old in ("n", "r", "p", "salt"):
        entry.pop(old, None)
    entry["v"] = 2
    entry["kdf"] = KDF
    entry["hash"] = HASHER.hash(password)  # a fresh random salt each time


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
    entry: dict[str, object] = {
        "full_name": full_name,
        "role": Role(role).value,
        "center_code": center_code,
        "last_online_login": now.isoformat(),
        "failures": 0,
        "locked_until": None,
    }
    _set_verifier(entry, password)
    put_meta(session, _key(username), json.dumps(entry, sort_keys=True))


def forget(session: Session, username: str) -> bool:
    """Remove the user's verifier (no offline login any more); whether there was one."""
    row = session.get(MetaRow, _key(username))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


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
    if _matches(entry, password):
        entry["failures"], entry["locked_until"] = 0, None
        if _needs_upgrade(entry):
            _set_verifier(entry, password)
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
