"""The login rate limit per client address, across server processes: failed logins are
counted in the database (table ``login_throttle``, one row per address, taken with a row
lock), never in memory. `ServerConfig.login_address_max_failures` failures within
`login_address_window` seconds refuse that address for `login_lock_seconds` (429 with
Retry-After), whatever user names it tries, known or not. The per-user limit lives on
the user's row (`accounts.login`).

Behind a reverse proxy the address is the one the proxy forwards (uvicorn's
``--forwarded-allow-ips``; see docs/deployment.md)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workstation.server.config import ServerConfig
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.tables import LoginThrottleRow


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def key_of(address: str) -> str:
    return f"addr:{address}"[:200]


def too_many(wait: int) -> ApiError:
    return ApiError(
        429,
        "too_many_attempts",
        "Too many failed logins; try again later.",
        {"retry_after": wait},
        {"Retry-After": str(wait)},
    )


def check(session: Session, address: str) -> None:
    """`too_many` while the address is refused."""
    row = session.get(LoginThrottleRow, key_of(address))
    now = utc_now()
    if row is not None and row.locked_until is not None and _aware(row.locked_until) > now:
        raise too_many(int((_aware(row.locked_until) - now).total_seconds()) + 1)


def _locked_row(session: Session, key: str) -> LoginThrottleRow | None:
    return session.execute(
        select(LoginThrottleRow).where(LoginThrottleRow.key == key).with_for_update()
    ).scalar_one_or_none()


def record_failure(session: Session, config: ServerConfig, address: str) -> None:
    """Count one failed login of `address`; refuse it from now on past the limit."""
    key, now = key_of(address), utc_now()
    row = _locked_row(session, key)
    if row is None:
        try:
            with session.begin_nested():
                session.add(LoginThrottleRow(key=key, failures=0, window_start=now))
        except IntegrityError:
            pass  # another process made it meanwhile: its lock orders us
        row = _locked_row(session, key)
        assert row is not None
    if now - _aware(row.window_start) > dt.timedelta(seconds=config.login_address_window):
        row.failures, row.window_start = 0, now
    row.failures += 1
    if row.failures >= config.login_address_max_failures:
        row.locked_until = now + dt.timedelta(seconds=config.login_lock_seconds)
        row.failures, row.window_start = 0, now
